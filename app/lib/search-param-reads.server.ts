import { AsyncLocalStorage } from "node:async_hooks";

/**
 * Which search parameters a request's loaders read, so that a page's address keeps only those (issue 13, item 3).
 *
 * Every page reads its parameters through `parseSearchParams` with its zod schema, and that records the schema's
 * keys here: the schemas stay the one list of what each page takes. A parameter no schema read cannot change the
 * page, so `loadPublicPage` answers an address that carries one (or a blank or repeated one) with a redirect to the
 * address without it, and a cache-busting `?x=<random>` costs a redirect instead of a render and a cache entry.
 *
 * The server shell opens one record per request (`trackSearchParamReads` around React Router's handler); outside a
 * request (a test calling a loader directly) nothing is recorded and no address is rewritten.
 */
type Reads = Map<string, { repeatable: boolean }>;
// One store per process, though the server shell and React Router's server build each bundle their own copy of this
// module (the shell opens the record, the build's loaders fill it): the same arrangement as withQueryStats in db/client.
const READS = Symbol.for("career-atlas.search-param-reads");
type GlobalWithReads = typeof globalThis & { [READS]?: AsyncLocalStorage<Reads> };
const reads = ((globalThis as GlobalWithReads)[READS] ??= new AsyncLocalStorage<Reads>());

/** Runs `handle` (the rest of the request) with a fresh record of the parameters its loaders read. */
export function trackSearchParamReads<T>(handle: () => T): T {
  return reads.run(new Map(), handle);
}

/** This request's record, to be read after its loaders ran (the page cache, when it decides whether to store). */
export function searchParamReadsOfThisRequest(): Reads | undefined {
  return reads.getStore();
}

/** Records that a loader read these parameters; `repeatable` ones keep every value (z.array), others the last. */
export function recordSearchParamReads(keys: Iterable<[key: string, repeatable: boolean]>): void {
  const record = reads.getStore();
  if (!record) return;
  for (const [key, repeatable] of keys) record.set(key, { repeatable: repeatable || (record.get(key)?.repeatable ?? false) });
}

/**
 * The address this request's page should have, or null when it already has it (or nothing was recorded): the
 * query string keeps the parameters the loaders read, as written and in their order, without blank values and with
 * only the last value of a parameter that takes one (what parseSearchParams reads). Returned as path and query only.
 */
export function canonicalAddress(url: URL, record: Reads | undefined = reads.getStore()): string | null {
  if (!record || url.search === "") return null;
  const segments = url.search.slice(1).split("&");
  const decoded = segments.map((segment) => [...new URLSearchParams(segment)][0]);
  const lastIndex = new Map<string, number>();
  decoded.forEach((pair, index) => {
    if (pair && pair[1] !== "") lastIndex.set(pair[0], index);
  });
  const kept = segments.filter((_, index) => {
    const pair = decoded[index];
    if (!pair || pair[1] === "") return false;
    const read = record.get(pair[0]);
    if (!read) return false;
    return read.repeatable || lastIndex.get(pair[0]) === index;
  });
  if (kept.length === segments.length) return null;
  // React Router hands loaders the address re-serialised by URLSearchParams (`a%2Cb`, `skill%3Apython`): the
  // characters a query may hold as they are go back to their plain spelling, which the pages' own links use.
  const query = kept.join("&").replace(/%(2C|3A|40|2F)/gi, (escape) => decodeURIComponent(escape));
  return kept.length === 0 ? url.pathname : `${url.pathname}?${query}`;
}
