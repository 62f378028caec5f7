import { asc, sql } from "drizzle-orm";
import { normalizeTitle } from "~db/text";
import { roles } from "~db/schema";
import { CAREER_CLUSTERS, type AliasOrigin, type CareerCluster } from "~db/schema/enums";
import { database, rowsOf } from "~/lib/db.server";
import { MAX_QUERY_LENGTH, type MatchQuality, type TitleSearchHit } from "~/features/search/search";

export type { TitleSearchHit };

/**
 * pg_trgm thresholds, compared as constants (no set_limit(): session state would leak between requests on a
 * pooled connection). A title matches when either score reaches the match level; below that, down to the
 * suggestion level, it is only offered as "did you mean". Tuned on the curated titles: typos such as
 * "bakend developr" (word similarity 0.63) and "data sceintist" (0.58) match, "qwzx" (0.2) does not.
 */
export const SEARCH_THRESHOLDS = {
  matchSimilarity: 0.3,
  matchWordSimilarity: 0.5,
  suggestSimilarity: 0.15,
  suggestWordSimilarity: 0.3,
} as const;

const SUGGESTION_LIMIT = 5;

export interface TitleSearchOutcome {
  /** The query as compared (normalizeTitle of the input, the form the seed stores aliases in). */
  normalized: string;
  /** Roles whose title or an alias matched, best first, one per role. */
  results: TitleSearchHit[];
  /** Only when nothing matched: the closest titles by trigram similarity (a lower threshold). */
  suggestions: TitleSearchHit[];
}

interface SearchRow {
  slug: string;
  title: string;
  summary: string;
  matched_text: string;
  kind: "title" | "alias";
  tier: number;
  origin: AliasOrigin | null;
  source_id: string | null;
  source_publisher: string | null;
  source_title: string | null;
}

const QUALITY_BY_TIER: Record<number, MatchQuality | undefined> = { 3: "exact", 2: "prefix", 1: "fuzzy" };

/**
 * Searches role titles and aliases (alias_normalized carries a gin_trgm_ops index). Ranking: exact (equal
 * after normalization, or equal ignoring spaces: "backend" = "back end") > prefix (the query starts the
 * title or one of its words) > fuzzy (pg_trgm similarity or word_similarity above a threshold); ties by
 * the mean of the two similarities, then title. One row per role: its best match. One query, parameterized; none when the query has
 * no letters or digits left after normalization.
 */
