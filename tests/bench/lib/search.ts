/**
 * Search server time: a fixed set of varied queries (aliases, typos, unicode, metacharacters, the length cap),
 * each requested once to warm up and then `rounds` times, one request at a time so the figures are latency,
 * not queueing. Reads the database time from Server-Timing (`db;dur=…`) and times the whole response.
 */
import { percentile } from "./report";

export const SEARCH_QUERIES = [
  "backend",
  "backend engineer",
  "back-end developer",
  "server side dev",
  "SRE",
  "devops",
  "dev ops engineer",
  "sofware enginer", // typos
  "data scientst",
  "fronted developer",
  "ux designer",
  "ML engineer",
  "DBA",
  "cloud",
  "tech writer",
  "Développeur back-end", // accents
  "データ サイエンティスト", // CJK
  "C++ programmer",
  "' OR 1=1; --", // SQL metacharacters
  "<script>alert(1)</script>%_\\", // HTML and LIKE metacharacters
  "developer ".repeat(40).trim(), // longer than the cap
  "zzzz qqqq", // no match: suggestions
  // The whole catalogue (issue 12): titles outside tech, O*NET alternate titles, broad words, typos.
  "penetration tester",
  "statistician",
  "actuary",
  "nurse",
  "registered nurse",
  "electrical engineer",
  "product manager",
  "game developer",
  "truck driver",
  "accountnt",
  "plumber",
  "manager", // thousands of titles contain it
];

export const SEARCH_P95_BUDGET_MS = 10;

export interface SearchTiming {
  query: string;
  status: number;
  queries: number | undefined;
  dbMs: number[];
  totalMs: number[];
}

export interface SearchSummary {
  endpoint: string;
  perQuery: SearchTiming[];
  requests: number;
  statuses: Record<number, number>;
  dbP50: number;
  dbP95: number;
  dbMax: number;
  totalP50: number;
  totalP95: number;
  missingServerTiming: number;
}

/** Parses `db;dur=1.2;desc="3 queries"` into its duration and query count. */
export function parseServerTiming(header: string | null): { dbMs?: number; queries?: number } {
  if (!header) return {};
  const db = header.split(",").find((metric) => metric.trim().startsWith("db"));
  if (!db) return {};
  const dur = /dur=([\d.]+)/.exec(db);
  const queries = /desc="(\d+) quer/.exec(db);
  return { dbMs: dur ? Number(dur[1]) : undefined, queries: queries ? Number(queries[1]) : undefined };
}

/** `endpoint` is the search page (`/search`) or the as-you-type box's data route (`/api/titles`); both take `q`. */
export async function measureSearch(baseUrl: string, { endpoint, rounds }: { endpoint: string; rounds: number }): Promise<SearchSummary> {
  const perQuery: SearchTiming[] = [];
  const statuses: Record<number, number> = {};
  let missingServerTiming = 0;
  for (const query of SEARCH_QUERIES) {
    const url = `${baseUrl}${endpoint}?q=${encodeURIComponent(query)}`;
    const timing: SearchTiming = { query, status: 0, queries: undefined, dbMs: [], totalMs: [] };
    for (let round = 0; round <= rounds; round += 1) {
      const started = performance.now();
      const response = await fetch(url, { headers: { "accept-encoding": "gzip, deflate, br, zstd" }, signal: AbortSignal.timeout(15_000) });
      await response.arrayBuffer();
      const totalMs = performance.now() - started;
      if (round === 0) continue; // warm-up
      timing.status = response.status;
      statuses[response.status] = (statuses[response.status] ?? 0) + 1;
      const { dbMs, queries } = parseServerTiming(response.headers.get("server-timing"));
      timing.totalMs.push(totalMs);
      if (dbMs === undefined) missingServerTiming += 1;
      else timing.dbMs.push(dbMs);
      timing.queries = queries;
    }
    perQuery.push(timing);
  }
  const db = perQuery.flatMap((q) => q.dbMs);
  const total = perQuery.flatMap((q) => q.totalMs);
  return {
    endpoint,
    perQuery,
    requests: total.length,
    statuses,
    dbP50: percentile(db, 50),
    dbP95: percentile(db, 95),
    dbMax: db.length ? Math.max(...db) : Number.NaN,
    totalP50: percentile(total, 50),
    totalP95: percentile(total, 95),
    missingServerTiming,
  };
}
