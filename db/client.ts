import { mkdirSync } from "node:fs";
import { AsyncLocalStorage } from "node:async_hooks";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import type { Logger } from "drizzle-orm/logger";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { PGliteThread } from "./pglite-thread";
import { guardPostgres, type DatabaseAvailability } from "./availability";
import type { DatabaseTarget } from "./config";
import * as schema from "./schema";

export type Schema = typeof schema;
/** One handle type for both drivers; models are written against this. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;

export interface DatabaseHandle {
  db: Database;
  driver: DatabaseTarget["driver"];
  target: DatabaseTarget;
  close(): Promise<void>;
  /** PGlite only: the whole database as an uncompressed tarball, for `openDatabase(…, { loadDataDir })`. */
  dumpDataDir?: () => Promise<Blob>;
  /** PostgreSQL opened for serving only: whether the server is reachable, and the fail-fast breaker (db/availability.ts). */
  availability?: DatabaseAvailability;
  /** PGlite opened for serving (in its worker thread): whether its statements are being answered (health check). */
  isProgressing?: (deadlineMs: number) => Promise<boolean>;
}

/**
 * Limits of a PostgreSQL client that serves pages (`{ serving: true }`), as opposed to one that migrates or loads
 * the dataset (whose statements may rightly take minutes). See docs/decisions/018-outages-idempotency-concurrency.md.
 */
export const SERVING_LIMITS = {
  /** Seconds to open a connection before giving up (postgres.js's default is 30). */
  connectTimeoutSeconds: 1.5,
  /** A page's statements take milliseconds; one still running after this is cancelled by the server. */
  statementTimeoutMs: 5000,
  /** A transaction left open (its client was answered "unavailable" mid-way) is ended by the server. */
  idleInTransactionTimeoutMs: 10_000,
  /** Idle connections are closed after this many seconds (fewer stale sockets after a network change). */
  idleTimeoutSeconds: 60,
  /** Reconnection back-off cap in seconds (postgres.js grows it to 20 s, which delayed recovery). */
  maxBackoffSeconds: 0.5,
} as const;

/** Per-request query statistics (see `withQueryStats`). */
export interface QueryStats {
  queries: number;
}

// Process-wide, like the handle below: the server bundle opens the database (and owns its logger) while the
// React Router server build's loaders open the scopes, and each bundle carries its own copy of this module.
const STATS = Symbol.for("career-atlas.query-stats");
type GlobalWithStats = typeof globalThis & { [STATS]?: { storage: AsyncLocalStorage<QueryStats>; total: number } };
const queryStats = ((globalThis as GlobalWithStats)[STATS] ??= { storage: new AsyncLocalStorage<QueryStats>(), total: 0 });

/** Counts every statement drizzle sends, per process and per `withQueryStats` scope. */
const countingLogger: Logger = {
  logQuery() {
    queryStats.total += 1;
    const stats = queryStats.storage.getStore();
    if (stats) stats.queries += 1;
  },
};

/** Runs `fn` and reports how many queries it sent and how long it took (for Server-Timing and benchmarks). */
export async function withQueryStats<T>(fn: () => Promise<T>): Promise<{ result: T; queries: number; ms: number }> {
  const stats: QueryStats = { queries: 0 };
  const started = performance.now();
  const result = await queryStats.storage.run(stats, fn);
  return { result, queries: stats.queries, ms: performance.now() - started };
}

export function totalQueryCount(): number {
  return queryStats.total;
}

export interface OpenOptions {
  /** PGlite: a database dumped by `dumpDataDir` to start from. */
  loadDataDir?: Blob;
  /**
   * For the server's request handling. PostgreSQL: the serving limits (SERVING_LIMITS) and the fail-fast breaker.
   * PGlite: the database runs in a worker thread (db/pglite-thread.ts), so its statements do not block the event loop.
   */
  serving?: boolean;
}

