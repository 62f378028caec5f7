import { inArray } from "drizzle-orm";
import { sources } from "~db/schema";
import { database } from "~/lib/db.server";
import type { SourceCitation } from "~/features/sources/citations";

export type { SourceCitation };

/** The columns of a citation, for queries that join sources to what cites them. */
export const sourceCitationColumns = {
  id: sources.id,
  kind: sources.kind,
  publisher: sources.publisher,
  author: sources.author,
  title: sources.title,
  vintage: sources.vintage,
  publishedOn: sources.publishedOn,
  url: sources.url,
  attribution: sources.attribution,
  license: sources.license,
};

/** The citations for a set of source ids, in the order given (unknown ids are skipped). */
export async function listSourcesByIds({ ids }: { ids: string[] }): Promise<SourceCitation[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const db = await database();
  const rows = await db.select(sourceCitationColumns).from(sources).where(inArray(sources.id, unique));
  const byId = new Map(rows.map((r) => [r.id, r]));
  return unique.flatMap((id) => byId.get(id) ?? []);
}
