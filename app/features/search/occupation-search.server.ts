import { sql } from "drizzle-orm";
import { normalizeTitle } from "~db/text";
import { database, rowsOf } from "~/lib/db.server";
import { techFamilyOf } from "~/features/occupations/tech-families";
import { MAX_QUERY_LENGTH, type MatchQuality, type OccupationMatchOrigin } from "~/features/search/search";
import { SEARCH_THRESHOLDS } from "~/features/search/queries.server";

/** One BLS occupation found by the title search, with the single best reason it was found. */
export interface OccupationSearchHit {
  socCode: string;
  title: string;
  quality: MatchQuality;
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

const QUALITY_BY_TIER: Record<number, MatchQuality> = { 3: "exact", 2: "prefix", 1: "fuzzy" };

/**
 * Searches every title of every occupation: BLS occupation titles, O*NET occupation titles, O*NET alternate and
 * reported titles and BLS sample titles (~65,000). One row per BLS line, its best match. Exact, start-of-title and
 * start-of-word matches, and close spellings: those use pg_trgm's `%` (similarity ≥ 0.3, its default) and `<%`
 * (word similarity ≥ 0.6, its default) operators, so the trigram index on title_normalized answers them instead of
 * a scan. Below the role search's match levels nothing is returned: a weak hit over 65,000 titles is noise.
 * One query, parameterized.
 */
export async function searchOccupations({ q, limit = 10 }: { q: string; limit?: number }): Promise<OccupationSearchHit[]> {
  const normalized = normalizeTitle(q.slice(0, MAX_QUERY_LENGTH));
  if (normalized.length === 0) return [];
  const fuzzy = normalized.replace(/[+# ]/g, "").length >= 3;
  const rowLimit = Math.min(Math.max(Math.trunc(limit), 1), 50);
  const t = SEARCH_THRESHOLDS;
  const db = await database();
  const result = await db.execute(sql`
    with params as (select ${normalized}::text as q, ${fuzzy}::boolean as fuzzy),
    candidates as materialized (
      select t.soc_code, t.title as matched_text, t.title_normalized as normalized, t.origin::text as origin,
             t.onet_code, t.source_id
        from occupation_titles t, params p
       where t.soc_code is not null
         and (t.title_normalized like p.q || '%'
              or t.title_normalized like '% ' || p.q || '%'
              or (p.fuzzy and (t.title_normalized % p.q or p.q <% t.title_normalized)))
      union all
      select o.soc_code, o.title, btrim(regexp_replace(lower(o.title), '[^[:alnum:]+#]+', ' ', 'g')), 'bls_title', null, o.source_id
        from occupations o where o.kind = 'detailed'
      union all
      select o.bls_code, o.title, btrim(regexp_replace(lower(o.title), '[^[:alnum:]+#]+', ' ', 'g')), 'onet_title', o.onet_code,
             o.source_id
        from onet_occupations o where o.bls_code is not null
    ),
    scored as (
      select c.*,
             case
               when c.normalized = p.q then 3
               when starts_with(c.normalized, p.q) or strpos(c.normalized, ' ' || p.q) > 0 then 2
               when p.fuzzy and (similarity(c.normalized, p.q) >= ${t.matchSimilarity}::real
                                 or word_similarity(p.q, c.normalized) >= ${t.matchWordSimilarity}::real) then 1
               else 0
             end as tier,
             case when p.fuzzy then similarity(c.normalized, p.q) else 0 end as sim,
             starts_with(c.normalized, p.q) as at_start
        from candidates c, params p
    ),
    best as (
      select distinct on (soc_code) *
        from scored where tier > 0
       order by soc_code, tier desc, at_start desc, sim desc,
                (origin = 'bls_title') desc, (origin = 'onet_title') desc, matched_text collate "C"
    )
    select b.soc_code, o.title, b.matched_text, b.origin, b.tier, b.source_id, oo.title as onet_title,
           (select coalesce(json_agg(json_build_object('slug', r.slug, 'title', r.title) order by ro.is_primary desc, r.title), '[]')
              from role_occupations ro join roles r on r.slug = ro.role_slug where ro.soc_code = b.soc_code) as roles
      from best b
      join occupations o on o.soc_code = b.soc_code
      left join onet_occupations oo on oo.onet_code = b.onet_code
     order by b.tier desc, b.at_start desc, b.sim desc, length(o.title), o.title collate "C"
     limit ${rowLimit}
  `);
  return rowsOf<Row>(result).map((r) => {
    const roles = typeof r.roles === "string" ? (JSON.parse(r.roles) as { slug: string; title: string }[]) : (r.roles ?? []);
    return {
      socCode: r.soc_code,
      title: r.title,
      quality: QUALITY_BY_TIER[r.tier] ?? "fuzzy",
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
