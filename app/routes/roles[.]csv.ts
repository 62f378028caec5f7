import type { LoaderFunctionArgs } from "react-router";
import { pinnedVersionFromTag, resolveDataPin } from "~/features/data-pin/params.server";
import { lookUpDataPin } from "~/features/data-pin/queries.server";
import { DEFAULT_DIRECTION } from "~/features/outlook/role-filters";
import { listRoleOutlooks } from "~/features/outlook/queries.server";
import { listSourcesByIds } from "~/features/sources/queries.server";
import { csvFile } from "~/lib/csv.server";
import { loadCsvDownload } from "~/lib/csv-download.server";
import { readRoleQuery, roleFinderQuerySchema } from "~/features/outlook/params.server";
import { sourceCredit } from "~/features/sources/citations";
import { CSV_HEADERS as H } from "~/lib/csv-headers";
import { payFor } from "~/features/pay/pay";
import { listRolePay } from "~/features/pay/queries.server";
import { refuseWrites } from "~/lib/http.server";
import { parseSearchParams } from "~/lib/params.server";

/** Read-only: any other method is a 405 with Allow. */
export const action = refuseWrites;

/**
 * The role finder's table as CSV: same filters and sort as /roles, raw figures with source and data year. `data=<tag>`
 * gives the figures archived with that data version, as the pinned finder shows them (ADR 008); the "Data version"
 * column names the version the figures are from.
 */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const { query, filters } = await readRoleQuery(parseSearchParams(url, roleFinderQuerySchema));
  const sort = query.sort ?? "title";
  const dataVersionId = pinnedVersionFromTag(query.data)?.id;
  return loadCsvDownload({
    request,
    context,
    load: async () => {
      const [roles, pays, lookup] = await Promise.all([
        listRoleOutlooks({ vintage: query.vintage, filters, sort, direction: query.dir ?? DEFAULT_DIRECTION[sort], dataVersionId }),
        listRolePay({ dataVersionId }),
        lookUpDataPin({ tag: query.data }),
      ]);
      // Each row's projection source, and the OEWS surveys its percentiles come from (another publisher's release: a
      // column of its own names it, as /data says of every such column).
      const cited = await listSourcesByIds({
        ids: [...roles.flatMap((r) => (r.projection ? [r.projection.sourceId] : [])), ...pays.map((p) => p.sourceId)],
      });
      const { current, banner } = resolveDataPin({ ...lookup, changes: [] }, url);
      // The ETag follows the current version (and the address, which names a pinned one), as every page's does.
      return { roles, pays, cited, dataVersion: current, figuresVersion: (banner?.pinned ?? current).tag };
    },
    file: ({ roles, pays, cited, figuresVersion }) => {
      const sources = new Map(cited.map((s) => [s.id, s]));
      const rows = roles.map((r) => {
        const p = r.projection;
        const source = p ? sources.get(p.sourceId) : undefined;
        // The 10th-90th percentile spread the table shows beside the median, from the same OEWS survey (its wage year).
        const pay = payFor(pays, r.socCode, p?.wageYear ?? null);
        return {
          role: r.title,
          roleSlug: r.slug,
          socCode: r.socCode,
          occupation: r.occupationTitle,
          projectionPeriod: query.vintage,
          baseYear: p?.baseYear,
          targetYear: p?.targetYear,
          employmentBase: p?.employmentBase,
          employmentProjected: p?.employmentProjected,
          changeNumeric: p?.changeNumeric,
          changePercent: p?.changePercent,
          annualOpenings: p?.annualOpenings,
          medianAnnualWage: p?.medianAnnualWage,
          wageYear: p?.wageYear,
          annualP10: pay?.annual.p10,
          annualP90: pay?.annual.p90,
          topCoded: pay?.topCoded.join(" "),
          topCodeAnnual: pay?.topCoded.length ? pay.topCodeAnnual : undefined,
          percentilesSource: pay && sources.has(pay.sourceId) ? sourceCredit(sources.get(pay.sourceId)!) : "",
          source: source ? sourceCredit(source) : "",
          sourceUrl: source?.url ?? "",
          dataVersion: figuresVersion,
        };
      });
      return csvFile(`career-atlas-roles-${query.vintage}.csv`, COLUMNS, rows);
    },
  });
}

const COLUMNS = (
  [
    "roleSlug",
    "role",
    "socCode",
    "occupation",
    "projectionPeriod",
    "baseYear",
    "targetYear",
    "employmentBase",
    "employmentProjected",
    "changeNumeric",
    "changePercent",
    "annualOpenings",
    "medianAnnualWage",
    "wageYear",
    "annualP10",
    "annualP90",
    "topCoded",
    "topCodeAnnual",
    "percentilesSource",
    "source",
    "sourceUrl",
    "dataVersion",
  ] as const
).map((key) => ({ key, header: H[key] }));
