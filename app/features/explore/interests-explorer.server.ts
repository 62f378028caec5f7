import { getCurrentDataVersion } from "~/features/data-pin/data-version.server";
import { readProjectionPeriod } from "~/features/periods/params.server";
import { growthBandFor, type GrowthBand } from "~/features/periods/periods";
import { listSourcesByIds } from "~/features/sources/queries.server";
import { keptPayLookup } from "~/features/pay/queries.server";
import { listedLineMedian, type MedianPay, type OccupationPay } from "~/features/pay/pay";
import { interestsExplorerQuerySchema, type InterestsExplorerQuery } from "~/features/explore/params.server";
import {
  listInterestAreaGuide,
  listInterestProfiles,
  listRoleOnetCodes,
  type InterestAreaGuide,
  type InterestProfile,
} from "~/features/explore/queries.server";
import { rememberForDataVersion } from "~/lib/data-version-memo.server";
import { archivedOutlook, bannerWithChanges, keptArchive, readExplorerPin } from "~/features/explore/pin.server";
import {
  closestByScore,
  compareInterestFits,
  INTEREST_AREA_IDS,
  INTEREST_AREAS,
  interestCode,
  interestFit,
  MAX_PICKED_INTERESTS,
  type InterestAreaName,
  type InterestFit,
  type InterestScores,
} from "~/features/explore/interests";
import { loadPublicPage } from "~/lib/page-loader.server";

/** Occupations listed per group (best fit first; the count says how many more match). */
export const INTEREST_OCCUPATIONS_SHOWN = 20;
/** Example occupations named under each area when nothing is picked yet. */
const EXAMPLES_PER_AREA = 3;

export interface InterestOccupation extends Omit<InterestProfile, "scores" | "highPoints"> {
  scores: InterestScores;
  /** O*NET's high points, first to third: what a picked area must be among to match (interestFit). */
  highPoints: InterestAreaName[];
  /** O*NET's interest code: the high points as letters ("IC"). */
  code: string;
  fit: InterestFit;
  band: GrowthBand | null;
  /** The median shown (listedLineMedian): the line's own, else its base year's OEWS top code or hourly median. */
  median: MedianPay | null;
  /** The OEWS survey the median comes from, for its spread (on a pinned list, as archived with its version). */
  pay: OccupationPay | null;
}

export interface InterestRole {
  slug: string;
  title: string;
  occupation: InterestOccupation;
}

/**
 * With no curated role matching, one of the O*NET occupations our roles are filed under, nearest the picked areas by
 * score (closestByScore), with the roles filed under it: not a match, and shown as such.
 */
export interface ClosestRoles {
  occupation: InterestOccupation;
  roles: { slug: string; title: string }[];
}

function asScores(scores: Record<string, number>): InterestScores {
  return Object.fromEntries(INTEREST_AREAS.map((a) => [a.name, scores[a.name] ?? 0])) as InterestScores;
}

/** O*NET's high points in its order, as area names (the table's check admits only the six). */
function asHighPoints(highPoints: readonly string[]): InterestAreaName[] {
  return highPoints.filter((name): name is InterestAreaName => INTEREST_AREAS.some((a) => a.name === name));
}

/**
 * /explore/interests: the six RIASEC areas explained (in our words, then O*NET's, with O*NET's basic interest areas
 * and examples under each); pick one to three, and get the curated tech roles, the tech occupations and then every
 * other occupation that has one of them among its O*NET 30.1 high points (its interest code), with the scores that
 * matched and the outlook for the period; where no curated role or no tech occupation matches, the nearest by score,
 * named as not matching. One query whatever is picked, the data version: what the list is made of (the periods, the
 * roles' occupations, every occupation's interest profile for the period, the sources; before anything is picked,
 * O*NET's areas) is kept per data version and read by the version's first request (ADR 013, amended 2026-12-07; five
 * queries before); pinned to an older data version (`data=<tag>`), seven more (the version, what changed since; its
 * archive for the period once, kept). A pinned list reads the interest scores archived with its version, with the O*NET
 * titles and BLS lines that version filed them under, in the one query that reads the live ones otherwise
 * (listInterestProfiles), kept per period and archive: it lists what it listed while its version was current, as far as
 * the O*NET filing and the figures go (which occupations count as tech is today's, ADR 019).
 */
