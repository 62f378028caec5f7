import { formatCount, formatPercentChange } from "~/lib/format";
import type { VintageChartRow } from "~/features/roles/role-profile";
import { ChartFrame } from "~/ui/charts/chart-frame";
import { LabelledBars } from "~/ui/charts/labelled-bars";

/** The occupation's projected growth in each BLS projection vintage: how the outlook was revised. */
export function VintageGrowthChart({
  rows,
  occupation,
  source,
  csvHref,
}: {
  rows: VintageChartRow[];
  /** "Web developers (15-1254)" */
  occupation: string;
  source: string;
  csvHref: string;
}) {
  if (rows.length === 0) return null;
  const summary =
    `Projected growth of ${occupation} in each BLS projection: ` +
    rows.map((r) => `${formatPercentChange(r.changePercent)} for ${r.label}`).join(", ") +
    " (each projection re-estimates the base year, so compare the rates, not the employment levels).";
  return (
    <ChartFrame
      id="chart-vintages"
      title="How the outlook was revised: three projections side by side"
      summary={summary}
      height={260}
      columns={[
        { key: "label", label: "Projection", format: (_v, row) => (row.isSelected ? `${row.label} (shown above)` : row.label) },
        { key: "changePercent", label: "Projected change", numeric: true, format: (v) => formatPercentChange(v as number) },
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
      rows={rows}
      source={source}
      csvHref={csvHref}
      chart={() => (
        <LabelledBars
          orientation="vertical"
          valueSuffix="%"
          bars={rows.map((r) => ({
            key: r.vintage,
            label: r.label,
            value: r.changePercent,
            valueLabel: formatPercentChange(r.changePercent),
            emphasis: r.isSelected,
          }))}
        />
      )}
    />
  );
}
