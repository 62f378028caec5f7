/**
 * BLS projection periods as the pages use them. Which periods exist is data (the projection_periods table, loaded
 * by the importer), never a list in code: a new BLS release is one importer run, and every list of periods, every
 * default and every "(latest)" mark comes from the loaded rows. Plain data and pure functions (browser-safe).
 */
import type { OccupationKind, ProjectionVintage } from "~db/schema/enums";
import { formatPercentChange } from "~/lib/format";

export type { ProjectionVintage };

/**
 * A verbal growth band of one period ("Much faster than average (7% or higher)"), as published for that period:
 * the BLS one-decimal percent changes it covers, inclusive (null = open-ended). `isDerived` marks a band Career
 * Atlas worked out itself, which is never presented as BLS's or O*NET's.
 */
export interface GrowthBand {
  /** 1 = the fastest band. */
  rank: number;
  label: string;
  minPercent: number | null;
  maxPercent: number | null;
  isDerived: boolean;
  sourceId: string;
}

/** A loaded projection period ("2024-34": base 2024, target 2034) with its verbal growth bands, fastest first. */
export interface ProjectionPeriod {
  vintage: ProjectionVintage;
  baseYear: number;
  targetYear: number;
  /** The BLS table the period's detailed occupations were read from. */
  sourceId: string;
  /** None where no band table is verified for the period (data/reference/growth-bands.md): then no band is shown. */
  growthBands: GrowthBand[];
}

/** A loaded period as lists and links show it. */
export interface PeriodOption {
  vintage: ProjectionVintage;
  /** "2024–34": the period's base year and the last two digits of its target year, the way BLS writes it. */
  label: string;
  /** Whether the period has a verified table of growth bands, which the growth filters need. */
  hasGrowthBands: boolean;
}

/** The loaded periods a page lists and links to. */
export interface LoadedPeriods {
  /** Newest first. */
  options: PeriodOption[];
  /** The newest loaded period: what a page shows when the address names none, so addresses leave it out. */
  latest: ProjectionVintage;
}

/** "2024–34", from the period's own years (base year, en dash, the target year's last two digits). */
export function periodLabel({ baseYear, targetYear }: Pick<ProjectionPeriod, "baseYear" | "targetYear">): string {
  return `${baseYear}–${String(targetYear).slice(-2)}`;
}

/** The loaded periods (newest first, as listProjectionPeriods returns them) as pages list them. */
export function loadedPeriods(periods: readonly ProjectionPeriod[]): LoadedPeriods {
  const [newest] = periods;
  if (!newest) throw new Error("loadedPeriods needs at least one period (no data loaded is answered before)");
  return {
    options: periods.map((p) => ({ vintage: p.vintage, label: periodLabel(p), hasGrowthBands: p.growthBands.length > 0 })),
    latest: newest.vintage,
  };
}

/** "2024–34", "2024–34 and 2025–35": the loaded periods with growth bands, oldest first; null when none has them. */
function bandedPeriodsText({ options }: LoadedPeriods): string | null {
  const labels = options
    .filter((o) => o.hasGrowthBands)
    .map((o) => o.label)
    .reverse();
  if (labels.length === 0) return null;
  return labels.length === 1 ? labels[0]! : `${labels.slice(0, -1).join(", ")} and ${labels.at(-1)}`;
}

/**
 * Beside a growth filter for a period without growth bands: which periods it applies to ("Growth bands are verified
 * for 2024–34 only; none for 2022–32."). Bands are never carried over from another period, whose cut-offs differ.
 */
export function noGrowthBandsText(periods: LoadedPeriods, shown: ProjectionVintage): string {
  const banded = bandedPeriodsText(periods);
  const label = periodLabelOf(periods, shown);
  return banded
    ? `Growth bands are verified for ${banded} only; none for ${label}.`
    : `No projection period has a verified table of growth bands; none for ${label}.`;
}

/**
 * What a list says when its address asks for a growth band in a period without bands (the filter form sends one
 * when only the period is changed): the list is shown without that filter, and says so.
 */
