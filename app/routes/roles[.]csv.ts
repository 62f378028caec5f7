import type { LoaderFunctionArgs } from "react-router";
import { getCurrentDataVersion } from "~/features/data-pin/data-version.server";
import { listRoleOutlooks } from "~/features/outlook/queries.server";
import { listSourcesByIds } from "~/features/sources/queries.server";
import { csvResponse } from "~/lib/csv.server";
import { withQueryStats } from "~/lib/db.server";
import { readRoleQuery } from "~/features/outlook/params.server";
import { sourceCredit } from "~/features/sources/citations";
import { CSV_HEADERS as H } from "~/lib/csv-headers";
import { payFor } from "~/features/pay/pay";
import { listRolePay } from "~/features/pay/queries.server";
import { noDataLoaded, publicPageHeaders, refuseWrites, unlessNotModified } from "~/lib/http.server";

/** Read-only: any other method is a 405 with Allow. */
export const action = refuseWrites;

/** The role finder's table as CSV: same filters and sort as /roles, raw figures with source and data year. */
export async function loader({ request }: LoaderFunctionArgs) {
  const { query, filters } = await readRoleQuery(request);
  const sort = query.sort ?? "title";
  const { result, ms, queries } = await withQueryStats(async () => {
    const [roles, pays, version] = await Promise.all([
      listRoleOutlooks({ vintage: query.vintage, filters, sort, direction: query.dir ?? (sort === "title" ? "asc" : "desc") }),
      listRolePay(),
      getCurrentDataVersion(),
    ]);
    const cited = await listSourcesByIds({ ids: roles.flatMap((r) => (r.projection ? [r.projection.sourceId] : [])) });
    return { roles, pays, version, cited };
  });
  const { roles, pays, version, cited } = result;
  if (!version) throw noDataLoaded();
  const headers = publicPageHeaders({ request, dataVersionTag: version.tag, dbMs: ms, queries });
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
      source: source ? sourceCredit(source) : "",
      sourceUrl: source?.url ?? "",
      dataVersion: version.tag,
    };
  });
  const columns = (
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
      "source",
      "sourceUrl",
      "dataVersion",
    ] as const
  ).map((key) => ({ key, header: H[key] }));
  return unlessNotModified(request, headers, () => csvResponse(`career-atlas-roles-${query.vintage}.csv`, columns, rows, headers));
}
