import { and, eq, inArray, or, sql } from "drizzle-orm";
import { aiApplicabilityScores, aiExposureScores, occupations, onetOccupations, onetTechnologySkills } from "~db/schema";
import type { ProjectionVintage } from "~db/schema/enums";
import { database } from "~/lib/db.server";
import { projectionLines, publishedFigureColumns, type PinnedDataVersion } from "~/features/data-pin/queries.server";
import type { GrowthBand } from "~/features/periods/periods";
import { allOccupationsFigures, growthOf } from "~/features/compare/queries.server";
import type { AllOccupationsFigures } from "~/features/compare/role-comparison";
import type { ComparedOccupation, ComparedTechnology, OccupationChoice } from "~/features/compare/comparison";

/*
 * The BLS occupations of a comparison (app/features/compare/comparison.ts). Every function takes the whole list of
 * codes and is one query: a comparison of two occupations costs what one of four costs. The occupation profile's
 * queries (app/features/occupations/queries.server.ts) take one code each, so they are not reused here.
 */

/** The all-occupations line's code (BLS "Total, all occupations"): every comparison shows it as its last column. */
export const ALL_OCCUPATIONS_CODE = "00-0000";

/** The occupations among `codes` that the catalogue has, with their titles (to check an address). One query. */
export async function listOccupationChoices({ codes }: { codes: readonly string[] }): Promise<OccupationChoice[]> {
  const db = await database();
  return db
    .select({ socCode: occupations.socCode, title: occupations.title, sourceId: occupations.sourceId, kind: occupations.kind })
    .from(occupations)
    .where(inArray(occupations.socCode, [...codes]));
}

type Db = Awaited<ReturnType<typeof database>>;

/** BLS Table 1.10's split of a line's openings a year, as published with the line (null where the period has none). */
export interface OpeningsSplit {
  laborForceExits: number | null;
  occupationalTransfers: number | null;
}

/**
 * The openings split of the codes' projection lines and of the all-occupations line in one period (live, or as
 * archived with a pinned data version), by SOC code: what the comparison's figures CSV gives a role (its occupation's
 * line, like every other figure of a role) and the all-occupations row. The page shows no split, so getComparison
 * does not read it. One query.
 */
export async function listOpeningsSplits({
  codes,
  vintage,
  dataVersion,
}: {
  codes: readonly string[];
  vintage: ProjectionVintage;
  dataVersion?: PinnedDataVersion;
}): Promise<Map<string, OpeningsSplit>> {
  const db = await database();
  const lines = projectionLines(db, dataVersion?.id);
  const rows = await db
    .select({ socCode: lines.socCode, laborForceExits: lines.laborForceExits, occupationalTransfers: lines.occupationalTransfers })
    .from(lines)
    .where(and(eq(lines.vintage, vintage), inArray(lines.socCode, [...new Set(codes), ALL_OCCUPATIONS_CODE])));
  return new Map(rows.map(({ socCode, ...split }) => [socCode, split]));
}

/**
 * Everything the compare page shows for BLS occupations, in the order given: the chosen period's projection line
 * (live, or as archived with a pinned data version), O*NET technology skills and both AI evidence layers. The
 * all-occupations line of the period comes with the projections. Four queries, run together, whatever the number of
 * occupations; nothing is queried per occupation.
 */
export async function getOccupationComparison({
  occupations: chosen,
  vintage,
  growthBands = [],
  dataVersion,
}: {
  occupations: readonly OccupationChoice[];
  vintage: ProjectionVintage;
  growthBands?: readonly GrowthBand[];
  dataVersion?: PinnedDataVersion;
}): Promise<{ occupations: ComparedOccupation[]; allOccupations: AllOccupationsFigures | null }> {
  const db = await database();
  const codes = chosen.map((o) => o.socCode);
  const [lineRows, technology, exposure, applicability] = await Promise.all([
    selectProjectionLines(db, codes, vintage, dataVersion?.id),
    selectTechnology(db, codes),
    selectExposure(db, codes),
    selectApplicability(db, codes),
  ]);

  const total = lineRows.find((l) => l.socCode === ALL_OCCUPATIONS_CODE);
  const allOccupations = total ? allOccupationsFigures(total) : null;

  const compared = chosen.map(({ socCode, title, sourceId, kind }): ComparedOccupation => {
    const line = lineRows.find((l) => l.socCode === socCode);
    const projection = line
      ? {
          vintage: line.vintage,
          baseYear: line.baseYear,
          targetYear: line.targetYear,
          changePercent: line.changePercent,
          changeNumeric: line.changeNumeric,
          employmentBase: line.employmentBase,
          employmentProjected: line.employmentProjected,
          annualOpenings: line.annualOpenings,
          medianAnnualWage: line.medianAnnualWage,
          wageYear: line.wageYear,
          sourceId: line.sourceId,
        }
      : null;
    return {
      socCode,
      title,
      sourceId,
      kind,
      projection,
      ...growthOf(projection, allOccupations, growthBands, kind),
      entryEducation: line?.entryEducation ?? null,
      workExperience: line?.workExperience ?? null,
      laborForceExits: line?.laborForceExits ?? null,
      occupationalTransfers: line?.occupationalTransfers ?? null,
      technology: technologyOf(technology.filter((t) => t.socCode === socCode)),
      ai: {
        exposure: exposure.filter((e) => e.socCode === socCode).map(({ socCode: _s, ...e }) => e),
        applicability: applicability.filter((a) => a.blsCode === socCode).map(({ blsCode: _b, ...a }) => a),
      },
    };
  });
  return { occupations: compared, allOccupations };
}

