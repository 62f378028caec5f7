import { sql } from "drizzle-orm";
import { boolean, check, index, integer, numeric, pgTable, serial, smallint, text, unique } from "drizzle-orm/pg-core";
import { occupationKind } from "./pg-enums";
import { projectionPeriods } from "./periods";
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

/**
 * O*NET-SOC occupations (finer than SOC: 15-1299.08 is one of several under 15-1299). `soc_code` is the SOC 2018
 * code the O*NET code extends; `bls_code` is the BLS projections line that carries its figures: the same code,
 * or the aggregate BLS publishes instead (13-1021 Buyers → 13-1020), or null where BLS projects none (military).
 */
export const onetOccupations = pgTable(
  "onet_occupations",
  {
    onetCode: text("onet_code").primaryKey(),
    socCode: text("soc_code").notNull(),
    blsCode: text("bls_code").references(() => occupations.socCode),
    title: text("title").notNull(),
    description: text("description"),
    jobZone: integer("job_zone"),
    sourceId: text("source_id")
      .notNull()
      .references(() => sources.id),
  },
  (t) => [
    check("onet_occupations_code_format", sql`${t.onetCode} ~ '^[0-9]{2}-[0-9]{4}\\.[0-9]{2}$'`),
    check("onet_occupations_code_matches_soc", sql`left(${t.onetCode}, 7) = ${t.socCode}`),
    check("onet_occupations_job_zone", sql`${t.jobZone} between 1 and 5`),
    index("onet_occupations_bls").on(t.blsCode),
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
    vintage: text("vintage")
      .notNull()
      .references(() => projectionPeriods.vintage),
    baseYear: integer("base_year").notNull(),
    targetYear: integer("target_year").notNull(),
    employmentBase: integer("employment_base").notNull(),
    employmentProjected: integer("employment_projected").notNull(),
    /** As published; null where the source gives none (never computed from rounded levels). */
    changeNumeric: integer("change_numeric"),
    changePercent: numeric("change_percent", { precision: 6, scale: 1, mode: "number" }).notNull(),
    annualOpenings: integer("annual_openings"),
    /** Table 1.10 of the BLS workbook: annual average openings from workers leaving the labor force, as published. */
    laborForceExits: integer("labor_force_exits"),
    /** Table 1.10: annual average openings from workers moving to a different occupation, as published. */
    occupationalTransfers: integer("occupational_transfers"),
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
    check("projections_separations_non_negative", sql`${t.laborForceExits} >= 0 and ${t.occupationalTransfers} >= 0`),
    index("projections_vintage").on(t.vintage),
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

/**
 * BLS's stated factors affecting an occupation's employment (Table 1.12 of the projections workbook), each for
 * one industry (or "Total, all industries"), in BLS's words.
 */
export const occupationFactors = pgTable(
  "occupation_factors",
  {
    id: serial("id").primaryKey(),
    socCode: text("soc_code")
      .notNull()
      .references(() => occupations.socCode),
    vintage: text("vintage")
      .notNull()
      .references(() => projectionPeriods.vintage),
    industryCode: text("industry_code").notNull(),
    industryTitle: text("industry_title").notNull(),
    factor: text("factor").notNull(),
    sourceId: text("source_id")
      .notNull()
      .references(() => sources.id),
  },
  (t) => [index("occupation_factors_occupation").on(t.socCode, t.vintage)],
);

/**
 * The figures of one OEWS survey of one occupation: the live table's columns, and those of each data version's
 * archive of it (data_version_pay_percentiles), so the two cannot drift apart.
 */
export function payPercentileFigures() {
  return {
    wageYear: integer("wage_year").notNull(),
    employment: integer("employment"),
    annualP10: integer("annual_p10"),
    annualP25: integer("annual_p25"),
    annualMedian: integer("annual_median"),
    annualP75: integer("annual_p75"),
    annualP90: integer("annual_p90"),
    hourlyP10: numeric("hourly_p10", { precision: 7, scale: 2, mode: "number" }),
    hourlyP25: numeric("hourly_p25", { precision: 7, scale: 2, mode: "number" }),
    hourlyMedian: numeric("hourly_median", { precision: 7, scale: 2, mode: "number" }),
    hourlyP75: numeric("hourly_p75", { precision: 7, scale: 2, mode: "number" }),
    hourlyP90: numeric("hourly_p90", { precision: 7, scale: 2, mode: "number" }),
    /** Percentiles (10, 25, 50, 75, 90) published only as "at or above the top of the range". */
    topCoded: smallint("top_coded")
      .array()
      .notNull()
      .default(sql`'{}'::smallint[]`),
    topCodeAnnual: integer("top_code_annual"),
    /** The same top code per hour, as OEWS's notes print it ($115.00 in May 2024). */
    topCodeHourly: numeric("top_code_hourly", { precision: 7, scale: 2, mode: "number" }),
    /** OEWS publishes only annual figures for occupations not paid by the hour (teachers, pilots). */
    annualOnly: boolean("annual_only").notNull().default(false),
    /** OEWS publishes only hourly figures for occupations paid by the hour that work irregular hours (actors, musicians). */
    hourlyOnly: boolean("hourly_only").notNull().default(false),
  };
}

/**
 * OEWS wage percentiles of an occupation, as published (annual dollars; hourly to the cent). A percentile BLS
 * does not publish because it is at or above the top of its wage range ("#") is null here and listed in
 * top_coded, with the top of the range in top_code_annual ($239,200 in May 2024). The 10th percentile is what
 * the lowest-paid tenth earn across all experience levels: not a starting salary.
 */
export const payPercentiles = pgTable(
  "pay_percentiles",
  {
    socCode: text("soc_code")
      .notNull()
      .references(() => occupations.socCode),
    ...payPercentileFigures(),
    sourceId: text("source_id")
      .notNull()
      .references(() => sources.id),
  },
  (t) => [
    unique("pay_percentiles_once").on(t.socCode, t.wageYear),
    check(
      "pay_percentiles_top_codes",
      sql`(cardinality(${t.topCoded}) > 0) = (${t.topCodeAnnual} is not null and ${t.topCodeHourly} is not null)`,
    ),
    check(
      "pay_percentiles_ordered",
      sql`coalesce(${t.annualP10} <= ${t.annualMedian} and ${t.annualMedian} <= coalesce(${t.annualP90}, ${t.annualMedian}), true)`,
    ),
  ],
);
