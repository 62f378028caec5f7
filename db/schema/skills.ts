import { sql } from "drizzle-orm";
import { check, index, pgTable, primaryKey, serial, text, unique } from "drizzle-orm/pg-core";
import { onetOccupations } from "./occupations";
import { ladderAxis, roleLevel, skillFlag, skillImportance, skillKind } from "./pg-enums";
import { roles } from "./roles";
import { sources } from "./sources";

export const skills = pgTable(
  "skills",
  {
    slug: text("slug").primaryKey(),
    name: text("name").notNull().unique("skills_name_unique"),
    kind: skillKind("kind").notNull(),
    /** The engineering-ladder axis the skill grows (technology, system, people, process, influence). */
    ladderAxis: ladderAxis("ladder_axis").notNull(),
    description: text("description").notNull(),
    /** Exact O*NET Technology Skills "Example" names this skill stands for. */
    onetExamples: text("onet_examples")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
  },
  (t) => [check("skills_slug_format", sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`)],
);

/**
 * Hot / in-demand evidence for a skill, each with its own source and release. O*NET's Hot Technology flag is
 * database-wide (no occupation); In Demand is per O*NET occupation; a source highlight is per role.
 */
export const skillFlags = pgTable(
  "skill_flags",
  {
    id: serial("id").primaryKey(),
    skillSlug: text("skill_slug")
      .notNull()
      .references(() => skills.slug, { onDelete: "cascade" }),
    flag: skillFlag("flag").notNull(),
    onetCode: text("onet_code").references(() => onetOccupations.onetCode),
    roleSlug: text("role_slug").references(() => roles.slug, { onDelete: "cascade" }),
    /** The O*NET technology name or the source's words that carry the flag. */
    evidence: text("evidence").notNull(),
    sourceId: text("source_id")
      .notNull()
      .references(() => sources.id),
  },
  (t) => [
    unique("skill_flags_once").on(t.skillSlug, t.flag, t.onetCode, t.roleSlug, t.evidence).nullsNotDistinct(),
    index("skill_flags_skill").on(t.skillSlug),
    check(
      "skill_flags_scope",
      sql`case ${t.flag}
            when 'onet_hot_technology' then ${t.onetCode} is null and ${t.roleSlug} is null
            when 'onet_in_demand' then ${t.onetCode} is not null and ${t.roleSlug} is null
            else ${t.roleSlug} is not null and ${t.onetCode} is null end`,
    ),
  ],
);

/** Skills a role needs: core or useful, and the career level at which each starts to matter. */
export const roleSkills = pgTable(
  "role_skills",
  {
    roleSlug: text("role_slug")
      .notNull()
      .references(() => roles.slug, { onDelete: "cascade" }),
    skillSlug: text("skill_slug")
      .notNull()
      .references(() => skills.slug),
    importance: skillImportance("importance").notNull(),
    level: roleLevel("level").notNull(),
    sourceId: text("source_id")
      .notNull()
      .references(() => sources.id),
  },
  (t) => [primaryKey({ columns: [t.roleSlug, t.skillSlug] }), index("role_skills_skill").on(t.skillSlug)],
);
