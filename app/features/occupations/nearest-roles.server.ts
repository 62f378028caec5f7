import { sql } from "drizzle-orm";
import { database, rowsOf } from "~/lib/db.server";
import { getCurrentDataVersion } from "~/features/data-pin/data-version.server";
import { rememberForDataVersion, type DataVersionKey } from "~/lib/data-version-memo.server";
import { FEW_OCCUPATIONS_DIVISOR, MIN_DISTINCTIVE_TECHNOLOGIES } from "~/features/occupations/nearest-roles";

/*
 * The curated tech roles nearest to an occupation no role is filed under: offered by the title search when its best
 * answer is such an occupation, and by that occupation's profile.
 */

export interface NearestTechRole {
  slug: string;
  title: string;
  reason: "related" | "technology";
  via: string;
  /** For "technology": how many of O*NET's technology examples `via` has in common with the occupation. */
  shared: number | null;
  /** For "technology": up to three of them that few occupations list, the fewest first. */
  examples: string[] | null;
  /** For "technology": whether `via` is the role's primary O*NET occupation (else one it is also filed under). */
  viaPrimary: boolean | null;
  /** The source of the reason (O*NET's related occupations or its technology examples): its id and title. */
  sourceId: string;
  sourceTitle: string;
}

export { FEW_OCCUPATIONS_DIVISOR, MIN_DISTINCTIVE_TECHNOLOGIES };

/**
 * `listNearestTechRoles`, remembered per data version: its query takes 15-100 ms on PGlite (joins over O*NET's
 * related occupations and technologies), and it asks the same of the same data every time (ADR 015). The first
 * search or profile landing on an occupation pays it once per data version; no query after that (nor one for the
 * current version, when the page already read it).
 */
export async function findNearestTechRoles({
  of,
  dataVersion,
}: {
  of: NearestTo;
  dataVersion?: DataVersionKey;
}): Promise<NearestTechRole[]> {
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
 * few occupations list (at least MIN_DISTINCTIVE_TECHNOLOGIES; each role by its best such occupation), else none:
 * two occupations that both use Microsoft Excel are not near. A role counts for an O*NET occupation when it is filed
 * under that occupation, or under its BLS line without naming one (Cloud Engineer, filed under 15-1299.08, is not near
 * everything related to another part of 15-1299). Up to `limit`, each with the reason and its source. One query.
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
      select distinct on (r.slug) r.slug, r.title, 'related'::text as reason, o.title as via, min(rel.rank) over (partition by r.slug) as score,
             rel.source_id
        from mine
        join onet_related_occupations rel on rel.onet_code = mine.onet_code
        join onet_occupations o on o.onet_code = rel.related_onet_code
        join role_occupations ro on ro.soc_code = o.bls_code and ${filedUnder("o")}
        join roles r on r.slug = ro.role_slug
       order by r.slug, rel.rank
    ),
    -- Technologies in common with each O*NET occupation, counting apart those few occupations list (office software
    -- such as Microsoft Excel is listed for 859 of 923, and says nothing of nearness); then each role by its best O*NET
    -- occupation among those it is filed under (not the union of them all, which favoured roles filed under two broad
    -- occupations), if it has enough of the few-listed ones; ties to the occupation with the shorter list.
    pairs as (
      select ts.onet_code, ts.example, min(ts.source_id) as source_id
        from mine
        join onet_technology_skills mine_ts on mine_ts.onet_code = mine.onet_code
        join onet_technology_skills ts on ts.example = mine_ts.example and ts.onet_code <> mine_ts.onet_code
       where not exists (select 1 from related)
       group by ts.onet_code, ts.example
    ),
    listing as (select count(distinct onet_code)::int as total from onet_technology_skills where exists (select 1 from pairs)),
    in_common as (
      select p.onet_code, count(*)::int as n, count(*) filter (where few)::int as distinctive,
             (array_agg(p.example order by t.listed, p.example collate "C") filter (where few))[1:3] as examples,
             min(p.source_id) as source_id
        from pairs p
        join technologies t on t.name = p.example
        cross join listing l
        cross join lateral (select t.listed * ${FEW_OCCUPATIONS_DIVISOR} < l.total as few) f
       group by p.onet_code
    ),
    shared as (
      select distinct on (r.slug) r.slug, r.title, 'technology'::text as reason, o.title as via, -c.distinctive as score,
             c.n as shared, c.examples, ro.is_primary as via_primary, c.source_id,
             (select count(*) from onet_technology_skills own where own.onet_code = o.onet_code)::int as listed
        from in_common c
        join onet_occupations o on o.onet_code = c.onet_code
        join role_occupations ro on ro.soc_code = o.bls_code and ${filedUnder("o")}
        join roles r on r.slug = ro.role_slug
       where c.distinctive >= ${MIN_DISTINCTIVE_TECHNOLOGIES}
       order by r.slug, c.distinctive desc, c.n desc, listed, o.title collate "C"
    )
    select slug, x.title, reason, via, shared, examples, via_primary as "viaPrimary", source_id as "sourceId", s.title as "sourceTitle" from (
      select slug, title, reason, via, score, null::int as shared, null::text[] as examples, null::boolean as via_primary, 0 as listed,
             source_id from related
      union all
      select slug, title, reason, via, score, shared, examples, via_primary, listed, source_id from shared
    ) x
    join sources s on s.id = x.source_id
     order by (reason = 'related') desc, score, shared desc nulls last, listed, x.title collate "C"
     limit ${limit}
  `);
  return rowsOf<NearestTechRole>(result);
}