export async function searchTitles({ q, limit = 20 }: { q: string; limit?: number }): Promise<TitleSearchOutcome> {
  const normalized = normalizeTitle(q.slice(0, MAX_QUERY_LENGTH));
  if (normalized.length === 0) return { normalized, results: [], suggestions: [] };
  const compact = normalized.replaceAll(" ", "");
  // Trigrams of one or two letters ("c++" is the trigrams of "c") match half the titles: short queries match
  // by exact or prefix only.
  const fuzzy = compact.replace(/[+#]/g, "").length >= 3;
  const rowLimit = Math.min(Math.max(Math.trunc(limit), 1), 50);
  const t = SEARCH_THRESHOLDS;
  const db = await database();
  // Role titles are normalized here the way normalizeTitle does for ASCII titles (tests/db/search.test.ts
  // checks every seeded title), so titles and aliases are compared in one form.
  const result = await db.execute(sql`
    with params as (
      select ${normalized}::text as q, ${compact}::text as qc, ${fuzzy}::boolean as fuzzy
    ),
    candidates as (
      select r.slug as role_slug, r.title as matched_text,
             btrim(regexp_replace(lower(r.title), '[^[:alnum:]+#]+', ' ', 'g')) as normalized,
             'title'::text as kind, null::text as origin, null::text as source_id
        from roles r
      union all
      select a.role_slug, a.alias, a.alias_normalized, 'alias'::text, a.origin::text, a.source_id
        from role_aliases a
    ),
    -- Materialized so each trigram function runs once per candidate (an inlined CTE repeats the expressions).
    -- word_similarity(q, t) >= similarity(t, q) (the whole title is one of the extents it tries), so only
    -- candidates with a word similarity at the suggestion level need the second function.
    flagged as materialized (
      select c.*,
             (c.normalized = p.q or replace(c.normalized, ' ', '') = p.qc) as is_exact,
             (starts_with(c.normalized, p.q) or starts_with(replace(c.normalized, ' ', ''), p.qc)) as at_start,
             strpos(c.normalized, ' ' || p.q) > 0 as at_word,
             case when p.fuzzy then word_similarity(p.q, c.normalized) else 0 end as word_sim
        from candidates c cross join params p
    ),
    scored as materialized (
      select f.*, case when p.fuzzy then similarity(f.normalized, p.q) else 0 end as sim
        from flagged f cross join params p
       where f.is_exact or f.at_start or f.at_word or f.word_sim >= ${Math.min(t.suggestSimilarity, t.suggestWordSimilarity)}::real
    ),
    tiered as (
      select s.*,
             case
               when s.is_exact then 3
               when s.at_start or s.at_word then 2
               when s.sim >= ${t.matchSimilarity}::real or s.word_sim >= ${t.matchWordSimilarity}::real then 1
               else 0
             end as tier,
             (s.sim + s.word_sim) / 2 as score
        from scored s
       where s.is_exact or s.at_start or s.at_word
          or s.sim >= ${t.suggestSimilarity}::real or s.word_sim >= ${t.suggestWordSimilarity}::real
    ),
    best as (
      select distinct on (role_slug) *
        from tiered
       order by role_slug, tier desc, at_start desc, score desc, sim desc,
                (kind = 'title') desc, matched_text collate "C"
    )
    select r.slug, r.title, r.summary, b.matched_text, b.kind, b.tier, b.origin, b.source_id,
           src.publisher as source_publisher, src.title as source_title
      from best b
      join roles r on r.slug = b.role_slug
      left join sources src on src.id = b.source_id
     order by b.tier desc, b.at_start desc, b.score desc, b.sim desc, r.title collate "C"
     limit ${rowLimit}
  `);
  const rows = rowsOf<SearchRow>(result).map(toHit);
  const results = rows.flatMap((r) => (r.hit ? [r.hit] : []));
  const suggestions = results.length > 0 ? [] : rows.slice(0, SUGGESTION_LIMIT).map((r) => r.closest);
  return { normalized, results, suggestions };
}

function toHit(row: SearchRow): { hit: TitleSearchHit | undefined; closest: TitleSearchHit } {
  const quality = QUALITY_BY_TIER[row.tier];
  const build = (q: MatchQuality): TitleSearchHit => ({
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    match:
      row.kind === "alias" && row.origin && row.source_id
        ? {
            kind: "alias",
            quality: q,
            text: row.matched_text,
            origin: row.origin,
            source: { id: row.source_id, publisher: row.source_publisher ?? "", title: row.source_title ?? "" },
          }
        : { kind: "title", quality: q, text: row.matched_text },
  });
  return { hit: quality ? build(quality) : undefined, closest: build("fuzzy") };
}

export interface BrowseRole {
  slug: string;
  title: string;
  careerCluster: CareerCluster;
}

/**
 * A short list to browse when there is nothing (or nothing found) to show: one role per career cluster, the
 * most junior one (then by title), in the clusters' display order. One query.
 */
export async function listBrowseRoles(): Promise<BrowseRole[]> {
  const db = await database();
  const rows = await db
    .selectDistinctOn([roles.careerCluster], { slug: roles.slug, title: roles.title, careerCluster: roles.careerCluster })
    .from(roles)
    .orderBy(asc(roles.careerCluster), asc(roles.level), sql`${roles.title} collate "C"`);
  return rows.sort((a, b) => CAREER_CLUSTERS.indexOf(a.careerCluster) - CAREER_CLUSTERS.indexOf(b.careerCluster));
}
