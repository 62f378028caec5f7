import type { OccupationKind } from "~db/schema/enums";
import { getCurrentDataVersion, type DataVersion } from "~/features/data-pin/data-version.server";
import { rememberForDataVersion } from "~/lib/data-version-memo.server";
import { SkillSpeller } from "~/features/explore/skill-spelling";
import { archivedOutlook, bannerWithChanges, keptArchive, readExplorerPin } from "~/features/explore/pin.server";
import { getAllOccupationsOutlook, listRoleOutlooks } from "~/features/outlook/queries.server";
import { readProjectionPeriod } from "~/features/periods/params.server";
import { growthBandFor, type GrowthBand } from "~/features/periods/periods";
import { listSourcesByIds } from "~/features/sources/queries.server";
import { keptPayLookup } from "~/features/pay/queries.server";
import { listedLineMedian, type MedianPay, type OccupationPay } from "~/features/pay/pay";
import { explorerHref, MAX_PICKED_SKILLS, MISSING_SHOWN } from "~/features/explore/explorer-address";
import { skillsExplorerQuerySchema, type SkillsExplorerQuery } from "~/features/explore/params.server";
import {
  listOccupationMatches,
  listOccupationSkillAsks,
  listOccupationTechnologies,
  listRoleSkillAsks,
  listExactSkillNames,
  listSpelledNames,
  listSkillChoices,
  namesInInputs,
  readSkillNames,
  technologiesStillToLearn,
  type MissingTechnology,
  type SkillReading,
} from "~/features/explore/queries.server";
import {
  careersForLearnNext,
  fitOf,
  learnNext,
  rankCareers,
  type Fit,
  type LearnNextSkill,
  type PickedSkill,
} from "~/features/explore/skill-fit";
import { loadPublicPage } from "~/lib/page-loader.server";

/** Occupations listed on the page (best fit first); the count says how many more match. */
export const OCCUPATIONS_SHOWN = 20;

interface CareerOutlook {
  changePercent: number | null;
  annualOpenings: number | null;
  medianAnnualWage: number | null;
  wageYear: number | null;
  projectionSourceId: string | null;
  band: GrowthBand | null;
  /** The median shown (listedLineMedian): the line's own, else its base year's OEWS top code or hourly median. */
  median: MedianPay | null;
  /** The OEWS survey the median comes from, for its spread (on a pinned list, as archived with its version). */
  pay: OccupationPay | null;
}

export interface RoleFit extends CareerOutlook {
  slug: string;
  title: string;
  /** The BLS occupation the role is filed under (its figures are that occupation's). */
  socCode: string;
  occupationTitle: string;
  fit: Fit;
  /** Core skills the role needs that the student did not pick (names), and how many skills it needs in all. */
  missingCore: { slug: string; name: string }[];
  skillCount: number;
}

export interface OccupationFit extends CareerOutlook {
  socCode: string;
  title: string;
  tech: boolean;
  fit: Fit;
  technologyCount: number;
  technologySourceId: string;
  missing: MissingTechnology[];
}

export interface LearnNextView extends LearnNextSkill {
  name: string;
}

/** Rows grouped by a key, in their order (Map.groupBy is not in Node 20). */
function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

/** Drops repeats (the same skill typed twice, or under two names), keeping the first. */
function distinctPicks(readings: readonly SkillReading[]): PickedSkill[] {
  const seen = new Set<string>();
  const picks: PickedSkill[] = [];
  for (const reading of readings) {
    if (reading.status === "unknown") continue;
    const key = `${reading.pick.kind}:${reading.pick.skillSlug ?? reading.pick.name}`;
    if (seen.has(key)) continue;
    seen.add(key);
    picks.push(reading.pick);
  }
  return picks;
}

/**
 * What the skills explorer reads that does not depend on the picks (the datalist, the curated roles' skills and
 * outlook, every occupation's technologies and the skills they ask for, the all-occupations line): read once per
 * data version and period and kept (app/lib/data-version-memo.server.ts), so a request only queries what its picks decide.
 */
