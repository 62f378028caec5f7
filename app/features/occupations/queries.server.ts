import { sql, type SQL } from "drizzle-orm";
import { entryEducationUpTo, type EntryEducation, type OccupationKind } from "~db/schema/enums";
import { database, rowsOf } from "~/lib/db.server";
import { interestScoreLines, keptInterestLines, payPercentileLines, projectionLines } from "~/features/data-pin/queries.server";
import { TECH_FAMILIES, type TechFamilyId } from "~/features/occupations/tech-families";
import type { OccupationSort } from "~/features/occupations/params.server";
import { lineMedianPay, type MedianPay } from "~/features/pay/pay";

/*
 * The whole BLS / O*NET catalogue: the occupation finder and the generated occupation profile. Every function is
 * one parameterized query; a page runs a fixed number of them whatever the occupation.
 */

export interface MajorGroup {
  code: string;
  title: string;
}

/** SOC major groups (11-0000 Management occupations …) as BLS publishes their summary lines. */
export async function listMajorGroups(): Promise<MajorGroup[]> {
  const db = await database();
  return rowsOf<MajorGroup>(
    await db.execute(sql`
      select soc_code as code, title from occupations
       where kind = 'summary' and soc_code ~ '^[0-9]{2}-0000$' and soc_code <> '00-0000'
       order by soc_code`),
  );
}

/**
 * The SQL condition "this occupation counts as tech" on a SOC code expression: its code is in a tech family
 * (tech-families.ts), or a curated tech role is filed under it.
 */
export function techOccupationSql(socCode: SQL): SQL {
  const patterns = TECH_FAMILIES.flatMap((f) => f.prefixes.map((p) => `${p}%`));
  return sql`(${socCode} like any(${sql.param(patterns)}::text[]) or exists (select 1 from role_occupations ro where ro.soc_code = ${socCode}))`;
}

/**
 * The same on an O*NET occupation: its BLS line is in a tech family, or a curated tech role is filed under this O*NET
 * occupation, or under its line without naming one. The CTO role is filed under Chief Executives (11-1011.00), which
 * so counts; Chief Sustainability Officers (11-1011.03), on the same BLS line, does not.
 */
export function techOnetOccupationSql(onetCode: SQL, blsCode: SQL): SQL {
  const patterns = TECH_FAMILIES.flatMap((f) => f.prefixes.map((p) => `${p}%`));
  return sql`(${blsCode} like any(${sql.param(patterns)}::text[]) or exists (select 1 from role_occupations ro
    where ro.soc_code = ${blsCode} and (ro.onet_code = ${onetCode} or ro.onet_code is null)))`;
}

export interface OccupationFilters {
  /** Words the title has, each anywhere in it (lower case: titleWordsOf). */
  titleWords?: string[];
  group?: string;
  tech?: "any" | TechFamilyId;
  /** At most this entry education. */
  education?: EntryEducation;
  band?: number;
  minPay?: number;
  minOpenings?: number;
  zone?: number;
}

export interface OccupationListRow {
  socCode: string;
  title: string;
  changePercent: number;
  changeNumeric: number | null;
  annualOpenings: number | null;
  employmentBase: number;
  employmentProjected: number;
  medianAnnualWage: number | null;
  wageYear: number | null;
  /**
   * The median the row shows (lineMedianPay): the line's own; where BLS prints none, the OEWS survey of the period's
   * base year's: its top code (">=$239,200" in May 2024), or its hourly median where OEWS publishes hourly pay only.
   */
  median: MedianPay | null;
  entryEducation: string | null;
  /** The projection line's source (BLS): every figure but the job zones. */
  sourceId: string;
  /** The O*NET job zones of the O*NET occupations filed under the line, and the O*NET release(s) they come from. */
  jobZones: number[];
  jobZoneSourceIds: string[];
  /** Curated tech roles filed under it. */
  roleCount: number;
  band: { rank: number; label: string; minPercent: number | null; maxPercent: number | null; isDerived: boolean; sourceId: string } | null;
}

