/**
 * The skills map (/map): hot skills -> the roles that need them -> the lead and executive roles those roles lead
 * to. Pure functions shared by the model (which bulk-loads MapData in a constant number of queries and builds the
 * graph here) and the page (which derives focus, highlighting and the announcement from the graph and the URL,
 * on the server and in the browser alike).
 */
import { SLUG_PATTERN } from "~db/schema/enums";
import type { CareerCluster, ProgressionTrack, ProjectionVintage, RoleLevel, SkillImportance, SkillKind } from "~db/schema/enums";

/** The middle column: roles a student can reach with the skills (the leadership rungs are the third column). */
export const MAP_ROLE_LEVELS: readonly RoleLevel[] = ["entry", "mid", "senior"];
/** The third column: the lead and executive roles the middle roles lead to. */
export const PROGRESSION_LEVELS: readonly RoleLevel[] = ["lead", "executive"];
/**
 * A middle role reaches a progression role directly (one progression edge) or through one senior role
 * (Front-End Developer -> Senior Software Engineer -> Lead Developer): the senior rung is where most
 * developer careers pass on their way to a lead role, and longer chains would connect everything to everything.
 */
export const VIA_LEVELS: readonly RoleLevel[] = ["senior"];
/** Hot skills drawn in the diagram, most-needed first: more would not stay readable on a projector. */
export const MAX_MAP_SKILLS = 12;

// ---------------------------------------------------------------------------------------------------------
// What the model loads

export interface RoleGrowth {
  /** Projected employment change of the role's primary occupation, as published (one decimal). */
  changePercent: number;
  vintage: ProjectionVintage;
  sourceId: string;
}

export interface MapSkillData {
  slug: string;
  name: string;
  kind: SkillKind;
  /** O*NET Hot Technology (database-wide). */
  hotTechnology: boolean;
  /** Number of O*NET occupations (of those in our data) that flag it In Demand. */
  inDemandOccupations: number;
  /** Source of the O*NET flags; null when it has none. */
  onetSourceId: string | null;
  /** Roles for which a source names it a hot or future skill. */
  highlights: { roleSlug: string; sourceId: string }[];
}

export interface MapRoleData {
  slug: string;
  title: string;
  cluster: CareerCluster;
  level: RoleLevel;
  /** Null when BLS publishes no projection for the role's occupation in the vintage. */
  growth: RoleGrowth | null;
}

export interface MapNeedData {
  roleSlug: string;
  skillSlug: string;
  importance: SkillImportance;
  sourceId: string;
}

export interface MapEdgeData {
  fromRole: string;
  toRole: string;
  track: ProgressionTrack;
  sourceId: string;
}

export interface MapData {
  skills: MapSkillData[];
  roles: MapRoleData[];
  needs: MapNeedData[];
  edges: MapEdgeData[];
}

export interface MapFilters {
  /** Only hot skills of this kind. */
  kind?: SkillKind;
  /** Only middle roles of this career cluster (the progression roles they lead to may be in any cluster). */
  cluster?: CareerCluster;
  /**
   * Only skills with an O*NET Hot Technology or In Demand flag. Otherwise a skill that a source names a hot
   * or future skill for a role (a source highlight) is on the map too.
   */
  onetOnly?: boolean;
}

// ---------------------------------------------------------------------------------------------------------
// The graph

export type MapNodeId = `skill:${string}` | `role:${string}`;

export interface SkillNode {
  id: MapNodeId;
  slug: string;
  name: string;
  kind: SkillKind;
  hotTechnology: boolean;
  inDemandOccupations: number;
  onetSourceId: string | null;
  /** Sources that highlight it (for any role). */
  highlightSourceIds: string[];
  /** Middle roles on this map that need it. */
  roleCount: number;
}

export interface RoleNode {
  id: MapNodeId;
  slug: string;
  title: string;
  cluster: CareerCluster;
  level: RoleLevel;
  growth: RoleGrowth | null;
}

export interface SkillLink {
  id: string;
  skill: string;
  role: string;
  importance: SkillImportance;
  sourceId: string;
}

export interface StepLink {
  id: string;
  from: string;
  to: string;
  /** Empty for a direct move; else the senior role(s) the path passes through. */
  via: { slug: string; title: string }[];
  /** Track of the move into the progression role. */
  track: ProgressionTrack;
  /** Sources of the progression edges the path is made of. */
  sourceIds: string[];
}

