/**
 * The skills map (/map): hot skills -> the roles that need them -> the lead and executive roles those roles lead
 * to. Pure functions shared by the model (which bulk-loads MapData in a constant number of queries and builds the
 * graph here) and the page (which derives focus, highlighting and the announcement from the graph and the URL,
 * on the server and in the browser alike).
 */
import { listTitles } from "~/lib/list-titles";
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

/**
 * One recorded move between two roles of the same column: a lead or executive role to another (Software
 * Architect -> CTO, drawn as an arc beside the right column), or a middle role to another middle role (Junior
 * Developer -> Back-End Developer, listed in words only: the middle column is where the skills' links arrive).
 */
export interface RoleMove {
  id: string;
  from: string;
  to: string;
  track: ProgressionTrack;
  sourceId: string;
}

export interface MapGraph {
  /** Left column, most-needed first. */
  skills: SkillNode[];
  /** Middle column, grouped by career cluster; groups and roles ordered to keep links short (barycentre of their skills). */
  roles: RoleNode[];
  /** Right column: lead roles, then executive roles, each in the order of their moves (a move goes down the column). */
  progressionRoles: RoleNode[];
  skillLinks: SkillLink[];
  /** Middle role -> lead or executive role, directly or through one senior role. */
  stepLinks: StepLink[];
  /** Lead or executive role -> lead or executive role: every such move between roles on the map. */
  progressionLinks: RoleMove[];
  /** Middle role -> middle role moves (words only). */
  sideMoves: RoleMove[];
  /** Hot skills that pass the filters but are not drawn (beyond MAX_MAP_SKILLS), most-needed first. */
  moreSkills: { slug: string; name: string; roleCount: number }[];
}

export const skillNodeId = (slug: string): MapNodeId => `skill:${slug}`;
export const roleNodeId = (slug: string): MapNodeId => `role:${slug}`;

export function isHotSkill(skill: MapSkillData, onetOnly = false): boolean {
  return skill.hotTechnology || skill.inDemandOccupations > 0 || (!onetOnly && skill.highlights.length > 0);
}

const byTitle = (a: { title: string }, b: { title: string }) => a.title.localeCompare(b.title, "en");
const isProgressionLevel = (level: RoleLevel | undefined) => !!level && PROGRESSION_LEVELS.includes(level);

/**
 * Builds the three-column graph from the bulk-loaded data. `include` forces hot skills that pass the filters onto
 * the map even beyond `maxSkills` (a shared link focusing on one, or a technology's skills, must show them). `first`
 * puts those skills at the top of their column, ahead of the most-needed ones: the technology the map starts from
 * (its skill was last of 13, some 2,300 px down, so the first screen did not show what was chosen). The column's
 * order is the keyboard's and the lists' order too, so they start there as well.
 */
