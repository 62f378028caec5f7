import type { LoaderFunctionArgs } from "react-router";
import { getCurrentDataVersion } from "~/features/data-pin/data-version.server";
import { getAllOccupationsOutlook, groupByOccupation, listRoleOutlooks } from "~/features/outlook/queries.server";
import { listSourcesByIds } from "~/features/sources/queries.server";
import { csvResponse } from "~/lib/csv.server";
import { readRoleQuery } from "~/features/outlook/params.server";
import { sourceCredit } from "~/features/sources/citations";

/** The dashboard's growth chart as CSV: one row per occupation plus the all-occupations row. */
export async function loader({ request }: LoaderFunctionArgs) {
  const { query } = await readRoleQuery(request);
  const filters = { cluster: query.cluster, education: query.education, industry: query.industry };
  const [roles, average, version] = await Promise.all([
    listRoleOutlooks({ vintage: query.vintage, filters, sort: "growth", direction: "desc" }),
    getAllOccupationsOutlook({ vintage: query.vintage }),
    getCurrentDataVersion(),
  ]);
  const occupations = groupByOccupation(roles);
  const sources = new Map(
    (await listSourcesByIds({ ids: [...occupations.map((o) => o.sourceId), ...(average ? [average.sourceId] : [])] })).map((s) => [
      s.id,
      s,
    ]),
  );
  const cite = (id: string) => {
    const s = sources.get(id);
    return { source: s ? sourceCredit(s) : id, source_url: s?.url ?? "" };
  };
  const rows = [
    ...occupations.map((o) => ({
      occupation: o.title,
      soc_code: o.socCode,
      roles: o.roles.map((r) => r.title).join("; "),
      projection_period: query.vintage,
      change_percent: o.changePercent,
      ...cite(o.sourceId),
      data_version: version?.tag ?? "",
    })),
    ...(average
      ? [
          {
            occupation: "Total, all occupations",
            soc_code: "00-0000",
            roles: "",
            projection_period: query.vintage,
            change_percent: average.changePercent,
            ...cite(average.sourceId),
            data_version: version?.tag ?? "",
          },
        ]
      : []),
  ];
  const columns = (
    ["occupation", "soc_code", "roles", "projection_period", "change_percent", "source", "source_url", "data_version"] as const
  ).map((key) => ({ key, header: key }));
  return csvResponse(`career-atlas-growth-${query.vintage}.csv`, columns, rows, { "Cache-Control": "public, max-age=300, s-maxage=3600" });
}
