/**
 * Career ladders walked over the progression graph, in memory (the model loads every edge in one query). Pure:
 * no database, so the walks are unit-testable and the page costs a constant number of queries.
 *
 * Vocabulary: a step is one progression edge (from -> to, typical years in the first role); a rung is a role on
 * a ladder; a ladder is a chain of rungs from a role up to a top (a role with no move onwards).
 */
import {
  PROGRESSION_TRACKS,
  ROLE_LEVELS,
  type CareerCluster,
  type ProgressionTrack,
  type ProjectionVintage,
  type RoleLevel,
} from "~db/schema/enums";
import type { SourceCitation } from "~/features/sources/citations";
import type { PayPercentiles } from "~/features/pay/pay";
import type { SkillGap, StepSkillRef } from "~/features/paths/skill-gap";

export { PROGRESSION_TRACKS };
export type { ProgressionTrack, ProjectionVintage };

/** "3–6 years", "1 year", "2 years": a step's typical years as the source gives them (no rounding). */
export function formatYearRange(min: number, max: number): string {
  if (min === max) return `${min} ${min === 1 ? "year" : "years"}`;
  return `${min}–${max} years`;
}

export interface LadderRole {
  slug: string;
  title: string;
  level: RoleLevel;
}

export interface LadderStep {
  from: string;
  to: string;
  track: ProgressionTrack;
  /** Years usually spent in the `from` role before the move (an estimate, as the source gives it). */
  typicalYearsMin: number;
  typicalYearsMax: number;
  sourceId: string;
  note: string | null;
  skillsGained: StepSkillRef[];
}

/** How a step moves on the ROLE_LEVELS scale: up a level, at the same level (sideways), or down. */
export type StepDirection = "up" | "same" | "down";

/** The part of a step a page shows beside a rung. */
export interface StepSummary {
  track: ProgressionTrack;
  typicalYearsMin: number;
  typicalYearsMax: number;
  sourceId: string;
  direction: StepDirection;
}

/** A role in a ladder tree, with the step that reaches it from its parent. */
export interface LadderTreeNode {
  slug: string;
  title: string;
  level: RoleLevel;
  step: StepSummary;
  /**
   * null: shown here with its own branches. "shown-earlier": the role already appears earlier in the same tree,
   * with its branches, so it is not repeated. "loop": the role is one this branch already passed through.
   */
  repeat: null | "shown-earlier" | "loop";
  /** Moves beyond this role in the tree's direction in the whole graph (any track): 0 = a top (or a start). */
  movesBeyond: number;
  children: LadderTreeNode[];
}

export interface LadderChain {
  rungs: (LadderRole & { step: StepSummary | null })[];
  /** Sums of the steps' typical years (null for a chain of one rung). */
  yearsMin: number | null;
  yearsMax: number | null;
}

export interface LadderGraph {
  roles: ReadonlyMap<string, LadderRole>;
  outgoing: ReadonlyMap<string, readonly LadderStep[]>;
  incoming: ReadonlyMap<string, readonly LadderStep[]>;
}

// --- What the pages receive (built by app/features/paths/queries.server.ts) ------------------------------------------

/** A role's published figures for the chosen vintage (its primary occupation's BLS projection). */
export interface RungFigures {
  socCode: string;
  occupationTitle: string;
  changePercent: number;
  baseYear: number;
  targetYear: number;
  medianAnnualWage: number | null;
  wageYear: number | null;
  sourceId: string;
  /** The OEWS percentiles of the median's survey (its 10th–90th spread), where loaded. */
  pay: PayPercentiles | null;
}

export interface RungRole extends LadderRole {
  careerCluster: CareerCluster;
  /** Null when BLS publishes no projection for the occupation in this vintage. */
  figures: RungFigures | null;
}

export interface NextRung {
  role: RungRole;
  step: StepSummary & { note: string | null };
  /** What to add or deepen for this step, grouped by ladder axis. */
  gap: SkillGap;
}

export interface EarlierRung {
  role: LadderRole;
  step: StepSummary & { note: string | null };
}

export interface TrackLadder {
  track: ProgressionTrack;
  /** The first route up on this track (see mainLadder), or null when the track has no move from the role. */
  main: LadderChain | null;
  /** Every branch up on this track. */
  tree: LadderTreeNode[];
}

export interface CareerPath {
  vintage: ProjectionVintage;
  role: RungRole;
  /** Every move from the role, in ladder order, each with its skill gap. */
  next: NextRung[];
  /** Every move into the role. */
  earlier: EarlierRung[];
  /** The technical and the management ladder above the role. */
  ladders: TrackLadder[];
  /** Where people come to the role from, as a tree going down. */
  below: LadderTreeNode[];
  /** Only for a role with no move onwards: other moves from the roles that lead to it. */
  related: { role: LadderRole; via: LadderRole; step: StepSummary }[];
  /** Every source the page cites, in order of first use. */
  sources: SourceCitation[];
}

