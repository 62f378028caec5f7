/**
 * The compare page's two charts as rows (shared by the chart tables, the chart CSVs and the whole-comparison CSV):
 * one row per compared role that has the figure, then the all-occupations line of the same projection.
 */
import type { RoleComparison } from "~/features/compare/role-comparison";

export const COMPARE_CHARTS = ["growth", "pay"] as const;
export type CompareChart = (typeof COMPARE_CHARTS)[number];

export interface CompareGrowthRow {
  key: string;
  /** The bar's label: the role, or "All occupations". */
  label: string;
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

export function compareGrowthRows(comparison: RoleComparison): CompareGrowthRow[] {
  const rows: CompareGrowthRow[] = comparison.roles.flatMap((r) =>
    r.projection
      ? [
          {
            key: r.slug,
            label: r.title,
            roleSlug: r.slug,
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

export function comparePayRows(comparison: RoleComparison): ComparePayRow[] {
  const rows: ComparePayRow[] = comparison.roles.flatMap((r) =>
    r.projection && r.projection.medianAnnualWage !== null && r.projection.wageYear !== null
      ? [
          {
            key: r.slug,
            label: r.title,
            roleSlug: r.slug,
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