/** Opens a new connection. Most code wants the process-wide `getDatabase()` instead. */
export async function openDatabase(target: DatabaseTarget, options: OpenOptions = {}): Promise<DatabaseHandle> {
  if (target.driver === "postgres") {
    const L = SERVING_LIMITS;
    const sql = postgres(target.url, {
      max: 10,
      onnotice: () => {},
      ...(options.serving
        ? {
            connect_timeout: L.connectTimeoutSeconds,
            idle_timeout: L.idleTimeoutSeconds,
            backoff: (retries: number) => Math.min(0.05 * 2 ** retries, L.maxBackoffSeconds),
            connection: {
              statement_timeout: L.statementTimeoutMs,
              idle_in_transaction_session_timeout: L.idleInTransactionTimeoutMs,
            },
          }
        : { connect_timeout: 10 }),
    });
    try {
      await sql`select 1`;
    } catch (error) {
      await sql.end({ timeout: 1 });
      throw error;
    }
    if (!options.serving) {
      const db = drizzlePostgres(sql, { schema, logger: countingLogger }) as unknown as Database;
      return { db, driver: "postgres", target, close: () => sql.end({ timeout: 5 }) };
    }
    const guarded = guardPostgres(sql, target.url);
    const db = drizzlePostgres(guarded.sql, { schema, logger: countingLogger }) as unknown as Database;
    return {
      db,
      driver: "postgres",
      target,
      availability: guarded.availability,
      close: async () => {
        await guarded.availability.close();
        await sql.end({ timeout: 5 });
      },
    };
  }
  const inMemory = target.dataDir === "memory";
  // PGlite does not create missing parent directories.
  if (!inMemory) mkdirSync(target.dataDir, { recursive: true });
  if (options.serving) {
    // The server's database runs in a worker thread, off the event loop (ADR 025).
    const thread = await PGliteThread.start({ dataDir: inMemory ? undefined : target.dataDir });
    const db = drizzlePglite(thread as unknown as PGlite, { schema, logger: countingLogger }) as unknown as Database;
    return {
      db,
      driver: "pglite",
      target,
      close: () => thread.close(),
      isProgressing: (deadlineMs) => thread.isProgressing(deadlineMs),
    };
  }
  const client = await PGlite.create({
    ...(inMemory ? {} : { dataDir: target.dataDir }),
    // A database dumped by `dumpDataDir` (the db tests seed one and clone it for every suite).
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    extensions: { pg_trgm },
  });
  const db = drizzlePglite(client, { schema, logger: countingLogger }) as unknown as Database;
  return { db, driver: "pglite", target, close: () => client.close(), dumpDataDir: () => client.dumpDataDir("none") };
}

interface Singleton {
  key: string;
  handle: Promise<DatabaseHandle>;
}
// On globalThis so the server entry and the Remix build (two bundles in one process) share one client:
// a second PGlite opener of the same directory can corrupt it.
const SINGLETON = Symbol.for("career-atlas.database");
type GlobalWithDb = typeof globalThis & { [SINGLETON]?: Singleton };

const INSTALLED_KEY = "installed";

/**
 * The process-wide database handle for `target`, opened on first use (the first opener's `serving` decides: the
 * server opens it for serving, the seed CLI without limits).
 */
export function getDatabase(target: DatabaseTarget, { serving = false }: { serving?: boolean } = {}): Promise<DatabaseHandle> {
  const g = globalThis as GlobalWithDb;
  const key = JSON.stringify(target);
  const existing = g[SINGLETON];
  if (existing) {
    if (existing.key !== key && existing.key !== INSTALLED_KEY) {
      return Promise.reject(new Error("The database is already open with a different configuration"));
    }
    return existing.handle;
  }
  const handle = openDatabase(target, { serving });
  g[SINGLETON] = { key, handle };
  // Don't cache a failed open: the next caller gets a fresh attempt.
  handle.catch(() => {
    if (g[SINGLETON]?.handle === handle) delete g[SINGLETON];
  });
  return handle;
}

/**
 * Makes `handle` the process-wide database whatever the environment says (tests and benchmarks run the
 * models against a database they made). Pass undefined to forget it; the caller still owns closing it.
 */
export function installDatabase(handle: DatabaseHandle | undefined): void {
  const g = globalThis as GlobalWithDb;
  if (handle) g[SINGLETON] = { key: INSTALLED_KEY, handle: Promise.resolve(handle) };
  else delete g[SINGLETON];
}

/** Closes the process-wide handle if one was opened. Safe to call twice. */
export async function closeDatabase(): Promise<void> {
  const g = globalThis as GlobalWithDb;
  const existing = g[SINGLETON];
  if (!existing) return;
  delete g[SINGLETON];
  const handle = await existing.handle.catch(() => undefined);
  await handle?.close();
}
