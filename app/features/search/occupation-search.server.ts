import { sql } from "drizzle-orm";
import { normalizeTitle } from "~db/text";
import { database, rowsOf } from "~/lib/db.server";
import { techFamilyOf } from "~/features/occupations/tech-families";
import { MAX_QUERY_LENGTH, type MatchQuality, type OccupationMatchOrigin } from "~/features/search/search";

/** One BLS occupation found by the title search, with the single best reason it was found. */
export interface OccupationSearchHit {
  socCode: string;
  title: string;
  quality: MatchQuality;
  /** False for a close spelling below OCCUPATION_ANSWER_SIMILARITY: never an answer, at most "did you mean". */
  confident: boolean;
  /** The title that matched, as its publisher writes it. */
  matchedText: string;
  origin: OccupationMatchOrigin;
  /** The O*NET occupation the matched title belongs to, when it is an O*NET title. */
  onetTitle: string | null;
  sourceId: string | null;
  /** Ours: computer, math, engineering, tech management or design by code, or a curated tech role filed under it. */
  isTech: boolean;
  roles: { slug: string; title: string }[];
}

interface Row {
  soc_code: string;
  title: string;
  matched_text: string;
  origin: OccupationMatchOrigin;
  onet_title: string | null;
  source_id: string | null;
  tier: number;
  roles: { slug: string; title: string }[] | string | null;
}

const QUALITY_BY_TIER: Record<number, MatchQuality> = { 3: "exact", 2: "prefix", 1: "fuzzy", 0: "fuzzy" };

/**
 * How close a close spelling must be, as pg_trgm similarity of the whole title, to be an answer ("accountnt" →
 * Accountant 0.62, "statistican" → Statistician 0.67) rather than a look-alike offered as "did you mean"
 * ("bakend developr" → the O*NET title "Developer" 0.37; "backnd enginer" → "Engineer" 0.41). Below the
 * suggestion level it is not shown at all ("sre" → "Skincare Specialist" 0.10).
 */
export const OCCUPATION_ANSWER_SIMILARITY = 0.5;
export const OCCUPATION_SUGGESTION_SIMILARITY = 0.3;

/**
 * Searches every title of every occupation: BLS occupation titles, O*NET occupation titles, O*NET alternate and
 * reported titles and BLS sample titles (~72,000). One row per BLS line, its best match. Exact, start-of-title and
 * start-of-word matches come through the trigram index's LIKE support; close spellings (pg_trgm's % and <%
 * operators at their default thresholds, also through the index) are looked for only when nothing matched that
 * way, and graded by whole-title similarity: from OCCUPATION_ANSWER_SIMILARITY an answer, from
 * OCCUPATION_SUGGESTION_SIMILARITY a "did you mean", below that nothing. One query, parameterized.
 */
