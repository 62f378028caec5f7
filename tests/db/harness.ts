/**
 * Runs a db test suite against every driver: PGlite (in memory) always, and a real PostgreSQL server when
 * DATABASE_URL is set (npm test starts a throwaway one). Each suite gets a fresh, migrated database;
 * with PostgreSQL that is a new database created on the server and dropped afterwards. Dataset copies made with
 * `editedDataset` are removed with the suite's database.
 */
import { createHash, randomBytes } from "node:crypto";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, beforeAll, describe } from "vitest";
import { installDatabase, openDatabase, type Database, type DatabaseHandle } from "~db/client";
import { migrateDatabase } from "~db/migrate";
import { defaultDatasetDir, fingerprintDataset, loadDataset, type LoadedDataset } from "../../seed/load";
import { dataVersions } from "~db/schema";
import { archiveFigures, seedDatabase } from "../../seed/seed";

export type Driver = "pglite" | "postgres";

export interface DbContext {
  /** The driver this suite runs on. */
  driver: Driver;
  /** The migrated database (valid inside tests and hooks). */
  readonly db: Database;
  readonly handle: DatabaseHandle;
}

const serverUrl = process.env.DATABASE_URL;
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

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
          handle = options.seed
            ? await openDatabase({ driver: "pglite", dataDir: "memory" }, { loadDataDir: await seededPgliteDump() })
            : await openDatabase({ driver: "pglite", dataDir: "memory" });
        } else {
          const created = await createServerDatabase(serverUrl!, options.seed ? await seededServerTemplate(serverUrl!) : undefined);
          dropDatabase = created.drop;
          handle = await openDatabase({ driver: "postgres", url: created.url });
        }
        // A clone of the seeded database is already migrated and loaded; migrating again only checks that.
        await migrateDatabase(handle);
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

/** Software developers' OEWS May 2024 10th percentile as published, and the one `changedPayDataset` loads. */
export const SOFTWARE_DEVELOPERS_P10 = { published: 79850, changed: 81000 } as const;

/**
 * The curated dataset with 15-1252's May 2024 median pay changed (in its 2024-34 projection line and in its OEWS
 * percentiles, with the 10th percentile): a new data version to pin against.
 */
export function changedPayDataset(): string {
  const { published, changed } = SOFTWARE_DEVELOPERS_PAY;
  const p10 = SOFTWARE_DEVELOPERS_P10;
  return editedDataset({
    "projections.csv": (text) => text.replace(new RegExp(`^(15-1252,2024-34,(?:[^,]*,){5})${published},`, "m"), `$1${changed},`),
    "pay-percentiles.csv": (text) =>
      text.replace(new RegExp(`^(15-1252,2024,[0-9]+,)${p10.published},([0-9]+,)${published},`, "m"), `$1${p10.changed},$2${changed},`),
  });
}

/**
 * Makes an edit a test wrote straight into the dataset tables (a period, a score) a new data version, as a load does:
 * a load is the only thing that changes those tables, always with a new `data_versions` row in the same transaction
 * and its figures archived (seed/seed.ts). Pages keep what depends only on the data version (the periods, the sources,
 * the explorers' lists: app/lib/data-version-memo.server.ts), so an edit without a new version would go unseen, as it
 * would in production. Returns the new version's id.
 */
export async function recordDataLoad(db: Database): Promise<number> {
  const datasetHash = createHash("sha256").update(randomBytes(16)).digest("hex");
  return db.transaction(async (tx) => {
    const [version] = await tx.insert(dataVersions).values({ datasetHash, summary: {} }).returning({ id: dataVersions.id });
    await archiveFigures(tx, version!.id);
    return version!.id;
  });
}

/*
 * Seeded databases are cloned, not loaded per suite: loading the whole catalogue (~200k rows) takes seconds, and
 * most of the db test files need it. The first suite to need one seeds a database from the curated dataset and
 * keeps it (PGlite: a tarball in the temp directory; PostgreSQL: a template database); every other suite copies
 * it. Both are named by the dataset's fingerprint and the migrations, so any change to either seeds a new one.
 */

