import { z } from "zod";
import { withDataPin } from "~/features/data-pin/data-pin";
import { dataPinQueryShape, pinnedVersionFromTag, resolveDataPin } from "~/features/data-pin/params.server";
import { interestArchiveOf, lookUpDataPin, withFigureChanges } from "~/features/data-pin/queries.server";
import {
  getAiEvidence,
  getOccupation,
  listEducationShares,
  listEmergingTasks,
  listFactors,
  listFiledRoles,
  listInterests,
  listMemberOccupations,
  listOccupationProjections,
  listOnetOccupations,
  listOtherTitles,
  listRelatedOccupations,
  listTasks,
  listTechnologySkills,
} from "~/features/occupations/queries.server";
import { findNearestTechRoles } from "~/features/occupations/nearest-roles.server";
import { listPayPercentiles } from "~/features/pay/queries.server";
import { occupationCodeParam } from "~/features/occupations/params.server";
import { leaveOutPeriod, vintageParam } from "~/features/periods/params.server";
import { listSourcesByIds } from "~/features/sources/queries.server";
import { loadPublicPage } from "~/lib/page-loader.server";

const profileQuery = z.object({ ...dataPinQueryShape, vintage: vintageParam });

/**
 * /occupations/:code: everything the catalogue knows about one BLS occupation, each part with its source.
 * Sixteen queries, whatever the occupation: fifteen and the data version's (with the pin's) in parallel; its sources
 * come from those kept per data version (one query more on the version's first page, ADR 013 amended 2026-12-07). One
 * more, once per data version and occupation, for a detailed occupation no curated role is filed under (its nearest
 * tech roles, then remembered). `data=<tag>`
 * pins its figures (projections, openings, pay percentiles) to a data version's archive, as on role profiles (ADR 008),
 * and its O*NET interest scores and interest code, as the interests explorer reads them (ADR 019: an older version's
 * archive where it kept one, filed under the line as that version filed them, codes since retired or moved included;
 * else the live scores, which the page then labels as current); its texts (and nearest
 * roles) are the current ones. A pin costs the same queries (one to name the versions), plus six for an older
 * version's changes. `vintage=` selects nothing here (every period is shown): see leaveOutPeriod.
 */
export async function loadOccupationProfile(request: Request, code: string | undefined) {
  const socCode = occupationCodeParam(code, request);
  const { query, url, result, headers } = await loadPublicPage(request, {
    query: profileQuery,
    load: async ({ data: dataTag, vintage }, url) => {
      // Every loaded period is on the page: a period in the address is checked (400 if unknown), then left out (301).
      await leaveOutPeriod(vintage, url);
      const archiveId = pinnedVersionFromTag(dataTag)?.id;
      // Which version the tag names (one query): the interest scores to read depend on it, the rest do not wait for it.
      const lookup = lookUpDataPin({ tag: dataTag });
      const [
        occupation,
        projections,
        pay,
        onet,
        titles,
        tasks,
        emergingTasks,
        technology,
        related,
        { scores: interests, unplaced: unplacedInterests, filedElsewhereThen: interestsFiledElsewhereThen },
        education,
        factors,
        ai,
        roles,
        members,
        pin,
      ] = await Promise.all([
        getOccupation(socCode),
        listOccupationProjections(socCode, archiveId),
        listPayPercentiles(socCode, archiveId),
        listOnetOccupations(socCode),
        listOtherTitles(socCode),
        listTasks(socCode),
        listEmergingTasks(socCode),
        listTechnologySkills(socCode),
        listRelatedOccupations(socCode),
        // As the pinned version kept them (interestArchiveOf, as the interests explorer reads them), once it is known: the
        // scores it showed, filed as that version filed them (a code O*NET has retired or moved since included).
        lookup.then((found) => listInterests(socCode, interestArchiveOf(found))),
        listEducationShares(socCode),
        listFactors(socCode),
        getAiEvidence(socCode),
        listFiledRoles(socCode),
        listMemberOccupations(socCode),
        // The current version, or the pinned one with what changed for this occupation since, in every period.
        lookup.then((found) => withFigureChanges(found, { slugs: [], socCodes: [socCode] })),
      ]);
      if (!occupation && pin.current) {
        throw new Response(`We have no occupation with the code ${socCode}. Browse every occupation at /occupations.`, {
          status: 404,
          statusText: "Not Found",
        });
      }
      const sourceIds = [
        ...(occupation ? [occupation.sourceId] : []),
        ...projections.flatMap((p) => [p.sourceId, ...(p.band ? [p.band.sourceId] : [])]),
        ...pay.map((p) => p.sourceId),
        ...onet.map((o) => o.sourceId),
        ...titles.map((t) => t.sourceId),
        ...tasks.map((t) => t.sourceId),
        ...emergingTasks.map((t) => t.sourceId),
        ...technology.map((t) => t.sourceId),
        ...interests.map((i) => i.sourceId),
        ...education.map((e) => e.sourceId),
        ...factors.map((f) => f.sourceId),
        ...ai.exposure.map((e) => e.sourceId),
        ...ai.applicability.map((a) => a.sourceId),
      ];
      // No curated role is filed under it: the nearest ones (as the title search offers them), once per data version.
      const nearestRoles =
        occupation && roles.length === 0 && members.length === 0
          ? await findNearestTechRoles({ of: { socCode }, dataVersion: pin.current })
          : [];
      // After them, so that the source each cites is numbered in the page's list (remembered: no wait after the first
      // view); from the sources kept for the current version (no query once kept).
      const sources = await listSourcesByIds({ ids: [...sourceIds, ...nearestRoles.map((r) => r.sourceId)], version: pin.current });
      // A malformed tag was a 400 (the schema); an unknown or unarchived version is a 404 with its reason.
      const { current, banner: pinBanner } = resolveDataPin(pin, url);
      // A version loaded before migration 0018 kept no interest scores: the page shows the current ones and says so.
      const banner = pinBanner && pin.status === "pinned" ? { ...pinBanner, interestScoresKept: pin.pinned.interestsArchived } : pinBanner;
      return {
        occupation: occupation!,
        projections,
        pay,
        onet,
        titles,
        tasks,
        emergingTasks,
        technology,
        related,
        interests,
        unplacedInterests,
        interestsFiledElsewhereThen,
        education,
        factors,
        ai,
        roles,
        nearestRoles,
        members,
        sources,
        dataVersion: current,
        dataPinBanner: banner,
      };
    },
  });
  const pageUrl = `${url.origin}/occupations/${socCode}`;
  // The citation names the figures shown: the pinned version's on a pinned page, else the current ones.
  const citedVersion = result.dataPinBanner?.pinned ?? result.dataVersion;
  // Links that show figures keep the address's pin, as the role profile's chart downloads do: the CSV and the comparison.
  const pinTag = query.data;
  const keepPin = (href: string) => (pinTag ? withDataPin(href, pinTag) : href);
  return {
    profile: {
      ...result,
      dataVersion: citedVersion,
      pageUrl,
      pinnedUrl: withDataPin(pageUrl, citedVersion.tag),
      links: { figuresCsv: keepPin(`/occupations/${socCode}/figures.csv`), compare: keepPin(`/compare?occupations=${socCode}`) },
    },
    headers,
  };
}

export type OccupationProfileView = Awaited<ReturnType<typeof loadOccupationProfile>>["profile"];
