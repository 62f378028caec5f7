/**
 * Runs a db test suite against every driver: PGlite (in memory) always, and a real PostgreSQL server when
 * DATABASE_URL is set (npm test starts a throwaway one). Each suite gets a fresh, migrated database;
 * with PostgreSQL that is a new database created on the server and dropped afterwards. Dataset copies made with
 * `editedDataset` are removed with the suite's database.
 */
import { randomBytes } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";
import { afterAll, beforeAll, describe } from "vitest";
import { installDatabase, openDatabase, type Database, type DatabaseHandle } from "~db/client";
import { migrateDatabase } from "~db/migrate";
import { defaultDatasetDir, loadDataset, type LoadedDataset } from "../../seed/load";
import { seedDatabase } from "../../seed/seed";

export type Driver = "pglite" | "postgres";

export interface DbContext {
  /** The driver this suite runs on. */
  driver: Driver;
  /** The migrated database (valid inside tests and hooks). */
  readonly db: Database;
  readonly handle: DatabaseHandle;
}

const serverUrl = process.env.DATABASE_URL;

/** The curated dataset, parsed once per test file. */
let dataset: LoadedDataset | undefined;
export function curatedDataset(): LoadedDataset {
  dataset ??= loadDataset();
  return dataset;
}

export function describeEachDriver(name: string, options: { seed: boolean }, body: (context: DbContext) => void): void {
  for (const driver of ["pglite", "postgres"] as const) {
    const skip = driver === "postgres" && !serverUrl;
    const title = skip ? `${name} [postgres: SKIPPED, DATABASE_URL not set]` : `${name} [${driver}]`;
    describe.skipIf(skip)(title, () => {
      let handle: DatabaseHandle | undefined;
      let dropDatabase: (() => Promise<void>) | undefined;
      const context: DbContext = {
        driver,
        get db() {
          if (!handle) throw new Error("database not ready");
          return handle.db;
        },
        get handle() {
          if (!handle) throw new Error("database not ready");
          return handle;
        },
      };
      beforeAll(async () => {
        if (driver === "pglite") {
          handle = await openDatabase({ driver: "pglite", dataDir: "memory" });
        } else {
          const created = await createServerDatabase(serverUrl!);
          dropDatabase = created.drop;
          handle = await openDatabase({ driver: "postgres", url: created.url });
        }
        await migrateDatabase(handle);
        if (options.seed) await seedDatabase(handle.db, curatedDataset());
        installDatabase(handle);
      });
      afterAll(async () => {
        installDatabase(undefined);
        await handle?.close();
        await dropDatabase?.();
        for (const dir of datasetCopies.splice(0)) rmSync(dir, { recursive: true, force: true });
      });
      body(context);
    });
  }
}

/** Dataset copies made by the running suite (removed when it ends). */
const datasetCopies: string[] = [];

/**
 * A temporary copy of the curated dataset with some files edited (`{ "projections.csv": (text) => … }`), to load
 * with `loadDataset(dir)`. An edit that changes nothing fails, so a test cannot silently load the curated data.
 */
export function editedDataset(edits: Record<string, (text: string) => string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "atlas-dataset-"));
  datasetCopies.push(dir);
  cpSync(defaultDatasetDir(), dir, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const target = path.join(dir, file);
    const text = readFileSync(target, "utf8");
    const edited = edit(text);
    if (edited === text) throw new Error(`the edit of ${file} changed nothing`);
    writeFileSync(target, edited);
  }
  return dir;
}

/** Software developers (SOC 15-1252): the 2024-34 median pay BLS published, and the one `changedPayDataset` loads. */
export const SOFTWARE_DEVELOPERS_PAY = { published: 133080, changed: 140000 } as const;

/** The curated dataset with one published figure changed (15-1252's 2024-34 median pay): a new data version to pin against. */
export function changedPayDataset(): string {
  return editedDataset({
    "projections.csv": (text) =>
      text.replace(
        new RegExp(`^(15-1252,2024-34,(?:[^,]*,){5})${SOFTWARE_DEVELOPERS_PAY.published},`, "m"),
        `$1${SOFTWARE_DEVELOPERS_PAY.changed},`,
      ),
  });
}

async function createServerDatabase(adminUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `atlas_test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end({ timeout: 5 });
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const cleanup = postgres(adminUrl, { max: 1, onnotice: () => {} });
      try {
        await cleanup.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await cleanup.end({ timeout: 5 });
      }
    },
  };
}

/** Tables with more rows than this are dumped as a row count and an md5 of their ordered rows. */
const LARGE_TABLE_ROWS = 2_000;

/** Every row of every table in the public schema, ordered, as JSON: "the database exactly as it was". */
export async function dumpDatabase(db: Database, { except = [] as string[] } = {}): Promise<Record<string, unknown[]>> {
  const { sql } = await import("drizzle-orm");
  const tablesResult = await db.execute(
    sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  );
  const tables = rowsOf<{ table_name: string }>(tablesResult)
    .map((r) => r.table_name)
    .filter((t) => !except.includes(t));
  const dump: Record<string, unknown[]> = {};
  for (const table of tables) {
    // Large catalogue tables (tens of thousands of rows) are compared by a digest of the same ordered rows: as exact,
    // without sending and diffing every row in JavaScript.
    const [{ n }] = rowsOf<{ n: number }>(await db.execute(sql.raw(`select count(*)::int as n from "${table}"`))) as [{ n: number }];
    if (n > LARGE_TABLE_ROWS) {
      const digest = await db.execute(
        sql.raw(`select md5(string_agg(to_jsonb(t)::text, E'\\n' order by to_jsonb(t)::text)) as md5 from "${table}" t`),
      );
      dump[table] = [{ rows: n, md5: rowsOf<{ md5: string }>(digest)[0]?.md5 }];
      continue;
    }
    const result = await db.execute(sql.raw(`select to_jsonb(t) as row from "${table}" t order by to_jsonb(t)::text`));
    dump[table] = rowsOf<{ row: unknown }>(result).map((r) => r.row);
  }
  return dump;
}

/** db.execute() returns an array on postgres.js and { rows } on PGlite. */
export function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}
