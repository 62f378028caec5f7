import { and, asc, desc, eq, inArray, isNull, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import {
  aiExposureScores,
  aiImpactNotes,
  industries,
  occupations,
  occupationWages,
  onetOccupations,
  progressionEdges,
  roleIndustries,
  roleOccupations,
  roles,
  roleSkills,
  skills,
  sources,
} from "../../db/schema";
import { CAREER_CLUSTERS, type ProjectionVintage } from "../../db/schema/enums";
import { database } from "~/db.server";
import { getAllOccupationsOutlook, listRoleOutlooks } from "~/models/outlook.server";
import { otherWageLines, projectionLines, type PinnedDataVersion } from "~/models/pinned.server";
import { listSourcesByIds } from "~/models/sources.server";
import type {
  AllOccupationsFigures,
  ComparedRole,
  ComparedSkill,
  HotSkillInCommon,
  RoleChoice,
  RoleComparison,
} from "~/utils/role-comparison";
import { compareGrowth, type AiNote, type ExposureScores, type ProgressionEdge } from "~/utils/role-profile";
import { pairwiseSkillOverlaps, splitSkills } from "~/utils/skill-overlap";

export type { RoleChoice, RoleComparison };

/** Every role, for the compare picker and to check the slugs of an address: by career cluster, then title. One query. */
export async function listRoleChoices(): Promise<RoleChoice[]> {
  const db = await database();
  const rows = await db
    .select({ slug: roles.slug, title: roles.title, careerCluster: roles.careerCluster })
    .from(roles)
    .orderBy(sql`${roles.title} collate "C"`);
  return rows.sort((a, b) => CAREER_CLUSTERS.indexOf(a.careerCluster) - CAREER_CLUSTERS.indexOf(b.careerCluster));
}

type Db = Awaited<ReturnType<typeof database>>;

/**
 * Everything the compare page shows for 2 to 4 roles, in the order given (unknown slugs are left out: the
 * route checks them first). Ten queries whatever the number of roles: nine keyed by the list of slugs, run
 * together, then the citations. Nothing is queried per role. With `dataVersion` (a pinned link), the projections
 * and wages are those archived with that version (two more queries, docs/decisions/008).
 */
export async function getRoleComparison({
  slugs,
  vintage,
  dataVersion,
}: {
  slugs: readonly string[];
  vintage: ProjectionVintage;
  dataVersion?: PinnedDataVersion;
}): Promise<RoleComparison> {
  const db = await database();
  const list = [...new Set(slugs)];
  const [coreRows, liveOutlooks, liveTotal, liveWageRows, skillRows, industryRows, noteRows, exposureRows, edgeRows, pinned] = await Promise.all([
    selectRoleCores(db, list),
    listRoleOutlooks({ vintage, filters: { slugs: list } }),
    getAllOccupationsOutlook({ vintage }),
    selectOtherWages(db, list, vintage),
    selectSkills(db, list),
    selectIndustries(db, list),
    selectAiNotes(db, list),
    selectExposureScores(db, list),
    selectEdgesOut(db, list),
    dataVersion ? selectPinnedFigures(db, list, vintage, dataVersion.id) : null,
  ]);
  const outlooks = pinned ? pinned.outlooks : liveOutlooks;
  const total = pinned ? pinned.total : liveTotal;
  const wageRows = pinned ? pinned.wages : liveWageRows;

  const allOccupations: AllOccupationsFigures | null = total
    ? {
        changePercent: total.changePercent,
        changeNumeric: total.changeNumeric,
        annualOpenings: total.annualOpenings,
        employmentBase: total.employmentBase,
        employmentProjected: total.employmentProjected,
        baseYear: total.baseYear,
        targetYear: total.targetYear,
        medianAnnualWage: total.medianAnnualWage,
        wageYear: total.wageYear,
        sourceId: total.sourceId,
      }
    : null;

  const compared: ComparedRole[] = list.flatMap((slug) => {
    const core = coreRows.find((r) => r.slug === slug);
    if (!core) return [];
    const projection = outlooks.find((o) => o.slug === slug)?.projection ?? null;
    const notes = noteRows.filter((n) => n.roleSlug === slug || (n.socCode !== null && n.socCode === core.socCode));
    const note = ({ socCode, roleSlug, ...rest }: (typeof noteRows)[number]): AiNote => ({ ...rest, scope: roleSlug ? "role" : socCode ? "occupation" : "economy" });
    return [
      {
        slug: core.slug,
        title: core.title,
        summary: core.summary,
        careerCluster: core.careerCluster,
        level: core.level,
        occupation: { socCode: core.socCode, title: core.occupationTitle, onetCode: core.onetCode, sourceId: core.mappingSourceId },
        projection,
        growthComparison:
          projection && allOccupations
            ? {
                allOccupationsPercent: allOccupations.changePercent,
                allOccupationsSourceId: allOccupations.sourceId,
                ...compareGrowth(projection.changePercent, allOccupations.changePercent),
              }
            : null,
        otherWages: wageRows.filter((w) => w.roleSlug === slug).map(({ roleSlug: _r, ...wage }) => wage),
        entryEducation: core.entryEducation,
        workExperience: core.workExperience,
        entrySourceId: core.entrySourceId,
        entryDataYear: core.entryDataYear,
        skills: skillRows.filter((s) => s.roleSlug === slug).map(toComparedSkill),
        industries: industryRows.filter((i) => i.roleSlug === slug).map(({ roleSlug: _r, ...industry }) => industry),
        aiImpact: {
          official: notes.filter((n) => n.layer === "official").map(note),
          research: notes.filter((n) => n.layer === "research").map(note),
          editorial: notes.filter((n) => n.layer === "editorial").map(note),
          exposure: exposureScores(exposureRows.filter((e) => e.roleSlug === slug)),
        },
        leadsTo: edgeRows.filter((e) => e.fromSlug === slug).map(({ fromSlug: _f, ...edge }) => edge),
      },
    ];
  });

  const economyNotes = noteRows.filter((n) => n.roleSlug === null && n.socCode === null).map(({ socCode: _s, roleSlug: _r, ...n }): AiNote => ({ ...n, scope: "economy" }));
  const split = splitSkills(compared.map((r) => r.skills));
  const comparison: Omit<RoleComparison, "sources"> = {
    vintage,
    roles: compared,
    allOccupations,
    sharedOccupations: sharedOccupations(compared),
    skills: { overlaps: pairwiseSkillOverlaps(compared.map((r) => r.skills)), ...split },
    hotSkillsInCommon: hotSkillsInCommon([...split.sharedByAll, ...split.sharedBySome]),
    economyAiNotes: {
      official: economyNotes.filter((n) => n.layer === "official"),
      research: economyNotes.filter((n) => n.layer === "research"),
      editorial: economyNotes.filter((n) => n.layer === "editorial"),
    },
    industriesInCommon: industriesInCommon(compared),
    destinationsInCommon: destinationsInCommon(compared),
  };

  // Citations are numbered in the order the page first uses them (section by section).
  const sourceIds = [
    ...compared.map((r) => r.occupation.sourceId),
    ...compared.flatMap((r) => (r.projection ? [r.projection.sourceId] : [])),
    ...(allOccupations ? [allOccupations.sourceId] : []),
    ...compared.flatMap((r) => r.otherWages.map((w) => w.sourceId)),
    ...compared.map((r) => r.entrySourceId),
    ...compared.flatMap((r) => r.skills.flatMap((s) => [s.sourceId, ...(s.onetSourceId ? [s.onetSourceId] : [])])),
    ...compared.flatMap((r) => [
      ...r.aiImpact.official.map((n) => n.sourceId),
      ...(r.aiImpact.exposure ? [r.aiImpact.exposure.sourceId] : []),
      ...r.aiImpact.research.map((n) => n.sourceId),
      ...r.aiImpact.editorial.map((n) => n.sourceId),
    ]),
    ...economyNotes.map((n) => n.sourceId),
    ...compared.flatMap((r) => r.leadsTo.map((e) => e.sourceId)),
    ...compared.flatMap((r) => r.industries.map((i) => i.sourceId)),
  ];
  return { ...comparison, ...(dataVersion ? { pinnedDataVersion: dataVersion.tag } : {}), sources: await listSourcesByIds({ ids: sourceIds }) };
}

/**
 * The roles' projections, the all-occupations line and the other published wages as archived with one data
 * version, in the shapes of listRoleOutlooks, getAllOccupationsOutlook and selectOtherWages. Two queries.
 */
async function selectPinnedFigures(db: Db, slugs: string[], vintage: ProjectionVintage, dataVersionId: number) {
  const lines = projectionLines(db, dataVersionId);
  const wages = otherWageLines(db, dataVersionId);
  const primary = and(inArray(roleOccupations.roleSlug, slugs), eq(roleOccupations.isPrimary, true));
  const [lineRows, wageRows] = await Promise.all([
    db
      .select({
        slug: roleOccupations.roleSlug,
        kind: lines.occupationKind,
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
      })
      .from(lines)
      .leftJoin(roleOccupations, and(eq(roleOccupations.socCode, lines.socCode), primary))
      .where(and(eq(lines.vintage, vintage), or(eq(lines.occupationKind, "total"), sql`${roleOccupations.roleSlug} is not null`))),
    db
      .select({
        roleSlug: roleOccupations.roleSlug,
        socCode: wages.socCode,
        medianAnnualWage: wages.medianAnnualWage,
        wageYear: wages.wageYear,
        sourceId: wages.sourceId,
        note: wages.note,
      })
      .from(wages)
      .innerJoin(roleOccupations, and(eq(roleOccupations.socCode, wages.socCode), primary))
      .where(eq(wages.sourceVintage, vintage))
      .orderBy(asc(wages.wageYear), asc(wages.sourceId)),
  ]);
  const figures = ({ slug: _s, kind: _k, ...line }: (typeof lineRows)[number]) => line;
  const totalLine = lineRows.find((l) => l.kind === "total");
  return {
    outlooks: lineRows.filter((l) => l.kind !== "total" && l.slug !== null).map((l) => ({ slug: l.slug!, projection: figures(l) })),
    total: totalLine ? figures(totalLine) : undefined,
    wages: wageRows,
  };
}

/** The roles with their primary occupation and the data year of their education / experience source. */
async function selectRoleCores(db: Db, slugs: string[]) {
  const entrySource = alias(sources, "entry_source");
  return db
    .select({
      slug: roles.slug,
      title: roles.title,
      summary: roles.summary,
      careerCluster: roles.careerCluster,
      level: roles.level,
      entryEducation: roles.entryEducation,
      workExperience: roles.workExperience,
      entrySourceId: roles.entrySourceId,
      entryDataYear: entrySource.vintage,
      socCode: occupations.socCode,
      occupationTitle: occupations.title,
      onetCode: roleOccupations.onetCode,
      mappingSourceId: roleOccupations.sourceId,
    })
    .from(roles)
    .innerJoin(entrySource, eq(entrySource.id, roles.entrySourceId))
    .innerJoin(roleOccupations, and(eq(roleOccupations.roleSlug, roles.slug), eq(roleOccupations.isPrimary, true)))
    .innerJoin(occupations, eq(occupations.socCode, roleOccupations.socCode))
    .where(inArray(roles.slug, slugs));
}

/** Median wages other releases publish for the roles' primary occupations in this vintage (sources disagree). */
async function selectOtherWages(db: Db, slugs: string[], vintage: ProjectionVintage) {
  return db
    .select({
      roleSlug: roleOccupations.roleSlug,
      socCode: occupationWages.socCode,
      medianAnnualWage: occupationWages.medianAnnualWage,
      wageYear: occupationWages.wageYear,
      sourceId: occupationWages.sourceId,
      note: occupationWages.note,
    })
    .from(occupationWages)
    .innerJoin(sources, eq(sources.id, occupationWages.sourceId))
    .innerJoin(roleOccupations, and(eq(roleOccupations.socCode, occupationWages.socCode), eq(roleOccupations.isPrimary, true)))
    .where(and(inArray(roleOccupations.roleSlug, slugs), eq(sources.vintage, vintage)))
    .orderBy(asc(occupationWages.wageYear), asc(occupationWages.sourceId));
}

interface SkillFlagRow {
  flag: "onet_hot_technology" | "onet_in_demand";
  onetCode: string | null;
  onetTitle: string | null;
  sourceId: string;
}

/**
 * The roles' skills with their O*NET marks: Hot Technology (database-wide) and In Demand for the role's own
 * O*NET occupations (the rule the profile uses).
 */
async function selectSkills(db: Db, slugs: string[]) {
  return db
    .select({
      roleSlug: roleSkills.roleSlug,
      slug: skills.slug,
      name: skills.name,
      kind: skills.kind,
      importance: roleSkills.importance,
      level: roleSkills.level,
      sourceId: roleSkills.sourceId,
      flags: sql<SkillFlagRow[]>`(
        select coalesce(json_agg(json_build_object(
          'flag', x.flag, 'onetCode', x.onet_code, 'onetTitle', x.title, 'sourceId', x.source_id
        ) order by x.flag, x.onet_code), '[]'::json)
        from (
          select distinct f.flag, f.onet_code, oo.title, f.source_id
          from skill_flags f
          left join onet_occupations oo on oo.onet_code = f.onet_code
          where f.skill_slug = ${skills.slug}
            and (f.flag = 'onet_hot_technology'
              or (f.flag = 'onet_in_demand' and f.onet_code in (select ro.onet_code from role_occupations ro where ro.role_slug = ${roleSkills.roleSlug})))
        ) x)`,
    })
    .from(roleSkills)
    .innerJoin(skills, eq(skills.slug, roleSkills.skillSlug))
    .where(inArray(roleSkills.roleSlug, slugs))
    .orderBy(asc(roleSkills.roleSlug), asc(roleSkills.importance), sql`${skills.name} collate "C"`);
}

function toComparedSkill({ roleSlug: _r, flags, ...skill }: Awaited<ReturnType<typeof selectSkills>>[number]): ComparedSkill {
  return {
    ...skill,
    hotTechnology: flags.some((f) => f.flag === "onet_hot_technology"),
    inDemandFor: flags.filter((f) => f.flag === "onet_in_demand" && f.onetCode).map((f) => ({ onetCode: f.onetCode!, onetTitle: f.onetTitle ?? f.onetCode! })),
    onetSourceId: flags[0]?.sourceId ?? null,
  };
}

async function selectIndustries(db: Db, slugs: string[]) {
  return db
    .select({
      roleSlug: roleIndustries.roleSlug,
      slug: industries.slug,
      name: industries.name,
      description: industries.description,
      rank: roleIndustries.rank,
      sharePercent: roleIndustries.sharePercent,
      sourceId: roleIndustries.sourceId,
    })
    .from(roleIndustries)
    .innerJoin(industries, eq(industries.slug, roleIndustries.industrySlug))
    .where(inArray(roleIndustries.roleSlug, slugs))
    .orderBy(asc(roleIndustries.roleSlug), sql`${roleIndustries.rank} asc nulls last`, sql`${roleIndustries.sharePercent} desc nulls last`, asc(industries.name));
}

/** AI-impact notes about the roles, their primary occupations, or the whole economy; layers stay separate. */
async function selectAiNotes(db: Db, slugs: string[]) {
  const primarySocs = db
    .select({ socCode: roleOccupations.socCode })
    .from(roleOccupations)
    .where(and(inArray(roleOccupations.roleSlug, slugs), eq(roleOccupations.isPrimary, true)));
  return db
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
        inArray(aiImpactNotes.roleSlug, slugs),
        inArray(aiImpactNotes.socCode, primarySocs),
        and(isNull(aiImpactNotes.socCode), isNull(aiImpactNotes.roleSlug)),
      ),
    )
    // As on the profile: within a layer, what is about the role or occupation first, newest first.
    .orderBy(asc(aiImpactNotes.layer), desc(aiImpactNotes.asOf), asc(aiImpactNotes.position));
}

