import { lazy } from "react";

/** One bar of a profile chart: its category label, value, the value as the page writes it, and emphasis. */
export interface LabelledBar {
  key: string;
  label: string;
  value: number;
  valueLabel: string;
  /** The bar the chart is about (drawn hatched and with a bold label, not only in another colour). */
  emphasis: boolean;
}

/** recharts is loaded after the first render: this chunk is fetched only when a chart is drawn. */
export const LabelledBars = lazy(() => import("~/ui/charts/labelled-bars.client"));
