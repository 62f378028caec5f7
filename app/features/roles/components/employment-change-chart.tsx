import { formatCount, formatCountChange, formatPercentChange, formatVintage } from "~/lib/format";
import type { EmploymentChartRow } from "~/features/roles/role-profile";
import { ChartFrame } from "~/ui/charts/chart-frame";
import { LabelledBars } from "~/ui/charts/labelled-bars";

/** Employment of the role's occupation in the base year and as projected for the target year. */
export function EmploymentChangeChart({
  rows,
  changePercent,
  changeNumeric,
  source,
  csvHref,
}: {
  rows: EmploymentChartRow[];
  changePercent: number;
  /** As published (null where the source gives none: the summary then states the levels only). */
  changeNumeric: number | null;
  source: string;
  csvHref: string;
}) {
  const [base, projected] = rows;
  if (!base || !projected) return null;
  const change = changeNumeric === null ? "" : ` (${formatCountChange(changeNumeric)} jobs, ${formatPercentChange(changePercent)})`;
  const summary = `BLS projects employment of ${base.occupationTitle.toLowerCase()} (${base.socCode}) to go from ${formatCount(base.employment)} in ${base.year} to ${formatCount(projected.employment)} in ${projected.year}${change}.`;
  return (
    <ChartFrame
      id="chart-employment"
      title={`Employment now and projected, ${formatVintage(base.vintage)}`}
      summary={summary}
      height={260}
      columns={[
        { key: "label", label: "Year" },
        {
          key: "employment",
          label: `Employment, ${base.occupationTitle} (${base.socCode})`,
          numeric: true,
          format: (v) => formatCount(v as number),
        },
      ]}
      rows={rows}
      source={source}
      csvHref={csvHref}
      chart={() => (
        <LabelledBars
          orientation="vertical"
          bars={rows.map((r) => ({
            key: r.point,
            label: r.label,
            value: r.employment,
            valueLabel: formatCount(r.employment),
            emphasis: r.point === "projected",
          }))}
        />
      )}
    />
  );
}