/** A line's median in dollars a year, where there is one: its own, else OEWS's top code (never an hourly one). */
const ANNUAL_MEDIAN = sql`coalesce(median_annual_wage, median_top_code)`;

const SORT_COLUMNS: Record<OccupationSort, SQL> = {
  title: sql`title collate "C"`,
  growth: sql`change_percent`,
  change: sql`change_numeric`,
  openings: sql`annual_openings`,
  // A top-coded median is at least its top code, above every published one.
  pay: ANNUAL_MEDIAN,
  employment: sql`employment_base`,
};

/**
 * Detailed occupations with their figures for one period, filtered and sorted, one page at a time (`limit`
 * undefined = all, for the CSV). `total` counts every match. With `dataVersionId` (a pinned list), the figures it
 * shows, filters and sorts on are those archived with that data version (ADR 008). One query.
 *
 * A median published by the hour only cannot be compared with `minPay` (dollars a year): such a line is left out of a
 * pay-filtered list and `hourlyOnlyLeftOut` counts those the other filters match, for the page to say so. A pay sort
 * puts them after every annual median, in order of their hourly one, before the lines with no median at all.
 */
export async function listOccupations({
  vintage,
  filters,
  sort,
  direction,
  limit,
  offset = 0,
  dataVersionId,
}: {
  vintage: string;
  filters: OccupationFilters;
  sort: OccupationSort;
  direction: "asc" | "desc";
  limit?: number;
  offset?: number;
  dataVersionId?: number;
}): Promise<{ rows: OccupationListRow[]; total: number; hourlyOnlyLeftOut: number }> {
  const db = await database();
  const where: SQL[] = [];
  // The words are letters, digits, + and # only (titleWordsOf): nothing in them is special to LIKE.
  for (const word of filters.titleWords ?? []) where.push(sql`lower(title) like ${`%${word}%`}`);
  if (filters.group) where.push(sql`left(soc_code, 2) = ${filters.group.slice(0, 2)}`);
  if (filters.tech) {
    const families = filters.tech === "any" ? TECH_FAMILIES : TECH_FAMILIES.filter((f) => f.id === filters.tech);
    const patterns = families.flatMap((f) => f.prefixes.map((p) => `${p}%`));
    const byCode = sql`soc_code like any(${sql.param(patterns)}::text[])`;
    where.push(filters.tech === "any" ? sql`(${byCode} or role_count > 0)` : byCode);
  }
  if (filters.education) where.push(sql`entry_education = any(${sql.param(entryEducationUpTo(filters.education))}::text[])`);
  if (filters.band !== undefined) where.push(sql`band_rank = ${filters.band}`);
  if (filters.minOpenings !== undefined) where.push(sql`annual_openings >= ${filters.minOpenings}`);
  if (filters.zone !== undefined) where.push(sql`${filters.zone} = any(job_zones)`);
  const order = sql.raw(direction === "asc" ? "asc" : "desc");
  const payFilter = filters.minPay !== undefined ? sql`${ANNUAL_MEDIAN} >= ${filters.minPay}` : sql`true`;
  const orderBy = sql`${SORT_COLUMNS[sort]} ${order} nulls last, ${
    sort === "pay" ? sql`median_hourly ${order} nulls last, ` : sql``
  }title collate "C", soc_code`;
  const result = await db.execute(sql`
    with lines as (
      select o.soc_code, o.title, p.change_percent, p.change_numeric, p.annual_openings, p.employment_base,
             p.employment_projected, p.median_annual_wage, p.wage_year, p.base_year, p.entry_education, p.source_id,
             case when 50 = any(top.top_coded) then top.top_code_annual end as median_top_code,
             case when top.annual_median is null then top.hourly_median end as median_hourly,
             top.wage_year as survey_year, top.source_id as survey_source_id,
             coalesce((select array_agg(distinct z.job_zone order by z.job_zone) from onet_occupations z
                        where z.bls_code = o.soc_code and z.job_zone is not null), '{}') as job_zones,
             coalesce((select array_agg(distinct z.source_id order by z.source_id) from onet_occupations z
                        where z.bls_code = o.soc_code and z.job_zone is not null), '{}') as job_zone_source_ids,
             (select count(*)::int from role_occupations ro where ro.soc_code = o.soc_code) as role_count,
             b.rank as band_rank, b.label as band_label, b.is_derived as band_is_derived, b.source_id as band_source_id,
             b.min_percent as band_min_percent, b.max_percent as band_max_percent
        from occupations o
        join ${projectionLines(db, dataVersionId, "p")} on p.soc_code = o.soc_code and p.vintage = ${vintage}
        left join ${payPercentileLines(db, dataVersionId, "top")}
          on p.median_annual_wage is null and top.soc_code = o.soc_code and top.wage_year = p.base_year
         and (50 = any(top.top_coded) or (top.annual_median is null and top.hourly_median is not null))
        left join growth_bands b
          on b.vintage = p.vintage
         and p.change_percent >= coalesce(b.min_percent, -1000) and p.change_percent <= coalesce(b.max_percent, 1000)
       where o.kind = 'detailed'
    ), matching as (
      select * from lines ${where.length > 0 ? sql`where ${sql.join(where, sql` and `)}` : sql``}
    )
    select shown.*, counts.total, counts.hourly_only_left_out
      from (select count(*) filter (where ${payFilter}) as total,
                   count(*) filter (where ${filters.minPay !== undefined ? sql`median_hourly is not null` : sql`false`}) as hourly_only_left_out
              from matching) counts
      left join lateral (
        select * from matching where ${payFilter}
         order by ${orderBy}
         ${limit === undefined ? sql`` : sql`limit ${limit} offset ${offset}`}
      ) shown on true
     order by ${orderBy}
  `);
  const raw = rowsOf<ListSqlRow>(result);
  const counts = raw[0];
  return {
    // No match is one row of counts alone.
    rows: raw.filter((r) => r.soc_code !== null).map(toListRow),
    total: counts ? Number(counts.total) : 0,
    hourlyOnlyLeftOut: counts ? Number(counts.hourly_only_left_out) : 0,
  };
}

