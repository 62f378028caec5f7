import { asc, eq, exists, sql } from "drizzle-orm";
import { progressionEdges, roleSkills, skillFlags, skills } from "~db/schema";
import { CAREER_CLUSTERS, SKILL_KINDS, type CareerCluster, type ProjectionVintage, type SkillKind } from "~db/schema/enums";
import { database, rowsOf } from "~/lib/db.server";
import { listRoleOutlooks } from "~/features/outlook/queries.server";
import { listSourcesByIds } from "~/features/sources/queries.server";
import type { SourceCitation } from "~/features/sources/citations";
import {
  buildMapGraph,
  focusPaths,
  isHotSkill,
  MAP_ROLE_LEVELS,
  type MapData,
  type MapFilters,
  type MapFocus,
  type MapGraph,
  type MapSkillData,
  type MapTechnology,
} from "~/features/map/map-graph";

export interface SkillsMap {
  vintage: ProjectionVintage;
  graph: MapGraph;
  /**
   * "shown": the focused node is on this map; "filtered-out": it exists but these filters (or its level, or not
   * being a hot skill) keep it off the map; "unknown": there is no such skill or role (the page answers 400).
   */
  focusStatus: "none" | "shown" | "filtered-out" | "unknown";
  /** The focused skill's or role's name (null without a focus or for an unknown one). */
  focusName: string | null;
  /** The technology the map starts from (`?technology=`); null without one, undefined for an unknown slug (404). */
  technology: MapTechnology | null | undefined;
  /** Filter values that select something: kinds with a hot skill, clusters with a middle role. */
  options: { kinds: SkillKind[]; clusters: CareerCluster[] };
  /** Citations, O*NET first (the flags), then growth, role-skill and progression sources. */
  sources: SourceCitation[];
}

/**
 * The skills map: hot skills -> the roles that need them -> the lead and executive roles they lead to, for one
 * projection vintage. Bulk-loads skills with their flags, role-skill links, progression edges and role outlooks
 * (four queries, run together, with the technology's set when the map starts from one), assembles the graph in
 * memory (app/features/map/map-graph.ts), then loads the citations: five queries whatever the filters or focus,
 * six from a technology.
 */
export async function getSkillsMap({
  filters = {},
  focus = null,
  technology: technologySlug = null,
  vintage,
}: {
  filters?: MapFilters;
  focus?: MapFocus | null;
  technology?: string | null;
  /** The page shows the newest loaded period (readProjectionPeriod). */
  vintage: ProjectionVintage;
}): Promise<SkillsMap> {
  const [data, technology] = await Promise.all([
    loadMapData({ vintage }),
    technologySlug ? getMapTechnology({ slug: technologySlug }) : Promise.resolve(null),
  ]);
  // A focused skill, or a technology's skills, are drawn even when they are not among the most-needed ones.
  // A technology's skills are drawn first in their column, so the first screen shows what the map starts from.
  const technologySkills = technology?.skills.map((s) => s.slug) ?? [];
  const include = focus?.type === "skill" ? [focus.slug] : technologySkills;
  const graph = buildMapGraph(data, filters, { include, first: focus ? [] : technologySkills });

  const focusName = !focus
    ? null
    : focus.type === "skill"
      ? (data.skills.find((s) => s.slug === focus.slug)?.name ?? null)
      : (data.roles.find((r) => r.slug === focus.slug)?.title ?? null);
  const focusStatus: SkillsMap["focusStatus"] = !focus
    ? "none"
    : focusName === null
      ? "unknown"
      : focusPaths(graph, focus)
        ? "shown"
        : "filtered-out";

  const hotKinds = new Set(data.skills.filter((s) => isHotSkill(s)).map((s) => s.kind));
  const clusters = new Set(data.roles.filter((r) => MAP_ROLE_LEVELS.includes(r.level)).map((r) => r.cluster));
  const options = {
    kinds: SKILL_KINDS.filter((k) => hotKinds.has(k)),
    clusters: CAREER_CLUSTERS.filter((c) => clusters.has(c)),
  };

  const allNodes = [...graph.roles, ...graph.progressionRoles];
  const sources = await listSourcesByIds({
    ids: [
      ...graph.skills.flatMap((s) => (s.onetSourceId ? [s.onetSourceId] : [])),
      ...allNodes.flatMap((r) => (r.growth ? [r.growth.sourceId] : [])),
      ...graph.skills.flatMap((s) => s.highlightSourceIds),
      ...graph.skillLinks.map((l) => l.sourceId),
      ...graph.stepLinks.flatMap((l) => l.sourceIds),
      ...graph.progressionLinks.map((l) => l.sourceId),
      ...graph.sideMoves.map((l) => l.sourceId),
      ...(technology ? [technology.sourceId] : []),
    ],
  });
  return { vintage, graph, focusStatus, focusName, technology, options, sources };
}

