import { getDatabase, type Database } from "~db/client";
import { databaseTargetFromEnv } from "~db/config";
import { env } from "~/lib/env.server";

/** The process-wide database, chosen by the validated environment (server.ts opens and migrates it at boot). */
export async function database(): Promise<Database> {
  const handle = await getDatabase(databaseTargetFromEnv(env()));
  return handle.db;
}

/** Measures a loader's database work: result, query count and milliseconds (for Server-Timing). */
export { withQueryStats } from "~db/client";

/** The rows of a raw `db.execute()`: postgres.js returns an array, PGlite `{ rows }`. */
export function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}
