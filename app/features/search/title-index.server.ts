import { monitorEventLoopDelay } from "node:perf_hooks";
import { eq, sql } from "drizzle-orm";
import type { Database } from "~db/client";
import * as t from "~db/schema";
import { getCurrentDataVersion, type DataVersion } from "~/features/data-pin/data-version.server";
import { TitleIndex, type OccupationTitleRow } from "~/features/search/title-index";
import { database, isDatabaseUnavailable, rowsOf } from "~/lib/db.server";

/*
 * The title index of the current data version (ADR 015): built from the database on first use and rebuilt when the
 * data version changes, so it always answers from the data the page is rendered with. One per database handle (the
 * tests open several in one process), the newest version only.
 */

/** Rows of occupation_titles read per query while building (on PGlite a read runs in our thread: ~20-60 ms each)… */
const TITLE_CHUNK = 2_500;
/** …and indexed between two turns of the event loop. */
const INDEX_SLICE = 500;

interface Held {
  tag: string;
  index: Promise<TitleIndex>;
}

const held = new WeakMap<Database, Held>();

/**
 * The index for the current data version. Pass the version the page already read to save its query; otherwise this
 * reads it (one query). A new version builds a new index first (about a dozen queries, ~0.5-1 s; requests that
 * need it meanwhile wait for the same build).
 */
export async function currentTitleIndex(version?: Pick<DataVersion, "tag">): Promise<TitleIndex> {
  const db = await database();
  const tag = tagOf(version ?? (await getCurrentDataVersion()));
  const existing = held.get(db);
  if (existing?.tag === tag) return existing.index;
  const index = buildTitleIndex(db, tag);
  held.set(db, { tag, index });
  // A failed build is not kept: the next search tries again.
  index.catch(() => {
    if (held.get(db)?.index === index) held.delete(db);
  });
  return index;
}

/**
 * Builds the current data version's index in the background (the server entry calls this once the app is imported,
 * after the database is prepared), so the first search does not wait for it. Logs how long it took and the longest
 * the event loop was held meanwhile; a failure is logged and the first search tries again.
 */
export function warmTitleIndex(): void {
  const started = performance.now();
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  currentTitleIndex()
    .then((index) => {
      delay.disable();
      console.log(
        `Search: title index of ${index.occupationTitleCount} occupation titles built in ${Math.round(performance.now() - started)} ms ` +
          `(event loop held at most ${Math.round(delay.max / 1e6)} ms at a time).`,
      );
    })
    .catch((error: unknown) => {
      delay.disable();
      // An unreachable database is logged once by the breaker (db/availability.ts): one line here, no stack.
      if (isDatabaseUnavailable(error))
        console.log("Search: the title index could not be built (the database is unreachable); the first search will try again.");
      else console.error("Search: the title index could not be built; the first search will try again.", error);
    });
}

const tagOf = (version: Pick<DataVersion, "tag"> | undefined) => version?.tag ?? "none";

/**
 * Reads every title and builds the index, in chunks with a turn of the event loop between them. The data version is
 * read again at the end: if a load committed meanwhile (another process on a PostgreSQL server), the rows may mix
 * two versions, so it starts over.
 */