/**
 * An O*NET technology by its address (/technologies/:slug), as the map starts from it: the curated skills whose
 * O*NET examples name it, and the roles whose primary occupation (its BLS line, every O*NET occupation filed under
 * it) lists it among its technology skills, In Demand when one of them marks it so. Undefined when there is no such
 * technology. One query.
 */
export async function getMapTechnology({ slug }: { slug: string }): Promise<MapTechnology | undefined> {
  const db = await database();
  type Row = Omit<MapTechnology, "skills" | "roles"> & { skills: MapTechnology["skills"] | string; roles: MapTechnology["roles"] | string };
  const [row] = rowsOf<Row>(
    await db.execute(sql`
      select t.slug, t.name, t.hot, t.in_demand as "inDemand", t.source_id as "sourceId",
             coalesce((select json_agg(json_build_object('slug', s.slug, 'name', s.name) order by s.slug)
                         from skills s where t.name = any(s.onet_examples)), '[]'::json) as skills,
             coalesce((select json_agg(json_build_object('slug', r.slug, 'title', r.title, 'inDemand', ot.in_demand) order by r.slug)
                         from roles r
                         join role_occupations ro on ro.role_slug = r.slug and ro.is_primary
                         join occupation_technologies ot on ot.soc_code = ro.soc_code and ot.example = t.name), '[]'::json) as roles
        from technologies t where t.slug = ${slug}`),
  );
  if (!row) return undefined;
  const parsed = <T>(value: T | string): T => (typeof value === "string" ? (JSON.parse(value) as T) : value);
  return { ...row, skills: parsed(row.skills), roles: parsed(row.roles) };
}

/**
 * Everything the map is built from, in four queries run together: every skill with its flags aggregated (so a
 * focus on a skill that is not hot can be told from an unknown one), the role-skill links of flagged skills,
 * every progression edge and every role's outlook.
 */
export async function loadMapData({ vintage }: { vintage: ProjectionVintage }): Promise<MapData> {
  const db = await database();
  // Spelled out: drizzle leaves columns unqualified in a single-table select, and a bare "skill_slug" inside the
  // subquery would mean skill_flags' own column.
  const hasFlag = exists(
    db
      .select({ one: sql`1` })
      .from(skillFlags)
      .where(sql.raw(`"skill_flags"."skill_slug" = "role_skills"."skill_slug"`)),
  );
  const [skillRows, needs, edges, outlooks] = await Promise.all([
    db
      .select({
        slug: skills.slug,
        name: skills.name,
        kind: skills.kind,
        hotTechnology: sql<boolean | null>`bool_or(${skillFlags.flag} = 'onet_hot_technology')`,
        inDemandOccupations:
          sql<number>`count(distinct ${skillFlags.onetCode}) filter (where ${skillFlags.flag} = 'onet_in_demand')`.mapWith(Number),
        onetSourceId: sql<string | null>`min(${skillFlags.sourceId}) filter (where ${skillFlags.flag} <> 'source_highlight')`,
        highlights: sql<
          MapSkillData["highlights"]
        >`coalesce(json_agg(json_build_object('roleSlug', ${skillFlags.roleSlug}, 'sourceId', ${skillFlags.sourceId})
          order by ${skillFlags.roleSlug}, ${skillFlags.sourceId}) filter (where ${skillFlags.flag} = 'source_highlight'), '[]'::json)`,
      })
      .from(skills)
      .leftJoin(skillFlags, eq(skillFlags.skillSlug, skills.slug))
      .groupBy(skills.slug, skills.name, skills.kind)
      .orderBy(asc(skills.slug)),
    db
      .select({
        roleSlug: roleSkills.roleSlug,
        skillSlug: roleSkills.skillSlug,
        importance: roleSkills.importance,
        sourceId: roleSkills.sourceId,
      })
      .from(roleSkills)
      .where(hasFlag)
      .orderBy(asc(roleSkills.skillSlug), asc(roleSkills.roleSlug)),
    db
      .select({
        fromRole: progressionEdges.fromRole,
        toRole: progressionEdges.toRole,
        track: progressionEdges.track,
        sourceId: progressionEdges.sourceId,
      })
      .from(progressionEdges)
      .orderBy(asc(progressionEdges.fromRole), asc(progressionEdges.toRole)),
    listRoleOutlooks({ vintage }),
  ]);
  return {
    skills: skillRows.map((s) => ({ ...s, hotTechnology: s.hotTechnology === true })),
    roles: outlooks.map((r) => ({
      slug: r.slug,
      title: r.title,
      cluster: r.careerCluster,
      level: r.level,
      growth: r.projection
        ? { changePercent: r.projection.changePercent, vintage: r.projection.vintage, sourceId: r.projection.sourceId }
        : null,
    })),
    needs,
    edges,
  };
}
