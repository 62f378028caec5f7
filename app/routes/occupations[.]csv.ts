import type { LoaderFunctionArgs } from "react-router";
import { pinnedVersionFromTag, resolveDataPin } from "~/features/data-pin/params.server";
import { lookUpDataPin } from "~/features/data-pin/queries.server";
import { readOccupationQuery } from "~/features/occupations/finder.server";
import { listOccupations } from "~/features/occupations/queries.server";
import { listSourcesByIds } from "~/features/sources/queries.server";
import { csvFile } from "~/lib/csv.server";
import { loadCsvDownload } from "~/lib/csv-download.server";
import { sourceCredit } from "~/features/sources/citations";
import { CSV_HEADERS as H } from "~/lib/csv-headers";
import { refuseWrites } from "~/lib/http.server";

/** Read-only: any other method is a 405 with Allow. */
export const action = refuseWrites;

/**
 * The occupation finder's list as CSV: every match (not one page), same filters and sort, raw figures with sources.
 * `data=<tag>` gives the figures archived with that data version, as the pinned list shows them (ADR 008); the "Data
 * version" column names the version the figures are from.
 */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const { query, filters, period } = await readOccupationQuery(url);
  return loadCsvDownload({
    request,
    context,
    load: async () => {
      const [{ rows }, lookup] = await Promise.all([
        listOccupations({
          vintage: period.vintage,
          filters,
          sort: query.sort,
          direction: query.dir,
          dataVersionId: pinnedVersionFromTag(query.data)?.id,
        }),
        lookUpDataPin({ tag: query.data }),
      ]);
      const cited = await listSourcesByIds({
        ids: [
          ...rows.map((r) => r.sourceId),
          ...rows.flatMap((r) => r.jobZoneSourceIds),
          ...rows.flatMap((r) => (r.band ? [r.band.sourceId] : [])),
          ...rows.flatMap((r) => (r.median && r.median.sourceId !== r.sourceId ? [r.median.sourceId] : [])),
        ],
      });
      const { current, banner } = resolveDataPin({ ...lookup, changes: [] }, url);
      // The ETag follows the current version (and the address, which names a pinned one), as every page's does.
      return { rows, cited, dataVersion: current, figuresVersion: (banner?.pinned ?? current).tag };
    },
    file: ({ rows, cited, figuresVersion }) => {
      const sources = new Map(cited.map((s) => [s.id, s]));
      const out = rows.map((r) => {
        const source = sources.get(r.sourceId);
        // The job zones are O*NET's, not the BLS line's: their own source columns.
        const zoneSources = r.jobZoneSourceIds.flatMap((id) => sources.get(id) ?? []);
        // So are the growth band (O*NET OnLine's label for the period) and a top-coded median (the OEWS survey).
        const bandSource = r.band ? sources.get(r.band.sourceId) : undefined;
        const atLeast = r.median?.atLeast ? r.median : null;
        const hourly = r.median?.per === "hour" ? r.median : null;
        const atLeastSource = atLeast ? sources.get(atLeast.sourceId) : undefined;
        const hourlySource = hourly ? sources.get(hourly.sourceId) : undefined;
        return {
          socCode: r.socCode,
          occupation: r.title,
          projectionPeriod: period.vintage,
          baseYear: period.baseYear,
          targetYear: period.targetYear,
          employmentBase: r.employmentBase,
          employmentProjected: r.employmentProjected,
          changeNumeric: r.changeNumeric,
          changePercent: r.changePercent,
          growthBand: r.band?.label,
          growthBandSource: bandSource ? sourceCredit(bandSource) : "",
          annualOpenings: r.annualOpenings,
          medianAnnualWage: r.medianAnnualWage,
          // BLS publishes some medians only as at least OEWS's top code (">=$239,200"): that, in a column of its own.
          medianAnnualWageAtLeast: atLeast?.value ?? null,
          medianAnnualWageAtLeastSource: atLeastSource ? sourceCredit(atLeastSource) : "",
          // Where OEWS publishes hourly pay only (actors, dancers …): the hourly median, never turned into a yearly one.
          medianHourlyWage: hourly?.value ?? null,
          medianHourlyWageSource: hourlySource ? sourceCredit(hourlySource) : "",
          wageYear: r.wageYear ?? r.median?.wageYear ?? null,
          entryEducation: r.entryEducation,
          jobZones: r.jobZones.join(" "),
          jobZonesSource: zoneSources.map(sourceCredit).join("; "),
          jobZonesSourceUrl: zoneSources.map((s) => s.url ?? "").join("; "),
          roleCount: r.roleCount,
          source: source ? sourceCredit(source) : "",
          sourceUrl: source?.url ?? "",
          dataVersion: figuresVersion,
        };
      });
      type Key = keyof (typeof out)[number];
      const columns = [
        ...(
          [
            "socCode",
            "occupation",
            "projectionPeriod",
            "baseYear",
            "targetYear",
            "employmentBase",
            "employmentProjected",
            "changeNumeric",
            "changePercent",
            "growthBand",
            "growthBandSource",
            "annualOpenings",
            "medianAnnualWage",
            "medianAnnualWageAtLeast",
            "medianAnnualWageAtLeastSource",
            "medianHourlyWage",
            "medianHourlyWageSource",
            "wageYear",
            "entryEducation",
          ] as const
        ).map((key) => ({ key: key as Key, header: H[key] })),
        ...(["jobZones", "jobZonesSource", "jobZonesSourceUrl"] as const).map((key) => ({ key: key as Key, header: H[key] })),
        { key: "roleCount" as Key, header: "Curated tech roles (count)" },
        ...(["source", "sourceUrl", "dataVersion"] as const).map((key) => ({ key: key as Key, header: H[key] })),
      ];
      return csvFile(`career-atlas-occupations-${period.vintage}.csv`, columns, out);
    },
  });
}