export interface MapGraph {
  /** Left column, most-needed first. */
  skills: SkillNode[];
  /** Middle column, ordered to keep links short (barycentre of their skills). */
  roles: RoleNode[];
  /** Right column, ordered by the barycentre of the roles that lead to them. */
  progressionRoles: RoleNode[];
  skillLinks: SkillLink[];
  stepLinks: StepLink[];
  /** Hot skills that pass the filters but are not drawn (beyond MAX_MAP_SKILLS), most-needed first. */
  moreSkills: { slug: string; name: string; roleCount: number }[];
}

export const skillNodeId = (slug: string): MapNodeId => `skill:${slug}`;
export const roleNodeId = (slug: string): MapNodeId => `role:${slug}`;

export function isHotSkill(skill: MapSkillData, onetOnly = false): boolean {
  return skill.hotTechnology || skill.inDemandOccupations > 0 || (!onetOnly && skill.highlights.length > 0);
}

const byTitle = (a: { title: string }, b: { title: string }) => a.title.localeCompare(b.title, "en");

/**
 * Builds the three-column graph from the bulk-loaded data. `include` forces a hot skill that passes the
 * filters onto the map even beyond `maxSkills` (a shared link focusing on it must show it).
 */
export function buildMapGraph(
  data: MapData,
  filters: MapFilters = {},
  { maxSkills = MAX_MAP_SKILLS, include }: { maxSkills?: number; include?: string } = {},
): MapGraph {
  const roleBySlug = new Map(data.roles.map((r) => [r.slug, r]));
  const candidates = new Map(
    data.skills.filter((s) => isHotSkill(s, filters.onetOnly) && (!filters.kind || s.kind === filters.kind)).map((s) => [s.slug, s]),
  );
  const isMiddle = (role: MapRoleData | undefined): role is MapRoleData =>
    !!role && MAP_ROLE_LEVELS.includes(role.level) && (!filters.cluster || role.cluster === filters.cluster);

  const needs = data.needs.filter((n) => candidates.has(n.skillSlug) && isMiddle(roleBySlug.get(n.roleSlug)));
  const roleCount = new Map<string, number>();
  for (const n of needs) roleCount.set(n.skillSlug, (roleCount.get(n.skillSlug) ?? 0) + 1);

  const ranked = [...candidates.values()]
    .filter((s) => (roleCount.get(s.slug) ?? 0) > 0)
    .sort(
      (a, b) =>
        roleCount.get(b.slug)! - roleCount.get(a.slug)! ||
        b.inDemandOccupations - a.inDemandOccupations ||
        Number(b.hotTechnology) - Number(a.hotTechnology) ||
        a.name.localeCompare(b.name, "en"),
    );
  const drawn = ranked.filter((s, i) => i < maxSkills || s.slug === include);
  const drawnSlugs = new Set(drawn.map((s) => s.slug));
  const moreSkills = ranked
    .filter((s) => !drawnSlugs.has(s.slug))
    .map((s) => ({ slug: s.slug, name: s.name, roleCount: roleCount.get(s.slug)! }));

  const skills: SkillNode[] = drawn.map((s) => ({
    id: skillNodeId(s.slug),
    slug: s.slug,
    name: s.name,
    kind: s.kind,
    hotTechnology: s.hotTechnology,
    inDemandOccupations: s.inDemandOccupations,
    onetSourceId: s.onetSourceId,
    highlightSourceIds: filters.onetOnly ? [] : [...new Set(s.highlights.map((h) => h.sourceId))],
    roleCount: roleCount.get(s.slug)!,
  }));
  const skillIndex = new Map(skills.map((s, i) => [s.slug, i]));
  const skillLinks: SkillLink[] = needs
    .filter((n) => drawnSlugs.has(n.skillSlug))
    .map((n) => ({
      id: `need:${n.skillSlug}>${n.roleSlug}`,
      skill: n.skillSlug,
      role: n.roleSlug,
      importance: n.importance,
      sourceId: n.sourceId,
    }))
    .sort((a, b) => skillIndex.get(a.skill)! - skillIndex.get(b.skill)! || a.role.localeCompare(b.role));

  const middleSlugs = [...new Set(skillLinks.map((l) => l.role))];
  const roles = orderByBarycentre(
    middleSlugs.map((slug) => toNode(roleBySlug.get(slug)!)),
    (slug) => skillLinks.filter((l) => l.role === slug).map((l) => skillIndex.get(l.skill)!),
  );

  const stepLinks = progressionSteps(middleSlugs, data.edges, roleBySlug);
  const middleIndex = new Map(roles.map((r, i) => [r.slug, i]));
  const progressionRoles = orderByBarycentre(
    [...new Set(stepLinks.map((l) => l.to))].map((slug) => toNode(roleBySlug.get(slug)!)),
    (slug) => stepLinks.filter((l) => l.to === slug).map((l) => middleIndex.get(l.from)!),
  );
  const progressionIndex = new Map(progressionRoles.map((r, i) => [r.slug, i]));
  stepLinks.sort(
    (a, b) => middleIndex.get(a.from)! - middleIndex.get(b.from)! || progressionIndex.get(a.to)! - progressionIndex.get(b.to)!,
  );

  return { skills, roles, progressionRoles, skillLinks, stepLinks, moreSkills };
}

