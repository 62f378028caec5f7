import { and, eq, inArray, or, sql } from "drizzle-orm";
import { roleOccupations, roles } from "~db/schema";
import { CAREER_CLUSTERS, type OccupationKind, type ProjectionVintage } from "~db/schema/enums";
import { database } from "~/lib/db.server";
import { rememberForDataVersion, type DataVersionKey } from "~/lib/data-version-memo.server";
import { getAllOccupationsOutlook, listRoleOutlooks } from "~/features/outlook/queries.server";
import { projectionLines, publishedFigureColumns, type PinnedDataVersion } from "~/features/data-pin/queries.server";
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
import type {
  AllOccupationsFigures,
  ComparedRole,
  ComparedSkill,
  HotSkillInCommon,
  PricedRoleComparison,
  RoleChoice,
  RoleComparison,
} from "~/features/compare/role-comparison";
import { compareGrowth } from "~/features/roles/role-profile";
import { growthBandFor, type GrowthBand } from "~/features/periods/periods";
import { pairwiseSkillOverlaps, splitSkills } from "~/features/compare/skill-overlap";

export type { RoleChoice, RoleComparison };

/**
 * Every role, for the compare picker and to check the slugs of an address: by career cluster, then title. One query;
 * with `version` (the current data version, which the page has read), kept for that version and shared by every
 * request that reads it (ADR 013, amended 2026-12-07): callers must not change it.
 */
export async function listRoleChoices({ version }: { version?: DataVersionKey } = {}): Promise<readonly RoleChoice[]> {
  return rememberForDataVersion(version, "role-choices", readRoleChoices);
}

async function readRoleChoices(): Promise<RoleChoice[]> {
  const db = await database();
  const rows = await db
    .select({ slug: roles.slug, title: roles.title, careerCluster: roles.careerCluster })
    .from(roles)
    .orderBy(sql`${roles.title} collate "C"`);
  return rows.sort((a, b) => CAREER_CLUSTERS.indexOf(a.careerCluster) - CAREER_CLUSTERS.indexOf(b.careerCluster));
}

type Db = Awaited<ReturnType<typeof database>>;

/**
 * Everything the slide deck and the handout show for 2 to 4 roles, in the order given (unknown slugs are left out: the
 * route checks them first). Eleven queries whatever the number of roles: nine keyed by the list of slugs and the OEWS
 * percentiles of the roles' occupations, run together (seven of them shared with the profile, role-details.server.ts),
 * then the citations. Nothing is queried per role. With `dataVersion` (a pinned link), the projections and wages are
 * those archived with that version (one query for the roles' projections and the all-occupations line instead of two:
 * ten in all, docs/decisions/008); each median is paired with the percentiles of its own May survey, as on the
 * profile (payFor), so a spread is never another year's. `growthBands` are the period's verbal bands
 * (ProjectionPeriod.growthBands): each role's growth is shown with the band it falls in; without bands, with none.
 */
export async function getRoleComparison(options: RoleComparisonOptions): Promise<PricedRoleComparison> {
  const [{ comparison, sourceIds }, pays] = await Promise.all([
    assembleRoleComparison(options),
    listRolePay({ roleSlugs: options.slugs, dataVersionId: options.dataVersion?.id }),
  ]);
  const roles = comparison.roles.map((role) => ({
    ...role,
    pay: payFor(pays, role.occupation.socCode, role.projection?.wageYear ?? null),
  }));
  const paySourceIds = roles.flatMap((role) => (role.pay ? [role.pay.sourceId] : []));
  return { ...comparison, roles, sources: await listSourcesByIds({ ids: [...sourceIds, ...paySourceIds] }) };
}

export interface RoleComparisonOptions {
  slugs: readonly string[];
  vintage: ProjectionVintage;
  growthBands?: readonly GrowthBand[];
  dataVersion?: PinnedDataVersion;
}

