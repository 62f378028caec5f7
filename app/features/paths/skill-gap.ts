/**
 * The skill gap between two roles on a career ladder: what to add (or deepen) to move from the role you are in
 * to the next rung, grouped on the axes engineering ladders use (technology, system, people, process,
 * influence). Pure: the model loads the skills, this decides what counts as a gap.
 */
import { LADDER_AXES, type LadderAxis, type SkillImportance } from "~db/schema/enums";

export { LADDER_AXES };
export type { LadderAxis };

/** How pages name each axis, and what it covers (one line, for a legend). */
export const LADDER_AXIS_LABELS: Record<LadderAxis, { label: string; covers: string }> = {
  technology: { label: "Technology", covers: "languages, databases, frameworks, cloud, security and data tools" },
  system: { label: "System", covers: "designing and reasoning about whole systems" },
  people: { label: "People", covers: "working with, growing and managing people" },
  process: { label: "Process", covers: "how a team ships: methods, testing, reviews, delivery" },
  influence: { label: "Influence", covers: "reach beyond the team: direction, strategy, stakeholders" },
};

/** A skill a role lists, with how much it matters to that role. */
export interface RoleSkillRef {
  slug: string;
  name: string;
  ladderAxis: LadderAxis;
  importance: SkillImportance;
}

/** A skill a progression step names as usually gained on the way (progression_edge_skills). */
export interface StepSkillRef {
  slug: string;
  name: string;
  ladderAxis: LadderAxis;
}

export interface GapSkill {
  slug: string;
  name: string;
  /**
   * "add": the role you are in does not list it. "deepen": it does, but the next role needs it more (core there,
   * useful here) or the step names it as a skill to grow.
   */
  change: "add" | "deepen";
  /** How much the next role needs it; null when only the step names it. */
  nextImportance: SkillImportance | null;
  /** How much the role you are in lists it; null when it does not. */
  currentImportance: SkillImportance | null;
  /** The progression step itself names this skill as one usually gained on the way. */
  namedForStep: boolean;
}

export interface GapGroup {
  axis: LadderAxis;
  skills: GapSkill[];
}

export interface SkillGap {
  /** Only axes with at least one skill, in LADDER_AXES order. */
  groups: GapGroup[];
  /** Number of skills in all groups. */
  total: number;
}

/**
 * Skills to work on for the step from `current` to `next`:
 * - every skill the next role lists that the current role does not ("add");
 * - every skill the next role needs as core that the current role lists only as useful ("deepen");
 * - every skill the step names (skills_gained), whether or not either role lists it ("add" or "deepen").
 * Skills both roles list at the same or a lower need are not a gap. Within an axis, core skills (core for the next
 * role, or named for the step) come before useful ones, then by name.
 */
export function computeSkillGap({
  current,
  next,
  step = [],
}: {
  current: readonly RoleSkillRef[];
  next: readonly RoleSkillRef[];
  step?: readonly StepSkillRef[];
}): SkillGap {
  const have = new Map(current.map((s) => [s.slug, s.importance]));
  const needed = new Map(next.map((s) => [s.slug, s]));
  const named = new Map(step.map((s) => [s.slug, s]));

  const gap = new Map<string, GapSkill & { ladderAxis: LadderAxis }>();
  const consider = (skill: { slug: string; name: string; ladderAxis: LadderAxis }) => {
    if (gap.has(skill.slug)) return;
    const currentImportance = have.get(skill.slug) ?? null;
    const nextImportance = needed.get(skill.slug)?.importance ?? null;
    const namedForStep = named.has(skill.slug);
    const isGap = currentImportance === null || namedForStep || (currentImportance === "useful" && nextImportance === "core");
    if (!isGap) return;
    gap.set(skill.slug, {
      slug: skill.slug,
      name: skill.name,
      ladderAxis: skill.ladderAxis,
      change: currentImportance === null ? "add" : "deepen",
      nextImportance,
      currentImportance,
      namedForStep,
    });
  };
  next.forEach(consider);
  step.forEach(consider);

  const rank = (s: GapSkill) => (s.nextImportance === "core" || (s.nextImportance === null && s.namedForStep) ? 0 : 1);
  const groups = LADDER_AXES.map((axis) => ({
    axis,
    skills: [...gap.values()]
      .filter((s) => s.ladderAxis === axis)
      .sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name, "en"))
      .map(({ ladderAxis: _axis, ...skill }) => skill),
  })).filter((g) => g.skills.length > 0);
  return { groups, total: gap.size };
}
