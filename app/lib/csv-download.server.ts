import { csvResponse, type CsvFile } from "~/lib/csv.server";
import { withQueryStats } from "~/lib/db.server";
import { noDataLoaded, publicPageHeaders, unlessNotModified } from "~/lib/http.server";

/**
 * The steps every CSV download's loader shares, as loadPublicPage holds a page's: run the download's queries under a
 * counter (`load`, which throws the download's own 404s and returns the current data version as `dataVersion`, a
 * pinned download's too), answer 503 while no data has been loaded, build the pages' cache headers (an ETag tied to
 * the data version and the address, Server-Timing), and answer 304 to an If-None-Match that names that ETag. Only
 * then is the file built (`file`): the route states its name, columns and rows (csvFile).
 */
export async function loadCsvDownload<Result extends { dataVersion: { tag: string } | null | undefined }>(
  request: Request,
  {
    load,
    file,
  }: {
    load: () => Promise<Result>;
    file: (result: Result & { dataVersion: NonNullable<Result["dataVersion"]> }) => CsvFile;
  },
): Promise<Response> {
  const { result, ms, queries } = await withQueryStats(load);
  const dataVersion = result.dataVersion;
  if (!dataVersion) throw noDataLoaded();
  const headers = publicPageHeaders({ request, dataVersionTag: dataVersion.tag, dbMs: ms, queries });
  return sendCsv(request, headers, () => file(result as Result & { dataVersion: NonNullable<Result["dataVersion"]> }));
}

/**
 * A CSV download with a public page's cache headers (publicPageHeaders), or a 304 with them when the request's
 * If-None-Match names their ETag: for a download whose headers loadPublicPage made (/compare.csv, which reads its
 * address as the page does).
 */
export function sendCsv(request: Request, headers: Headers, file: () => CsvFile): Response {
  return unlessNotModified(request, headers, () => csvResponse(file(), headers));
}
