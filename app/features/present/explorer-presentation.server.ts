import { data } from "react-router";
import { withQueryStats } from "~/lib/db.server";
import { noDataLoaded, publicPageHeaders } from "~/lib/http.server";
import { parseDataVersionTag } from "~/features/data-pin/data-pin";
import { readInterestsExplorer } from "~/features/explore/interests-explorer.server";
import { listInterestAreaGuide } from "~/features/explore/queries.server";
import { rememberForDataVersion } from "~/lib/data-version-memo.server";
import { readSkillsExplorer } from "~/features/explore/skills-explorer.server";
import { getAllOccupationsOutlook } from "~/features/outlook/queries.server";
import { listSourcesByIds } from "~/features/sources/queries.server";
import type { OccupationPay } from "~/features/pay/pay";
import { buildInterestsDeck, buildSkillsDeck } from "~/features/present/explorer-decks";
import type { PresentQuery } from "~/features/present/params.server";

/**
 * /present?explore=skills&have=… or ?explore=interests&like=… (and /present/notes): a student's explorer list as
 * slides. The list is read exactly as its explorer page reads it (the same address parameters, `data=` pin included),
 * so the slides show the figures the page shows; the editorial source is read for the slides that state our method,
 * and an interests deck reads O*NET's own words for the areas picked (the explorer page's guide, once per data version).
 * A list whose skills are all unknown is a 404 (there is nothing to present); nothing loaded yet is the 503.
 */
export async function presentExplorerList(request: Request, query: PresentQuery) {
  const url = new URL(request.url);
  const { vintage, data: pin } = query;
  const { result, ms, queries } = await withQueryStats(async () => {
    if (query.explore === "interests") {
      const list = await readInterestsExplorer({ like: query.like, vintage, data: pin }, url);
      if (!list.dataVersion) return null;
      const archiveId = list.dataPinBanner ? parseDataVersionTag(list.dataPinBanner.pinned.tag)?.id : undefined;
      // O*NET's words for the picked areas (read once per data version, shared with the explorer page's guide) and the
      // sources they cite, read while the outlook of every occupation is.
      const listed = new Set(list.sources.map((source) => source.id));
      const [all, { areaGuide, extra }] = await Promise.all([
        getAllOccupationsOutlook({ vintage: list.period.vintage, dataVersionId: archiveId }),
        rememberForDataVersion(list.dataVersion, "interest-area-guide", listInterestAreaGuide).then(async (areaGuide) => {
          const guideSources = [...areaGuide.values()].map((g) => g.sourceId).filter((id) => !listed.has(id));
          return { areaGuide, extra: await listSourcesByIds({ ids: ["editorial", ...new Set(guideSources)] }) };
        }),
      ]);
      const deck = buildInterestsDeck(
        { ...list, sources: [...list.sources, ...extra] },
        {
          ...deckDates(list),
          areaGuide,
          allOccupations: all ?? null,
          pays: paysOf([...list.roles.map((r) => r.occupation), ...list.tech, ...list.other]),
        },
      );
      return { deck, list };
    }
    const editorial = listSourcesByIds({ ids: ["editorial"] });
    const list = await readSkillsExplorer({ have: query.have, scope: query.scope, vintage, data: pin }, url);
    if (!list.dataVersion) return null;
    if (list.picks.length === 0) {
      throw new Response(
        `None of the skills named (${list.readings.map((r) => `“${r.input}”`).join(", ")}) is one we know, so there is nothing to present. Pick them from the list on the skills explorer.`,
        { status: 404, statusText: "Not Found" },
      );
    }
    const deck = buildSkillsDeck(
      { ...list, sources: [...list.sources, ...(await editorial)] },
      { ...deckDates(list), pays: paysOf([...list.roles, ...list.occupations]) },
    );
    return { deck, list };
  });
  if (!result) throw noDataLoaded();
  const { deck, list } = result;
  const banner = list.dataPinBanner;
  return data(
    {
      deck,
      latestVintage: list.periods.latest,
      newerData: banner
        ? {
            pinned: banner.pinned,
            current: banner.current,
            // An interests deck pinned to a version that kept no interest scores matches on the current ones: its bar says so.
            ...(banner.interestScoresKept === undefined ? {} : { interestScoresKept: banner.interestScoresKept }),
          }
        : null,
    },
    { headers: publicPageHeaders({ request, dataVersionTag: list.dataVersion!.tag, dbMs: ms, queries }) },
  );
}

/**
 * The OEWS surveys the medians of the list's roles and occupations come from, as the explorer list pairs them (its
 * sources cite them): the spread beside each median. None for a pinned list, whose explorer leaves them out.
 */
function paysOf(careers: readonly { pay: OccupationPay | null }[]): OccupationPay[] {
  return careers.flatMap((c) => (c.pay ? [c.pay] : []));
}

/** When the figures shown were loaded (the pinned version's load when pinned to an older one) and the tag the list is pinned to. */
function deckDates(list: {
  dataVersion: { loadedAt: string } | undefined;
  dataPinBanner: { pinned: { loadedAt: string } } | null;
  dataTag: string | undefined;
}) {
  return { dataAsOf: list.dataPinBanner?.pinned.loadedAt ?? list.dataVersion!.loadedAt, pinnedDataVersion: list.dataTag };
}
