/**
 * "What I can do" → careers: the fit formula, in one place, pure (the queries gather what each career asks for;
 * this scores and ranks it). The page states the same rules in plain words (components/fit-explained.tsx), and
 * tests/unit/skill-fit.test.ts checks them by hand.
 *
 * - Each skill you picked that a career asks for earns 1 point, and 1 more where the career marks it strong:
 *   for an occupation, O*NET 30.1 flags the technology "In Demand" for it (employers' job postings); for a
 *   curated tech role, it is one of the role's core skills.
 * - A career's fit is its points out of 2 per skill you picked: all your skills asked for, each strongly, is a
 *   full fit. Careers rank by points, then by how many of your skills they ask for, then by projected growth in
 *   the period shown, then A to Z.
 * - "Learn next" considers the growing careers on your list (projected growth at or above the all-occupations
 *   figure for the period): our tech roles and the occupations the list shows, each career once. A role stands for
 *   the BLS occupation it is filed under (its primary occupation), so that occupation does not count again beside it
 *   (careersForLearnNext). A skill you do not have earns, from each such career that asks for it, 2 points where that
 *   career marks it strong (in demand or hot for an occupation, core for a role) and 1 otherwise. The few skills with
 *   the most points come first: they would widen your list the most.
 */

/** One skill the student picked, as the queries resolved it. */
export interface PickedSkill {
  /** What the page shows: the curated skill's name or O*NET's technology name. */
  name: string;
  /** A curated skill (with its own page) or an O*NET 30.1 technology example. */
  kind: "skill" | "technology";
  /** The curated skill's slug when `kind` is "skill". */
  skillSlug?: string;
  /** The technology's page (/technologies/:slug) when `kind` is "technology". */
  technologySlug?: string;
  /** The O*NET technology names this pick stands for (a curated skill maps to its O*NET examples). */
  examples: string[];
  /** The curated skills this pick counts as (a technology counts as the curated skill that names it). */
  skillSlugs: string[];
}

/** That a career asks for one of the picked skills (by its index in the picks), and whether strongly. */
export interface PickAsk {
  pick: number;
  strong: boolean;
}

export interface Fit {
  points: number;
  /** 2 per picked skill. */
  maxPoints: number;
  /** Indexes of the picks the career asks for, in pick order. */
  matched: number[];
  /** Of those, the ones it marks strong. */
  strong: number[];
}

/** The fit of one career from what it asks for of the picks (duplicate asks for one pick count once, strong wins). */
export function fitOf(asks: readonly PickAsk[], pickCount: number): Fit {
  const byPick = new Map<number, boolean>();
  for (const ask of asks) {
    if (ask.pick < 0 || ask.pick >= pickCount) continue;
    byPick.set(ask.pick, (byPick.get(ask.pick) ?? false) || ask.strong);
  }
  const matched = [...byPick.keys()].sort((a, b) => a - b);
  const strong = matched.filter((p) => byPick.get(p));
  return { points: matched.length + strong.length, maxPoints: 2 * pickCount, matched, strong };
}

export interface RankableCareer {
  title: string;
  fit: Fit;
  /** Projected percent change in the period shown; null where BLS publishes none. */
  changePercent: number | null;
}

/** Best fit first: points, then skills matched, then projected growth (none last), then title A to Z. */
export function compareCareers(a: RankableCareer, b: RankableCareer): number {
  return (
    b.fit.points - a.fit.points ||
    b.fit.matched.length - a.fit.matched.length ||
    (b.changePercent ?? -Infinity) - (a.changePercent ?? -Infinity) ||
    (a.title < b.title ? -1 : a.title > b.title ? 1 : 0)
  );
}

/** Careers that ask for at least one picked skill, best fit first. */
export function rankCareers<C extends RankableCareer>(careers: readonly C[]): C[] {
  return careers.filter((c) => c.fit.points > 0).sort(compareCareers);
}

/** A growing career among the matches, and the skills it asks for that the student might learn. */
export interface GrowingCareer {
  /** "role:back-end-developer" or "occupation:15-1252": what the suggestion lists as opened. */
  key: string;
  title: string;
  asks: { skillSlug: string; strong: boolean }[];
}

/** A career on the list as learn next reads it: the BLS occupation it is (or, for a role, is filed under), its growth, its asks. */
export interface ListedCareer extends GrowingCareer {
  socCode: string;
  /** Projected percent change in the period shown; null where BLS publishes none. */
  changePercent: number | null;
}

