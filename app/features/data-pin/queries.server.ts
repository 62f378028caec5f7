/**
 * Figures pinned to a data version: each load archives its projections and wages (seed/seed.ts archiveFigures),
 * and a page given `&data=<tag>` reads that archive instead of the live tables. Constant queries per page.
 * See docs/decisions/008-pinned-data-versions.md.
 */
import { and, asc, desc, eq, getTableColumns, inArray, or, sql } from "drizzle-orm";
import {
  dataVersionOnetInterests,
  dataVersionPayPercentiles,
  dataVersionProjections,
  dataVersions,
  dataVersionWages,
  occupations,
  occupationWages,
  onetInterests,
  payPercentiles,
  projections,
  roleOccupations,
  sources,
} from "~db/schema";
import type { ProjectionVintage } from "~db/schema/enums";
import { database } from "~/lib/db.server";
import {
  dataVersionTag,
  describeFigureChanges,
  parseDataVersionTag,
  type DataVersionStamp,
  type FigureChange,
} from "~/features/data-pin/data-pin";

type Db = Awaited<ReturnType<typeof database>>;

/** A data version a page can be pinned to: its id (archive key) and tag. */
export interface PinnedDataVersion {
  id: number;
  tag: string;
}

/**
 * The projection lines a page reads, with their occupation's title and kind: the live tables, or the archive of
 * one data version. The columns are the same either way (those of ProjectionFigures), so a model selects from
 * this subquery and stays one query. The archive keeps the published figures and BLS's education categories;
 * on-the-job training, a category the archive predates, is read from the live line.
 *
 * Raw SQL takes it too (`sql\`… from ${projectionLines(db, id, "p")} …\``): its columns are then the tables' own
 * names (soc_code, change_percent, …), the same in both forms but for the occupation's title and kind, which raw
 * queries join from `occupations` themselves. `alias` names the subquery, so one query can read it twice.
 */
export function projectionLines(db: Db, dataVersionId?: number, alias = "projection_lines") {
  if (dataVersionId === undefined) {
    return db
      .select({
        socCode: projections.socCode,
        occupationTitle: occupations.title,
        occupationKind: occupations.kind,
        vintage: projections.vintage,
        baseYear: projections.baseYear,
        targetYear: projections.targetYear,
        employmentBase: projections.employmentBase,
        employmentProjected: projections.employmentProjected,
        changeNumeric: projections.changeNumeric,
        changePercent: projections.changePercent,
        annualOpenings: projections.annualOpenings,
        laborForceExits: projections.laborForceExits,
        occupationalTransfers: projections.occupationalTransfers,
        medianAnnualWage: projections.medianAnnualWage,
        wageYear: projections.wageYear,
        entryEducation: projections.entryEducation,
        workExperience: projections.workExperience,
        onTheJobTraining: projections.onTheJobTraining,
        isDerived: projections.isDerived,
        sourceId: projections.sourceId,
        note: projections.note,
      })
      .from(projections)
      .innerJoin(occupations, eq(occupations.socCode, projections.socCode))
      .as(alias);
  }
  const p = dataVersionProjections;
  return db
    .select({
      socCode: p.socCode,
      occupationTitle: p.occupationTitle,
      occupationKind: p.occupationKind,
      vintage: p.vintage,
      baseYear: p.baseYear,
      targetYear: p.targetYear,
      employmentBase: p.employmentBase,
      employmentProjected: p.employmentProjected,
      changeNumeric: p.changeNumeric,
      changePercent: p.changePercent,
      annualOpenings: p.annualOpenings,
      laborForceExits: p.laborForceExits,
      occupationalTransfers: p.occupationalTransfers,
      medianAnnualWage: p.medianAnnualWage,
      wageYear: p.wageYear,
      entryEducation: p.entryEducation,
      workExperience: p.workExperience,
      onTheJobTraining: projections.onTheJobTraining,
      isDerived: p.isDerived,
      sourceId: p.sourceId,
      note: p.note,
    })
    .from(p)
    .leftJoin(projections, and(eq(projections.socCode, p.socCode), eq(projections.vintage, p.vintage)))
    .where(eq(p.dataVersionId, dataVersionId))
    .as(alias);
}

