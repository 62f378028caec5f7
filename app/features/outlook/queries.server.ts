import { and, asc, desc, eq, exists, gte, inArray, lte, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { industries, occupations, roleIndustries, roleOccupations, roles, roleSkills, skillFlags, skills } from "~db/schema";
import {
  CAREER_CLUSTERS,
  ENTRY_EDUCATION,
  entryEducationUpTo,
  ROLE_LEVELS,
  type CareerCluster,
  type EntryEducation,
  type ProjectionVintage,
  type RoleLevel,
  type SkillKind,
  type OccupationKind,
} from "~db/schema/enums";
import { database } from "~/lib/db.server";
import { projectionLines, publishedFigureColumns } from "~/features/data-pin/queries.server";
import { listProjectionPeriods } from "~/features/periods/queries.server";
import type { GrowthBand, ProjectionPeriod } from "~/features/periods/periods";
import type { PublishedProjection } from "~/features/roles/role-profile";

export interface RoleFilters {
  cluster?: CareerCluster;
  level?: RoleLevel;
  /** Roles whose entry education (BLS "typical education needed for entry" wording) is at most this one. */
  education?: EntryEducation;
  /** Roles whose occupation's median annual wage (as published with the period's projections) is at least this. */
  minPay?: number;
  /** Roles whose occupation's percent change falls in this growth band of the period (its published bounds, inclusive). */
  band?: Pick<GrowthBand, "minPercent" | "maxPercent" | "isDerived">;
  industry?: string;
  /** A skill slug: roles that need this skill. */
  skill?: string;
  /** Only these roles (the compare page's selection); unknown slugs select nothing. */
  slugs?: readonly string[];
}

export const ROLE_SORTS = ["title", "growth", "change", "openings", "pay", "employment"] as const;
export type RoleSort = (typeof ROLE_SORTS)[number];
export type SortDirection = "asc" | "desc";

/** A role's primary-occupation projection line: the shape the comparison shows too. */
export type RoleProjection = PublishedProjection;

export interface RoleOutlookRow {
  slug: string;
  title: string;
  summary: string;
  careerCluster: CareerCluster;
  level: RoleLevel;
  entryEducation: string;
  socCode: string;
  occupationTitle: string;
  /** The kind of BLS line the role's occupation is: a growth band labels detailed occupations only (growthBandFor). */
  occupationKind: OccupationKind;
  /** Null when BLS publishes no projection for the occupation in this vintage. */
  projection: RoleProjection | null;
}

/** The column each sort orders by, of the projection lines read (live, or a pinned version's archive). */
const sortColumns = (lines: ReturnType<typeof projectionLines>): Record<Exclude<RoleSort, "title">, SQL.Aliased | AnyPgColumn> => ({
  growth: lines.changePercent,
  change: lines.changeNumeric,
  openings: lines.annualOpenings,
  pay: lines.medianAnnualWage,
  employment: lines.employmentBase,
});

/**
 * Roles with their primary occupation's projection for one vintage, filtered and sorted in SQL. One query.
 * Rows without a figure for the sort column come last whatever the direction. Live figures, or those archived with
 * data version `dataVersionId` (a pinned role finder: filters and order by the pinned figures too, ADR 008).
 */
export async function listRoleOutlooks({
  vintage,
  filters = {},
  sort = "title",
  direction = "asc",
  dataVersionId,
}: {
  vintage: ProjectionVintage;
  filters?: RoleFilters;
  sort?: RoleSort;
  direction?: SortDirection;
  dataVersionId?: number;
}): Promise<RoleOutlookRow[]> {
  const db = await database();
  const lines = projectionLines(db, dataVersionId);
  const conditions: SQL[] = [];
  if (filters.cluster) conditions.push(eq(roles.careerCluster, filters.cluster));
  if (filters.level) conditions.push(eq(roles.level, filters.level));
  if (filters.slugs) conditions.push(filters.slugs.length > 0 ? inArray(roles.slug, [...filters.slugs]) : sql`false`);
  if (filters.education) conditions.push(inArray(roles.entryEducation, entryEducationUpTo(filters.education)));
  // A role whose occupation has no figure for the period (or no published wage) matches no pay or band filter.
  if (filters.minPay !== undefined) conditions.push(gte(lines.medianAnnualWage, filters.minPay));
  if (filters.band) {
    conditions.push(sql`${lines.changePercent} is not null`);
    // As shown: a published band labels a detailed occupation only (growthBandFor).
    if (!filters.band.isDerived) conditions.push(eq(occupations.kind, "detailed"));
    if (filters.band.minPercent !== null) conditions.push(gte(lines.changePercent, filters.band.minPercent));
    if (filters.band.maxPercent !== null) conditions.push(lte(lines.changePercent, filters.band.maxPercent));
  }
  if (filters.industry) {
    conditions.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(roleIndustries)
          .where(and(eq(roleIndustries.roleSlug, roles.slug), eq(roleIndustries.industrySlug, filters.industry))),
      ),
    );
  }
  if (filters.skill) {
    conditions.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(roleSkills)
          .where(and(eq(roleSkills.roleSlug, roles.slug), eq(roleSkills.skillSlug, filters.skill))),
      ),
    );
  }
  const order =
    sort === "title"
      ? [direction === "desc" ? desc(roles.title) : asc(roles.title)]
      : [sql`${sortColumns(lines)[sort]} ${sql.raw(direction === "desc" ? "desc" : "asc")} nulls last`, asc(roles.title)];

  const rows = await db
    .select({
      slug: roles.slug,
      title: roles.title,
      summary: roles.summary,
      careerCluster: roles.careerCluster,
      level: roles.level,
      entryEducation: roles.entryEducation,
      socCode: occupations.socCode,
      occupationTitle: occupations.title,
      occupationKind: occupations.kind,
      ...publishedFigureColumns(lines),
    })
    .from(roles)
    .innerJoin(roleOccupations, and(eq(roleOccupations.roleSlug, roles.slug), eq(roleOccupations.isPrimary, true)))
    .innerJoin(occupations, eq(occupations.socCode, roleOccupations.socCode))
    .leftJoin(lines, and(eq(lines.socCode, occupations.socCode), eq(lines.vintage, vintage)))
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(...order);

  return rows.map((row) => {
    const {
      vintage: v,
      baseYear,
      targetYear,
      changePercent,
      changeNumeric,
      employmentBase,
      employmentProjected,
      annualOpenings,
      medianAnnualWage,
      wageYear,
      sourceId,
      ...role
    } = row;
    const projection =
      v !== null &&
      baseYear !== null &&
      targetYear !== null &&
      changePercent !== null &&
      employmentBase !== null &&
      employmentProjected !== null &&
      sourceId !== null
        ? {
            vintage: v,
            baseYear,
            targetYear,
            changePercent,
            changeNumeric,
            employmentBase,
            employmentProjected,
            annualOpenings,
            medianAnnualWage,
            wageYear,
            sourceId,
          }
        : null;
    return { ...role, projection };
  });
}