/**
 * The careers learn next counts: the growing ones the list can show, each once. Every role the list has (all are shown),
 * then the first `occupationsShown` occupations (the list shows no more: a suggestion crediting the 21st named a
 * career the student could not find), leaving out an occupation a listed role is filed under: the role stands for its
 * primary occupation, with the role's own skills, so "Data Scientist" and "Data scientists" are one career, not two. A
 * student's pass found both credited for Statistics. Roles and occupations come best fit first, as the list shows them.
 */
export function careersForLearnNext({
  roles,
  occupations,
  occupationsShown,
  allOccupationsPercent,
}: {
  roles: readonly ListedCareer[];
  occupations: readonly ListedCareer[];
  occupationsShown: number;
  allOccupationsPercent: number | null;
}): GrowingCareer[] {
  const filedUnder = new Set(roles.map((r) => r.socCode));
  return [...roles, ...occupations.slice(0, occupationsShown).filter((o) => !filedUnder.has(o.socCode))]
    .filter((c) => isGrowing(c.changePercent, allOccupationsPercent))
    .map(({ key, title, asks }) => ({ key, title, asks }));
}

export interface LearnNextSkill {
  skillSlug: string;
  points: number;
  /** The growing careers that ask for it, strong ones first, then as the list ranks them (roles, then best fit first). */
  careers: { key: string; title: string; strong: boolean }[];
}

/** Whether a career counts as growing: at or above the all-occupations change for the period. */
export function isGrowing(changePercent: number | null, allOccupationsPercent: number | null): boolean {
  return changePercent !== null && allOccupationsPercent !== null && changePercent >= allOccupationsPercent;
}

/**
 * The skills that would widen the list most: points from the growing careers that ask for each (2 strong, 1
 * otherwise), leaving out what the student already has; most points first, then most careers, then slug. `careers`
 * come in the list's order (its roles, then its occupations, best fit first), which each skill's careers keep after
 * the strong ones: the page names the first few, so they are the careers nearest the student, not the first by name.
 */
export function learnNext(careers: readonly GrowingCareer[], have: ReadonlySet<string>, limit = 3): LearnNextSkill[] {
  const bySkill = new Map<string, LearnNextSkill>();
  for (const career of careers) {
    const asked = new Map<string, boolean>();
    for (const ask of career.asks) asked.set(ask.skillSlug, (asked.get(ask.skillSlug) ?? false) || ask.strong);
    for (const [skillSlug, strong] of asked) {
      if (have.has(skillSlug)) continue;
      const entry = bySkill.get(skillSlug) ?? { skillSlug, points: 0, careers: [] };
      entry.points += strong ? 2 : 1;
      entry.careers.push({ key: career.key, title: career.title, strong });
      bySkill.set(skillSlug, entry);
    }
  }
  // A stable sort: within strong and within the rest, the list's order.
  for (const entry of bySkill.values()) entry.careers.sort((a, b) => Number(b.strong) - Number(a.strong));
  return [...bySkill.values()]
    .sort((a, b) => b.points - a.points || b.careers.length - a.careers.length || (a.skillSlug < b.skillSlug ? -1 : 1))
    .slice(0, limit);
}

/**
 * The first learn-next skill's points by hand: "2 points from each of the 6 growing careers on your list that mark it
 * strong, 1 from each of the 2 others that ask for it: 2 × 6 + 1 × 2 = 14 points." The worked example of learn next.
 */
export function learnNextExampleText(skill: Pick<LearnNextSkill, "points" | "careers">): string {
  const strong = skill.careers.filter((c) => c.strong).length;
  const other = skill.careers.length - strong;
  // "each of the 6 growing careers on your list that mark it", "the one growing career on your list that marks it".
  const careers = (n: number) =>
    n === 1 ? "the one growing career on your list that" : `each of the ${n} growing careers on your list that`;
  const others = (n: number) => (n === 1 ? "the one other that" : `each of the ${n} others that`);
  const verb = (n: number, word: string) => (n === 1 ? `${word}s` : word);
  const reasons = [
    ...(strong > 0 ? [`2 points from ${careers(strong)} ${verb(strong, "mark")} it strong`] : []),
    ...(other > 0
      ? [
          strong > 0
            ? `1 from ${others(other)} ${verb(other, "ask")} for it`
            : `1 point from ${careers(other)} ${verb(other, "ask")} for it`,
        ]
      : []),
  ];
  const sum = [...(strong > 0 ? [`2 × ${strong}`] : []), ...(other > 0 ? [`1 × ${other}`] : [])].join(" + ");
  return `${reasons.join(", ")}: ${sum} = ${skill.points} points.`;
}
