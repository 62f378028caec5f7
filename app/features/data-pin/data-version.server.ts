import { desc } from "drizzle-orm";
import { dataVersionTag } from "~db/data-version-tag";
import { dataVersions } from "~db/schema";
import { database } from "~/lib/db.server";

export interface DataVersion {
  id: number;
  hash: string;
  loadedAt: string;
  /** Short, stable tag for ETags and pinned links, e.g. "v3-1a2b3c4d". */
  tag: string;
}

/** The newest loaded data version, or undefined when nothing has been loaded yet. */
export async function getCurrentDataVersion(): Promise<DataVersion | undefined> {
  const db = await database();
  const [latest] = await db
    .select({ id: dataVersions.id, hash: dataVersions.datasetHash, loadedAt: dataVersions.loadedAt })
    .from(dataVersions)
    .orderBy(desc(dataVersions.id))
    .limit(1);
  if (!latest) return undefined;
  return { ...latest, loadedAt: latest.loadedAt.toISOString(), tag: dataVersionTag(latest.id, latest.hash) };
}
