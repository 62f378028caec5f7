import { formatDollars } from "~/lib/format";

export const PAY_POINT_LABELS = {
  p10: { label: "10th percentile", percentile: 10 },
  p25: { label: "25th percentile", percentile: 25 },
  median: { label: "Median", percentile: 50 },
  p75: { label: "75th percentile", percentile: 75 },
  p90: { label: "90th percentile", percentile: 90 },
} as const;

export type PayPointKey = keyof typeof PAY_POINT_LABELS;

interface PaySurvey {
  annual: Record<PayPointKey, number | null>;
  hourly: Record<PayPointKey, number | null>;
  topCoded: number[];
  topCodeAnnual: number | null;
}

/** One published percentile as text: the figure, "$239,200 or more" where OEWS top-codes it, or "not published". */
export function payCell(survey: PaySurvey, point: PayPointKey, unit: "annual" | "hourly"): string {
  const value = survey[unit][point];
  if (value !== null) return unit === "annual" ? formatDollars(value) : `$${value.toFixed(2)}`;
  if (survey.topCoded.includes(PAY_POINT_LABELS[point].percentile) && unit === "annual" && survey.topCodeAnnual !== null) {
    return `${formatDollars(survey.topCodeAnnual)} or more`;
  }
  return "not published";
}
