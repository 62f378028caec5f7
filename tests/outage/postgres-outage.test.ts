/**
 * PostgreSQL stops under the running production server (issue 13, item 5; ADR 018). Before the fail-fast breaker
 * (db/availability.ts) uncached requests waited until PostgreSQL was back and /healthz answered 503 after 35.7 s.
 * Here: within 2 s of the stop, a page is a 503 that says the database is unreachable (no stack), /healthz is 503, and
 * a lesson form is answered 503 with the typed text kept; within 1.5 s of the start, everything answers 200 again,
 * without restarting the server. The figures are printed for docs/RELIABILITY.md.
 *
 * Needs the build (`npm run build`) and PostgreSQL server binaries; bounded: every request has a 5 s client timeout.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findPostgresBin, freePort, startThrowawayPostgres } from "../../scripts/postgres-throwaway.mjs";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const BUILD = path.join(ROOT, "build", "server.js");
const READY = !!findPostgresBin() && existsSync(BUILD);
/** A page whose loader queries the database on every request (the page cache is off in this server). */
const PAGE = "/roles/software-engineer";
const CLIENT_TIMEOUT_MS = 5000;

type Throwaway = Awaited<ReturnType<typeof startThrowawayPostgres>>;

interface Answer {
  status: number;
  body: string;
  ms: number;
  headers: Headers;
}

async function request(base: string, pathname: string, init: RequestInit = {}): Promise<Answer> {
  const started = performance.now();
  try {
    const response = await fetch(`${base}${pathname}`, { ...init, signal: AbortSignal.timeout(CLIENT_TIMEOUT_MS), redirect: "manual" });
    const body = await response.text();
    return { status: response.status, body, ms: performance.now() - started, headers: response.headers };
  } catch (error) {
    return { status: 0, body: String(error), ms: performance.now() - started, headers: new Headers() };
  }
}

/** Polls `pathname` every 50 ms until it answers `status`; the milliseconds that took (or Infinity after `limitMs`). */
async function msUntil(base: string, pathname: string, status: number, limitMs: number): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < limitMs) {
    if ((await request(base, pathname)).status === status) return performance.now() - started;
    await new Promise((r) => setTimeout(r, 50));
  }
  return Infinity;
}

/** Seconds the server gets to end after SIGTERM (its own shutdown forces an exit after 10 s; a page ends in ms). */
const SIGTERM_GRACE_MS = 5000;

/** Sends SIGTERM, and SIGKILL after SIGTERM_GRACE_MS: "exited", or what went wrong, for the test's failure message. */
async function stopServer(child: ChildProcess): Promise<string> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return `had already exited before the test ended (code ${child.exitCode}, signal ${child.signalCode})`;
  }
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  let timer: NodeJS.Timeout | undefined;
  const inTime = await Promise.race([
    exited.then(() => true),
    new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), SIGTERM_GRACE_MS))),
  ]);
  clearTimeout(timer);
  if (inTime) return child.exitCode === 0 ? "exited" : `exited with code ${child.exitCode} after SIGTERM`;
  child.kill("SIGKILL");
  await exited;
  return `did not exit within ${SIGTERM_GRACE_MS / 1000} s of SIGTERM and was killed with SIGKILL`;
}

