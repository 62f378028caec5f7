/**
 * How much two roles' skill lists overlap, weighting core skills above useful ones (a weighted Jaccard index),
 * and how the skills of 2 to 4 roles split into shared and role-only ones. Pure functions: the compare page and
 * its CSV use them, and tests/unit/skill-overlap.test.ts checks them against values worked out by hand.
 *
 *   overlap(A, B) = Σ_{s ∈ A∩B} min(w_A(s), w_B(s)) / Σ_{s ∈ A∪B} max(w_A(s), w_B(s))
 *
 * with w(s) = 2 where the role lists s as core and 1 where it lists s as useful (0 where it does not list s, so
 * the denominator is the sum over the union of the larger weight). 1 = the same skills with the same
 * importance; 0 = nothing in common.
 */
import type { SkillImportance } from "~db/schema/enums";

export const SKILL_WEIGHTS: Readonly<Record<SkillImportance, number>> = { core: 2, useful: 1 };

export interface WeightedSkill {
  slug: string;
  name: string;
  importance: SkillImportance;
}

export interface SkillOverlap {
  /** Σ over skills both roles list of the smaller weight. */
  sharedPoints: number;
  /** Σ over skills either role lists of the larger weight. */
  totalPoints: number;
  /** sharedPoints / totalPoints (0 when neither role lists a skill). */
  ratio: number;
  /** The ratio as a whole percentage (half up), as the page shows it. */
  percent: number;
  /** Skills both list / skills either lists (unweighted counts, for the sentence under the figure). */
  sharedSkills: number;
  unionSkills: number;
}

/** A role's skills as slug -> weight (a skill listed twice keeps its larger weight). */
function weights(skills: readonly WeightedSkill[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const s of skills) map.set(s.slug, Math.max(map.get(s.slug) ?? 0, SKILL_WEIGHTS[s.importance]));
  return map;
}

/** The weighted Jaccard overlap of two roles' skill lists (see the module comment for the formula). */
export function weightedSkillOverlap(a: readonly WeightedSkill[], b: readonly WeightedSkill[]): SkillOverlap {
  const wa = weights(a);
  const wb = weights(b);
  let sharedPoints = 0;
  let totalPoints = 0;
  let sharedSkills = 0;
  for (const slug of new Set([...wa.keys(), ...wb.keys()])) {
    const x = wa.get(slug) ?? 0;
    const y = wb.get(slug) ?? 0;
    sharedPoints += Math.min(x, y);
    totalPoints += Math.max(x, y);
    if (x > 0 && y > 0) sharedSkills += 1;
  }
  const ratio = totalPoints === 0 ? 0 : sharedPoints / totalPoints;
  return {
    sharedPoints,
    totalPoints,
    ratio,
    percent: Math.round(ratio * 100),
    sharedSkills,
    unionSkills: new Set([...wa.keys(), ...wb.keys()]).size,
  };
}

export interface PairOverlap extends SkillOverlap {
  /** Indexes into the list of roles given (a < b). */
  a: number;
  b: number;
}

/** Every pair of roles (1 pair for 2 roles, 3 for 3, 6 for 4), in reading order: (0,1), (0,2), ..., (2,3). */
export function pairwiseSkillOverlaps(roles: readonly (readonly WeightedSkill[])[]): PairOverlap[] {
  const pairs: PairOverlap[] = [];
  for (let a = 0; a < roles.length; a += 1) {
    for (let b = a + 1; b < roles.length; b += 1) pairs.push({ a, b, ...weightedSkillOverlap(roles[a]!, roles[b]!) });
  }
  return pairs;
}

/** One skill across the compared roles: the role's own entry (importance and more) or null where it is absent. */
export interface SkillPresence<S extends WeightedSkill> {
  slug: string;
  name: string;
  /** One entry per compared role, in the roles' order. */
  byRole: (S | null)[];
  /** How many of the roles list it. */
  roleCount: number;
}

export interface SkillSplit<S extends WeightedSkill> {
  /** Listed by every role. */
  sharedByAll: SkillPresence<S>[];
  /** Listed by at least two roles but not all (only possible with 3 or 4 roles). */
  sharedBySome: SkillPresence<S>[];
  /** Per role, in the roles' order: the skills no other compared role lists. */
  onlyIn: S[][];
}

/**
 * Splits the skills of the roles into shared by all, shared by some and only in one. Within each list: the
 * heaviest first (summed weight over the roles, so "core everywhere" leads), then by name.
 */
export function splitSkills<S extends WeightedSkill>(roles: readonly (readonly S[])[]): SkillSplit<S> {
  const bySlug = new Map<string, SkillPresence<S>>();
  roles.forEach((skills, index) => {
    for (const skill of skills) {
      let presence = bySlug.get(skill.slug);
      if (!presence) {
        presence = { slug: skill.slug, name: skill.name, byRole: roles.map(() => null), roleCount: 0 };
        bySlug.set(skill.slug, presence);
      }
      const existing = presence.byRole[index];
      if (!existing) presence.roleCount += 1;
      if (!existing || SKILL_WEIGHTS[skill.importance] > SKILL_WEIGHTS[existing.importance]) presence.byRole[index] = skill;
    }
  });
  const weight = (p: SkillPresence<S>) => p.byRole.reduce((sum, s) => sum + (s ? SKILL_WEIGHTS[s.importance] : 0), 0);
  const order = (x: SkillPresence<S>, y: SkillPresence<S>) => weight(y) - weight(x) || x.name.localeCompare(y.name, "en");
  const all = [...bySlug.values()].sort(order);
  return {
    sharedByAll: all.filter((p) => p.roleCount === roles.length && roles.length > 1),
    sharedBySome: all.filter((p) => p.roleCount >= 2 && p.roleCount < roles.length),
    onlyIn: roles.map((_, index) => all.filter((p) => p.roleCount === 1 && p.byRole[index]).map((p) => p.byRole[index]!)),
  };
}
