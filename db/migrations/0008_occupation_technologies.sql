-- Each BLS line's O*NET technologies once: the technologies every O*NET occupation filed under the line lists, In
-- Demand or Hot Technology if any of them marks it so. What the skills explorer matches a student's skills against
-- (by example) and reads per occupation (by line). Derived from onet_technology_skills and onet_occupations;
-- seed/seed.ts refreshes it after each load, with `technologies` (0007).
CREATE MATERIALIZED VIEW "occupation_technologies" AS
SELECT o."bls_code" AS "soc_code",
       t."example",
       bool_or(t."in_demand") AS "in_demand",
       bool_or(t."hot_technology") AS "hot",
       min(t."source_id") AS "source_id"
  FROM "onet_technology_skills" t
  JOIN "onet_occupations" o ON o."onet_code" = t."onet_code"
 WHERE o."bls_code" IS NOT NULL
 GROUP BY o."bls_code", t."example";--> statement-breakpoint
CREATE UNIQUE INDEX "occupation_technologies_line_example" ON "occupation_technologies" USING btree ("soc_code", "example");--> statement-breakpoint
CREATE INDEX "occupation_technologies_example" ON "occupation_technologies" USING btree ("example");--> statement-breakpoint
ANALYZE "occupation_technologies";