interface ListSqlRow {
  soc_code: string;
  title: string;
  change_percent: string | number;
  change_numeric: number | null;
  annual_openings: number | null;
  employment_base: number;
  employment_projected: number;
  median_annual_wage: number | null;
  wage_year: number | null;
  base_year: number;
  median_top_code: number | null;
  median_hourly: string | number | null;
  survey_year: number | null;
  survey_source_id: string | null;
  entry_education: string | null;
  source_id: string;
  job_zones: number[] | string;
  job_zone_source_ids: string[] | string;
  role_count: number;
  band_rank: number | null;
  band_label: string | null;
  band_is_derived: boolean | null;
  band_source_id: string | null;
  band_min_percent: string | number | null;
  band_max_percent: string | number | null;
  total: number | string;
  hourly_only_left_out: number | string;
}

function toListRow(r: ListSqlRow): OccupationListRow {
  return {
    socCode: r.soc_code,
    title: r.title,
    changePercent: Number(r.change_percent),
    changeNumeric: r.change_numeric,
    annualOpenings: r.annual_openings,
    employmentBase: r.employment_base,
    employmentProjected: r.employment_projected,
    medianAnnualWage: r.median_annual_wage,
    wageYear: r.wage_year,
    median: lineMedianPay(
      { medianAnnualWage: r.median_annual_wage, wageYear: r.wage_year, sourceId: r.source_id, baseYear: r.base_year },
      r.survey_year !== null && r.survey_source_id !== null
        ? {
            wageYear: r.survey_year,
            sourceId: r.survey_source_id,
            annual: { median: null },
            hourly: { median: numberOrNull(r.median_hourly) },
            topCoded: r.median_top_code !== null ? [50] : [],
            topCodeAnnual: r.median_top_code,
          }
        : null,
    ),
    entryEducation: r.entry_education,
    sourceId: r.source_id,
    jobZones: intArray(r.job_zones),
    jobZoneSourceIds: slugArray(r.job_zone_source_ids),
    roleCount: Number(r.role_count),
    band:
      r.band_rank !== null && r.band_label !== null
        ? {
            rank: r.band_rank,
            label: r.band_label,
            minPercent: numberOrNull(r.band_min_percent),
            maxPercent: numberOrNull(r.band_max_percent),
            isDerived: r.band_is_derived === true,
            sourceId: r.band_source_id ?? "",
          }
        : null,
  };
}