function pickIndependent(version: DataVersion | undefined) {
  const remember = <T>(key: string, compute: () => Promise<T>) => rememberForDataVersion(version, `explore-skills:${key}`, compute);
  return {
    exactNames: () => remember("exact-names", listExactSkillNames),
    speller: () => remember("speller", async () => new SkillSpeller(await listSpelledNames())),
    choices: () => remember("choices", listSkillChoices),
    roleAsks: () => remember("role-asks", listRoleSkillAsks),
    roleOutlooks: (vintage: string) => remember(`role-outlooks:${vintage}`, () => listRoleOutlooks({ vintage })),
    allOccupations: (vintage: string, dataVersionId?: number) =>
      remember(`all-occupations:${vintage}:${dataVersionId ?? "live"}`, () => getAllOccupationsOutlook({ vintage, dataVersionId })),
    technologies: () => remember("occupation-technologies", listOccupationTechnologies),
    occupationSkillAsks: () => remember("occupation-skill-asks", async () => groupBy(await listOccupationSkillAsks(), (a) => a.socCode)),
  };
}

/** A curated skill or O*NET technology named exactly what was typed in the title search, and where to go with it. */
export interface SkillNamed {
  name: string;
  kind: PickedSkill["kind"];
  /** Its page: /skills/:slug for a curated skill, /technologies/:slug for an O*NET technology example. */
  href: string;
  /** The skills map started from it. */
  mapHref: string;
  /** The skills explorer with it picked, in the newest period. */
  explorerHref: string;
}

/**
 * What a search box query names as a skill: a curated skill by name or slug, else an O*NET 30.1 technology example by
 * name, case and spacing aside ("python", "Figma", "machine learning", "aws"), as the skills explorer reads a name typed
 * exactly. Job titles are searched elsewhere; this only adds a way to start from the skill. From the names kept per
 * data version (pickIndependent): no query once they are kept.
 */
export async function findSkillNamed(q: string, version: DataVersion | undefined): Promise<SkillNamed | null> {
  const key = q.trim().replace(/\s+/g, " ").toLowerCase();
  if (key === "") return null;
  const exact = await pickIndependent(version).exactNames();
  const pick = exact.curated.get(key) ?? exact.technologies.get(key);
  if (!pick) return null;
  // explorerHref names the period only when it is not the newest; passing the same value as both leaves it out.
  const newest = "newest";
  return {
    name: pick.name,
    kind: pick.kind,
    href: pick.kind === "skill" ? `/skills/${pick.skillSlug}` : `/technologies/${pick.technologySlug}`,
    // A technology's map opens at its status line, with the technology's skill first under it (map-graph.ts `first`).
    mapHref: pick.kind === "skill" ? `/map?focus=skill:${pick.skillSlug}` : `/map?technology=${pick.technologySlug}#map-status`,
    explorerHref: explorerHref({ have: [pick.name], scope: "tech", vintage: newest }, newest),
  };
}

/**
 * /explore/skills: the student's skills → tech roles and occupations ranked by fit (skill-fit.ts), with what each
 * still asks for, its outlook for the period, and the few skills that would widen the list most. Two queries with
 * skills picked (the data version, the matching occupations) and one without, once the data version's pick-independent
 * parts, periods and sources are kept (the first request after a load reads them: ten more); a name not read exactly adds one, and a name not known at all, unless SkillSpeller finds it a "did you mean", a transaction for one.
 */
export async function loadSkillsExplorer(request: Request) {
  const { result, headers } = await loadPublicPage(request, { query: skillsExplorerQuerySchema, load: readSkillsExplorer });
  // The address printed under a printed list (the page cache keys on the origin, so each host gets its own).
  return { explorer: { ...result, origin: new URL(request.url).origin }, headers };
}

/**
 * The skills explorer's list for a parsed address (`url` is the page's, for the pin banner's links): what the page
 * shows, and what the presenter builds its slides from (app/features/present/explorer-decks.ts).
 */
