import type { DatabaseHandle } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { fingerprintDataset, loadDataset } from "./load";
import { archiveLatestFiguresIfMissing, latestDataVersion, seedDatabase, type SeedOutcome } from "./seed";

export type SeedOnStart = "if-changed" | "if-empty" | "never";

/**
 * Brings a database up to date at start: applies pending migrations, then loads the curated dataset
 * according to `seedOnStart`. The dataset files are parsed only when their fingerprint (their bytes and the loader's
 * format version) differs from the newest data version's, so a restart with unchanged data reads and hashes them
 * and nothing more. Returns what happened, for the start-up log.
 */
export async function prepareDatabase(
  handle: DatabaseHandle,
  seedOnStart: SeedOnStart,
  datasetDir?: string,
): Promise<SeedOutcome | { status: "skipped"; reason: string }> {
  await migrateDatabase(handle);
  if (seedOnStart === "never") return { status: "skipped", reason: "SEED_ON_START=never" };
  const latest = await latestDataVersion(handle.db);
  if (latest && (seedOnStart === "if-empty" || latest.datasetHash === fingerprintDataset(datasetDir))) {
    await archiveLatestFiguresIfMissing(handle.db);
    return { status: "unchanged", dataVersionId: latest.id, hash: latest.datasetHash };
  }
  return seedDatabase(handle.db, loadDataset(datasetDir));
}