/* ------------------------------------------------------------------------------------------------------------ */
/* The generated occupation profile                                                                              */
/* ------------------------------------------------------------------------------------------------------------ */

export interface OccupationCore {
  socCode: string;
  title: string;
  kind: OccupationKind;
  sourceId: string;
  majorGroup: MajorGroup | null;
}

export interface OccupationProjection {
  vintage: string;
  baseYear: number;
  targetYear: number;
  employmentBase: number;
  employmentProjected: number;
  changeNumeric: number | null;
  changePercent: number;
  annualOpenings: number | null;
  laborForceExits: number | null;
  occupationalTransfers: number | null;
  medianAnnualWage: number | null;
  wageYear: number | null;
  entryEducation: string | null;
  workExperience: string | null;
  onTheJobTraining: string | null;
  sourceId: string;
  note: string | null;
  /** The all-occupations percent change of the same period, for comparison. */
  allOccupationsPercent: number | null;
  band: { label: string; minPercent: number | null; maxPercent: number | null; isDerived: boolean; sourceId: string } | null;
}

/** The occupation and its major group, or undefined. One query. */
export async function getOccupation(socCode: string): Promise<OccupationCore | undefined> {
  const db = await database();
  const [row] = rowsOf<OccupationCore & { groupTitle: string | null; groupCode: string | null }>(
    await db.execute(sql`
      select o.soc_code as "socCode", o.title, o.kind::text as kind, o.source_id as "sourceId",
             g.soc_code as "groupCode", g.title as "groupTitle"
        from occupations o
        left join occupations g on g.soc_code = left(o.soc_code, 2) || '-0000' and g.soc_code <> o.soc_code
       where o.soc_code = ${socCode}`),
  );
  if (!row) return undefined;
  const { groupCode, groupTitle, ...core } = row;
  return { ...core, majorGroup: groupCode && groupTitle ? { code: groupCode, title: groupTitle } : null };
}

/**
 * The detailed occupations a summary line adds up, by SOC code: a major group XX-0000 holds every XX-…, a minor group
 * XX-Y000 every XX-Y…, a broad occupation XX-YYY0 every XX-YYY… (a detailed line holds none). One query.
 */
export async function listMemberOccupations(socCode: string): Promise<{ socCode: string; title: string }[]> {
  const db = await database();
  const [major, rest = ""] = socCode.split("-");
  const prefix = `${major}-${rest.replace(/0+$/, "")}`;
  return rowsOf<{ socCode: string; title: string }>(
    await db.execute(sql`
      select soc_code as "socCode", title from occupations
       where kind = 'detailed' and soc_code like ${`${prefix}%`} and soc_code <> ${socCode}
       order by soc_code`),
  );
}

/**
 * Its projections in every loaded period, newest first, each with the period's all-occupations rate and band (for a
 * detailed occupation only, as growthBandFor gives them): live, or as archived with `dataVersionId`. One query.
 */
