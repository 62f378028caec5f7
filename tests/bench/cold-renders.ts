/**
 * Cold renders under load (issue 13, item 4), against a server already running on this machine (127.0.0.1 only)
 * with `PAGE_CACHE=false`. Prints a markdown table for docs/PERFORMANCE.md.
 *
 *   npx tsx tests/bench/cold-renders.ts --url=http://127.0.0.1:3300 --pid=PID [--label=after] [--connections=50]
 *
 * A fixed number of requests (not a duration), so nothing is in flight when the server's CPU time is read from
 * /proc/PID/stat: first `/about` (the yardstick, a page with no data), then the profile. While the profile is under
 * load one more client asks, one request at a time, for `/healthz` (the database's health, no page) and `/favicon.svg`
 * (no database at all): how long they wait is how long a request is held up behind other requests' work.
 * Run it under `flock /tmp/atlas-heavy.lock` on the shared machine.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { processCpuSeconds } from "./lib/cpu";
import { BROWSER_ACCEPT_ENCODING } from "./lib/http";
import { describeMachine, percentile } from "./lib/report";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const { values } = parseArgs({
  options: {
    url: { type: "string", default: "http://127.0.0.1:3300" },
    pid: { type: "string" },
    label: { type: "string", default: "" },
    connections: { type: "string", default: "50" },
    yardstick: { type: "string", default: "1500" },
    profile: { type: "string", default: "300" },
    warmup: { type: "string", default: "50" },
    path: { type: "string", default: "/roles/back-end-developer" },
  },
});
const base = new URL(values.url);
if (base.hostname !== "127.0.0.1") throw new Error("This load generator only targets 127.0.0.1.");
if (!values.pid) throw new Error("--pid=<server process id> is required for the server's CPU time.");
const pid = Number(values.pid);
const connections = Number(values.connections);
const HEADERS = { "accept-encoding": BROWSER_ACCEPT_ENCODING };

async function load(pathname: string, amount: number) {
  const cpuBefore = processCpuSeconds(pid) ?? NaN;
  const run = await autocannon({ url: new URL(pathname, base).href, connections, amount, timeout: 30, headers: HEADERS });
  const cpu = (processCpuSeconds(pid) ?? NaN) - cpuBefore;
  const ok = run["2xx"];
  return {
    reqPerSec: run.requests.average,
    p50: run.latency.p50,
    p99: run.latency.p99,
    failures: run.non2xx + run.errors + run.timeouts,
    cpuMsPerRequest: (cpu * 1000) / Math.max(ok, 1),
  };
}

/** Asks for `pathname` one request at a time until `done` resolves; the latencies in ms. */
async function probe(pathname: string, done: Promise<unknown>): Promise<number[]> {
  let finished = false;
  void done.then(() => (finished = true));
  const latencies: number[] = [];
  while (!finished) {
    const started = performance.now();
    const response = await fetch(new URL(pathname, base), { headers: HEADERS });
    await response.arrayBuffer();
    latencies.push(performance.now() - started);
  }
  return latencies;
}

const warmup = Number(values.warmup);
await autocannon({ url: new URL("/about", base).href, connections: 4, amount: warmup, headers: HEADERS });
await autocannon({ url: new URL(values.path, base).href, connections: 4, amount: warmup, headers: HEADERS });
const yardstick = await load("/about", Number(values.yardstick));
const profileRun = load(values.path, Number(values.profile));
const [profile, health, favicon] = await Promise.all([profileRun, probe("/healthz", profileRun), probe("/favicon.svg", profileRun)]);

const machine = describeMachine(ROOT);
console.log(
  `${values.label} ${new Date().toISOString()}, ${machine.cpus} × ${machine.cpuModel}, Node ${machine.node}, load ${machine.loadAverage}, ${connections} connections\n`,
);
const row = (cells: (string | number)[]) => console.log(`| ${cells.join(" | ")} |`);
row([
  "build",
  "`/about` req/s",
  "profile req/s",
  "profile / `/about`",
  "profile p50 / p99",
  "server CPU per profile",
  "`/healthz` p50 / p99",
  "`/favicon.svg` p50 / p99",
  "failures",
]);
row(Array(9).fill("---"));
const s = (value: number) => `${(value / 1000).toFixed(1)} s`;
const msCell = (list: number[]) => `${percentile(list, 50).toFixed(0)} / ${percentile(list, 99).toFixed(0)} ms`;
row([
  values.label,
  yardstick.reqPerSec.toFixed(1),
  profile.reqPerSec.toFixed(1),
  `${((100 * profile.reqPerSec) / yardstick.reqPerSec).toFixed(0)}%`,
  `${s(profile.p50)} / ${s(profile.p99)}`,
  `${profile.cpuMsPerRequest.toFixed(1)} ms`,
  msCell(health),
  msCell(favicon),
  yardstick.failures + profile.failures,
]);
