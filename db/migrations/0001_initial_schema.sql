CREATE TYPE "public"."ai_impact_aspect" AS ENUM('automation_of_routine_work', 'new_skills', 'demand', 'competition', 'role_evolution', 'productivity', 'exposure', 'method_caveat');--> statement-breakpoint
CREATE TYPE "public"."ai_impact_layer" AS ENUM('official', 'research', 'editorial');--> statement-breakpoint
CREATE TYPE "public"."alias_origin" AS ENUM('seed_article', 'onet_alternate_title', 'onet_reported_title', 'bls_sample_title', 'curated');--> statement-breakpoint
CREATE TYPE "public"."career_cluster" AS ENUM('software-development', 'data-ai', 'infrastructure-cloud', 'security', 'design-content', 'it-support', 'leadership');--> statement-breakpoint
CREATE TYPE "public"."exposure_measure" AS ENUM('alpha', 'beta', 'gamma');--> statement-breakpoint
CREATE TYPE "public"."exposure_rater" AS ENUM('gpt4', 'human');--> statement-breakpoint
CREATE TYPE "public"."occupation_kind" AS ENUM('detailed', 'summary', 'group', 'total');--> statement-breakpoint
CREATE TYPE "public"."progression_track" AS ENUM('technical', 'management');--> statement-breakpoint
CREATE TYPE "public"."projection_vintage" AS ENUM('2022-32', '2023-33', '2024-34');--> statement-breakpoint
CREATE TYPE "public"."role_level" AS ENUM('entry', 'mid', 'senior', 'lead', 'executive');--> statement-breakpoint
CREATE TYPE "public"."role_statement_kind" AS ENUM('outlook_as_cited', 'uncited_claim', 'demand', 'competition', 'salary', 'work_arrangement', 'classification', 'importance');--> statement-breakpoint
CREATE TYPE "public"."skill_flag" AS ENUM('onet_hot_technology', 'onet_in_demand', 'source_highlight');--> statement-breakpoint
CREATE TYPE "public"."skill_importance" AS ENUM('core', 'useful');--> statement-breakpoint
CREATE TYPE "public"."skill_kind" AS ENUM('language', 'database', 'framework', 'cloud', 'practice', 'security', 'ai_data', 'soft_skill');--> statement-breakpoint
CREATE TYPE "public"."source_kind" AS ENUM('official_statistics', 'occupational_database', 'research', 'article', 'editorial');--> statement-breakpoint
CREATE TABLE "sources" (
	"id" text PRIMARY KEY NOT NULL,
	"kind" "source_kind" NOT NULL,
	"publisher" text NOT NULL,
	"title" text NOT NULL,
	"vintage" text,
	"published_on" date,
	"url" text,
	"accessed_via" text,
	"license" text NOT NULL,
	"attribution" text NOT NULL,
	"note" text,
	CONSTRAINT "sources_id_slug" CHECK ("sources"."id" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "sources_url_when_official" CHECK ("sources"."url" is not null or "sources"."kind" in ('article', 'editorial'))
);
--> statement-breakpoint
CREATE TABLE "occupation_wages" (
	"id" serial PRIMARY KEY NOT NULL,
	"soc_code" text NOT NULL,
	"wage_year" integer NOT NULL,
	"median_annual_wage" integer NOT NULL,
	"source_id" text NOT NULL,
	"note" text,
	CONSTRAINT "occupation_wages_once_per_source" UNIQUE("soc_code","wage_year","source_id"),
	CONSTRAINT "occupation_wages_positive" CHECK ("occupation_wages"."median_annual_wage" > 0)
);
--> statement-breakpoint
CREATE TABLE "occupations" (
	"soc_code" text PRIMARY KEY NOT NULL,
	"kind" "occupation_kind" NOT NULL,
	"title" text NOT NULL,
	"source_id" text NOT NULL,
	"note" text,
	CONSTRAINT "occupations_soc_code_format" CHECK ("occupations"."soc_code" ~ '^[0-9]{2}-[0-9]{4}(\+[0-9]{2}-[0-9]{4})*$'),
	CONSTRAINT "occupations_group_codes" CHECK (("occupations"."kind" = 'group') = (position('+' in "occupations"."soc_code") > 0)),
	CONSTRAINT "occupations_total_code" CHECK (("occupations"."kind" = 'total') = ("occupations"."soc_code" = '00-0000'))
);
--> statement-breakpoint
CREATE TABLE "onet_occupations" (
	"onet_code" text PRIMARY KEY NOT NULL,
	"soc_code" text NOT NULL,
	"title" text NOT NULL,
	"job_zone" integer,
	"source_id" text NOT NULL,
	CONSTRAINT "onet_occupations_code_format" CHECK ("onet_occupations"."onet_code" ~ '^[0-9]{2}-[0-9]{4}\.[0-9]{2}$'),
	CONSTRAINT "onet_occupations_code_matches_soc" CHECK (left("onet_occupations"."onet_code", 7) = "onet_occupations"."soc_code"),
	CONSTRAINT "onet_occupations_job_zone" CHECK ("onet_occupations"."job_zone" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "projections" (
	"id" serial PRIMARY KEY NOT NULL,
	"soc_code" text NOT NULL,
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
	"on_the_job_training" text,
	"is_derived" boolean DEFAULT false NOT NULL,
	"source_id" text NOT NULL,
	"note" text,
	CONSTRAINT "projections_occupation_vintage" UNIQUE("soc_code","vintage"),
	CONSTRAINT "projections_employment_non_negative" CHECK ("projections"."employment_base" >= 0 and "projections"."employment_projected" >= 0),
	CONSTRAINT "projections_openings_non_negative" CHECK ("projections"."annual_openings" >= 0),
	CONSTRAINT "projections_percent_range" CHECK ("projections"."change_percent" between -100 and 1000),
	CONSTRAINT "projections_wage_positive" CHECK ("projections"."median_annual_wage" > 0),
	CONSTRAINT "projections_wage_has_year" CHECK (("projections"."median_annual_wage" is null) = ("projections"."wage_year" is null)),
	CONSTRAINT "projections_years" CHECK ("projections"."target_year" = "projections"."base_year" + 10)
);
--> statement-breakpoint
CREATE TABLE "discussion_questions" (
	"id" serial PRIMARY KEY NOT NULL,
	"role_slug" text NOT NULL,
	"position" integer NOT NULL,
	"question" text NOT NULL,
	"source_id" text NOT NULL,
	CONSTRAINT "discussion_questions_position" UNIQUE("role_slug","position")
);
--> statement-breakpoint
CREATE TABLE "role_aliases" (
	"id" serial PRIMARY KEY NOT NULL,
	"role_slug" text NOT NULL,
	"alias" text NOT NULL,
	"alias_normalized" text NOT NULL,
	"origin" "alias_origin" NOT NULL,
	"onet_code" text,
	"source_id" text NOT NULL,
	"note" text,
	CONSTRAINT "role_aliases_normalized_unique" UNIQUE("alias_normalized"),
	CONSTRAINT "role_aliases_normalized_lowercase" CHECK ("role_aliases"."alias_normalized" = lower("role_aliases"."alias_normalized")),
	CONSTRAINT "role_aliases_onet_origin_has_code" CHECK ("role_aliases"."origin"::text not like 'onet_%' or "role_aliases"."onet_code" is not null),
	CONSTRAINT "role_aliases_length" CHECK (char_length("role_aliases"."alias") between 1 and 120)
);
--> statement-breakpoint
CREATE TABLE "role_learning_steps" (
	"id" serial PRIMARY KEY NOT NULL,
	"role_slug" text NOT NULL,
	"position" integer NOT NULL,
	"step" text NOT NULL,
	"detail" text NOT NULL,
	"source_id" text NOT NULL,
	CONSTRAINT "role_learning_steps_position" UNIQUE("role_slug","position")
);
--> statement-breakpoint
CREATE TABLE "role_occupations" (
	"role_slug" text NOT NULL,
	"soc_code" text NOT NULL,
	"onet_code" text,
	"is_primary" boolean NOT NULL,
	"source_id" text NOT NULL,
	"note" text NOT NULL,
	CONSTRAINT "role_occupations_role_slug_soc_code_pk" PRIMARY KEY("role_slug","soc_code"),
	CONSTRAINT "role_occupations_onet_in_soc" CHECK ("role_occupations"."onet_code" is null or left("role_occupations"."onet_code", 7) = "role_occupations"."soc_code")
);
--> statement-breakpoint
CREATE TABLE "role_statements" (
	"id" serial PRIMARY KEY NOT NULL,
	"role_slug" text NOT NULL,
	"position" integer NOT NULL,
	"kind" "role_statement_kind" NOT NULL,
	"statement" text NOT NULL,
	"figure" numeric,
	"figure_unit" text,
	"source_id" text NOT NULL,
	"note" text,
	CONSTRAINT "role_statements_position" UNIQUE("role_slug","position"),
	CONSTRAINT "role_statements_figure_unit" CHECK (("role_statements"."figure" is null) = ("role_statements"."figure_unit" is null))
);
--> statement-breakpoint
CREATE TABLE "roles" (
	"slug" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"what_they_do" text[] NOT NULL,
	"career_cluster" "career_cluster" NOT NULL,
	"level" "role_level" NOT NULL,
	"entry_education" text NOT NULL,
	"work_experience" text NOT NULL,
	"entry_source_id" text NOT NULL,
	CONSTRAINT "roles_title_unique" UNIQUE("title"),
	CONSTRAINT "roles_slug_format" CHECK ("roles"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "roles_what_they_do_not_empty" CHECK (cardinality("roles"."what_they_do") > 0)
);
--> statement-breakpoint
CREATE TABLE "role_skills" (
	"role_slug" text NOT NULL,
	"skill_slug" text NOT NULL,
	"importance" "skill_importance" NOT NULL,
	"level" "role_level" NOT NULL,
	"source_id" text NOT NULL,
	CONSTRAINT "role_skills_role_slug_skill_slug_pk" PRIMARY KEY("role_slug","skill_slug")
);
--> statement-breakpoint
CREATE TABLE "skill_flags" (
	"id" serial PRIMARY KEY NOT NULL,
	"skill_slug" text NOT NULL,
	"flag" "skill_flag" NOT NULL,
	"onet_code" text,
	"role_slug" text,
	"evidence" text NOT NULL,
	"source_id" text NOT NULL,
	CONSTRAINT "skill_flags_once" UNIQUE NULLS NOT DISTINCT("skill_slug","flag","onet_code","role_slug","evidence"),
	CONSTRAINT "skill_flags_scope" CHECK (case "skill_flags"."flag"
            when 'onet_hot_technology' then "skill_flags"."onet_code" is null and "skill_flags"."role_slug" is null
            when 'onet_in_demand' then "skill_flags"."onet_code" is not null and "skill_flags"."role_slug" is null
            else "skill_flags"."role_slug" is not null and "skill_flags"."onet_code" is null end)
);
--> statement-breakpoint
CREATE TABLE "skills" (
	"slug" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" "skill_kind" NOT NULL,
	"description" text NOT NULL,
	"onet_examples" text[] DEFAULT '{}'::text[] NOT NULL,
	CONSTRAINT "skills_name_unique" UNIQUE("name"),
	CONSTRAINT "skills_slug_format" CHECK ("skills"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);
--> statement-breakpoint
CREATE TABLE "industries" (
	"slug" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"description" text NOT NULL,
	CONSTRAINT "industries_name_unique" UNIQUE("name"),
	CONSTRAINT "industries_slug_format" CHECK ("industries"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);
--> statement-breakpoint
CREATE TABLE "role_industries" (
	"role_slug" text NOT NULL,
	"industry_slug" text NOT NULL,
	"rank" integer,
	"share_percent" numeric(5, 1),
	"source_id" text NOT NULL,
	CONSTRAINT "role_industries_role_slug_industry_slug_pk" PRIMARY KEY("role_slug","industry_slug"),
	CONSTRAINT "role_industries_rank_or_share" CHECK ("role_industries"."rank" is not null or "role_industries"."share_percent" is not null),
	CONSTRAINT "role_industries_rank_positive" CHECK ("role_industries"."rank" > 0),
	CONSTRAINT "role_industries_share_range" CHECK ("role_industries"."share_percent" between 0 and 100)
);
--> statement-breakpoint
CREATE TABLE "ai_exposure_scores" (
	"onet_code" text NOT NULL,
	"rater" "exposure_rater" NOT NULL,
	"measure" "exposure_measure" NOT NULL,
	"score" double precision NOT NULL,
	"source_id" text NOT NULL,
	CONSTRAINT "ai_exposure_scores_onet_code_rater_measure_pk" PRIMARY KEY("onet_code","rater","measure"),
	CONSTRAINT "ai_exposure_scores_share" CHECK ("ai_exposure_scores"."score" between 0 and 1)
);
--> statement-breakpoint
CREATE TABLE "ai_impact_notes" (
	"id" serial PRIMARY KEY NOT NULL,
	"position" integer NOT NULL,
	"layer" "ai_impact_layer" NOT NULL,
	"aspect" "ai_impact_aspect" NOT NULL,
	"soc_code" text,
	"role_slug" text,
	"statement" text NOT NULL,
	"as_of" date NOT NULL,
	"source_id" text NOT NULL,
	"author" text,
	"reviewed_on" date,
	CONSTRAINT "ai_impact_notes_one_subject" CHECK ("ai_impact_notes"."soc_code" is null or "ai_impact_notes"."role_slug" is null),
	CONSTRAINT "ai_impact_notes_editorial_signed" CHECK ("ai_impact_notes"."layer" <> 'editorial' or ("ai_impact_notes"."author" is not null and "ai_impact_notes"."reviewed_on" is not null))
);
--> statement-breakpoint
CREATE TABLE "progression_edge_skills" (
	"from_role" text NOT NULL,
	"to_role" text NOT NULL,
	"skill_slug" text NOT NULL,
	CONSTRAINT "progression_edge_skills_from_role_to_role_skill_slug_pk" PRIMARY KEY("from_role","to_role","skill_slug")
);
--> statement-breakpoint
CREATE TABLE "progression_edges" (
	"from_role" text NOT NULL,
	"to_role" text NOT NULL,
	"track" "progression_track" NOT NULL,
	"typical_years_min" integer NOT NULL,
	"typical_years_max" integer NOT NULL,
	"source_id" text NOT NULL,
	"note" text,
	CONSTRAINT "progression_edges_from_role_to_role_pk" PRIMARY KEY("from_role","to_role"),
	CONSTRAINT "progression_edges_not_self" CHECK ("progression_edges"."from_role" <> "progression_edges"."to_role"),
	CONSTRAINT "progression_edges_years" CHECK (0 <= "progression_edges"."typical_years_min" and "progression_edges"."typical_years_min" <= "progression_edges"."typical_years_max")
);
--> statement-breakpoint
CREATE TABLE "glossary_terms" (
	"slug" text PRIMARY KEY NOT NULL,
	"term" text NOT NULL,
	"definition" text NOT NULL,
	"see_also" text[] DEFAULT '{}'::text[] NOT NULL,
	"source_id" text NOT NULL,
	CONSTRAINT "glossary_terms_term_unique" UNIQUE("term"),
	CONSTRAINT "glossary_terms_slug_format" CHECK ("glossary_terms"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);
--> statement-breakpoint
CREATE TABLE "data_versions" (
	"id" serial PRIMARY KEY NOT NULL,
	"dataset_hash" text NOT NULL,
	"loaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"summary" jsonb NOT NULL,
	CONSTRAINT "data_versions_hash_format" CHECK ("data_versions"."dataset_hash" ~ '^[0-9a-f]{64}$')
);
--> statement-breakpoint
ALTER TABLE "occupation_wages" ADD CONSTRAINT "occupation_wages_soc_code_occupations_soc_code_fk" FOREIGN KEY ("soc_code") REFERENCES "public"."occupations"("soc_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "occupation_wages" ADD CONSTRAINT "occupation_wages_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "occupations" ADD CONSTRAINT "occupations_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onet_occupations" ADD CONSTRAINT "onet_occupations_soc_code_occupations_soc_code_fk" FOREIGN KEY ("soc_code") REFERENCES "public"."occupations"("soc_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onet_occupations" ADD CONSTRAINT "onet_occupations_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projections" ADD CONSTRAINT "projections_soc_code_occupations_soc_code_fk" FOREIGN KEY ("soc_code") REFERENCES "public"."occupations"("soc_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projections" ADD CONSTRAINT "projections_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discussion_questions" ADD CONSTRAINT "discussion_questions_role_slug_roles_slug_fk" FOREIGN KEY ("role_slug") REFERENCES "public"."roles"("slug") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discussion_questions" ADD CONSTRAINT "discussion_questions_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_aliases" ADD CONSTRAINT "role_aliases_role_slug_roles_slug_fk" FOREIGN KEY ("role_slug") REFERENCES "public"."roles"("slug") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_aliases" ADD CONSTRAINT "role_aliases_onet_code_onet_occupations_onet_code_fk" FOREIGN KEY ("onet_code") REFERENCES "public"."onet_occupations"("onet_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_aliases" ADD CONSTRAINT "role_aliases_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_learning_steps" ADD CONSTRAINT "role_learning_steps_role_slug_roles_slug_fk" FOREIGN KEY ("role_slug") REFERENCES "public"."roles"("slug") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_learning_steps" ADD CONSTRAINT "role_learning_steps_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_occupations" ADD CONSTRAINT "role_occupations_role_slug_roles_slug_fk" FOREIGN KEY ("role_slug") REFERENCES "public"."roles"("slug") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_occupations" ADD CONSTRAINT "role_occupations_soc_code_occupations_soc_code_fk" FOREIGN KEY ("soc_code") REFERENCES "public"."occupations"("soc_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_occupations" ADD CONSTRAINT "role_occupations_onet_code_onet_occupations_onet_code_fk" FOREIGN KEY ("onet_code") REFERENCES "public"."onet_occupations"("onet_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_occupations" ADD CONSTRAINT "role_occupations_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_statements" ADD CONSTRAINT "role_statements_role_slug_roles_slug_fk" FOREIGN KEY ("role_slug") REFERENCES "public"."roles"("slug") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_statements" ADD CONSTRAINT "role_statements_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roles" ADD CONSTRAINT "roles_entry_source_id_sources_id_fk" FOREIGN KEY ("entry_source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_skills" ADD CONSTRAINT "role_skills_role_slug_roles_slug_fk" FOREIGN KEY ("role_slug") REFERENCES "public"."roles"("slug") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_skills" ADD CONSTRAINT "role_skills_skill_slug_skills_slug_fk" FOREIGN KEY ("skill_slug") REFERENCES "public"."skills"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_skills" ADD CONSTRAINT "role_skills_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skill_flags" ADD CONSTRAINT "skill_flags_skill_slug_skills_slug_fk" FOREIGN KEY ("skill_slug") REFERENCES "public"."skills"("slug") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skill_flags" ADD CONSTRAINT "skill_flags_onet_code_onet_occupations_onet_code_fk" FOREIGN KEY ("onet_code") REFERENCES "public"."onet_occupations"("onet_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skill_flags" ADD CONSTRAINT "skill_flags_role_slug_roles_slug_fk" FOREIGN KEY ("role_slug") REFERENCES "public"."roles"("slug") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skill_flags" ADD CONSTRAINT "skill_flags_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_industries" ADD CONSTRAINT "role_industries_role_slug_roles_slug_fk" FOREIGN KEY ("role_slug") REFERENCES "public"."roles"("slug") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_industries" ADD CONSTRAINT "role_industries_industry_slug_industries_slug_fk" FOREIGN KEY ("industry_slug") REFERENCES "public"."industries"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_industries" ADD CONSTRAINT "role_industries_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ai_exposure_scores" ADD CONSTRAINT "ai_exposure_scores_onet_code_onet_occupations_onet_code_fk" FOREIGN KEY ("onet_code") REFERENCES "public"."onet_occupations"("onet_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ai_exposure_scores" ADD CONSTRAINT "ai_exposure_scores_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ai_impact_notes" ADD CONSTRAINT "ai_impact_notes_soc_code_occupations_soc_code_fk" FOREIGN KEY ("soc_code") REFERENCES "public"."occupations"("soc_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ai_impact_notes" ADD CONSTRAINT "ai_impact_notes_role_slug_roles_slug_fk" FOREIGN KEY ("role_slug") REFERENCES "public"."roles"("slug") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ai_impact_notes" ADD CONSTRAINT "ai_impact_notes_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progression_edge_skills" ADD CONSTRAINT "progression_edge_skills_skill_slug_skills_slug_fk" FOREIGN KEY ("skill_slug") REFERENCES "public"."skills"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progression_edge_skills" ADD CONSTRAINT "progression_edge_skills_edge" FOREIGN KEY ("from_role","to_role") REFERENCES "public"."progression_edges"("from_role","to_role") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progression_edges" ADD CONSTRAINT "progression_edges_from_role_roles_slug_fk" FOREIGN KEY ("from_role") REFERENCES "public"."roles"("slug") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progression_edges" ADD CONSTRAINT "progression_edges_to_role_roles_slug_fk" FOREIGN KEY ("to_role") REFERENCES "public"."roles"("slug") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progression_edges" ADD CONSTRAINT "progression_edges_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "glossary_terms" ADD CONSTRAINT "glossary_terms_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "role_aliases_normalized_trgm" ON "role_aliases" USING gin ("alias_normalized" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "role_aliases_role" ON "role_aliases" USING btree ("role_slug");--> statement-breakpoint
CREATE UNIQUE INDEX "role_occupations_one_primary" ON "role_occupations" USING btree ("role_slug") WHERE "role_occupations"."is_primary";--> statement-breakpoint
CREATE INDEX "role_skills_skill" ON "role_skills" USING btree ("skill_slug");--> statement-breakpoint
CREATE INDEX "skill_flags_skill" ON "skill_flags" USING btree ("skill_slug");--> statement-breakpoint
CREATE INDEX "ai_impact_notes_soc" ON "ai_impact_notes" USING btree ("soc_code");--> statement-breakpoint
CREATE INDEX "ai_impact_notes_role" ON "ai_impact_notes" USING btree ("role_slug");