export async function listOccupationProjections(socCode: string, dataVersionId?: number): Promise<OccupationProjection[]> {
  const db = await database();
  const rows = rowsOf<Record<string, unknown>>(
    await db.execute(sql`
      select p.vintage, p.base_year as "baseYear", p.target_year as "targetYear", p.employment_base as "employmentBase",
             p.employment_projected as "employmentProjected", p.change_numeric as "changeNumeric",
             p.change_percent as "changePercent", p.annual_openings as "annualOpenings",
             p.labor_force_exits as "laborForceExits", p.occupational_transfers as "occupationalTransfers",
             p.median_annual_wage as "medianAnnualWage", p.wage_year as "wageYear", p.entry_education as "entryEducation",
             p.work_experience as "workExperience", p.on_the_job_training as "onTheJobTraining", p.source_id as "sourceId",
             p.note, t.change_percent as "allOccupationsPercent",
             b.label as "bandLabel", b.is_derived as "bandIsDerived", b.source_id as "bandSourceId",
             b.min_percent as "bandMinPercent", b.max_percent as "bandMaxPercent"
        from ${projectionLines(db, dataVersionId, "p")}
        left join ${projectionLines(db, dataVersionId, "t")} on t.soc_code = '00-0000' and t.vintage = p.vintage
        left join growth_bands b
          on b.vintage = p.vintage
         and p.change_percent >= coalesce(b.min_percent, -1000) and p.change_percent <= coalesce(b.max_percent, 1000)
         -- A published band labels a detailed occupation only; a group's would be ours (growthBandFor).
         and (b.is_derived or exists (select 1 from occupations k where k.soc_code = p.soc_code and k.kind = 'detailed'))
       where p.soc_code = ${socCode}
       order by p.base_year desc`),
  );
  return rows.map((r) => {
    const { bandLabel, bandIsDerived, bandSourceId, bandMinPercent, bandMaxPercent, ...rest } = r as Record<string, unknown> & {
      bandLabel: string | null;
      bandIsDerived: boolean | null;
      bandSourceId: string | null;
      bandMinPercent: string | number | null;
      bandMaxPercent: string | number | null;
    };
    const projection = rest as unknown as OccupationProjection;
    return {
      ...projection,
      changePercent: Number(projection.changePercent),
      allOccupationsPercent: numberOrNull(projection.allOccupationsPercent),
      band: bandLabel
        ? {
            label: bandLabel,
            minPercent: numberOrNull(bandMinPercent),
            maxPercent: numberOrNull(bandMaxPercent),
            isDerived: bandIsDerived === true,
            sourceId: bandSourceId ?? "",
          }
        : null,
    };
  });
}

export interface OnetProfile {
  onetCode: string;
  title: string;
  description: string | null;
  jobZone: number | null;
  sourceId: string;
}

/** The O*NET occupations whose figures this BLS line carries (one, or several: 15-1299.01 … .09). */
export async function listOnetOccupations(socCode: string): Promise<OnetProfile[]> {
  const db = await database();
  return rowsOf<OnetProfile>(
    await db.execute(sql`
      select onet_code as "onetCode", title, description, job_zone as "jobZone", source_id as "sourceId"
        from onet_occupations where bls_code = ${socCode} order by onet_code`),
  );
}

export interface OtherTitle {
  title: string;
  shortTitle: string | null;
  origin: "onet_alternate_title" | "onet_reported_title" | "bls_sample_title";
  onetCode: string | null;
  sourceId: string;
}

/** Every other title filed under the occupation (O*NET alternate and reported titles, BLS sample titles). */
export async function listOtherTitles(socCode: string): Promise<OtherTitle[]> {
  const db = await database();
  return rowsOf<OtherTitle>(
    await db.execute(sql`
      select t.title, t.short_title as "shortTitle", t.origin::text as origin, t.onet_code as "onetCode",
             t.source_id as "sourceId"
        from occupation_titles t
       where t.soc_code = ${socCode}
          or t.onet_code in (select onet_code from onet_occupations where bls_code = ${socCode})
       order by t.origin, t.title collate "C"`),
  );
}

export interface OnetTask {
  onetCode: string;
  task: string;
  taskType: string | null;
  sourceId: string;
}

/** O*NET task statements in O*NET's order (most important first), each with its core or supplemental mark. */
export async function listTasks(socCode: string): Promise<OnetTask[]> {
  const db = await database();
  return rowsOf<OnetTask>(
    await db.execute(sql`
      select onet_code as "onetCode", task, task_type as "taskType", source_id as "sourceId"
        from onet_tasks
       where onet_code in (select onet_code from onet_occupations where bls_code = ${socCode})
       order by onet_code, position`),
  );
}

export interface EmergingTask {
  onetCode: string;
  task: string;
  category: string;
  originalTask: string | null;
  collected: string;
  sourceId: string;
}

