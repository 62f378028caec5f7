import { getCurrentDataVersion } from "~/features/data-pin/data-version.server";
import { listMajorGroups, listOccupations } from "~/features/occupations/queries.server";
import { chooseGrowthBand, readProjectionPeriod } from "~/features/periods/params.server";
import { OCCUPATIONS_PER_PAGE } from "~/features/occupations/finder-address";
import { occupationQuerySchema, type OccupationQuery, type OccupationSort } from "~/features/occupations/params.server";
import { listSourcesByIds } from "~/features/sources/queries.server";
import { loadPublicPage } from "~/lib/page-loader.server";
import { parseSearchParams } from "~/lib/params.server";

/** Title reads best A→Z; every figure reads best largest first. */
export const OCCUPATION_DEFAULT_DIRECTION: Record<OccupationSort, "asc" | "desc"> = {
  title: "asc",
  growth: "desc",
  change: "desc",
  openings: "desc",
  pay: "desc",
  employment: "desc",
};

function filtersOf(query: OccupationQuery) {
  return {
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
 * Reads /occupations' address and checks what only the data can say (the period, the major group and the
 * growth band exist). Two queries.
 */
export async function readOccupationQuery(url: URL) {
  const query = parseSearchParams(url, occupationQuerySchema);
  const [{ period, periods }, groups] = await Promise.all([readProjectionPeriod(query.vintage), listMajorGroups()]);
  const bands = period.growthBands;
  if (query.group && !groups.some((g) => g.code === query.group)) {
    throw new Response(`There is no SOC major group “${query.group}”. Pick one from the list.`, { status: 400 });
  }
  chooseGrowthBand(period, query.band);
  const sort = query.sort ?? "title";
  const direction = query.dir ?? OCCUPATION_DEFAULT_DIRECTION[sort];
  return { query: { ...query, sort, dir: direction }, filters: filtersOf(query), period, periods, groups, bands };
}

/** /occupations: every detailed occupation, filtered, sorted and paged. Five queries whatever the filters. */
export async function loadOccupationFinder(request: Request) {
  const { result, headers } = await loadPublicPage(request, {
    load: async (_query, url) => {
      const { query, filters, period, periods, groups, bands } = await readOccupationQuery(url);
      const page = query.page ?? 1;
      const [{ rows, total }, dataVersion] = await Promise.all([
        listOccupations({
          vintage: period.vintage,
          filters,
          sort: query.sort,
          direction: query.dir,
          limit: OCCUPATIONS_PER_PAGE,
          offset: (page - 1) * OCCUPATIONS_PER_PAGE,
        }),
        getCurrentDataVersion(),
      ]);
      const pages = Math.max(1, Math.ceil(total / OCCUPATIONS_PER_PAGE));
      if (page > 1 && rows.length === 0) {
        throw new Response(`There is no page ${page} of this list.`, { status: 404, statusText: "Not Found" });
      }
      const sources = await listSourcesByIds({
        ids: [
          period.sourceId,
          ...rows.map((r) => r.sourceId),
          ...rows.flatMap((r) => (r.medianAtLeast ? [r.medianAtLeast.sourceId] : [])),
          ...bands.map((b) => b.sourceId),
          // The job zones are O*NET's (the row's Source column cites the BLS line's figures).
          ...rows.flatMap((r) => r.jobZoneSourceIds),
        ],
      });
      return { query: { ...query, page }, period, periods, groups, bands, rows, total, pages, dataVersion, sources };
    },
  });
  // The data version itself too (the finder carries only its tag), for the page's citation.
  return { finder: { ...result, dataVersion: result.dataVersion.tag }, headers, dataVersion: result.dataVersion };
}

export type OccupationFinderView = Awaited<ReturnType<typeof loadOccupationFinder>>["finder"];
