import { and, asc, eq, exists, ilike, or, sql, type SQL } from "drizzle-orm";
import { skillFlags, skills } from "~db/schema";
import type { ProjectionVintage, RoleLevel, SkillFlag, SkillImportance } from "~db/schema/enums";
import { database } from "~/lib/db.server";
import { getAllOccupationsOutlook, listRoleOutlooks } from "~/features/outlook/queries.server";
import { listSourcesByIds } from "~/features/sources/queries.server";
import type { PayLookup } from "~/features/pay/queries.server";
import {
  LEADERSHIP_LEVELS,
  SKILL_KINDS,
  type InDemandOccupation,
  type SkillDetail,
  type SkillFilters,
  type SkillKindGroup,
  type SkillMarks,
  type SkillProgressionStep,
  type SkillRole,
  type SkillSummary,
  type SkillTechnology,
} from "~/features/skills/skills";
import type { SourceCitation } from "~/features/sources/citations";
import { inDemandLinesSql, inDemandOnetOccupationsSql } from "~/features/skills/technologies.server";

export type { SkillDetail, SkillFilters, SkillKindGroup, SkillSummary };

interface FlagRow {
  flag: SkillFlag;
  evidence: string;
  onetCode: string | null;
  onetTitle: string | null;
  roleSlug: string | null;
  roleTitle: string | null;
  sourceId: string;
}

/**
 * The outer query's skill slug, always table-qualified: drizzle leaves columns unqualified in a single-table
 * select, where a bare "slug" inside a subquery would mean the subquery's own column.
 */
const outerSkillSlug = sql.raw(`"skills"."slug"`);

/** Every flag of the outer `skills` row, with O*NET occupation and role titles, as one JSON array. */
const flagsOfSkill = sql<FlagRow[]>`(
  select coalesce(json_agg(json_build_object(
    'flag', f.flag, 'evidence', f.evidence, 'onetCode', f.onet_code, 'onetTitle', oo.title,
    'roleSlug', f.role_slug, 'roleTitle', r.title, 'sourceId', f.source_id
  ) order by f.flag, lower(oo.title), f.onet_code, lower(r.title), f.evidence), '[]'::json)
  from skill_flags f
  left join onet_occupations oo on oo.onet_code = f.onet_code
  left join roles r on r.slug = f.role_slug
  where f.skill_slug = ${outerSkillSlug})`;

/** Escapes LIKE wildcards so `?q=50%` looks for "50%" itself. */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The skills catalogue, grouped by kind (in SKILL_KINDS order, names A to Z within a kind), each with how many
 * roles need it (core / useful) and its hot / in-demand marks. Filters apply in SQL. One query.
 */
export async function listSkills({ filters = {} }: { filters?: SkillFilters } = {}): Promise<{
  groups: SkillKindGroup[];
  total: number;
  /** Sources of the marks shown, O*NET first: the page numbers its citations from this list. */
  sourceIds: string[];
}> {
  const db = await database();
  const conditions: SQL[] = [];
  if (filters.kind) conditions.push(eq(skills.kind, filters.kind));
  if (filters.hot) {
    conditions.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(skillFlags)
          .where(eq(skillFlags.skillSlug, skills.slug)),
      ),
    );
  }
  if (filters.q) {
    const pattern = containsPattern(filters.q);
    conditions.push(or(ilike(skills.name, pattern), ilike(skills.description, pattern))!);
  }
  const rows = await db
    .select({
      slug: skills.slug,
      name: skills.name,
      kind: skills.kind,
      description: skills.description,
      coreRoles:
        sql<number>`(select count(*) from role_skills rs where rs.skill_slug = ${outerSkillSlug} and rs.importance = 'core')`.mapWith(
          Number,
        ),
      usefulRoles:
        sql<number>`(select count(*) from role_skills rs where rs.skill_slug = ${outerSkillSlug} and rs.importance = 'useful')`.mapWith(
          Number,
        ),
      flags: flagsOfSkill,
    })
    .from(skills)
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(asc(skills.kind), asc(sql`lower(${skills.name})`), asc(skills.slug));

  const byKind = new Map<SkillKindGroup["kind"], SkillSummary[]>();
  for (const { flags, ...row } of rows) {
    const { inDemand, ...marks } = toMarks(flags);
    const summaryMarks = { ...marks, inDemand: inDemand.map(({ onetCode, onetTitle }) => ({ onetCode, onetTitle })) };
    const list = byKind.get(row.kind) ?? [];
    list.push({ ...row, marks: summaryMarks, inRoleFinder: isInRoleFinder(summaryMarks, row.coreRoles + row.usefulRoles) });
    byKind.set(row.kind, list);
  }
  const groups = SKILL_KINDS.flatMap((kind) => (byKind.has(kind) ? [{ kind, skills: byKind.get(kind)! }] : []));
  const allSkills = groups.flatMap((g) => g.skills);
  const sourceIds = [
    ...allSkills.flatMap((s) => (s.marks.onetSourceId ? [s.marks.onetSourceId] : [])),
    ...allSkills.flatMap((s) => s.marks.highlights.map((h) => h.sourceId)),
  ];
  return { groups, total: rows.length, sourceIds: [...new Set(sourceIds)] };
}

