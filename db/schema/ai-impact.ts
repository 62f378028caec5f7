import { sql } from "drizzle-orm";
import { check, date, doublePrecision, index, integer, pgTable, primaryKey, serial, text } from "drizzle-orm/pg-core";
import { occupations, onetOccupations } from "./occupations";
import { aiImpactAspect, aiImpactLayer, exposureMeasure, exposureRater } from "./pg-enums";
import { roles } from "./roles";
import { sources } from "./sources";

/**
 * AI-impact evidence in separate layers that are never blended: official statements (BLS), research findings,
 * editorial notes (with review date, and author where one is known: a note taken from an article that names no
 * author has none). A note is about an occupation, a role, or the whole economy.
 */
export const aiImpactNotes = pgTable(
  "ai_impact_notes",
  {
    id: serial("id").primaryKey(),
    position: integer("position").notNull(),
    layer: aiImpactLayer("layer").notNull(),
    aspect: aiImpactAspect("aspect").notNull(),
    socCode: text("soc_code").references(() => occupations.socCode),
    roleSlug: text("role_slug").references(() => roles.slug, { onDelete: "cascade" }),
    statement: text("statement").notNull(),
    asOf: date("as_of").notNull(),
    sourceId: text("source_id")
      .notNull()
      .references(() => sources.id),
    author: text("author"),
    reviewedOn: date("reviewed_on"),
  },
  (t) => [
    index("ai_impact_notes_soc").on(t.socCode),
    index("ai_impact_notes_role").on(t.roleSlug),
    check("ai_impact_notes_one_subject", sql`${t.socCode} is null or ${t.roleSlug} is null`),
    check("ai_impact_notes_editorial_reviewed", sql`${t.layer} <> 'editorial' or ${t.reviewedOn} is not null`),
  ],
);

/** "GPTs are GPTs" exposure scores: share of an occupation's tasks exposed to LLMs, by rater and measure. */
export const aiExposureScores = pgTable(
  "ai_exposure_scores",
  {
    onetCode: text("onet_code")
      .notNull()
      .references(() => onetOccupations.onetCode),
    rater: exposureRater("rater").notNull(),
    measure: exposureMeasure("measure").notNull(),
    score: doublePrecision("score").notNull(),
    sourceId: text("source_id")
      .notNull()
      .references(() => sources.id),
  },
  (t) => [primaryKey({ columns: [t.onetCode, t.rater, t.measure] }), check("ai_exposure_scores_share", sql`${t.score} between 0 and 1`)],
);
