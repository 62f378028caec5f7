import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  doublePrecision,
  index,
  integer,
  numeric,
  pgMaterializedView,
  pgTable,
  primaryKey,
  serial,
  smallint,
  text,
  unique,
} from "drizzle-orm/pg-core";
import { aliasOrigin } from "./pg-enums";
import { occupations, onetOccupations } from "./occupations";
import { sources } from "./sources";

/*
 * The O*NET release's per-occupation detail (O*NET 30.1, December 2025, CC BY 4.0), and every job title a
 * student might type: O*NET alternate and reported titles and BLS's sample titles.
 */

/**
 * Every other name of an occupation: O*NET's alternate titles and titles reported by workers (each under its
 * O*NET code) and BLS's sample job titles (under a BLS line). `title_normalized` (db/text.ts normalizeTitle) is
 * what search compares, with a trigram index.
 */
export const occupationTitles = pgTable(
  "occupation_titles",
  {
    id: serial("id").primaryKey(),
    onetCode: text("onet_code").references(() => onetOccupations.onetCode),
    /** The BLS line carrying the figures: the O*NET occupation's bls_code, or the line BLS lists the title under. */
    socCode: text("soc_code").references(() => occupations.socCode),
    title: text("title").notNull(),
    titleNormalized: text("title_normalized").notNull(),
    /** O*NET's short form of an alternate title, where it gives one ("CPA"). */
    shortTitle: text("short_title"),
    /**
     * The codes of the sources O*NET lists for an alternate title ("02,04,10", its Source(s) column): a title more
     * sources give for an occupation ranks first among equally good matches (ADR 014).
     */
    onetSources: text("onet_sources"),
    origin: aliasOrigin("origin").notNull(),
    sourceId: text("source_id")
      .notNull()
      .references(() => sources.id),
  },
  (t) => [
    check("occupation_titles_filed", sql`${t.onetCode} is not null or ${t.socCode} is not null`),
    check("occupation_titles_origin", sql`${t.origin} in ('onet_alternate_title', 'onet_reported_title', 'bls_sample_title')`),
    index("occupation_titles_normalized_trgm").using("gin", sql`${t.titleNormalized} gin_trgm_ops`),
    index("occupation_titles_onet").on(t.onetCode),
    index("occupation_titles_soc").on(t.socCode),
  ],
);

/** O*NET task statements: what workers in the occupation do ("Core" tasks are the main ones). */
export const onetTasks = pgTable(
  "onet_tasks",
  {
    onetCode: text("onet_code")
      .notNull()
      .references(() => onetOccupations.onetCode),
    taskId: integer("task_id").notNull(),
    task: text("task").notNull(),
    /** "Core" or "Supplemental"; null where O*NET has not rated it. */
    taskType: text("task_type"),
    /**
     * Where O*NET lists the task for its occupation, from 1: the order of Task Statements.tsv, which is O*NET OnLine's
     * (most important first). Task IDs are only identifiers: in that order 21662 comes before 21661.
     */
    position: integer("position").notNull(),
    sourceId: text("source_id")
      .notNull()
      .references(() => sources.id),
  },
  (t) => [
    primaryKey({ columns: [t.onetCode, t.taskId] }),
    check("onet_tasks_type", sql`${t.taskType} in ('Core', 'Supplemental')`),
    check("onet_tasks_position", sql`${t.position} >= 1`),
  ],
);

/** O*NET emerging tasks: new or changing work reported for the occupation, not yet in its task list. */
export const onetEmergingTasks = pgTable(
  "onet_emerging_tasks",
  {
    id: serial("id").primaryKey(),
    onetCode: text("onet_code")
      .notNull()
      .references(() => onetOccupations.onetCode),
    task: text("task").notNull(),
    /** "New" or "Revision" (of the original task quoted). */
    category: text("category").notNull(),
    originalTask: text("original_task"),
    /** Month O*NET collected it, "MM/YYYY" as published. */
    collected: text("collected").notNull(),
    sourceId: text("source_id")
      .notNull()
      .references(() => sources.id),
  },
  (t) => [
    index("onet_emerging_tasks_onet").on(t.onetCode),
    check("onet_emerging_tasks_category", sql`${t.category} in ('New', 'Revision')`),
  ],
);

