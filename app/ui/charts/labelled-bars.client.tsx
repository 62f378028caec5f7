import { useId } from "react";
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ReferenceLine, XAxis, YAxis } from "recharts";
import type { LabelledBar } from "~/ui/charts/labelled-bars";
import { axisTick, niceScale } from "~/ui/charts/scale";

const EMPHASIS = "var(--chart-emphasis)";
const HORIZONTAL_MARGIN = { top: 16, right: 64, bottom: 8, left: 8 };
const CONTEXT = "var(--chart-context)";
const INK = "var(--chart-ink)";
const AXIS = "var(--chart-axis)";

interface LabelProps {
  x?: number | string;
  y?: number | string;
  width?: number | string;
  height?: number | string;
  value?: unknown;
  index?: number;
}

/**
 * The recharts part of the profile charts, loaded lazily after hydration. Every bar carries its value as text
 * and its category on the axis; the bar the chart is about is also hatched, so nothing depends on colour.
 */
export default function LabelledBarsChart({
  bars,
  orientation,
  valueSuffix = "",
}: {
  bars: LabelledBar[];
  /** "horizontal": bars grow to the right from category labels on the left (long labels); "vertical": columns. */
  orientation: "horizontal" | "vertical";
  valueSuffix?: string;
}) {
  const hatchId = `hatch-${useId().replace(/:/g, "")}`;
  const values = bars.map((b) => b.value);
  const min = Math.min(0, ...values);
  const max = Math.max(0, ...values);
  const { domain, ticks } = niceScale(min, max);
  const horizontal = orientation === "horizontal";

  // Value labels sit beyond the end of each bar, on the side the bar grows to (negative bars included).
  const renderLabel = ({ x = 0, y = 0, width = 0, height = 0, index = 0 }: LabelProps) => {
    const bar = bars[index];
    if (!bar) return null;
    const [bx, by, bw, bh] = [Number(x), Number(y), Number(width), Number(height)];
    if (horizontal) {
      const negative = bar.value < 0;
      const end = negative ? Math.min(bx, bx + bw) - 6 : Math.max(bx, bx + bw) + 6;
      return (
        <text
          x={end}
          y={by + bh / 2}
          dy="0.35em"
          textAnchor={negative ? "end" : "start"}
          fill={INK}
          fontSize={13}
          fontWeight={bar.emphasis ? 700 : 400}
        >
          {bar.valueLabel}
        </text>
      );
    }
    const negative = bar.value < 0;
    const end = negative ? Math.max(by, by + bh) + 16 : Math.min(by, by + bh) - 8;
    return (
      <text x={bx + bw / 2} y={end} textAnchor="middle" fill={INK} fontSize={13} fontWeight={bar.emphasis ? 700 : 400}>
        {bar.valueLabel}
      </text>
    );
  };

  // Horizontal bars carry their category as a line of text above the bar, from the plot's left edge (the
  // hidden category axis takes no width), so long labels fit on a phone.
  const renderCategory = ({ y = 0, index = 0 }: LabelProps) => {
    const bar = bars[index];
    if (!bar) return null;
    return (
      <text x={HORIZONTAL_MARGIN.left} y={Number(y) - 6} fill={INK} fontSize={13} fontWeight={bar.emphasis ? 700 : 400}>
        {bar.label}
      </text>
    );
  };

  return (
    <BarChart
      data={bars}
      layout={horizontal ? "vertical" : "horizontal"}
      responsive
      style={{ width: "100%", height: "100%" }}
      margin={horizontal ? HORIZONTAL_MARGIN : { top: 28, right: 16, bottom: 8, left: 16 }}
      accessibilityLayer={false}
    >
      <defs>
        <pattern id={hatchId} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="8" height="8" fill={EMPHASIS} />
          <line x1="0" y1="0" x2="0" y2="8" stroke="var(--paper)" strokeWidth="3" />
        </pattern>
      </defs>
      <CartesianGrid horizontal={!horizontal} vertical={horizontal} stroke="var(--chart-grid)" />
      {horizontal ? (
        <>
          <XAxis type="number" domain={domain} ticks={ticks} tickFormatter={(v: number) => `${axisTick(v)}${valueSuffix}`} stroke={AXIS} />
          <YAxis type="category" dataKey="label" hide />
        </>
      ) : (
        <>
          <XAxis type="category" dataKey="label" tick={{ fontSize: 12, fill: INK }} interval={0} stroke={AXIS} />
          <YAxis
            type="number"
            domain={domain}
            ticks={ticks}
            width={72}
            tickFormatter={(v: number) => `${axisTick(v)}${valueSuffix}`}
            stroke={AXIS}
          />
        </>
      )}
      {min < 0 ? horizontal ? <ReferenceLine x={0} stroke={INK} /> : <ReferenceLine y={0} stroke={INK} /> : null}
      <Bar dataKey="value" isAnimationActive={false} maxBarSize={horizontal ? 20 : 72}>
        {bars.map((bar) => (
          <Cell key={bar.key} fill={bar.emphasis ? `url(#${hatchId})` : CONTEXT} stroke={bar.emphasis ? EMPHASIS : AXIS} />
        ))}
        <LabelList dataKey="valueLabel" content={renderLabel} />
        {horizontal ? <LabelList dataKey="label" content={renderCategory} /> : null}
      </Bar>
    </BarChart>
  );
}
