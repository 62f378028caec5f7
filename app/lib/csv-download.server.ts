import type { AppLoadContext } from "react-router";
import { csvResponse, type CsvFile } from "~/lib/csv.server";
import { withQueryStats } from "~/lib/db.server";
import { etagWithBuild, noDataLoaded, publicPageHeaders, unlessNotModified } from "~/lib/http.server";

/** What a CSV download's loader passes on of React Router's arguments. */
interface DownloadArgs {
  request: Request;
  context: AppLoadContext;
}

/**
 * The steps every CSV download's loader shares, as loadPublicPage holds a page's: run the download's queries under a
 * counter (`load`, which throws the download's own 404s and returns the current data version as `dataVersion`, a
 * pinned download's too), answer 503 while no data has been loaded, build the pages' cache headers with the build in
 * the ETag (sendCsv), and answer 304 to an If-None-Match that names that ETag. Only then is the file built (`file`):
 * the route states its name, columns and rows (csvFile).
 */
export async function loadCsvDownload<Result extends { dataVersion: { tag: string } | null | undefined }>({
  request,
  context,
  load,
  file,
}: DownloadArgs & {
  load: () => Promise<Result>;
  file: (result: Result & { dataVersion: NonNullable<Result["dataVersion"]> }) => CsvFile;
}): Promise<Response> {
  const { result, ms, queries } = await withQueryStats(load);
  const dataVersion = result.dataVersion;
  if (!dataVersion) throw noDataLoaded();
  const headers = publicPageHeaders({ request, dataVersionTag: dataVersion.tag, dbMs: ms, queries });
  return sendCsv({
    request,
    context,
    headers,
    file: () => file(result as Result & { dataVersion: NonNullable<Result["dataVersion"]> }),
  });
}

/**
 * A CSV download with a public page's cache headers (publicPageHeaders), its ETag naming the build too (a CSV's
 * columns are the build's: etagWithBuild), or a 304 with them when the request's If-None-Match names that ETag. For a
 * download whose headers loadPublicPage made (/compare.csv, which reads its address as the page does); the others
 * use loadCsvDownload.
 */
export function sendCsv({ request, context, headers, file }: DownloadArgs & { headers: Headers; file: () => CsvFile }): Response {
  headers.set("ETag", etagWithBuild(headers.get("ETag")!, context.buildVersion));
  return unlessNotModified(request, headers, () => csvResponse(file(), headers));
}