/** Every technology an O*NET occupation lists, with O*NET's Hot Technology and In Demand flags. */
export const onetTechnologySkills = pgTable(
  "onet_technology_skills",
  {
    onetCode: text("onet_code")
      .notNull()
      .references(() => onetOccupations.onetCode),
    example: text("example").notNull(),
    commodityCode: integer("commodity_code").notNull(),
    commodityTitle: text("commodity_title").notNull(),
    hotTechnology: boolean("hot_technology").notNull(),
    inDemand: boolean("in_demand").notNull(),
    sourceId: text("source_id")
      .notNull()
      .references(() => sources.id),
  },
  (t) => [primaryKey({ columns: [t.onetCode, t.example, t.commodityCode] }), index("onet_technology_skills_example").on(t.example)],
);

/** O*NET's related occupations, in its order (tier "Primary-Short" first, then the index within the tier). */
export const onetRelatedOccupations = pgTable(
  "onet_related_occupations",
  {
    onetCode: text("onet_code")
      .notNull()
      .references(() => onetOccupations.onetCode),
    relatedOnetCode: text("related_onet_code")
      .notNull()
      .references(() => onetOccupations.onetCode),
    tier: text("tier").notNull(),
    rank: smallint("rank").notNull(),
    sourceId: text("source_id")
      .notNull()
      .references(() => sources.id),
  },
  (t) => [primaryKey({ columns: [t.onetCode, t.relatedOnetCode] })],
);

/**
 * Every technology example once, with how many O*NET occupations list it and whether it is a Hot Technology or
 * In Demand anywhere. A materialized view over onet_technology_skills, created by the hand-written migrations
 * 0007_technologies and 0009_technology_slugs (drizzle-kit does not manage it: `.existing()`) and refreshed by seed/seed.ts after each load.
 */
export const technologies = pgMaterializedView("technologies", {
  name: text("name").notNull(),
  /** Its address, /technologies/:slug (migration 0009): "C++" → c-plus-plus. */
  slug: text("slug").notNull(),
  nameLower: text("name_lower").notNull(),
  /** The name lower-cased, other characters as single spaces, padded with a space each side (" microsoft excel "). */
  words: text("words").notNull(),
  listed: integer("listed").notNull(),
  hot: boolean("hot").notNull(),
  inDemand: boolean("in_demand").notNull(),
  sourceId: text("source_id").notNull(),
}).existing();

/**
 * Each BLS line's O*NET technologies once (every O*NET occupation filed under the line; In Demand or Hot if any of
 * them marks it so). A materialized view created by migration 0008_occupation_technologies, refreshed with
 * `technologies` after each load.
 */
export const occupationTechnologies = pgMaterializedView("occupation_technologies", {
  socCode: text("soc_code").notNull(),
  example: text("example").notNull(),
  inDemand: boolean("in_demand").notNull(),
  hot: boolean("hot").notNull(),
  sourceId: text("source_id").notNull(),
}).existing();

/**
 * The columns of an interest score after its O*NET occupation: one builder for the live table (`onet_interests`) and
 * each data version's archive of it (`data_version_onet_interests`), so the two keep the same columns in the same order.
 */
export function onetInterestFigures() {
  return {
    /** Realistic, Investigative, Artistic, Social, Enterprising or Conventional. */
    interest: text("interest").notNull(),
    score: numeric("score", { precision: 4, scale: 2, mode: "number" }).notNull(),
    /** The area's place in O*NET's interest code (its high-points, scale IH): 1, 2 or 3; null if it is not one. */
    highPoint: smallint("high_point"),
  };
}

/** O*NET occupational interest (RIASEC) scores, 1–7 ("OI" scale). */
export const onetInterests = pgTable(
  "onet_interests",
  {
    onetCode: text("onet_code")
      .notNull()
      .references(() => onetOccupations.onetCode),
    ...onetInterestFigures(),
    sourceId: text("source_id")
      .notNull()
      .references(() => sources.id),
  },
  (t) => [
    primaryKey({ columns: [t.onetCode, t.interest] }),
    unique("onet_interests_high_point_once").on(t.onetCode, t.highPoint),
    check("onet_interests_high_point", sql`${t.highPoint} between 1 and 3`),
    check(
      "onet_interests_kind",
      sql`${t.interest} in ('Realistic', 'Investigative', 'Artistic', 'Social', 'Enterprising', 'Conventional')`,
    ),
    check("onet_interests_scale", sql`${t.score} between 1 and 7`),
  ],
);

