import { lazy } from "react";
import { formatPercentChange } from "~/lib/format";
import { ChartFrame } from "~/ui/charts/chart-frame";

const GrowthBarsChart = lazy(() => import("~/ui/charts/growth-bars.client"));

/** Each occupation's row: its name above a bar (two lines on a phone). */
const ROW_HEIGHT = 48;

export interface GrowthBar {
  label: string;
  socCode: string;
  changePercent: number;
  /** Roles whose figures these are. */
  roles: string;
}

/** Projected growth of occupations as horizontal bars, against the all-occupations rate. */
export function GrowthBars({
  id,
  title,
  bars,
  average,
  vintageLabel,
  source,
  csvHref,
  headingLevel,
}: {
  id: string;
  title: string;
  bars: GrowthBar[];
  average: number;
  vintageLabel: string;
  source: string;
  csvHref: string;
  headingLevel?: 2 | 3 | 4;
}) {
  const fastest = bars[0];
  const aboveAverage = bars.filter((b) => b.changePercent > average).length;
  const summary = fastest
    ? `Fastest growth: ${fastest.label} (${formatPercentChange(fastest.changePercent)}); ${aboveAverage} of ${bars.length} occupations are projected to grow faster than all occupations (${formatPercentChange(average)}) over ${vintageLabel}.`
    : "No occupation matches the current filters.";
  return (
    <ChartFrame
      id={id}
      title={title}
      summary={summary}
      height={Math.max(120, bars.length * ROW_HEIGHT + 70)}
      columns={[
        { key: "label", label: "Occupation (SOC)", format: (_v, row) => `${row.label} (${row.socCode})` },
        {
          key: "changePercent",
          label: `Projected change, ${vintageLabel}`,
          numeric: true,
          format: (v) => formatPercentChange(v as number),
        },
        { key: "roles", label: "Roles" },
      ]}
      rows={bars}
      source={source}
      csvHref={csvHref}
      headingLevel={headingLevel}
      chart={() => <GrowthBarsChart bars={bars} average={average} />}
    />
  );
}