export async function listEmergingTasks(socCode: string): Promise<EmergingTask[]> {
  const db = await database();
  return rowsOf<EmergingTask>(
    await db.execute(sql`
      select onet_code as "onetCode", task, category, original_task as "originalTask", collected, source_id as "sourceId"
        from onet_emerging_tasks
       where onet_code in (select onet_code from onet_occupations where bls_code = ${socCode})
       order by onet_code, id`),
  );
}

export interface TechnologySkill {
  example: string;
  commodityTitle: string;
  hotTechnology: boolean;
  inDemand: boolean;
  /** How many of the occupation's O*NET codes list it. */
  listedBy: number;
  sourceId: string;
}

/** Technologies the occupation's O*NET codes list, in-demand and hot ones first. */
export async function listTechnologySkills(socCode: string): Promise<TechnologySkill[]> {
  const db = await database();
  const rows = rowsOf<TechnologySkill>(
    await db.execute(sql`
      select example, min(commodity_title) as "commodityTitle", bool_or(hot_technology) as "hotTechnology",
             bool_or(in_demand) as "inDemand", count(distinct onet_code)::int as "listedBy", min(source_id) as "sourceId"
        from onet_technology_skills
       where onet_code in (select onet_code from onet_occupations where bls_code = ${socCode})
       group by example
       order by bool_or(in_demand) desc, bool_or(hot_technology) desc, example collate "C"`),
  );
  return rows;
}

export interface RelatedOccupation {
  onetCode: string;
  title: string;
  blsCode: string | null;
  blsTitle: string | null;
  tier: string;
}

/** O*NET's related occupations of its first O*NET code(s), each with the BLS line that has a page here. */
export async function listRelatedOccupations(socCode: string): Promise<RelatedOccupation[]> {
  const db = await database();
  return rowsOf<RelatedOccupation>(
    await db.execute(sql`
      select distinct on (o.bls_code, r.related_onet_code)
             r.related_onet_code as "onetCode", o.title, o.bls_code as "blsCode", b.title as "blsTitle", r.tier
        from onet_related_occupations r
        join onet_occupations o on o.onet_code = r.related_onet_code
        left join occupations b on b.soc_code = o.bls_code
       where r.onet_code in (select onet_code from onet_occupations where bls_code = ${socCode})
         and (o.bls_code is distinct from ${socCode})
       order by o.bls_code, r.related_onet_code, r.rank`),
  );
}

export interface InterestScore {
  onetCode: string;
  interest: string;
  score: number;
  /** The area's place in O*NET's interest code (1-3: its high-points), or null. */
  highPoint: number | null;
  sourceId: string;
  /** On a page pinned to a version that kept its scores: the O*NET occupation as that version filed it, and where it is now. */
  kept?: KeptInterestFiling;
}

/** Where a pinned version's interest score came from, as it kept it (migration 0019), beside today's filing of its code. */
export interface KeptInterestFiling {
  /** The O*NET occupation's title in the pinned version. */
  title: string;
  /** Its source's release as the pinned version named it ("30.1 (December 2025)"), or null if the source gave none. */
  release: string | null;
  /**
   * The code in the O*NET release loaded now: filed under this BLS line still, under another (or none: `blsCode` null),
   * or no longer listed (retired).
   */
  now: { status: "here" } | { status: "moved"; blsCode: string | null; blsTitle: string | null } | { status: "unlisted" };
}

/**
 * Scores a pinned version kept for O*NET codes whose filing it did not record (archived before migration 0019, for a
 * code no longer listed when migration 0020 recorded the others): no page can place them, so every pinned occupation
 * page of that version counts them, per release, and names the codes.
 */
export interface UnplacedInterestScores {
  release: string | null;
  onetCodes: string[];
  scores: number;
}

/**
 * An O*NET occupation filed under the line now that a pinned version filed under another (or none): its scores then
 * belong to that line's pinned page, so this one shows none for it and says where they are.
 */
export interface FiledElsewhereThen {
  onetCode: string;
  blsCode: string | null;
  blsTitle: string | null;
}

export interface OccupationInterests {
  scores: InterestScore[];
  unplaced: UnplacedInterestScores[];
  filedElsewhereThen: FiledElsewhereThen[];
}

