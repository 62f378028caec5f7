-- Every O*NET technology example once (8,785 in O*NET 30.1), with how many O*NET occupations list it and whether it
-- is a Hot Technology or In Demand anywhere: what the skills explorer reads and searches ("excel", "pyhton").
-- Derived from onet_technology_skills; seed/seed.ts refreshes it after each load. `words` is the name lower-cased
-- with every run of other characters as one space, padded with spaces, for whole-word containment.
CREATE MATERIALIZED VIEW "technologies" AS
SELECT "example" AS "name",
       lower("example") AS "name_lower",
       ' ' || trim(regexp_replace(lower("example"), '[^a-z0-9+#]+', ' ', 'g')) || ' ' AS "words",
       count(DISTINCT "onet_code")::integer AS "listed",
       bool_or("hot_technology") AS "hot",
       bool_or("in_demand") AS "in_demand",
       min("source_id") AS "source_id"
  FROM "onet_technology_skills"
 GROUP BY "example";--> statement-breakpoint
CREATE UNIQUE INDEX "technologies_name" ON "technologies" USING btree ("name");--> statement-breakpoint
CREATE INDEX "technologies_name_lower" ON "technologies" USING btree ("name_lower");--> statement-breakpoint
CREATE INDEX "technologies_words_trgm" ON "technologies" USING gin ("words" gin_trgm_ops);--> statement-breakpoint
-- PGlite runs no autovacuum, so a database loaded before this migration has no planner statistics: gather them once
-- (seed/seed.ts gathers them after every load).
ANALYZE;
