import { Bar, BarChart, CartesianGrid, Cell, LabelList, ReferenceLine, ResponsiveContainer, useChartWidth, XAxis, YAxis } from "recharts";
import { formatPercentChange } from "~/lib/format";
import type { GrowthBar } from "~/ui/charts/growth-bars";
import { axisTick, niceScale } from "~/ui/charts/scale";

/** The plot's margins: the top one holds the all-occupations line's label, the left one half the first tick's ("−20%"). */
const GROWTH_BARS_MARGIN = { top: 28, right: 56, bottom: 8, left: 24 };
const ABOVE = "var(--chart-emphasis)";
const BELOW = "var(--chart-context)";
const INK = "var(--chart-ink)";
/** A band of the page's own colour behind text, so the dashed all-occupations line never runs through a label. */
const HALO = { paintOrder: "stroke", stroke: "var(--paper)", strokeWidth: 5, strokeLinejoin: "round" } as const;

interface LabelProps {
  x?: number | string;
  y?: number | string;
  width?: number | string;
  height?: number | string;
  index?: number;
}

/**
 * The recharts part of GrowthBars, loaded lazily after hydration. Each bar carries its occupation as a line of text
 * above it, from the plot's left edge (as the profile charts do, so long titles fit on a phone), and its value beyond
 * its end, on the side it grows to; the average is a labelled dashed line, and every label is drawn over it. Nothing
 * depends on colour (the two fills also differ in lightness).
 */
/** Wider than most 12 px characters are, so a line estimated to fit does fit. */
const CHARACTER_WIDTH = 7;
const LINE_HEIGHT = 13;

/** Words in lines no wider than `width`, at most two (the second ends in "…" if the name is longer still). */
export function wrapLabel(label: string, width: number): string[] {
  const perLine = Math.max(8, Math.floor(width / CHARACTER_WIDTH));
  const lines: string[] = [];
  for (const word of label.split(" ")) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= perLine) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length <= 2) return lines;
  const second = lines.slice(1).join(" ");
  return [lines[0]!, `${second.slice(0, perLine - 1).trimEnd()}…`];
}

/** An occupation's name above its bar, from the plot's left edge, in two lines where the chart is narrow (a phone). */
function CategoryLabel({ label, barTop }: { label: string; barTop: number }) {
  const width = useChartWidth() ?? 0;
  const lines = width > 0 ? wrapLabel(label, width - GROWTH_BARS_MARGIN.left - 4) : [label];
  return (
    <text x={GROWTH_BARS_MARGIN.left} y={barTop - 5 - (lines.length - 1) * LINE_HEIGHT} fill={INK} fontSize={12} style={HALO}>
      {lines.map((line, i) => (
        <tspan key={i} x={GROWTH_BARS_MARGIN.left} dy={i === 0 ? 0 : LINE_HEIGHT}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

export default function GrowthBarsChart({ bars, average }: { bars: GrowthBar[]; average: number }) {
  const values = bars.map((b) => b.changePercent);
  // Ticks at round percents through zero (the bars start there), with room beside the longest bar for its label.
  const { domain, ticks } = niceScale(Math.min(0, average, ...values), Math.max(0, average, ...values));

  const renderValue = ({ x = 0, y = 0, width = 0, height = 0, index = 0 }: LabelProps) => {
    const bar = bars[index];
    if (!bar) return null;
    const [bx, by, bw, bh] = [Number(x), Number(y), Number(width), Number(height)];
    const negative = bar.changePercent < 0;
    const end = negative ? Math.min(bx, bx + bw) - 6 : Math.max(bx, bx + bw) + 6;
    return (
      <text x={end} y={by + bh / 2} dy="0.35em" textAnchor={negative ? "end" : "start"} fill={INK} fontSize={12} style={HALO}>
        {formatPercentChange(bar.changePercent)}
      </text>
    );
  };

  const renderCategory = ({ y = 0, index = 0 }: LabelProps) => {
    const bar = bars[index];
    return bar ? <CategoryLabel label={bar.label} barTop={Number(y)} /> : null;
  };

  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={bars} layout="vertical" margin={GROWTH_BARS_MARGIN} accessibilityLayer={false}>
        <CartesianGrid horizontal={false} stroke="var(--chart-grid)" />
        <XAxis
          type="number"
          domain={domain}
          ticks={ticks}
          interval={0}
          tickFormatter={(v: number) => `${axisTick(v)}%`}
          stroke="var(--chart-axis)"
        />
        <YAxis type="category" dataKey="label" hide />
        <ReferenceLine x={0} stroke="var(--chart-axis)" />
        <ReferenceLine
          x={average}
          stroke={INK}
          strokeDasharray="5 4"
          strokeWidth={2}
          label={{ value: `All occupations ${formatPercentChange(average)}`, position: "top", fill: INK, fontSize: 12 }}
        />
        <Bar dataKey="changePercent" isAnimationActive={false} barSize={16}>
          {bars.map((bar) => (
            <Cell key={bar.socCode} fill={bar.changePercent > average ? ABOVE : BELOW} />
          ))}
          <LabelList dataKey="changePercent" content={renderValue} />
          <LabelList dataKey="label" content={renderCategory} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
