import type { LoaderFunctionArgs } from "react-router";
import { getCurrentDataVersion } from "~/features/data-pin/data-version.server";
import { listRoleOutlooks } from "~/features/outlook/queries.server";
import { listSourcesByIds } from "~/features/sources/queries.server";
import { csvResponse } from "~/lib/csv.server";
import { readRoleQuery } from "~/features/outlook/params.server";
import { sourceCredit } from "~/features/sources/citations";

/** The role finder's table as CSV: same filters and sort as /roles, raw figures with source and data year. */
export async function loader({ request }: LoaderFunctionArgs) {
  const { query, filters } = await readRoleQuery(request);
  const sort = query.sort ?? "title";
  const [roles, version] = await Promise.all([
    listRoleOutlooks({ vintage: query.vintage, filters, sort, direction: query.dir ?? (sort === "title" ? "asc" : "desc") }),
    getCurrentDataVersion(),
  ]);
  const sources = new Map(
    (await listSourcesByIds({ ids: roles.flatMap((r) => (r.projection ? [r.projection.sourceId] : [])) })).map((s) => [s.id, s]),
  );
  const rows = roles.map((r) => {
    const p = r.projection;
    const source = p ? sources.get(p.sourceId) : undefined;
    return {
      role: r.title,
      soc_code: r.socCode,
      occupation: r.occupationTitle,
      projection_period: query.vintage,
      employment_base_year: p?.baseYear,
      employment_base: p?.employmentBase,
      employment_projected: p?.employmentProjected,
      change_numeric: p?.changeNumeric,
      change_percent: p?.changePercent,
      annual_openings: p?.annualOpenings,
      median_annual_wage: p?.medianAnnualWage,
      wage_year: p?.wageYear,
      source: source ? sourceCredit(source) : "",
      source_url: source?.url ?? "",
      data_version: version?.tag ?? "",
    };
  });
  const columns = Object.keys(rows[0] ?? { role: "" }).map((key) => ({ key: key as keyof (typeof rows)[number], header: key }));
  return csvResponse(`career-atlas-roles-${query.vintage}.csv`, columns, rows, {
    "Cache-Control": "public, max-age=300, s-maxage=3600",
  });
}
