import { inArray } from "drizzle-orm";
import { sources } from "~db/schema";
import { database } from "~/lib/db.server";
import { rememberForDataVersion, type DataVersionKey } from "~/lib/data-version-memo.server";
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

/**
 * The citations for a set of source ids, in the order given (unknown ids are skipped). One query; with `version`
 * (the current data version, which the page has read), none: every source (a few dozen rows) is read once per data
 * version and kept (ADR 013, amended 2026-12-07).
 */
export async function listSourcesByIds({ ids, version }: { ids: string[]; version?: DataVersionKey }): Promise<SourceCitation[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const byId = version ? await rememberForDataVersion(version, "sources", readEverySource) : await readSources(unique);
  return unique.flatMap((id) => byId.get(id) ?? []);
}

async function readSources(ids: string[]): Promise<ReadonlyMap<string, SourceCitation>> {
  const db = await database();
  const rows = await db.select(sourceCitationColumns).from(sources).where(inArray(sources.id, ids));
  return new Map(rows.map((r) => [r.id, r]));
}

async function readEverySource(): Promise<ReadonlyMap<string, SourceCitation>> {
  const db = await database();
  const rows = await db.select(sourceCitationColumns).from(sources);
  return new Map(rows.map((r) => [r.id, r]));
}
