import type { LoaderFunctionArgs } from "react-router";
import { getCurrentDataVersion } from "~/features/data-pin/data-version.server";
import { occupationCodeParam } from "~/features/occupations/params.server";
import { getOccupation, listOccupationProjections } from "~/features/occupations/queries.server";
import { listPayPercentiles } from "~/features/pay/queries.server";
import { listSourcesByIds } from "~/features/sources/queries.server";
import { csvResponse } from "~/lib/csv.server";
import { sourceCredit } from "~/features/sources/citations";

/**
 * One occupation's published figures as CSV, one row per figure: every projection period and the OEWS
 * percentiles, each with its period or survey year and source. Figures exactly as stored (no formatting).
 */
export async function loader({ params }: LoaderFunctionArgs) {
  const socCode = occupationCodeParam(params.code);
  const [occupation, projections, pay, version] = await Promise.all([
    getOccupation(socCode),
    listOccupationProjections(socCode),
    listPayPercentiles(socCode),
    getCurrentDataVersion(),
  ]);
  if (!occupation) throw new Response(`We have no occupation with the code ${socCode}.`, { status: 404 });
  const sources = new Map(
    (await listSourcesByIds({ ids: [...projections.map((p) => p.sourceId), ...pay.map((p) => p.sourceId)] })).map((s) => [s.id, s]),
  );
  const cite = (id: string) => {
    const s = sources.get(id);
    return s ? sourceCredit(s) : id;
  };
  type Row = { figure: string; period_or_year: string; value: number | string | null; source: string };
  const rows: Row[] = [];
  for (const p of projections) {
    const add = (figure: string, value: number | string | null) =>
      rows.push({ figure, period_or_year: p.vintage, value, source: cite(p.sourceId) });
    add(`employment_${p.baseYear}`, p.employmentBase);
    add(`employment_${p.targetYear}`, p.employmentProjected);
    add("change_numeric", p.changeNumeric);
    add("change_percent", p.changePercent);
    add("growth_band", p.band?.label ?? null);
    add("all_occupations_change_percent", p.allOccupationsPercent);
    add("annual_openings", p.annualOpenings);
    add("annual_labor_force_exits", p.laborForceExits);
    add("annual_occupational_transfers", p.occupationalTransfers);
    add("median_annual_wage", p.medianAnnualWage);
    add("wage_year", p.wageYear);
    add("entry_education", p.entryEducation);
    add("work_experience", p.workExperience);
    add("on_the_job_training", p.onTheJobTraining);
  }
  for (const s of pay) {
    for (const [point, value] of Object.entries(s.annual)) {
      rows.push({ figure: `annual_pay_${point}`, period_or_year: `May ${s.wageYear}`, value, source: cite(s.sourceId) });
    }
    for (const [point, value] of Object.entries(s.hourly)) {
      rows.push({ figure: `hourly_pay_${point}`, period_or_year: `May ${s.wageYear}`, value, source: cite(s.sourceId) });
    }
    if (s.topCoded.length > 0) {
      rows.push({
        figure: "annual_pay_percentiles_at_or_above_top_code",
        period_or_year: `May ${s.wageYear}`,
        value: `${s.topCoded.join(" ")} (at or above ${s.topCodeAnnual ?? "the top of the range"})`,
        source: cite(s.sourceId),
      });
    }
  }
  const withMeta = rows.map((r) => ({ soc_code: socCode, occupation: occupation.title, ...r, data_version: version?.tag ?? "" }));
  const columns = (["soc_code", "occupation", "figure", "period_or_year", "value", "source", "data_version"] as const).map((key) => ({
    key,
    header: key,
  }));
  return csvResponse(`career-atlas-occupation-${socCode}.csv`, columns, withMeta, {
    "Cache-Control": "public, max-age=300, s-maxage=3600",
  });
}
