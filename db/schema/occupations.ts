import { sql } from "drizzle-orm";
import { boolean, check, integer, numeric, pgTable, serial, text, unique } from "drizzle-orm/pg-core";
import { occupationKind, projectionVintage } from "./pg-enums";
import { sources } from "./sources";

/** SOC 2018 occupations as BLS publishes them, plus BLS summary lines, OOH groups and the all-occupations total. */
export const occupations = pgTable(
  "occupations",
  {
    socCode: text("soc_code").primaryKey(),
    kind: occupationKind("kind").notNull(),
    title: text("title").notNull(),
    sourceId: text("source_id")
      .notNull()
      .references(() => sources.id),
    note: text("note"),
  },
  (t) => [
    check("occupations_soc_code_format", sql`${t.socCode} ~ '^[0-9]{2}-[0-9]{4}(\\+[0-9]{2}-[0-9]{4})*$'`),
    check("occupations_group_codes", sql`(${t.kind} = 'group') = (position('+' in ${t.socCode}) > 0)`),
    check("occupations_total_code", sql`(${t.kind} = 'total') = (${t.socCode} = '00-0000')`),
  ],
);

/** O*NET-SOC occupations (finer than SOC: 15-1299.08 is one of several under 15-1299). */
export const onetOccupations = pgTable(
  "onet_occupations",
  {
    onetCode: text("onet_code").primaryKey(),
    socCode: text("soc_code")
      .notNull()
      .references(() => occupations.socCode),
    title: text("title").notNull(),
    jobZone: integer("job_zone"),
    sourceId: text("source_id")
      .notNull()
      .references(() => sources.id),
  },
  (t) => [
    check("onet_occupations_code_format", sql`${t.onetCode} ~ '^[0-9]{2}-[0-9]{4}\\.[0-9]{2}$'`),
    check("onet_occupations_code_matches_soc", sql`left(${t.onetCode}, 7) = ${t.socCode}`),
    check("onet_occupations_job_zone", sql`${t.jobZone} between 1 and 5`),
  ],
);

/** One BLS projection vintage for one occupation, exactly as published. */
export const projections = pgTable(
  "projections",
  {
    id: serial("id").primaryKey(),
    socCode: text("soc_code")
      .notNull()
      .references(() => occupations.socCode),
    vintage: projectionVintage("vintage").notNull(),
    baseYear: integer("base_year").notNull(),
    targetYear: integer("target_year").notNull(),
    employmentBase: integer("employment_base").notNull(),
    employmentProjected: integer("employment_projected").notNull(),
    /** As published; null where the source gives none (never computed from rounded levels). */
    changeNumeric: integer("change_numeric"),
    changePercent: numeric("change_percent", { precision: 6, scale: 1, mode: "number" }).notNull(),
    annualOpenings: integer("annual_openings"),
    medianAnnualWage: integer("median_annual_wage"),
    wageYear: integer("wage_year"),
    entryEducation: text("entry_education"),
    workExperience: text("work_experience"),
    onTheJobTraining: text("on_the_job_training"),
    /** True where Career Atlas summed published detailed lines (OOH groups BLS does not tabulate). */
    isDerived: boolean("is_derived").notNull().default(false),
    sourceId: text("source_id")
      .notNull()
      .references(() => sources.id),
    note: text("note"),
  },
  (t) => [
    unique("projections_occupation_vintage").on(t.socCode, t.vintage),
    check("projections_employment_non_negative", sql`${t.employmentBase} >= 0 and ${t.employmentProjected} >= 0`),
    check("projections_openings_non_negative", sql`${t.annualOpenings} >= 0`),
    check("projections_percent_range", sql`${t.changePercent} between -100 and 1000`),
    check("projections_wage_positive", sql`${t.medianAnnualWage} > 0`),
    check("projections_wage_has_year", sql`(${t.medianAnnualWage} is null) = (${t.wageYear} is null)`),
    check("projections_years", sql`${t.targetYear} = ${t.baseYear} + 10`),
  ],
);

/** Other published median wages for an occupation, kept where sources disagree (e.g. a refreshed data tool). */
export const occupationWages = pgTable(
  "occupation_wages",
  {
    id: serial("id").primaryKey(),
    socCode: text("soc_code")
      .notNull()
      .references(() => occupations.socCode),
    wageYear: integer("wage_year").notNull(),
    medianAnnualWage: integer("median_annual_wage").notNull(),
    sourceId: text("source_id")
      .notNull()
      .references(() => sources.id),
    note: text("note"),
  },
  (t) => [
    unique("occupation_wages_once_per_source").on(t.socCode, t.wageYear, t.sourceId),
    check("occupation_wages_positive", sql`${t.medianAnnualWage} > 0`),
  ],
);
