import { sql } from "drizzle-orm";
import { normalizeTitle } from "~db/text";
import { database, rowsOf } from "~/lib/db.server";
import { MAX_QUERY_LENGTH } from "~/features/search/search";
import { OCCUPATION_ANSWER_SIMILARITY, OCCUPATION_SUGGESTION_SIMILARITY, type OccupationSearchHit } from "~/features/search/title-index";
import { getCurrentDataVersion, type DataVersion } from "~/features/data-pin/data-version.server";
import { rememberForDataVersion } from "~/features/data-pin/remember.server";
import { currentTitleIndex } from "~/features/search/title-index.server";

export type { OccupationSearchHit };
export { OCCUPATION_ANSWER_SIMILARITY, OCCUPATION_SUGGESTION_SIMILARITY };

/**
 * Searches every title of every occupation (BLS and O*NET occupation titles, O*NET alternate and reported titles,
 * BLS sample titles: ~72,000) in the title index of the current data version (ADR 014 for what counts, ADR 015 for
 * the index). One row per BLS line, its best match: exact, start-of-title and start-of-word matches first; close
 * spellings only when there are none, graded by whole-title similarity (from OCCUPATION_ANSWER_SIMILARITY an answer,
 * from OCCUPATION_SUGGESTION_SIMILARITY a "did you mean", below that nothing). One query (which data version is
 * current).
 */
export async function searchOccupations({ q, limit = 10 }: { q: string; limit?: number }): Promise<OccupationSearchHit[]> {
  if (normalizeTitle(q.slice(0, MAX_QUERY_LENGTH)).length === 0) return [];
  return (await currentTitleIndex()).searchOccupations({ q, limit });
}

export interface NearestTechRole {
  slug: string;
  title: string;
  reason: "related" | "technology";
  via: string;
  /** For "technology": how many of O*NET's technology examples `via` has in common with the occupation. */
  shared: number | null;
}

/**
 * `listNearestTechRoles`, remembered per data version: its query takes 15-100 ms on PGlite (joins over O*NET's
 * related occupations and technologies), and it asks the same of the same data every time (ADR 015). The first
 * search landing on an occupation pays it once per data version; no query after that.
 */
export async function findNearestTechRoles({ of, dataVersion }: { of: NearestTo; dataVersion?: DataVersion }): Promise<NearestTechRole[]> {
  const version = dataVersion ?? (await getCurrentDataVersion());
  const key = "onetCode" in of ? `onet:${of.onetCode}` : of.socCode;
  return rememberForDataVersion(version, `nearest-tech-roles:${key}`, () => listNearestTechRoles({ of }));
}

/** A BLS line (every O*NET occupation filed under it), or one O*NET occupation. */
export type NearestTo = { socCode: string } | { onetCode: string };

/**
 * The tech roles nearest to an occupation outside tech (or to one O*NET occupation no role is filed under, such as
 * Penetration Testers inside "Computer occupations, all other"): roles filed under the occupations O*NET lists as
 * related to it (in O*NET's order), else the roles filed under the O*NET occupations that share the most technologies
 * with it (each role by its best such occupation). A role counts for an O*NET occupation when it is filed under that
 * occupation, or under its BLS line without naming one (Cloud Engineer, filed under 15-1299.08, is not near everything
 * related to another part of 15-1299). Up to `limit`, each with the reason. One query.
 */
export async function listNearestTechRoles({ of, limit = 3 }: { of: NearestTo; limit?: number }): Promise<NearestTechRole[]> {
  const db = await database();
  const mineWhere = "onetCode" in of ? sql`onet_code = ${of.onetCode}` : sql`bls_code = ${of.socCode}`;
  const filedUnder = (o: string) => sql.raw(`(ro.onet_code = ${o}.onet_code or (ro.onet_code is null and ro.soc_code = ${o}.bls_code))`);
  const result = await db.execute(sql`
    with mine as materialized (select onet_code from onet_occupations where ${mineWhere}),
    -- Joined from "mine" (a handful of codes) so the primary keys' indexes are used: an IN (subquery) here was
    -- planned as a scan of all 18,460 related-occupation rows (30-100 ms on PGlite).
    related as (
      select distinct on (r.slug) r.slug, r.title, 'related'::text as reason, o.title as via, min(rel.rank) over (partition by r.slug) as score
        from mine
        join onet_related_occupations rel on rel.onet_code = mine.onet_code
        join onet_occupations o on o.onet_code = rel.related_onet_code
        join role_occupations ro on ro.soc_code = o.bls_code and ${filedUnder("o")}
        join roles r on r.slug = ro.role_slug
       order by r.slug, rel.rank
    ),
    -- Technologies in common with each O*NET occupation, then each role's best occupation among those it is filed
    -- under (not the union of them all, which favoured roles filed under two broad occupations), ties to the occupation
    -- with the shorter list of technologies (more of its list is shared).
    in_common as (
      select ts.onet_code, count(distinct ts.example)::int as n
        from mine
        join onet_technology_skills mine_ts on mine_ts.onet_code = mine.onet_code
        join onet_technology_skills ts on ts.example = mine_ts.example and ts.onet_code <> mine_ts.onet_code
       where not exists (select 1 from related)
       group by ts.onet_code
    ),
    shared as (
      select distinct on (r.slug) r.slug, r.title, 'technology'::text as reason, o.title as via, -c.n as score, c.n as shared,
             (select count(*) from onet_technology_skills own where own.onet_code = o.onet_code)::int as listed
        from in_common c
        join onet_occupations o on o.onet_code = c.onet_code
        join role_occupations ro on ro.soc_code = o.bls_code and ${filedUnder("o")}
        join roles r on r.slug = ro.role_slug
       order by r.slug, c.n desc, listed, o.title collate "C"
    )
    select slug, title, reason, via, shared from (
      select slug, title, reason, via, score, null::int as shared, 0 as listed from related
      union all
      select slug, title, reason, via, score, shared, listed from shared
    ) x
     order by (reason = 'related') desc, score, listed, title collate "C"
     limit ${limit}
  `);
  return rowsOf<NearestTechRole>(result);
}
