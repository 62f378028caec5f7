/**
 * The hostile, faulty and heavy situations of issue 13's audit, as scenarios replayed against the production build:
 * `npm run chaos` runs them all on both drivers and prints a table (tests/chaos/run.ts); the short ones also run in
 * `npm test` (tests/outage/chaos.test.ts). Every request goes to 127.0.0.1 with a client timeout, every loop is
 * bounded in count and time, and each scenario says what it measured.
 */
import { Agent, request as httpRequest } from "node:http";
import { readFileSync } from "node:fs";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { ROOT, msUntil, request } from "../outage/built-server";

export type Driver = "pglite" | "postgres";

/** The server under test, as the runner holds it: a scenario may restart it (kill -9) or stop its PostgreSQL. */
export interface ChaosTarget {
  driver: Driver;
  base: string;
  pid: number;
  /** SIGKILLs the server and starts it again on the same data, with `env` added for this start only. */
  killAndRestart(env?: Record<string, string>): Promise<void>;
  /** Stops and starts the throwaway PostgreSQL (postgres driver only). */
  postgres?: { pause(): void; resume(): void };
}

export interface Outcome {
  ok: boolean;
  /** What was measured, for the table ("1 miss, 39 hits"). */
  figures: string;
  /** Why it failed, when it did. */
  problem?: string;
}

export interface RunOptions {
  /** The full run (`npm run chaos`) rather than the short cases of `npm test`. */
  long: boolean;
  /** Seconds the memory run lasts instead of its 60 (`--soak=600`: issue 13's 10-minute soak). */
  soakSeconds?: number;
}

export interface Scenario {
  /** The item of issue 13 it replays (0: the audit's own checks, such as kill -9 during writes). */
  item: number;
  name: string;
  /** Short scenarios (seconds) also run in `npm test`. */
  short: boolean;
  /** Drivers it applies to; "once" runs it a single time, without a server (the seed CLI). */
  drivers: readonly Driver[] | "once";
  run(target: ChaosTarget | null, options: RunOptions): Promise<Outcome>;
}

/** The environment every chaos server starts with: cache on, no proxy trusted, small limits to reach quickly. */
export const CHAOS_ENV = {
  PAGE_CACHE: "true",
  TRUST_PROXY_HOPS: "0",
  LESSON_CREATE_LIMIT: "4",
  LESSON_LOOKUP_MISS_LIMIT: "20",
} as const;

const pass = (figures: string): Outcome => ({ ok: true, figures });
const fail = (figures: string, problem: string): Outcome => ({ ok: false, figures, problem });
/** A different address each run, so a scenario always meets an uncached page. */
const fresh = (() => {
  let n = 0;
  return () => `${Date.now().toString(36)}${(n++).toString(36)}`;
})();

interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  ms: number;
}

/** A request with headers exactly as given (Host included) on an optional agent, with a client timeout (5 s unless given). */
function raw(
  base: string,
  {
    method = "GET",
    path: pathname,
    headers = {},
    body,
    agent,
    timeoutMs = 5_000,
  }: { method?: string; path: string; headers?: Record<string, string>; body?: string; agent?: Agent; timeoutMs?: number },
): Promise<RawAnswer> {
  const { hostname, port } = new URL(base);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = httpRequest({ hostname, port, path: pathname, method, headers, agent }, (response) => {
      let text = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (text += chunk));
      response.on("end", () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: text, ms: performance.now() - started }),
      );
    });
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`${method} ${pathname}: no answer within ${timeoutMs / 1000} s`)));
    req.on("error", reject);
    req.end(body);
  });
}