/** The chosen period's projection lines of the codes and of all occupations: live, or archived. One query. */
async function selectProjectionLines(db: Db, codes: string[], vintage: ProjectionVintage, dataVersionId: number | undefined) {
  const lines = projectionLines(db, dataVersionId);
  return db
    .select({
      socCode: lines.socCode,
      ...publishedFigureColumns(lines),
      laborForceExits: lines.laborForceExits,
      occupationalTransfers: lines.occupationalTransfers,
      entryEducation: lines.entryEducation,
      workExperience: lines.workExperience,
    })
    .from(lines)
    .where(and(eq(lines.vintage, vintage), inArray(lines.socCode, [...codes, ALL_OCCUPATIONS_CODE])));
}

/**
 * The technologies the codes' O*NET occupations list, one row per technology (flags combined over the O*NET codes
 * of a BLS line, as the profile does): the hot and in-demand ones, and how many are listed in all. One query.
 */
async function selectTechnology(db: Db, codes: string[]) {
  const t = onetTechnologySkills;
  const o = onetOccupations;
  const perLine = db
    .select({
      socCode: sql<string>`${o.blsCode}`.as("soc_code"),
      example: t.example,
      commodityTitle: sql<string>`min(${t.commodityTitle})`.as("commodity_title"),
      hotTechnology: sql<boolean>`bool_or(${t.hotTechnology})`.as("hot_technology"),
      inDemand: sql<boolean>`bool_or(${t.inDemand})`.as("in_demand"),
      sourceId: sql<string>`min(${t.sourceId})`.as("source_id"),
      listed: sql<number>`count(*) over (partition by ${o.blsCode})`.as("listed"),
      rank: sql<number>`row_number() over (partition by ${o.blsCode} order by ${t.example})`.as("rank"),
    })
    .from(t)
    .innerJoin(o, eq(o.onetCode, t.onetCode))
    .where(inArray(o.blsCode, codes))
    .groupBy(o.blsCode, t.example)
    .as("per_line");
  const rows = await db
    .select()
    .from(perLine)
    // Flagged technologies, and one row of each line for its count when none is flagged.
    .where(or(perLine.hotTechnology, perLine.inDemand, eq(perLine.rank, 1)))
    .orderBy(perLine.socCode, sql`${perLine.example} collate "C"`);
  return rows.map((r) => ({ ...r, listed: Number(r.listed), rank: Number(r.rank) }));
}

function technologyOf(rows: Awaited<ReturnType<typeof selectTechnology>>): ComparedTechnology {
  const pick = ({ example, commodityTitle, hotTechnology, inDemand }: (typeof rows)[number]) => ({
    example,
    commodityTitle,
    hotTechnology,
    inDemand,
  });
  return {
    listed: rows[0]?.listed ?? 0,
    inDemand: rows.filter((r) => r.inDemand).map(pick),
    hot: rows.filter((r) => r.hotTechnology).map(pick),
    sourceId: rows[0]?.sourceId ?? null,
  };
}

/** GPTs-are-GPTs exposure of the codes' O*NET occupations, per rater and measure, as the study's file gives it. One query. */
async function selectExposure(db: Db, codes: string[]) {
  const e = aiExposureScores;
  const o = onetOccupations;
  const rows = await db
    .select({
      socCode: sql<string>`${o.blsCode}`,
      onetCode: e.onetCode,
      onetTitle: o.title,
      rater: e.rater,
      measure: e.measure,
      score: e.score,
      sourceId: e.sourceId,
    })
    .from(e)
    .innerJoin(o, eq(o.onetCode, e.onetCode))
    .where(inArray(o.blsCode, codes))
    .orderBy(o.blsCode, e.onetCode, e.measure, e.rater);
  return rows.map((r) => ({ ...r, score: Number(r.score) }));
}

/**
 * Working with AI applicability of the codes: a line's own SOC code, or the SOC codes of the O*NET occupations whose
 * figures it carries (as the profile reads it). Kept apart from the exposure scores, never blended. One query.
 */
async function selectApplicability(db: Db, codes: string[]) {
  const a = aiApplicabilityScores;
  const o = onetOccupations;
  const rows = await db
    .selectDistinct({
      blsCode: sql<string>`case when ${a.socCode} = any(${sql.param(codes)}::text[]) then ${a.socCode} else ${o.blsCode} end`,
      socCode: a.socCode,
      title: a.title,
      score: a.score,
      sourceId: a.sourceId,
    })
    .from(a)
    .leftJoin(o, eq(o.socCode, a.socCode))
    .where(or(inArray(a.socCode, codes), inArray(o.blsCode, codes)))
    .orderBy(sql`1`, a.socCode);
  return rows.map((r) => ({ ...r, score: Number(r.score) }));
}
