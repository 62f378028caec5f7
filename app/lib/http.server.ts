import { createHash } from "node:crypto";
import fresh from "fresh";

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
 * An ETag of a loader's (data version and address) with the build's asset-manifest version, for answers the build
 * writes as well as the data. A page's HTML names the build's hashed scripts and styles (entry.server.tsx): after a
 * deploy with the same data, a 304 for a page stored before it would keep a browser on HTML whose assets the new build
 * no longer serves. A CSV download's columns are the build's (csv-download.server.ts): a 304 would keep a file with the
 * old columns. The same holds for data requests (`.data`: entry.server.tsx), the JSON API (its answers' shape) and the
 * dataset's zip (its files).
 */
export function etagWithBuild(loaderEtag: string, buildVersion: string): string {
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
 * Whether a request's If-None-Match names the current representation, so the answer is a 304 (RFC 9110 §13.1.2), read
 * by `fresh` (jshttp, what express uses): the weak comparison (`W/"x"` and `"x"` are the same tag), a comma-separated
 * list matching when any of its tags does, and `*` matching any current representation (every caller has one: it is
 * about to send it). `etag` is the answer's own ETag; without one, or without the header, nothing matches. A counselor's
 * pass found a list, a tag without its W/ and `*` each answered 200 with the whole body.
 */
export function ifNoneMatchHits(ifNoneMatch: string | null | undefined, etag: string | null | undefined): boolean {
  if (!ifNoneMatch || !etag) return false;
  return fresh({ "if-none-match": ifNoneMatch }, { etag });
}

/**
 * The answer `send` builds, or a 304 with `headers` (no body) when the request's If-None-Match names their ETag
 * (ifNoneMatchHits): for downloads a loader answers whole, whose ETag publicPageHeaders made.
 */
export function unlessNotModified(request: Request, headers: Headers, send: () => Response): Response {
  if (ifNoneMatchHits(request.headers.get("If-None-Match"), headers.get("ETag"))) return new Response(null, { status: 304, headers });
  return send();
}

/**
 * The methods a read-only address answers: GET and HEAD, and OPTIONS (the shell answers it, with CORS preflight
 * headers under /api/v1/: server/request-hygiene.ts).
 */
export const READ_ONLY_METHODS = ["GET", "HEAD", "OPTIONS"] as const;
export const READ_ONLY_ALLOW = READ_ONLY_METHODS.join(", ");

/** What a 405 from a read-only address says, in the words of the shell's 405 for pages. */
export function readOnlyRefusal(method: string): string {
  return `This address answers ${READ_ONLY_ALLOW} requests only, not ${method.slice(0, 20)}.`;
}

/**
 * The `action` of a read-only resource route (a CSV file, the dataset): a plain 405 with `Allow`, as the shell answers
 * a method no page takes. Without it React Router answers a POST with a 405 "Unexpected Server Error" and no `Allow`.
 */
export function refuseWrites({ request }: { request: Request }): Response {
  return new Response(readOnlyRefusal(request.method), {
    status: 405,
    statusText: "Method Not Allowed",
    headers: { Allow: READ_ONLY_ALLOW, "Cache-Control": "no-store", "Content-Type": "text/plain; charset=utf-8" },
  });
}

export const PROBLEM_CONTENT_TYPE = "application/problem+json; charset=utf-8";

const PROBLEM_TITLES: Record<number, string> = {
  400: "Bad Request",
  404: "Not Found",
  405: "Method Not Allowed",
  429: "Too Many Requests",
  500: "Internal Server Error",
  503: "Service Unavailable",
};

/**
 * An error's body as RFC 9457 problem details (`type` about:blank: the status is the whole type), the JSON API's
 * errors, whether a route or the shell sends them.
 */
export function problemDetails(status: number, detail: string): string {
  return JSON.stringify({ type: "about:blank", title: PROBLEM_TITLES[status] ?? "Error", status, detail });
}
