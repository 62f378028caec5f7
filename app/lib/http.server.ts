import { createHash } from "node:crypto";

/**
 * Headers for public, read-only pages: cacheable, with an ETag tied to the data version (so a data load
 * invalidates every page) and the URL (so each filtered view has its own), plus Server-Timing for database time.
 */
export function publicPageHeaders({
  request,
  dataVersionTag,
  dbMs,
  queries,
}: {
  request: Request;
  dataVersionTag: string;
  dbMs: number;
  queries: number;
}): Headers {
  const url = new URL(request.url);
  const representation = createHash("sha256").update(`${url.pathname}?${url.searchParams}`).digest("hex").slice(0, 12);
  return new Headers({
    "Cache-Control": "public, max-age=300, s-maxage=3600, stale-while-revalidate=86400",
    ETag: `W/"${dataVersionTag}-${representation}"`,
    "Server-Timing": `db;dur=${dbMs.toFixed(1)};desc="${queries} queries"`,
  });
}

/**
 * A page's ETag: its loader's (data version and address) with the build's asset-manifest version. The HTML names the
 * build's hashed scripts and styles; after a deploy with the same data, a 304 for a page stored before it would keep a
 * browser on HTML whose assets the new build no longer serves. Data requests (`.data`) and CSV or JSON downloads keep
 * the loader's ETag: their bodies do not depend on the build.
 */
export function documentEtag(loaderEtag: string, buildVersion: string): string {
  const weak = loaderEtag.startsWith("W/");
  const opaque = loaderEtag.slice(weak ? 3 : 1, -1);
  return `${weak ? "W/" : ""}"${opaque}-${buildVersion}"`;
}

/** The answer of every page while the database holds no data: a 503 with the command that loads it (README). */
export function noDataLoaded(): Response {
  return new Response("No data has been loaded yet. Run `npm run seed -- load`, or `npm start`, which loads it on first run.", {
    status: 503,
    statusText: "Service Unavailable",
  });
}

/**
 * The `headers` export of a public page: the loader's cache headers, or on an error the thrown response's own
 * (so a 404 or 400 is never stored as if it were the page).
 */
export function pageHeaders({ loaderHeaders, errorHeaders }: { loaderHeaders: Headers; errorHeaders?: Headers }): Headers {
  return errorHeaders ?? loaderHeaders;
}

/**
 * Whether a request's If-None-Match names the current representation, so the answer is a 304 (RFC 9110 §13.1.2): the
 * weak comparison, since a 304 needs no byte-for-byte match (`W/"x"` and `"x"` are the same tag); a comma-separated
 * list matches when any of its tags does; `*` matches any current representation (every caller has one: it is
 * about to send it). `etag` is the answer's own ETag; without one, or without the header, nothing matches.
 *
 * A tag's opaque part may itself hold a comma (`"a,b"`), so the list is read tag by tag, not split on commas. A member
 * that is not a quoted tag (a client's unquoted `abc`) matches nothing; the rest of the list still counts.
 */
export function ifNoneMatchHits(ifNoneMatch: string | null | undefined, etag: string | null | undefined): boolean {
  if (!ifNoneMatch || !etag) return false;
  if (ifNoneMatch.trim() === "*") return true;
  const current = opaqueTag(etag);
  return current !== null && entityTags(ifNoneMatch).includes(current);
}

/** The opaque part of one entity tag (`W/"x"` or `"x"` -> `x`), or null when it is not one. */
function opaqueTag(tag: string): string | null {
  const match = /^\s*(?:W\/)?"([^"]*)"\s*$/.exec(tag);
  return match ? match[1]! : null;
}

/** The opaque parts of the quoted tags of an If-None-Match list, in order. */
function entityTags(list: string): string[] {
  const tags: string[] = [];
  let at = 0;
  while (at < list.length) {
    const char = list[at]!;
    if (char === "," || char === " " || char === "\t") {
      at += 1;
      continue;
    }
    const start = list.startsWith("W/", at) ? at + 2 : at;
    const end = list[start] === '"' ? list.indexOf('"', start + 1) : -1;
    if (end === -1) {
      // Not a quoted tag: skip this member, up to the next comma.
      const next = list.indexOf(",", at);
      at = next === -1 ? list.length : next + 1;
      continue;
    }
    tags.push(list.slice(start + 1, end));
    at = end + 1;
  }
  return tags;
}