export function buildMapGraph(
  data: MapData,
  filters: MapFilters = {},
  {
    maxSkills = MAX_MAP_SKILLS,
    include = [],
    first = [],
  }: { maxSkills?: number; include?: readonly string[]; first?: readonly string[] } = {},
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
  const drawnRanked = ranked.filter((s, i) => i < maxSkills || include.includes(s.slug));
  const drawn = [...drawnRanked.filter((s) => first.includes(s.slug)), ...drawnRanked.filter((s) => !first.includes(s.slug))];
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
  const roles = groupByCluster(
    orderByBarycentre(
      middleSlugs.map((slug) => toNode(roleBySlug.get(slug)!)),
      (slug) => skillLinks.filter((l) => l.role === slug).map((l) => skillIndex.get(l.skill)!),
    ),
  );
  const middle = new Set(middleSlugs);

  const stepLinks = progressionSteps(middleSlugs, data.edges, roleBySlug);
  // The right column: every lead or executive role a middle role reaches, and every one those lead on to.
  const progressionSlugs = new Set(stepLinks.map((l) => l.to));
  const onward = data.edges.filter(
    (e) => isProgressionLevel(roleBySlug.get(e.fromRole)?.level) && isProgressionLevel(roleBySlug.get(e.toRole)?.level),
  );
  for (let grown = true; grown;) {
    grown = false;
    for (const e of onward) {
      if (progressionSlugs.has(e.fromRole) && !progressionSlugs.has(e.toRole)) {
        progressionSlugs.add(e.toRole);
        grown = true;
      }
    }
  }
  const toMove = (e: MapEdgeData): RoleMove => ({
    id: `move:${e.fromRole}>${e.toRole}`,
    from: e.fromRole,
    to: e.toRole,
    track: e.track,
    sourceId: e.sourceId,
  });
  const progressionLinks = onward.filter((e) => progressionSlugs.has(e.fromRole) && progressionSlugs.has(e.toRole)).map(toMove);
  const sideMoves = data.edges.filter((e) => middle.has(e.fromRole) && middle.has(e.toRole)).map(toMove);

  const middleIndex = new Map(roles.map((r, i) => [r.slug, i]));
  const depth = moveDepth([...progressionSlugs], progressionLinks);
  const levelRank = (slug: string) => PROGRESSION_LEVELS.indexOf(roleBySlug.get(slug)!.level);
  const progressionRoles = orderByBarycentre(
    [...progressionSlugs].map((slug) => toNode(roleBySlug.get(slug)!)),
    (slug) => stepLinks.filter((l) => l.to === slug).map((l) => middleIndex.get(l.from)!),
  ).sort((a, b) => levelRank(a.slug) - levelRank(b.slug) || depth.get(a.slug)! - depth.get(b.slug)!);
  const progressionIndex = new Map(progressionRoles.map((r, i) => [r.slug, i]));
  stepLinks.sort(
    (a, b) => middleIndex.get(a.from)! - middleIndex.get(b.from)! || progressionIndex.get(a.to)! - progressionIndex.get(b.to)!,
  );
  progressionLinks.sort(
    (a, b) => progressionIndex.get(a.from)! - progressionIndex.get(b.from)! || progressionIndex.get(a.to)! - progressionIndex.get(b.to)!,
  );

  return { skills, roles, progressionRoles, skillLinks, stepLinks, progressionLinks, sideMoves, moreSkills };
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

/** Keeps each career cluster together (the column's structure), clusters in the order of their first role. */
function groupByCluster(ordered: RoleNode[]): RoleNode[] {
  const first = new Map<CareerCluster, number>();
  ordered.forEach((r, i) => first.set(r.cluster, Math.min(first.get(r.cluster) ?? i, i)));
  return ordered
    .map((r, i) => ({ r, i }))
    .sort((a, b) => first.get(a.r.cluster)! - first.get(b.r.cluster)! || a.i - b.i)
    .map(({ r }) => r);
}

/** How many moves lead into each role, at most, from a role no move reaches (a cycle stops where it closes). */
function moveDepth(slugs: string[], moves: RoleMove[]): Map<string, number> {
  const depth = new Map<string, number>();
  const visit = (slug: string, seen: Set<string>): number => {
    if (depth.has(slug)) return depth.get(slug)!;
    const parents = moves.filter((m) => m.to === slug && !seen.has(m.from));
    const d = parents.length === 0 ? 0 : 1 + Math.max(...parents.map((m) => visit(m.from, new Set([...seen, slug]))));
    depth.set(slug, d);
    return d;
  };
  for (const slug of slugs) visit(slug, new Set());
  return depth;
}

/** The progression roles each middle role reaches: directly, or through one senior role (a direct move wins). */
function progressionSteps(middleSlugs: string[], edges: MapEdgeData[], roleBySlug: Map<string, MapRoleData>): StepLink[] {
  const outOf = new Map<string, MapEdgeData[]>();
  for (const e of edges) outOf.set(e.fromRole, [...(outOf.get(e.fromRole) ?? []), e]);
  const isProgression = (slug: string) => isProgressionLevel(roleBySlug.get(slug)?.level);

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
// Focus: one node, or a technology's set of nodes, and their paths

export interface MapFocus {
  type: "skill" | "role";
  slug: string;
}

/** A technology the map starts from: the curated skills that name it and the roles whose occupations list it. */
export interface MapTechnology {
  slug: string;
  name: string;
  hot: boolean;
  inDemand: boolean;
  sourceId: string;
  /** Curated skills whose O*NET examples name it (whether or not they are hot skills on this map). */
  skills: { slug: string; name: string }[];
  /** Roles whose primary occupation's O*NET occupations list it (In Demand when one of them marks it so). */
  roles: { slug: string; title: string; inDemand: boolean }[];
}

const FOCUS_PATTERN = new RegExp(`^(skill|role):(${SLUG_PATTERN.source.slice(1, -1)})$`);

/** "skill:python" -> { type: "skill", slug: "python" }; anything else -> null. */
export function parseFocus(value: string | null | undefined): MapFocus | null {
  const match = value ? FOCUS_PATTERN.exec(value) : null;
  return match ? { type: match[1] as MapFocus["type"], slug: match[2]! } : null;
}

/** The map's title without the site's name: the focused skill or role, else the technology it starts from, else the map. */
export function mapPageTitle(
  page: { graph: Pick<MapGraph, "skills" | "roles" | "progressionRoles">; technology: Pick<MapTechnology, "name"> | null } | undefined,
  focus: MapFocus | null,
): string {
  const focusName = !page
    ? undefined
    : focus
      ? focus.type === "skill"
        ? page.graph.skills.find((s) => s.slug === focus.slug)?.name
        : [...page.graph.roles, ...page.graph.progressionRoles].find((r) => r.slug === focus.slug)?.title
      : page.technology?.name;
  return focusName ? `${focusName} on the skills map` : "Skills map: hot skills, the roles that need them and where they lead";
}

export function focusValue(focus: MapFocus): string {
  return `${focus.type}:${focus.slug}`;
}

export type FocusColumn = "skills" | "roles" | "progression" | "technology";

export interface FocusPaths {
  column: FocusColumn;
  /** The focused node (null for a technology: its seeds are the set). */
  focus: MapFocus | null;
  label: string;
  /** The nodes the view starts from: the focused node, or a technology's skills and roles on this map. */
  seedIds: Set<MapNodeId>;
  /** Nodes on the focused paths, the seeds included. */
  nodeIds: Set<MapNodeId>;
  linkIds: Set<string>;
  skills: SkillNode[];
  roles: RoleNode[];
  progressionRoles: RoleNode[];
  skillLinks: SkillLink[];
  stepLinks: StepLink[];
  progressionLinks: RoleMove[];
  /** A progression role's routes in: the moves that end in it (from a middle role or another lead or executive role). */
  routesIn: (StepLink | RoleMove)[];
  /** A progression role's roles further back: every role on a route into it (empty for other focuses). */
  reachedFrom: string[];
}

/**
 * The paths through a focused node. A skill: the roles that need it, where they lead, and on (every move between
 * lead and executive roles). A middle role: the skills it needs, and where it leads and on. A lead or executive
 * role: every route in (the moves into it, the moves into those, and the middle roles that start them) and where
 * it leads on; the skills are left out there (nearly every role leads to CTO: its skills would be the whole map).
 * Null when the node is not on this map.
 */
export function focusPaths(graph: MapGraph, focus: MapFocus): FocusPaths | null {
  if (focus.type === "skill") {
    const skill = graph.skills.find((s) => s.slug === focus.slug);
    if (!skill) return null;
    return collectPaths(graph, { column: "skills", focus, label: skill.name, skills: [skill.slug], roles: [] });
  }
  const middle = graph.roles.find((r) => r.slug === focus.slug);
  if (middle) return collectPaths(graph, { column: "roles", focus, label: middle.title, skills: [], roles: [middle.slug] });
  const progression = graph.progressionRoles.find((r) => r.slug === focus.slug);
  if (progression)
    return collectPaths(graph, { column: "progression", focus, label: progression.title, skills: [], roles: [progression.slug] });
  return null;
}

/** A technology's set on this map and the routes onward from it; the technology's nodes that are off the map are left out. */
export function technologyPaths(graph: MapGraph, technology: MapTechnology): FocusPaths {
  return collectPaths(graph, {
    column: "technology",
    focus: null,
    label: technology.name,
    skills: technology.skills.map((s) => s.slug),
    roles: technology.roles.map((r) => r.slug),
  });
}

function collectPaths(
  graph: MapGraph,
  seed: { column: FocusColumn; focus: MapFocus | null; label: string; skills: string[]; roles: string[] },
): FocusPaths {
  const seedSkills = new Set(seed.skills.filter((slug) => graph.skills.some((s) => s.slug === slug)));
  const middle = new Set(graph.roles.map((r) => r.slug));
  const progression = new Set(graph.progressionRoles.map((r) => r.slug));
  const seedMiddle = seed.roles.filter((slug) => middle.has(slug));
  const seedProgression = seed.roles.filter((slug) => progression.has(slug));

  // Downstream: skills -> the roles that need them -> their steps -> every move onward between lead and executive roles.
  const skillLinks =
    seed.column === "roles"
      ? graph.skillLinks.filter((l) => l.role === seed.focus!.slug)
      : graph.skillLinks.filter((l) => seedSkills.has(l.skill));
  const reachedMiddle = new Set([...seedMiddle, ...(seed.column === "roles" ? [] : skillLinks.map((l) => l.role))]);
  const stepLinks = graph.stepLinks.filter((l) => reachedMiddle.has(l.from));
  const onward = closure(new Set([...seedProgression, ...stepLinks.map((l) => l.to)]), graph.progressionLinks, "from");
  const progressionLinks = graph.progressionLinks.filter((l) => onward.has(l.from));

  // Upstream of a lead or executive role: every route in.
  let routesIn: FocusPaths["routesIn"] = [];
  const reachedFrom = new Set<string>();
  if (seed.column === "progression") {
    const target = seed.focus!.slug;
    routesIn = [...graph.stepLinks.filter((l) => l.to === target), ...graph.progressionLinks.filter((l) => l.to === target)];
    const upstream = closure(new Set([target]), graph.progressionLinks, "to");
    for (const link of graph.progressionLinks) if (upstream.has(link.to) && !progressionLinks.includes(link)) progressionLinks.push(link);
    for (const link of graph.stepLinks) if (upstream.has(link.to) && !stepLinks.includes(link)) stepLinks.push(link);
    for (const slug of upstream) if (slug !== target) reachedFrom.add(slug);
    for (const link of stepLinks) reachedFrom.add(link.from);
  }

  const skillSlugs = new Set([...seedSkills, ...skillLinks.map((l) => l.skill)]);
  const roleSlugs = new Set([...seedMiddle, ...skillLinks.map((l) => l.role), ...stepLinks.map((l) => l.from)]);
  const progressionSlugs = new Set([...seedProgression, ...stepLinks.map((l) => l.to), ...progressionLinks.flatMap((l) => [l.from, l.to])]);
  const skills = graph.skills.filter((s) => skillSlugs.has(s.slug));
  const roles = graph.roles.filter((r) => roleSlugs.has(r.slug));
  const progressionRoles = graph.progressionRoles.filter((r) => progressionSlugs.has(r.slug));
  const inOrder = <T extends { id: string }>(all: T[], picked: T[]) => all.filter((l) => picked.includes(l));
  return {
    column: seed.column,
    focus: seed.focus,
    label: seed.label,
    seedIds: new Set([...[...seedSkills].map(skillNodeId), ...[...seedMiddle, ...seedProgression].map(roleNodeId)]),
    nodeIds: new Set([...skills, ...roles, ...progressionRoles].map((n) => n.id)),
    linkIds: new Set([...skillLinks, ...stepLinks, ...progressionLinks].map((l) => l.id)),
    skills,
    roles,
    progressionRoles,
    skillLinks,
    stepLinks: inOrder(graph.stepLinks, stepLinks),
    progressionLinks: inOrder(graph.progressionLinks, progressionLinks),
    routesIn,
    reachedFrom: [...reachedFrom],
  };
}

/** The roles reached from `start` by following moves forward ("from": onward) or backward ("to": the routes in). */
function closure(start: Set<string>, moves: RoleMove[], along: "from" | "to"): Set<string> {
  const reached = new Set(start);
  for (let grown = true; grown;) {
    grown = false;
    for (const move of moves) {
      const [here, there] = along === "from" ? [move.from, move.to] : [move.to, move.from];
      if (reached.has(here) && !reached.has(there)) {
        reached.add(there);
        grown = true;
      }
    }
  }
  return reached;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const leadRoles = (n: number) => plural(n, "lead or executive role", "lead and executive roles");

/** The sentence the live region announces, e.g. "Python: 21 roles, 6 lead and executive roles on their routes". */
export function describeFocus(paths: FocusPaths): string {
  switch (paths.column) {
    case "skills":
      return `${paths.label}: ${plural(paths.roles.length, "role", "roles")}, ${leadRoles(paths.progressionRoles.length)} on their routes`;
    case "roles":
      return `${paths.label}: ${plural(paths.skills.length, "hot skill", "hot skills")}, ${leadRoles(paths.progressionRoles.length)} ahead`;
    case "progression":
      return `${paths.label}: ${plural(paths.routesIn.length, "route", "routes")} in, from ${plural(paths.reachedFrom.length, "role", "roles")} on the map`;
    case "technology": {
      // The technology's own nodes, column by column as the diagram draws them (a lead or executive role whose
      // occupation lists it is one of those, not also a plain role), then the lead and executive roles its routes reach.
      const skills = paths.skills.filter((s) => paths.seedIds.has(s.id));
      const roles = paths.roles.filter((r) => paths.seedIds.has(r.id)).length;
      const leads = paths.progressionRoles.filter((r) => paths.seedIds.has(r.id)).length;
      const onward = paths.progressionRoles.length - leads;
      const own = listTitles([
        // Which skills stand for it, unless the one skill is the technology itself ("Figma: 1 hot skill, …").
        `${plural(skills.length, "hot skill", "hot skills")}${skills.length > 0 && !(skills.length === 1 && skills[0]!.name === paths.label) ? ` (${listTitles(skills.map((s) => s.name))})` : ""}`,
        plural(roles, "role", "roles"),
        ...(leads > 0 ? [leadRoles(leads)] : []),
      ]);
      const more =
        onward === 0
          ? ""
          : `, ${leads > 0 ? `${onward} more ${onward === 1 ? "lead or executive role" : "lead and executive roles"}` : leadRoles(onward)} on their routes`;
      return `${paths.label}: ${own} whose occupations list it${more}`;
    }
  }
}

/** What the map shows when nothing is focused, e.g. "12 hot skills, 28 roles, 6 lead and executive roles". */
export function describeGraph(graph: MapGraph): string {
  return `${plural(graph.skills.length, "hot skill", "hot skills")}, ${plural(graph.roles.length, "role", "roles")}, ${leadRoles(
    graph.progressionRoles.length,
  )}`;
}

// ---------------------------------------------------------------------------------------------------------
// URL state

export interface MapQuery {
  kind?: SkillKind;
  cluster?: CareerCluster;
  onetOnly?: boolean;
  focus?: MapFocus | null;
  /** The slug of an O*NET technology the map starts from (instead of a focused node). */
  technology?: string | null;
}

/** The /map query string for a state, in a fixed order, omitting defaults: "?kind=language&focus=skill:python". */
export function mapQueryString({ kind, cluster, onetOnly, focus, technology }: MapQuery): string {
  const params = new URLSearchParams();
  if (kind) params.set("kind", kind);
  if (cluster) params.set("cluster", cluster);
  if (onetOnly) params.set("hot", "1");
  if (focus) params.set("focus", focusValue(focus));
  else if (technology) params.set("technology", technology);
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
