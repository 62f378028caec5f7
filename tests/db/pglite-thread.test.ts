/**
 * The embedded database in a worker thread (ADR 025): the server's PGlite answers as the in-process one does, keeps
 * transactions whole, and never holds up the event loop while a statement runs.
 */
import { sql } from "drizzle-orm";
import { TransactionRollbackError } from "drizzle-orm/errors";
import type { Worker } from "node:worker_threads";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { openDatabase, type DatabaseHandle } from "~db/client";
import { migrateDatabase } from "~db/migrate";
import { EmbeddedDatabaseError, PGliteThread } from "~db/pglite-thread";
import { dataVersions } from "~db/schema";

/** One statement's worth of PostgreSQL's value types, as drizzle reads them. */
const TYPES = sql`select 1::int as i, 2::bigint as b, 1.50::numeric(5,2) as n, 'é ✓'::text as t, true as f, null::int as z,
  date '2026-12-04' as d, timestamp '2026-12-04 10:00:00' as ts, timestamptz '2026-12-04 10:00:00+00' as tz,
  interval '1 day' as iv, array[1,2]::int[] as ai, array[1.5]::numeric[] as an, array[date '2026-01-01'] as ad,
  '{"a":[1,"x"]}'::jsonb as j, '\\x0102'::bytea as by`;

/** The rows of `db.execute` (typed loosely by the driver-neutral handle). */
async function rowsOf<T = Record<string, unknown>>(result: Promise<unknown>): Promise<T[]> {
  return ((await result) as { rows: T[] }).rows;
}

