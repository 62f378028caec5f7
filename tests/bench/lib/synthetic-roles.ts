/**
 * A bench-only database with ten times the roles: the real migrations and curated dataset, then nine
 * synthetic copies of every real role with all of its per-role rows (occupation mappings, aliases, skills,
 * skill highlights, industries, statements, learning steps, discussion questions, AI-impact notes and the
 * progression edges among the copies). Written straight through drizzle here, never into seed/data: the
 * product's dataset stays the curated one.
 */
import { inArray, isNotNull, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { openDatabase, type Database } from "~db/client";
import * as t from "~db/schema";
import { normalizeTitle } from "~db/text";
import { prepareDatabase } from "../../../seed/prepare";

export interface SyntheticDatabase {
  realRoles: number;
  totalRoles: number;
  totalAliases: number;
  ms: number;
}

/** Creates `dataDir` (a fresh PGlite directory) with the curated dataset and `copies` synthetic copies of each role. */
export async function createSyntheticDatabase({ dataDir, copies }: { dataDir: string; copies: number }): Promise<SyntheticDatabase> {
  const started = performance.now();
  const handle = await openDatabase({ driver: "pglite", dataDir });
  try {
    const outcome = await prepareDatabase(handle, "if-changed");
    if (outcome.status === "skipped") throw new Error(`The curated dataset was not loaded: ${outcome.reason}`);
    const realRoles = await handle.db.select().from(t.roles);
    await handle.db.transaction(async (tx) => {
      for (let copy = 1; copy <= copies; copy += 1) await insertCopy(tx as unknown as Database, copy);
    });
    const [roleCount] = await handle.db.select({ n: sql<number>`count(*)::int` }).from(t.roles);
    const [aliasCount] = await handle.db.select({ n: sql<number>`count(*)::int` }).from(t.roleAliases);
    return { realRoles: realRoles.length, totalRoles: roleCount!.n, totalAliases: aliasCount!.n, ms: performance.now() - started };
  } finally {
    await handle.close();
  }
}

const copySlug = (slug: string, copy: number) => `${slug}-bench-${copy}`;
const copyTitle = (title: string, copy: number) => `${title} (bench copy ${copy})`;

/** Copy number `copy` of every curated role (the curated rows are those whose slug has no "-bench-" suffix). */
async function insertCopy(db: Database, copy: number): Promise<void> {
  const roles = (await db.select().from(t.roles)).filter((r) => !r.slug.includes("-bench-"));
  const slugs = roles.map((r) => r.slug);
  const slug = (s: string) => copySlug(s, copy);
  // Serial ids are left to the database.
  const withoutId = <T extends { id?: unknown }>({ id: _id, ...rest }: T) => rest;

  await insertChunked(
    db,
    t.roles,
    roles.map((r) => ({ ...r, slug: slug(r.slug), title: copyTitle(r.title, copy) })),
  );
  await insertChunked(
    db,
    t.roleOccupations,
    (await db.select().from(t.roleOccupations).where(inArray(t.roleOccupations.roleSlug, slugs))).map((r) => ({
      ...r,
      roleSlug: slug(r.roleSlug),
    })),
  );
  await insertChunked(
    db,
    t.roleAliases,
    (await db.select().from(t.roleAliases).where(inArray(t.roleAliases.roleSlug, slugs))).map((r) => {
      const alias = copyTitle(r.alias, copy).slice(0, 120);
      return { ...withoutId(r), roleSlug: slug(r.roleSlug), alias, aliasNormalized: normalizeTitle(alias) };
    }),
  );
  for (const table of [t.roleStatements, t.roleLearningSteps, t.discussionQuestions] as const) {
    const rows = await db.select().from(table).where(inArray(table.roleSlug, slugs));
    await insertChunked(
      db,
      table,
      rows.map((r) => ({ ...withoutId(r), roleSlug: slug(r.roleSlug) })),
    );
  }
  for (const table of [t.roleSkills, t.roleIndustries] as const) {
    const rows = await db.select().from(table).where(inArray(table.roleSlug, slugs));
    await insertChunked(
      db,
      table,
      rows.map((r) => ({ ...r, roleSlug: slug(r.roleSlug) })),
    );
  }
  const highlights = await db.select().from(t.skillFlags).where(inArray(t.skillFlags.roleSlug, slugs));
  await insertChunked(
    db,
    t.skillFlags,
    highlights.map((r) => ({ ...withoutId(r), roleSlug: slug(r.roleSlug!) })),
  );
  const notes = await db.select().from(t.aiImpactNotes).where(isNotNull(t.aiImpactNotes.roleSlug));
  await insertChunked(
    db,
    t.aiImpactNotes,
    notes.filter((r) => slugs.includes(r.roleSlug!)).map((r) => ({ ...withoutId(r), roleSlug: slug(r.roleSlug!) })),
  );
  // Each copy forms its own career graph, shaped like the curated one.
  const edges = await db.select().from(t.progressionEdges).where(inArray(t.progressionEdges.fromRole, slugs));
  await insertChunked(
    db,
    t.progressionEdges,
    edges.map((r) => ({ ...r, fromRole: slug(r.fromRole), toRole: slug(r.toRole) })),
  );
  const edgeSkills = await db.select().from(t.progressionEdgeSkills).where(inArray(t.progressionEdgeSkills.fromRole, slugs));
  await insertChunked(
    db,
    t.progressionEdgeSkills,
    edgeSkills.map((r) => ({ ...r, fromRole: slug(r.fromRole), toRole: slug(r.toRole) })),
  );
}

async function insertChunked(db: Database, table: PgTable, rows: Record<string, unknown>[]): Promise<void> {
  // Well under PostgreSQL's 65,535 bind parameters per statement.
  for (let i = 0; i < rows.length; i += 200) await db.insert(table).values(rows.slice(i, i + 200));
}
