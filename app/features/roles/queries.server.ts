import { and, asc, eq, inArray, or, sql } from "drizzle-orm";
import { onetOccupations, roleAliases, roleOccupations, roles } from "~db/schema";
import { SKILL_KINDS, type ProjectionVintage } from "~db/schema/enums";
import { normalizeTitle } from "~db/text";
import { database } from "~/lib/db.server";
import type { DataVersionKey } from "~/lib/data-version-memo.server";
import { projectionLines, type PinnedDataVersion } from "~/features/data-pin/queries.server";
import {
  exposureScores,
  listAiNotes,
  listExposureScores,
  listOtherWages,
  listProgressionEdges,
  listRoleCores,
  listRoleIndustries,
  listRoleSkills,
  skillMarks,
  toAiNote,
} from "~/features/roles/role-details.server";
import { listSourcesByIds } from "~/features/sources/queries.server";
import { listRolePay } from "~/features/pay/queries.server";
import { payFor } from "~/features/pay/pay";
import { growthBandFor, periodLabel, type GrowthBand } from "~/features/periods/periods";
import {
  compareGrowth,
  OUTLOOK_STATEMENT_KINDS,
  type EmploymentChartRow,
  type GrowthChartRow,
  type ProfileSkill,
  type ProjectionFigures,
  type RoleProfile,
  type RoleStatement,
  type SkillGroup,
  type SourcedText,
  type VintageChartRow,
} from "~/features/roles/role-profile";

export type { RoleProfile };

/**
 * Everything the role profile shows, for one projection vintage, or null for an unknown slug.
 * Eleven queries whatever the role: ten independent ones keyed by the slug (run together; seven of them shared with
 * the comparison, role-details.server.ts; one the OEWS pay percentiles of its occupations), then the citations (none
 * with `currentVersion` once its sources are kept: ten).
 * With `dataVersion` (a pinned link), the published figures come from that version's archive (pinned.server.ts).
 * `growthBands` are the period's verbal bands (ProjectionPeriod.growthBands): the one the occupation's percent
 * falls in is shown beside it, with its source; without bands, none is.
 */
export async function getRoleProfile({
  slug,
  vintage,
  growthBands = [],
  dataVersion,
  currentVersion,
}: {
  slug: string;
  vintage: ProjectionVintage;
  growthBands?: readonly GrowthBand[];
  dataVersion?: PinnedDataVersion;
  /** The current data version, when the page has read it: the citations then come from its sources kept in memory. */
  currentVersion?: DataVersionKey;
}): Promise<RoleProfile | null> {
  const db = await database();
  const slugs = [slug];
  const [[core], lines, wageRows, aliasRows, skillRows, industryRows, noteRows, exposureRows, edgeRows, pays] = await Promise.all([
    listRoleCores({ slugs, extraColumns: profileColumns }),
    selectProjectionLines(db, slug, dataVersion?.id),
    listOtherWages({ slugs, vintage, dataVersionId: dataVersion?.id }),
    selectAliases(db, slug),
    listRoleSkills({ slugs, order: "kind" }),
    listRoleIndustries({ slugs }),
    listAiNotes({ slugs }),
    listExposureScores({ slugs }),
    listProgressionEdges({ slugs, direction: "both" }),
    listRolePay({ roleSlugs: slugs, dataVersionId: dataVersion?.id }),
  ]);
  if (!core) return null;
  const otherWages = wageRows.map(({ roleSlug: _r, ...wage }) => wage);
  const industries = industryRows.map(({ roleSlug: _r, ...industry }) => industry);
  const notes = noteRows.map(toAiNote);

  const occupation = core.occupations.find((o) => o.isPrimary);
  if (!occupation) throw new Error(`Role ${slug} has no primary occupation`);
  const lineFor = (socCode: string, v: ProjectionVintage) => lines.find((l) => l.socCode === socCode && l.vintage === v) ?? null;

  const projection = lineFor(occupation.socCode, vintage);
  const growthBand = projection
    ? growthBandFor(growthBands, { changePercent: projection.changePercent, kind: projection.occupationKind })
    : null;
  const total = lines.find((l) => l.occupationKind === "total" && l.vintage === vintage) ?? null;
  const comparison =
    projection && total
      ? {
          allOccupationsPercent: total.changePercent,
          allOccupationsSourceId: total.sourceId,
          ...compareGrowth(projection.changePercent, total.changePercent),
        }
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
    official: notes.filter((n) => n.layer === "official"),
    research: notes.filter((n) => n.layer === "research"),
    editorial: notes.filter((n) => n.layer === "editorial"),
    exposure: exposureScores(exposureRows),
  };
  const progression = {
    leadsTo: edgeRows
      .filter((e) => e.fromSlug === slug)
      .map(({ fromSlug: _f, fromTitle: _ft, toSlug, toTitle, ...edge }) => ({ ...edge, slug: toSlug, title: toTitle })),
    comesFrom: edgeRows
      .filter((e) => e.fromSlug !== slug)
      .map(({ fromSlug, fromTitle, toSlug: _t, toTitle: _tt, ...edge }) => ({ ...edge, slug: fromSlug, title: fromTitle })),
  };
  const skillGroups = groupSkills(skillRows);
  // Each median with the OEWS survey it comes from (its 10th-90th spread): none if that survey is not loaded.
  const pay = payFor(pays, occupation.socCode, projection?.wageYear ?? null);
  const otherOccupations = core.occupations
    .filter((o) => !o.isPrimary)
    .map((o) => {
      const line = lineFor(o.socCode, vintage);
      return { ...o, projection: line, pay: payFor(pays, o.socCode, line?.wageYear ?? null) };
    });

  // Citations are numbered in the order the page first uses them (section by section).
  const sourceIds = [
    occupation.sourceId,
    ...(projection ? [projection.sourceId] : []),
    ...(pay ? [pay.sourceId] : []),
    ...(growthBand ? [growthBand.sourceId] : []),
    ...(total ? [total.sourceId] : []),
    ...otherWages.map((w) => w.sourceId),
    core.entrySourceId,
    ...otherOccupations.flatMap((o) => [o.sourceId, ...(o.projection ? [o.projection.sourceId] : []), ...(o.pay ? [o.pay.sourceId] : [])]),
    ...outlookStatements.map((s) => s.sourceId),
    ...aliasRows.map((a) => a.sourceId),
    ...jobStatements.map((s) => s.sourceId),
    ...core.learningSteps.map((s) => s.sourceId),
    ...skillGroups.flatMap((g) =>
      g.skills.flatMap((s) => [
        s.sourceId,
        ...(s.marks.onetSourceId ? [s.marks.onetSourceId] : []),
        ...s.marks.highlights.map((h) => h.sourceId),
      ]),
    ),
    ...industries.map((i) => i.sourceId),
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
  const citations = await listSourcesByIds({ ids: sourceIds, version: currentVersion });

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
      pay,
      comparison,
      growthBand,
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
    industries,
    charts,
    aiImpact,
    progression,
    discussionQuestions: core.discussionQuestions,
    sources: citations,
  };
}

