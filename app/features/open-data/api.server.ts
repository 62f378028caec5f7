/**
 * What every address of the JSON API shares (docs/decisions/020), in one place:
 * - parameters: the address's zod schema (apiQueries); a parameter it does not take, a repeated or a blank one is a
 *   400 naming it, so every address that answers 200 is its own canonical spelling (one cache key, issue 13 item 3);
 * - the data version: `data=<tag>` pins projections and wages to an archived version, as on the pages (unknown or
 *   unarchived: 404); the answer names both versions, and X-Data-Version the one its figures are from;
 * - cache headers: the pages' own (publicPageHeaders: an ETag tied to the data version and the address, with the build
 *   named too, etagWithBuild: an answer's shape is the build's), and a 304 for
 *   an If-None-Match that names the ETag, by RFC 9110's weak comparison (with or without W/, in a list, or `*`:
 *   ifNoneMatchHits; the page cache answers replays the same way);
 * - errors: RFC 9457 problem+json, never HTML; CORS: any origin may GET (read-only public data). Another method is a
 *   405 problem from the shell (server/request-hygiene.ts), whatever the address.
 */
import type { z } from "zod";
import { lookUpDataPin } from "~/features/data-pin/queries.server";
import { resolveDataPin } from "~/features/data-pin/params.server";
import { listSourcesByIds } from "~/features/sources/queries.server";
import { sourceCredit } from "~/features/sources/citations";
import { withQueryStats } from "~/lib/db.server";
import type { AppLoadContext } from "react-router";
import { etagWithBuild, ifNoneMatchHits, PROBLEM_CONTENT_TYPE, problemDetails, publicPageHeaders } from "~/lib/http.server";
import { parseSearchParams, refuseBrokenQueryEscapes } from "~/lib/params.server";
import { quoteFromAddress } from "~/lib/unusable-characters";
import { API_PAGE_SIZE, type ApiAnswerName, type ApiData, type ApiSource } from "~/features/open-data/api-schemas.server";

export const CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": "ETag, X-Data-Version, Server-Timing",
} as const;

/** What a loader of the API is given: its parsed parameters and the archive to read (undefined: the live tables). */
export interface ApiContext<Query> {
  query: Query;
  dataVersionId: number | undefined;
}

/** The parts of an answer a loader supplies: its data and, for lists and period-bound answers, the extra fields. */
export type ApiPayload<Name extends ApiAnswerName> = { data: ApiData<Name> } & Record<string, unknown>;

/**
 * Answers one API request: checks the parameters, resolves the data pin, runs `load` under the query counter, adds
 * the sources every figure cites, and sends JSON with the cache, version and CORS headers (or a 304, or a problem).
 */
export async function answerApi<Name extends ApiAnswerName, Schema extends z.ZodObject>(
  { request, context }: { request: Request; context: AppLoadContext },
  { query, load }: { name: Name; query: Schema; load: (context: ApiContext<z.infer<Schema>>) => Promise<ApiPayload<Name>> },
): Promise<Response> {
  try {
    const url = new URL(request.url);
    // A broken %-escape is said first: URLSearchParams would read it as U+FFFD, and the other checks judge that.
    refuseBrokenQueryEscapes(url);
    refuseParametersNotTaken(url, query);
    const parsed = parseSearchParams(url, query) as z.infer<Schema> & { data?: string };
    const { result, ms, queries } = await withQueryStats(async () => {
      const pin = await lookUpDataPin({ tag: parsed.data });
      const { current } = resolveDataPin({ ...pin, changes: [] }, url);
      const dataVersionId = pin.status === "pinned" ? pin.pinned.id : undefined;
      const payload = await load({ query: parsed, dataVersionId });
      const sources = await listSourcesByIds({ ids: [...collectSourceIds(payload.data)] });
      return { payload, sources, current, figuresVersion: pin.status === "pinned" ? pin.pinned.tag : current.tag };
    });
    const headers = publicPageHeaders({ request, dataVersionTag: result.current.tag, dbMs: ms, queries });
    headers.set("ETag", etagWithBuild(headers.get("ETag")!, context.buildVersion));
    headers.set("X-Data-Version", result.figuresVersion);
    for (const [name, value] of Object.entries(CORS_HEADERS)) headers.set(name, value);
    if (ifNoneMatchHits(request.headers.get("If-None-Match"), headers.get("ETag"))) return new Response(null, { status: 304, headers });
    const { data, ...extra } = result.payload;
    const body = {
      apiVersion: "v1",
      dataVersion: result.figuresVersion,
      currentDataVersion: result.current.tag,
      ...extra,
      data,
      sources: Object.fromEntries(result.sources.map((s) => [s.id, citation(s)])),
    };
    return Response.json(body, { headers });
  } catch (error) {
    if (error instanceof Response && error.status >= 400) return problem(error.status, await error.text());
    throw error;
  }
}

