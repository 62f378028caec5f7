import { getCurrentDataVersion } from "~/features/data-pin/data-version.server";
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
import { listPayPercentiles } from "~/features/pay/queries.server";
import { occupationCodeParam } from "~/features/occupations/params.server";
import { listSourcesByIds } from "~/features/sources/queries.server";
import { loadPublicPage } from "~/lib/page-loader.server";

/**
 * /occupations/:code: everything the catalogue knows about one BLS occupation, each part with its source.
 * Seventeen queries, whatever the occupation (fifteen in parallel, then its sources).
 */
export async function loadOccupationProfile(request: Request, code: string | undefined) {
  const socCode = occupationCodeParam(code, request);
  const { result, headers } = await loadPublicPage(request, {
    load: async () => {
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
        interests,
        education,
        factors,
        ai,
        roles,
        members,
        dataVersion,
      ] = await Promise.all([
        getOccupation(socCode),
        listOccupationProjections(socCode),
        listPayPercentiles(socCode),
        listOnetOccupations(socCode),
        listOtherTitles(socCode),
        listTasks(socCode),
        listEmergingTasks(socCode),
        listTechnologySkills(socCode),
        listRelatedOccupations(socCode),
        listInterests(socCode),
        listEducationShares(socCode),
        listFactors(socCode),
        getAiEvidence(socCode),
        listFiledRoles(socCode),
        listMemberOccupations(socCode),
        getCurrentDataVersion(),
      ]);
      if (!occupation && dataVersion) {
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
      const sources = await listSourcesByIds({ ids: sourceIds });
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
        education,
        factors,
        ai,
        roles,
        members,
        sources,
        dataVersion,
      };
    },
  });
  return { profile: { ...result, pageUrl: `${new URL(request.url).origin}/occupations/${socCode}` }, headers };
}

export type OccupationProfileView = Awaited<ReturnType<typeof loadOccupationProfile>>["profile"];