/**
 * The RIASEC scores and high points of each O*NET occupation filed under the line. Live, or, with `interestsOf` (a
 * pinned page, ADR 019; the caller passes interestArchiveOf, so a version that kept none reads the live ones), the
 * scores that version kept for the O*NET occupations it filed under the line: the ones the page showed when it was
 * pinned, whatever O*NET has retired, moved or retitled since (each with its filing then and now), never those of a
 * code filed here only since (FiledElsewhereThen says where they were); and the scores it could not file
 * (UnplacedInterestScores). One query either way.
 */
export async function listInterests(socCode: string, interestsOf?: number): Promise<OccupationInterests> {
  const db = await database();
  if (interestsOf === undefined) {
    const rows = rowsOf<InterestScore>(
      await db.execute(sql`
        select onet_code as "onetCode", interest, score, high_point as "highPoint", source_id as "sourceId"
          from ${interestScoreLines(db)}
         where onet_code in (select onet_code from onet_occupations where bls_code = ${socCode})
         order by onet_code, score desc, interest`),
    );
    return { scores: rows.map((r) => ({ ...r, score: Number(r.score) })), unplaced: [], filedElsewhereThen: [] };
  }
  const rows = rowsOf<
    Omit<InterestScore, "kept"> & {
      keptTitle: string | null;
      keptBlsCode: string | null;
      keptBlsTitle: string | null;
      release: string | null;
      listedNow: boolean;
      blsCodeNow: string | null;
      blsTitleNow: string | null;
    }
  >(
    await db.execute(sql`
      select a.onet_code as "onetCode", a.interest, a.score, a.high_point as "highPoint", a.source_id as "sourceId",
             a.onet_title as "keptTitle", a.bls_code as "keptBlsCode", k.title as "keptBlsTitle", a.source_vintage as "release",
             o.onet_code is not null as "listedNow", o.bls_code as "blsCodeNow", b.title as "blsTitleNow"
        from ${keptInterestLines(db, interestsOf, "a")}
        left join onet_occupations o on o.onet_code = a.onet_code
        left join occupations b on b.soc_code = o.bls_code
        left join occupations k on k.soc_code = a.bls_code
       where (a.bls_code = ${socCode} or a.onet_title is null or o.bls_code = ${socCode})
       order by a.onet_code, a.score desc, a.interest`),
  );
  const scores: InterestScore[] = [];
  const unplaced = new Map<string | null, UnplacedInterestScores>();
  const filedElsewhereThen = new Map<string, FiledElsewhereThen>();
  for (const { keptTitle, keptBlsCode, keptBlsTitle, release, listedNow, blsCodeNow, blsTitleNow, ...row } of rows) {
    if (keptTitle === null) {
      const count = unplaced.get(release) ?? { release, onetCodes: [], scores: 0 };
      if (!count.onetCodes.includes(row.onetCode)) count.onetCodes.push(row.onetCode);
      count.scores += 1;
      unplaced.set(release, count);
      continue;
    }
    if (keptBlsCode !== socCode) {
      filedElsewhereThen.set(row.onetCode, { onetCode: row.onetCode, blsCode: keptBlsCode, blsTitle: keptBlsTitle });
      continue;
    }
    const now: KeptInterestFiling["now"] = !listedNow
      ? { status: "unlisted" }
      : blsCodeNow === socCode
        ? { status: "here" }
        : { status: "moved", blsCode: blsCodeNow, blsTitle: blsTitleNow };
    scores.push({ ...row, score: Number(row.score), kept: { title: keptTitle, release, now } });
  }
  return { scores, unplaced: [...unplaced.values()], filedElsewhereThen: [...filedElsewhereThen.values()] };
}

export interface EducationShare {
  onetCode: string;
  category: number;
  label: string;
  percent: number;
  sourceId: string;
}

export async function listEducationShares(socCode: string): Promise<EducationShare[]> {
  const db = await database();
  const rows = rowsOf<EducationShare>(
    await db.execute(sql`
      select onet_code as "onetCode", category, label, percent, source_id as "sourceId"
        from onet_education_levels
       where onet_code in (select onet_code from onet_occupations where bls_code = ${socCode})
       order by onet_code, category`),
  );
  return rows.map((r) => ({ ...r, percent: Number(r.percent) }));
}

