import { formatDollars, formatWageYear } from "~/lib/format";

/*
 * OEWS wage percentiles (pay_percentiles, db/schema/occupations.ts) as every page shows them: the occupation page's
 * table, the comparison's pay range, and the 10th-90th spread beside a role's median. Browser-safe: no database.
 */

export const PAY_POINTS = ["p10", "p25", "median", "p75", "p90"] as const;
export type PayPoint = (typeof PAY_POINTS)[number];
export type PayPointKey = PayPoint;

export const PAY_POINT_LABELS = {
  p10: { label: "10th percentile", percentile: 10 },
  p25: { label: "25th percentile", percentile: 25 },
  median: { label: "Median", percentile: 50 },
  p75: { label: "75th percentile", percentile: 75 },
  p90: { label: "90th percentile", percentile: 90 },
} as const satisfies Record<PayPoint, { label: string; percentile: number }>;

/** One OEWS survey of one occupation, as published (null where OEWS publishes no figure or top-codes it). */
export interface PayPercentiles {
  wageYear: number;
  employment: number | null;
  annual: Record<PayPoint, number | null>;
  hourly: Record<PayPoint, number | null>;
  topCoded: number[];
  topCodeAnnual: number | null;
  annualOnly: boolean;
  sourceId: string;
}

/** The percentiles of one occupation (by SOC code), as a page's loader lists them for several occupations. */
export interface OccupationPay extends PayPercentiles {
  socCode: string;
}

/** One published percentile as text: the figure, "$239,200 or more" where OEWS top-codes it, or "not published". */
export function payCell(
  survey: Omit<PayPercentiles, "employment" | "annualOnly" | "sourceId" | "wageYear">,
  point: PayPoint,
  unit: "annual" | "hourly",
): string {
  const value = survey[unit][point];
  if (value !== null) return unit === "annual" ? formatDollars(value) : formatHourly(value);
  if (survey.topCoded.includes(PAY_POINT_LABELS[point].percentile) && unit === "annual" && survey.topCodeAnnual !== null) {
    return `${formatDollars(survey.topCodeAnnual)} or more`;
  }
  return "not published";
}

/** "$23.33": dollars an hour, to the cent, as OEWS publishes hourly wages. */
function formatHourly(value: number): string {
  return `$${value.toFixed(2)}`;
}

/**
 * An occupation's median pay as every page shows it, with its source and May year: an annual median, OEWS's top code
 * (the median is at least that), or, where OEWS publishes hourly pay only (actors, dancers, musicians: 27-2011 …), the
 * hourly median. An hourly figure is never turned into a yearly one: `per` says which it is.
 */
export interface MedianPay {
  value: number;
  per: "year" | "hour";
  /** OEWS top-codes the median: `value` is its top code ("$239,200 or more"). */
  atLeast: boolean;
  wageYear: number;
  sourceId: string;
}

/** The parts of an OEWS survey a median is read from (PayPercentiles has them). */
export interface MedianSurvey {
  wageYear: number;
  sourceId: string;
  annual: { median: number | null };
  hourly: { median: number | null };
  topCoded: readonly number[];
  topCodeAnnual: number | null;
}

/** A projection line's own median (BLS prints its base year's OEWS median with it), as far as it carries one. */
export interface LineMedian {
  medianAnnualWage: number | null;
  wageYear: number | null;
  sourceId: string;
}

/** The survey's median as published: annual, top-coded, else hourly; null when it publishes none. */
export function surveyMedian(survey: MedianSurvey): MedianPay | null {
  const { wageYear, sourceId } = survey;
  if (survey.annual.median !== null) return { value: survey.annual.median, per: "year", atLeast: false, wageYear, sourceId };
  if (survey.topCoded.includes(PAY_POINT_LABELS.median.percentile) && survey.topCodeAnnual !== null) {
    return { value: survey.topCodeAnnual, per: "year", atLeast: true, wageYear, sourceId };
  }
  if (survey.hourly.median !== null) return { value: survey.hourly.median, per: "hour", atLeast: false, wageYear, sourceId };
  return null;
}

/**
 * The median in an occupation's quick facts: its newest OEWS survey's, as published (surveyMedian); else the
 * projection line's median wage; null when neither has one.
 */
export function profileMedian(survey: MedianSurvey | null | undefined, line: LineMedian): MedianPay | null {
  return (survey ? surveyMedian(survey) : null) ?? ownLineMedian(line);
}

/**
 * The median beside a projection line in a list, a comparison, a slide or the API: the line's own median wage; where
 * BLS prints none, what the OEWS survey of the line's base year publishes (its top code, or its hourly median). Null
 * when neither publishes one, or when `survey` is another year's (a median is never paired with another survey).
 */
