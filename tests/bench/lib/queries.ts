/**
 * Database queries per page, read from the `Server-Timing` header (`desc="N queries"`, counted in the db
 * layer per request). Each page is fetched twice and the second (steady-state) response is recorded, so a
 * process-level cache filled on first use does not blur the count.
 */
import { parseServerTiming } from "./search";

export interface PageQueries {
  page: string;
  status: number;
  queries: number | undefined;
  firstQueries: number | undefined;
  dbMs: number | undefined;
  htmlBytes: number;
}

export async function countQueries(baseUrl: string, pages: string[]): Promise<PageQueries[]> {
  const results: PageQueries[] = [];
  for (const page of pages) {
    const fetchOnce = async () => {
      const response = await fetch(new URL(page, baseUrl), { signal: AbortSignal.timeout(30_000) });
      const body = await response.arrayBuffer();
      return { response, bytes: body.byteLength, ...parseServerTiming(response.headers.get("server-timing")) };
    };
    const first = await fetchOnce();
    const steady = await fetchOnce();
    results.push({
      page,
      status: steady.response.status,
      queries: steady.queries,
      firstQueries: first.queries,
      dbMs: steady.dbMs,
      htmlBytes: steady.bytes,
    });
  }
  return results;
}
