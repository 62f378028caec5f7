/**
 * The page cache under hostile and sustained load (issue 13, items 3 and 10), against a server that is already
 * running on this machine (127.0.0.1 only). Prints markdown for docs/PERFORMANCE.md and docs/RELIABILITY.md.
 *
 *   npx tsx tests/bench/cache-load.ts bust     --url=http://127.0.0.1:3213 [--duration=15 --connections=10]
 *   npx tsx tests/bench/cache-load.ts stampede --url=http://127.0.0.1:3213 [--burst=60]
 *   npx tsx tests/bench/cache-load.ts soak     --url=http://127.0.0.1:3213 --pid=PID [--duration=600 --connections=50]
 *
 * - bust: every request adds a query parameter never seen before (`?x=<n>`), the classic cache buster; req/s,
 *   latency and the status codes (a 301 is the redirect to the page's own address).
 * - stampede: for each of the 24 URLs of the audit, `burst` concurrent requests on a cold key; the number of
 *   responses marked `X-Cache: miss` is the number of renders for that key.
 * - soak: the 24 URLs in a random order, a tenth of the requests with a unique `?x=`, for `duration` seconds; the
 *   server's VmRSS (from /proc/PID/status) is sampled every second and summarised per minute.
 * Run it under `flock /tmp/atlas-heavy.lock` on the shared machine.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { describeMachine as machineOf } from "./lib/report";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const describeMachine = () => {
  const machine = machineOf(ROOT);
  return `${machine.cpus} × ${machine.cpuModel}, ${machine.ramGiB} GiB, Node ${machine.node}, commit ${machine.commit}, load ${machine.loadAverage}`;
};

/** The audit's 24 URLs (docs/RELIABILITY.md, /work/shared/reports/2026-12-reliability-audit.md §3). */
export const AUDIT_URLS = [
  "/",
  "/roles",
  "/roles/back-end-developer",
  "/roles/data-scientist",
  "/roles/cto?vintage=2022-32",
  "/skills",
  "/skills/python",
  "/skills/sql",
  "/compare?roles=back-end-developer,data-scientist",
  "/compare?roles=cto,qa-engineer,web-developer",
  "/map",
  "/map?focus=skill:python",
  "/glossary",
  "/paths",
  "/paths/software-engineer",
  "/search?q=data",
  "/search?q=devops%20engineer",
  "/api/titles?q=dev",
  "/roles.csv",
  "/roles/back-end-developer/growth.csv",
  "/present?role=cto",
  "/roles/devops-engineer/handout",
  "/about",
  "/lessons/new",
];

const BROWSER_ENCODING = { "accept-encoding": "gzip, deflate, br, zstd" };

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    url: { type: "string", default: "http://127.0.0.1:3213" },
    pid: { type: "string" },
    duration: { type: "string" },
    connections: { type: "string" },
    burst: { type: "string", default: "60" },
    path: { type: "string", default: "/roles/back-end-developer" },
  },
});
const base = new URL(values.url);
if (base.hostname !== "127.0.0.1") throw new Error("This load generator only targets 127.0.0.1.");

function vmRssMb(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  if (!match) throw new Error(`No VmRSS for process ${pid}`);
  return Number(match[1]) / 1024;
}

const statusSummary = (stats: Record<string, { count: number }>) =>
  Object.entries(stats)
    .map(([code, { count }]) => `${count} × ${code}`)
    .join(", ");

/** autocannon on 127.0.0.1 with a browser's Accept-Encoding; `nextPath` names each request's address (n = 0, 1, …). */
function load({ connections, duration, nextPath }: { connections: number; duration: number; nextPath: (n: number) => string }) {
  let n = 0;
  return autocannon({
    url: base.origin,
    connections,
    duration,
    timeout: 30,
    headers: BROWSER_ENCODING,
    requests: [{ setupRequest: (request) => ({ ...request, path: nextPath(n++) }) }],
  });
}

async function bust(): Promise<void> {
  const duration = Number(values.duration ?? 15);
  const connections = Number(values.connections ?? 10);
  const run = await load({ connections, duration, nextPath: (n) => `${values.path}?x=${Date.now()}-${n}` });
  console.log(
    `Unique ?x= on ${values.path}, ${connections} connections, ${duration} s (${describeMachine()}, ${new Date().toISOString()})\n`,
  );
  console.log("| requests | req/s | p50 | p99 | statuses |\n|---|---|---|---|---|");
  console.log(
    `| ${run.requests.sent} | ${run.requests.average.toFixed(1)} | ${run.latency.p50} ms | ${run.latency.p99} ms | ${statusSummary(run.statusCodeStats)} |`,
  );
}