interface RoleNeed {
  roleSlug: string;
  importance: SkillImportance;
  level: RoleLevel;
  sourceId: string;
}

/**
 * Everything a skill page shows for one projection vintage, or null for an unknown slug: the roles that need
 * the skill with their occupation's growth and pay (listRoleOutlooks' skill filter), the moves on which people
 * add it, its O*NET and source marks, and the sources cited. Four independent queries, then the citations.
 */
export async function getSkillDetail({
  slug,
  vintage,
  payOf,
}: {
  slug: string;
  vintage: ProjectionVintage;
  /** The OEWS percentiles kept for the data version (keptPayLookup): each role's spread beside its median. */
  payOf?: PayLookup;
}): Promise<SkillDetail | null> {
  const db = await database();
  const [core, outlooks, allOccupations] = await Promise.all([
    db
      .select({
        slug: skills.slug,
        name: skills.name,
        kind: skills.kind,
        description: skills.description,
        onetExamples: skills.onetExamples,
        flags: flagsOfSkill,
        // Each O*NET name with its In Demand counts in every occupation (the technology page's), in the skill's order.
        technologies: sql<SkillTechnology[]>`(
          select coalesce(json_agg(json_build_object(
            'name', t.name, 'slug', t.slug, 'listed', t.listed,
            'inDemandOnetOccupations', ${inDemandOnetOccupationsSql(sql`t.name`)}, 'inDemandLines', ${inDemandLinesSql(sql`t.name`)}
          ) order by array_position(${sql.raw(`"skills"."onet_examples"`)}, t.name)), '[]'::json)
          from technologies t where t.name = any(${sql.raw(`"skills"."onet_examples"`)}))`,
        // The BLS occupations our roles map to: the In Demand list's scope (seed/seed.ts keeps flags for these only).
        roleOccupationLines: sql<number>`(select count(distinct ro.soc_code) from role_occupations ro)`.mapWith(Number),
        needs: sql<RoleNeed[]>`(
          select coalesce(json_agg(json_build_object(
            'roleSlug', rs.role_slug, 'importance', rs.importance, 'level', rs.level, 'sourceId', rs.source_id
          ) order by rs.role_slug), '[]'::json)
          from role_skills rs where rs.skill_slug = ${outerSkillSlug})`,
        steps: sql<SkillProgressionStep[]>`(
          select coalesce(json_agg(json_build_object(
            'fromSlug', e.from_role, 'fromTitle', fr.title, 'toSlug', e.to_role, 'toTitle', tr.title, 'toLevel', tr.level,
            'track', e.track, 'typicalYearsMin', e.typical_years_min, 'typicalYearsMax', e.typical_years_max, 'sourceId', e.source_id
          ) order by e.track, e.typical_years_min, e.typical_years_max, lower(tr.title), lower(fr.title)), '[]'::json)
          from progression_edge_skills pes
          join progression_edges e on e.from_role = pes.from_role and e.to_role = pes.to_role
          join roles fr on fr.slug = e.from_role
          join roles tr on tr.slug = e.to_role
          where pes.skill_slug = ${outerSkillSlug})`,
      })
      .from(skills)
      .where(eq(skills.slug, slug))
      .limit(1)
      .then((rows) => rows[0]),
    listRoleOutlooks({ vintage, filters: { skill: slug } }),
    getAllOccupationsOutlook({ vintage }),
  ]);
  if (!core) return null;

  const needByRole = new Map(core.needs.map((n) => [n.roleSlug, n]));
  const roles: SkillRole[] = outlooks
    .flatMap((row) => {
      const need = needByRole.get(row.slug);
      if (!need) return [];
      return [
        {
          slug: row.slug,
          title: row.title,
          roleLevel: row.level,
          importance: need.importance,
          level: need.level,
          sourceId: need.sourceId,
          socCode: row.socCode,
          occupationTitle: row.occupationTitle,
          projection: row.projection
            ? {
                changePercent: row.projection.changePercent,
                medianAnnualWage: row.projection.medianAnnualWage,
                wageYear: row.projection.wageYear,
                sourceId: row.projection.sourceId,
              }
            : null,
          pay: payOf && row.projection ? payOf(row.socCode, row.projection.wageYear) : null,
        },
      ];
    })
    // listRoleOutlooks sorts by title; core before useful keeps that order within each.
    .sort((a, b) => (a.importance === b.importance ? 0 : a.importance === "core" ? -1 : 1));

  const marks = toMarks(core.flags);
  const steps = core.steps;
  const leadershipRoles = roles.filter((r) => LEADERSHIP_LEVELS.includes(r.roleLevel));
  const average = allOccupations ? { changePercent: allOccupations.changePercent, sourceId: allOccupations.sourceId } : null;

  // Citations are numbered in the order the page first uses them.
  const sources: SourceCitation[] = await listSourcesByIds({
    ids: [
      ...roles.flatMap((r) => [r.sourceId, ...(r.projection ? [r.projection.sourceId] : []), ...(r.pay ? [r.pay.sourceId] : [])]),
      ...(average ? [average.sourceId] : []),
      ...steps.map((s) => s.sourceId),
      ...(marks.onetSourceId ? [marks.onetSourceId] : []),
      ...marks.highlights.map((h) => h.sourceId),
    ],
  });

  return {
    vintage,
    skill: { slug: core.slug, name: core.name, kind: core.kind, description: core.description, onetExamples: core.onetExamples },
    marks,
    technologies: core.technologies,
    roleOccupationLines: core.roleOccupationLines,
    inRoleFinder: isInRoleFinder(marks, core.needs.length),
    roles,
    allOccupations: average,
    leadsTo: { steps, leadershipRoles },
    sources,
  };
}

