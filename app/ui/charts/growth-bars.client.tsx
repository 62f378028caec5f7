import { Bar, BarChart, CartesianGrid, Cell, LabelList, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from "recharts";
import { formatPercentChange } from "~/lib/format";
import type { GrowthBar } from "~/ui/charts/growth-bars";
import { axisTick, niceScale } from "~/ui/charts/scale";

const ABOVE = "var(--chart-emphasis)";
const BELOW = "var(--chart-context)";

/**
 * The recharts part of GrowthBars, loaded lazily after hydration. Value labels sit on every bar and the
 * average is a labelled dashed line, so nothing depends on colour (the two fills also differ in lightness).
 */
export default function GrowthBarsChart({ bars, average }: { bars: GrowthBar[]; average: number }) {
  const values = bars.map((b) => b.changePercent);
  // Ticks at round percents through zero (the bars start there), with room beside the longest bar for its label.
  const { domain, ticks } = niceScale(Math.min(0, average, ...values), Math.max(0, average, ...values));
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={bars} layout="vertical" margin={{ top: 24, right: 56, bottom: 8, left: 8 }} accessibilityLayer={false}>
        <CartesianGrid horizontal={false} stroke="var(--chart-grid)" />
        <XAxis type="number" domain={domain} ticks={ticks} tickFormatter={(v: number) => `${axisTick(v)}%`} stroke="var(--chart-axis)" />
        <YAxis
          type="category"
          dataKey="label"
          width={190}
          tick={{ fontSize: 12, fill: "var(--chart-ink)" }}
          interval={0}
          stroke="var(--chart-axis)"
        />
        <ReferenceLine
          x={average}
          stroke="var(--chart-ink)"
          strokeDasharray="5 4"
          strokeWidth={2}
          label={{ value: `All occupations ${formatPercentChange(average)}`, position: "top", fill: "var(--chart-ink)", fontSize: 12 }}
        />
        <Bar dataKey="changePercent" isAnimationActive={false}>
          {bars.map((bar) => (
            <Cell key={bar.socCode} fill={bar.changePercent > average ? ABOVE : BELOW} />
          ))}
          <LabelList
            dataKey="changePercent"
            position="right"
            formatter={(v: unknown) => formatPercentChange(Number(v))}
            fill="var(--chart-ink)"
            fontSize={12}
          />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