type Db = Awaited<ReturnType<typeof database>>;

/**
 * What only the profile shows of a role, as listRoleCores columns: the roles sharing its primary occupation and
 * its sourced texts (statements, learning steps, discussion questions), aggregated in SQL.
 */
const profileColumns = {
  whatTheyDo: roles.whatTheyDo,
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
};

/** The role's primary occupation as a SQL scalar (null for an unknown slug). */
function primarySocOf(slug: string) {
  return sql`(select ro.soc_code from role_occupations ro where ro.role_slug = ${slug} and ro.is_primary)`;
}

/**
 * Every vintage of: the role's mapped occupations, the OOH group and BLS minor group its primary occupation
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
      dataVersionId === undefined
        ? // Live lines: their codes listed from the (small, indexed) occupations, whose kind is the line's. Testing every
          // line against the conditions below made the planner join all projections to their occupations first: the
          // profile's costliest query on PGlite (issue 13, item 4).
          sql`${lines.socCode} in (
            select ro.soc_code from role_occupations ro where ro.role_slug = ${slug}
            union all select o.soc_code from occupations o where o.kind = 'total'
            union all select o.soc_code from occupations o
              where o.kind = 'group' and ${primarySoc} = any(string_to_array(o.soc_code, '+'))
            union all select o.soc_code from occupations o
              where o.soc_code = left(${primarySoc}, 5) || '00' and o.kind = 'summary' and o.soc_code ~ '^[0-9]{2}-[1-9][0-9]00$')`
        : // An archive keeps each line's kind as it was loaded: the same conditions on its own columns.
          or(
            inArray(
              lines.socCode,
              db.select({ socCode: roleOccupations.socCode }).from(roleOccupations).where(eq(roleOccupations.roleSlug, slug)),
            ),
            eq(lines.occupationKind, "total"),
            and(eq(lines.occupationKind, "group"), sql`${primarySoc} = any(string_to_array(${lines.socCode}, '+'))`),
            // The BLS minor group (15-1200 Computer occupations covers 15-12xx): BLS publishes the major and broad groups
            // above and below it too, but one summary line keeps the comparison readable.
            and(
              eq(lines.occupationKind, "summary"),
              sql`${lines.socCode} ~ '^[0-9]{2}-[1-9][0-9]00$' and starts_with(${primarySoc}, left(${lines.socCode}, 5))`,
            ),
          ),
    )
    .orderBy(asc(lines.occupationKind), asc(lines.socCode), asc(lines.vintage));
  return rows;
}

/**
 * The role known by another name that an address writes as `slug` (`/roles/backend-developer` for the alias
 * “Backend Developer” of back-end-developer), or null. The slug's words are the alias's normal form (normalizeTitle:
 * lowercase, hyphens as spaces), which role_aliases keeps unique, so at most one role answers. One query.
 */
export async function findRoleByAliasSlug({ slug }: { slug: string }): Promise<string | null> {
  const db = await database();
  const [row] = await db
    .select({ roleSlug: roleAliases.roleSlug })
    .from(roleAliases)
    .where(eq(roleAliases.aliasNormalized, normalizeTitle(slug)))
    .limit(1);
  return row?.roleSlug ?? null;
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

function groupSkills(rows: Awaited<ReturnType<typeof listRoleSkills>>): SkillGroup[] {
  const groups = new Map<SkillGroup["kind"], ProfileSkill[]>();
  for (const { roleSlug: _r, kind, flags, ...skill } of rows) {
    const list = groups.get(kind) ?? [];
    list.push({ ...skill, marks: skillMarks(flags) });
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
    {
      ...common,
      label: `${projection.baseYear} (estimate)`,
      year: projection.baseYear,
      point: "base",
      employment: projection.employmentBase,
    },
    {
      ...common,
      label: `${projection.targetYear} (projected)`,
      year: projection.targetYear,
      point: "projected",
      employment: projection.employmentProjected,
    },
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
      label: periodLabel(l),
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
