import { Bar, BarChart, CartesianGrid, Cell, LabelList, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from "recharts";
import { formatPercentChange } from "~/lib/format";
import type { GrowthBar } from "~/ui/charts/growth-bars";

const ABOVE = "#12355b";
const BELOW = "#6b7a90";

/**
 * The recharts part of GrowthBars, loaded lazily after hydration. Value labels sit on every bar and the
 * average is a labelled dashed line, so nothing depends on colour (the two fills also differ in lightness).
 */
export default function GrowthBarsChart({ bars, average }: { bars: GrowthBar[]; average: number }) {
  const values = bars.map((b) => b.changePercent);
  const min = Math.min(0, average, ...values);
  const max = Math.max(0, average, ...values);
  const pad = Math.max(4, (max - min) * 0.15);
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={bars} layout="vertical" margin={{ top: 24, right: 56, bottom: 8, left: 8 }} accessibilityLayer={false}>
        <CartesianGrid horizontal={false} stroke="#d3d9e2" />
        <XAxis
          type="number"
          domain={[Math.floor(min - (min < 0 ? pad : 0)), Math.ceil(max + pad)]}
          tickFormatter={(v: number) => `${v}%`}
          stroke="#4a5365"
        />
        <YAxis type="category" dataKey="label" width={190} tick={{ fontSize: 12, fill: "#1a1f2b" }} interval={0} stroke="#4a5365" />
        <ReferenceLine
          x={average}
          stroke="#1a1f2b"
          strokeDasharray="5 4"
          strokeWidth={2}
          label={{ value: `All occupations ${formatPercentChange(average)}`, position: "top", fill: "#1a1f2b", fontSize: 12 }}
        />
        <Bar dataKey="changePercent" isAnimationActive={false}>
          {bars.map((bar) => (
            <Cell key={bar.socCode} fill={bar.changePercent > average ? ABOVE : BELOW} />
          ))}
          <LabelList
            dataKey="changePercent"
            position="right"
            formatter={(v: unknown) => formatPercentChange(Number(v))}
            fill="#1a1f2b"
            fontSize={12}
          />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
