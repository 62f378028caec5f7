import { redirect } from "react-router";
import type { z } from "zod";
import { withQueryStats } from "~/lib/db.server";
import { noDataLoaded, publicPageHeaders } from "~/lib/http.server";
import { parseSearchParams } from "~/lib/params.server";
import { canonicalAddress } from "~/lib/search-param-reads.server";

const NO_PARAMETERS = {} as const;

/**
 * The steps every public page's loader shares, in one place: read the address's search parameters with the
 * page's zod schema (a bad one is a 400 that names it), run the page's queries under a counter, redirect an address
 * with parameters no schema of the page read to the address without them (301), answer 503
 * while no data has been loaded, and build the cache headers (an ETag tied to the data version, Server-Timing
 * with the database time and query count).
 *
 * `load` returns the page's figures and the data version they come from (`dataVersion`); a page pinned to an
 * older version resolves its pin inside `load` and returns the current version there.
 */
export async function loadPublicPage<Schema extends z.ZodObject, Result extends { dataVersion: { tag: string } | null | undefined }>(
  request: Request,
  { query, load }: { query?: Schema; load: (query: z.infer<Schema>, url: URL) => Promise<Result> },
): Promise<{ query: z.infer<Schema>; url: URL; result: Result & { dataVersion: NonNullable<Result["dataVersion"]> }; headers: Headers }> {
  const url = new URL(request.url);
  const parsed = (query ? parseSearchParams(url, query) : NO_PARAMETERS) as z.infer<Schema>;
  const { result, ms, queries } = await withQueryStats(() => load(parsed, url));
  // Parameters no schema read (a cache-busting `?x=`, a blank or repeated one) go: the page at its own address.
  const canonical = canonicalAddress(url);
  if (canonical !== null) throw redirect(canonical, { status: 301, headers: { "Cache-Control": "public, max-age=300" } });
  const dataVersion = result.dataVersion;
  if (!dataVersion) throw noDataLoaded();
  return {
    query: parsed,
    url,
    result: result as Result & { dataVersion: NonNullable<Result["dataVersion"]> },
    headers: publicPageHeaders({ request, dataVersionTag: dataVersion.tag, dbMs: ms, queries }),
  };
}
