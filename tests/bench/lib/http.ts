/**
 * HTTP throughput and latency with autocannon: 50 connections for 10 s per target (after a short warm-up),
 * against the production server on 127.0.0.1. Requests send Chromium's Accept-Encoding, so the figures include
 * the compression a real visit costs (brotli where the server offers it).
 *
 * autocannon runs in this process, on the same cores as the server, and its cost per response grows with the
 * bytes it reads. Each run therefore also records the CPU time of both sides, and measureLoadGeneratorCeiling
 * measures what autocannon can reach against a bare server at the same response sizes.
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import path from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { ownCpuSeconds } from "./cpu";
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
  /** Bytes read per response during the run: headers and the (compressed) body, as sent. */
  wireBytes: number;
  /** Server CPU time over the run, as a share of one core, and per completed request (µs); undefined off Linux. */
  serverCpuShare: number | undefined;
  serverMicrosPerRequest: number | undefined;
  /** The same for the load generator (this process). */
  loadGeneratorCpuShare: number;
  loadGeneratorMicrosPerRequest: number;
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

export async function measureThroughput(
  baseUrl: string,
  targets: string[],
  options: HttpOptions,
  /** The server's CPU seconds so far (see processCpuSeconds). */
  serverCpuSeconds: () => number | undefined,
): Promise<HttpResult[]> {
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
    const serverBefore = serverCpuSeconds();
    const ownBefore = ownCpuSeconds();
    const run = await autocannon({ url, connections: options.connections, duration: options.durationSeconds, timeout: 10, headers });
    const ownUsed = ownCpuSeconds() - ownBefore;
    const serverAfter = serverCpuSeconds();
    const serverUsed = serverBefore !== undefined && serverAfter !== undefined ? serverAfter - serverBefore : undefined;
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
      wireBytes: completed > 0 ? (run.throughput.total ?? 0) / completed : 0,
      serverCpuShare: serverUsed === undefined ? undefined : serverUsed / run.duration,
      serverMicrosPerRequest: serverUsed === undefined || completed === 0 ? undefined : (serverUsed / completed) * 1e6,
      loadGeneratorCpuShare: ownUsed / run.duration,
      loadGeneratorMicrosPerRequest: completed === 0 ? 0 : (ownUsed / completed) * 1e6,
    });
  }
  return results;
}

export interface CeilingResult {
  bytes: number;
  requestsPerSecond: number;
  loadGeneratorCpuShare: number;
}

const BYTE_SERVER = path.join(path.dirname(fileURLToPath(import.meta.url)), "byte-server.mjs");
/** What the bare server's status line and headers add to a body (measured: ~100 bytes). */
const BARE_HEADER_BYTES = 110;

/**
 * autocannon against a bare node:http server (byte-server.mjs) answering with the given response sizes, with the
 * same connections and durations as the pages. At each size this is the most req/s the load generator can show
 * on this machine, whatever the server does: the ceiling a page of that size is measured under.
 */
export async function measureLoadGeneratorCeiling(wireSizes: number[], options: HttpOptions): Promise<CeilingResult[]> {
  const child = spawn(process.execPath, [BYTE_SERVER], { stdio: ["ignore", "pipe", "inherit"] });
  try {
    const [chunk] = (await once(child.stdout!, "data")) as [Buffer];
    const port = Number(chunk.toString().trim());
    const results: CeilingResult[] = [];
    for (const bytes of wireSizes) {
      const url = `http://127.0.0.1:${port}/${Math.max(0, Math.round(bytes) - BARE_HEADER_BYTES)}`;
      if (options.warmupSeconds > 0) await autocannon({ url, connections: options.connections, duration: options.warmupSeconds });
      const ownBefore = ownCpuSeconds();
      const run = await autocannon({ url, connections: options.connections, duration: options.durationSeconds, timeout: 10 });
      const completed = run.requests.total ?? 0;
      results.push({
        bytes: completed > 0 ? (run.throughput.total ?? 0) / completed : 0,
        requestsPerSecond: completed / run.duration,
        loadGeneratorCpuShare: (ownCpuSeconds() - ownBefore) / run.duration,
      });
    }
    return results;
  } finally {
    child.kill("SIGTERM");
  }
}
