/**
 * The one module of the shell that reaches into seed/: `npm start` must create, migrate and load the embedded
 * database on its first run (the set-up contract in README), and the page cache keys on the loaded data version.
 */
import { getDatabase, openDatabase, type Database, type DatabaseHandle } from "~db/client";
import { databaseTargetFromEnv, describeTarget } from "~db/config";
import type { Env } from "~/lib/env.server";
import { prepareDatabase } from "../seed/prepare";
import { DatasetError } from "../seed/errors";
import { latestDataVersion } from "../seed/seed";
import { dataVersionTag } from "~db/data-version-tag";

/**
 * Opens the process-wide database, migrates it and loads the dataset as SEED_ON_START asks, before the server listens.
 * On PostgreSQL the preparation runs on a connection of its own without the serving limits (a dataset load's
 * statements may take longer than a page's statement timeout); pages then get the serving client, which fails fast
 * while the server is unreachable (db/availability.ts). PGlite has one opener per directory, so it does both.
 */
export async function openPreparedDatabase(config: Env): Promise<DatabaseHandle> {
  const target = databaseTargetFromEnv(config);
  const started = performance.now();
  let outcome: Awaited<ReturnType<typeof prepareDatabase>>;
  if (target.driver === "postgres") {
    const maintenance = await openDatabase(target);
    try {
      outcome = await prepareDatabase(maintenance, config.SEED_ON_START);
    } finally {
      await maintenance.close();
    }
  }
  const handle = await getDatabase(target, { serving: true });
  outcome ??= await prepareDatabase(handle, config.SEED_ON_START);
  const ms = Math.round(performance.now() - started);
  const what =
    outcome.status === "loaded"
      ? `loaded the curated dataset as data version ${outcome.dataVersionId}`
      : outcome.status === "unchanged"
        ? `dataset unchanged (data version ${outcome.dataVersionId})`
        : `dataset not loaded (${outcome.reason})`;
  console.log(`Database: ${describeTarget(target)}; migrations applied; ${what} (${ms} ms).`);
  return handle;
}

/** An invalid dataset stops the boot with its own message: nothing was loaded, and the issues say what to fix. */
export function isDatasetError(error: unknown): error is DatasetError {
  return error instanceof DatasetError;
}

/**
 * The tag of the newest loaded data version, re-read every 10 s so a load by another process (the seed CLI
 * against a PostgreSQL server) reaches the page cache's keys within seconds.
 */
export class DataVersionWatch {
  tag = "none";
  private readonly timer: NodeJS.Timeout;
  constructor(private readonly db: Database) {
    this.timer = setInterval(() => void this.refresh().catch(() => undefined), 10_000);
    this.timer.unref();
  }
  async refresh(): Promise<void> {
    const latest = await latestDataVersion(this.db);
    this.tag = latest ? dataVersionTag(latest.id, latest.datasetHash) : "none";
  }
}
