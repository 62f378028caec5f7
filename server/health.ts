/**
 * GET /healthz: 200 while the database answers, 503 within about a second when it does not (issue 13, item 5).
 * On PostgreSQL the check runs on the probe connection of the fail-fast breaker (db/availability.ts), never queued
 * behind the pages' queries, and answers at once while the breaker knows the server is down. Concurrent checks share
 * one `select 1`, and a check that gets no answer in time answers 503 without opening the breaker (only an error, or
 * the same `select 1` unanswered for two deadlines, does: an event loop held past the deadline is not an outage). PGlite runs in a worker
 * thread (ADR 025); the check asks it nothing (a `select 1` would wait behind every statement queued) but watches its
 * answers: healthy while it is idle or answering, unhealthy when nothing has come back for the whole deadline or the
 * thread has stopped.
 */
import type { RequestHandler } from "express";
import { sql } from "drizzle-orm";
import { getDatabase } from "~db/client";
import { databaseTargetFromEnv } from "~db/config";
import type { Env } from "~/lib/env.server";

/** How long the check waits for `select 1` before answering 503. */
export const HEALTH_CHECK_DEADLINE_MS = 1000;

export function healthCheck(config: Env): RequestHandler {
  return async (_req, res) => {
    res.set("Cache-Control", "no-store");
    let healthy = false;
    let driver = "unknown";
    try {
      const handle = await getDatabase(databaseTargetFromEnv(config));
      driver = handle.driver;
      healthy = handle.availability
        ? await handle.availability.check(HEALTH_CHECK_DEADLINE_MS)
        : handle.isProgressing
          ? await handle.isProgressing(HEALTH_CHECK_DEADLINE_MS)
          : await withDeadline(handle.db.execute(sql`select 1`), HEALTH_CHECK_DEADLINE_MS);
    } catch {
      healthy = false;
    }
    if (healthy) res.json({ status: "ok", database: driver });
    else res.status(503).set("Retry-After", "5").json({ status: "unavailable", database: "unreachable" });
  };
}

async function withDeadline(work: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([work.then(() => true), new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}
