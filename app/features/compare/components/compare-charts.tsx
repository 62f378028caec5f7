import { ChartFrame } from "~/ui/charts/chart-frame";
import { LabelledBars } from "~/ui/charts/labelled-bars";
import { ProfileSection } from "~/ui/profile-section";
import { useSourceMap } from "~/features/sources/components/sources-context";
import { sourceCredit } from "~/features/sources/citations";
import { growthRows, growthSummary, payRows, paySummary, type CompareChart } from "~/features/compare/compare-charts";
import { formatCount, formatDollars, formatPercentChange, formatVintage, formatWageYear } from "~/lib/format";
import type { Comparison } from "~/features/compare/comparison";
import { ComparePayRange } from "~/features/compare/components/deferred-parts";

/**
 * Growth and pay of the compared roles' occupations and of the compared occupations next to the all-occupations line,
 * as two charts (recharts is loaded lazily by LabelledBars), each with its summary, table and CSV, then (once an
 * occupation is compared) the OEWS pay percentiles of every column as a table. The compared bars are hatched; the all-occupations bar is plain and labelled, so nothing
 * depends on colour. Bars carry the title only (it fits a phone); the table gives each one's occupation and SOC code.
 */
export function CompareCharts({
  comparison,
  csvHref,
  percentilesKept,
}: {
  comparison: Comparison;
  csvHref: (chart: CompareChart) => string;
  /** False on a page pinned to a version whose OEWS percentiles were not archived (DataPinBanner). */
  percentilesKept: boolean;
}) {
  const period = formatVintage(comparison.vintage);
  const growth = growthRows(comparison);
  const pay = payRows(comparison);
  const sourceLine = useSourceLine();
  const wageYears = [...new Set(pay.map((r) => r.wageYear))];
  const payTitle = wageYears.length === 1 ? `Median annual pay, ${formatWageYear(wageYears[0]!)}` : "Median annual pay";
  const barLabel = (row: { label: string; occupationTitle: string; socCode: string; kind: string; isAllOccupations: boolean }) =>
    row.isAllOccupations
      ? "All occupations"
      : row.kind === "occupation"
        ? `${row.label} (occupation, ${row.socCode})`
        : `${row.label} (${row.occupationTitle}, ${row.socCode})`;

  return (
    <ProfileSection id="growth-and-pay" title="Growth and pay">
      {growth.length > 0 ? (
        <ChartFrame
          id="chart-compare-growth"
          title={`Projected growth, ${period}, with all occupations`}
          summary={growthSummary(comparison, period)}
          height={growth.length * 64 + 48}
          columns={[
            { key: "label", label: "Role or occupation (occupation, SOC)", format: (_v, row) => barLabel(row) },
            { key: "changePercent", label: `Projected change, ${period}`, numeric: true, format: (v) => formatPercentChange(v as number) },
            {
              key: "employmentBase",
              label: "Employment, base year",
              numeric: true,
              format: (v, row) => `${formatCount(v as number)} (${row.baseYear})`,
            },
            {
              key: "employmentProjected",
              label: "Employment, target year",
              numeric: true,
              format: (v, row) => `${formatCount(v as number)} (${row.targetYear})`,
            },
          ]}
          rows={growth}
          source={sourceLine(
            growth.map((r) => r.sourceId),
            `${period} projections`,
          )}
          csvHref={csvHref("growth")}
          chart={() => (
            <LabelledBars
              orientation="horizontal"
              valueSuffix="%"
              bars={growth.map((r) => ({
                key: r.key,
                label: r.label,
                value: r.changePercent,
                valueLabel: formatPercentChange(r.changePercent),
                emphasis: !r.isAllOccupations,
              }))}
            />
          )}
        />
      ) : (
        <p className="notice">BLS published no {period} projection for these occupations, so there is no growth to chart.</p>
      )}
      {pay.length > 0 ? (
        <ChartFrame
          id="chart-compare-pay"
          title={`${payTitle}, with all occupations`}
          summary={paySummary(comparison, period)}
          height={pay.length * 64 + 48}
          columns={[
            { key: "label", label: "Role or occupation (occupation, SOC)", format: (_v, row) => barLabel(row) },
            { key: "medianAnnualWage", label: "Median annual pay", numeric: true, format: (v) => formatDollars(v as number) },
            { key: "wageYear", label: "Data year", format: (v) => formatWageYear(v as number) },
          ]}
          rows={pay}
          source={sourceLine(
            pay.map((r) => r.sourceId),
            `median annual wages, ${wageYears.map(formatWageYear).join(", ")}, published with the ${period} projections`,
          )}
          csvHref={csvHref("pay")}
          chart={() => (
            <LabelledBars
              orientation="horizontal"
              bars={pay.map((r) => ({
                key: r.key,
                label: r.label,
                value: r.medianAnnualWage,
                valueLabel: formatDollars(r.medianAnnualWage),
                emphasis: !r.isAllOccupations,
              }))}
            />
          )}
        />
      ) : null}
      <ComparePayRange columns={comparison.columns} percentilesKept={percentilesKept} />
    </ProfileSection>
  );
}

/** "Source: [3] U.S. Bureau of Labor Statistics, ...; ... Data: <what and when>." */
function useSourceLine() {
  const sources = useSourceMap();
  return (sourceIds: string[], data: string) => {
    const parts = [...new Set(sourceIds)].map((id) => {
      const source = sources.get(id);
      return source ? `[${source.number}] ${sourceCredit(source.citation)}` : id;
    });
    return `Source: ${parts.join("; ")}. Data: ${data}.`;
  };
}
