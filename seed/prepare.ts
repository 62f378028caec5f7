import type { DatabaseHandle } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { loadDataset } from "./load";
import { archiveLatestFiguresIfMissing, latestDataVersion, seedDatabase, type SeedOutcome } from "./seed";

export type SeedOnStart = "if-changed" | "if-empty" | "never";

/**
 * Brings a database up to date at start: applies pending migrations, then loads the curated dataset
 * according to `seedOnStart`. Returns what happened, for the start-up log.
 */
export async function prepareDatabase(
  handle: DatabaseHandle,
  seedOnStart: SeedOnStart,
): Promise<SeedOutcome | { status: "skipped"; reason: string }> {
  await migrateDatabase(handle);
  if (seedOnStart === "never") return { status: "skipped", reason: "SEED_ON_START=never" };
  if (seedOnStart === "if-empty") {
    const latest = await latestDataVersion(handle.db);
    if (latest) {
      await archiveLatestFiguresIfMissing(handle.db);
      return { status: "unchanged", dataVersionId: latest.id, hash: latest.datasetHash };
    }
  }
  return seedDatabase(handle.db, loadDataset());
}
