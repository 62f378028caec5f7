/**
 * The handout's growth chart (app/features/handout/components/growth-chart.tsx), drawn as SVG on the server: its zero
 * axis must never cross a label. A printed junior developer's handout had the axis run through "Computer occupations
 * (all 15-12xx)", whose label sits above its bar from the chart's left edge, where the axis is when every bar is
 * positive. If the axis were drawn as one line through the rows again, these fail.
 */
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { HandoutGrowthChart, layoutBars, zeroAxisSegments } from "~/features/handout/components/growth-chart";
import type { HandoutGrowthBar } from "~/features/handout/handout";

const bar = (key: string, label: string, changePercent: number, kind: HandoutGrowthBar["kind"]): HandoutGrowthBar => ({
  key,
  label,
  detail: null,
  changePercent,
  decimals: 1,
  kind,
  employmentBase: 1000,
  employmentProjected: 1100,
  baseYear: 2024,
  targetYear: 2034,
  sourceId: "bls",
});

const LABELS = ["Software developers", "Computer occupations (all 15-12xx)", "All occupations"];

/** Whether [a, b] and [c, d] share more than an end point. */
const overlaps = ([a, b]: [number, number], [c, d]: [number, number]) => a < d && c < b;

describe("the handout growth chart's zero axis", () => {
  it("is drawn beside each bar only when labels sit above the bars, clear of every label's lines", () => {
    const layout = layoutBars(LABELS, "above");
    const segments = zeroAxisSegments(layout, "above");
    expect(segments).toHaveLength(LABELS.length);
    for (const [i, row] of layout.rows.entries()) {
      // A label's lines fill [top, barY − 3] (three units of gap above its bar).
      const label: [number, number] = [row.top, row.barY - 3];
      for (const segment of segments) expect(overlaps(segment, label), `${LABELS[i]} crossed by ${segment.join("–")}`).toBe(false);
      expect(segments[i]![0]).toBeLessThanOrEqual(row.barY);
    }
  });

  it("is one line down the chart when labels have their own column beside the bars", () => {
    const layout = layoutBars(LABELS, "beside");
    expect(zeroAxisSegments(layout, "beside")).toEqual([[layout.rows[0]!.barY - 3, layout.height]]);
  });

  it("is drawn so in the rendered SVG: no label baseline lies on an axis piece", () => {
    const html = renderToStaticMarkup(
      <HandoutGrowthChart
        title="Projected growth"
        summary="Jobs grow."
        bars={[
          bar("role", "Software developers", 15.8, "role"),
          bar("context", "Computer occupations (all 15-12xx)", 10.1, "context"),
          bar("total", "All occupations", 3.1, "total"),
        ]}
        periodLabel="2024–34"
        baseYear={2024}
        targetYear={2034}
        dataTable="The table below gives these figures."
      />,
    );
    const axes = [...html.matchAll(/<line class="handout-chart__axis"[^>]*y1="([\d.]+)" y2="([\d.]+)"/g)].map((m): [number, number] => [
      Number(m[1]),
      Number(m[2]),
    ]);
    expect(axes.length).toBeGreaterThan(1);
    const baselines = [...html.matchAll(/<tspan[^>]*y="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(baselines).toHaveLength(LABELS.length);
    // A glyph reaches about one font size (11) above its baseline and a quarter of one below.
    for (const baseline of baselines) for (const axis of axes) expect(overlaps(axis, [baseline - 11, baseline + 3])).toBe(false);
  });
});