/**
 * getRoleComparison without its citations: the comparison and the ids of the sources it cites, in the order the page
 * first uses them (a comparison with occupations looks its citations up once, for roles and occupations together).
 * Nine queries.
 */
export async function assembleRoleComparison({
  slugs,
  vintage,
  growthBands = [],
  dataVersion,
}: RoleComparisonOptions): Promise<{ comparison: Omit<RoleComparison, "sources">; sourceIds: string[] }> {
  const db = await database();
  const list = [...new Set(slugs)];
  const [coreRows, { outlooks, total }, wageRows, skillRows, industryRows, noteRows, exposureRows, edgeRows] = await Promise.all([
    listRoleCores({ slugs: list }),
    dataVersion ? selectPinnedProjections(db, list, vintage, dataVersion.id) : selectLiveProjections(list, vintage),
    listOtherWages({ slugs: list, vintage, dataVersionId: dataVersion?.id }),
    listRoleSkills({ slugs: list, order: "importance" }),
    listRoleIndustries({ slugs: list }),
    listAiNotes({ slugs: list }),
    listExposureScores({ slugs: list }),
    listProgressionEdges({ slugs: list, direction: "out" }),
  ]);

  const allOccupations = total ? allOccupationsFigures(total) : null;

  const compared: ComparedRole[] = list.flatMap((slug) => {
    const core = coreRows.find((r) => r.slug === slug);
    const occupation = core?.occupations.find((o) => o.isPrimary);
    if (!core || !occupation) return [];
    const projection = outlooks.find((o) => o.slug === slug)?.projection ?? null;
    const notes = noteRows.filter((n) => n.roleSlug === slug || (n.socCode !== null && n.socCode === occupation.socCode)).map(toAiNote);
    return [
      {
        slug: core.slug,
        title: core.title,
        summary: core.summary,
        careerCluster: core.careerCluster,
        level: core.level,
        occupation: { socCode: occupation.socCode, title: occupation.title, onetCode: occupation.onetCode, sourceId: occupation.sourceId },
        projection,
        ...growthOf(projection, allOccupations, growthBands, occupation.kind),
        otherWages: wageRows.filter((w) => w.roleSlug === slug).map(({ roleSlug: _r, ...wage }) => wage),
        entryEducation: core.entryEducation,
        workExperience: core.workExperience,
        entrySourceId: core.entrySourceId,
        entryDataYear: core.entryDataYear,
        skills: skillRows.filter((s) => s.roleSlug === slug).map(toComparedSkill),
        industries: industryRows.filter((i) => i.roleSlug === slug).map(({ roleSlug: _r, ...industry }) => industry),
        aiImpact: {
          official: notes.filter((n) => n.layer === "official"),
          research: notes.filter((n) => n.layer === "research"),
          editorial: notes.filter((n) => n.layer === "editorial"),
          exposure: exposureScores(exposureRows.filter((e) => e.roleSlug === slug)),
        },
        leadsTo: edgeRows
          .filter((e) => e.fromSlug === slug)
          .map(({ fromSlug: _f, fromTitle: _ft, toSlug, toTitle, ...edge }) => ({ slug: toSlug, title: toTitle, ...edge })),
      },
    ];
  });

  const economyNotes = noteRows.filter((n) => n.roleSlug === null && n.socCode === null).map(toAiNote);
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
    ...compared.flatMap((r) => (r.growthBand ? [r.growthBand.sourceId] : [])),
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
  return { comparison: { ...comparison, ...(dataVersion ? { pinnedDataVersion: dataVersion.tag } : {}) }, sourceIds };
}

/** The all-occupations line's figures as the comparison shows them (from a live or an archived projection line). */
export function allOccupationsFigures(total: AllOccupationsFigures): AllOccupationsFigures {
  const { changePercent, changeNumeric, annualOpenings, employmentBase, employmentProjected, baseYear, targetYear } = total;
  const { medianAnnualWage, wageYear, sourceId } = total;
  return {
    changePercent,
    changeNumeric,
    annualOpenings,
    employmentBase,
    employmentProjected,
    baseYear,
    targetYear,
    medianAnnualWage,
    wageYear,
    sourceId,
  };
}

