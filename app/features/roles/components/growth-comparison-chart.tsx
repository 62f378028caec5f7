import { formatPercentChange, formatVintage } from "~/lib/format";
import type { GrowthChartRow } from "~/features/roles/role-profile";
import { ChartFrame } from "~/ui/charts/chart-frame";
import { LabelledBars } from "~/ui/charts/labelled-bars";
import { SUMMED_KIND_NOTE, withSummedMark } from "~/features/roles/summed-lines";

/** The occupation's projected growth next to its OOH group, its BLS summary line and all occupations. */
export function GrowthComparisonChart({ rows, source, csvHref }: { rows: GrowthChartRow[]; source: string; csvHref: string }) {
  const own = rows.find((r) => r.isRoleOccupation);
  const total = rows.find((r) => r.kind === "total");
  if (!own) return null;
  const others = rows.filter((r) => !r.isRoleOccupation && r.kind !== "total");
  const vintage = formatVintage(own.vintage);
  const summary =
    `${own.occupationTitle} (${own.socCode}): ${formatPercentChange(own.changePercent, own.percentDecimals)} over ${vintage}` +
    others
      .map((r) => `; ${withSummedMark(`${r.occupationTitle} ${formatPercentChange(r.changePercent, r.percentDecimals)}`, r)}`)
      .join("") +
    (total ? `; all occupations ${formatPercentChange(total.changePercent, total.percentDecimals)}.` : ".");
  return (
    <ChartFrame
      id="chart-growth"
      title={`Growth compared with the group and all occupations, ${vintage}`}
      summary={summary}
      height={rows.length * 64 + 48}
      columns={[
        { key: "occupationTitle", label: "Occupation or group (SOC)", format: (_v, row) => `${row.occupationTitle} (${row.socCode})` },
        {
          key: "kind",
          label: "What it is",
          format: (_v, row) => LINE_KIND[row.kind] + (row.isDerived ? `; ${SUMMED_KIND_NOTE}` : ""),
        },
        {
          key: "changePercent",
          label: `Projected change, ${vintage}`,
          numeric: true,
          format: (_v, row) => formatPercentChange(row.changePercent, row.percentDecimals),
        },
      ]}
      rows={rows}
      source={source}
      csvHref={csvHref}
      chart={() => (
        <LabelledBars
          orientation="horizontal"
          valueSuffix="%"
          bars={rows.map((r) => ({
            key: r.socCode,
            label: r.label,
            value: r.changePercent,
            valueLabel: formatPercentChange(r.changePercent, r.percentDecimals),
            emphasis: r.isRoleOccupation,
          }))}
        />
      )}
    />
  );
}

const LINE_KIND: Record<GrowthChartRow["kind"], string> = {
  detailed: "This role's occupation",
  group: "Occupational Outlook Handbook group",
  summary: "BLS summary line",
  total: "All occupations",
};