function toNode(role: MapRoleData): RoleNode {
  return { id: roleNodeId(role.slug), slug: role.slug, title: role.title, cluster: role.cluster, level: role.level, growth: role.growth };
}

/** Sorts nodes by the mean position of their neighbours in the previous column (fewer crossings), then by title. */
function orderByBarycentre(nodes: RoleNode[], neighbourPositions: (slug: string) => number[]): RoleNode[] {
  const centre = new Map(
    nodes.map((n) => {
      const positions = neighbourPositions(n.slug);
      return [n.slug, positions.reduce((sum, p) => sum + p, 0) / Math.max(positions.length, 1)];
    }),
  );
  return [...nodes].sort((a, b) => centre.get(a.slug)! - centre.get(b.slug)! || byTitle(a, b));
}

/** The progression roles each middle role reaches: directly, or through one senior role (a direct move wins). */
function progressionSteps(middleSlugs: string[], edges: MapEdgeData[], roleBySlug: Map<string, MapRoleData>): StepLink[] {
  const outOf = new Map<string, MapEdgeData[]>();
  for (const e of edges) outOf.set(e.fromRole, [...(outOf.get(e.fromRole) ?? []), e]);
  const isProgression = (slug: string) => PROGRESSION_LEVELS.includes(roleBySlug.get(slug)?.level ?? "entry");

  const steps: StepLink[] = [];
  for (const from of middleSlugs) {
    const byTarget = new Map<string, StepLink>();
    for (const edge of outOf.get(from) ?? []) {
      if (isProgression(edge.toRole)) {
        byTarget.set(edge.toRole, {
          id: `step:${from}>${edge.toRole}`,
          from,
          to: edge.toRole,
          via: [],
          track: edge.track,
          sourceIds: [edge.sourceId],
        });
      }
    }
    for (const edge of outOf.get(from) ?? []) {
      const middle = roleBySlug.get(edge.toRole);
      if (!middle || !VIA_LEVELS.includes(middle.level)) continue;
      for (const next of outOf.get(middle.slug) ?? []) {
        if (next.toRole === from || !isProgression(next.toRole)) continue;
        const existing = byTarget.get(next.toRole);
        if (existing && existing.via.length === 0) continue;
        const link = existing ?? { id: `step:${from}>${next.toRole}`, from, to: next.toRole, via: [], track: next.track, sourceIds: [] };
        link.via.push({ slug: middle.slug, title: middle.title });
        link.via.sort(byTitle);
        link.sourceIds = [...new Set([...link.sourceIds, edge.sourceId, next.sourceId])];
        byTarget.set(next.toRole, link);
      }
    }
    steps.push(...byTarget.values());
  }
  return steps;
}

// ---------------------------------------------------------------------------------------------------------
// Focus: one node and its paths

export interface MapFocus {
  type: "skill" | "role";
  slug: string;
}

const FOCUS_PATTERN = new RegExp(`^(skill|role):(${SLUG_PATTERN.source.slice(1, -1)})$`);

/** "skill:python" -> { type: "skill", slug: "python" }; anything else -> null. */
export function parseFocus(value: string | null | undefined): MapFocus | null {
  const match = value ? FOCUS_PATTERN.exec(value) : null;
  return match ? { type: match[1] as MapFocus["type"], slug: match[2]! } : null;
}

export function focusValue(focus: MapFocus): string {
  return `${focus.type}:${focus.slug}`;
}

export type FocusColumn = "skills" | "roles" | "progression";

export interface FocusPaths {
  focus: MapFocus;
  column: FocusColumn;
  label: string;
  /** Nodes on the focused paths, the focused node included. */
  nodeIds: Set<MapNodeId>;
  linkIds: Set<string>;
  skills: SkillNode[];
  roles: RoleNode[];
  progressionRoles: RoleNode[];
  skillLinks: SkillLink[];
  stepLinks: StepLink[];
}

/**
 * The paths through a focused node: a skill -> the roles that need it -> their progression roles; a middle role
 * <- the skills it needs and -> its progression roles; a progression role <- the roles that lead to it <- their
 * skills. Null when the node is not on this map.
 */