export async function loadInterestsExplorer(request: Request) {
  const { result, headers } = await loadPublicPage(request, { query: interestsExplorerQuerySchema, load: readInterestsExplorer });
  return { explorer: { ...result, origin: new URL(request.url).origin }, headers };
}

/**
 * The interests explorer's lists for a parsed address (`url` is the page's, for the pin banner's links): what the
 * page shows, and what the presenter builds its slides from (app/features/present/explorer-decks.ts).
 */
export async function readInterestsExplorer(query: InterestsExplorerQuery, url: URL) {
  const ids = [...new Set(query.like ?? [])];
  // The areas the fit uses, the boxes shown ticked and the link to this list: up to three in the order of the address.
  // More than three (ticked without JavaScript, or typed): the form sends its boxes in its own order, not the order they
  // were ticked in, so the page cannot tell which came last; it keeps the first three in the form's list, whatever the
  // address's order, and names the rest it left out (leftOutAreasText).
  const inOrder = ids.length > MAX_PICKED_INTERESTS ? INTEREST_AREA_IDS.filter((id) => ids.includes(id)) : ids;
  const picked = inOrder.slice(0, MAX_PICKED_INTERESTS);
  const nameOf = (id: string) => INTEREST_AREAS.find((a) => a.id === id)!.name as InterestAreaName;
  const pickedNames = picked.map(nameOf);
  const leftOutNames = inOrder.slice(MAX_PICKED_INTERESTS).map(nameOf);
  // The current data version first (one query): the periods, the roles' occupations, the occupations' interest profiles
  // for the period and the sources are kept per version, so the list costs no other query once they are read.
  const dataVersion = await getCurrentDataVersion();
  const [{ period, periods }, roleCodes] = await Promise.all([
    readProjectionPeriod(query.vintage, { version: dataVersion }),
    rememberForDataVersion(dataVersion, "role-onet-codes", listRoleOnetCodes),
  ]);
  // `data=<tag>`: the outlook figures and the interest scores, filed as that data version had them (ADR 008, ADR 019). A
  // version loaded before interest scores were archived (migration 0018) kept none: the list matches on the current ones,
  // and its banner says so (interestScoresKept).
  const pin = await readExplorerPin(query.data, url);
  const { dataTag, archiveId, interestArchiveId } = pin;
  const [live, archived, payLookup, guide] = await Promise.all([
    rememberForDataVersion(dataVersion, `interest-profiles:${period.vintage}:${interestArchiveId ?? "live"}`, () =>
      listInterestProfiles(period.vintage, interestArchiveId),
    ),
    archiveId === undefined ? null : keptArchive(dataVersion, period.vintage, archiveId),
    keptPayLookup(dataVersion, archiveId),
    // O*NET's own words and examples for each area, shown before anything is picked (the same for every request).
    picked.length === 0 ? rememberForDataVersion(dataVersion, "interest-area-guide", listInterestAreaGuide) : null,
  ]);
  const areaGuide: Record<string, InterestAreaGuide> | null = guide ? Object.fromEntries(guide) : null;
  // A pinned list pairs its archived medians with the percentiles archived with them (keptPayLookup).
  const payOf = payLookup;
  const profiles = archived ? live.map((p) => ({ ...p, ...archivedOutlook(archived.get(p.socCode)) })) : live;

  const occupations: InterestOccupation[] = profiles.map((p) => {
    const profile = { scores: asScores(p.scores), highPoints: asHighPoints(p.highPoints) };
    return {
      ...p,
      ...profile,
      code: interestCode(profile),
      fit: interestFit(profile, pickedNames),
      // Every O*NET occupation is filed under a detailed BLS line (seed/validate.ts checks its bls_code).
      band: p.changePercent === null ? null : growthBandFor(period.growthBands, { changePercent: p.changePercent, kind: "detailed" }),
      ...listedLineMedian({ ...p, sourceId: p.projectionSourceId }, period.baseYear, (wageYear) => payOf(p.socCode, wageYear)),
    };
  });
  const byCode = new Map(occupations.map((o) => [o.onetCode, o]));
  const matching = occupations.filter((o) => o.fit.matched.length > 0).sort(compareInterestFits);
  const roles: InterestRole[] = roleCodes
    .flatMap((r) => {
      const occupation = byCode.get(r.onetCode);
      return occupation && occupation.fit.matched.length > 0 ? [{ slug: r.slug, title: r.title, occupation }] : [];
    })
    .sort((a, b) => compareInterestFits({ fit: a.occupation.fit, title: a.title }, { fit: b.occupation.fit, title: b.title }));
  const tech = matching.filter((o) => o.tech);
  const other = matching.filter((o) => !o.tech);
  // No curated role matching: the O*NET occupations our roles are filed under that come nearest, each once with its
  // roles (the CTO, Director of Engineering and Engineering Manager share one), so the student still sees where the
  // area's tech work is, named as not a match. The same for the tech occupations.
  const roleGroups = new Map<string, ClosestRoles>();
  for (const r of roleCodes) {
    const occupation = byCode.get(r.onetCode);
    if (!occupation) continue;
    const group = roleGroups.get(r.onetCode) ?? { occupation, roles: [] };
    group.roles.push({ slug: r.slug, title: r.title });
    roleGroups.set(r.onetCode, group);
  }
  const closestRoles =
    picked.length > 0 && roles.length === 0
      ? closestByScore([...roleGroups.values()].map((g) => ({ ...g, fit: g.occupation.fit, title: g.occupation.title }))).map(
          ({ occupation, roles: filed }): ClosestRoles => ({ occupation, roles: filed }),
        )
      : [];
  const closestTech = picked.length > 0 && tech.length === 0 ? closestByScore(occupations.filter((o) => o.tech)) : [];
  // With nothing picked, each area shows the tech occupations that score highest on it, as examples.
  const examples = Object.fromEntries(
    INTEREST_AREAS.map((a) => [
      a.id,
      occupations
        .filter((o) => o.tech)
        .sort((x, y) => y.scores[a.name] - x.scores[a.name] || (x.title < y.title ? -1 : 1))
        .slice(0, EXAMPLES_PER_AREA)
        .map((o) => ({ onetCode: o.onetCode, title: o.title, socCode: o.socCode, score: o.scores[a.name] })),
    ]),
  );
  const shownTech = tech.slice(0, INTEREST_OCCUPATIONS_SHOWN);
  const shownOther = other.slice(0, INTEREST_OCCUPATIONS_SHOWN);
  // A pinned list's banner names the figures on it that changed since, and whether its interest scores are its version's.
  const changed = await bannerWithChanges(pin, {
    slugs: roles.map((r) => r.slug),
    socCodes: [...shownTech, ...shownOther].map((o) => o.socCode),
    vintage: period.vintage,
  });
  const dataPinBanner = changed ? { ...changed, interestScoresKept: interestArchiveId !== undefined } : null;
  const sources = await listSourcesByIds({
    ids: [
      period.sourceId,
      ...occupations.slice(0, 1).map((o) => o.interestSourceId),
      ...[...roles.map((r) => r.occupation), ...shownTech, ...shownOther].flatMap((o) => [
        ...(o.projectionSourceId ? [o.projectionSourceId] : []),
        ...(o.pay ? [o.pay.sourceId] : []),
      ]),
      ...period.growthBands.map((b) => b.sourceId),
      ...Object.values(areaGuide ?? {}).map((g) => g.sourceId),
    ],
    version: dataVersion,
  });
  return {
    picked,
    pickedNames,
    leftOutNames,
    period,
    periods,
    roles,
    tech: shownTech,
    techTotal: tech.length,
    closestRoles,
    closestTech,
    other: shownOther,
    otherTotal: other.length,
    examples,
    areaGuide,
    interestSourceId: occupations[0]?.interestSourceId ?? null,
    dataVersion,
    dataTag,
    dataPinBanner,
    sources,
  };
}

export type InterestsExplorerView = Awaited<ReturnType<typeof loadInterestsExplorer>>["explorer"];