/**
 * The years of the median wages the roles' occupations have in one period, each with the table that publishes it
 * (BLS prints the May OEWS median of its base year beside each projection): what the pay filter's label cites,
 * whatever the filters leave in the table. One query.
 */
export async function listRoleWageYears({
  vintage,
  dataVersionId,
}: {
  vintage: ProjectionVintage;
  /** A pinned finder's version: the wage years of its archived lines. */
  dataVersionId?: number;
}): Promise<{ wageYear: number; sourceId: string }[]> {
  const db = await database();
  const lines = projectionLines(db, dataVersionId);
  const rows = await db
    .selectDistinct({ wageYear: lines.wageYear, sourceId: lines.sourceId })
    .from(lines)
    .innerJoin(roleOccupations, and(eq(roleOccupations.socCode, lines.socCode), eq(roleOccupations.isPrimary, true)))
    .where(and(eq(lines.vintage, vintage), sql`${lines.wageYear} is not null`))
    .orderBy(lines.wageYear, lines.sourceId);
  return rows.flatMap((r) => (r.wageYear === null ? [] : [{ wageYear: r.wageYear, sourceId: r.sourceId }]));
}

export interface OccupationOutlook extends RoleProjection {
  socCode: string;
  title: string;
  /** The roles (of the current selection) whose figures these are. */
  roles: { slug: string; title: string }[];
}

/**
 * Several roles share an occupation (and so its figures): the distinct occupations behind a list of roles,
 * each with the roles it covers. Pure: derives from listRoleOutlooks' result, keeping its order.
 */
export function groupByOccupation(rows: RoleOutlookRow[]): OccupationOutlook[] {
  const byCode = new Map<string, OccupationOutlook>();
  for (const row of rows) {
    if (!row.projection) continue;
    const existing = byCode.get(row.socCode);
    if (existing) existing.roles.push({ slug: row.slug, title: row.title });
    else
      byCode.set(row.socCode, {
        ...row.projection,
        socCode: row.socCode,
        title: row.occupationTitle,
        roles: [{ slug: row.slug, title: row.title }],
      });
  }
  return [...byCode.values()];
}

export interface AllOccupationsOutlook {
  vintage: ProjectionVintage;
  baseYear: number;
  targetYear: number;
  changePercent: number;
  employmentBase: number;
  employmentProjected: number;
  /** As published (null where the source gives none). */
  changeNumeric: number | null;
  annualOpenings: number | null;
  medianAnnualWage: number | null;
  wageYear: number | null;
  sourceId: string;
}

/**
 * The all-occupations total of a vintage: the average every chart compares against. One query. Live, or as
 * archived with data version `dataVersionId` (a pinned deck, pinned.server.ts).
 */
