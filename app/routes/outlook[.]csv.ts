import type { LoaderFunctionArgs } from "react-router";
import { getCurrentDataVersion } from "~/features/data-pin/data-version.server";
import { getAllOccupationsOutlook, groupByOccupation, listRoleOutlooks } from "~/features/outlook/queries.server";
import { listSourcesByIds } from "~/features/sources/queries.server";
import { csvResponse } from "~/lib/csv.server";
import { withQueryStats } from "~/lib/db.server";
import { readRoleQuery, roleQuerySchema } from "~/features/outlook/params.server";
import { parseSearchParams } from "~/lib/params.server";
import { sourceCredit } from "~/features/sources/citations";
import { CSV_HEADERS as H } from "~/lib/csv-headers";
import { noDataLoaded, publicPageHeaders, refuseWrites, unlessNotModified } from "~/lib/http.server";

/** Read-only: any other method is a 405 with Allow. */
export const action = refuseWrites;

/** The dashboard's growth chart as CSV: one row per occupation plus the all-occupations row. */
export async function loader({ request }: LoaderFunctionArgs) {
  const { query } = await readRoleQuery(parseSearchParams(new URL(request.url), roleQuerySchema));
  const filters = { cluster: query.cluster, education: query.education, industry: query.industry };
  const { result, ms, queries } = await withQueryStats(async () => {
    const [roles, average, version] = await Promise.all([
      listRoleOutlooks({ vintage: query.vintage, filters, sort: "growth", direction: "desc" }),
      getAllOccupationsOutlook({ vintage: query.vintage }),
      getCurrentDataVersion(),
    ]);
    const occupations = groupByOccupation(roles);
    const cited = await listSourcesByIds({ ids: [...occupations.map((o) => o.sourceId), ...(average ? [average.sourceId] : [])] });
    return { occupations, average, version, cited };
  });
  const { occupations, average, version, cited } = result;
  if (!version) throw noDataLoaded();
  const headers = publicPageHeaders({ request, dataVersionTag: version.tag, dbMs: ms, queries });
  const sources = new Map(cited.map((s) => [s.id, s]));
  const cite = (id: string) => {
    const s = sources.get(id);
    return { source: s ? sourceCredit(s) : id, sourceUrl: s?.url ?? "" };
  };
  const rows = [
    ...occupations.map((o) => ({
      occupation: o.title,
      socCode: o.socCode,
      role: o.roles.map((r) => r.title).join("; "),
      projectionPeriod: query.vintage,
      changePercent: o.changePercent,
      ...cite(o.sourceId),
      dataVersion: version.tag,
    })),
    ...(average
      ? [
          {
            occupation: "Total, all occupations",
            socCode: "00-0000",
            role: "",
            projectionPeriod: query.vintage,
            changePercent: average.changePercent,
            ...cite(average.sourceId),
            dataVersion: version.tag,
          },
        ]
      : []),
  ];
  const columns = [
    ...(["socCode", "occupation"] as const).map((key) => ({ key, header: H[key] })),
    { key: "role" as const, header: "Roles" },
    ...(["projectionPeriod", "changePercent", "source", "sourceUrl", "dataVersion"] as const).map((key) => ({ key, header: H[key] })),
  ];
  return unlessNotModified(request, headers, () => csvResponse(`career-atlas-growth-${query.vintage}.csv`, columns, rows, headers));
}
