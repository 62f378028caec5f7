import { listTitles, sameTitle } from "~/lib/list-titles";

/**
 * The six interest areas of Holland's RIASEC model, as O*NET scores every occupation on them (1 = low, 7 = high).
 * The names are O*NET's; the explanations are ours, written for students. The scores and the occupations shown as
 * examples come from the data (onet_interests), never from this file.
 */
export const INTEREST_AREAS = [
  {
    id: "realistic",
    name: "Realistic",
    short: "Building and fixing",
    explanation:
      "You like practical, hands-on work with things you can touch: tools, machines, hardware, plants or animals, often outdoors or in a workshop, where you can see the result.",
    tech: "In tech: installing and repairing networks and hardware, working on electronics and robots, running data-centre equipment.",
  },
  {
    id: "investigative",
    name: "Investigative",
    short: "Thinking and finding out",
    explanation:
      "You like working with ideas: finding out how things work, solving puzzles, testing a hunch with facts and figures, learning for its own sake.",
    tech: "In tech: analysing data, building models, debugging hard problems, research, security investigations.",
  },
  {
    id: "artistic",
    name: "Artistic",
    short: "Creating and designing",
    explanation:
      "You like making new things and expressing ideas: designs, words, images, sound, with room to choose how, rather than following a set pattern.",
    tech: "In tech: user-experience and interface design, game and web design, technical writing, creative coding.",
  },
  {
    id: "social",
    name: "Social",
    short: "Helping and teaching",
    explanation:
      "You like working with people: helping, teaching, explaining, caring for others, listening and working things out together.",
    tech: "In tech: supporting users, training and teaching, developer relations, leading and mentoring a team.",
  },
  {
    id: "enterprising",
    name: "Enterprising",
    short: "Leading and persuading",
    explanation:
      "You like starting things and leading them: persuading people, making decisions, taking risks, running a project or a business.",
    tech: "In tech: product and project management, running a team or a company, selling and consulting.",
  },
  {
    id: "conventional",
    name: "Conventional",
    short: "Organising and keeping order",
    explanation:
      "You like clear procedures and well-kept detail: organising information, records and numbers, following and improving a system.",
    tech: "In tech: database administration, quality assurance, keeping systems documented and compliant, data management.",
  },
] as const;

export type InterestAreaId = (typeof INTEREST_AREAS)[number]["id"];
export type InterestAreaName = (typeof INTEREST_AREAS)[number]["name"];
export const INTEREST_AREA_IDS = INTEREST_AREAS.map((a) => a.id) as [InterestAreaId, ...InterestAreaId[]];

/** At most this many areas in one search (as many as an occupation's top areas). */
export const MAX_PICKED_INTERESTS = 3;

/**
 * What the list says when more than MAX_PICKED_INTERESTS areas were ticked (without JavaScript, where nothing stops a
 * fourth box): which it used, which it left out, and how to choose. A plain form sends its boxes in the list's order,
 * not the order they were ticked in, so the page cannot know which was ticked last and says "the first three in the
 * list" (a tester's pass: "these careers use the first 3" dropped the area ticked third without naming it).
 */
export function leftOutAreasText(used: readonly InterestAreaName[], leftOut: readonly InterestAreaName[]): string {
  const ticked = used.length + leftOut.length;
  const [which, it] = leftOut.length === 1 ? [leftOut[0], leftOut[0]] : ["one of those", "it"];
  return (
    `You ticked ${ticked} areas; careers are matched on up to ${MAX_PICKED_INTERESTS}. These careers use the first ` +
    `${used.length} in the list of areas, ${listTitles(used)}, and leave out ${listTitles(leftOut)}. To use ${which} ` +
    `instead, untick one of the ${used.length} ticked above, tick ${it} and show careers again.`
  );
}

/** O*NET's own questionnaire: we do not reproduce it, we say where to take it. */
export const INTEREST_PROFILER_URL = "https://www.mynextmove.org/explore/ip";

