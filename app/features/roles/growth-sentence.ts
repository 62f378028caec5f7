/**
 * How a role's projected growth compares with the all-occupations rate of the same period, in words: the one
 * wording the profile, the compare page, the handouts and the slides share. It states the comparison as a fact,
 * and the all-occupations rate is always named. It never words a verbal band ("Faster than average"): a band is
 * shown beside the figure, verbatim and cited, only for a period whose band table is loaded (growth_bands).
 */
import { formatPercentChange } from "~/lib/format";
import type { GrowthComparison } from "~/features/roles/role-profile";

/**
 * Where the sentence names the projection period, after the all-occupations rate:
 * - "same": "for the same period" (the profile and the handouts, where the figure's label names the period);
 * - "none": not at all (the compare table and a comparison slide, under a heading that names it);
 * - `{ period }`: in brackets, "(2024–34)" (a slide's takeaway, read on its own across a classroom).
 */
export type GrowthPeriodMention = "same" | "none" | { period: string };

/** The sentence around the all-occupations rate, so that a page can render that rate as a sourced figure. */
export interface GrowthSentenceParts {
  before: string;
  after: string;
}

export function growthSentenceParts(
  comparison: Pick<GrowthComparison, "relation" | "ratio">,
  mention: GrowthPeriodMention,
): GrowthSentenceParts {
  const period = (preposition: "for" | "over") =>
    mention === "same" ? ` ${preposition} the same period.` : mention === "none" ? "." : ` (${mention.period}).`;
  switch (comparison.relation) {
    case "multiple":
      return { before: `About ${comparison.ratio} times the all-occupations rate of `, after: period("for") };
    case "close":
      return { before: "Close to the all-occupations rate of ", after: period("for") };
    case "above":
      return { before: "Above the all-occupations rate of ", after: period("for") };
    case "below":
      return { before: "Below the all-occupations rate of ", after: period("for") };
    case "decline":
      return { before: "A decline, while employment across all occupations changes by ", after: period("over") };
    case "no_growth":
      return { before: "No change, while employment across all occupations changes by ", after: period("over") };
  }
}

/** The sentence as text: "About 2.4 times the all-occupations rate of +3.1% for the same period." */
export function growthSentence(
  comparison: Pick<GrowthComparison, "relation" | "ratio" | "allOccupationsPercent">,
  mention: GrowthPeriodMention,
): string {
  const { before, after } = growthSentenceParts(comparison, mention);
  return `${before}${formatPercentChange(comparison.allOccupationsPercent)}${after}`;
}