/** The columns of a projection line's published figures (a role's or occupation's outlook), to select from `lines`. */
export function publishedFigureColumns(lines: ReturnType<typeof projectionLines>) {
  return {
    vintage: lines.vintage,
    baseYear: lines.baseYear,
    targetYear: lines.targetYear,
    changePercent: lines.changePercent,
    changeNumeric: lines.changeNumeric,
    employmentBase: lines.employmentBase,
    employmentProjected: lines.employmentProjected,
    annualOpenings: lines.annualOpenings,
    medianAnnualWage: lines.medianAnnualWage,
    wageYear: lines.wageYear,
    sourceId: lines.sourceId,
  };
}

/** The other published median wages (occupation_wages), with their source's vintage: live or archived. */
export function otherWageLines(db: Db, dataVersionId?: number) {
  if (dataVersionId === undefined) {
    return db
      .select({
        socCode: occupationWages.socCode,
        medianAnnualWage: occupationWages.medianAnnualWage,
        wageYear: occupationWages.wageYear,
        sourceId: occupationWages.sourceId,
        note: occupationWages.note,
        sourceVintage: sources.vintage,
      })
      .from(occupationWages)
      .innerJoin(sources, eq(sources.id, occupationWages.sourceId))
      .as("other_wage_lines");
  }
  const w = dataVersionWages;
  return db
    .select({
      socCode: w.socCode,
      medianAnnualWage: w.medianAnnualWage,
      wageYear: w.wageYear,
      sourceId: w.sourceId,
      note: w.note,
      sourceVintage: w.sourceVintage,
    })
    .from(w)
    .where(eq(w.dataVersionId, dataVersionId))
    .as("other_wage_lines");
}

/**
 * The OEWS percentiles a page reads: the live table, or the archive of one data version (a pinned page, ADR 008),
 * with the same columns either way, so each query below selects from this subquery and stays one query. A version
 * loaded before percentiles were archived (migration 0015) has no rows: its pinned pages show no spread rather
 * than the current one. Raw SQL takes it as it takes projectionLines, under its own `alias`.
 */
export function payPercentileLines(db: Db, dataVersionId?: number, alias = "pay_lines") {
  if (dataVersionId === undefined) return db.select(getTableColumns(payPercentiles)).from(payPercentiles).as(alias);
  const { dataVersionId: _version, ...columns } = getTableColumns(dataVersionPayPercentiles);
  return db.select(columns).from(dataVersionPayPercentiles).where(eq(dataVersionPayPercentiles.dataVersionId, dataVersionId)).as(alias);
}

/**
 * O*NET's interest scores and high points a page reads: the live table, or the archive of one data version (a pinned
 * interests list, ADR 019, which files them by keptInterestLines; a pinned occupation page reads that instead),
 * with the same columns either way (onet_code, interest, score, high_point, source_id), so each page's one query reads
 * this subquery instead of the table. A version loaded before interest scores were archived (migration 0018) has no
 * rows: callers pass `interestArchiveOf(lookup)`, which leaves such a version out. Raw SQL takes it under its `alias`.
 */
export function interestScoreLines(db: Db, dataVersionId?: number, alias = "interest_lines") {
  if (dataVersionId === undefined) return db.select(getTableColumns(onetInterests)).from(onetInterests).as(alias);
  // The live table's columns only: the archive's filing and release (migration 0019) are keptInterestLines'.
  const {
    dataVersionId: _version,
    onetTitle: _title,
    blsCode: _line,
    sourceVintage: _release,
    ...columns
  } = getTableColumns(dataVersionOnetInterests);
  return db.select(columns).from(dataVersionOnetInterests).where(eq(dataVersionOnetInterests.dataVersionId, dataVersionId)).as(alias);
}

/**
 * One data version's archived interest scores with the O*NET filing it kept (migration 0019; ADR 019, amended
 * 2026-12-07): the columns of interestScoreLines, then each score's O*NET occupation as that version filed it
 * (onet_title, bls_code) and its source's release (source_vintage), as projectionLines reads an archived line with its
 * occupation's title. What a pinned occupation page reads, and a pinned interests list files its scores by, so both
 * file them as their version did, not as O*NET does now. Rows archived before migration 0019 for a code gone by
 * migration 0020 have no filing (onet_title null). Raw SQL takes it under its `alias`.
 */
export function keptInterestLines(db: Db, dataVersionId: number, alias = "kept_interest_lines") {
  const { dataVersionId: _version, ...columns } = getTableColumns(dataVersionOnetInterests);
  return db.select(columns).from(dataVersionOnetInterests).where(eq(dataVersionOnetInterests.dataVersionId, dataVersionId)).as(alias);
}

