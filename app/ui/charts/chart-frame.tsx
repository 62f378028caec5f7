import { Suspense, useCallback, useEffect, useId, useState, type ReactNode } from "react";
import { useHydrated } from "~/lib/use-hydrated";
import { preloadChartCode } from "~/ui/charts/chart-code";
import { ScrollBox } from "~/ui/scroll-box";

export interface ChartColumn<Row> {
  key: keyof Row & string;
  label: string;
  /** Formats a cell for the table (the CSV carries raw values). */
  format?: (value: Row[keyof Row], row: Row) => string;
  numeric?: boolean;
}

export interface ChartFrameProps<Row> {
  /** Stable id, used for anchors and the CSV file name. */
  id: string;
  title: string;
  /** One sentence stating the key figure, readable without the chart. */
  summary: string;
  /** Fixed chart box height in px (no layout shift when the SVG appears). */
  height: number;
  columns: ChartColumn<Row>[];
  rows: Row[];
  /** "Source: ..." line, with the data year. */
  source: string;
  /** Link to this chart's data as CSV. */
  csvHref: string;
  /** The chart itself; rendered only in the browser after hydration (recharts draws nothing on the server). */
  chart: () => ReactNode;
  /** Heading level of the title, to fit the page outline (default 3: a chart inside an h2 section). */
  headingLevel?: 2 | 3 | 4;
}

/**
 * The frame every chart sits in: title, one-sentence summary, a fixed-size box for the SVG, the source and data
 * year, the data as a table (in the server HTML, shown on demand) and a CSV download.
 */
export function ChartFrame<Row>({
  id,
  title,
  summary,
  height,
  columns,
  rows,
  source,
  csvHref,
  chart,
  headingLevel = 3,
}: ChartFrameProps<Row>) {
  const Heading = `h${headingLevel}` as const;
  const hydrated = useHydrated();
  const [nearViewport, watchBox] = useNearViewport();
  usePreloadWhenIdle();
  const titleId = useId();
  const summaryId = useId();
  return (
    <figure className="chart" id={id} aria-labelledby={titleId} aria-describedby={summaryId}>
      <Heading className="chart__title" id={titleId}>
        {title}
      </Heading>
      <p className="chart__summary" id={summaryId}>
        {summary}
      </p>
      <div className="chart__box" style={{ height }} aria-hidden="true" ref={watchBox}>
        {hydrated && nearViewport ? <Suspense fallback={null}>{chart()}</Suspense> : null}
      </div>
      <figcaption className="chart__source">{source}</figcaption>
      <details className="chart__data">
        <summary>Show the data as a table</summary>
        <ScrollBox label={`${title}: data table`}>
          <table className="data-table">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                {columns.map((c) => (
                  <th key={c.key} scope="col" className={c.numeric ? "num" : undefined}>
                    {c.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, i) => (
                <tr key={i}>
                  {columns.map((c, j) => {
                    const value = row[c.key];
                    const text = c.format ? c.format(value, row) : value === null || value === undefined ? "—" : String(value);
                    return j === 0 ? (
                      <th key={c.key} scope="row">
                        {text}
                      </th>
                    ) : (
                      <td key={c.key} className={c.numeric ? "num" : undefined}>
                        {text}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      </details>
      <p className="chart__download">
        <a href={csvHref} download>
          Download this chart's data (CSV)
        </a>
      </p>
    </figure>
  );
}

/**
 * Whether an element has come within a quarter of a screen of the viewport (and stays "reached" after). Charts
 * mount then, not all at once after hydration: drawing one takes a phone's main thread for a noticeable moment
 * (recharts mounts in several synchronous passes), and the reader's first taps at the top of the page should not
 * wait for a chart further down. The chart's code is already loaded by then (usePreloadWhenIdle), and its box
 * has its final size, so it appears in place.
 */
function useNearViewport(): [reached: boolean, watch: (element: HTMLDivElement | null) => (() => void) | undefined] {
  const [reached, setReached] = useState(false);
  const watch = useCallback(
    (element: HTMLDivElement | null) => {
      if (!element || reached) return undefined;
      if (typeof IntersectionObserver === "undefined") {
        setReached(true);
        return undefined;
      }
      const observer = new IntersectionObserver(
        (entries) => {
          if (entries.some((entry) => entry.isIntersecting)) {
            setReached(true);
            observer.disconnect();
          }
        },
        { rootMargin: "25% 0px" },
      );
      observer.observe(element);
      // React 19 calls a ref callback's cleanup when the element goes (or the callback changes).
      return () => observer.disconnect();
    },
    [reached],
  );
  return [reached, watch];
}

/** Fetches the chart code once the browser is idle after hydration (or after a second where it cannot say). */
function usePreloadWhenIdle(): void {
  useEffect(() => {
    const load = () => void preloadChartCode().catch(() => undefined);
    if (typeof window.requestIdleCallback === "function") {
      const handle = window.requestIdleCallback(load, { timeout: 3000 });
      return () => window.cancelIdleCallback(handle);
    }
    const timer = window.setTimeout(load, 1000);
    return () => window.clearTimeout(timer);
  }, []);
}
