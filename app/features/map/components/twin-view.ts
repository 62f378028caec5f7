import type { FocusPaths, MapFocus, MapGraph, SkillLink, StepLink } from "~/features/map/map-graph";
import type { FocusHref } from "~/features/map/components/focus-link";

/** What the list twin and its focus panel read: the graph's lookups, the focused paths, and how to cite and link. */
export interface TwinView {
  index: GraphIndex;
  paths: FocusPaths | null;
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

/** Lookups the lists need, built once per render (the graph's arrays would otherwise be searched once per link). */
export function indexGraph(graph: MapGraph) {
  const roleBySlug = new Map([...graph.roles, ...graph.progressionRoles].map((r) => [r.slug, r]));
  const skillBySlug = new Map(graph.skills.map((s) => [s.slug, s]));
  const linksOfSkill = new Map<string, SkillLink[]>();
  const linksOfRole = new Map<string, SkillLink[]>();
  for (const link of graph.skillLinks) {
    linksOfSkill.set(link.skill, [...(linksOfSkill.get(link.skill) ?? []), link]);
    linksOfRole.set(link.role, [...(linksOfRole.get(link.role) ?? []), link]);
  }
  const stepsFrom = new Map<string, StepLink[]>();
  for (const step of graph.stepLinks) stepsFrom.set(step.from, [...(stepsFrom.get(step.from) ?? []), step]);
  const roleOrder = new Map(graph.roles.map((r, i) => [r.slug, i]));
  /** The links from a skill to the roles that need it, in the map's order of roles. */
  const roleLinksOfSkill = (skillSlug: string) =>
    [...(linksOfSkill.get(skillSlug) ?? [])].sort((a, b) => roleOrder.get(a.role)! - roleOrder.get(b.role)!);
  return { roleBySlug, skillBySlug, linksOfRole, stepsFrom, roleLinksOfSkill };
}
