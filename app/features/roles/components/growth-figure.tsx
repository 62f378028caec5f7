import type { ReactNode } from "react";
import { formatPercentChange } from "~/lib/format";
import { growthSentenceParts, type GrowthPeriodMention } from "~/features/roles/growth-sentence";
import type { GrowthComparison } from "~/features/roles/role-profile";
import type { GrowthBand } from "~/features/periods/periods";
import { BandRoundingNote } from "~/features/periods/components/band-label";
import { Sourced } from "~/features/sources/components/sources-context";

/**
 * A projected growth figure with its source, the period's verbal growth band it falls in (verbatim, with its
 * own source; only where the period has a band table), and how it compares with the all-occupations rate of the
 * same period (used by the profile and by lesson pages).
 */
export function GrowthFigure({
  sourceId,
  changePercent,
  comparison,
  period,
  band = null,
}: {
  sourceId: string;
  changePercent: number;
  comparison: GrowthComparison | null;
  period: string;
  band?: GrowthBand | null;
}) {
  return (
    <>
      <Sourced sourceId={sourceId} dataYear={period}>
        <span className="fact__value">{formatPercentChange(changePercent)}</span>
      </Sourced>
      {band ? <GrowthBandText band={band} period={period} changePercent={changePercent} /> : null}
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
 * "Much faster than average (7% or higher)", as the band's source words it for the period, with that source, and
 * why a change outside the label's range gets it ("+6.6% rounds to +7%").
 */
export function GrowthBandText({ band, period, changePercent }: { band: GrowthBand; period: string; changePercent: number }) {
  return (
    <p className="fact__detail growth-band">
      Growth band, {period}:{" "}
      <Sourced sourceId={band.sourceId} dataYear={period}>
        {band.label}
      </Sourced>
      {band.isDerived ? " (worked out by Career Atlas, not published by BLS or O*NET)" : null}
      <BandRoundingNote band={band} changePercent={changePercent} />
    </p>
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