export async function readSkillsExplorer(query: SkillsExplorerQuery, url: URL) {
  const scope = query.scope ?? "tech";
  const dataVersion = await getCurrentDataVersion();
  const kept = pickIndependent(dataVersion);
  const [{ period, periods }, exactNames, choices] = await Promise.all([
    readProjectionPeriod(query.vintage, { version: dataVersion }),
    kept.exactNames(),
    kept.choices(),
  ]);
  // One name a box, or a list in one box; a box left blank adds nothing. The page lists at most MAX_PICKED_SKILLS.
  const inputs = namesInInputs(query.have ?? [], exactNames).slice(0, MAX_PICKED_SKILLS);
  const vintage = period.vintage;
  // `data=<tag>`: the outlook figures as that data version had them (ADR 008); the skills are O*NET's current ones.
  const pin = await readExplorerPin(query.data, url);
  const { dataTag, archiveId } = pin;
  const archived = archiveId === undefined ? null : await keptArchive(dataVersion, vintage, archiveId);
  const figuresOf = <T>(socCode: string, live: T) => (archived ? (archived.get(socCode) ?? null) : live);
  const readings = await readSkillNames(inputs, exactNames, kept.speller);
  const picks = distinctPicks(readings);
  const base = { scope, period, periods, readings, picks, choices, dataVersion, dataTag, dataPinBanner: pin.banner };
  if (picks.length === 0) {
    const sources = await listSourcesByIds({ ids: [period.sourceId], version: dataVersion });
    return { ...base, roles: [], occupations: [], occupationMatches: 0, learn: [], allOccupations: null, sources, picksWithoutRole: [] };
  }

  // A pinned list pairs its archived medians with the percentiles archived with them (keptPayLookup).
  const [roleRows, roleAsks, occupationRows, allOccupations, technologiesBySoc, asksBySoc, payOf] = await Promise.all([
    kept.roleOutlooks(vintage),
    kept.roleAsks(),
    listOccupationMatches({ picks, vintage, techOnly: scope === "tech" }),
    kept.allOccupations(vintage, archiveId),
    kept.technologies(),
    kept.occupationSkillAsks(),
    keptPayLookup(dataVersion, archiveId),
  ]);
  const bandOf = (percent: number | null, kind: OccupationKind) =>
    percent === null ? null : growthBandFor(period.growthBands, { changePercent: percent, kind });
  // Skill names come with the asks (role skills, and occupations' skills through their technologies).
  const skillName = new Map(roleAsks.map((a) => [a.skillSlug, a.skillName]));
  const picked = new Set(picks.flatMap((p) => p.skillSlugs));

  const asksByRole = groupBy(roleAsks, (a) => a.roleSlug);
  // A pick no curated role lists (Express; most O*NET technologies) is said so beside it, not left to an empty list.
  const listedByARole = new Set(roleAsks.map((a) => a.skillSlug));
  const picksWithoutRole = picks.flatMap((pick, i) => (pick.skillSlugs.some((slug) => listedByARole.has(slug)) ? [] : [i]));
  const roles = rankCareers(
    roleRows.map((role): RoleFit => {
      const asks = asksByRole.get(role.slug) ?? [];
      const pickAsks = picks.flatMap((pick, i) =>
        asks.filter((a) => pick.skillSlugs.includes(a.skillSlug)).map((a) => ({ pick: i, strong: a.core })),
      );
      const projection = figuresOf(role.socCode, role.projection);
      return {
        slug: role.slug,
        title: role.title,
        socCode: role.socCode,
        occupationTitle: role.occupationTitle,
        fit: fitOf(pickAsks, picks.length),
        missingCore: asks
          .filter((a) => a.core && !picked.has(a.skillSlug))
          .map((a) => ({ slug: a.skillSlug, name: a.skillName }))
          .sort((a, b) => a.name.localeCompare(b.name, "en")),
        skillCount: asks.length,
        changePercent: projection?.changePercent ?? null,
        annualOpenings: projection?.annualOpenings ?? null,
        medianAnnualWage: projection?.medianAnnualWage ?? null,
        wageYear: projection?.wageYear ?? null,
        projectionSourceId: projection?.sourceId ?? null,
        band: bandOf(projection?.changePercent ?? null, role.occupationKind),
        ...listedLineMedian(projection ?? { medianAnnualWage: null, wageYear: null, sourceId: null }, period.baseYear, (wageYear) =>
          payOf(role.socCode, wageYear),
        ),
      };
    }),
  );

  const rankedOccupations = rankCareers(
    occupationRows.map((live) => {
      const o = archived ? { ...live, ...archivedOutlook(archived.get(live.socCode)) } : live;
      // listOccupationMatches lists detailed occupations only.
      return { ...o, fit: fitOf(o.asks, picks.length), band: bandOf(o.changePercent, "detailed") };
    }),
  );
  const shown = rankedOccupations.slice(0, OCCUPATIONS_SHOWN);
  const allPercent = allOccupations?.changePercent ?? null;
  const pickedExamples = new Set(picks.flatMap((p) => p.examples));
  const occupations = shown.map((o): OccupationFit => ({
    socCode: o.socCode,
    title: o.title,
    tech: o.tech,
    fit: o.fit,
    technologyCount: technologiesBySoc.get(o.socCode)?.technologyCount ?? 0,
    technologySourceId: o.technologySourceId,
    missing: technologiesStillToLearn(technologiesBySoc.get(o.socCode), pickedExamples, MISSING_SHOWN),
    changePercent: o.changePercent,
    annualOpenings: o.annualOpenings,
    medianAnnualWage: o.medianAnnualWage,
    wageYear: o.wageYear,
    projectionSourceId: o.projectionSourceId,
    band: o.band,
    ...listedLineMedian({ ...o, sourceId: o.projectionSourceId }, period.baseYear, (wageYear) => payOf(o.socCode, wageYear)),
  }));

  for (const o of shown) for (const ask of asksBySoc.get(o.socCode) ?? []) skillName.set(ask.skillSlug, ask.skillName);
  // The careers this list shows, each once (careersForLearnNext): the suggestions credit no career the student cannot find on it.
  const growing = careersForLearnNext({
    roles: roles.map((r) => ({
      key: `role:${r.slug}`,
      title: r.title,
      socCode: r.socCode,
      changePercent: r.changePercent,
      asks: (asksByRole.get(r.slug) ?? []).map((a) => ({ skillSlug: a.skillSlug, strong: a.core })),
    })),
    occupations: rankedOccupations.map((o) => ({
      key: `occupation:${o.socCode}`,
      title: o.title,
      socCode: o.socCode,
      changePercent: o.changePercent,
      asks: (asksBySoc.get(o.socCode) ?? []).map((a) => ({ skillSlug: a.skillSlug, strong: a.strong })),
    })),
    occupationsShown: OCCUPATIONS_SHOWN,
    allOccupationsPercent: allPercent,
  });
  const learn: LearnNextView[] = learnNext(growing, picked).map((l) => ({ ...l, name: skillName.get(l.skillSlug) ?? l.skillSlug }));

  // A pinned list's banner names the figures on it that changed since.
  const dataPinBanner = await bannerWithChanges(pin, {
    slugs: roles.map((r) => r.slug),
    socCodes: occupations.map((o) => o.socCode),
    vintage,
  });
  const sources = await listSourcesByIds({
    ids: [
      period.sourceId,
      ...(allOccupations ? [allOccupations.sourceId] : []),
      ...roles.flatMap((r) => (r.projectionSourceId ? [r.projectionSourceId] : [])),
      ...occupations.flatMap((o) => [o.technologySourceId, ...(o.projectionSourceId ? [o.projectionSourceId] : [])]),
      ...[...roles, ...occupations].flatMap((c) => (c.pay ? [c.pay.sourceId] : [])),
      ...period.growthBands.map((b) => b.sourceId),
    ],
    version: dataVersion,
  });
  return {
    ...base,
    roles,
    occupations,
    occupationMatches: rankedOccupations.length,
    learn,
    allOccupations: allOccupations ?? null,
    sources,
    dataPinBanner,
    /** Indexes into `picks` of the picks no curated role lists. */
    picksWithoutRole,
  };
}

export type SkillsExplorerView = Awaited<ReturnType<typeof loadSkillsExplorer>>["explorer"];