/**
 * O*NET's interest areas: the six RIASEC areas (element 1.B.1.a-f) and the basic interest areas (1.B.3.*), each
 * under the RIASEC area it belongs to (a basic area under two has a row for each), with O*NET's description. O*NET
 * 30.1 scores occupations on the RIASEC areas only, so the basic ones explain them; nothing matches on them.
 */
export const onetInterestAreas = pgTable(
  "onet_interest_areas",
  {
    elementId: text("element_id").notNull(),
    name: text("name").notNull(),
    riasecArea: text("riasec_area").notNull(),
    description: text("description").notNull(),
    sourceId: text("source_id")
      .notNull()
      .references(() => sources.id),
  },
  (t) => [
    primaryKey({ columns: [t.elementId, t.riasecArea] }),
    check(
      "onet_interest_areas_riasec",
      sql`${t.riasecArea} in ('Realistic', 'Investigative', 'Artistic', 'Social', 'Enterprising', 'Conventional')`,
    ),
  ],
);

/** O*NET's illustrative activities and occupations for each interest area (RIASEC and basic). */
export const onetInterestExamples = pgTable(
  "onet_interest_examples",
  {
    elementId: text("element_id").notNull(),
    kind: text("kind").notNull(),
    /** An activity ("Build kitchen cabinets.") or an occupation's title as O*NET lists it. */
    example: text("example").notNull(),
    /** The example occupation (occupations only). */
    onetCode: text("onet_code").references(() => onetOccupations.onetCode),
    sourceId: text("source_id")
      .notNull()
      .references(() => sources.id),
  },
  (t) => [
    primaryKey({ columns: [t.elementId, t.kind, t.example] }),
    check("onet_interest_examples_kind", sql`${t.kind} in ('activity', 'occupation')`),
    check("onet_interest_examples_code", sql`(${t.kind} = 'occupation') = (${t.onetCode} is not null)`),
  ],
);

/** Share of workers (percent, as O*NET publishes) at each required level of education (O*NET categories 1–12). */
export const onetEducationLevels = pgTable(
  "onet_education_levels",
  {
    onetCode: text("onet_code")
      .notNull()
      .references(() => onetOccupations.onetCode),
    category: smallint("category").notNull(),
    label: text("label").notNull(),
    percent: numeric("percent", { precision: 5, scale: 2, mode: "number" }).notNull(),
    /** O*NET's "Recommend Suppress" (Y): an estimate of low precision that O*NET advises not to show. */
    recommendSuppress: boolean("recommend_suppress").notNull().default(false),
    sourceId: text("source_id")
      .notNull()
      .references(() => sources.id),
  },
  (t) => [
    primaryKey({ columns: [t.onetCode, t.category] }),
    check("onet_education_levels_category", sql`${t.category} between 1 and 12`),
    check("onet_education_levels_percent", sql`${t.percent} between 0 and 100`),
  ],
);

/**
 * "Working with AI" (Microsoft Research, 2025, CC BY 4.0): how applicable measured generative-AI assistant use
 * is to an occupation's work, by SOC 2018 code. A different kind of evidence from GPTs-are-GPTs exposure: the
 * two are shown as separate, named layers and never blended.
 */
export const aiApplicabilityScores = pgTable(
  "ai_applicability_scores",
  {
    socCode: text("soc_code").primaryKey(),
    title: text("title").notNull(),
    score: doublePrecision("score").notNull(),
    sourceId: text("source_id")
      .notNull()
      .references(() => sources.id),
  },
  (t) => [
    check("ai_applicability_scores_soc", sql`${t.socCode} ~ '^[0-9]{2}-[0-9]{4}$'`),
    check("ai_applicability_scores_range", sql`${t.score} between 0 and 1`),
  ],
);
