import { sql, type SQL } from "drizzle-orm";
import { database, rowsOf } from "~/lib/db.server";
import { techOccupationSql } from "~/features/occupations/queries.server";

/**
 * How many O*NET occupations, in every family, flag a technology In Demand. The skill page's "in all" count; the skill
 * page's own In Demand list (skill_flags) keeps only those filed under the BLS occupations our tech roles map to.
 */
export function inDemandOnetOccupationsSql(name: SQL): SQL {
  return sql`(select count(distinct ots.onet_code)::int from onet_technology_skills ots where ots.example = ${name} and ots.in_demand)`;
}

/**
 * How many BLS occupations have an O*NET occupation that flags a technology In Demand (occupation_technologies: each
 * line once). The one count /technologies, /technologies/:slug and the skill pages give, so they cannot disagree.
 */
export function inDemandLinesSql(name: SQL): SQL {
  return sql`(select count(*)::int from occupation_technologies ot where ot.example = ${name} and ot.in_demand)`;
}

export interface Technology {
  name: string;
  slug: string;
  /** O*NET occupations that list it. */
  listed: number;
  hot: boolean;
  inDemand: boolean;
  /** O*NET occupations, in every family, that flag it In Demand. */
  inDemandOnetOccupations: number;
  /** BLS occupations with an O*NET occupation that flags it In Demand. */
  inDemandLines: number;
  sourceId: string;
  /** Our curated skills that stand for it (each has its own page). */
  skills: { slug: string; name: string }[];
}

/** One O*NET technology by its address, with the curated skills that name it. One query. */
export async function getTechnology(slug: string): Promise<Technology | undefined> {
  const db = await database();
  const [row] = rowsOf<Omit<Technology, "skills"> & { skills: Technology["skills"] | string }>(
    await db.execute(sql`
      select t.name, t.slug, t.listed, t.hot, t.in_demand as "inDemand", t.source_id as "sourceId",
             ${inDemandOnetOccupationsSql(sql`t.name`)} as "inDemandOnetOccupations", ${inDemandLinesSql(sql`t.name`)} as "inDemandLines",
             coalesce((select json_agg(json_build_object('slug', s.slug, 'name', s.name) order by s.name)
                         from skills s where t.name = any(s.onet_examples)), '[]'::json) as skills
        from technologies t where t.slug = ${slug}`),
  );
  if (!row) return undefined;
  return {
    ...row,
    listed: Number(row.listed),
    inDemandOnetOccupations: Number(row.inDemandOnetOccupations),
    inDemandLines: Number(row.inDemandLines),
    skills: typeof row.skills === "string" ? (JSON.parse(row.skills) as Technology["skills"]) : row.skills,
  };
}

export interface TechnologyOccupation {
  socCode: string;
  title: string;
  tech: boolean;
  inDemand: boolean;
  hot: boolean;
  changePercent: number | null;
  annualOpenings: number | null;
  medianAnnualWage: number | null;
  wageYear: number | null;
  projectionSourceId: string | null;
}

/**
 * The detailed BLS occupations whose O*NET occupations list a technology: in demand first, then tech, then by
 * projected growth in the period. One query.
 */
export async function listTechnologyOccupations(name: string, vintage: string): Promise<TechnologyOccupation[]> {
  const db = await database();
  const rows = rowsOf<Omit<TechnologyOccupation, "changePercent"> & { changePercent: string | number | null }>(
    await db.execute(sql`
      select ot.soc_code as "socCode", oc.title, ${techOccupationSql(sql`ot.soc_code`)} as tech, ot.in_demand as "inDemand", ot.hot,
             pr.change_percent as "changePercent", pr.annual_openings as "annualOpenings", pr.median_annual_wage as "medianAnnualWage",
             pr.wage_year as "wageYear", pr.source_id as "projectionSourceId"
        from occupation_technologies ot
        join occupations oc on oc.soc_code = ot.soc_code and oc.kind = 'detailed'
        left join projections pr on pr.soc_code = ot.soc_code and pr.vintage = ${vintage}
       where ot.example = ${name}
       order by ot.in_demand desc, 3 desc, pr.change_percent desc nulls last, oc.title collate "C"`),
  );
  return rows.map((r) => ({ ...r, changePercent: r.changePercent === null ? null : Number(r.changePercent) }));
}

export interface TechnologyRole {
  slug: string;
  title: string;
  skillSlug: string;
  skillName: string;
  core: boolean;
}

/** Curated tech roles that need a curated skill standing for the technology, core first. One query. */
export async function listTechnologyRoles(name: string): Promise<TechnologyRole[]> {
  const db = await database();
  return rowsOf<TechnologyRole>(
    await db.execute(sql`
      select r.slug, r.title, s.slug as "skillSlug", s.name as "skillName", rs.importance = 'core' as core
        from skills s
        join role_skills rs on rs.skill_slug = s.slug
        join roles r on r.slug = rs.role_slug
       where ${name} = any(s.onet_examples)
       order by (rs.importance = 'core') desc, r.title`),
  );
}

export interface HotTechnology {
  name: string;
  slug: string;
  listed: number;
  hot: boolean;
  inDemand: boolean;
  /** BLS lines with an O*NET occupation that marks it In Demand. */
  inDemandLines: number;
  sourceId: string;
}

/** Every technology O*NET marks Hot or In Demand anywhere, most in-demand lines first. One query. */
export async function listHotTechnologies(): Promise<HotTechnology[]> {
  const db = await database();
  const rows = rowsOf<HotTechnology>(
    await db.execute(sql`
      select t.name, t.slug, t.listed, t.hot, t.in_demand as "inDemand", t.source_id as "sourceId",
             ${inDemandLinesSql(sql`t.name`)} as "inDemandLines"
        from technologies t
       where t.hot or t.in_demand
       order by 7 desc, t.listed desc, t.name collate "C"`),
  );
  return rows.map((r) => ({ ...r, listed: Number(r.listed), inDemandLines: Number(r.inDemandLines) }));
}
