CREATE TABLE "data_version_onet_interests" (
	"data_version_id" integer NOT NULL,
	"onet_code" text NOT NULL,
	"interest" text NOT NULL,
	"score" numeric(4, 2) NOT NULL,
	"high_point" smallint,
	"source_id" text NOT NULL,
	CONSTRAINT "data_version_onet_interests_data_version_id_onet_code_interest_pk" PRIMARY KEY("data_version_id","onet_code","interest")
);
--> statement-breakpoint
ALTER TABLE "data_version_onet_interests" ADD CONSTRAINT "data_version_onet_interests_data_version_id_data_versions_id_fk" FOREIGN KEY ("data_version_id") REFERENCES "public"."data_versions"("id") ON DELETE cascade ON UPDATE no action;