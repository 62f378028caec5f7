import { pinnedVersionFromTag, resolveDataPin } from "~/features/data-pin/params.server";
import { listPinnedFigureChanges, lookUpDataPin } from "~/features/data-pin/queries.server";
import { getAllOccupationsOutlook, listRoleOutlooks, listRoleWageYears } from "~/features/outlook/queries.server";
import { readRoleQuery, roleFinderQuerySchema } from "~/features/outlook/params.server";
import { DEFAULT_DIRECTION } from "~/features/outlook/role-filters";
import { listSourcesByIds } from "~/features/sources/queries.server";
import { listRolePay } from "~/features/pay/queries.server";
import { payFor } from "~/features/pay/pay";
import { loadPublicPage } from "~/lib/page-loader.server";

/**
 * The role finder: every role with its occupation's projection, filtered and sorted as the address says, with the
 * years of the wages the pay filter compares, and the OEWS pay spread of each role's occupation. Ten queries whatever
 * the filters. `data=<tag>` pins the figures to a data version: the projections and wages archived with it, which the
 * filters and the order read too (ADR 008), and a banner naming what changed since for the roles listed.
 */
export async function loadRoleFinder(request: Request) {
  const { result, headers } = await loadPublicPage(request, {
    query: roleFinderQuerySchema,
    load: async (parsed, url) => {
      const { query, filters, options, growthFilterNotApplied } = await readRoleQuery(parsed);
      const sort = query.sort ?? "title";
      const direction = query.dir ?? DEFAULT_DIRECTION[sort];
      const dataVersionId = pinnedVersionFromTag(query.data)?.id;
      const [outlooks, average, wageYears, pays, lookup] = await Promise.all([
        listRoleOutlooks({ vintage: query.vintage, filters, sort, direction, dataVersionId }),
        getAllOccupationsOutlook({ vintage: query.vintage, dataVersionId }),
        listRoleWageYears({ vintage: query.vintage, dataVersionId }),
        listRolePay({ dataVersionId }),
        lookUpDataPin({ tag: query.data }),
      ]);
      const changes =
        lookup.status === "pinned" && outlooks.length > 0
          ? await listPinnedFigureChanges({ dataVersionId: lookup.pinned.id, slugs: outlooks.map((r) => r.slug), vintage: query.vintage })
          : [];
      const { current: dataVersion, banner: dataPinBanner } = resolveDataPin({ ...lookup, changes }, url);
      // Each median with the OEWS survey it comes from, whose 10th-90th spread the table shows beside it.
      const roles = outlooks.map((r) => ({ ...r, pay: payFor(pays, r.socCode, r.projection?.wageYear ?? null) }));
      const sources = await listSourcesByIds({
        ids: [
          ...roles.flatMap((r) => (r.projection ? [r.projection.sourceId] : [])),
          ...roles.flatMap((r) => (r.pay ? [r.pay.sourceId] : [])),
          ...(average ? [average.sourceId] : []),
          ...wageYears.map((w) => w.sourceId),
          ...options.bands.map((b) => b.sourceId),
        ],
      });
      return {
        query: { ...query, sort, dir: direction },
        options,
        growthFilterNotApplied,
        roles,
        average,
        wageYears,
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

export type RoleFinderView = Awaited<ReturnType<typeof loadRoleFinder>>["finder"];