describe("PGlite in a worker thread", () => {
  let thread: DatabaseHandle;
  let inProcess: DatabaseHandle;
  beforeAll(async () => {
    [thread, inProcess] = await Promise.all([
      openDatabase({ driver: "pglite", dataDir: "memory" }, { serving: true }),
      openDatabase({ driver: "pglite", dataDir: "memory" }),
    ]);
    // The migrations run through the thread: drizzle's migrator uses a transaction.
    await Promise.all([migrateDatabase(thread), migrateDatabase(inProcess)]);
  });
  afterAll(async () => {
    await Promise.all([thread?.close(), inProcess?.close()]);
  });

  it("is what the server opens, and answers every value type as the in-process database does", async () => {
    expect(thread.isProgressing).toBeTypeOf("function");
    expect(inProcess.isProgressing).toBeUndefined();
    const [fromThread, fromProcess] = await Promise.all([rowsOf(thread.db.execute(TYPES)), rowsOf(inProcess.db.execute(TYPES))]);
    expect(fromThread).toEqual(fromProcess);
    // drizzle keeps dates and timestamps as PostgreSQL's text; that choice crosses the thread.
    expect(fromThread[0]).toMatchObject({
      d: "2026-12-04",
      ts: "2026-12-04 10:00:00",
      b: 2,
      n: "1.50",
      t: "é ✓",
      by: new Uint8Array([1, 2]),
    });
  });

  it("maps rows through drizzle's query builder alike (array mode, column names, timestamps)", async () => {
    const row = { datasetHash: "a".repeat(64), summary: { roles: 34, "names with é": 1 } };
    const insert = (handle: DatabaseHandle) =>
      handle.db.insert(dataVersions).values(row).returning({ id: dataVersions.id, hash: dataVersions.datasetHash });
    expect(await insert(thread)).toEqual(await insert(inProcess));
    const read = (handle: DatabaseHandle) => handle.db.select().from(dataVersions);
    const [a, b] = await Promise.all([read(thread), read(inProcess)]);
    expect(a.map(({ loadedAt: _, ...rest }) => rest)).toEqual(b.map(({ loadedAt: _, ...rest }) => rest));
    expect(typeof a[0]?.loadedAt).toBe(typeof b[0]?.loadedAt);
  });

  it("commits a transaction, rolls back one that throws or asks to, and keeps savepoints", async () => {
    const { db } = thread;
    await db.execute(sql`create table tx_probe (n int primary key)`);
    await db.transaction(async (tx) => {
      await tx.execute(sql`insert into tx_probe values (1)`);
      await tx
        .transaction(async (inner) => {
          await inner.execute(sql`insert into tx_probe values (2)`);
          throw new Error("inner fails");
        })
        .catch(() => undefined);
      await tx.execute(sql`insert into tx_probe values (3)`);
    });
    await expect(
      db.transaction(async (tx) => {
        await tx.execute(sql`insert into tx_probe values (4)`);
        throw new Error("outer fails");
      }),
    ).rejects.toThrow("outer fails");
    await expect(
      db.transaction(async (tx) => {
        await tx.execute(sql`insert into tx_probe values (5)`);
        tx.rollback();
      }),
    ).rejects.toBeInstanceOf(TransactionRollbackError);
    const rows = await rowsOf<{ n: number }>(db.execute(sql`select n from tx_probe order by n`));
    expect(rows.map((r) => r.n)).toEqual([1, 3]);
  });

  it("runs a statement sent outside an open transaction after it, as PGlite does", async () => {
    const { db } = thread;
    await db.execute(sql`create table order_probe (n int)`);
    let outside: Promise<{ c: number }[]> | undefined;
    await db.transaction(async (tx) => {
      await tx.execute(sql`insert into order_probe values (1)`);
      outside = rowsOf(db.execute(sql`select count(*)::int as c from order_probe`));
      await new Promise((resolve) => setTimeout(resolve, 50));
      await tx.execute(sql`insert into order_probe values (2)`);
    });
    expect((await outside!)[0]?.c).toBe(2);
  });

  it("gives PostgreSQL's error fields to the caller, and goes on answering", async () => {
    const failure = await thread.db.execute(sql`select * from no_such_table`).catch((error: unknown) => error);
    const cause = (failure as { cause?: unknown }).cause;
    expect(cause).toBeInstanceOf(EmbeddedDatabaseError);
    expect(cause).toMatchObject({ name: "DatabaseError", code: "42P01", severity: "ERROR" });
    expect((cause as Error).message).toBe('relation "no_such_table" does not exist');
    expect(await rowsOf(thread.db.execute(sql`select 1 as one`))).toEqual([{ one: 1 }]);
  });

  it("keeps the event loop turning while a long statement runs, and the health check tells busy from stuck", async () => {
    const LONG = sql`select count(*) from generate_series(1, 2000000) a, generate_series(1, 1) b`;
    const gaps = async (handle: DatabaseHandle) => {
      let last = performance.now();
      let longest = 0;
      const ticker = setInterval(() => {
        const now = performance.now();
        longest = Math.max(longest, now - last);
        last = now;
      }, 5);
      const started = performance.now();
      await handle.db.execute(LONG);
      const took = performance.now() - started;
      clearInterval(ticker);
      return { took, longest: Math.max(longest, performance.now() - last) };
    };
    const blocking = await gaps(inProcess);
    const threaded = await gaps(thread);
    // In process the statement holds the event loop for all of its run; in the thread the loop keeps ticking.
    expect(blocking.longest).toBeGreaterThan(blocking.took * 0.8);
    expect(threaded.took).toBeGreaterThan(200);
    expect(threaded.longest).toBeLessThan(threaded.took / 2);

    expect(await thread.isProgressing!(1000)).toBe(true);
    // Busy with many short statements is not stuck.
    const many = Promise.all(Array.from({ length: 300 }, (_, n) => rowsOf(thread.db.execute(sql`select ${n}::int as n`))));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await thread.isProgressing!(1000)).toBe(true);
    await many;
    // drizzle sends a statement when its result is first awaited: rowsOf() does that now.
    const running = rowsOf(thread.db.execute(sql`select count(*) from generate_series(1, 4000000) a, generate_series(1, 1) b`));
    // A statement twice as long as the one timed. Halfway through that one's time it has run longer than the check's
    // deadline, and nothing has come back from the thread since it started: not progressing.
    await new Promise((resolve) => setTimeout(resolve, threaded.took / 2));
    expect(await thread.isProgressing!(threaded.took / 4)).toBe(false);
    await running;
    expect(await thread.isProgressing!(1000)).toBe(true);
  });

  it("when its thread dies, says so once and fails every call at once", async () => {
    const said = vi.spyOn(console, "error").mockImplementation(() => {});
    const dying = await PGliteThread.start({ dataDir: undefined });
    await (dying as unknown as { worker: Worker }).worker.terminate();
    await expect(dying.query("select 1")).rejects.toThrow("The embedded database's worker thread exited");
    expect(await dying.isProgressing(100)).toBe(false);
    expect(said.mock.calls.map((c) => String(c[0]))).toEqual([expect.stringContaining("The embedded database stopped")]);
  });

  it("fails every call at once after it is closed", async () => {
    const closed = await PGliteThread.start({ dataDir: undefined });
    expect((await closed.query<{ one: number }>("select 1 as one")).rows).toEqual([{ one: 1 }]);
    await closed.close();
    await expect(closed.query("select 1")).rejects.toThrow("The embedded database is closed");
    expect(await closed.isProgressing(100)).toBe(false);
  });
});
