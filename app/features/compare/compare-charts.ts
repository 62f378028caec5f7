/**
 * The compare page's two charts as rows (shared by the chart tables, the chart CSVs and the handout): one row per
 * compared role or occupation that has the figure, then the all-occupations line of the same projection.
 */
import type { RoleComparison } from "~/features/compare/role-comparison";
import type { CompareColumn } from "~/features/compare/comparison";
import { lineMedianPay, medianPayText, type MedianPay } from "~/features/pay/pay";
import { wholeOccupationNote } from "~/features/roles/occupation-scope";
import { formatDollars, formatPercentChange, formatWageYear } from "~/lib/format";

/** What the charts read: the columns' figures and the all-occupations line. */
export interface ChartFigures {
  vintage: string;
  columns: (Pick<CompareColumn, "key" | "kind" | "title" | "roleSlug" | "occupation" | "projection"> &
    Partial<Pick<CompareColumn, "pay">>)[];
  allOccupations: RoleComparison["allOccupations"];
}

/** A role-only comparison (the handout's and the slides') as the charts read it. */
function roleChartFigures(comparison: RoleComparison): ChartFigures {
  return {
    vintage: comparison.vintage,
    allOccupations: comparison.allOccupations,
    columns: comparison.roles.map((r) => ({
      key: r.slug,
      kind: "role",
      title: r.title,
      roleSlug: r.slug,
      occupation: { ...r.occupation },
      projection: r.projection,
    })),
  };
}

export const COMPARE_CHARTS = ["growth", "pay"] as const;
export type CompareChart = (typeof COMPARE_CHARTS)[number];

export interface CompareGrowthRow {
  key: string;
  /** The bar's label: the role, the occupation, or "All occupations". */
  label: string;
  /** What the row is: a curated role, a BLS occupation, or all occupations. */
  kind: CompareColumn["kind"] | "all";
  roleSlug: string | null;
  socCode: string;
  occupationTitle: string;
  vintage: string;
  baseYear: number;
  targetYear: number;
  employmentBase: number;
  employmentProjected: number;
  changePercent: number;
  isAllOccupations: boolean;
  sourceId: string;
}

export interface ComparePayRow {
  key: string;
  label: string;
  kind: CompareColumn["kind"] | "all";
  roleSlug: string | null;
  socCode: string;
  occupationTitle: string;
  medianAnnualWage: number;
  /** OEWS May reference year. */
  wageYear: number;
  isAllOccupations: boolean;
  sourceId: string;
}

const ALL_OCCUPATIONS = { socCode: "00-0000", occupationTitle: "Total, all occupations" } as const;

/** The growth chart's rows of a role-only comparison (the handout's). */
export function compareGrowthRows(comparison: RoleComparison): CompareGrowthRow[] {
  return growthRows(roleChartFigures(comparison));
}

export function growthRows(comparison: ChartFigures): CompareGrowthRow[] {
  const rows: CompareGrowthRow[] = comparison.columns.flatMap((r) =>
    r.projection
      ? [
          {
            key: r.key,
            label: r.title,
            kind: r.kind,
            roleSlug: r.roleSlug,
            socCode: r.occupation.socCode,
            occupationTitle: r.occupation.title,
            vintage: comparison.vintage,
            baseYear: r.projection.baseYear,
            targetYear: r.projection.targetYear,
            employmentBase: r.projection.employmentBase,
            employmentProjected: r.projection.employmentProjected,
            changePercent: r.projection.changePercent,
            isAllOccupations: false,
            sourceId: r.projection.sourceId,
          },
        ]
      : [],
  );
  const total = comparison.allOccupations;
  if (total) {
    rows.push({
      key: "all-occupations",
      label: "All occupations",
      kind: "all",
      roleSlug: null,
      ...ALL_OCCUPATIONS,
      vintage: comparison.vintage,
      baseYear: total.baseYear,
      targetYear: total.targetYear,
      employmentBase: total.employmentBase,
      employmentProjected: total.employmentProjected,
      changePercent: total.changePercent,
      isAllOccupations: true,
      sourceId: total.sourceId,
    });
  }
  return rows;
}

