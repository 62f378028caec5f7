/**
 * The compare page's two charts as rows (shared by the chart tables, the chart CSVs and the handout): one row per
 * compared role or occupation that has the figure, then the all-occupations line of the same projection.
 */
import type { RoleComparison } from "~/features/compare/role-comparison";
import type { CompareColumn } from "~/features/compare/comparison";

/** What the charts read: the columns' figures and the all-occupations line. */
export interface ChartFigures {
  vintage: string;
  columns: Pick<CompareColumn, "key" | "kind" | "title" | "roleSlug" | "occupation" | "projection">[];
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