/** One occupation's six scores, by area name as O*NET writes it. */
export type InterestScores = Readonly<Record<InterestAreaName, number>>;

/**
 * An occupation's top three areas: highest score first, ties in RIASEC order ("IRC" for an investigative,
 * realistic, conventional occupation). Ours, from O*NET's six scores: O*NET's own interest code lists only its
 * high-points (Interests.tsv, scale IH, kept as onet_interests.high_point and shown on occupation pages), one to three areas.
 */
export function topAreas(scores: InterestScores): InterestAreaName[] {
  return INTEREST_AREAS.map((a, order) => ({ name: a.name, score: scores[a.name], order }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, 3)
    .map((a) => a.name);
}

export interface InterestFit {
  /** The picked areas among the occupation's top three, in the order picked. */
  matched: InterestAreaName[];
  /** Sum of its scores on every picked area (1 to 7 each, two decimals as published). */
  total: number;
}

/**
 * How an occupation fits the picked areas: which of them are in its top three, and its summed score on all of
 * them. Occupations rank by areas matched, then by that sum (tests/unit/interest-fit.test.ts checks by hand).
 */
export function interestFit(scores: InterestScores, picked: readonly InterestAreaName[]): InterestFit {
  const top = new Set(topAreas(scores));
  // Scores have two decimals: sum in hundredths so 3.24 + 2.08 is 5.32, not 5.319999.
  const hundredths = picked.reduce((sum, area) => sum + Math.round(scores[area] * 100), 0);
  return { matched: picked.filter((area) => top.has(area)), total: hundredths / 100 };
}

/**
 * With two or three areas picked, what the order is read from beside the areas matched (which rank first, by how many:
 * compareInterestFits): the sum that orders careers matching as many, and the picked areas outside the top three with
 * their scores ("Sum on your 3 areas: 11.24 (outside its top three: Social 1.66)"). Null for one area, where the one
 * score shown is the sum.
 */
export function interestSumText(fit: InterestFit, scores: InterestScores, picked: readonly InterestAreaName[]): string | null {
  if (picked.length < 2) return null;
  const outside = picked.filter((area) => !fit.matched.includes(area)).map((area) => `${area} ${scores[area].toFixed(2)}`);
  return `Sum on your ${picked.length} areas: ${fit.total.toFixed(2)}${outside.length > 0 ? ` (outside its top three: ${outside.join(", ")})` : ""}`;
}

export function compareInterestFits(a: { fit: InterestFit; title: string }, b: { fit: InterestFit; title: string }): number {
  return b.fit.matched.length - a.fit.matched.length || b.fit.total - a.fit.total || (a.title < b.title ? -1 : a.title > b.title ? 1 : 0);
}

/** An occupation's top three areas as letters, "IRC" (not O*NET's interest code: see topAreas). */
export function interestCode(scores: InterestScores): string {
  return topAreas(scores)
    .map((name) => name[0])
    .join("");
}

/**
 * Where an O*NET occupation's figures come from, when that is not obvious from its title: O*NET scores interests for
 * each O*NET occupation, BLS publishes growth and pay for the SOC occupation it is filed under, which can be a broader
 * one ("Computer Systems Engineers/Architects" is under "Computer occupations, all other"; "Poets, Lyricists and
 * Creative Writers" under "Writers and authors"). "BLS: title", or null where the two differ only in capitals
 * (sameTitle). The explorer's list, its printout and the slides of the list all name the line with it.
 */
export function blsLineLabel(o: { title: string; socTitle: string }): string | null {
  return sameTitle(o.title, o.socTitle) ? null : `BLS: ${o.socTitle}`;
}

/** "O*NET: title · BLS: title", or just the O*NET title where the BLS line has the same one (blsLineLabel). */
export function onetAndBlsTitles(o: { title: string; socTitle: string }): string {
  const bls = blsLineLabel(o);
  return bls ? `O*NET: ${o.title} · ${bls}` : `O*NET: ${o.title}`;
}