export function payRows(comparison: ChartFigures): ComparePayRow[] {
  const rows: ComparePayRow[] = comparison.columns.flatMap((r) =>
    r.projection && r.projection.medianAnnualWage !== null && r.projection.wageYear !== null
      ? [
          {
            key: r.key,
            label: r.title,
            kind: r.kind,
            roleSlug: r.roleSlug,
            socCode: r.occupation.socCode,
            occupationTitle: r.occupation.title,
            medianAnnualWage: r.projection.medianAnnualWage,
            wageYear: r.projection.wageYear,
            isAllOccupations: false,
            sourceId: r.projection.sourceId,
          },
        ]
      : [],
  );
  const total = comparison.allOccupations;
  if (total && total.medianAnnualWage !== null && total.wageYear !== null) {
    rows.push({
      key: "all-occupations",
      label: "All occupations",
      kind: "all",
      roleSlug: null,
      ...ALL_OCCUPATIONS,
      medianAnnualWage: total.medianAnnualWage,
      wageYear: total.wageYear,
      isAllOccupations: true,
      sourceId: total.sourceId,
    });
  }
  return rows;
}

/**
 * A column's median pay as the quick facts and the profile show it (lineMedianPay): the projection line's; where BLS
 * prints none, its OEWS survey's top code or, published by the hour only, its hourly median. Null when none is published.
 */
export function columnMedian(column: Pick<CompareColumn, "projection"> & Partial<Pick<CompareColumn, "pay">>): MedianPay | null {
  return column.projection ? lineMedianPay(column.projection, column.pay) : null;
}

type SummaryRow = Pick<CompareGrowthRow, "label" | "kind" | "isAllOccupations" | "occupationTitle" | "socCode">;

/**
 * A bar's name in a chart's text summary. A role's figure is its whole occupation's (ADR 004), so the summary says so
 * as the pay table does: "Software Engineer (figures are for all software developers, not only software engineers;
 * SOC 15-1252)".
 */
export function summaryName(row: SummaryRow): string {
  if (row.isAllOccupations) return "all occupations";
  if (row.kind !== "role") return row.label;
  return `${row.label} (figures are for ${wholeOccupationNote(row.label, row.occupationTitle)}; SOC ${row.socCode})`;
}

/** The growth chart's one-sentence summary: each bar's change, named as summaryName names it, and what has none. */
export function growthSummary(comparison: ChartFigures, period: string): string {
  const rows = growthRows(comparison);
  const missing = comparison.columns.filter((c) => !rows.some((row) => row.key === c.key)).map((c) => c.title);
  return (
    `Projected change in employment over ${period}: ` +
    rows.map((r) => `${summaryName(r)} ${formatPercentChange(r.changePercent)}`).join(", ") +
    "." +
    (missing.length > 0 ? ` BLS published no ${period} projection for ${missing.join(", ")}.` : "")
  );
}

/**
 * The pay chart's summary: each bar's median (dollars a year), named as summaryName names it; then a median published
 * by the hour only, which has no bar on a chart in dollars a year and is never turned into one, as the quick facts
 * give it; then the columns with no median at all.
 */
export function paySummary(comparison: ChartFigures, period: string): string {
  const rows = payRows(comparison);
  const wageYears = new Set(rows.map((r) => r.wageYear));
  const unbarred = comparison.columns.filter((c) => !rows.some((row) => row.key === c.key));
  const unbarredMedians = unbarred.flatMap((c) => {
    const median = columnMedian(c);
    return median ? [{ column: c, median }] : [];
  });
  const missing = unbarred.filter((c) => !unbarredMedians.some((m) => m.column.key === c.key)).map((c) => c.title);
  const unbarredText = unbarredMedians.map(({ column, median }) => {
    const name = summaryName({ ...occupationOf(column), label: column.title, kind: column.kind, isAllOccupations: false });
    const why = median.per === "hour" ? "OEWS publishes hourly pay only" : "OEWS's top code";
    return `${name} ${medianPayText(median)} (${formatWageYear(median.wageYear)}; ${why})`;
  });
  return (
    "Median annual pay: " +
    rows
      .map((r) => `${summaryName(r)} ${formatDollars(r.medianAnnualWage)}${wageYears.size > 1 ? ` (${formatWageYear(r.wageYear)})` : ""}`)
      .join(", ") +
    "." +
    (unbarredText.length > 0 ? ` Not on this chart, whose bars are dollars a year: ${unbarredText.join(", ")}.` : "") +
    (missing.length > 0 ? ` No median pay is published with the ${period} projections for ${missing.join(", ")}.` : "")
  );
}

function occupationOf(column: ChartFigures["columns"][number]) {
  return { occupationTitle: column.occupation.title, socCode: column.occupation.socCode };
}