export function lineMedianPay(line: LineMedian & { baseYear: number }, survey: MedianSurvey | null | undefined): MedianPay | null {
  return ownLineMedian(line) ?? (survey && survey.wageYear === line.baseYear ? surveyMedian(survey) : null);
}

/**
 * A listed projection line's median (lineMedianPay) and the OEWS survey it is read beside: the survey of the line's own
 * median's May year, or, where BLS prints no median, of the line's base year (whose top code or hourly median
 * lineMedianPay then gives). `surveyOf` looks a survey up by May year (keptPayLookup's, for the row's SOC code). Both
 * null for an occupation with no line in the period (`sourceId` null).
 */
export function listedLineMedian(
  line: { medianAnnualWage: number | null; wageYear: number | null; sourceId: string | null },
  baseYear: number,
  surveyOf: (wageYear: number) => OccupationPay | null,
): { median: MedianPay | null; pay: OccupationPay | null } {
  if (line.sourceId === null) return { median: null, pay: null };
  const pay = surveyOf(line.wageYear ?? baseYear);
  return { median: lineMedianPay({ ...line, sourceId: line.sourceId, baseYear }, pay), pay };
}

function ownLineMedian(line: LineMedian): MedianPay | null {
  if (line.medianAnnualWage === null || line.wageYear === null) return null;
  return { value: line.medianAnnualWage, per: "year", atLeast: false, wageYear: line.wageYear, sourceId: line.sourceId };
}

/** "$133,080", "$239,200 or more", "$23.33 an hour": a median as text, its unit said where it is not a year's pay. */
export function medianPayText(median: MedianPay): string {
  if (median.per === "hour") return `${formatHourly(median.value)} an hour`;
  return median.atLeast ? `${formatDollars(median.value)} or more` : formatDollars(median.value);
}

/** Said wherever an hourly median stands beside yearly ones (a list's pay filter, a pay chart in dollars a year). */
export const HOURLY_ONLY_NOTE = "OEWS publishes hourly pay only for this occupation (no annual figure)";

/**
 * The survey of `socCode` whose May year is `wageYear`: the one a median shown beside it comes from (BLS prints the
 * OEWS median of its base year with each projection). Null when that survey's percentiles are not loaded, so a
 * spread is never paired with another year's median.
 */
export function payFor(pays: readonly OccupationPay[], socCode: string, wageYear: number | null): OccupationPay | null {
  if (wageYear === null) return null;
  return pays.find((p) => p.socCode === socCode && p.wageYear === wageYear) ?? null;
}

export const PAY_SPREAD_LABEL = "10th–90th percentile";

/**
 * "$52,190 to $162,090": the annual 10th to 90th percentile as published, with a top-coded 90th percentile as
 * "$239,200 or more". Null when OEWS publishes neither end (an hourly-only occupation).
 */
export function paySpreadText(pay: PayPercentiles): string | null {
  const low = payCell(pay, "p10", "annual");
  const high = payCell(pay, "p90", "annual");
  if (low === "not published" || high === "not published") return null;
  return `${low} to ${high}`;
}

/**
 * The survey whose 10th-90th spread (paySpreadText) a list or slide shows under `median`: `pay` when it is the
 * median's own survey and publishes both ends. None under an hourly median: OEWS publishes no annual percentiles for
 * it, and its hourly ones stay on the occupation's page rather than mix units beside yearly spreads.
 */
export function medianSpread<Survey extends PayPercentiles>(median: MedianPay | null, pay: Survey | null | undefined): Survey | null {
  if (!median || !pay || median.per !== "year" || pay.wageYear !== median.wageYear) return null;
  return paySpreadText(pay) ? pay : null;
}

/** "10th–90th percentile: $52,190 to $162,090 (May 2024)", for slides and other plain text; null as paySpreadText. */
export function paySpreadSentence(pay: PayPercentiles): string | null {
  const spread = paySpreadText(pay);
  return spread ? `${PAY_SPREAD_LABEL}: ${spread} (${formatWageYear(pay.wageYear)})` : null;
}

/**
 * What the low percentiles are, in words for students: never a starting salary. `quarter` adds the 25th
 * percentile (the occupation page and the comparison show it; the role lists show the 10th-90th spread only).
 */
export function lowPercentilesNote({ quarter }: { quarter: boolean }): { lead: string; rest: string } {
  return quarter
    ? {
        lead: "The 10th and 25th percentiles are not a starting salary.",
        rest: "They are what the lowest-paid tenth and quarter of all workers in the occupation earn, whatever their experience; starting pay depends on the employer, the place and the job.",
      }
    : {
        lead: "The 10th percentile is not a starting salary.",
        rest: "It is what the lowest-paid tenth of all workers in the occupation earn, whatever their experience; starting pay depends on the employer, the place and the job.",
      };
}
