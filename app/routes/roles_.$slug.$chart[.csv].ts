import type { LoaderFunctionArgs } from "react-router";
import { getDataPin } from "~/features/data-pin/queries.server";
import { getRoleProfile, type RoleProfile } from "~/features/roles/queries.server";
import { csvFile, withDataVersion, type CsvColumn } from "~/lib/csv.server";
import { loadCsvDownload } from "~/lib/csv-download.server";
import { refuseWrites } from "~/lib/http.server";
import { parseSearchParams, slugParam } from "~/lib/params.server";
import { readProjectionPeriod, vintageQuerySchema } from "~/features/periods/params.server";
import { dataPinQueryShape, pinnedVersionFromTag, resolveDataPin } from "~/features/data-pin/params.server";
import { PROFILE_CHARTS, type ProfileChart } from "~/features/roles/role-profile";
import { sourceCredit } from "~/features/sources/citations";
import { CSV_HEADERS as H } from "~/lib/csv-headers";

/** Read-only: any other method is a 405 with Allow. */
export const action = refuseWrites;

/**
 * The data of one profile chart as CSV: /roles/<slug>/<employment|growth|vintages>.csv[?vintage=2022-32][&data=<tag>].
 * Raw published values (no thousands separators; percents with the decimals the source publishes), a source column,
 * and last the data version the figures are from (the pinned one with `data=`).
 */
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const chart = PROFILE_CHARTS.find((name) => name === params.chart);
  if (!chart) {
    throw new Response(`There is no chart called “${String(params.chart).slice(0, 40)}”. Charts: ${PROFILE_CHARTS.join(", ")}.`, {
      status: 404,
      statusText: "Not Found",
    });
  }
  const url = new URL(request.url);
  const { vintage: asked, data: dataTag } = parseSearchParams(url, vintageQuerySchema.extend(dataPinQueryShape));
  const slug = slugParam(params.slug, { noun: "role", path: "/roles/" });
  return loadCsvDownload({
    request,
    context,
    load: async () => {
      const { vintage } = (await readProjectionPeriod(asked)).period;
      const [profile, dataPin] = await Promise.all([
        getRoleProfile({ slug, vintage, dataVersion: pinnedVersionFromTag(dataTag) }),
        // The pinned figures need no "what changed" summary here: no slugs.
        getDataPin({ tag: dataTag, slugs: [], vintage }),
      ]);
      if (!profile)
        throw new Response(`We have no role at the address “/roles/${slug.slice(0, 80)}”.`, { status: 404, statusText: "Not Found" });
      const { current, banner } = resolveDataPin(dataPin, url);
      return { profile, dataVersion: current, figuresVersion: (banner?.pinned ?? current).tag };
    },
    file: ({ profile, figuresVersion }) => {
      const filename = `${profile.role.slug}-${chart}-${profile.vintage}.csv`;
      const cite = citeFrom(profile);
      switch (chart) {
        case "employment":
          return csvFile(
            filename,
            ...withDataVersion(
              EMPLOYMENT_COLUMNS,
              profile.charts.employment.map((r) => ({ ...r, ...cite(r.sourceId) })),
              figuresVersion,
            ),
          );
        case "growth":
          return csvFile(
            filename,
            ...withDataVersion(
              GROWTH_COLUMNS,
              profile.charts.growth.map((r) => ({
                ...r,
                change: r.changePercent.toFixed(r.percentDecimals),
                derived: r.isDerived ? "yes" : "no",
                ...cite(r.sourceId),
              })),
              figuresVersion,
            ),
          );
        case "vintages":
          return csvFile(
            filename,
            ...withDataVersion(
              VINTAGE_COLUMNS,
              profile.charts.vintages.map((r) => ({
                ...r,
                socCode: profile.occupation.socCode,
                occupationTitle: profile.occupation.title,
                change: r.changePercent.toFixed(1),
                ...cite(r.sourceId),
              })),
              figuresVersion,
            ),
          );
      }
    },
  });
}

/** A row's Source and Source URL columns, as every CSV with a Source column gives them. */
function citeFrom(profile: RoleProfile) {
  const byId = new Map(profile.sources.map((s) => [s.id, s]));
  return (id: string) => {
    const source = byId.get(id);
    return { source: source ? sourceCredit(source) : id, sourceUrl: source?.url ?? "" };
  };
}

type Row<T> = T & { source: string; sourceUrl: string };

/** Header rows are part of the download's contract (tests and spreadsheets rely on them). */
const CHART_CSV_HEADERS: Record<ProfileChart, string[]> = {
  employment: [H.socCode, H.occupation, H.projectionPeriod, "Year", "Point", "Employment (jobs)", H.source, H.sourceUrl],
  growth: [
    H.socCode,
    "Occupation or group",
    "Line kind",
    H.projectionPeriod,
    H.employmentBase,
    H.employmentProjected,
    H.changePercent,
    "Derived by Career Atlas",
    H.source,
    H.sourceUrl,
  ],
  vintages: [
    H.socCode,
    H.occupation,
    H.projectionPeriod,
    H.baseYear,
    H.targetYear,
    H.employmentBase,
    H.employmentProjected,
    H.changePercent,
    H.source,
    H.sourceUrl,
  ],
};

const EMPLOYMENT_COLUMNS: CsvColumn<Row<RoleProfile["charts"]["employment"][number]>>[] = withHeaders("employment", [
  "socCode",
  "occupationTitle",
  "vintage",
  "year",
  "point",
  "employment",
  "source",
  "sourceUrl",
]);

const GROWTH_COLUMNS: CsvColumn<Row<RoleProfile["charts"]["growth"][number] & { change: string; derived: string }>>[] = withHeaders(
  "growth",
  ["socCode", "occupationTitle", "kind", "vintage", "employmentBase", "employmentProjected", "change", "derived", "source", "sourceUrl"],
);

const VINTAGE_COLUMNS: CsvColumn<
  Row<RoleProfile["charts"]["vintages"][number] & { socCode: string; occupationTitle: string; change: string }>
>[] = withHeaders("vintages", [
  "socCode",
  "occupationTitle",
  "vintage",
  "baseYear",
  "targetYear",
  "employmentBase",
  "employmentProjected",
  "change",
  "source",
  "sourceUrl",
]);

function withHeaders<R>(chart: ProfileChart, keys: (keyof R & string)[]): CsvColumn<R>[] {
  return keys.map((key, i) => ({ key, header: CHART_CSV_HEADERS[chart][i]! }));
}
