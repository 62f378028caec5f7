/**
 * PostgreSQL stops under the running production server (issue 13, item 5; ADR 018). Before the fail-fast breaker
 * (db/availability.ts) uncached requests waited until PostgreSQL was back and /healthz answered 503 after 35.7 s.
 * Here: within 2 s of the stop, a page is a 503 that says the database is unreachable (no stack), /healthz is 503, and
 * a lesson form is answered 503 with the typed text kept; within 1.5 s of the start, everything answers 200 again,
 * without restarting the server. The figures are printed for docs/RELIABILITY.md.
 *
 * Needs the build (`npm run build`) and PostgreSQL server binaries; bounded: every request has a 5 s client timeout.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findPostgresBin, startThrowawayPostgres } from "../../scripts/postgres-throwaway.mjs";
import {
  BUILD_READY,
  CLIENT_TIMEOUT_MS,
  msUntil,
  request,
  startBuiltServer,
  stopServer,
  type Answer,
  type BuiltServer,
} from "./built-server";

const READY = !!findPostgresBin() && BUILD_READY;
/** A page whose loader queries the database on every request (the page cache is off in this server). */
const PAGE = "/roles/software-engineer";

type Throwaway = Awaited<ReturnType<typeof startThrowawayPostgres>>;

describe.skipIf(!READY)(
  `the production server while PostgreSQL stops and starts${READY ? "" : " [SKIPPED: needs npm run build and PostgreSQL binaries]"}`,
  () => {
    let pg: Throwaway;
    let server: BuiltServer;
    let base: string;
    const figures: Record<string, string> = {};

    beforeAll(async () => {
      pg = await startThrowawayPostgres();
      server = await startBuiltServer({ DATABASE_URL: pg.url, PAGE_CACHE: "false" });
      base = server.base;
      expect((await request(base, PAGE)).status).toBe(200);
    });

    afterAll(async () => {
      // The server must still be running here (a crash mid-test is reported as such, not waited for), and end within a
      // few seconds of SIGTERM; otherwise it is killed and the test fails saying so, instead of a hook timeout.
      const stop = server ? await stopServer(server.child) : "not started";
      try {
        pg?.resume();
      } catch {
        // Already running.
      }
      await pg?.stop();
      console.log(`Outage figures (${new Date().toISOString()}): ${JSON.stringify(figures)}`);
      // OUTAGE_TEST_LOG=1 prints what the server logged (the breaker's two lines, no stacks).
      if (process.env.OUTAGE_TEST_LOG) console.log(server?.log());
      if (stop !== "exited") throw new Error(`The server ${stop}. Its log:\n${server?.log()}`);
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
      // Saved: the 303 to the lesson's saved page (ADR 009).
      expect(retried.status).toBe(303);
      expect(retried.headers.get("location")).toMatch(/^\/lessons\/[0-9a-z]{10}\/saved/);
      expect(server.log()).toContain("The database is reachable again");
      expect(server.log()).not.toMatch(/\n\s+at /);
    });
  },
);
