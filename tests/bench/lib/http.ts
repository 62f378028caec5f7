/**
 * HTTP throughput and latency with autocannon: 50 connections for 10 s per target (after a short warm-up),
 * against the production server on 127.0.0.1. Requests send Chromium's Accept-Encoding, so the figures include
 * the compression a real visit costs (brotli where the server offers it).
 */
import autocannon from "autocannon";
import { percentile } from "./report";
import { parseServerTiming } from "./search";

export interface HttpResult {
  target: string;
  status: number;
  bodyBytes: number;
  /** One request at a time (before the load test): whole response and Server-Timing db, medians. */
  sequentialP50: number;
  sequentialDbP50: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  requests: number;
  non2xx: number;
  errors: number;
  timeouts: number;
}

export interface HttpOptions {
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
}

/** What Chromium sends. */
export const BROWSER_ACCEPT_ENCODING = "gzip, deflate, br, zstd";

/** Requests sent one at a time before the load test, to split a page's cost into database and the rest. */
const SEQUENTIAL_REQUESTS = 20;

export async function measureThroughput(baseUrl: string, targets: string[], options: HttpOptions): Promise<HttpResult[]> {
  const results: HttpResult[] = [];
  const headers = { "accept-encoding": BROWSER_ACCEPT_ENCODING, accept: "text/html" };
  for (const target of targets) {
    const url = new URL(target, baseUrl).href;
    const probe = await fetch(url, { headers, signal: AbortSignal.timeout(15_000) });
    const body = await probe.arrayBuffer();
    const sequential: number[] = [];
    const sequentialDb: number[] = [];
    for (let i = 0; i < SEQUENTIAL_REQUESTS; i += 1) {
      const started = performance.now();
      const response = await fetch(url, { headers, signal: AbortSignal.timeout(15_000) });
      await response.arrayBuffer();
      sequential.push(performance.now() - started);
      const { dbMs } = parseServerTiming(response.headers.get("server-timing"));
      if (dbMs !== undefined) sequentialDb.push(dbMs);
    }
    if (options.warmupSeconds > 0) {
      await autocannon({ url, connections: options.connections, duration: options.warmupSeconds, headers });
    }
    const run = await autocannon({ url, connections: options.connections, duration: options.durationSeconds, timeout: 10, headers });
    const completed = run.requests.total ?? 0;
    results.push({
      target,
      status: probe.status,
      bodyBytes: body.byteLength,
      sequentialP50: percentile(sequential, 50),
      sequentialDbP50: percentile(sequentialDb, 50),
      // Completed requests over the run, rather than the mean of per-second samples (same thing, fewer rounding steps).
      requestsPerSecond: completed / run.duration,
      p50: run.latency.p50,
      p99: run.latency.p99,
      requests: completed,
      non2xx: run.non2xx,
      errors: run.errors,
      timeouts: run.timeouts,
    });
  }
  return results;
}
