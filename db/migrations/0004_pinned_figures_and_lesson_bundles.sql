CREATE TABLE "data_version_projections" (
	"data_version_id" integer NOT NULL,
	"soc_code" text NOT NULL,
	"occupation_title" text NOT NULL,
	"occupation_kind" "occupation_kind" NOT NULL,
	"vintage" "projection_vintage" NOT NULL,
	"base_year" integer NOT NULL,
	"target_year" integer NOT NULL,
	"employment_base" integer NOT NULL,
	"employment_projected" integer NOT NULL,
	"change_numeric" integer,
	"change_percent" numeric(6, 1) NOT NULL,
	"annual_openings" integer,
	"median_annual_wage" integer,
	"wage_year" integer,
	"entry_education" text,
	"work_experience" text,
	"is_derived" boolean NOT NULL,
	"source_id" text NOT NULL,
	"note" text,
	CONSTRAINT "data_version_projections_data_version_id_soc_code_vintage_pk" PRIMARY KEY("data_version_id","soc_code","vintage")
);
--> statement-breakpoint
CREATE TABLE "data_version_wages" (
	"data_version_id" integer NOT NULL,
	"soc_code" text NOT NULL,
	"wage_year" integer NOT NULL,
	"median_annual_wage" integer NOT NULL,
	"source_id" text NOT NULL,
	"source_vintage" text,
	"note" text,
	CONSTRAINT "data_version_wages_data_version_id_soc_code_wage_year_source_id_pk" PRIMARY KEY("data_version_id","soc_code","wage_year","source_id")
);
--> statement-breakpoint
CREATE TABLE "lesson_bundle_questions" (
	"bundle_code" text NOT NULL,
	"position" integer NOT NULL,
	"question" text NOT NULL,
	"role_slug" text,
	CONSTRAINT "lesson_bundle_questions_bundle_code_position_pk" PRIMARY KEY("bundle_code","position"),
	CONSTRAINT "lesson_bundle_questions_position" CHECK ("lesson_bundle_questions"."position" between 1 and 12),
	CONSTRAINT "lesson_bundle_questions_length" CHECK (char_length("lesson_bundle_questions"."question") between 1 and 300),
	CONSTRAINT "lesson_bundle_questions_slug_format" CHECK ("lesson_bundle_questions"."role_slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);
--> statement-breakpoint
CREATE TABLE "lesson_bundle_roles" (
	"bundle_code" text NOT NULL,
	"position" integer NOT NULL,
	"role_slug" text NOT NULL,
	CONSTRAINT "lesson_bundle_roles_bundle_code_position_pk" PRIMARY KEY("bundle_code","position"),
	CONSTRAINT "lesson_bundle_roles_once" UNIQUE("bundle_code","role_slug"),
	CONSTRAINT "lesson_bundle_roles_position" CHECK ("lesson_bundle_roles"."position" between 1 and 8),
	CONSTRAINT "lesson_bundle_roles_slug_format" CHECK ("lesson_bundle_roles"."role_slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);
--> statement-breakpoint
CREATE TABLE "lesson_bundles" (
	"code" text PRIMARY KEY NOT NULL,
	"edit_secret_hash" text NOT NULL,
	"title" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"vintage" "projection_vintage" NOT NULL,
	"data_version_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "lesson_bundles_code_format" CHECK ("lesson_bundles"."code" ~ '^[0-9a-hjkmnp-tv-z]{10}$'),
	CONSTRAINT "lesson_bundles_secret_hash_format" CHECK ("lesson_bundles"."edit_secret_hash" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "lesson_bundles_title_length" CHECK (char_length("lesson_bundles"."title") between 3 and 120),
	CONSTRAINT "lesson_bundles_note_length" CHECK (char_length("lesson_bundles"."note") <= 600)
);
--> statement-breakpoint
ALTER TABLE "data_version_projections" ADD CONSTRAINT "data_version_projections_data_version_id_data_versions_id_fk" FOREIGN KEY ("data_version_id") REFERENCES "public"."data_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "data_version_wages" ADD CONSTRAINT "data_version_wages_data_version_id_data_versions_id_fk" FOREIGN KEY ("data_version_id") REFERENCES "public"."data_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lesson_bundle_questions" ADD CONSTRAINT "lesson_bundle_questions_bundle_code_lesson_bundles_code_fk" FOREIGN KEY ("bundle_code") REFERENCES "public"."lesson_bundles"("code") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lesson_bundle_roles" ADD CONSTRAINT "lesson_bundle_roles_bundle_code_lesson_bundles_code_fk" FOREIGN KEY ("bundle_code") REFERENCES "public"."lesson_bundles"("code") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lesson_bundles" ADD CONSTRAINT "lesson_bundles_data_version_id_data_versions_id_fk" FOREIGN KEY ("data_version_id") REFERENCES "public"."data_versions"("id") ON DELETE no action ON UPDATE no action;