/**
 * Links pinned to a data version (`&data=v3-1a2b3c4d`): the tag format, the banner's data and the "what changed"
 * summary between the pinned figures and the current ones. Plain data and pure functions (browser-safe).
 * See docs/decisions/008-pinned-data-versions.md.
 */
import { formatCount, formatCountChange, formatDollars, formatPercentChange, formatWageYear } from "~/lib/format";

export { DATA_VERSION_TAG_PATTERN, dataVersionTag, parseDataVersionTag } from "~db/data-version-tag";

export interface DataVersionStamp {
  tag: string;
  /** ISO timestamp of the load. */
  loadedAt: string;
}

/** One published figure as a pinned page shows it and as the current data has it. */
export interface FigureChange {
  /** What the figure is, e.g. "Software Developers: median pay, May 2024". */
  label: string;
  /** Formatted as the page formats it; "none" when that version has no such figure. */
  before: string;
  after: string;
}

/** What a pinned page's banner needs: both versions, what changed for this page's figures, the unpinned link. */
export interface DataPinBanner {
  pinned: DataVersionStamp;
  current: DataVersionStamp;
  changes: FigureChange[];
  currentHref: string;
  /**
   * Whether the pinned version's OEWS pay percentiles were archived with it (versions loaded before migration 0015
   * were not): without them a pinned page shows no pay spread, and the banner says why.
   */
  percentilesKept: boolean;
  /**
   * Set by pages that show or match on O*NET's interest scores (the interests explorer and its deck, an occupation's
   * page): false where the pinned version was loaded before its interest scores were archived (migration 0018), so the
   * page shows or matches on O*NET's current scores, labelled as such, and the banner says so. Left out elsewhere.
   */
  interestScoresKept?: boolean;
}

/** A projection line's published figures, as compared between two data versions. */
export interface PinnableProjection {
  socCode: string;
  occupationTitle: string;
  occupationKind: string;
  vintage: string;
  baseYear: number;
  targetYear: number;
  employmentBase: number;
  employmentProjected: number;
  changeNumeric: number | null;
  changePercent: number;
  annualOpenings: number | null;
  medianAnnualWage: number | null;
  wageYear: number | null;
}

/** A median wage another source publishes for an occupation (occupation_wages). */
export interface PinnableWage {
  socCode: string;
  wageYear: number;
  medianAnnualWage: number;
  sourceId: string;
}

/** One OEWS survey's annual wage percentiles for an occupation (pay_percentiles), as compared between two versions. */
export interface PinnablePay {
  socCode: string;
  wageYear: number;
  annualP10: number | null;
  annualP25: number | null;
  annualMedian: number | null;
  annualP75: number | null;
  annualP90: number | null;
}

export interface FigureSet {
  projections: PinnableProjection[];
  wages: PinnableWage[];
  /** OEWS percentiles; left out, none are compared. */
  pay?: PinnablePay[];
}

const PAY_POINTS = [
  ["annualP10", "10th percentile"],
  ["annualP25", "25th percentile"],
  ["annualMedian", "median"],
  ["annualP75", "75th percentile"],
  ["annualP90", "90th percentile"],
] as const;

const NONE = "none";

/**
 * The figures that differ between the pinned and the current data, in a stable order (occupation, then figure),
 * formatted the way the pages show them. Figures equal in both versions are left out.
 */
