import { useId } from "react";
import { SourceRef } from "~/features/sources/components/sources-context";
import { formatCount, formatPercentChange } from "~/lib/format";
import type { HandoutGrowthBar } from "~/features/handout/handout";

/** Drawing units of the SVG (it scales to the column's width). */
const WIDTH = 360;
const FONT_SIZE = 11;
const LINE_HEIGHT = 12;
const BAR_HEIGHT = 11;
const ROW_GAP = 6;
/** Room beside a bar's end for its value. */
const VALUE_ROOM = 52;
/** Labels beside the bars (short labels such as role titles) get this column. */
const SIDE_LABEL_WIDTH = 165;
/**
 * Characters per label line, from a generous average glyph width (0.56 em: DejaVu Sans, among the widest sans-serif
 * fonts, averages about 0.55 em on mixed-case text), so labels stay inside the box whatever the machine's font.
 */
const charsPerLine = (width: number) => Math.floor(width / (FONT_SIZE * 0.56));

/** Breaks a label into lines of at most `max` characters, at spaces (a longer word gets a line of its own). */
export function wrapLabel(label: string, max: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of label.split(" ")) {
    if (line && `${line} ${word}`.length > max) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export interface BarLayout {
  lines: string[];
  /** Top of the first label line's box, of the bar, and the row's height. */
  top: number;
  barY: number;
  height: number;
}

/** Where each row goes: labels above their bar (wrapped to the chart's width) or beside it (wrapped to their column). */
export function layoutBars(labels: string[], placement: "above" | "beside"): { rows: BarLayout[]; height: number } {
  let y = 2;
  const rows = labels.map((label) => {
    const lines = wrapLabel(label, charsPerLine(placement === "beside" ? SIDE_LABEL_WIDTH - 8 : WIDTH));
    const labelHeight = lines.length * LINE_HEIGHT;
    const height = placement === "beside" ? Math.max(labelHeight, BAR_HEIGHT) + ROW_GAP + 2 : labelHeight + 3 + BAR_HEIGHT + ROW_GAP;
    const barY = placement === "beside" ? y + (height - ROW_GAP - BAR_HEIGHT) / 2 : y + labelHeight + 3;
    const row = { lines, top: y, barY, height };
    y += height;
    return row;
  });
  return { rows, height: y + 2 };
}

/**
 * Where the zero axis is drawn, as [top, bottom] pieces. Beside-labels have a column of their own left of the axis,
 * so it is one line from the first bar down. Labels above their bars span the chart's width, so the axis is drawn
 * only beside each bar, never through a label (a printed handout had it run through "Computer occupations (all
 * 15-12xx)").
 */
export function zeroAxisSegments(layout: { rows: BarLayout[]; height: number }, placement: "above" | "beside"): [number, number][] {
  const [first] = layout.rows;
  if (!first) return [];
  if (placement === "beside") return [[first.barY - 3, layout.height]];
  return layout.rows.map((row) => [row.barY - 2, row.barY + BAR_HEIGHT + 2]);
}

/**
 * The handout's key chart: projected growth as horizontal bars against the all-occupations rate, drawn as SVG on
 * the server (recharts draws nothing on the server, and a printed page must not wait for JavaScript). The bar the
 * chart is about is solid, wider groups are hatched, all occupations is an outline, and every bar is labelled, so
 * nothing depends on colour. The same figures follow as a table; the SVG is hidden from screen readers.
 */
export function HandoutGrowthChart({
  title,
  summary,
  bars,
  periodLabel,
  baseYear,
  targetYear,
  labels = "above",
  dataTable,
}: {
  title: string;
  summary: string;
  bars: HandoutGrowthBar[];
  periodLabel: string;
  baseYear: number;
  targetYear: number;
  /** "above" each bar (long labels) or "beside" it (short labels, a shorter chart). */
  labels?: "above" | "beside";
  /** Where the page already tabulates these figures: a sentence saying where, printed instead of repeating the table. */
  dataTable?: string;
}) {
  const id = useId();
  const titleId = `${id}-title`;
  const hatchId = `${id}-hatch`.replace(/:/g, "");
  if (bars.length === 0) {
    return (
      <section className="handout-chart" aria-labelledby={titleId}>
        <h2 id={titleId}>{title}</h2>
        <p>BLS published no projection for this period, so there is nothing to chart.</p>
      </section>
    );
  }
  const values = bars.map((b) => b.changePercent);
  const min = Math.min(0, ...values);
  const max = Math.max(0, ...values);
  const beside = labels === "beside";
  const labelWidth = beside ? SIDE_LABEL_WIDTH : 0;
  const left = labelWidth + (min < 0 ? VALUE_ROOM : 0);
  const right = max > 0 ? VALUE_ROOM : 0;
  const span = max - min || 1;
  const x = (v: number) => left + ((v - min) / span) * (WIDTH - left - right);
  const layout = layoutBars(
    bars.map((b) => b.label),
    labels,
  );
  const height = layout.height;
  const fill = { role: "#000", context: `url(#${hatchId})`, total: "#fff" } as const;
  return (
    <figure className="handout-chart" aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      <p className="handout-chart__summary">
        {summary}
        {dataTable ? ` ${dataTable}` : null}
      </p>
      <svg className="handout-chart__svg" viewBox={`0 0 ${WIDTH} ${height}`} aria-hidden="true" focusable="false">
        <defs>
          <pattern id={hatchId} width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="5" height="5" fill="#fff" />
            <line x1="0" y1="0" x2="0" y2="5" stroke="#000" strokeWidth="2" />
          </pattern>
        </defs>
        {bars.map((bar, i) => {
          const { lines, top, barY } = layout.rows[i]!;
          // Beside the bar, the label's lines are centred on it.
          const firstBaseline = beside
            ? barY + BAR_HEIGHT / 2 - ((lines.length - 1) * LINE_HEIGHT) / 2 + FONT_SIZE * 0.35
            : top + LINE_HEIGHT - 2;
          const from = Math.min(x(0), x(bar.changePercent));
          const width = Math.max(Math.abs(x(bar.changePercent) - x(0)), 1);
          const positive = bar.changePercent >= 0;
          return (
            <g key={bar.key}>
              <text fontSize={FONT_SIZE} fontWeight={bar.kind === "role" && !beside ? 700 : 400} textAnchor={beside ? "end" : "start"}>
                {lines.map((line, j) => (
                  <tspan key={j} x={beside ? labelWidth - 6 : 0} y={firstBaseline + j * LINE_HEIGHT}>
                    {line}
                  </tspan>
                ))}
              </text>
              <rect x={from} y={barY} width={width} height={BAR_HEIGHT} fill={fill[bar.kind]} stroke="#000" strokeWidth="1" />
              <text
                x={positive ? x(bar.changePercent) + 4 : x(bar.changePercent) - 4}
                y={barY + BAR_HEIGHT - 1.5}
                fontSize={FONT_SIZE}
                fontWeight={700}
                textAnchor={positive ? "start" : "end"}
              >
                {formatPercentChange(bar.changePercent, bar.decimals)}
              </text>
            </g>
          );
        })}
        {zeroAxisSegments(layout, labels).map(([top, bottom]) => (
          <line key={top} className="handout-chart__axis" x1={x(0)} x2={x(0)} y1={top} y2={bottom} stroke="#000" strokeWidth="1" />
        ))}
      </svg>
      {dataTable ? null : (
        <table className="handout-table handout-chart__table">
          <caption className="visually-hidden">{title}: the data</caption>
          <thead>
            <tr>
              <th scope="col">Occupation</th>
              <th scope="col" className="num">
                Change, {periodLabel}
              </th>
              <th scope="col" className="num">
                Jobs {baseYear} → {targetYear}
              </th>
            </tr>
          </thead>
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.key}>
                <th scope="row">
                  {bar.detail ? `${bar.label}, ${bar.detail}` : bar.label} <SourceRef id={bar.sourceId} />
                </th>
                <td className="num">{formatPercentChange(bar.changePercent, bar.decimals)}</td>
                <td className="num">
                  {formatCount(bar.employmentBase)} → {formatCount(bar.employmentProjected)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </figure>
  );
}
