import { sql } from "drizzle-orm";
import { check, integer, numeric, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { roles } from "./roles";
import { sources } from "./sources";

export const industries = pgTable(
  "industries",
  {
    slug: text("slug").primaryKey(),
    name: text("name").notNull().unique("industries_name_unique"),
    description: text("description").notNull(),
  },
  (t) => [check("industries_slug_format", sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`)],
);

/** Industries that hire a role: a share of employment where a source gives one, otherwise a cited rank. */
export const roleIndustries = pgTable(
  "role_industries",
  {
    roleSlug: text("role_slug")
      .notNull()
      .references(() => roles.slug, { onDelete: "cascade" }),
    industrySlug: text("industry_slug")
      .notNull()
      .references(() => industries.slug),
    rank: integer("rank"),
    sharePercent: numeric("share_percent", { precision: 5, scale: 1, mode: "number" }),
    sourceId: text("source_id")
      .notNull()
      .references(() => sources.id),
  },
  (t) => [
    primaryKey({ columns: [t.roleSlug, t.industrySlug] }),
    check("role_industries_rank_or_share", sql`${t.rank} is not null or ${t.sharePercent} is not null`),
    check("role_industries_rank_positive", sql`${t.rank} > 0`),
    check("role_industries_share_range", sql`${t.sharePercent} between 0 and 100`),
  ],
);