/**
 * The data version whose archived interest scores a page pinned by `lookup` reads (interestScoreLines): an older
 * version that kept them. Undefined, for the live scores, otherwise: unpinned, pinned to the current version (the live
 * scores are that version's), or pinned to a version loaded before migration 0018, which kept none (its page shows the
 * current scores and says so: the banner's `interestScoresKept` is false).
 */
export function interestArchiveOf(lookup: DataPinLookup): number | undefined {
  return lookup.status === "pinned" && lookup.pinned.interestsArchived ? lookup.pinned.id : undefined;
}

export type DataPinLookup =
  | { status: "none"; current: DataVersionStamp | undefined }
  | { status: "current"; current: DataVersionStamp; pinned: PinnedDataVersion }
  | {
      status: "pinned";
      current: DataVersionStamp;
      /**
       * `payArchived`: whether its OEWS percentiles were archived too (versions loaded before migration 0015: not);
       * `interestsArchived`: whether its O*NET interest scores were (before migration 0018: not).
       */
      pinned: PinnedDataVersion & DataVersionStamp & { payArchived: boolean; interestsArchived: boolean };
    }
  /** No data version has this tag (its id is unknown, or its hash prefix is not that version's). */
  | { status: "unknown"; current: DataVersionStamp | undefined }
  /** The version exists but was loaded before figures were archived. */
  | { status: "not_archived"; current: DataVersionStamp; pinned: DataVersionStamp };

/**
 * The current data version and, when `tag` is given, the version it names and whether its figures are archived.
 * One query. `tag` must already match DATA_VERSION_TAG_PATTERN (the route's zod schema checks it).
 */
export async function lookUpDataPin({ tag }: { tag?: string }): Promise<DataPinLookup> {
  const db = await database();
  const wanted = tag === undefined ? null : parseDataVersionTag(tag);
  const latestId = db.select({ id: sql`max(${dataVersions.id})` }).from(dataVersions);
  const rows = await db
    .select({
      id: dataVersions.id,
      hash: dataVersions.datasetHash,
      loadedAt: dataVersions.loadedAt,
      isLatest: sql<boolean>`${dataVersions.id} = (${latestId})`,
      archived: sql<boolean>`exists (select 1 from ${dataVersionProjections} where ${dataVersionProjections.dataVersionId} = ${dataVersions.id})`,
      payArchived: sql<boolean>`exists (select 1 from ${dataVersionPayPercentiles} where ${dataVersionPayPercentiles.dataVersionId} = ${dataVersions.id})`,
      interestsArchived: sql<boolean>`exists (select 1 from ${dataVersionOnetInterests} where ${dataVersionOnetInterests.dataVersionId} = ${dataVersions.id})`,
    })
    .from(dataVersions)
    .where(or(sql`${dataVersions.id} = (${latestId})`, wanted ? eq(dataVersions.id, wanted.id) : sql`false`))
    .orderBy(desc(dataVersions.id));
  const latest = rows.find((r) => r.isLatest);
  const stamp = (r: (typeof rows)[number]): DataVersionStamp => ({ tag: dataVersionTag(r.id, r.hash), loadedAt: r.loadedAt.toISOString() });
  const current = latest ? stamp(latest) : undefined;
  if (!wanted) return { status: "none", current };
  const named = rows.find((r) => r.id === wanted.id && r.hash.startsWith(wanted.hashPrefix));
  if (!named || !current) return { status: "unknown", current };
  if (named.isLatest) return { status: "current", current, pinned: { id: named.id, tag: current.tag } };
  if (!named.archived) return { status: "not_archived", current, pinned: stamp(named) };
  return {
    status: "pinned",
    current,
    pinned: { id: named.id, ...stamp(named), payArchived: named.payArchived, interestsArchived: named.interestsArchived },
  };
}

/**
 * What differs between a data version's archived figures and the current ones, for the roles a page shows:
 * their primary occupations (and any other occupations it lists) and the all-occupations total in one vintage (every
 * vintage when none is given: an occupation's page), the other published wages of those occupations and their OEWS
 * percentiles. Six queries (archived and live: projections, wages, percentiles), run together.
 */