describe.skipIf(!READY)(
  `the production server while PostgreSQL stops and starts${READY ? "" : " [SKIPPED: needs npm run build and PostgreSQL binaries]"}`,
  () => {
    let pg: Throwaway;
    let server: ChildProcess;
    let base: string;
    let log = "";
    const figures: Record<string, string> = {};

    beforeAll(async () => {
      pg = await startThrowawayPostgres();
      const port = await freePort();
      base = `http://127.0.0.1:${port}`;
      server = spawn(process.execPath, [BUILD], {
        cwd: ROOT,
        env: {
          ...process.env,
          NODE_ENV: "production",
          HOST: "127.0.0.1",
          PORT: String(port),
          DATABASE_URL: pg.url,
          PAGE_CACHE: "false",
          REQUEST_LOG: "off",
        },
        stdio: ["ignore", "pipe", "pipe"],
      });
      server.stdout!.on("data", (chunk: Buffer) => (log += chunk.toString()));
      server.stderr!.on("data", (chunk: Buffer) => (log += chunk.toString()));
      const booted = await msUntil(base, "/healthz", 200, 240_000);
      if (!Number.isFinite(booted)) throw new Error(`the server did not become healthy:\n${log}`);
      expect((await request(base, PAGE)).status).toBe(200);
    });

    afterAll(async () => {
      // The server must still be running here (a crash mid-test is reported as such, not waited for), and end within a
      // few seconds of SIGTERM; otherwise it is killed and the test fails saying so, instead of a hook timeout.
      const stop = server ? await stopServer(server) : "not started";
      try {
        pg?.resume();
      } catch {
        // Already running.
      }
      await pg?.stop();
      console.log(`Outage figures (${new Date().toISOString()}): ${JSON.stringify(figures)}`);
      // OUTAGE_TEST_LOG=1 prints what the server logged (the breaker's two lines, no stacks).
      if (process.env.OUTAGE_TEST_LOG) console.log(log);
      if (stop !== "exited") throw new Error(`The server ${stop}. Its log:\n${log}`);
    });

    it("answers 503 within 2 s of the stop (pages, /healthz, lesson saves), then 200 within 1.5 s of the start, without a restart", async () => {
      // Readers keep the pool busy while PostgreSQL stops: their queries are in flight or queued at that moment.
      let reading = true;
      const inFlight: Answer[] = [];
      const readers = Array.from({ length: 4 }, async () => {
        while (reading) inFlight.push(await request(base, PAGE));
      });
      await new Promise((r) => setTimeout(r, 300));

      pg.pause();
      const stoppedAt = performance.now();
      const page = await request(base, PAGE);
      const health = await request(base, "/healthz");
      const lesson = await request(base, "/lessons/new", {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: base },
        body: "title=Written+during+the+outage&vintage=2024-34&roles=software-engineer&createToken=" + "o".repeat(43),
      });
      reading = false;
      await Promise.all(readers);
      figures.pageMs = page.ms.toFixed(0);
      figures.healthzMs = health.ms.toFixed(0);
      figures.lessonMs = lesson.ms.toFixed(0);
      figures.slowestInFlightMs = Math.max(...inFlight.map((a) => a.ms)).toFixed(0);

      expect(page.status).toBe(503);
      expect(page.ms).toBeLessThan(2000);
      expect(page.headers.get("Retry-After")).toBe("5");
      expect(page.body).toContain("cannot reach its database");
      expect(page.body).not.toMatch(/\bat .+\.js:\d+/);
      expect(health.status).toBe(503);
      expect(health.ms).toBeLessThan(2000);
      expect(JSON.parse(health.body)).toEqual({ status: "unavailable", database: "unreachable" });
      expect(lesson.status).toBe(503);
      expect(lesson.ms).toBeLessThan(2000);
      expect(lesson.body).toContain("The lesson was not saved");
      expect(lesson.body).toContain("Written during the outage");
      // Nothing waited for PostgreSQL to come back: every reader's request ended within the client timeout.
      expect(inFlight.every((a) => a.status === 200 || a.status === 503)).toBe(true);
      expect(performance.now() - stoppedAt).toBeLessThan(CLIENT_TIMEOUT_MS + 2000);

      // Still down a few seconds later: answers stay immediate (the breaker, not a timeout, answers).
      await new Promise((r) => setTimeout(r, 2000));
      const later = await request(base, PAGE);
      expect(later.status).toBe(503);
      expect(later.ms).toBeLessThan(500);
      figures.pageWhileDownMs = later.ms.toFixed(0);

      pg.resume();
      const [healthyMs, pageMs] = await Promise.all([msUntil(base, "/healthz", 200, 10_000), msUntil(base, PAGE, 200, 10_000)]);
      figures.healthyAfterStartMs = healthyMs.toFixed(0);
      figures.pageAfterStartMs = pageMs.toFixed(0);
      expect(healthyMs).toBeLessThanOrEqual(1500);
      expect(pageMs).toBeLessThanOrEqual(1500);
      // The retried lesson form (same creation token) is saved once now.
      const retried = await request(base, "/lessons/new", {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: base },
        body: "title=Written+during+the+outage&vintage=2024-34&roles=software-engineer&createToken=" + "o".repeat(43),
      });
      expect(retried.status).toBe(200);
      expect(log).toContain("The database is reachable again");
      expect(log).not.toMatch(/\n\s+at /);
    });
  },
);
