import { and, eq } from "drizzle-orm";
import { occupations, projections, roleOccupations, roles } from "../../db/schema";
import { PROJECTION_VINTAGES, type ProjectionVintage } from "../../db/schema/enums";
import { database } from "~/db.server";

export const LATEST_VINTAGE: ProjectionVintage = PROJECTION_VINTAGES[PROJECTION_VINTAGES.length - 1]!;

export interface RoleOutlookRow {
  slug: string;
  title: string;
  summary: string;
  careerCluster: string;
  level: string;
  socCode: string;
  occupationTitle: string;
  /** Null when BLS publishes no projection for the occupation in this vintage. */
  projection: {
    vintage: ProjectionVintage;
    changePercent: number;
    employmentBase: number;
    employmentProjected: number;
    annualOpenings: number | null;
    medianAnnualWage: number | null;
    wageYear: number | null;
    sourceId: string;
  } | null;
}

/** Every role with its primary occupation's projection for one vintage, ordered by title. One query. */
export async function listRoleOutlooks({ vintage }: { vintage: ProjectionVintage }): Promise<RoleOutlookRow[]> {
  const db = await database();
  const rows = await db
    .select({
      slug: roles.slug,
      title: roles.title,
      summary: roles.summary,
      careerCluster: roles.careerCluster,
      level: roles.level,
      socCode: occupations.socCode,
      occupationTitle: occupations.title,
      vintage: projections.vintage,
      changePercent: projections.changePercent,
      employmentBase: projections.employmentBase,
      employmentProjected: projections.employmentProjected,
      annualOpenings: projections.annualOpenings,
      medianAnnualWage: projections.medianAnnualWage,
      wageYear: projections.wageYear,
      sourceId: projections.sourceId,
    })
    .from(roles)
    .innerJoin(roleOccupations, and(eq(roleOccupations.roleSlug, roles.slug), eq(roleOccupations.isPrimary, true)))
    .innerJoin(occupations, eq(occupations.socCode, roleOccupations.socCode))
    .leftJoin(projections, and(eq(projections.socCode, occupations.socCode), eq(projections.vintage, vintage)))
    .orderBy(roles.title);
  return rows.map(({ vintage: v, changePercent, employmentBase, employmentProjected, annualOpenings, medianAnnualWage, wageYear, sourceId, ...role }) => ({
    ...role,
    projection:
      v === null || changePercent === null || employmentBase === null || employmentProjected === null || sourceId === null
        ? null
        : { vintage: v, changePercent, employmentBase, employmentProjected, annualOpenings, medianAnnualWage, wageYear, sourceId },
  }));
}

export interface AllOccupationsOutlook {
  vintage: ProjectionVintage;
  changePercent: number;
  employmentBase: number;
  employmentProjected: number;
  medianAnnualWage: number | null;
  wageYear: number | null;
  sourceId: string;
}

/** The all-occupations total of a vintage: the average every chart compares against. */
export async function getAllOccupationsOutlook({ vintage }: { vintage: ProjectionVintage }): Promise<AllOccupationsOutlook | undefined> {
  const db = await database();
  const [row] = await db
    .select({
      vintage: projections.vintage,
      changePercent: projections.changePercent,
      employmentBase: projections.employmentBase,
      employmentProjected: projections.employmentProjected,
      medianAnnualWage: projections.medianAnnualWage,
      wageYear: projections.wageYear,
      sourceId: projections.sourceId,
    })
    .from(projections)
    .innerJoin(occupations, eq(occupations.socCode, projections.socCode))
    .where(and(eq(occupations.kind, "total"), eq(projections.vintage, vintage)))
    .limit(1);
  return row;
}
