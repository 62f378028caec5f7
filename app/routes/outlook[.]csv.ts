import type { LoaderFunctionArgs } from "react-router";
import { getCurrentDataVersion } from "~/features/data-pin/data-version.server";
import { getAllOccupationsOutlook, groupByOccupation, listRoleOutlooks } from "~/features/outlook/queries.server";
import { listSourcesByIds } from "~/features/sources/queries.server";
import { csvFile } from "~/lib/csv.server";
import { loadCsvDownload } from "~/lib/csv-download.server";
import { readRoleQuery, roleQuerySchema } from "~/features/outlook/params.server";
import { parseSearchParams } from "~/lib/params.server";
import { sourceCredit } from "~/features/sources/citations";
import { CSV_HEADERS as H } from "~/lib/csv-headers";
import { refuseWrites } from "~/lib/http.server";

/** Read-only: any other method is a 405 with Allow. */
export const action = refuseWrites;

/** The dashboard's growth chart as CSV: one row per occupation plus the all-occupations row. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const { query } = await readRoleQuery(parseSearchParams(new URL(request.url), roleQuerySchema));
  const filters = { cluster: query.cluster, education: query.education, industry: query.industry };
  return loadCsvDownload({
    request,
    context,
    load: async () => {
      const [roles, average, dataVersion] = await Promise.all([
        listRoleOutlooks({ vintage: query.vintage, filters, sort: "growth", direction: "desc" }),
        getAllOccupationsOutlook({ vintage: query.vintage }),
        getCurrentDataVersion(),
      ]);
      const occupations = groupByOccupation(roles);
      const cited = await listSourcesByIds({ ids: [...occupations.map((o) => o.sourceId), ...(average ? [average.sourceId] : [])] });
      return { occupations, average, dataVersion, cited };
    },
    file: ({ occupations, average, dataVersion, cited }) => {
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
          dataVersion: dataVersion.tag,
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
                dataVersion: dataVersion.tag,
              },
            ]
          : []),
      ];
      return csvFile(`career-atlas-growth-${query.vintage}.csv`, COLUMNS, rows);
    },
  });
}

const COLUMNS = [
  ...(["socCode", "occupation"] as const).map((key) => ({ key, header: H[key] })),
  { key: "role" as const, header: "Roles" },
  ...(["projectionPeriod", "changePercent", "source", "sourceUrl", "dataVersion"] as const).map((key) => ({ key, header: H[key] })),
];