async function stampede(): Promise<void> {
  const burst = Number(values.burst);
  // The keys are cold only on a server that has not served these URLs yet: run this first, right after it starts.
  console.log(`${burst} concurrent GETs per URL, each URL cold (${describeMachine()}, ${new Date().toISOString()})\n`);
  console.log("| URL | renders (X-Cache: miss) | hits | other | statuses |\n|---|---|---|---|---|");
  let totalRenders = 0;
  for (const url of AUDIT_URLS) {
    const responses = await Promise.all(
      Array.from({ length: burst }, async () => {
        const response = await fetch(new URL(url, base), { headers: BROWSER_ENCODING, redirect: "manual" });
        await response.arrayBuffer();
        return { status: response.status, cache: response.headers.get("x-cache") };
      }),
    );
    const renders = responses.filter((r) => r.cache === "miss").length;
    const hits = responses.filter((r) => r.cache === "hit").length;
    totalRenders += renders;
    const counts = new Map<number, number>();
    for (const { status } of responses) counts.set(status, (counts.get(status) ?? 0) + 1);
    const statuses = [...counts].map(([code, count]) => `${count} × ${code}`).join(", ");
    console.log(`| \`${url}\` | ${renders} | ${hits} | ${burst - renders - hits} | ${statuses} |`);
  }
  console.log(`\n${totalRenders} renders for ${AUDIT_URLS.length} URLs × ${burst} requests.`);
}

async function soak(): Promise<void> {
  if (!values.pid) throw new Error("--pid=<server process id> is required for the RSS samples.");
  const pid = Number(values.pid);
  const duration = Number(values.duration ?? 600);
  const connections = Number(values.connections ?? 50);
  const samples: { t: number; rss: number }[] = [];
  const started = Date.now();
  samples.push({ t: 0, rss: vmRssMb(pid) });
  const timer = setInterval(() => samples.push({ t: (Date.now() - started) / 1000, rss: vmRssMb(pid) }), 1000);
  const run = await load({
    connections,
    duration,
    nextPath: (n) => {
      const path = AUDIT_URLS[Math.floor(Math.random() * AUDIT_URLS.length)]!;
      // One request in ten busts the cache with a parameter the page does not read.
      return n % 10 === 9 ? `${path}${path.includes("?") ? "&" : "?"}x=${n}` : path;
    },
  });
  clearInterval(timer);
  samples.push({ t: (Date.now() - started) / 1000, rss: vmRssMb(pid) });
  console.log(
    `Soak: ${AUDIT_URLS.length} URLs at random, 1 in 10 with a unique ?x=, ${connections} connections, ${duration} s ` +
      `(${describeMachine()}, ${new Date(started).toISOString()})\n`,
  );
  console.log(
    `${run.requests.sent} requests, ${run.requests.average.toFixed(0)} req/s, p50 ${run.latency.p50} ms, p99 ${run.latency.p99} ms, ` +
      `errors ${run.errors}, timeouts ${run.timeouts}; ${statusSummary(run.statusCodeStats)}\n`,
  );
  console.log("| minute | RSS min | RSS max | RSS at end of minute |\n|---|---|---|---|");
  console.log(`| start | ${samples[0]!.rss.toFixed(0)} MB | | |`);
  for (let minute = 0; minute * 60 < duration; minute++) {
    const window = samples.filter((s) => s.t > minute * 60 && s.t <= (minute + 1) * 60);
    if (window.length === 0) continue;
    const rss = window.map((s) => s.rss);
    console.log(
      `| ${minute + 1} | ${Math.min(...rss).toFixed(0)} MB | ${Math.max(...rss).toFixed(0)} MB | ${rss[rss.length - 1]!.toFixed(0)} MB |`,
    );
  }
}

const commands: Record<string, () => Promise<void>> = { bust, stampede, soak };
const command = commands[positionals[0] ?? ""];
if (!command) throw new Error(`Usage: cache-load.ts ${Object.keys(commands).join("|")} --url=http://127.0.0.1:PORT`);
await command();
