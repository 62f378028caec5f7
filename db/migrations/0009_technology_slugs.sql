-- Gives every O*NET technology an address (/technologies/:slug): the `technologies` view of 0007 again, with a slug
-- column. The slug spells + and # out ("C++" → c-plus-plus, "C#" → c-sharp) and turns every other run of characters
-- that are not a-z or 0-9 into one hyphen; its unique index makes a load that would give two technologies one
-- address fail (the loader refreshes the view inside its transaction, so nothing is changed).
DROP MATERIALIZED VIEW "technologies";--> statement-breakpoint
CREATE MATERIALIZED VIEW "technologies" AS
SELECT "example" AS "name",
       trim(BOTH '-' FROM regexp_replace(replace(replace(lower("example"), '+', ' plus '), '#', ' sharp '), '[^a-z0-9]+', '-', 'g')) AS "slug",
       lower("example") AS "name_lower",
       ' ' || trim(regexp_replace(lower("example"), '[^a-z0-9+#]+', ' ', 'g')) || ' ' AS "words",
       count(DISTINCT "onet_code")::integer AS "listed",
       bool_or("hot_technology") AS "hot",
       bool_or("in_demand") AS "in_demand",
       min("source_id") AS "source_id"
  FROM "onet_technology_skills"
 GROUP BY "example";--> statement-breakpoint
CREATE UNIQUE INDEX "technologies_name" ON "technologies" USING btree ("name");--> statement-breakpoint
CREATE UNIQUE INDEX "technologies_slug" ON "technologies" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "technologies_name_lower" ON "technologies" USING btree ("name_lower");--> statement-breakpoint
CREATE INDEX "technologies_words_trgm" ON "technologies" USING gin ("words" gin_trgm_ops);--> statement-breakpoint
ANALYZE "technologies";
