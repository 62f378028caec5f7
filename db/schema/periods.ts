import { sql } from "drizzle-orm";
import { boolean, check, integer, numeric, pgTable, serial, smallint, text, unique } from "drizzle-orm/pg-core";
import { sources } from "./sources";

/**
 * The BLS projection periods loaded, one row per release ("2024-34": base 2024, target 2034). Periods are data:
 * a new release is one importer run on BLS's file, and every list of periods in the product reads this table.
 */
export const projectionPeriods = pgTable(
  "projection_periods",
  {
    vintage: text("vintage").primaryKey(),
    baseYear: integer("base_year").notNull(),
    targetYear: integer("target_year").notNull(),
    /** The BLS table its detailed occupations were read from. */
    sourceId: text("source_id")
      .notNull()
      .references(() => sources.id),
  },
  (t) => [
    check("projection_periods_vintage_format", sql`${t.vintage} ~ '^[0-9]{4}-[0-9]{2}$'`),
    check("projection_periods_ten_years", sql`${t.targetYear} = ${t.baseYear} + 10`),
    check("projection_periods_vintage_years", sql`${t.vintage} = ${t.baseYear}::text || '-' || right(${t.targetYear}::text, 2)`),
  ],
);

/**
 * A verbal growth band of one period ("Much faster than average (7% or higher)"), with the BLS one-decimal
 * percent changes it covers (inclusive; null = open-ended). Cut-offs differ between editions, so each period
 * has its own bands, or none; a band the product derived itself says so (is_derived) and is never cited as BLS's.
 */
export const growthBands = pgTable(
  "growth_bands",
  {
    id: serial("id").primaryKey(),
    vintage: text("vintage")
      .notNull()
      .references(() => projectionPeriods.vintage),
    /** 1 = the fastest band; the order pages list them in. */
    rank: smallint("rank").notNull(),
    label: text("label").notNull(),
    minPercent: numeric("min_percent", { precision: 6, scale: 1, mode: "number" }),
    maxPercent: numeric("max_percent", { precision: 6, scale: 1, mode: "number" }),
    isDerived: boolean("is_derived").notNull().default(false),
    sourceId: text("source_id")
      .notNull()
      .references(() => sources.id),
  },
  (t) => [
    unique("growth_bands_rank").on(t.vintage, t.rank),
    unique("growth_bands_label").on(t.vintage, t.label),
    check("growth_bands_bounded", sql`${t.minPercent} is not null or ${t.maxPercent} is not null`),
    check("growth_bands_ordered", sql`${t.minPercent} is null or ${t.maxPercent} is null or ${t.minPercent} <= ${t.maxPercent}`),
  ],
);