/** "GPTs are GPTs" scores for each role's primary O*NET occupation, both raters. */
async function selectExposureScores(db: Db, slugs: string[]) {
  return db
    .select({
      roleSlug: roleOccupations.roleSlug,
      onetCode: aiExposureScores.onetCode,
      onetTitle: onetOccupations.title,
      rater: aiExposureScores.rater,
      measure: aiExposureScores.measure,
      score: aiExposureScores.score,
      sourceId: aiExposureScores.sourceId,
    })
    .from(aiExposureScores)
    .innerJoin(onetOccupations, eq(onetOccupations.onetCode, aiExposureScores.onetCode))
    .innerJoin(roleOccupations, and(eq(roleOccupations.onetCode, aiExposureScores.onetCode), eq(roleOccupations.isPrimary, true)))
    .where(inArray(roleOccupations.roleSlug, slugs))
    .orderBy(asc(aiExposureScores.measure), asc(aiExposureScores.rater));
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

/** Where each role leads: its progression edges out, with the next role's title and the skills gained. */
async function selectEdgesOut(db: Db, slugs: string[]): Promise<(ProgressionEdge & { fromSlug: string })[]> {
  const toRole = alias(roles, "to_role_row");
  return db
    .select({
      fromSlug: progressionEdges.fromRole,
      slug: progressionEdges.toRole,
      title: toRole.title,
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
    .innerJoin(toRole, eq(toRole.slug, progressionEdges.toRole))
    .where(inArray(progressionEdges.fromRole, slugs))
    .orderBy(asc(progressionEdges.track), asc(progressionEdges.typicalYearsMin), asc(progressionEdges.typicalYearsMax), asc(toRole.title));
}

function sharedOccupations(compared: ComparedRole[]): RoleComparison["sharedOccupations"] {
  const bySoc = new Map<string, RoleComparison["sharedOccupations"][number]>();
  for (const role of compared) {
    const entry = bySoc.get(role.occupation.socCode) ?? { socCode: role.occupation.socCode, title: role.occupation.title, roleSlugs: [] };
    entry.roleSlugs.push(role.slug);
    bySoc.set(role.occupation.socCode, entry);
  }
  return [...bySoc.values()].filter((o) => o.roleSlugs.length > 1);
}

/** Skills two or more roles need that O*NET marks Hot Technology or In Demand (for one of those roles' occupations). */
function hotSkillsInCommon(shared: RoleComparison["skills"]["sharedByAll"]): HotSkillInCommon[] {
  return shared.flatMap((presence) => {
    const entries = presence.byRole.filter((s): s is ComparedSkill => s !== null);
    const inDemandFor = [...new Map(entries.flatMap((s) => s.inDemandFor).map((d) => [d.onetCode, d])).values()].sort((a, b) => a.onetCode.localeCompare(b.onetCode));
    const hotTechnology = entries.some((s) => s.hotTechnology);
    if (!hotTechnology && inDemandFor.length === 0) return [];
    const first = entries[0]!;
    return [
      {
        slug: presence.slug,
        name: presence.name,
        kind: first.kind,
        hotTechnology,
        inDemandFor,
        byRole: presence.byRole.map((s) => s?.importance ?? null),
        roleCount: presence.roleCount,
        onetSourceId: entries.find((s) => s.onetSourceId)?.onetSourceId ?? null,
      },
    ];
  });
}

function industriesInCommon(compared: ComparedRole[]): RoleComparison["industriesInCommon"] {
  const [first, ...rest] = compared;
  if (!first) return [];
  return first.industries.filter((i) => rest.every((r) => r.industries.some((j) => j.slug === i.slug))).map(({ slug, name }) => ({ slug, name }));
}

function destinationsInCommon(compared: ComparedRole[]): RoleComparison["destinationsInCommon"] {
  const byTarget = new Map<string, RoleComparison["destinationsInCommon"][number]>();
  for (const role of compared) {
    for (const edge of role.leadsTo) {
      const entry = byTarget.get(edge.slug) ?? { slug: edge.slug, title: edge.title, fromSlugs: [] };
      entry.fromSlugs.push(role.slug);
      byTarget.set(edge.slug, entry);
    }
  }
  return [...byTarget.values()].filter((d) => d.fromSlugs.length > 1).sort((a, b) => b.fromSlugs.length - a.fromSlugs.length || a.title.localeCompare(b.title, "en"));
}
