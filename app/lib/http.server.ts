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
