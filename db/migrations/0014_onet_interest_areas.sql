CREATE TABLE "onet_interest_areas" (
	"element_id" text NOT NULL,
	"name" text NOT NULL,
	"riasec_area" text NOT NULL,
	"description" text NOT NULL,
	"source_id" text NOT NULL,
	CONSTRAINT "onet_interest_areas_element_id_riasec_area_pk" PRIMARY KEY("element_id","riasec_area"),
	CONSTRAINT "onet_interest_areas_riasec" CHECK ("onet_interest_areas"."riasec_area" in ('Realistic', 'Investigative', 'Artistic', 'Social', 'Enterprising', 'Conventional'))
);
--> statement-breakpoint
CREATE TABLE "onet_interest_examples" (
	"element_id" text NOT NULL,
	"kind" text NOT NULL,
	"example" text NOT NULL,
	"onet_code" text,
	"source_id" text NOT NULL,
	CONSTRAINT "onet_interest_examples_element_id_kind_example_pk" PRIMARY KEY("element_id","kind","example"),
	CONSTRAINT "onet_interest_examples_kind" CHECK ("onet_interest_examples"."kind" in ('activity', 'occupation')),
	CONSTRAINT "onet_interest_examples_code" CHECK (("onet_interest_examples"."kind" = 'occupation') = ("onet_interest_examples"."onet_code" is not null))
);
--> statement-breakpoint
ALTER TABLE "onet_interest_areas" ADD CONSTRAINT "onet_interest_areas_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onet_interest_examples" ADD CONSTRAINT "onet_interest_examples_onet_code_onet_occupations_onet_code_fk" FOREIGN KEY ("onet_code") REFERENCES "public"."onet_occupations"("onet_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onet_interest_examples" ADD CONSTRAINT "onet_interest_examples_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;