function toMarks(flags: FlagRow[]): SkillMarks {
  const inDemand = new Map<string, InDemandOccupation>();
  for (const f of flags) {
    if (f.flag !== "onet_in_demand" || !f.onetCode) continue;
    const entry = inDemand.get(f.onetCode) ?? { onetCode: f.onetCode, onetTitle: f.onetTitle ?? f.onetCode, technologies: [] };
    entry.technologies.push(f.evidence);
    inDemand.set(f.onetCode, entry);
  }
  const onetFlag = flags.find((f) => f.flag !== "source_highlight");
  return {
    hotTechnologies: flags.filter((f) => f.flag === "onet_hot_technology").map((f) => f.evidence),
    inDemand: [...inDemand.values()],
    highlights: flags
      .filter((f) => f.flag === "source_highlight" && f.roleSlug)
      .map((f) => ({ evidence: f.evidence, roleSlug: f.roleSlug!, roleTitle: f.roleTitle ?? f.roleSlug!, sourceId: f.sourceId })),
    onetSourceId: onetFlag?.sourceId ?? null,
  };
}

/**
 * The role finder's skill filter accepts the skills that carry an O*NET Hot Technology or In Demand flag and
 * that at least one role needs (listFilterOptions' hotSkills): only those get a "find roles" link.
 */
function isInRoleFinder(marks: { hotTechnologies: unknown[]; inDemand: unknown[] }, roleCount: number): boolean {
  return roleCount > 0 && (marks.hotTechnologies.length > 0 || marks.inDemand.length > 0);
}