export function describeFigureChanges(pinned: FigureSet, current: FigureSet): FigureChange[] {
  const changes: FigureChange[] = [];
  const key = (p: PinnableProjection) => `${p.socCode} ${p.vintage}`;
  const pinnedByKey = new Map(pinned.projections.map((p) => [key(p), p]));
  const currentByKey = new Map(current.projections.map((p) => [key(p), p]));
  const keys = [...new Set([...pinnedByKey.keys(), ...currentByKey.keys()])].sort();
  // A page of one period names occupations; a page of every period (an occupation's) names each line's period too.
  const periods = new Set([...pinned.projections, ...current.projections].map((p) => p.vintage));
  for (const k of keys) {
    const before = pinnedByKey.get(k);
    const after = currentByKey.get(k);
    const line = (after ?? before)!;
    const occupation = line.occupationKind === "total" ? "All occupations" : line.occupationTitle;
    const name = periods.size > 1 ? `${occupation}, ${line.baseYear}–${String(line.targetYear).slice(2)}` : occupation;
    const figure = (what: string, show: (p: PinnableProjection) => string) => {
      const from = before ? show(before) : NONE;
      const to = after ? show(after) : NONE;
      if (from !== to) changes.push({ label: `${name}: ${what}`, before: from, after: to });
    };
    figure("median pay", (p) =>
      p.medianAnnualWage === null ? NONE : `${formatDollars(p.medianAnnualWage)} (${formatWageYear(p.wageYear!)})`,
    );
    figure("projected growth", (p) => `${formatPercentChange(p.changePercent)} (${p.baseYear}–${String(p.targetYear).slice(2)})`);
    figure("jobs", (p) => `${formatCount(p.employmentBase)} in ${p.baseYear}, ${formatCount(p.employmentProjected)} in ${p.targetYear}`);
    figure("change in jobs", (p) => (p.changeNumeric === null ? NONE : formatCountChange(p.changeNumeric)));
    figure("openings a year", (p) => (p.annualOpenings === null ? NONE : formatCount(p.annualOpenings)));
  }

  const wageKey = (w: PinnableWage) => `${w.socCode} ${w.wageYear} ${w.sourceId}`;
  const pinnedWages = new Map(pinned.wages.map((w) => [wageKey(w), w]));
  const currentWages = new Map(current.wages.map((w) => [wageKey(w), w]));
  const titles = new Map([...pinned.projections, ...current.projections].map((p) => [p.socCode, p.occupationTitle]));
  const surveyKey = (p: PinnablePay) => `${p.socCode} ${p.wageYear}`;
  const pinnedPay = new Map((pinned.pay ?? []).map((p) => [surveyKey(p), p]));
  const currentPay = new Map((current.pay ?? []).map((p) => [surveyKey(p), p]));
  for (const k of [...new Set([...pinnedPay.keys(), ...currentPay.keys()])].sort()) {
    const before = pinnedPay.get(k);
    const after = currentPay.get(k);
    const survey = (after ?? before)!;
    for (const [point, name] of PAY_POINTS) {
      const show = (p: PinnablePay | undefined) => (p ? (p[point] === null ? "not published" : formatDollars(p[point])) : NONE);
      const from = show(before);
      const to = show(after);
      if (from !== to) {
        changes.push({
          label: `${titles.get(survey.socCode) ?? survey.socCode}: pay, ${name} (OEWS ${formatWageYear(survey.wageYear)})`,
          before: from,
          after: to,
        });
      }
    }
  }
  for (const k of [...new Set([...pinnedWages.keys(), ...currentWages.keys()])].sort()) {
    const before = pinnedWages.get(k);
    const after = currentWages.get(k);
    const wage = (after ?? before)!;
    const from = before ? formatDollars(before.medianAnnualWage) : NONE;
    const to = after ? formatDollars(after.medianAnnualWage) : NONE;
    if (from !== to) {
      changes.push({
        label: `${titles.get(wage.socCode) ?? wage.socCode}: median pay, ${formatWageYear(wage.wageYear)} (${wage.sourceId})`,
        before: from,
        after: to,
      });
    }
  }
  return changes;
}

/** `href` with `data=<tag>` added (or replaced); `href` is a path with an optional query, kept as written. */
export function withDataPin(href: string, tag: string): string {
  const rest = withoutDataPin(href);
  return `${rest}${rest.includes("?") ? "&" : "?"}data=${encodeURIComponent(tag)}`;
}

/** `href` without its `data=` parameter: the page with the current figures. The other parameters are kept as written. */
export function withoutDataPin(href: string): string {
  const at = href.indexOf("?");
  if (at < 0) return href;
  const kept = href
    .slice(at + 1)
    .split("&")
    .filter((part) => part !== "" && part.split("=", 1)[0] !== "data");
  return kept.length > 0 ? `${href.slice(0, at)}?${kept.join("&")}` : href.slice(0, at);
}