export interface LadderStart {
  role: LadderRole & { careerCluster: CareerCluster };
  /** The main ladder from this role on each track that has one. */
  ladders: { track: ProgressionTrack; chain: LadderChain }[];
}

export interface LadderIndex {
  starts: LadderStart[];
  /** Every role (any role can be "you are here"), by title. */
  roles: (LadderRole & { careerCluster: CareerCluster; hasMoves: boolean })[];
  sources: SourceCitation[];
}

// --- Walking the graph --------------------------------------------------------------------------------------

const levelRank = (level: RoleLevel) => ROLE_LEVELS.indexOf(level);

export function buildLadderGraph(roles: readonly LadderRole[], steps: readonly LadderStep[]): LadderGraph {
  const roleMap = new Map(roles.map((r) => [r.slug, r]));
  const outgoing = new Map<string, LadderStep[]>();
  const incoming = new Map<string, LadderStep[]>();
  for (const step of steps) {
    if (!roleMap.has(step.from) || !roleMap.has(step.to)) continue;
    outgoing.set(step.from, [...(outgoing.get(step.from) ?? []), step]);
    incoming.set(step.to, [...(incoming.get(step.to) ?? []), step]);
  }
  return { roles: roleMap, outgoing, incoming };
}

export function stepDirection(graph: LadderGraph, step: Pick<LadderStep, "from" | "to">): StepDirection {
  const from = levelRank(graph.roles.get(step.from)!.level);
  const to = levelRank(graph.roles.get(step.to)!.level);
  return to > from ? "up" : to === from ? "same" : "down";
}

export function summarizeStep(graph: LadderGraph, step: LadderStep): StepSummary {
  return {
    track: step.track,
    typicalYearsMin: step.typicalYearsMin,
    typicalYearsMax: step.typicalYearsMax,
    sourceId: step.sourceId,
    direction: stepDirection(graph, step),
  };
}

const DIRECTION_ORDER: Record<StepDirection, number> = { up: 0, same: 1, down: 2 };

/**
 * The moves from a role, in ladder order: steps up a level first (the nearest level first), then sideways moves,
 * then the rest; the preferred track before the other; then by title. Deterministic, so the first move is the
 * page's "main ladder" choice.
 */
export function orderedSteps(graph: LadderGraph, slug: string, preferredTrack: ProgressionTrack = "technical"): LadderStep[] {
  const title = (s: string) => graph.roles.get(s)!.title;
  return [...(graph.outgoing.get(slug) ?? [])].sort(
    (a, b) =>
      DIRECTION_ORDER[stepDirection(graph, a)] - DIRECTION_ORDER[stepDirection(graph, b)] ||
      levelRank(graph.roles.get(a.to)!.level) - levelRank(graph.roles.get(b.to)!.level) ||
      Number(a.track !== preferredTrack) - Number(b.track !== preferredTrack) ||
      title(a.to).localeCompare(title(b.to), "en"),
  );
}

/** The moves into a role, nearest rung below first (from a lower level, the closest level first), then by title. */
export function orderedStepsInto(graph: LadderGraph, slug: string): LadderStep[] {
  const title = (s: string) => graph.roles.get(s)!.title;
  return [...(graph.incoming.get(slug) ?? [])].sort(
    (a, b) =>
      DIRECTION_ORDER[stepDirection(graph, a)] - DIRECTION_ORDER[stepDirection(graph, b)] ||
      levelRank(graph.roles.get(b.from)!.level) - levelRank(graph.roles.get(a.from)!.level) ||
      Number(a.track !== "technical") - Number(b.track !== "technical") ||
      title(a.from).localeCompare(title(b.from), "en"),
  );
}

/**
 * Roles from which some management step can be reached (following moves upward). The management ladder goes
 * through them, so a technical role that leads to Engineering Manager later is part of it.
 */
function rolesReachingManagement(graph: LadderGraph): Set<string> {
  const reaching = new Set<string>();
  const queue: string[] = [];
  for (const steps of graph.outgoing.values()) {
    for (const step of steps) {
      if (step.track === "management" && !reaching.has(step.from)) {
        reaching.add(step.from);
        queue.push(step.from);
      }
    }
  }
  while (queue.length > 0) {
    const slug = queue.shift()!;
    for (const step of graph.incoming.get(slug) ?? []) {
      if (!reaching.has(step.from)) {
        reaching.add(step.from);
        queue.push(step.from);
      }
    }
  }
  return reaching;
}

/**
 * Which moves a track's ladder follows from a role. Technical: technical steps only. Management: the management
 * steps, and the technical steps that lead to one later; once a branch has taken a management step it stays on
 * management steps.
 */
function trackFilter(graph: LadderGraph, track: ProgressionTrack) {
  if (track === "technical") return (step: LadderStep) => step.track === "technical";
  const reaching = rolesReachingManagement(graph);
  return (step: LadderStep, onManagement: boolean) => step.track === "management" || (!onManagement && reaching.has(step.to));
}

