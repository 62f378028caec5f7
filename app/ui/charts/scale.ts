/*
 * The value axis of our bar charts: round ends, about five evenly spaced ticks that include zero when the bars cross
 * it, and tick labels written as the figures beside them are (a true minus sign, "−12", not "-12"). Pure, so the
 * charts' code (loaded after hydration) and the tests share it.
 */

/** Round axis ends and about five evenly spaced ticks, with headroom above the longest bar for its label. */
export function niceScale(min: number, max: number): { domain: [number, number]; ticks: number[] } {
  const span = (max - min) * 1.15 || 1;
  const rough = span / 4;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * magnitude >= rough) ?? 10) * magnitude;
  const low = min < 0 ? Math.floor((min - (max - min) * 0.15) / step) * step : 0;
  const high = Math.ceil((max + (max - min) * 0.15) / step) * step || step;
  const ticks: number[] = [];
  for (let t = low; t <= high + step / 2; t += step) ticks.push(Number(t.toPrecision(12)));
  return { domain: [low, high], ticks };
}

// Made on first use, not when the module loads: the chart code is fetched and evaluated while the browser is idle
// after hydration (chart-frame.tsx), and the first number formatter a page builds loads the browser's locale data, a
// task of 60-100 ms on Lighthouse's slowed-down phone (77-86 ms under the dashboard's growth chart, whose ticks are
// whole percents, whichever formatter it was). A whole number under 1,000 is written as either formatter writes it,
// and below 1,000 compact notation writes what the standard one does (tests/unit/chart-scale.test.ts checks both), so
// only an axis of counts, or of fractions, builds one.
let compact: Intl.NumberFormat | undefined;
let standard: Intl.NumberFormat | undefined;

/** The first number compact notation writes otherwise than the standard one ("1K", not "1,000"). */
export const COMPACT_FROM = 999.95;

/** A tick's label: compact ("55.6K"), negative with U+2212 as our figures are written. */
export function axisTick(value: number): string {
  const size = Math.abs(value);
  const text =
    size < 1000 && Number.isInteger(size)
      ? String(size)
      : size < COMPACT_FROM
        ? (standard ??= new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 })).format(size)
        : (compact ??= new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 })).format(size);
  return value < 0 ? `−${text}` : text;
}
