-- Custom migration (drizzle-kit generate --custom): the O*NET filing of interest scores archived before migration 0019
-- (ADR 019, amended 2026-12-07). Each code gets its title and BLS line as onet_occupations has them now: the newest data
-- version's own filing, and the one every pinned page read until now; from here on it is kept, whatever later loads do.
-- A code no longer listed keeps none (onet_title null): pinned pages count those scores and say they cannot place them.
-- Runs before any load by the code that archives the filing itself (migrations come first at every start).
UPDATE "data_version_onet_interests" AS a
   SET "onet_title" = o."title", "bls_code" = o."bls_code"
  FROM "onet_occupations" AS o
 WHERE o."onet_code" = a."onet_code" AND a."onet_title" IS NULL;
--> statement-breakpoint
UPDATE "data_version_onet_interests" AS a
   SET "source_vintage" = s."vintage"
  FROM "sources" AS s
 WHERE s."id" = a."source_id" AND a."source_vintage" IS NULL;