export interface OccupationFactor {
  vintage: string;
  industryCode: string;
  industryTitle: string;
  factor: string;
  sourceId: string;
}

export async function listFactors(socCode: string): Promise<OccupationFactor[]> {
  const db = await database();
  return rowsOf<OccupationFactor>(
    await db.execute(sql`
      select f.vintage, f.industry_code as "industryCode", f.industry_title as "industryTitle", f.factor,
             f.source_id as "sourceId"
        from occupation_factors f join projection_periods pp on pp.vintage = f.vintage
       where f.soc_code = ${socCode}
       order by pp.base_year desc, (f.industry_title = 'Total, all industries') desc, f.industry_title collate "C", f.id`),
  );
}

export interface AiEvidence {
  /** GPTs-are-GPTs exposure shares per O*NET code, rater and measure. */
  exposure: { onetCode: string; rater: string; measure: string; score: number; sourceId: string }[];
  /** Working with AI applicability for the occupation's SOC codes. */
  applicability: { socCode: string; title: string; score: number; sourceId: string }[];
}

/** The two AI evidence layers, kept apart (never blended). One query. */
export async function getAiEvidence(socCode: string): Promise<AiEvidence> {
  const db = await database();
  const rows = rowsOf<{
    layer: string;
    code: string;
    title: string | null;
    rater: string | null;
    measure: string | null;
    score: number;
    source_id: string;
  }>(
    await db.execute(sql`
      select 'exposure' as layer, e.onet_code as code, null::text as title, e.rater::text as rater,
             e.measure::text as measure, e.score, e.source_id
        from ai_exposure_scores e
       where e.onet_code in (select onet_code from onet_occupations where bls_code = ${socCode})
      union all
      select 'applicability', a.soc_code, a.title, null, null, a.score, a.source_id
        from ai_applicability_scores a
       where a.soc_code = ${socCode}
          or a.soc_code in (select soc_code from onet_occupations where bls_code = ${socCode})
      order by 1, 2, 4, 5`),
  );
  return {
    exposure: rows
      .filter((r) => r.layer === "exposure")
      .map((r) => ({ onetCode: r.code, rater: r.rater ?? "", measure: r.measure ?? "", score: Number(r.score), sourceId: r.source_id })),
    applicability: rows
      .filter((r) => r.layer === "applicability")
      .map((r) => ({ socCode: r.code, title: r.title ?? "", score: Number(r.score), sourceId: r.source_id })),
  };
}

export interface FiledRole {
  slug: string;
  title: string;
  isPrimary: boolean;
}

/** The curated tech roles filed under the occupation. */
export async function listFiledRoles(socCode: string): Promise<FiledRole[]> {
  const db = await database();
  return rowsOf<FiledRole>(
    await db.execute(sql`
      select r.slug, r.title, ro.is_primary as "isPrimary"
        from role_occupations ro join roles r on r.slug = ro.role_slug
       where ro.soc_code = ${socCode}
       order by ro.is_primary desc, r.title collate "C"`),
  );
}

function numberOrNull(value: unknown): number | null {
  return value === null || value === undefined ? null : Number(value);
}

/** A PostgreSQL int[] as either driver returns it (an array, or the literal "{1,2}"). */
function intArray(value: number[] | string | null | undefined): number[] {
  if (value === null || value === undefined) return [];
  if (Array.isArray(value)) return value.map(Number);
  const inner = value.replace(/^\{|\}$/g, "");
  return inner === "" ? [] : inner.split(",").map(Number);
}

/** A text[] of slugs (source ids), as an array or as its literal "{a,b}": slugs are never quoted in one. */
function slugArray(value: string[] | string | null | undefined): string[] {
  if (value === null || value === undefined) return [];
  if (Array.isArray(value)) return value;
  const inner = value.replace(/^\{|\}$/g, "");
  return inner === "" ? [] : inner.split(",");
}
