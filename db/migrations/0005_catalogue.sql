CREATE TABLE "occupation_factors" (
	"id" serial PRIMARY KEY NOT NULL,
	"soc_code" text NOT NULL,
	"vintage" text NOT NULL,
	"industry_code" text NOT NULL,
	"industry_title" text NOT NULL,
	"factor" text NOT NULL,
	"source_id" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pay_percentiles" (
	"soc_code" text NOT NULL,
	"wage_year" integer NOT NULL,
	"employment" integer,
	"annual_p10" integer,
	"annual_p25" integer,
	"annual_median" integer,
	"annual_p75" integer,
	"annual_p90" integer,
	"hourly_p10" numeric(7, 2),
	"hourly_p25" numeric(7, 2),
	"hourly_median" numeric(7, 2),
	"hourly_p75" numeric(7, 2),
	"hourly_p90" numeric(7, 2),
	"top_coded" smallint[] DEFAULT '{}'::smallint[] NOT NULL,
	"top_code_annual" integer,
	"annual_only" boolean DEFAULT false NOT NULL,
	"source_id" text NOT NULL,
	CONSTRAINT "pay_percentiles_once" UNIQUE("soc_code","wage_year"),
	CONSTRAINT "pay_percentiles_ordered" CHECK (coalesce("pay_percentiles"."annual_p10" <= "pay_percentiles"."annual_median" and "pay_percentiles"."annual_median" <= coalesce("pay_percentiles"."annual_p90", "pay_percentiles"."annual_median"), true))
);
--> statement-breakpoint
CREATE TABLE "growth_bands" (
	"id" serial PRIMARY KEY NOT NULL,
	"vintage" text NOT NULL,
	"rank" smallint NOT NULL,
	"label" text NOT NULL,
	"min_percent" numeric(6, 1),
	"max_percent" numeric(6, 1),
	"is_derived" boolean DEFAULT false NOT NULL,
	"source_id" text NOT NULL,
	CONSTRAINT "growth_bands_rank" UNIQUE("vintage","rank"),
	CONSTRAINT "growth_bands_label" UNIQUE("vintage","label"),
	CONSTRAINT "growth_bands_bounded" CHECK ("growth_bands"."min_percent" is not null or "growth_bands"."max_percent" is not null),
	CONSTRAINT "growth_bands_ordered" CHECK ("growth_bands"."min_percent" is null or "growth_bands"."max_percent" is null or "growth_bands"."min_percent" <= "growth_bands"."max_percent")
);
--> statement-breakpoint
CREATE TABLE "projection_periods" (
	"vintage" text PRIMARY KEY NOT NULL,
	"base_year" integer NOT NULL,
	"target_year" integer NOT NULL,
	"source_id" text NOT NULL,
	CONSTRAINT "projection_periods_vintage_format" CHECK ("projection_periods"."vintage" ~ '^[0-9]{4}-[0-9]{2}$'),
	CONSTRAINT "projection_periods_ten_years" CHECK ("projection_periods"."target_year" = "projection_periods"."base_year" + 10),
	CONSTRAINT "projection_periods_vintage_years" CHECK ("projection_periods"."vintage" = "projection_periods"."base_year"::text || '-' || right("projection_periods"."target_year"::text, 2))
);
--> statement-breakpoint
CREATE TABLE "ai_applicability_scores" (
	"soc_code" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"score" double precision NOT NULL,
	"source_id" text NOT NULL,
	CONSTRAINT "ai_applicability_scores_soc" CHECK ("ai_applicability_scores"."soc_code" ~ '^[0-9]{2}-[0-9]{4}$'),
	CONSTRAINT "ai_applicability_scores_range" CHECK ("ai_applicability_scores"."score" between 0 and 1)
);
--> statement-breakpoint
CREATE TABLE "occupation_titles" (
	"id" serial PRIMARY KEY NOT NULL,
	"onet_code" text,
	"soc_code" text,
	"title" text NOT NULL,
	"title_normalized" text NOT NULL,
	"short_title" text,
	"origin" "alias_origin" NOT NULL,
	"source_id" text NOT NULL,
	CONSTRAINT "occupation_titles_filed" CHECK ("occupation_titles"."onet_code" is not null or "occupation_titles"."soc_code" is not null),
	CONSTRAINT "occupation_titles_origin" CHECK ("occupation_titles"."origin" in ('onet_alternate_title', 'onet_reported_title', 'bls_sample_title'))
);
--> statement-breakpoint
CREATE TABLE "onet_education_levels" (
	"onet_code" text NOT NULL,
	"category" smallint NOT NULL,
	"label" text NOT NULL,
	"percent" numeric(5, 2) NOT NULL,
	"source_id" text NOT NULL,
	CONSTRAINT "onet_education_levels_onet_code_category_pk" PRIMARY KEY("onet_code","category"),
	CONSTRAINT "onet_education_levels_category" CHECK ("onet_education_levels"."category" between 1 and 12),
	CONSTRAINT "onet_education_levels_percent" CHECK ("onet_education_levels"."percent" between 0 and 100)
);
--> statement-breakpoint
CREATE TABLE "onet_emerging_tasks" (
	"id" serial PRIMARY KEY NOT NULL,
	"onet_code" text NOT NULL,
	"task" text NOT NULL,
	"category" text NOT NULL,
	"original_task" text,
	"collected" text NOT NULL,
	"source_id" text NOT NULL,
	CONSTRAINT "onet_emerging_tasks_category" CHECK ("onet_emerging_tasks"."category" in ('New', 'Revision'))
);
--> statement-breakpoint
CREATE TABLE "onet_interests" (
	"onet_code" text NOT NULL,
	"interest" text NOT NULL,
	"score" numeric(4, 2) NOT NULL,
	"source_id" text NOT NULL,
	CONSTRAINT "onet_interests_onet_code_interest_pk" PRIMARY KEY("onet_code","interest"),
	CONSTRAINT "onet_interests_kind" CHECK ("onet_interests"."interest" in ('Realistic', 'Investigative', 'Artistic', 'Social', 'Enterprising', 'Conventional')),
	CONSTRAINT "onet_interests_scale" CHECK ("onet_interests"."score" between 1 and 7)
);
--> statement-breakpoint
CREATE TABLE "onet_related_occupations" (
	"onet_code" text NOT NULL,
	"related_onet_code" text NOT NULL,
	"tier" text NOT NULL,
	"rank" smallint NOT NULL,
	"source_id" text NOT NULL,
	CONSTRAINT "onet_related_occupations_onet_code_related_onet_code_pk" PRIMARY KEY("onet_code","related_onet_code")
);
--> statement-breakpoint
CREATE TABLE "onet_tasks" (
	"onet_code" text NOT NULL,
	"task_id" integer NOT NULL,
	"task" text NOT NULL,
	"task_type" text,
	"source_id" text NOT NULL,
	CONSTRAINT "onet_tasks_onet_code_task_id_pk" PRIMARY KEY("onet_code","task_id"),
	CONSTRAINT "onet_tasks_type" CHECK ("onet_tasks"."task_type" in ('Core', 'Supplemental'))
);
--> statement-breakpoint
CREATE TABLE "onet_technology_skills" (
	"onet_code" text NOT NULL,
	"example" text NOT NULL,
	"commodity_code" integer NOT NULL,
	"commodity_title" text NOT NULL,
	"hot_technology" boolean NOT NULL,
	"in_demand" boolean NOT NULL,
	"source_id" text NOT NULL,
	CONSTRAINT "onet_technology_skills_onet_code_example_commodity_code_pk" PRIMARY KEY("onet_code","example","commodity_code")
);
--> statement-breakpoint
ALTER TABLE "onet_occupations" DROP CONSTRAINT "onet_occupations_soc_code_occupations_soc_code_fk";
--> statement-breakpoint
ALTER TABLE "projections" ALTER COLUMN "vintage" SET DATA TYPE text;--> statement-breakpoint
ALTER TABLE "data_version_projections" ALTER COLUMN "vintage" SET DATA TYPE text;--> statement-breakpoint
ALTER TABLE "lesson_bundles" ALTER COLUMN "vintage" SET DATA TYPE text;--> statement-breakpoint
ALTER TABLE "onet_occupations" ADD COLUMN "bls_code" text;--> statement-breakpoint
ALTER TABLE "onet_occupations" ADD COLUMN "description" text;--> statement-breakpoint
ALTER TABLE "projections" ADD COLUMN "labor_force_exits" integer;--> statement-breakpoint
ALTER TABLE "projections" ADD COLUMN "occupational_transfers" integer;--> statement-breakpoint
ALTER TABLE "data_version_projections" ADD COLUMN "labor_force_exits" integer;--> statement-breakpoint
ALTER TABLE "data_version_projections" ADD COLUMN "occupational_transfers" integer;--> statement-breakpoint
ALTER TABLE "occupation_factors" ADD CONSTRAINT "occupation_factors_soc_code_occupations_soc_code_fk" FOREIGN KEY ("soc_code") REFERENCES "public"."occupations"("soc_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "occupation_factors" ADD CONSTRAINT "occupation_factors_vintage_projection_periods_vintage_fk" FOREIGN KEY ("vintage") REFERENCES "public"."projection_periods"("vintage") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "occupation_factors" ADD CONSTRAINT "occupation_factors_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pay_percentiles" ADD CONSTRAINT "pay_percentiles_soc_code_occupations_soc_code_fk" FOREIGN KEY ("soc_code") REFERENCES "public"."occupations"("soc_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pay_percentiles" ADD CONSTRAINT "pay_percentiles_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "growth_bands" ADD CONSTRAINT "growth_bands_vintage_projection_periods_vintage_fk" FOREIGN KEY ("vintage") REFERENCES "public"."projection_periods"("vintage") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "growth_bands" ADD CONSTRAINT "growth_bands_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projection_periods" ADD CONSTRAINT "projection_periods_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ai_applicability_scores" ADD CONSTRAINT "ai_applicability_scores_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "occupation_titles" ADD CONSTRAINT "occupation_titles_onet_code_onet_occupations_onet_code_fk" FOREIGN KEY ("onet_code") REFERENCES "public"."onet_occupations"("onet_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "occupation_titles" ADD CONSTRAINT "occupation_titles_soc_code_occupations_soc_code_fk" FOREIGN KEY ("soc_code") REFERENCES "public"."occupations"("soc_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "occupation_titles" ADD CONSTRAINT "occupation_titles_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onet_education_levels" ADD CONSTRAINT "onet_education_levels_onet_code_onet_occupations_onet_code_fk" FOREIGN KEY ("onet_code") REFERENCES "public"."onet_occupations"("onet_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onet_education_levels" ADD CONSTRAINT "onet_education_levels_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onet_emerging_tasks" ADD CONSTRAINT "onet_emerging_tasks_onet_code_onet_occupations_onet_code_fk" FOREIGN KEY ("onet_code") REFERENCES "public"."onet_occupations"("onet_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onet_emerging_tasks" ADD CONSTRAINT "onet_emerging_tasks_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onet_interests" ADD CONSTRAINT "onet_interests_onet_code_onet_occupations_onet_code_fk" FOREIGN KEY ("onet_code") REFERENCES "public"."onet_occupations"("onet_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onet_interests" ADD CONSTRAINT "onet_interests_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onet_related_occupations" ADD CONSTRAINT "onet_related_occupations_onet_code_onet_occupations_onet_code_fk" FOREIGN KEY ("onet_code") REFERENCES "public"."onet_occupations"("onet_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onet_related_occupations" ADD CONSTRAINT "onet_related_occupations_related_onet_code_onet_occupations_onet_code_fk" FOREIGN KEY ("related_onet_code") REFERENCES "public"."onet_occupations"("onet_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onet_related_occupations" ADD CONSTRAINT "onet_related_occupations_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onet_tasks" ADD CONSTRAINT "onet_tasks_onet_code_onet_occupations_onet_code_fk" FOREIGN KEY ("onet_code") REFERENCES "public"."onet_occupations"("onet_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onet_tasks" ADD CONSTRAINT "onet_tasks_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onet_technology_skills" ADD CONSTRAINT "onet_technology_skills_onet_code_onet_occupations_onet_code_fk" FOREIGN KEY ("onet_code") REFERENCES "public"."onet_occupations"("onet_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onet_technology_skills" ADD CONSTRAINT "onet_technology_skills_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "occupation_factors_occupation" ON "occupation_factors" USING btree ("soc_code","vintage");--> statement-breakpoint
CREATE INDEX "occupation_titles_normalized_trgm" ON "occupation_titles" USING gin ("title_normalized" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "occupation_titles_onet" ON "occupation_titles" USING btree ("onet_code");--> statement-breakpoint
CREATE INDEX "occupation_titles_soc" ON "occupation_titles" USING btree ("soc_code");--> statement-breakpoint
CREATE INDEX "onet_emerging_tasks_onet" ON "onet_emerging_tasks" USING btree ("onet_code");--> statement-breakpoint
CREATE INDEX "onet_technology_skills_example" ON "onet_technology_skills" USING btree ("example");--> statement-breakpoint
ALTER TABLE "onet_occupations" ADD CONSTRAINT "onet_occupations_bls_code_occupations_soc_code_fk" FOREIGN KEY ("bls_code") REFERENCES "public"."occupations"("soc_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Periods are data now: a database loaded before this migration gets its periods from its projections (the next
-- load replaces them with the importer's), so the foreign key below holds.
INSERT INTO "projection_periods" ("vintage", "base_year", "target_year", "source_id")
SELECT DISTINCT ON ("vintage") "vintage", "base_year", "target_year", "source_id"
  FROM "projections" ORDER BY "vintage", "is_derived", "soc_code";--> statement-breakpoint
ALTER TABLE "projections" ADD CONSTRAINT "projections_vintage_projection_periods_vintage_fk" FOREIGN KEY ("vintage") REFERENCES "public"."projection_periods"("vintage") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "onet_occupations_bls" ON "onet_occupations" USING btree ("bls_code");--> statement-breakpoint
CREATE INDEX "projections_vintage" ON "projections" USING btree ("vintage");--> statement-breakpoint
ALTER TABLE "projections" ADD CONSTRAINT "projections_separations_non_negative" CHECK ("projections"."labor_force_exits" >= 0 and "projections"."occupational_transfers" >= 0);--> statement-breakpoint
ALTER TABLE "lesson_bundles" ADD CONSTRAINT "lesson_bundles_vintage_format" CHECK ("lesson_bundles"."vintage" ~ '^[0-9]{4}-[0-9]{2}$');--> statement-breakpoint
DROP TYPE "public"."projection_vintage";