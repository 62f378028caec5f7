import { pinnedVersionFromTag, resolveDataPin } from "~/features/data-pin/params.server";
import { listPinnedFigureChanges, lookUpDataPin } from "~/features/data-pin/queries.server";
import { listMajorGroups, listOccupations } from "~/features/occupations/queries.server";
import { chooseGrowthBand, readProjectionPeriod } from "~/features/periods/params.server";
import { OCCUPATION_DEFAULT_DIRECTION, OCCUPATIONS_PER_PAGE } from "~/features/occupations/finder-address";
import { occupationQuerySchema, type OccupationQuery } from "~/features/occupations/params.server";
import { listSourcesByIds } from "~/features/sources/queries.server";
import { loadPublicPage } from "~/lib/page-loader.server";
import { parseSearchParams } from "~/lib/params.server";
import { normalizeTitle } from "~db/text";

function filtersOf(query: OccupationQuery) {
  return {
    titleWords: titleWordsOf(query.name),
    group: query.group,
    tech: query.tech,
    education: query.education,
    band: query.band,
    minPay: query.pay,
    minOpenings: query.openings,
    zone: query.zone,
  };
}

/**
 * The words of the name filter as the title search reads words (normalizeTitle: lower case, accents dropped, split on
 * anything but letters, digits, + and #: "sheriff's" is "sheriff", "s"), none of them special to SQL's LIKE.
 */
export function titleWordsOf(name: string | undefined): string[] | undefined {
  const words = normalizeTitle(name ?? "")
    .split(" ")
    .filter((word) => word !== "");
  return words.length > 0 ? words : undefined;
}

/**
 * Reads /occupations' address and checks what only the data can say (the period, the major group and the
 * growth band exist; a band asked of a period without bands is not applied, and `growthFilterNotApplied` says so).
 * Two queries.
 */
export async function readOccupationQuery(url: URL) {
  const query = parseSearchParams(url, occupationQuerySchema);
  const [{ period, periods }, groups] = await Promise.all([readProjectionPeriod(query.vintage), listMajorGroups()]);
  const bands = period.growthBands;
  if (query.group && !groups.some((g) => g.code === query.group)) {
    throw new Response(`There is no SOC major group “${query.group}”. Pick one from the list.`, { status: 400 });
  }
  // A band asked of a period without bands is not applied (the form sends it when only the period changes): the list
  // and its CSV go unfiltered by growth, the page says why, and its links leave the band out.
  const { band, notApplied: growthFilterNotApplied } = chooseGrowthBand(period, query.band, periods);
  const applied = { ...query, band: band?.rank };
  const sort = query.sort ?? "title";
  const direction = query.dir ?? OCCUPATION_DEFAULT_DIRECTION[sort];
  return {
    query: { ...applied, sort, dir: direction },
    filters: filtersOf(applied),
    period,
    periods,
    groups,
    bands,
    growthFilterNotApplied,
  };
}

/**
 * /occupations: every detailed occupation, filtered, sorted and paged. Five queries whatever the filters. `data=<tag>`
 * pins the list to a data version: its figures, filters and order are those archived with it (ADR 008), and the
 * banner names what changed since for the occupations on the page (six queries more, for an older version).
 */
export async function loadOccupationFinder(request: Request) {
  const { result, headers } = await loadPublicPage(request, {
    load: async (_query, url) => {
      const { query, filters, period, periods, groups, bands, growthFilterNotApplied } = await readOccupationQuery(url);
      const page = query.page ?? 1;
      const [{ rows, total, hourlyOnlyLeftOut }, lookup] = await Promise.all([
        listOccupations({
          vintage: period.vintage,
          filters,
          sort: query.sort,
          direction: query.dir,
          limit: OCCUPATIONS_PER_PAGE,
          offset: (page - 1) * OCCUPATIONS_PER_PAGE,
          dataVersionId: pinnedVersionFromTag(query.data)?.id,
        }),
        lookUpDataPin({ tag: query.data }),
      ]);
      const changes =
        lookup.status === "pinned" && rows.length > 0
          ? await listPinnedFigureChanges({
              dataVersionId: lookup.pinned.id,
              slugs: [],
              socCodes: rows.map((r) => r.socCode),
              vintage: period.vintage,
            })
          : [];
      const { current: dataVersion, banner: dataPinBanner } = resolveDataPin({ ...lookup, changes }, url);
      const pages = Math.max(1, Math.ceil(total / OCCUPATIONS_PER_PAGE));
      if (page > 1 && rows.length === 0) {
        throw new Response(`There is no page ${page} of this list.`, { status: 404, statusText: "Not Found" });
      }
      const sources = await listSourcesByIds({
        ids: [
          period.sourceId,
          ...rows.map((r) => r.sourceId),
          ...rows.flatMap((r) => (r.median ? [r.median.sourceId] : [])),
          ...bands.map((b) => b.sourceId),
          // The job zones are O*NET's (the row's Source column cites the BLS line's figures).
          ...rows.flatMap((r) => r.jobZoneSourceIds),
        ],
      });
      return {
        query: { ...query, page },
        period,
        periods,
        groups,
        bands,
        growthFilterNotApplied,
        rows,
        total,
        hourlyOnlyLeftOut,
        pages,
        dataVersion,
        dataPinBanner,
        sources,
      };
    },
  });
  // The version whose figures are shown (the pinned one on a pinned list), for the page's citation.
  const shown = result.dataPinBanner?.pinned ?? result.dataVersion;
  return { finder: { ...result, dataVersion: shown.tag }, headers, dataVersion: shown };
}

export type OccupationFinderView = Awaited<ReturnType<typeof loadOccupationFinder>>["finder"];
