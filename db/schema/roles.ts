import { sql } from "drizzle-orm";
import { boolean, check, index, integer, numeric, pgTable, primaryKey, serial, text, uniqueIndex, unique } from "drizzle-orm/pg-core";
import { occupations, onetOccupations } from "./occupations";
import { aliasOrigin, careerCluster, roleLevel, roleStatementKind } from "./pg-enums";
import { sources } from "./sources";

const slugCheck = (name: string, column: unknown) => check(name, sql`${column} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`);

/** What the product shows: a job as students know it, mapped to the occupation whose statistics describe it. */
export const roles = pgTable(
  "roles",
  {
    slug: text("slug").primaryKey(),
    title: text("title").notNull().unique("roles_title_unique"),
    summary: text("summary").notNull(),
    whatTheyDo: text("what_they_do").array().notNull(),
    careerCluster: careerCluster("career_cluster").notNull(),
    level: roleLevel("level").notNull(),
    entryEducation: text("entry_education").notNull(),
    workExperience: text("work_experience").notNull(),
    entrySourceId: text("entry_source_id")
      .notNull()
      .references(() => sources.id),
  },
  (t) => [slugCheck("roles_slug_format", t.slug), check("roles_what_they_do_not_empty", sql`cardinality(${t.whatTheyDo}) > 0`)],
);

/**
 * Which occupation(s) a role maps to. Exactly one is primary (its figures are the role's); others record
 * where another source files the same title (O*NET puts CTO under Chief Executives, BLS under 11-3021).
 */
export const roleOccupations = pgTable(
  "role_occupations",
  {
    roleSlug: text("role_slug")
      .notNull()
      .references(() => roles.slug, { onDelete: "cascade" }),
    socCode: text("soc_code")
      .notNull()
      .references(() => occupations.socCode),
    onetCode: text("onet_code").references(() => onetOccupations.onetCode),
    isPrimary: boolean("is_primary").notNull(),
    sourceId: text("source_id")
      .notNull()
      .references(() => sources.id),
    note: text("note").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.roleSlug, t.socCode] }),
    uniqueIndex("role_occupations_one_primary")
      .on(t.roleSlug)
      .where(sql`${t.isPrimary}`),
    check("role_occupations_onet_in_soc", sql`${t.onetCode} is null or left(${t.onetCode}, 7) = ${t.socCode}`),
  ],
);

/** Other job titles for a role, each with where it comes from. Normalized form feeds fuzzy search. */
export const roleAliases = pgTable(
  "role_aliases",
  {
    id: serial("id").primaryKey(),
    roleSlug: text("role_slug")
      .notNull()
      .references(() => roles.slug, { onDelete: "cascade" }),
    alias: text("alias").notNull(),
    aliasNormalized: text("alias_normalized").notNull(),
    origin: aliasOrigin("origin").notNull(),
    onetCode: text("onet_code").references(() => onetOccupations.onetCode),
    sourceId: text("source_id")
      .notNull()
      .references(() => sources.id),
    note: text("note"),
  },
  (t) => [
    unique("role_aliases_normalized_unique").on(t.aliasNormalized),
    index("role_aliases_normalized_trgm").using("gin", sql`${t.aliasNormalized} gin_trgm_ops`),
    index("role_aliases_role").on(t.roleSlug),
    check("role_aliases_normalized_lowercase", sql`${t.aliasNormalized} = lower(${t.aliasNormalized})`),
    check("role_aliases_onet_origin_has_code", sql`${t.origin}::text not like 'onet_%' or ${t.onetCode} is not null`),
    check("role_aliases_length", sql`char_length(${t.alias}) between 1 and 120`),
  ],
);

/** What a source says about a role that is not a statistic of ours: cited restatements, uncited claims, characterisations. */
export const roleStatements = pgTable(
  "role_statements",
  {
    id: serial("id").primaryKey(),
    roleSlug: text("role_slug")
      .notNull()
      .references(() => roles.slug, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    kind: roleStatementKind("kind").notNull(),
    statement: text("statement").notNull(),
    figure: numeric("figure", { mode: "number" }),
    figureUnit: text("figure_unit"),
    sourceId: text("source_id")
      .notNull()
      .references(() => sources.id),
    note: text("note"),
  },
  (t) => [
    unique("role_statements_position").on(t.roleSlug, t.position),
    check("role_statements_figure_unit", sql`(${t.figure} is null) = (${t.figureUnit} is null)`),
  ],
);

/** Steps a source suggests for getting into a role. */
export const roleLearningSteps = pgTable(
  "role_learning_steps",
  {
    id: serial("id").primaryKey(),
    roleSlug: text("role_slug")
      .notNull()
      .references(() => roles.slug, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    step: text("step").notNull(),
    detail: text("detail").notNull(),
    sourceId: text("source_id")
      .notNull()
      .references(() => sources.id),
  },
  (t) => [unique("role_learning_steps_position").on(t.roleSlug, t.position)],
);

/** Questions for class discussion, per role. */
export const discussionQuestions = pgTable(
  "discussion_questions",
  {
    id: serial("id").primaryKey(),
    roleSlug: text("role_slug")
      .notNull()
      .references(() => roles.slug, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    question: text("question").notNull(),
    sourceId: text("source_id")
      .notNull()
      .references(() => sources.id),
  },
  (t) => [unique("discussion_questions_position").on(t.roleSlug, t.position)],
);