export async function listPinnedFigureChanges({
  dataVersionId,
  slugs,
  socCodes = [],
  vintage,
}: {
  dataVersionId: number;
  slugs: readonly string[];
  /** Occupations the page shows besides the roles' (the explorers' lists). */
  socCodes?: readonly string[];
  vintage?: ProjectionVintage;
}): Promise<FigureChange[]> {
  const db = await database();
  const primarySocs = db
    .select({ socCode: roleOccupations.socCode })
    .from(roleOccupations)
    .where(and(inArray(roleOccupations.roleSlug, [...slugs]), eq(roleOccupations.isPrimary, true)))
    .union(
      db
        .select({ socCode: occupations.socCode })
        .from(occupations)
        .where(inArray(occupations.socCode, [...socCodes])),
    );
  const selectProjections = (id?: number) => {
    const lines = projectionLines(db, id);
    return db
      .select()
      .from(lines)
      .where(
        and(
          vintage === undefined ? undefined : eq(lines.vintage, vintage),
          or(inArray(lines.socCode, primarySocs), eq(lines.occupationKind, "total")),
        ),
      )
      .orderBy(asc(lines.socCode));
  };
  const selectWages = (id?: number) => {
    const lines = otherWageLines(db, id);
    return db
      .select()
      .from(lines)
      .where(and(vintage === undefined ? undefined : eq(lines.sourceVintage, vintage), inArray(lines.socCode, primarySocs)))
      .orderBy(asc(lines.socCode), asc(lines.wageYear), asc(lines.sourceId));
  };
  const selectPay = (id?: number) => {
    const lines = payPercentileLines(db, id);
    return db.select().from(lines).where(inArray(lines.socCode, primarySocs)).orderBy(asc(lines.socCode), asc(lines.wageYear));
  };
  const [pinnedProjections, currentProjections, pinnedWages, currentWages, pinnedPay, currentPay] = await Promise.all([
    selectProjections(dataVersionId),
    selectProjections(),
    selectWages(dataVersionId),
    selectWages(),
    selectPay(dataVersionId),
    selectPay(),
  ]);
  // A version loaded before percentiles were archived has none: its banner says so once (percentilesKept) rather
  // than listing every current percentile as new.
  const comparePay = pinnedPay.length > 0;
  return describeFigureChanges(
    { projections: pinnedProjections, wages: pinnedWages, ...(comparePay ? { pay: pinnedPay } : {}) },
    { projections: currentProjections, wages: currentWages, ...(comparePay ? { pay: currentPay } : {}) },
  );
}

export type DataPin = DataPinLookup & { changes: FigureChange[] };

/**
 * Everything a page needs about `&data=<tag>`: the current version, the pinned one (or why it cannot be used)
 * and, when the pin is older than the current data, what changed for the given roles' figures (none asked for
 * with no slugs). One query, plus six for the changes when the pin is an older version.
 */
export async function getDataPin({
  tag,
  slugs,
  socCodes = [],
  vintage,
}: {
  tag?: string;
  slugs: readonly string[];
  /** Occupations the page shows besides the roles' (an occupation's page). */
  socCodes?: readonly string[];
  /** The period shown; every period when the page shows them all (an occupation's page). */
  vintage?: ProjectionVintage;
}): Promise<DataPin> {
  return withFigureChanges(await lookUpDataPin({ tag }), { slugs, socCodes, vintage });
}

/**
 * A looked-up pin with what changed for the given roles and occupations when it names an older version (getDataPin's
 * second half, for a page that reads something else once the version is known: the occupation page's interest scores).
 * None, or six queries.
 */
export async function withFigureChanges(
  lookup: DataPinLookup,
  { slugs, socCodes = [], vintage }: { slugs: readonly string[]; socCodes?: readonly string[]; vintage?: ProjectionVintage },
): Promise<DataPin> {
  if (lookup.status !== "pinned" || slugs.length + socCodes.length === 0) return { ...lookup, changes: [] };
  return { ...lookup, changes: await listPinnedFigureChanges({ dataVersionId: lookup.pinned.id, slugs, socCodes, vintage }) };
}

/**
 * Every line's projection in one period as archived with data version `dataVersionId`, by SOC code: what a page
 * pinned to that version shows in place of the live figures when it reads many lines at once (the explorers). An
 * archive never changes, so callers may keep the answer. One query.
 */
export async function listArchivedProjections({ dataVersionId, vintage }: { dataVersionId: number; vintage: ProjectionVintage }) {
  const db = await database();
  const lines = projectionLines(db, dataVersionId);
  const rows = await db
    .select({ socCode: lines.socCode, ...publishedFigureColumns(lines) })
    .from(lines)
    .where(eq(lines.vintage, vintage));
  return new Map(rows.map(({ socCode, ...figures }) => [socCode, figures]));
}