export async function searchOccupations({ q, limit = 10 }: { q: string; limit?: number }): Promise<OccupationSearchHit[]> {
  const normalized = normalizeTitle(q.slice(0, MAX_QUERY_LENGTH));
  if (normalized.length === 0) return [];
  const letters = normalized.replace(/[+# ]/g, "").length;
  // One or two letters start thousands of titles: exact matches only. Close spellings from four letters.
  const short = letters < 3;
  const fuzzy = letters >= 4;
  const rowLimit = Math.min(Math.max(Math.trunc(limit), 1), 50);
  const db = await database();
  const result = await db.execute(sql`
    with params as (select ${normalized}::text as q, ${fuzzy}::boolean as fuzzy, ${short}::boolean as short),
    -- Exact, start-of-title and start-of-word matches: the trigram index answers the LIKEs (one- and two-letter
    -- queries look for equal titles only, which scans the table: ~70,000 short strings).
    strong as materialized (
      select t.soc_code, t.title as matched_text, t.origin::text as origin, t.onet_code, t.source_id,
             case when t.title_normalized = p.q then 3 else 2 end as tier,
             starts_with(t.title_normalized, p.q) as at_start, length(t.title_normalized) as len, 0::real as sim
        from occupation_titles t, params p
       where t.soc_code is not null
         and (t.title_normalized = p.q
              or (not p.short and (t.title_normalized like p.q || '%' or t.title_normalized like '% ' || p.q || '%')))
      union all
      select o.soc_code, o.title, 'bls_title', null, o.source_id,
             case when lower(o.title) = p.q then 3 else 2 end, starts_with(lower(o.title), p.q), length(o.title), 0
        from occupations o, params p
       where o.kind = 'detailed'
         and (lower(o.title) = p.q or (not p.short and (lower(o.title) like p.q || '%' or lower(o.title) like '% ' || p.q || '%')))
      union all
      select o.bls_code, o.title, 'onet_title', o.onet_code, o.source_id,
             case when lower(o.title) = p.q then 3 else 2 end, starts_with(lower(o.title), p.q), length(o.title), 0
        from onet_occupations o, params p
       where o.bls_code is not null
         and (lower(o.title) = p.q or (not p.short and (lower(o.title) like p.q || '%' or lower(o.title) like '% ' || p.q || '%')))
    ),
    -- Close spellings, only when nothing matched exactly or in part (then they could only be "did you mean"
    -- look-alikes, and the trigram operators' recheck is the costly part of the search). pg_trgm's % and <% operators
    -- at their default thresholds (0.3 and 0.6) use the index; similarity grades them below.
    fuzzy as materialized (
      select t.soc_code, t.title as matched_text, t.origin::text as origin, t.onet_code, t.source_id,
             similarity(t.title_normalized, p.q) as sim
        from occupation_titles t, params p
       where p.fuzzy and not exists (select 1 from strong)
         and t.soc_code is not null and (t.title_normalized % p.q or p.q <% t.title_normalized)
      union all
      select o.soc_code, o.title, 'bls_title', null, o.source_id, similarity(lower(o.title), p.q)
        from occupations o, params p
       where p.fuzzy and not exists (select 1 from strong) and o.kind = 'detailed' and lower(o.title) % p.q
    ),
    candidates as (
      select soc_code, matched_text, origin, onet_code, source_id, tier, at_start, len, sim from strong
      union all
      select soc_code, matched_text, origin, onet_code, source_id,
             case when sim >= ${OCCUPATION_ANSWER_SIMILARITY}::real then 1 else 0 end, false, length(matched_text), sim
        from fuzzy where sim >= ${OCCUPATION_SUGGESTION_SIMILARITY}::real
    ),
    best as (
      select distinct on (soc_code) *
        from candidates
       order by soc_code, tier desc, at_start desc, sim desc, len,
                (origin = 'bls_title') desc, (origin = 'onet_title') desc, matched_text collate "C"
    )
    select b.soc_code, o.title, b.matched_text, b.origin, b.tier, b.source_id, oo.title as onet_title,
           (select coalesce(json_agg(json_build_object('slug', r.slug, 'title', r.title) order by ro.is_primary desc, r.title), '[]')
              from role_occupations ro join roles r on r.slug = ro.role_slug where ro.soc_code = b.soc_code) as roles
      from (select * from best order by tier desc, at_start desc, sim desc, len, matched_text collate "C" limit ${rowLimit}) b
      join occupations o on o.soc_code = b.soc_code
      left join onet_occupations oo on oo.onet_code = b.onet_code
     order by b.tier desc, b.at_start desc, b.sim desc, b.len, o.title collate "C"
  `);
  return rowsOf<Row>(result).map((r) => {
    const roles = typeof r.roles === "string" ? (JSON.parse(r.roles) as { slug: string; title: string }[]) : (r.roles ?? []);
    return {
      socCode: r.soc_code,
      title: r.title,
      quality: QUALITY_BY_TIER[r.tier] ?? "fuzzy",
      confident: r.tier > 0,
      matchedText: r.matched_text,
      origin: r.origin,
      onetTitle: r.onet_title,
      sourceId: r.source_id,
      isTech: roles.length > 0 || techFamilyOf(r.soc_code) !== undefined,
      roles,
    };
  });
}

/**
 * The tech roles nearest to an occupation outside tech: roles filed under the occupations O*NET lists as related
 * to it (in O*NET's order), else the roles whose O*NET occupations share the most technologies with it. Up to
 * `limit`, each with the reason. One query.
 */
export async function listNearestTechRoles({
  socCode,
  limit = 3,
}: {
  socCode: string;
  limit?: number;
}): Promise<{ slug: string; title: string; reason: "related" | "technology"; via: string }[]> {
  const db = await database();
  const result = await db.execute(sql`
    with mine as (select onet_code from onet_occupations where bls_code = ${socCode}),
    related as (
      select distinct on (r.slug) r.slug, r.title, 'related'::text as reason, o.title as via, min(rel.rank) over (partition by r.slug) as score
        from onet_related_occupations rel
        join onet_occupations o on o.onet_code = rel.related_onet_code
        join role_occupations ro on ro.soc_code = o.bls_code
        join roles r on r.slug = ro.role_slug
       where rel.onet_code in (select onet_code from mine)
       order by r.slug, rel.rank
    ),
    shared as (
      select r.slug, r.title, 'technology'::text as reason, min(o.title) as via, -count(distinct ts.example) as score
        from onet_technology_skills mine_ts
        join onet_technology_skills ts on ts.example = mine_ts.example and ts.onet_code <> mine_ts.onet_code
        join onet_occupations o on o.onet_code = ts.onet_code
        join role_occupations ro on ro.soc_code = o.bls_code
        join roles r on r.slug = ro.role_slug
       where mine_ts.onet_code in (select onet_code from mine)
         and not exists (select 1 from related)
       group by r.slug, r.title
    )
    select slug, title, reason, via from (select * from related union all select * from shared) x
     order by (reason = 'related') desc, score, title collate "C"
     limit ${limit}
  `);
  return rowsOf<{ slug: string; title: string; reason: "related" | "technology"; via: string }>(result);
}
