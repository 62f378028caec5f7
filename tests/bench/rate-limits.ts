/**
 * The shared rate limits under load (issue 13 item 6, ADR 017), against servers already running behind one trusted
 * proxy hop (TRUST_PROXY_HOPS=1), on 127.0.0.1 only:
 *
 *   npx tsx tests/bench/rate-limits.ts --url=http://127.0.0.1:3214 [--url=http://127.0.0.1:OTHER] [--seconds=30] [--connections=50]
 *
 * 1. Lesson creation from one client, each POST with another forged X-Forwarded-For entry in front of the address the
 *    proxy wrote (the audit's bypass): how many lessons are created, how the rest are refused and what a refusal costs.
 * 2. Lesson-code probing from one client: random well-formed codes.
 * With several --url, the connections are split over the instances (two app instances on one PostgreSQL).
 */
import autocannon from "autocannon";

const args = new Map<string, string[]>();
for (const arg of process.argv.slice(2)) {
  const [name, value = ""] = arg.replace(/^--/, "").split("=");
  args.set(name!, [...(args.get(name!) ?? []), value]);
}
const urls = args.get("url") ?? ["http://127.0.0.1:3214"];
for (const url of urls) if (new URL(url).hostname !== "127.0.0.1") throw new Error(`${url}: only 127.0.0.1 is measured`);
const seconds = Number(args.get("seconds")?.[0] ?? 30);
const connections = Number(args.get("connections")?.[0] ?? 50);

const octet = () => Math.floor(Math.random() * 254) + 1;
// A fresh client per run (198.18.0.0/15 is the benchmarking range), so runs do not share counters.
const client = (n: number) => `198.18.${n}.${octet()}`;
const randomCode = () => Array.from({ length: 10 }, () => "0123456789abcdefghjkmnpqrstvwxyz"[Math.floor(Math.random() * 32)]).join("");

interface Scenario {
  name: string;
  method: "GET" | "POST";
  path: () => string;
  body?: string;
  headers: () => Record<string, string>;
}

interface Run {
  statuses: Record<string, number>;
  requests: number;
  p50: number;
  p99: number;
}

async function load(url: string, scenario: Scenario, conns: number): Promise<Run> {
  const origin = new URL(url).origin;
  const result = await autocannon({
    url,
    connections: conns,
    duration: seconds,
    timeout: 20,
    requests: [
      {
        method: scenario.method,
        setupRequest: (request: Record<string, unknown>) => ({
          ...request,
          method: scenario.method,
          path: scenario.path(),
          body: scenario.body,
          headers: { ...scenario.headers(), Origin: origin, "Content-Type": "application/x-www-form-urlencoded" },
        }),
      },
    ],
  } as unknown as Parameters<typeof autocannon>[0]);
  const statuses = Object.fromEntries(Object.entries(result.statusCodeStats).map(([status, { count }]) => [status, count]));
  return { statuses, requests: result.requests.total ?? 0, p50: result.latency.p50, p99: result.latency.p99 };
}

async function measure(scenario: Scenario) {
  const runs = await Promise.all(urls.map((url) => load(url, scenario, Math.max(1, Math.round(connections / urls.length)))));
  const statuses: Record<string, number> = {};
  for (const run of runs) for (const [status, n] of Object.entries(run.statuses)) statuses[status] = (statuses[status] ?? 0) + n;
  // One more request after the run: the refusal a client then gets, as bytes on the wire.
  const last = await fetch(new URL(scenario.path(), urls[0]), {
    method: scenario.method,
    body: scenario.body,
    headers: { ...scenario.headers(), Origin: new URL(urls[0]!).origin, "Content-Type": "application/x-www-form-urlencoded" },
    redirect: "manual",
  });
  const body = await last.arrayBuffer();
  console.log(`\n## ${scenario.name}: ${seconds} s, ${connections} connections over ${urls.length} instance(s)`);
  console.log(`statuses: ${JSON.stringify(statuses)}; ${Math.round(Object.values(statuses).reduce((a, b) => a + b, 0) / seconds)} req/s`);
  for (const [i, run] of runs.entries())
    console.log(`instance ${i + 1}: ${JSON.stringify(run.statuses)}, p50 ${run.p50} ms, p99 ${run.p99} ms`);
  console.log(
    `after the run: ${last.status}, Retry-After ${last.headers.get("retry-after")}, ${last.headers.get("content-type")}, ${body.byteLength} bytes of body`,
  );
}

const lessonForm = new URLSearchParams({
  title: "Rate limit bench",
  note: "",
  vintage: "2024-34",
  ownQuestion: "What does a normal week look like?",
});
lessonForm.append("roles", "back-end-developer");
const creator = client(1);
await measure({
  name: "Lesson creation, one client, a forged X-Forwarded-For entry per request",
  method: "POST",
  path: () => "/lessons/new",
  body: lessonForm.toString(),
  headers: () => ({ "X-Forwarded-For": `${octet()}.${octet()}.${octet()}.${octet()}, ${creator}` }),
});
const prober = client(2);
await measure({
  name: "Lesson-code probing, one client",
  method: "GET",
  path: () => `/lessons/${randomCode()}`,
  headers: () => ({ "X-Forwarded-For": `${octet()}.${octet()}.${octet()}.${octet()}, ${prober}` }),
});
