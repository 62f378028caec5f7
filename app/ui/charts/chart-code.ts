/**
 * The browser-only chart modules (recharts and our two wrappers around it). Each chart loads its own with
 * React.lazy when it mounts; ChartFrame also calls this when the browser is idle after hydration, so a chart the
 * reader scrolls to draws without waiting for the network. import() runs each module once, whoever asks first.
 */
export function preloadChartCode(): Promise<unknown> {
  return Promise.all([import("~/ui/charts/growth-bars.client"), import("~/ui/charts/labelled-bars.client")]);
}
