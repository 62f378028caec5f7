import { asc, ilike, or, sql } from "drizzle-orm";
import { glossaryTerms } from "~db/schema";
import { database } from "~/lib/db.server";
import { rememberForDataVersion, type DataVersionKey } from "~/lib/data-version-memo.server";
import type { GlossaryDefinition, GlossaryEntry } from "~/features/glossary/glossary-terms";

export type { GlossaryDefinition, GlossaryEntry };

/** Escapes LIKE wildcards so `?q=50%` looks for "50%" itself. */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** A–Z by term, compared byte-wise so PGlite and PostgreSQL servers with other collations agree. */
const termOrder = sql`lower(${glossaryTerms.term}) collate "C"`;

/**
 * The glossary A–Z, each term with its definition, source and "see also" terms (named, in the dataset's
 * order). `q` keeps the terms whose name, slug or definition contains it (any case). One query.
 */
export async function listGlossaryTerms({ q }: { q?: string } = {}): Promise<GlossaryEntry[]> {
  const db = await database();
  const pattern = q ? containsPattern(q) : null;
  return db
    .select({
      slug: glossaryTerms.slug,
      term: glossaryTerms.term,
      definition: glossaryTerms.definition,
      sourceId: glossaryTerms.sourceId,
      seeAlso: sql<{ slug: string; term: string }[]>`(
        select coalesce(json_agg(json_build_object('slug', related.slug, 'term', related.term) order by listed.position), '[]'::json)
        from unnest(${glossaryTerms.seeAlso}) with ordinality as listed(slug, position)
        join glossary_terms related on related.slug = listed.slug)`,
    })
    .from(glossaryTerms)
    .where(
      pattern
        ? or(ilike(glossaryTerms.term, pattern), ilike(glossaryTerms.slug, pattern), ilike(glossaryTerms.definition, pattern))
        : undefined,
    )
    .orderBy(termOrder, asc(glossaryTerms.slug));
}

/**
 * Every term with its definition and nothing else: what a page needs to define terms inline. One query; with
 * `version` (the current data version, which the page has read), kept for that version and shared by every request
 * that reads it (ADR 013, amended 2026-12-07): callers must not change it.
 */
export async function listGlossaryDefinitions({ version }: { version?: DataVersionKey } = {}): Promise<readonly GlossaryDefinition[]> {
  return rememberForDataVersion(version, "glossary-definitions", readGlossaryDefinitions);
}

async function readGlossaryDefinitions(): Promise<GlossaryDefinition[]> {
  const db = await database();
  return db
    .select({ slug: glossaryTerms.slug, term: glossaryTerms.term, definition: glossaryTerms.definition })
    .from(glossaryTerms)
    .orderBy(termOrder, asc(glossaryTerms.slug));
}