export function focusPaths(graph: MapGraph, focus: MapFocus): FocusPaths | null {
  let column: FocusColumn;
  let label: string;
  let skillLinks: SkillLink[];
  let stepLinks: StepLink[];
  if (focus.type === "skill") {
    const skill = graph.skills.find((s) => s.slug === focus.slug);
    if (!skill) return null;
    column = "skills";
    label = skill.name;
    skillLinks = graph.skillLinks.filter((l) => l.skill === focus.slug);
    const roleSlugs = new Set(skillLinks.map((l) => l.role));
    stepLinks = graph.stepLinks.filter((l) => roleSlugs.has(l.from));
  } else if (graph.roles.some((r) => r.slug === focus.slug)) {
    column = "roles";
    label = graph.roles.find((r) => r.slug === focus.slug)!.title;
    skillLinks = graph.skillLinks.filter((l) => l.role === focus.slug);
    stepLinks = graph.stepLinks.filter((l) => l.from === focus.slug);
  } else if (graph.progressionRoles.some((r) => r.slug === focus.slug)) {
    column = "progression";
    label = graph.progressionRoles.find((r) => r.slug === focus.slug)!.title;
    stepLinks = graph.stepLinks.filter((l) => l.to === focus.slug);
    const roleSlugs = new Set(stepLinks.map((l) => l.from));
    skillLinks = graph.skillLinks.filter((l) => roleSlugs.has(l.role));
  } else {
    return null;
  }
  const skillSlugs = new Set(skillLinks.map((l) => l.skill));
  const roleSlugs = new Set([...skillLinks.map((l) => l.role), ...stepLinks.map((l) => l.from)]);
  const progressionSlugs = new Set(stepLinks.map((l) => l.to));
  if (column === "roles") roleSlugs.add(focus.slug);
  if (column === "progression") progressionSlugs.add(focus.slug);
  if (column === "skills") skillSlugs.add(focus.slug);
  const skills = graph.skills.filter((s) => skillSlugs.has(s.slug));
  const roles = graph.roles.filter((r) => roleSlugs.has(r.slug));
  const progressionRoles = graph.progressionRoles.filter((r) => progressionSlugs.has(r.slug));
  return {
    focus,
    column,
    label,
    nodeIds: new Set([...skills, ...roles, ...progressionRoles].map((n) => n.id)),
    linkIds: new Set([...skillLinks, ...stepLinks].map((l) => l.id)),
    skills,
    roles,
    progressionRoles,
    skillLinks,
    stepLinks,
  };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The sentence the live region announces, e.g. "Python: 12 roles, 5 progression roles". */
export function describeFocus(paths: FocusPaths): string {
  switch (paths.column) {
    case "skills":
      return `${paths.label}: ${plural(paths.roles.length, "role", "roles")}, ${plural(paths.progressionRoles.length, "progression role", "progression roles")}`;
    case "roles":
      return `${paths.label}: ${plural(paths.skills.length, "hot skill", "hot skills")}, ${plural(paths.progressionRoles.length, "progression role", "progression roles")}`;
    case "progression":
      return `${paths.label}: reached from ${plural(paths.roles.length, "role", "roles")}, which need ${plural(paths.skills.length, "hot skill", "hot skills")}`;
  }
}

/** What the map shows when nothing is focused, e.g. "12 hot skills, 27 roles, 7 progression roles". */
export function describeGraph(graph: MapGraph): string {
  return `${plural(graph.skills.length, "hot skill", "hot skills")}, ${plural(graph.roles.length, "role", "roles")}, ${plural(
    graph.progressionRoles.length,
    "progression role",
    "progression roles",
  )}`;
}

// ---------------------------------------------------------------------------------------------------------
// URL state

export interface MapQuery {
  kind?: SkillKind;
  cluster?: CareerCluster;
  onetOnly?: boolean;
  focus?: MapFocus | null;
}

/** The /map query string for a state, in a fixed order, omitting defaults: "?kind=language&focus=skill:python". */
export function mapQueryString({ kind, cluster, onetOnly, focus }: MapQuery): string {
  const params = new URLSearchParams();
  if (kind) params.set("kind", kind);
  if (cluster) params.set("cluster", cluster);
  if (onetOnly) params.set("hot", "1");
  if (focus) params.set("focus", focusValue(focus));
  // URLSearchParams encodes ":" as %3A; the raw colon is valid in a query and reads better in a shared link.
  const text = params.toString().replace(/%3A/g, ":");
  return text ? `?${text}` : "";
}

/** True when two /map query strings differ only in `focus` (the graph is the same: no need to reload it). */
export function sameMapExceptFocus(a: URLSearchParams, b: URLSearchParams): boolean {
  const strip = (p: URLSearchParams) => {
    const copy = new URLSearchParams(p);
    copy.delete("focus");
    copy.sort();
    return copy.toString();
  };
  return strip(a) === strip(b);
}
