import { getCurrentDataVersion } from "~/features/data-pin/data-version.server";
import { getAllOccupationsOutlook, listRoleOutlooks, listRoleWageYears } from "~/features/outlook/queries.server";
import { readRoleQuery } from "~/features/outlook/params.server";
import { DEFAULT_DIRECTION } from "~/features/outlook/role-filters";
import { listSourcesByIds } from "~/features/sources/queries.server";
import { listRolePay } from "~/features/pay/queries.server";
import { payFor } from "~/features/pay/pay";
import { loadPublicPage } from "~/lib/page-loader.server";

/**
 * The role finder: every role with its occupation's projection, filtered and sorted as the address says, with the
 * years of the wages the pay filter compares, and the OEWS pay spread of each role's occupation. Ten queries whatever
 * the filters.
 */
export async function loadRoleFinder(request: Request) {
  const { result, headers } = await loadPublicPage(request, {
    load: async () => {
      const { query, filters, options } = await readRoleQuery(request);
      const sort = query.sort ?? "title";
      const direction = query.dir ?? DEFAULT_DIRECTION[sort];
      const [outlooks, average, wageYears, pays, dataVersion] = await Promise.all([
        listRoleOutlooks({ vintage: query.vintage, filters, sort, direction }),
        getAllOccupationsOutlook({ vintage: query.vintage }),
        listRoleWageYears({ vintage: query.vintage }),
        listRolePay(),
        getCurrentDataVersion(),
      ]);
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
      return { query: { ...query, sort, dir: direction }, options, roles, average, wageYears, dataVersion, sources };
    },
  });
  // The data version itself too (the finder carries only its tag), for the page's citation.
  return { finder: { ...result, dataVersion: result.dataVersion.tag }, headers, dataVersion: result.dataVersion };
}

export type RoleFinderView = Awaited<ReturnType<typeof loadRoleFinder>>["finder"];
