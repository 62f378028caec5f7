import { getDatabase, withQueryStats as measureQueries, type Database } from "~db/client";
import { isConnectionError, isStatementTimeout } from "~db/availability";
import { databaseTargetFromEnv } from "~db/config";
import { env } from "~/lib/env.server";

/**
 * The process-wide database, chosen by the validated environment (server/index.ts opens and migrates it at boot).
 * While the server is known to be unreachable it throws the 503 answer at once instead of queueing
 * (docs/decisions/018-outages-idempotency-concurrency.md).
 */
export async function database(): Promise<Database> {
  const handle = await getDatabase(databaseTargetFromEnv(env()));
  if (handle.availability?.down) throw databaseUnavailable();
  return handle.db;
}

/**
 * The process-wide database even while it is known to be down: for callers with a fallback of their own, which must
 * reach it (the rate limits' store falls back to a per-process count when its query fails; the breaker rejects that
 * query at once while the server is down). Pages use `database()`.
 */
export async function databaseWithFallback(): Promise<Database> {
  return (await getDatabase(databaseTargetFromEnv(env()))).db;
}

/** Seconds a client is asked to wait before trying again while the database is unreachable. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/**
 * The answer of a page whose database cannot be reached (or did not answer within the statement timeout): a 503 that
 * says so, never cached, with Retry-After. Routes' error boundaries show its message; resource routes send it as is.
 */
export function databaseUnavailable(reason: "unreachable" | "slow" = "unreachable"): Response {
  return new Response(
    reason === "unreachable"
      ? "Career Atlas cannot reach its database right now, so this page cannot be shown. Nothing is lost: try again in a few seconds."
      : "The database took too long to answer, so this page cannot be shown. Try again in a few seconds.",
    {
      status: 503,
      statusText: "Service Unavailable",
      headers: { "Cache-Control": "no-store", "Retry-After": String(DATABASE_RETRY_AFTER_SECONDS) },
    },
  );
}

/** Turns a failure of the database itself (unreachable, or past the statement timeout) into the 503 answer. */
export function asDatabaseAnswer(error: unknown): unknown {
  if (error instanceof Response) return error;
  if (isConnectionError(error)) return databaseUnavailable("unreachable");
  if (isStatementTimeout(error)) return databaseUnavailable("slow");
  return error;
}

/** Whether `error` means the database could not do the work (unreachable, too slow, or known to be down). */
export function isDatabaseUnavailable(error: unknown): boolean {
  const answer = asDatabaseAnswer(error);
  return answer instanceof Response && answer.status === 503;
}

/** Runs `fn` (database work of a loader or action); an unreachable or too slow database becomes the 503 answer. */
export async function withDatabase<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    throw asDatabaseAnswer(error);
  }
}

/**
 * Measures a loader's database work: result, query count and milliseconds (for Server-Timing). A database that
 * cannot be reached mid-way is the 503 answer, as in `withDatabase`.
 */
export function withQueryStats<T>(fn: () => Promise<T>): Promise<{ result: T; queries: number; ms: number }> {
  return withDatabase(() => measureQueries(fn));
}

/** The rows of a raw `db.execute()`: postgres.js returns an array, PGlite `{ rows }`. */
export function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}
