import { and, asc, desc, eq, inArray, isNull, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import {
  aiExposureScores,
  aiImpactNotes,
  industries,
  onetOccupations,
  progressionEdges,
  roleAliases,
  roleIndustries,
  roleOccupations,
  roles,
  roleSkills,
  skills,
  sources,
} from "../../db/schema";
import { SKILL_KINDS, type ProjectionVintage, type SkillFlag } from "../../db/schema/enums";
import { database } from "~/db.server";
import { otherWageLines, projectionLines, type PinnedDataVersion } from "~/models/pinned.server";
import { listSourcesByIds } from "~/models/sources.server";
import { formatVintage } from "~/utils/format";
import {
  compareGrowth,
  OUTLOOK_STATEMENT_KINDS,
  type AiNote,
  type EmploymentChartRow,
  type ExposureScores,
  type GrowthChartRow,
  type OccupationMapping,
  type ProfileSkill,
  type ProgressionEdge,
  type ProjectionFigures,
  type RoleProfile,
  type RoleStatement,
  type SkillGroup,
  type SourcedText,
  type VintageChartRow,
} from "~/utils/role-profile";

export type { RoleProfile };

/**
 * Everything the role profile shows, for one projection vintage, or null for an unknown slug.
 * Ten queries whatever the role: nine independent ones keyed by the slug (run together), then the citations.
 * With `dataVersion` (a pinned link), the published figures come from that version's archive (pinned.server.ts).
 */
export async function getRoleProfile({
  slug,
  vintage,
  dataVersion,
}: {
  slug: string;
  vintage: ProjectionVintage;
  dataVersion?: PinnedDataVersion;
}): Promise<RoleProfile | null> {
  const db = await database();
  const [core, lines, otherWages, aliasRows, skillRows, industryRows, noteRows, exposureRows, edgeRows] = await Promise.all([
    selectRoleCore(db, slug),
    selectProjectionLines(db, slug, dataVersion?.id),
    selectOtherWages(db, slug, vintage, dataVersion?.id),
    selectAliases(db, slug),
    selectSkills(db, slug),
    selectIndustries(db, slug),
    selectAiNotes(db, slug),
    selectExposureScores(db, slug),
    selectProgressionEdges(db, slug),
  ]);
  if (!core) return null;

  const occupation = core.occupations.find((o) => o.isPrimary);
  if (!occupation) throw new Error(`Role ${slug} has no primary occupation`);
  const lineFor = (socCode: string, v: ProjectionVintage) => lines.find((l) => l.socCode === socCode && l.vintage === v) ?? null;

  const projection = lineFor(occupation.socCode, vintage);
  const total = lines.find((l) => l.occupationKind === "total" && l.vintage === vintage) ?? null;
  const comparison =
    projection && total
      ? { allOccupationsPercent: total.changePercent, allOccupationsSourceId: total.sourceId, ...compareGrowth(projection.changePercent, total.changePercent) }
      : null;

  const statements: RoleStatement[] = core.statements;
  const outlookStatements = statements.filter((s) => OUTLOOK_STATEMENT_KINDS.includes(s.kind));
  const jobStatements = statements.filter((s) => !OUTLOOK_STATEMENT_KINDS.includes(s.kind));

  const charts = {
    employment: employmentChartRows(projection),
    growth: growthChartRows(lines, occupation.socCode, vintage),
    vintages: vintageChartRows(lines, occupation.socCode, vintage),
  };

  const aiImpact = {
    official: noteRows.filter((n) => n.layer === "official"),
    research: noteRows.filter((n) => n.layer === "research"),
    editorial: noteRows.filter((n) => n.layer === "editorial"),
    exposure: exposureScores(exposureRows),
  };
  const progression = {
    leadsTo: edgeRows.filter((e) => e.direction === "out").map(({ direction: _d, ...edge }) => edge),
    comesFrom: edgeRows.filter((e) => e.direction === "in").map(({ direction: _d, ...edge }) => edge),
  };
  const skillGroups = groupSkills(skillRows);
  const otherOccupations = core.occupations
    .filter((o) => !o.isPrimary)
    .map((o) => ({ ...o, projection: lineFor(o.socCode, vintage) }));

  // Citations are numbered in the order the page first uses them (section by section).
  const sourceIds = [
    occupation.sourceId,
    ...(projection ? [projection.sourceId] : []),
    ...(total ? [total.sourceId] : []),
    ...otherWages.map((w) => w.sourceId),
    core.entrySourceId,
    ...otherOccupations.flatMap((o) => [o.sourceId, ...(o.projection ? [o.projection.sourceId] : [])]),
    ...outlookStatements.map((s) => s.sourceId),
    ...aliasRows.map((a) => a.sourceId),
    ...jobStatements.map((s) => s.sourceId),
    ...core.learningSteps.map((s) => s.sourceId),
    ...skillGroups.flatMap((g) =>
      g.skills.flatMap((s) => [s.sourceId, ...(s.marks.onetSourceId ? [s.marks.onetSourceId] : []), ...s.marks.highlights.map((h) => h.sourceId)]),
    ),
    ...industryRows.map((i) => i.sourceId),
    ...charts.employment.map((r) => r.sourceId),
    ...charts.growth.map((r) => r.sourceId),
    ...charts.vintages.map((r) => r.sourceId),
    ...aiImpact.official.map((n) => n.sourceId),
    ...(aiImpact.exposure ? [aiImpact.exposure.sourceId] : []),
    ...aiImpact.research.map((n) => n.sourceId),
    ...aiImpact.editorial.map((n) => n.sourceId),
    ...progression.leadsTo.map((e) => e.sourceId),
    ...progression.comesFrom.map((e) => e.sourceId),
    ...core.discussionQuestions.map((q) => q.sourceId),
  ];
  const citations = await listSourcesByIds({ ids: sourceIds });

  return {
    vintage,
    ...(dataVersion ? { pinnedDataVersion: dataVersion.tag } : {}),
    role: {
      slug: core.slug,
      title: core.title,
      summary: core.summary,
      whatTheyDo: core.whatTheyDo,
      careerCluster: core.careerCluster,
      level: core.level,
    },
    occupation,
    otherOccupations,
    sharesFiguresWith: core.sharesFiguresWith,
    quickFacts: {
      projection,
      comparison,
      otherWages,
      entryEducation: core.entryEducation,
      workExperience: core.workExperience,
      entrySourceId: core.entrySourceId,
      entryDataYear: core.entryDataYear,
    },
    outlookStatements,
    jobStatements,
    aliases: aliasRows,
    learningSteps: core.learningSteps,
    skillGroups,
    industries: industryRows,
    charts,
    aiImpact,
    progression,
    discussionQuestions: core.discussionQuestions,
    sources: citations,
  };
}

type Db = Awaited<ReturnType<typeof database>>;

/**
 * The role, its occupation mappings, the roles sharing its primary occupation, and its short sourced texts
 * (statements, learning steps, discussion questions), aggregated in SQL into one row.
 */
async function selectRoleCore(db: Db, slug: string) {
  const entrySource = alias(sources, "entry_source");
  const [row] = await db
    .select({
      slug: roles.slug,
      title: roles.title,
      summary: roles.summary,
      whatTheyDo: roles.whatTheyDo,
      careerCluster: roles.careerCluster,
      level: roles.level,
      entryEducation: roles.entryEducation,
      workExperience: roles.workExperience,
      entrySourceId: roles.entrySourceId,
      entryDataYear: entrySource.vintage,
      occupations: sql<OccupationMapping[]>`(
        select coalesce(json_agg(json_build_object(
          'socCode', o.soc_code, 'title', o.title, 'onetCode', ro.onet_code, 'onetTitle', oo.title,
          'isPrimary', ro.is_primary, 'sourceId', ro.source_id, 'note', ro.note
        ) order by ro.is_primary desc, ro.soc_code), '[]'::json)
        from role_occupations ro
        join occupations o on o.soc_code = ro.soc_code
        left join onet_occupations oo on oo.onet_code = ro.onet_code
        where ro.role_slug = ${roles.slug})`,
      sharesFiguresWith: sql<{ slug: string; title: string }[]>`(
        select coalesce(json_agg(json_build_object('slug', other.slug, 'title', other.title) order by other.title), '[]'::json)
        from role_occupations mine
        join role_occupations theirs on theirs.soc_code = mine.soc_code and theirs.is_primary and theirs.role_slug <> mine.role_slug
        join roles other on other.slug = theirs.role_slug
        where mine.role_slug = ${roles.slug} and mine.is_primary)`,
      statements: sql<RoleStatement[]>`(
        select coalesce(json_agg(json_build_object(
          'kind', s.kind, 'statement', s.statement, 'figure', s.figure, 'figureUnit', s.figure_unit,
          'sourceId', s.source_id, 'note', s.note
        ) order by s.position), '[]'::json)
        from role_statements s where s.role_slug = ${roles.slug})`,
      learningSteps: sql<SourcedText[]>`(
        select coalesce(json_agg(json_build_object(
          'position', l.position, 'text', l.step, 'detail', l.detail, 'sourceId', l.source_id
        ) order by l.position), '[]'::json)
        from role_learning_steps l where l.role_slug = ${roles.slug})`,
      discussionQuestions: sql<SourcedText[]>`(
        select coalesce(json_agg(json_build_object(
          'position', q.position, 'text', q.question, 'detail', null, 'sourceId', q.source_id
        ) order by q.position), '[]'::json)
        from discussion_questions q where q.role_slug = ${roles.slug})`,
    })
    .from(roles)
    .innerJoin(entrySource, eq(entrySource.id, roles.entrySourceId))
    .where(eq(roles.slug, slug))
    .limit(1);
  return row;
}

/** The role's primary occupation as a SQL scalar (null for an unknown slug). */
function primarySocOf(slug: string) {
  return sql`(select ro.soc_code from role_occupations ro where ro.role_slug = ${slug} and ro.is_primary)`;
}

/**
 * Every vintage of: the role's mapped occupations, the OOH group and BLS summary line its primary occupation
 * belongs to (15-1254 is in the OOH group 15-1254+15-1255 and in 15-1200 Computer occupations), and the
 * all-occupations total. Live figures, or those archived with data version `dataVersionId`.
 */
async function selectProjectionLines(db: Db, slug: string, dataVersionId?: number): Promise<ProjectionFigures[]> {
  const primarySoc = primarySocOf(slug);
  const lines = projectionLines(db, dataVersionId);
  const rows = await db
    .select()
    .from(lines)
    .where(
      or(
        inArray(
          lines.socCode,
          db.select({ socCode: roleOccupations.socCode }).from(roleOccupations).where(eq(roleOccupations.roleSlug, slug)),
        ),
        eq(lines.occupationKind, "total"),
        and(eq(lines.occupationKind, "group"), sql`${primarySoc} = any(string_to_array(${lines.socCode}, '+'))`),
        // A summary line covers the codes that start with its own code less trailing zeros (15-1200 -> 15-12).
        and(eq(lines.occupationKind, "summary"), sql`starts_with(${primarySoc}, rtrim(${lines.socCode}, '0'))`),
      ),
    )
    .orderBy(asc(lines.occupationKind), asc(lines.socCode), asc(lines.vintage));
  return rows;
}

/** Median wages other sources publish for the role's occupations in this vintage (e.g. a refreshed data tool). */
async function selectOtherWages(db: Db, slug: string, vintage: ProjectionVintage, dataVersionId?: number) {
  const wages = otherWageLines(db, dataVersionId);
  return db
    .select({
      socCode: wages.socCode,
      medianAnnualWage: wages.medianAnnualWage,
      wageYear: wages.wageYear,
      sourceId: wages.sourceId,
      note: wages.note,
    })
    .from(wages)
    .innerJoin(roleOccupations, and(eq(roleOccupations.socCode, wages.socCode), eq(roleOccupations.isPrimary, true)))
    .where(and(eq(roleOccupations.roleSlug, slug), eq(wages.sourceVintage, vintage)))
    .orderBy(asc(wages.wageYear), asc(wages.sourceId));
}

async function selectAliases(db: Db, slug: string) {
  return db
    .select({
      alias: roleAliases.alias,
      origin: roleAliases.origin,
      onetCode: roleAliases.onetCode,
      onetTitle: onetOccupations.title,
      sourceId: roleAliases.sourceId,
      note: roleAliases.note,
    })
    .from(roleAliases)
    .leftJoin(onetOccupations, eq(onetOccupations.onetCode, roleAliases.onetCode))
    .where(eq(roleAliases.roleSlug, slug))
    .orderBy(asc(roleAliases.origin), asc(roleAliases.id));
}

interface FlagRow {
  flag: SkillFlag;
  evidence: string;
  onetCode: string | null;
  onetTitle: string | null;
  sourceId: string;
}

/**
 * The role's skills with their marks: O*NET Hot Technology (database-wide), O*NET In Demand for the role's own
 * O*NET occupations, and the source highlights written for this role.
 */
async function selectSkills(db: Db, slug: string) {
  return db
    .select({
      slug: skills.slug,
      name: skills.name,
      kind: skills.kind,
      description: skills.description,
      importance: roleSkills.importance,
      level: roleSkills.level,
      sourceId: roleSkills.sourceId,
      flags: sql<FlagRow[]>`(
        select coalesce(json_agg(json_build_object(
          'flag', f.flag, 'evidence', f.evidence, 'onetCode', f.onet_code, 'onetTitle', oo.title, 'sourceId', f.source_id
        ) order by f.flag, f.onet_code, f.evidence), '[]'::json)
        from skill_flags f
        left join onet_occupations oo on oo.onet_code = f.onet_code
        where f.skill_slug = ${skills.slug}
          and (f.flag = 'onet_hot_technology'
            or (f.flag = 'onet_in_demand' and f.onet_code in (select ro.onet_code from role_occupations ro where ro.role_slug = ${slug}))
            or (f.flag = 'source_highlight' and f.role_slug = ${slug})))`,
    })
    .from(roleSkills)
    .innerJoin(skills, eq(skills.slug, roleSkills.skillSlug))
    .where(eq(roleSkills.roleSlug, slug))
    .orderBy(asc(skills.kind), asc(roleSkills.importance), asc(roleSkills.level), asc(skills.name));
}

async function selectIndustries(db: Db, slug: string) {
  return db
    .select({
      slug: industries.slug,
      name: industries.name,
      description: industries.description,
      rank: roleIndustries.rank,
      sharePercent: roleIndustries.sharePercent,
      sourceId: roleIndustries.sourceId,
    })
    .from(roleIndustries)
    .innerJoin(industries, eq(industries.slug, roleIndustries.industrySlug))
    .where(eq(roleIndustries.roleSlug, slug))
    .orderBy(sql`${roleIndustries.rank} asc nulls last`, sql`${roleIndustries.sharePercent} desc nulls last`, asc(industries.name));
}

/** AI-impact notes about the role, its primary occupation, or the whole economy; layers stay separate. */
async function selectAiNotes(db: Db, slug: string): Promise<AiNote[]> {
  const rows = await db
    .select({
      layer: aiImpactNotes.layer,
      aspect: aiImpactNotes.aspect,
      statement: aiImpactNotes.statement,
      asOf: aiImpactNotes.asOf,
      sourceId: aiImpactNotes.sourceId,
      author: aiImpactNotes.author,
      reviewedOn: aiImpactNotes.reviewedOn,
      socCode: aiImpactNotes.socCode,
      roleSlug: aiImpactNotes.roleSlug,
    })
    .from(aiImpactNotes)
    .where(
      or(
        eq(aiImpactNotes.roleSlug, slug),
        sql`${aiImpactNotes.socCode} = ${primarySocOf(slug)}`,
        and(isNull(aiImpactNotes.socCode), isNull(aiImpactNotes.roleSlug)),
      ),
    )
    // Within a layer: what is about this role or occupation first, newest first, then economy-wide notes.
    .orderBy(
      asc(aiImpactNotes.layer),
      sql`(${aiImpactNotes.socCode} is null and ${aiImpactNotes.roleSlug} is null)`,
      desc(aiImpactNotes.asOf),
      asc(aiImpactNotes.position),
    );
  return rows.map(({ socCode, roleSlug, ...note }) => ({
    ...note,
    scope: roleSlug ? "role" : socCode ? "occupation" : "economy",
  }));
}

/** "GPTs are GPTs" scores for the primary occupation's O*NET code, both raters. */
async function selectExposureScores(db: Db, slug: string) {
  return db
    .select({
      onetCode: aiExposureScores.onetCode,
      onetTitle: onetOccupations.title,
      rater: aiExposureScores.rater,
      measure: aiExposureScores.measure,
      score: aiExposureScores.score,
      sourceId: aiExposureScores.sourceId,
    })
    .from(aiExposureScores)
    .innerJoin(onetOccupations, eq(onetOccupations.onetCode, aiExposureScores.onetCode))
    .innerJoin(
      roleOccupations,
      and(eq(roleOccupations.onetCode, aiExposureScores.onetCode), eq(roleOccupations.isPrimary, true)),
    )
    .where(eq(roleOccupations.roleSlug, slug))
    .orderBy(asc(aiExposureScores.measure), asc(aiExposureScores.rater));
}

/** Progression edges into and out of the role, with the other role's title and the skills gained. */
async function selectProgressionEdges(db: Db, slug: string): Promise<(ProgressionEdge & { direction: "in" | "out" })[]> {
  const fromRole = alias(roles, "from_role_row");
  const toRole = alias(roles, "to_role_row");
  const rows = await db
    .select({
      fromSlug: progressionEdges.fromRole,
      fromTitle: fromRole.title,
      toSlug: progressionEdges.toRole,
      toTitle: toRole.title,
      track: progressionEdges.track,
      typicalYearsMin: progressionEdges.typicalYearsMin,
      typicalYearsMax: progressionEdges.typicalYearsMax,
      sourceId: progressionEdges.sourceId,
      note: progressionEdges.note,
      skillsGained: sql<string[]>`(
        select coalesce(json_agg(s.name order by s.name), '[]'::json)
        from progression_edge_skills pes join skills s on s.slug = pes.skill_slug
        where pes.from_role = ${progressionEdges.fromRole} and pes.to_role = ${progressionEdges.toRole})`,
    })
    .from(progressionEdges)
    .innerJoin(fromRole, eq(fromRole.slug, progressionEdges.fromRole))
    .innerJoin(toRole, eq(toRole.slug, progressionEdges.toRole))
    .where(or(eq(progressionEdges.fromRole, slug), eq(progressionEdges.toRole, slug)))
    .orderBy(asc(progressionEdges.track), asc(progressionEdges.typicalYearsMin), asc(progressionEdges.typicalYearsMax), asc(toRole.title), asc(fromRole.title));
  return rows.map(({ fromSlug, fromTitle, toSlug, toTitle, ...edge }) =>
    fromSlug === slug ? { ...edge, direction: "out", slug: toSlug, title: toTitle } : { ...edge, direction: "in", slug: fromSlug, title: fromTitle },
  );
}

function groupSkills(rows: Awaited<ReturnType<typeof selectSkills>>): SkillGroup[] {
  const groups = new Map<SkillGroup["kind"], ProfileSkill[]>();
  for (const { kind, flags, ...skill } of rows) {
    const inDemand = new Map<string, { onetCode: string; onetTitle: string; technologies: string[] }>();
    for (const f of flags.filter((f) => f.flag === "onet_in_demand" && f.onetCode)) {
      const entry = inDemand.get(f.onetCode!) ?? { onetCode: f.onetCode!, onetTitle: f.onetTitle ?? f.onetCode!, technologies: [] };
      entry.technologies.push(f.evidence);
      inDemand.set(f.onetCode!, entry);
    }
    const onetFlag = flags.find((f) => f.flag !== "source_highlight");
    const list = groups.get(kind) ?? [];
    list.push({
      ...skill,
      marks: {
        hotTechnologies: flags.filter((f) => f.flag === "onet_hot_technology").map((f) => f.evidence),
        inDemand: [...inDemand.values()],
        highlights: flags.filter((f) => f.flag === "source_highlight").map((f) => ({ evidence: f.evidence, sourceId: f.sourceId })),
        onetSourceId: onetFlag?.sourceId ?? null,
      },
    });
    groups.set(kind, list);
  }
  return SKILL_KINDS.flatMap((kind) => (groups.has(kind) ? [{ kind, skills: groups.get(kind)! }] : []));
}

function employmentChartRows(projection: ProjectionFigures | null): EmploymentChartRow[] {
  if (!projection) return [];
  const common = {
    socCode: projection.socCode,
    occupationTitle: projection.occupationTitle,
    vintage: projection.vintage,
    sourceId: projection.sourceId,
  };
  return [
    { ...common, label: `${projection.baseYear} (estimate)`, year: projection.baseYear, point: "base", employment: projection.employmentBase },
    { ...common, label: `${projection.targetYear} (projected)`, year: projection.targetYear, point: "projected", employment: projection.employmentProjected },
  ];
}

const COMPARISON_ORDER = { detailed: 0, group: 1, summary: 2, total: 3 } as const;

function growthChartRows(lines: ProjectionFigures[], primarySoc: string, vintage: ProjectionVintage): GrowthChartRow[] {
  // Without the occupation's own line there is nothing to compare.
  if (!lines.some((l) => l.socCode === primarySoc && l.vintage === vintage)) return [];
  return lines
    .filter((l) => l.vintage === vintage && (l.socCode === primarySoc || l.occupationKind !== "detailed"))
    .sort((a, b) => COMPARISON_ORDER[a.occupationKind] - COMPARISON_ORDER[b.occupationKind])
    .map((l) => ({
      label: comparisonLabel(l),
      socCode: l.socCode,
      occupationTitle: l.occupationTitle,
      kind: l.occupationKind,
      isRoleOccupation: l.socCode === primarySoc,
      changePercent: l.changePercent,
      // OOH group pages publish whole percents; Career Atlas's derived group sums keep one decimal.
      percentDecimals: l.occupationKind === "group" && !l.isDerived ? 0 : 1,
      employmentBase: l.employmentBase,
      employmentProjected: l.employmentProjected,
      isDerived: l.isDerived,
      vintage: l.vintage,
      sourceId: l.sourceId,
    }));
}

function comparisonLabel(line: ProjectionFigures): string {
  switch (line.occupationKind) {
    case "detailed":
      return `${line.occupationTitle} (this role)`;
    case "group":
      return `${line.occupationTitle} (OOH group)`;
    case "summary":
      return `${line.occupationTitle} (all ${line.socCode.slice(0, 5)}xx)`;
    case "total":
      return "All occupations";
  }
}

function vintageChartRows(lines: ProjectionFigures[], primarySoc: string, vintage: ProjectionVintage): VintageChartRow[] {
  return lines
    .filter((l) => l.socCode === primarySoc)
    .sort((a, b) => a.vintage.localeCompare(b.vintage))
    .map((l) => ({
      label: formatVintage(l.vintage),
      vintage: l.vintage,
      baseYear: l.baseYear,
      targetYear: l.targetYear,
      changePercent: l.changePercent,
      employmentBase: l.employmentBase,
      employmentProjected: l.employmentProjected,
      isSelected: l.vintage === vintage,
      sourceId: l.sourceId,
    }));
}

function exposureScores(rows: Awaited<ReturnType<typeof selectExposureScores>>): ExposureScores | null {
  const first = rows[0];
  if (!first) return null;
  const measures = ["alpha", "beta", "gamma"] as const;
  return {
    onetCode: first.onetCode,
    onetTitle: first.onetTitle,
    sourceId: first.sourceId,
    rows: measures.map((measure) => ({
      measure,
      gpt4: rows.find((r) => r.measure === measure && r.rater === "gpt4")?.score ?? null,
      human: rows.find((r) => r.measure === measure && r.rater === "human")?.score ?? null,
    })),
  };
}