/** A projection's verbal growth band (where the period has bands) and its growth against all occupations of the period. */
export function growthOf(
  projection: { changePercent: number } | null,
  allOccupations: AllOccupationsFigures | null,
  growthBands: readonly GrowthBand[],
  kind: OccupationKind,
): Pick<ComparedRole, "growthBand" | "growthComparison"> {
  return {
    growthBand: projection ? growthBandFor(growthBands, { changePercent: projection.changePercent, kind }) : null,
    growthComparison:
      projection && allOccupations
        ? {
            allOccupationsPercent: allOccupations.changePercent,
            allOccupationsSourceId: allOccupations.sourceId,
            ...compareGrowth(projection.changePercent, allOccupations.changePercent),
          }
        : null,
  };
}

/** The roles' projections and the all-occupations line, live. Two queries, run together. */
async function selectLiveProjections(slugs: string[], vintage: ProjectionVintage) {
  const [outlooks, total] = await Promise.all([listRoleOutlooks({ vintage, filters: { slugs } }), getAllOccupationsOutlook({ vintage })]);
  return { outlooks, total };
}

/**
 * The roles' projections and the all-occupations line as archived with one data version, in the shapes of
 * listRoleOutlooks and getAllOccupationsOutlook. One query.
 */
async function selectPinnedProjections(db: Db, slugs: string[], vintage: ProjectionVintage, dataVersionId: number) {
  const lines = projectionLines(db, dataVersionId);
  const primary = and(inArray(roleOccupations.roleSlug, slugs), eq(roleOccupations.isPrimary, true));
  const lineRows = await db
    .select({ slug: roleOccupations.roleSlug, kind: lines.occupationKind, ...publishedFigureColumns(lines) })
    .from(lines)
    .leftJoin(roleOccupations, and(eq(roleOccupations.socCode, lines.socCode), primary))
    .where(and(eq(lines.vintage, vintage), or(eq(lines.occupationKind, "total"), sql`${roleOccupations.roleSlug} is not null`)));
  const figures = ({ slug: _s, kind: _k, ...line }: (typeof lineRows)[number]) => line;
  const totalLine = lineRows.find((l) => l.kind === "total");
  return {
    outlooks: lineRows.filter((l) => l.kind !== "total" && l.slug !== null).map((l) => ({ slug: l.slug!, projection: figures(l) })),
    total: totalLine ? figures(totalLine) : undefined,
  };
}

/** A listRoleSkills row as the comparison shows it: its O*NET marks for that role, reduced to what the page compares. */
function toComparedSkill({
  roleSlug: _r,
  description: _d,
  flags,
  ...skill
}: Awaited<ReturnType<typeof listRoleSkills>>[number]): ComparedSkill {
  const marks = skillMarks(flags);
  return {
    ...skill,
    hotTechnology: marks.hotTechnologies.length > 0,
    inDemandFor: marks.inDemand.map(({ onetCode, onetTitle }) => ({ onetCode, onetTitle })),
    onetSourceId: marks.onetSourceId,
  };
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
    const inDemandFor = [...new Map(entries.flatMap((s) => s.inDemandFor).map((d) => [d.onetCode, d])).values()].sort((a, b) =>
      a.onetCode.localeCompare(b.onetCode),
    );
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
  return first.industries
    .filter((i) => rest.every((r) => r.industries.some((j) => j.slug === i.slug)))
    .map(({ slug, name }) => ({ slug, name }));
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
  return [...byTarget.values()]
    .filter((d) => d.fromSlugs.length > 1)
    .sort((a, b) => b.fromSlugs.length - a.fromSlugs.length || a.title.localeCompare(b.title, "en"));
}
