import { formatCount, formatDollars, formatPercentChange, formatWageYear } from "~/lib/format";
import { BandRoundingNote } from "~/features/periods/components/band-label";
import type { AllOccupationsFigures } from "~/features/compare/role-comparison";
import type { CompareColumn } from "~/features/compare/comparison";
import { growthSentence } from "~/features/roles/growth-sentence";
import { columnMedian } from "~/features/compare/compare-charts";
import { medianPayText } from "~/features/pay/pay";
import { Sourced } from "~/features/sources/components/sources-context";
import { CompareFactRow, notPublished, projectedCell, type ComparedProjection } from "~/features/compare/components/compare-fact-row";

/** A column's median pay with its May year, and every other release's figure where the sources disagree. */
export function RolePayCell({ role, projection: p }: { role: CompareColumn; projection: ComparedProjection }) {
  // The line's median; where BLS prints none, its OEWS survey's top code or hourly median (as the profile shows it).
  const median = columnMedian({ projection: p, pay: role.pay });
  if (!median) return notPublished;
  return (
    <>
      <Sourced sourceId={median.sourceId} dataYear={formatWageYear(median.wageYear)}>
        <span className="compare-facts__value">{medianPayText(median)}</span>
      </Sourced>
      <span className="figure-year">{formatWageYear(median.wageYear)}</span>
      {role.otherWages.length > 0 ? (
        <span className="compare-facts__conflict">
          Sources disagree; also published:{" "}
          {role.otherWages.map((w, i) => (
            <span key={`${w.sourceId}-${w.wageYear}`}>
              {i > 0 ? ", " : ""}
              <Sourced sourceId={w.sourceId} dataYear={formatWageYear(w.wageYear)}>
                {formatDollars(w.medianAnnualWage)}
              </Sourced>{" "}
              ({formatWageYear(w.wageYear)})
            </span>
          ))}
        </span>
      ) : null}
    </>
  );
}

export function TotalPayCell({ total }: { total: AllOccupationsFigures | null }) {
  if (!total || total.medianAnnualWage === null || total.wageYear === null) return notPublished;
  return (
    <>
      <Sourced sourceId={total.sourceId} dataYear={formatWageYear(total.wageYear)}>
        <span className="compare-facts__value">{formatDollars(total.medianAnnualWage)}</span>
      </Sourced>
      <span className="figure-year">{formatWageYear(total.wageYear)}</span>
    </>
  );
}

/**
 * A role's growth, the period's verbal band it falls in (verbatim, with its source, where the period has a band
 * table), and how it compares with the all-occupations rate in the last column (worded as the profile words it).
 */
export function RoleGrowthCell({ role, projection: p, period }: { role: CompareColumn; projection: ComparedProjection; period: string }) {
  const band = role.growthBand;
  return (
    <>
      <Sourced sourceId={p.sourceId} dataYear={period}>
        <span className="compare-facts__value">{formatPercentChange(p.changePercent)}</span>
      </Sourced>
      {band ? (
        <span className="compare-facts__detail growth-band">
          <Sourced sourceId={band.sourceId} dataYear={period}>
            {band.label}
          </Sourced>
          {band.isDerived ? " (worked out by Career Atlas, not published by BLS or O*NET)" : null}
          <BandRoundingNote band={band} changePercent={p.changePercent} />
        </span>
      ) : null}
      {role.growthComparison ? <span className="compare-facts__detail">{growthSentence(role.growthComparison, "none")}</span> : null}
    </>
  );
}

/** Employment in the base year, and as projected for the target year. */
export function EmploymentCell({
  figures,
}: {
  figures: Pick<ComparedProjection, "sourceId" | "baseYear" | "targetYear" | "employmentBase" | "employmentProjected">;
}) {
  return (
    <>
      <Sourced sourceId={figures.sourceId} dataYear={String(figures.baseYear)}>
        {formatCount(figures.employmentBase)}
      </Sourced>
      <span className="compare-facts__detail">
        Projected {formatCount(figures.employmentProjected)} in {figures.targetYear}
      </span>
    </>
  );
}

/**
 * A row of counts the source may leave out (numeric change, openings): each column's from its projection, then all
 * occupations', sourced to the same release as the rest of the row and "Not published" where a count is missing.
 */
export function CountRow({
  header,
  columns,
  total,
  period,
  count,
  format,
}: {
  header: string;
  columns: CompareColumn[];
  total: AllOccupationsFigures | null;
  period: string;
  count: (figures: Pick<AllOccupationsFigures, "changeNumeric" | "annualOpenings">) => number | null;
  format: (value: number) => string;
}) {
  const cell = (figures: Pick<AllOccupationsFigures, "sourceId" | "changeNumeric" | "annualOpenings">) => {
    const value = count(figures);
    if (value === null) return notPublished;
    return (
      <Sourced sourceId={figures.sourceId} dataYear={period}>
        {format(value)}
      </Sourced>
    );
  };
  return (
    <CompareFactRow
      header={header}
      columns={columns}
      cell={(column) => projectedCell(column, period, cell)}
      total={total ? cell(total) : notPublished}
    />
  );
}