/**
 * The page a paged list's query reads: the asked one, or, for a page past any list (more than a million pages), one that
 * is past it too and keeps the query's offset a small integer (a page of 30 digits would be no exact number).
 */
export function queriedPage(page: number): number {
  return Math.min(page, 1_000_000);
}

/**
 * A page past the last of a paged list is a 404 that says how many pages there are, in the same words for every paged
 * address: "There are 9 pages of 100 (832 occupations); page 99999 is past the end." Page 1 of an empty list is
 * an empty page, not an error. `digits`: the page as the address wrote it.
 */
export function refusePastLastPage({ page, digits, total, items }: { page: number; digits?: string; total: number; items: string }): void {
  const pages = Math.max(1, Math.ceil(total / API_PAGE_SIZE));
  if (page <= pages) return;
  const count = pages === 1 ? "There is 1 page" : `There are ${pages.toLocaleString("en-US")} pages`;
  throw notFound(`${count} of ${API_PAGE_SIZE} (${total.toLocaleString("en-US")} ${items}); page ${digits ?? page} is past the end.`);
}

/** A 404 for an item the API does not have, thrown from a loader. */
export function notFound(detail: string): Response {
  return new Response(detail, { status: 404, statusText: "Not Found" });
}

/** An error as RFC 9457 problem details: never cached, readable from any origin. */
export function problem(status: number, detail: string): Response {
  return new Response(problemDetails(status, detail), {
    status,
    headers: {
      "Content-Type": PROBLEM_CONTENT_TYPE,
      "Cache-Control": "no-store",
      ...CORS_HEADERS,
      ...(status === 503 ? { "Retry-After": "5" } : {}),
    },
  });
}

/**
 * A parameter the address does not take, or one given twice or blank, is a 400 naming it: an API client learns of its
 * typo at once, and an address that answers is the one spelling of its answer (the page cache's key).
 */
function refuseParametersNotTaken(url: URL, schema: z.ZodObject): void {
  const taken = Object.keys(schema.shape);
  const seen = new Set<string>();
  for (const [key, value] of url.searchParams) {
    const shown = quoteFromAddress(key, 40);
    const why = !taken.includes(key)
      ? `“${shown}” is not a parameter of this address${taken.length ? ` (it takes ${taken.join(", ")})` : " (it takes none)"}.`
      : seen.has(key)
        ? `“${shown}” is given more than once; give it once.`
        : value === ""
          ? `“${shown}” is blank; give it a value or leave it out.`
          : null;
    if (why) throw new Response(why, { status: 400, statusText: "Bad Request" });
    seen.add(key);
  }
}

/** Every `source` id in an answer's data: the answer lists exactly the sources it cites. */
function collectSourceIds(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) collectSourceIds(item, into);
  } else if (value !== null && typeof value === "object") {
    for (const [key, inner] of Object.entries(value)) {
      if ((key === "source" || key === "mappingSource") && typeof inner === "string") into.add(inner);
      else collectSourceIds(inner, into);
    }
  }
  return into;
}

function citation(source: Awaited<ReturnType<typeof listSourcesByIds>>[number]): ApiSource {
  return {
    id: source.id,
    credit: sourceCredit(source),
    publisher: source.publisher,
    title: source.title,
    vintage: source.vintage,
    url: source.url,
    license: source.license,
    attribution: source.attribution,
  };
}