export function growthFilterNotAppliedText(periods: LoadedPeriods, shown: ProjectionVintage): string {
  const banded = bandedPeriodsText(periods);
  const label = periodLabelOf(periods, shown);
  return banded
    ? `The growth filter applies to ${banded} only, the period${banded.includes(" and ") ? "s" : ""} with a verified table of growth bands, so it was not applied: this list for ${label} is not filtered by growth.`
    : `No projection period has a verified table of growth bands, so the growth filter was not applied: this list for ${label} is not filtered by growth.`;
}

/** The label of one of the loaded periods ("2024–34"); the vintage as written for one that is not loaded. */
export function periodLabelOf({ options }: LoadedPeriods, vintage: ProjectionVintage): string {
  return options.find((o) => o.vintage === vintage)?.label ?? vintage;
}

/**
 * The band a BLS line's percent change falls in: the first (fastest) band whose inclusive bounds hold it, or null when
 * the period has no bands or none holds it. Bands are matched on the one-decimal percent as BLS publishes it.
 *
 * A published band table (O*NET OnLine's "Projected growth" categories) labels detailed occupations only: a summary
 * line (29-0000, 15-1200), an OOH group or the total gets none, since a band for it would be ours, never O*NET's or
 * BLS's (seed/data/growth-bands.yaml). Only a table the data marks derived (`isDerived`, which says it is Career
 * Atlas's wherever it is shown) could label such a line; none is loaded.
 */
export function growthBandFor(bands: readonly GrowthBand[], line: { changePercent: number; kind: OccupationKind }): GrowthBand | null {
  const { changePercent, kind } = line;
  return (
    bands.find(
      (band) =>
        (kind === "detailed" || band.isDerived) &&
        (band.minPercent === null || changePercent >= band.minPercent) &&
        (band.maxPercent === null || changePercent <= band.maxPercent),
    ) ?? null
  );
}

/** A band's label as shown; one Career Atlas derived says so (never passed off as BLS's or O*NET's). */
export function bandText(band: { label: string; isDerived: boolean }): string {
  return band.isDerived ? `${band.label} (derived by Career Atlas from BLS's figures, not a BLS or O*NET label)` : band.label;
}

/** Why a line shows no growth band: its period has no verified table, or it is not a detailed occupation. */
export function noGrowthBandText(kind: OccupationKind): string {
  return kind === "detailed"
    ? "no verified band for this period"
    : "none: the published bands label detailed occupations only, not a group of them";
}

/**
 * A band's label in two parts for a narrow column: its last word with its printed range kept together ("average (7% or
 * higher)", `tail`) and the words before it (`lead`). Kept whole, the tail is the narrowest line that leaves the longest
 * label on two lines; a label with no range ("Little or no change") is all lead. `lead + " " + tail` is the label.
 */
export function splitBandLabel(label: string): { lead: string; tail: string } {
  const match = /^(?:(.*) )?(\S+ \(.*\))$/.exec(label);
  return match ? { lead: match[1] ?? "", tail: match[2]! } : { lead: label, tail: "" };
}

/**
 * Why a change outside its band label's printed range still gets that band: the bands bin BLS's one-decimal change
 * rounded half up to a whole percent (data/reference/growth-bands.md), so −0.7% is "Decline (-1% or lower)" and +6.6%
 * "Much faster than average (7% or higher)". "−0.7% rounds to −1%" for such a change; null where the figure is inside
 * the printed range, or the label prints none ("Little or no change").
 */
export function bandRoundingNote(band: Pick<GrowthBand, "label" | "minPercent" | "maxPercent">, changePercent: number): string | null {
  if (!/\d/.test(band.label)) return null;
  const whole = Math.round(changePercent);
  if (whole === changePercent) return null;
  const low = band.minPercent === null ? -Infinity : Math.round(band.minPercent);
  const high = band.maxPercent === null ? Infinity : Math.round(band.maxPercent);
  if (changePercent >= low && changePercent <= high) return null;
  return `${formatPercentChange(changePercent)} rounds to ${formatPercentChange(whole, 0)}`;
}

/**
 * `href` showing `vintage`: with `vintage=` added, unless it is the newest loaded period (the default), which
 * addresses leave out so that a shared link follows the newest projections.
 */
export function withPeriod(href: string, { vintage, latest }: { vintage: ProjectionVintage; latest: ProjectionVintage }): string {
  if (vintage === latest) return href;
  return `${href}${href.includes("?") ? "&" : "?"}vintage=${encodeURIComponent(vintage)}`;
}