export async function getAllOccupationsOutlook({
  vintage,
  dataVersionId,
}: {
  vintage: ProjectionVintage;
  dataVersionId?: number;
}): Promise<AllOccupationsOutlook | undefined> {
  const db = await database();
  const lines = projectionLines(db, dataVersionId);
  const [row] = await db
    .select({
      vintage: lines.vintage,
      baseYear: lines.baseYear,
      targetYear: lines.targetYear,
      changePercent: lines.changePercent,
      employmentBase: lines.employmentBase,
      employmentProjected: lines.employmentProjected,
      changeNumeric: lines.changeNumeric,
      annualOpenings: lines.annualOpenings,
      medianAnnualWage: lines.medianAnnualWage,
      wageYear: lines.wageYear,
      sourceId: lines.sourceId,
    })
    .from(lines)
    .where(and(eq(lines.occupationKind, "total"), eq(lines.vintage, vintage)))
    .limit(1);
  return row;
}

export interface FilterOptions {
  /** The loaded projection periods, newest first (each a BLS release): listProjectionPeriods. */
  periods: readonly ProjectionPeriod[];
  clusters: CareerCluster[];
  levels: RoleLevel[];
  educations: string[];
  industries: { slug: string; name: string }[];
  /** Skills that carry an O*NET hot or in-demand flag and that at least one role needs. */
  hotSkills: { slug: string; name: string }[];
}

/** The values the role filters can take, limited to those that select at least one role. Four queries. */
export async function listFilterOptions(): Promise<FilterOptions> {
  const db = await database();
  const [periods, roleFacets, industryRows, skillRows] = await Promise.all([
    listProjectionPeriods(),
    db.selectDistinct({ cluster: roles.careerCluster, level: roles.level, education: roles.entryEducation }).from(roles),
    db
      .selectDistinct({ slug: industries.slug, name: industries.name })
      .from(industries)
      .innerJoin(roleIndustries, eq(roleIndustries.industrySlug, industries.slug))
      .orderBy(industries.name),
    db
      .selectDistinct({ slug: skills.slug, name: skills.name })
      .from(skills)
      .innerJoin(roleSkills, eq(roleSkills.skillSlug, skills.slug))
      .where(
        exists(
          db
            .select({ one: sql`1` })
            .from(skillFlags)
            .where(and(eq(skillFlags.skillSlug, skills.slug), sql`${skillFlags.flag} in ('onet_hot_technology', 'onet_in_demand')`)),
        ),
      )
      .orderBy(skills.name),
  ]);
  const present = <T extends string>(all: readonly T[], values: T[]) => all.filter((v) => values.includes(v));
  const educationOrder = (e: string) => ENTRY_EDUCATION.indexOf(e as EntryEducation);
  return {
    periods,
    clusters: present(
      CAREER_CLUSTERS,
      roleFacets.map((r) => r.cluster),
    ),
    levels: present(
      ROLE_LEVELS,
      roleFacets.map((r) => r.level),
    ),
    educations: [...new Set(roleFacets.map((r) => r.education))].sort((a, b) => educationOrder(a) - educationOrder(b)),
    industries: industryRows,
    hotSkills: skillRows,
  };
}

export interface HotSkill {
  slug: string;
  name: string;
  kind: SkillKind;
  /** O*NET flags the technology "Hot" (frequent in postings across all occupations). */
  hotTechnology: boolean;
  /** How many of the tech O*NET occupations in our data flag it "In Demand". */
  inDemandOccupations: number;
  /** How many roles list it as a skill. */
  roleCount: number;
  /** The O*NET release the flags come from (a source id). */
  sourceId: string;
}

/**
 * Skills most in demand across tech roles: ranked by the number of tech O*NET occupations that flag them
 * In Demand (in the O*NET release loaded), then by how many roles need them. One query.
 */
export async function listTopHotSkills({ limit }: { limit: number }): Promise<HotSkill[]> {
  const db = await database();
  const inDemand = sql<number>`count(distinct ${skillFlags.onetCode}) filter (where ${skillFlags.flag} = 'onet_in_demand')`.mapWith(Number);
  const hot = sql<boolean>`bool_or(${skillFlags.flag} = 'onet_hot_technology')`;
  const roleCount = sql<number>`(select count(*) from ${roleSkills} where ${roleSkills.skillSlug} = ${skills.slug})`.mapWith(Number);
  return db
    .select({
      slug: skills.slug,
      name: skills.name,
      kind: skills.kind,
      hotTechnology: hot,
      inDemandOccupations: inDemand,
      roleCount,
      sourceId: sql<string>`min(${skillFlags.sourceId})`,
    })
    .from(skills)
    .innerJoin(skillFlags, eq(skillFlags.skillSlug, skills.slug))
    .where(sql`${skillFlags.flag} in ('onet_hot_technology', 'onet_in_demand')`)
    .groupBy(skills.slug, skills.name, skills.kind)
    .orderBy(desc(inDemand), desc(roleCount), asc(skills.name))
    .limit(limit);
}
