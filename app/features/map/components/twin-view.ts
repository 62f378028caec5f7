import type { FocusPaths, MapFocus, MapGraph, MapTechnology, RoleMove, SkillLink, StepLink } from "~/features/map/map-graph";
import type { FocusHref } from "~/features/map/components/focus-link";

/** What the list twin and its focus panel read: the graph's lookups, the focused paths, and how to cite and link. */
export interface TwinView {
  index: GraphIndex;
  paths: FocusPaths | null;
  /** The technology the map starts from, if any. */
  technology: MapTechnology | null;
  focusHref: FocusHref;
  vintageLabel: string;
  /** "[2] U.S. Bureau of Labor Statistics, ..." for a source id. */
  citation: (sourceId: string) => string;
  /** The number of a source in the page's source list. */
  sourceNumber: (sourceId: string) => number | undefined;
  /** True for the node the map is focused on (its links say aria-current). */
  isCurrent: (type: MapFocus["type"], slug: string) => boolean;
}

export type GraphIndex = ReturnType<typeof indexGraph>;

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => map.set(key, [...(map.get(key) ?? []), value]);

/** Lookups the lists need, built once per render (the graph's arrays would otherwise be searched once per link). */
export function indexGraph(graph: MapGraph) {
  const roleBySlug = new Map([...graph.roles, ...graph.progressionRoles].map((r) => [r.slug, r]));
  const skillBySlug = new Map(graph.skills.map((s) => [s.slug, s]));
  const linksOfSkill = new Map<string, SkillLink[]>();
  const linksOfRole = new Map<string, SkillLink[]>();
  for (const link of graph.skillLinks) {
    push(linksOfSkill, link.skill, link);
    push(linksOfRole, link.role, link);
  }
  const stepsFrom = new Map<string, StepLink[]>();
  const stepsTo = new Map<string, StepLink[]>();
  for (const step of graph.stepLinks) {
    push(stepsFrom, step.from, step);
    push(stepsTo, step.to, step);
  }
  /** Moves between lead and executive roles, and between middle roles (kept apart: only the first are routes). */
  const movesFrom = new Map<string, RoleMove[]>();
  const movesTo = new Map<string, RoleMove[]>();
  for (const move of graph.progressionLinks) {
    push(movesFrom, move.from, move);
    push(movesTo, move.to, move);
  }
  const sideFrom = new Map<string, RoleMove[]>();
  const sideTo = new Map<string, RoleMove[]>();
  for (const move of graph.sideMoves) {
    push(sideFrom, move.from, move);
    push(sideTo, move.to, move);
  }
  const roleOrder = new Map(graph.roles.map((r, i) => [r.slug, i]));
  /** The links from a skill to the roles that need it, in the map's order of roles. */
  const roleLinksOfSkill = (skillSlug: string) =>
    [...(linksOfSkill.get(skillSlug) ?? [])].sort((a, b) => roleOrder.get(a.role)! - roleOrder.get(b.role)!);
  /** Every recorded way into a role on the map: steps from middle roles and moves from roles of its own column. */
  const routesInto = (slug: string): (StepLink | RoleMove)[] => [...(stepsTo.get(slug) ?? []), ...(movesTo.get(slug) ?? [])];
  return { roleBySlug, skillBySlug, linksOfRole, stepsFrom, movesFrom, movesTo, sideFrom, sideTo, roleLinksOfSkill, routesInto };
}
