import type { LoaderFunctionArgs } from "react-router";
import { getCurrentDataVersion } from "~/features/data-pin/data-version.server";
import { readOccupationQuery } from "~/features/occupations/finder.server";
import { listOccupations } from "~/features/occupations/queries.server";
import { listSourcesByIds } from "~/features/sources/queries.server";
import { csvResponse } from "~/lib/csv.server";
import { sourceCredit } from "~/features/sources/citations";

/** The occupation finder's list as CSV: every match (not one page), same filters and sort, raw figures with sources. */
export async function loader({ request }: LoaderFunctionArgs) {
  const { query, filters, period } = await readOccupationQuery(new URL(request.url));
  const [{ rows }, version] = await Promise.all([
    listOccupations({ vintage: period.vintage, filters, sort: query.sort, direction: query.dir }),
    getCurrentDataVersion(),
  ]);
  const sources = new Map((await listSourcesByIds({ ids: rows.map((r) => r.sourceId) })).map((s) => [s.id, s]));
  const out = rows.map((r) => {
    const source = sources.get(r.sourceId);
    return {
      soc_code: r.socCode,
      occupation: r.title,
      projection_period: period.vintage,
      employment_base_year: period.baseYear,
      employment_base: r.employmentBase,
      employment_projected: r.employmentProjected,
      change_numeric: r.changeNumeric,
      change_percent: r.changePercent,
      growth_band: r.band?.label,
      annual_openings: r.annualOpenings,
      median_annual_wage: r.medianAnnualWage,
      wage_year: r.wageYear,
      entry_education: r.entryEducation,
      onet_job_zones: r.jobZones.join(" "),
      curated_tech_roles: r.roleCount,
      source: source ? sourceCredit(source) : "",
      source_url: source?.url ?? "",
      data_version: version?.tag ?? "",
    };
  });
  const columns = Object.keys(out[0] ?? { soc_code: "" }).map((key) => ({ key: key as keyof (typeof out)[number], header: key }));
  return csvResponse(`career-atlas-occupations-${period.vintage}.csv`, columns, out, {
    "Cache-Control": "public, max-age=300, s-maxage=3600",
  });
}
