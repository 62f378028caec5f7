import { sql } from "drizzle-orm";
import { boolean, check, integer, jsonb, numeric, pgTable, primaryKey, serial, text, timestamp } from "drizzle-orm/pg-core";
import { occupationKind } from "./pg-enums";
import { payPercentileFigures } from "./occupations";
import { onetInterestFigures } from "./onet";

/**
 * One row per data load, newest last. The newest row's id and hash identify the data a page shows
 * (ETags, pinned share links); older rows are the history of loads.
 */
export const dataVersions = pgTable(
  "data_versions",
  {
    id: serial("id").primaryKey(),
    datasetHash: text("dataset_hash").notNull(),
    loadedAt: timestamp("loaded_at", { withTimezone: true }).notNull().defaultNow(),
    /** Row counts per table, for the "what changed" summary. */
    summary: jsonb("summary").$type<Record<string, number>>().notNull(),
  },
  (t) => [check("data_versions_hash_format", sql`${t.datasetHash} ~ '^[0-9a-f]{64}$'`)],
);

/*
 * The published figures of each data version, copied at load time (seed/seed.ts, in the load's transaction), so a
 * link pinned to a version (`&data=v3-1a2b3c4d`) shows the same figures after later loads. Not dataset tables:
 * the reload never truncates them, and they carry no foreign key to the dataset tables (which it truncates with
 * CASCADE). Occupation title and kind, the wage source's vintage, and each interest score's O*NET filing and release are
 * copied in for the same reason.
 * See docs/decisions/008-pinned-data-versions.md.
 */

/** Every projections row of a data version, with its occupation's title and kind. */
export const dataVersionProjections = pgTable(
  "data_version_projections",
  {
    dataVersionId: integer("data_version_id")
      .notNull()
      .references(() => dataVersions.id, { onDelete: "cascade" }),
    socCode: text("soc_code").notNull(),
    occupationTitle: text("occupation_title").notNull(),
    occupationKind: occupationKind("occupation_kind").notNull(),
    vintage: text("vintage").notNull(),
    baseYear: integer("base_year").notNull(),
    targetYear: integer("target_year").notNull(),
    employmentBase: integer("employment_base").notNull(),
    employmentProjected: integer("employment_projected").notNull(),
    changeNumeric: integer("change_numeric"),
    changePercent: numeric("change_percent", { precision: 6, scale: 1, mode: "number" }).notNull(),
    annualOpenings: integer("annual_openings"),
    laborForceExits: integer("labor_force_exits"),
    occupationalTransfers: integer("occupational_transfers"),
    medianAnnualWage: integer("median_annual_wage"),
    wageYear: integer("wage_year"),
    entryEducation: text("entry_education"),
    workExperience: text("work_experience"),
    isDerived: boolean("is_derived").notNull(),
    sourceId: text("source_id").notNull(),
    note: text("note"),
  },
  (t) => [primaryKey({ columns: [t.dataVersionId, t.socCode, t.vintage] })],
);

/** Every occupation_wages row of a data version, with the vintage of its source (the profile filters by it). */
export const dataVersionWages = pgTable(
  "data_version_wages",
  {
    dataVersionId: integer("data_version_id")
      .notNull()
      .references(() => dataVersions.id, { onDelete: "cascade" }),
    socCode: text("soc_code").notNull(),
    wageYear: integer("wage_year").notNull(),
    medianAnnualWage: integer("median_annual_wage").notNull(),
    sourceId: text("source_id").notNull(),
    sourceVintage: text("source_vintage"),
    note: text("note"),
  },
  (t) => [primaryKey({ columns: [t.dataVersionId, t.socCode, t.wageYear, t.sourceId] })],
);

/**
 * Every pay_percentiles row (OEWS wage percentiles) of a data version: the pay spread a pinned page shows beside its
 * archived median. Versions loaded before this table existed have no rows here (see lookUpDataPin's payArchived).
 */
export const dataVersionPayPercentiles = pgTable(
  "data_version_pay_percentiles",
  {
    dataVersionId: integer("data_version_id")
      .notNull()
      .references(() => dataVersions.id, { onDelete: "cascade" }),
    socCode: text("soc_code").notNull(),
    ...payPercentileFigures(),
    sourceId: text("source_id").notNull(),
  },
  (t) => [primaryKey({ columns: [t.dataVersionId, t.socCode, t.wageYear] })],
);

/**
 * Every onet_interests row (O*NET's six interest scores per O*NET occupation, with its high points) of a data version:
 * what a pinned interests list (`/explore/interests?like=…&data=<tag>`) matches and ranks on. Versions loaded before
 * this table existed (migration 0018) have no rows here (see lookUpDataPin's interestsArchived).
 *
 * Since migration 0019 each row also keeps its O*NET occupation as the version filed it (title, BLS line) and its
 * source's release, as the projections' archive keeps its occupation's title: a pinned occupation page shows the scores
 * it was pinned with after O*NET retires, moves or retitles a code (ADR 019, amended 2026-12-07). Rows archived before
 * were given the filing in force when migration 0020 ran; a code already gone by then has none (`onet_title` null).
 */
export const dataVersionOnetInterests = pgTable(
  "data_version_onet_interests",
  {
    dataVersionId: integer("data_version_id")
      .notNull()
      .references(() => dataVersions.id, { onDelete: "cascade" }),
    onetCode: text("onet_code").notNull(),
    ...onetInterestFigures(),
    sourceId: text("source_id").notNull(),
    /** The O*NET occupation's title in this version; null only where the filing was not recorded (see above). */
    onetTitle: text("onet_title"),
    /** The BLS line this version filed the O*NET occupation under (its figures' line); null: none, or not recorded. */
    blsCode: text("bls_code"),
    /** The release of the score's source as this version named it ("30.1 (December 2025)"). */
    sourceVintage: text("source_vintage"),
  },
  (t) => [primaryKey({ columns: [t.dataVersionId, t.onetCode, t.interest] })],
);