/** The lesson form as a client posts it (a fresh creation token each time unless given). */
function createLesson(base: string, { forwardedFor, token }: { forwardedFor?: string; token?: string } = {}) {
  const body = new URLSearchParams({
    title: `Chaos lesson ${fresh()}`,
    vintage: "2024-34",
    roles: "software-engineer",
    createToken: token ?? fresh().padEnd(43, "c").slice(0, 43),
  }).toString();
  return request(base, "/lessons/new", {
    method: "POST",
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      Origin: base,
      ...(forwardedFor ? { "X-Forwarded-For": forwardedFor } : {}),
    },
    body,
  });
}

/** The lesson code a successful save names (in its redirect or its page). */
function savedCode(answer: { status: number; body: string; headers: Headers }): string | null {
  if (answer.status >= 400 || answer.status === 0) return null;
  const text = `${answer.headers.get("location") ?? ""} ${answer.body}`;
  return /\/lessons\/([0-9a-hjkmnp-tv-z]{10})(?![0-9a-z])/.exec(text)?.[1] ?? null;
}

/** Resident memory of a process in MB (Linux /proc), or NaN where unavailable. */
function rssMb(pid: number): number {
  try {
    const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    return kb ? Number(kb) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

const headPoisoning: Scenario = {
  item: 1,
  name: "HEAD on an uncached page, then GET",
  short: true,
  drivers: ["pglite", "postgres"],
  async run(t) {
    const pathname = `/skills/kotlin?vintage=2023-33`;
    const head = await raw(t!.base, { method: "HEAD", path: pathname });
    const get = await raw(t!.base, { path: pathname });
    const again = await raw(t!.base, { path: pathname });
    const figures = `HEAD ${head.status}; GET ${get.status} ${get.body.length} B (${get.headers["x-cache"] ?? "-"}); again ${again.body.length} B (${again.headers["x-cache"] ?? "-"})`;
    if (get.status !== 200 || !get.body.includes("<h1>Kotlin</h1>")) return fail(figures, "the GET after a HEAD is not the whole page");
    if (again.body.length === 0 || again.body !== get.body.replace(/ nonce="[^"]+"/g, ""))
      return fail(figures, "the replayed page differs");
    return pass(figures);
  },
};

const hostPoisoning: Scenario = {
  item: 2,
  name: "Forged Host, then a visitor; markup in Host",
  short: true,
  drivers: ["pglite", "postgres"],
  async run(t) {
    const base = t!.base;
    const pathname = `/roles/cto?vintage=2023-33`;
    const forged = await raw(base, { path: pathname, headers: { Host: "evil.example" } });
    const visitor = await raw(base, { path: pathname, headers: { Host: new URL(base).host } });
    const markup = await raw(base, { path: pathname, headers: { Host: '"><script>alert(1)</script>' } });
    const figures = `forged ${forged.status}; visitor ${visitor.status} (${visitor.headers["x-cache"] ?? "-"}); markup ${markup.status}`;
    if (visitor.body.includes("evil.example")) return fail(figures, "a visitor's page names the forged host");
    if (markup.status !== 400) return fail(figures, "a Host holding markup is not a 400");
    return pass(figures);
  },
};

const cacheBusting: Scenario = {
  item: 3,
  name: "Unique ?x= on a cached page",
  short: true,
  drivers: ["pglite", "postgres"],
  async run(t, { long }) {
    const count = long ? 400 : 60;
    const run = fresh();
    const started = performance.now();
    const statuses = new Map<number, number>();
    for (let i = 0; i < count; i++) {
      const answer = await raw(t!.base, { path: `/skills/sql?x=${run}-${i}` });
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
    }
    const rate = count / ((performance.now() - started) / 1000);
    const figures = `${[...statuses].map(([s, n]) => `${n}× ${s}`).join(", ")}; ${rate.toFixed(0)} req/s`;
    return statuses.get(301) === count ? pass(figures) : fail(figures, "a cache-busting parameter was rendered instead of redirected");
  },
};

const stampede: Scenario = {
  item: 3,
  name: "40 concurrent GETs of one cold page",
  short: true,
  drivers: ["pglite", "postgres"],
  async run(t) {
    // A page no other scenario asks for before this one: cold on a fresh server.
    const cold = "/roles/data-scientist?vintage=2022-32";
    const answers = await Promise.all(Array.from({ length: 40 }, () => raw(t!.base, { path: cold })));
    const misses = answers.filter((a) => a.headers["x-cache"] === "miss").length;
    const ok = answers.filter((a) => a.status === 200).length;
    const figures = `${ok}× 200; ${misses} render${misses === 1 ? "" : "s"}, ${answers.length - misses} replays`;
    return ok === 40 && misses === 1 ? pass(figures) : fail(figures, "a cold key was rendered more than once");
  },
};

const coldBurst: Scenario = {
  item: 4,
  name: "24 cold pages at once; a static file and /healthz beside them",
  short: true,
  drivers: ["pglite", "postgres"],
  async run(t, { long }) {
    // Occupation profiles drawn at random from the ~830 (each a render with a dozen statements): cold on this server.
    const csv = await raw(t!.base, { path: "/occupations.csv" });
    const codes = [...new Set([...csv.body.matchAll(/^\uFEFF?(\d{2}-\d{4})\b/gm)].map((m) => m[1]!))];
    const pages = codes
      .map((code) => ({ code, key: Math.random() }))
      .sort((a, b) => a.key - b.key)
      .slice(0, long ? 40 : 24)
      .map(({ code }) => `/occupations/${code}`);
    if (pages.length < 24) return fail(`${codes.length} codes in /occupations.csv`, "too few occupations to draw from");
    const started = performance.now();
    // The pages queue for one database: the last of 24 answered after 2.8 s on a quiet machine here, and after more
    // than 5 s on a busy CI runner (the scenario's own limit then failed it). What is measured is whether the static
    // file and /healthz wait behind them, against the burst's own length; the pages only have to answer.
    const burst = Promise.all(pages.map((path) => raw(t!.base, { path, timeoutMs: 60_000 })));
    let done = false;
    void burst.finally(() => (done = true));
    // One client each, one request at a time, for as long as the burst lasts.
    const beside = async (path: string) => {
      const answers: RawAnswer[] = [];
      while (!done && answers.length < 2000) answers.push(await raw(t!.base, { path }));
      return answers;
    };
    const [pageAnswers, statics, health] = await Promise.all([burst, beside("/favicon.svg"), beside("/healthz")]);
    const burstMs = performance.now() - started;
    const slowest = (answers: RawAnswer[]) => Math.max(0, ...answers.map((a) => a.ms));
    const ok = pageAnswers.filter((a) => a.status === 200).length;
    const unhealthy = health.filter((a) => a.status !== 200).length;
    const figures =
      `${ok}/${pages.length} pages 200 in ${burstMs.toFixed(0)} ms; static file slowest ${slowest(statics).toFixed(0)} ms ` +
      `(${statics.length}); /healthz slowest ${slowest(health).toFixed(0)} ms, ${unhealthy} not 200 (${health.length})`;
    if (ok !== pages.length) return fail(figures, "a cold page failed");
    // On PGlite's main thread (before ADR 025) the static file waited for the whole burst (1.9 s of a 1.9 s burst)
    // behind the pages' statements, and /healthz's `select 1` queued behind them until it answered 503. Measured
    // against the burst's own length, so a slower machine does not fail it (since: a quarter of it at most).
    if (unhealthy > 0) return fail(figures, "/healthz said unhealthy while the database was only busy");
    if (slowest(statics) > burstMs / 2) return fail(figures, "a static file waited over half the burst behind the pages");
    return pass(figures);
  },
};

const requestHygiene: Scenario = {
  item: 7,
  name: "TRACE/PUT; 200 KB POST, then the same socket",
  short: true,
  drivers: ["pglite", "postgres"],
  async run(t) {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const methods = await Promise.all(["TRACE", "PUT"].map((method) => raw(t!.base, { method, path: "/roles", agent })));
      const big = `title=${"x".repeat(200_000)}`;
      const refused = await raw(t!.base, {
        method: "POST",
        path: "/lessons/new",
        agent,
        body: big,
        headers: { "Content-Type": "application/x-www-form-urlencoded", "Content-Length": String(big.length), Origin: t!.base },
      });
      const next = await raw(t!.base, { path: "/about", agent });
      const figures = `${methods.map((m) => m.status).join("/")}; POST ${refused.status}, next GET ${next.status} in ${next.ms.toFixed(0)} ms`;
      if (methods.some((m) => m.status !== 405 || /\bat .+:\d+/.test(m.body)))
        return fail(figures, "a method no page takes is not a clean 405");
      if (refused.status !== 413 || next.status !== 200 || next.ms > 3000) return fail(figures, "the socket stalled after a refused body");
      return pass(figures);
    } finally {
      agent.destroy();
    }
  },
};

const spoofedLimit: Scenario = {
  item: 6,
  name: "Lesson saves with a new X-Forwarded-For each",
  short: true,
  drivers: ["pglite", "postgres"],
  async run(t) {
    const answers = [];
    for (let i = 0; i < 8; i++) answers.push(await createLesson(t!.base, { forwardedFor: `203.0.113.${i + 1}` }));
    const saved = answers.filter((a) => savedCode(a) !== null).length;
    const limited = answers.filter((a) => a.status === 429);
    // The first refusal is the form's own page (the typed text kept); from then on the shell answers in a few bytes.
    const [page, ...later] = limited;
    const figures = `${saved} saved, ${limited.length}× 429 (the form ${page?.body.length ?? 0} B, then ${later.map((a) => a.body.length).join("/")} B)`;
    // The limit is 4 a window per client, whatever address the client claims; earlier runs may have used some.
    return saved <= Number(CHAOS_ENV.LESSON_CREATE_LIMIT) && limited.length >= 4 && later.every((a) => a.body.length < 400)
      ? pass(figures)
      : fail(figures, "a forged X-Forwarded-For lifted the lesson limit, or a refusal rendered a page");
  },
};

const killDuringWrites: Scenario = {
  item: 0,
  name: "kill -9 while lessons are saved",
  short: false,
  drivers: ["pglite", "postgres"],
  async run(t, { long }) {
    const target = t!;
    // A limit high enough for the writers; the server after the kill starts with the usual one.
    await target.killAndRestart({ LESSON_CREATE_LIMIT: "1000" });
    const acknowledged: string[] = [];
    let writing = true;
    const writers = Array.from({ length: 6 }, async () => {
      while (writing) {
        const code = savedCode(await createLesson(target.base));
        if (code && writing) acknowledged.push(code);
      }
    });
    await new Promise((r) => setTimeout(r, long ? 4000 : 1500));
    const before = acknowledged.length;
    await target.killAndRestart();
    writing = false;
    await Promise.all(writers);
    const ackedBeforeKill = acknowledged.slice(0, before);
    const missing = [];
    for (const code of ackedBeforeKill) if ((await request(target.base, `/lessons/${code}`)).status !== 200) missing.push(code);
    const figures = `${ackedBeforeKill.length} acknowledged before the kill, ${missing.length} missing after the restart`;
    if (ackedBeforeKill.length === 0) return fail(figures, "no lesson was saved before the kill");
    return missing.length === 0 ? pass(figures) : fail(figures, `lost: ${missing.slice(0, 5).join(", ")}`);
  },
};

const codeProbing: Scenario = {
  item: 6,
  name: "Probing 60 random lesson codes",
  short: true,
  drivers: ["pglite", "postgres"],
  async run(t) {
    const statuses: number[] = [];
    for (let i = 0; i < 60; i++) {
      const code = `${fresh()}zzzzzzzzzz`.replace(/[^0-9a-hjkmnp-tv-z]/g, "z").slice(0, 10);
      statuses.push((await raw(t!.base, { path: `/lessons/${code}` })).status);
    }
    const misses = statuses.filter((s) => s === 404).length;
    const limited = statuses.filter((s) => s === 429).length;
    const figures = `${misses}× 404, then ${limited}× 429`;
    // Every probe past the miss limit is refused, cheaply.
    return misses <= Number(CHAOS_ENV.LESSON_LOOKUP_MISS_LIMIT) && limited === statuses.length - misses
      ? pass(figures)
      : fail(figures, "lesson-code probing is not throttled");
  },
};

const postgresStops: Scenario = {
  item: 5,
  name: "PostgreSQL stops, then starts again",
  short: false,
  drivers: ["postgres"],
  async run(t) {
    const target = t!;
    // A profile at an older period: uncached on this server until now.
    const pathname = "/roles/software-engineer?vintage=2022-32";
    target.postgres!.pause();
    try {
      const [pageMs, healthMs] = await Promise.all([
        msUntil(target.base, pathname, 503, 5000),
        msUntil(target.base, "/healthz", 503, 5000),
      ]);
      target.postgres!.resume();
      const [backMs, healthyMs] = await Promise.all([
        msUntil(target.base, pathname, 200, 10_000),
        msUntil(target.base, "/healthz", 200, 10_000),
      ]);
      const figures = `503 after ${pageMs.toFixed(0)} ms (healthz ${healthMs.toFixed(0)} ms); back after ${backMs.toFixed(0)} ms (healthz ${healthyMs.toFixed(0)} ms)`;
      return pageMs <= 2000 && healthMs <= 2000 && backMs <= 1500 && healthyMs <= 1500
        ? pass(figures)
        : fail(figures, "limits: 503 within 2 s, recovery within 1.5 s");
    } finally {
      try {
        target.postgres!.resume();
      } catch {
        // Already running.
      }
    }
  },
};

/** Distinct public pages the memory run walks (every one a real page of the seeded data). */
const MEMORY_PAGES = [
  ...["back-end-developer", "data-scientist", "cto", "security-analyst", "front-end-developer", "devops-engineer"].flatMap((slug) =>
    ["", "?vintage=2023-33", "?vintage=2022-32"].map((q) => `/roles/${slug}${q}`),
  ),
  ...["15-1252", "15-2051", "11-3021", "29-1141", "47-2111", "13-2011", "15-1211", "15-1244"].map((code) => `/occupations/${code}`),
  ...["python", "sql", "kotlin", "linux"].map((slug) => `/skills/${slug}`),
  "/roles",
  "/occupations",
  "/map",
  "/explore/skills?have=Python&have=SQL",
];

const memory: Scenario = {
  item: 10,
  name: "Resident memory under load",
  short: false,
  drivers: ["pglite", "postgres"],
  async run(t, { long, soakSeconds }) {
    const target = t!;
    const seconds = soakSeconds ?? (long ? 60 : 10);
    const samples: number[] = [rssMb(target.pid)];
    let running = true;
    const statuses = new Map<number, number>();
    const clients = Array.from({ length: 8 }, async (_, c) => {
      for (let i = c; running; i += 8) {
        const answer = await request(target.base, MEMORY_PAGES[i % MEMORY_PAGES.length]!);
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
      }
    });
    for (let s = 0; s < seconds; s++) {
      await new Promise((r) => setTimeout(r, 1000));
      samples.push(rssMb(target.pid));
    }
    running = false;
    await Promise.all(clients);
    const half = samples[Math.floor(samples.length / 2)]!;
    const end = samples.at(-1)!;
    const growth = (end - half) / half;
    const requests = [...statuses.values()].reduce((n, c) => n + c, 0);
    // Status 0: the 5 s client timeout (a cold render queued behind others: item 4, measured by the bench); reported, not
    // counted as an error. Any other answer than 200 is one.
    const errors = requests - (statuses.get(200) ?? 0) - (statuses.get(0) ?? 0);
    const answered = [...statuses].map(([status, n]) => `${n}× ${status === 0 ? "timeout" : status}`).join(", ");
    // A soak also lists the highest RSS of each minute, to show a plateau or a trend.
    const minutes =
      seconds >= 180
        ? `; highest RSS per minute ${Array.from({ length: Math.ceil(seconds / 60) }, (_, m) =>
            Math.max(...samples.slice(m * 60, m * 60 + 61)).toFixed(0),
          ).join(", ")} MB`
        : "";
    const figures = `${requests} requests in ${seconds} s (${answered}); RSS ${samples[0]!.toFixed(0)} → ${half.toFixed(0)} → ${end.toFixed(0)} MB (second half ${(growth * 100).toFixed(1)}%)${minutes}`;
    if (errors > 0) return fail(figures, "pages failed under load");
    // A plateau: the second half of the run adds little (the first half fills the caches).
    return Number.isNaN(growth) || growth <= 0.1 ? pass(figures) : fail(figures, "memory still growing in the second half");
  },
};

/** A copy of the dataset with one file changed, checked with the seed CLI: the message must name file, line and field. */
async function checkBrokenDataset(file: string, edit: (text: string) => string): Promise<{ status: number | null; output: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), "atlas-chaos-seed-"));
  try {
    await cp(path.join(ROOT, "seed", "data"), dir, { recursive: true });
    const target = path.join(dir, file);
    await writeFile(target, edit(await readFile(target, "utf8")));
    const result = spawnSync(process.execPath, ["--import", "tsx", "seed/cli.ts", "check", `--dir=${dir}`], {
      cwd: ROOT,
      encoding: "utf8",
      timeout: 120_000,
      env: { ...process.env, NODE_ENV: "production" },
    });
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * The first data row's field `column` of a dataset CSV (after its # comment lines; no quoted comma before the field)
 * set to `value`, and the file line it is on (1-based, as the seed's messages count).
 */
function setCsvField(text: string, column: string, value: string): { text: string; line: number } {
  const lines = text.split("\n");
  const headerAt = lines.findIndex((l) => !l.startsWith("#"));
  const at = lines[headerAt]!.split(",").indexOf(column);
  if (at === -1) throw new Error(`no column ${column}`);
  const cells = lines[headerAt + 1]!.split(",");
  cells[at] = value;
  lines[headerAt + 1] = cells.join(",");
  return { text: lines.join("\n"), line: headerAt + 2 };
}

const seedValidation: Scenario = {
  item: 9,
  name: "Seed check on a blank and a hex employment_base",
  short: true,
  drivers: "once",
  async run() {
    const results = [];
    for (const value of ["", "0x10"]) {
      let line = 0;
      const { status, output } = await checkBrokenDataset("projections.csv", (text) => {
        const edited = setCsvField(text, "employment_base", value);
        line = edited.line;
        return edited.text;
      });
      const named = output.includes("projections.csv") && new RegExp(`line ${line}\\b`).test(output) && output.includes("employment_base");
      results.push({ value, status, named, output });
    }
    const figures = results
      .map((r) => `${r.value === "" ? "blank" : r.value}: exit ${r.status}${r.named ? ", file/line/field named" : ""}`)
      .join("; ");
    const missed = results.find((r) => r.status === 0 || !r.named);
    return missed ? fail(figures, `not rejected with file, line and field: ${missed.output.slice(0, 300)}`) : pass(figures);
  },
};

/** In the order they run: the lesson limit before the kill (which restarts with a high one), probing after it. */
export const SCENARIOS: readonly Scenario[] = [
  headPoisoning,
  hostPoisoning,
  cacheBusting,
  stampede,
  coldBurst,
  requestHygiene,
  spoofedLimit,
  killDuringWrites,
  codeProbing,
  postgresStops,
  memory,
  seedValidation,
];