async function buildTitleIndex(db: Database, tag: string, attempt = 1): Promise<TitleIndex> {
  const [roles, aliases, occupations, onetOccupations, roleOccupations, [span]] = await Promise.all([
    db.select({ slug: t.roles.slug, title: t.roles.title, summary: t.roles.summary }).from(t.roles),
    db
      .select({
        roleSlug: t.roleAliases.roleSlug,
        alias: t.roleAliases.alias,
        aliasNormalized: t.roleAliases.aliasNormalized,
        origin: t.roleAliases.origin,
        source: { id: t.sources.id, title: t.sources.title },
      })
      .from(t.roleAliases)
      .innerJoin(t.sources, eq(t.sources.id, t.roleAliases.sourceId)),
    db
      .select({
        socCode: t.occupations.socCode,
        title: t.occupations.title,
        detailed: sql<boolean>`${t.occupations.kind} = 'detailed'`,
        sourceId: t.occupations.sourceId,
        // Its base-year employment in the newest period: orders lines that match a title equally well.
        // (Written out: drizzle leaves a one-table select's columns unqualified, and "soc_code" alone would be the subquery's.)
        employment: sql<number | null>`(select p.employment_base from projections p where p.soc_code = occupations.soc_code
                                          order by p.base_year desc limit 1)`.mapWith(Number),
      })
      .from(t.occupations),
    db
      .select({
        onetCode: t.onetOccupations.onetCode,
        title: t.onetOccupations.title,
        blsCode: t.onetOccupations.blsCode,
        sourceId: t.onetOccupations.sourceId,
      })
      .from(t.onetOccupations),
    db
      .select({
        socCode: t.roleOccupations.socCode,
        onetCode: t.roleOccupations.onetCode,
        slug: t.roles.slug,
        title: t.roles.title,
        isPrimary: t.roleOccupations.isPrimary,
      })
      .from(t.roleOccupations)
      .innerJoin(t.roles, eq(t.roles.slug, t.roleOccupations.roleSlug)),
    db
      .select({ low: sql<number | null>`min(${t.occupationTitles.id})`, high: sql<number | null>`max(${t.occupationTitles.id})` })
      .from(t.occupationTitles),
  ]);
  const index = new TitleIndex({ roles, aliases, occupations, onetOccupations, roleOccupations });
  // The few hundred titles of O*NET occupations BLS projects nothing for (the military ones): "soldier" says why.
  index.addUnprojectedTitles(
    rowsOf<{ title: string; titleNormalized: string; onetCode: string }>(
      await db.execute(sql`
        select title, title_normalized as "titleNormalized", onet_code as "onetCode"
          from occupation_titles where soc_code is null and onet_code is not null order by id`),
    ),
  );
  const low = Number(span?.low ?? 1);
  const high = Number(span?.high ?? 0);
  for (let from = low; from <= high; from += TITLE_CHUNK) {
    const titles = await readTitles(db, from, from + TITLE_CHUNK - 1);
    // Indexed a slice at a time, with a turn of the event loop between slices (~5-20 ms each).
    for (let at = 0; at < titles.length; at += INDEX_SLICE) {
      await new Promise((resolve) => setImmediate(resolve));
      index.addOccupationTitles(titles.slice(at, at + INDEX_SLICE));
    }
  }
  index.finish();
  const after = tagOf(await getCurrentDataVersion());
  if (after === tag) return index;
  if (attempt >= 3) throw new Error(`The data version changed while the title index was being built (${tag} → ${after})`);
  return buildTitleIndex(db, after, attempt + 1);
}

/** One chunk of titles with a BLS line, as one JSON text (far cheaper than rows on PGlite: ~10x for 70,000 titles). */
async function readTitles(db: Database, from: number, to: number): Promise<OccupationTitleRow[]> {
  const result = await db.execute(sql`
    select coalesce(json_agg(json_build_array(soc_code, title, title_normalized, origin, onet_code, source_id, short_title, onet_sources) order by id), '[]')::text as titles
      from occupation_titles
     where soc_code is not null and id between ${from} and ${to}
  `);
  const [row] = rowsOf<{ titles: string }>(result);
  const tuples = JSON.parse(row?.titles ?? "[]") as [
    string,
    string,
    string,
    OccupationTitleRow["origin"],
    string | null,
    string,
    string | null,
    string | null,
  ][];
  return tuples.map(([socCode, title, titleNormalized, origin, onetCode, sourceId, shortTitle, onetSources]) => ({
    socCode,
    title,
    titleNormalized,
    origin,
    onetCode,
    sourceId,
    shortTitle,
    onetSources,
  }));
}