/** What a seeded database depends on: the dataset files (their fingerprint) and the migrations applied. */
function seededKey(): string {
  const journal = readFileSync(path.join(ROOT, "db", "migrations", "meta", "_journal.json"));
  return createHash("sha256").update(fingerprintDataset()).update(journal).digest("hex").slice(0, 16);
}

const DUMP_DIR = path.join(tmpdir(), "career-atlas-tests");

/** The seeded PGlite database as a tarball: read from the temp directory, or seeded and written there first. */
async function seededPgliteDump(): Promise<Blob> {
  const file = path.join(DUMP_DIR, `seeded-${seededKey()}.tar`);
  if (existsSync(file)) return new Blob([readFileSync(file)]);
  const fresh = await openDatabase({ driver: "pglite", dataDir: "memory" });
  try {
    await migrateDatabase(fresh);
    await seedDatabase(fresh.db, curatedDataset());
    // A checkpoint first: without it the copy starts by replaying the log, and sequences resume 32 values ahead
    // (data version 34 instead of 2), which no fresh database would do.
    await fresh.db.execute(sql`checkpoint`);
    const dump = await fresh.dumpDataDir!();
    mkdirSync(DUMP_DIR, { recursive: true });
    // Older dumps belong to other datasets or migrations.
    for (const old of readdirSync(DUMP_DIR)) if (old.startsWith("seeded-")) rmSync(path.join(DUMP_DIR, old), { force: true });
    // Written under a unique name and renamed, so a suite in another worker never reads half a file.
    const partial = `${file}.${process.pid}.${randomBytes(4).toString("hex")}`;
    writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
    renameSync(partial, file);
    return dump;
  } finally {
    await fresh.close();
  }
}

/**
 * The name of a template database on the server holding the seeded dataset, created by the first suite that needs
 * it. An advisory lock makes the other workers wait for it rather than seed their own.
 */
async function seededServerTemplate(adminUrl: string): Promise<string> {
  const template = `atlas_test_seeded_${seededKey()}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    await admin`select pg_advisory_lock(hashtext('career-atlas seeded test template'))`;
    const [exists] = await admin`select 1 from pg_database where datname = ${template}`;
    if (!exists) {
      const building = `${template}_building`;
      await admin.unsafe(`DROP DATABASE IF EXISTS "${building}" WITH (FORCE)`);
      await admin.unsafe(`CREATE DATABASE "${building}"`);
      const url = new URL(adminUrl);
      url.pathname = `/${building}`;
      const handle = await openDatabase({ driver: "postgres", url: url.toString() });
      try {
        await migrateDatabase(handle);
        await seedDatabase(handle.db, curatedDataset());
      } finally {
        await handle.close();
      }
      for (const {
        datname,
      } of await admin`select datname from pg_database where datname like 'atlas\_test\_seeded\_%' and datname <> ${building}`) {
        await admin.unsafe(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
      }
      await admin.unsafe(`ALTER DATABASE "${building}" RENAME TO "${template}"`);
    }
    return template;
  } finally {
    await admin`select pg_advisory_unlock(hashtext('career-atlas seeded test template'))`.catch(() => undefined);
    await admin.end({ timeout: 5 });
  }
}

async function createServerDatabase(adminUrl: string, template?: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `atlas_test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    // Copies of one template are made one at a time: PostgreSQL refuses to copy a database another session is using.
    if (template) await admin`select pg_advisory_lock(hashtext('career-atlas seeded test template'))`;
    await admin.unsafe(template ? `CREATE DATABASE "${name}" TEMPLATE "${template}"` : `CREATE DATABASE "${name}"`);
  } finally {
    if (template) await admin`select pg_advisory_unlock(hashtext('career-atlas seeded test template'))`.catch(() => undefined);
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