/**
 * The ladder above a role on one track, as a tree: every branch is shown; a role already shown earlier in the
 * tree (a branch that joins another) or passed through on the same branch (a loop) is named but not expanded
 * again, so the tree stays finite and each role's branches appear once.
 */
export function ladderTreeAbove(graph: LadderGraph, slug: string, track: ProgressionTrack): LadderTreeNode[] {
  const follows = trackFilter(graph, track);
  const shown = new Set<string>([slug]);
  const walk = (from: string, path: Set<string>, onManagement: boolean): LadderTreeNode[] =>
    orderedSteps(graph, from, track)
      .filter((step) => follows(step, onManagement))
      .map((step) => {
        const role = graph.roles.get(step.to)!;
        const node: LadderTreeNode = {
          ...role,
          step: summarizeStep(graph, step),
          repeat: null,
          movesBeyond: graph.outgoing.get(step.to)?.length ?? 0,
          children: [],
        };
        if (path.has(step.to)) return { ...node, repeat: "loop" };
        if (shown.has(step.to)) return { ...node, repeat: "shown-earlier" };
        shown.add(step.to);
        node.children = walk(step.to, new Set([...path, step.to]), onManagement || step.track === "management");
        return node;
      });
  return walk(slug, new Set([slug]), false);
}

/** Where people come to a role from, as a tree going down (each earlier role's own origins under it). */
export function ladderTreeBelow(graph: LadderGraph, slug: string): LadderTreeNode[] {
  const shown = new Set<string>([slug]);
  const walk = (to: string, path: Set<string>): LadderTreeNode[] =>
    orderedStepsInto(graph, to).map((step) => {
      const role = graph.roles.get(step.from)!;
      const node: LadderTreeNode = {
        ...role,
        step: summarizeStep(graph, step),
        repeat: null,
        movesBeyond: graph.incoming.get(step.from)?.length ?? 0,
        children: [],
      };
      if (path.has(step.from)) return { ...node, repeat: "loop" };
      if (shown.has(step.from)) return { ...node, repeat: "shown-earlier" };
      shown.add(step.from);
      node.children = walk(step.from, new Set([...path, step.from]));
      return node;
    });
  return walk(slug, new Set([slug]));
}

/**
 * The main ladder on a track: from the role, take the first move in ladder order (see orderedSteps) that the
 * track follows and that does not loop back, until a role with no such move. Null when the track has no move
 * from the role.
 */
export function mainLadder(graph: LadderGraph, slug: string, track: ProgressionTrack): LadderChain | null {
  const follows = trackFilter(graph, track);
  const start = graph.roles.get(slug);
  if (!start) return null;
  const rungs: LadderChain["rungs"] = [{ ...start, step: null }];
  const visited = new Set([slug]);
  let onManagement = false;
  for (let current = slug; ;) {
    const step = orderedSteps(graph, current, track).find((s) => follows(s, onManagement) && !visited.has(s.to));
    if (!step) break;
    rungs.push({ ...graph.roles.get(step.to)!, step: summarizeStep(graph, step) });
    visited.add(step.to);
    onManagement ||= step.track === "management";
    current = step.to;
  }
  if (rungs.length === 1) return null;
  if (track === "management" && !rungs.some((r) => r.step?.track === "management")) return null;
  const steps = rungs.flatMap((r) => (r.step ? [r.step] : []));
  return {
    rungs,
    yearsMin: steps.reduce((sum, s) => sum + s.typicalYearsMin, 0),
    yearsMax: steps.reduce((sum, s) => sum + s.typicalYearsMax, 0),
  };
}

/** Roles where ladders start: they lead somewhere and nothing in the graph leads to them. */
export function ladderStarts(graph: LadderGraph): LadderRole[] {
  return [...graph.roles.values()]
    .filter((r) => (graph.outgoing.get(r.slug)?.length ?? 0) > 0 && (graph.incoming.get(r.slug)?.length ?? 0) === 0)
    .sort((a, b) => levelRank(a.level) - levelRank(b.level) || a.title.localeCompare(b.title, "en"));
}

/**
 * For a role with no move onwards: the other roles people move to from the roles that lead to it (siblings on
 * the graph), each with the role it is reached from.
 */
export function relatedMoves(graph: LadderGraph, slug: string): { role: LadderRole; via: LadderRole; step: StepSummary }[] {
  const seen = new Set<string>([slug]);
  const related: { role: LadderRole; via: LadderRole; step: StepSummary }[] = [];
  for (const into of orderedStepsInto(graph, slug)) {
    for (const step of orderedSteps(graph, into.from)) {
      if (seen.has(step.to)) continue;
      seen.add(step.to);
      related.push({ role: graph.roles.get(step.to)!, via: graph.roles.get(into.from)!, step: summarizeStep(graph, step) });
    }
  }
  return related;
}

/** Every step source id in a set of trees. */
export function treeSourceIds(nodes: readonly LadderTreeNode[]): string[] {
  return nodes.flatMap((n) => [n.step.sourceId, ...treeSourceIds(n.children)]);
}
