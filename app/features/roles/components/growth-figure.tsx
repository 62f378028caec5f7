import type { ReactNode } from "react";
import { formatPercentChange } from "~/lib/format";
import { growthSentenceParts, type GrowthPeriodMention } from "~/features/roles/growth-sentence";
import type { GrowthComparison } from "~/features/roles/role-profile";
import { Sourced } from "~/features/sources/components/sources-context";

/**
 * A projected growth figure with its source, and how it compares with the all-occupations rate of the same
 * period (used by the profile and by lesson pages).
 */
export function GrowthFigure({
  sourceId,
  changePercent,
  comparison,
  period,
}: {
  sourceId: string;
  changePercent: number;
  comparison: GrowthComparison | null;
  period: string;
}) {
  return (
    <>
      <Sourced sourceId={sourceId} dataYear={period}>
        <span className="fact__value">{formatPercentChange(changePercent)}</span>
      </Sourced>
      {comparison ? (
        <p className="fact__detail">
          <GrowthComparisonText
            comparison={comparison}
            allOccupations={
              <Sourced sourceId={comparison.allOccupationsSourceId} dataYear={period}>
                {formatPercentChange(comparison.allOccupationsPercent)}
              </Sourced>
            }
          />
        </p>
      ) : null}
    </>
  );
}

/**
 * "About 2.4 times the all-occupations rate of +3.1% for the same period.", with the all-occupations rate as the
 * page renders it (a sourced figure on the profile, a figure and its source number on the handout).
 */
export function GrowthComparisonText({
  comparison,
  allOccupations,
  period = "same",
}: {
  comparison: Pick<GrowthComparison, "relation" | "ratio">;
  allOccupations: ReactNode;
  period?: GrowthPeriodMention;
}) {
  const { before, after } = growthSentenceParts(comparison, period);
  return (
    <>
      {before}
      {allOccupations}
      {after}
    </>
  );
}
