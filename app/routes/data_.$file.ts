import { redirect } from "react-router";
import type { Route } from "./+types/data_.$file";
import { getCurrentDataVersion } from "~/features/data-pin/data-version.server";
import { rememberForDataVersion } from "~/lib/data-version-memo.server";
import { buildBulkDownload, bulkDownloadName } from "~/features/open-data/bulk-download.server";
import { etagWithBuild, ifNoneMatchHits, noDataLoaded, refuseWrites } from "~/lib/http.server";
import { withDatabase } from "~/lib/db.server";

/** Read-only: any other method is a 405 with Allow. */
export const action = refuseWrites;

/**
 * /data/career-atlas-<tag>.zip: the whole dataset of the current data version (docs/decisions/020), built once per
 * version. /data/career-atlas-latest.zip redirects to the current version's name; another version's name is a 404
 * (only the current version's tables are kept whole; the API's data= reads older projections and wages).
 */
export async function loader({ params, request, context }: Route.LoaderArgs) {
  if (new URL(request.url).search !== "") throw new Response("This download takes no parameters.", { status: 400 });
  const version = await withDatabase(() => getCurrentDataVersion());
  if (!version) throw noDataLoaded();
  const current = bulkDownloadName(version.tag);
  if (params.file === "career-atlas-latest.zip") throw redirect(`/data/${current}`, { headers: { "Cache-Control": "no-cache" } });
  if (params.file !== current) {
    throw new Response(
      /^career-atlas-v\d+-[0-9a-f]{8}\.zip$/.test(params.file)
        ? `Only the current data version's download is kept: /data/${current}. Older projections and wages stay readable through the API with data=.`
        : `There is no file “${params.file.slice(0, 80)}” here. The dataset is /data/${current}.`,
      { status: 404, statusText: "Not Found" },
    );
  }
  // The zip's files and their columns are the build's as well as the data's (etagWithBuild).
  const etag = etagWithBuild(`"${version.tag}"`, context.buildVersion);
  const headers = new Headers({ "Cache-Control": "public, max-age=300, s-maxage=3600", ETag: etag });
  if (ifNoneMatchHits(request.headers.get("If-None-Match"), etag)) return new Response(null, { status: 304, headers });
  const zip = await withDatabase(() => rememberForDataVersion(version, "bulk-download", () => buildBulkDownload(version)));
  headers.set("Content-Type", "application/zip");
  headers.set("Content-Disposition", `attachment; filename="${current}"`);
  return new Response(new Blob([zip as Uint8Array<ArrayBuffer>], { type: "application/zip" }), { headers });
}
