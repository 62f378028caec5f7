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

/** At most this many areas in one search (as many as O*NET's interest code of an occupation names). */
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
 * An occupation's interest profile as O*NET 30.1 publishes it (Interests.tsv): its six scores (scale OI, 1 to 7) and
 * its high points (scale IH, kept as onet_interests.high_point), the one to three areas O*NET names as most
 * characteristic of the occupation, first to third. O*NET's Content Model (element 1.B.1, in the release's Content Model
 * Reference) says how: "A high-point profile consists of one to three interest codes, depending on how many interest
 * categories meet a minimum degree of descriptiveness for the O*NET-SOC occupation." So the high points are always its
 * highest scores, but a second or third high score that does not stand out is not one (Data Scientists: Investigative
 * 6.99 and Conventional 5.40 are; Artistic 2.59, its third highest, is not).
 */
export interface OccupationInterests {
  scores: InterestScores;
  /** O*NET's high points, first to third (one to three areas). */
  highPoints: readonly InterestAreaName[];
}

/** O*NET's interest code of an occupation: its high points as letters, first to third ("IC" for Data Scientists). */
/**
 * The interests explorer's status line, said after "Show careers" (the list changes without a page load): how many
 * careers of each kind match the picked areas, as the sections below count them.
 * "Artistic or Social: 2 tech roles, 5 tech occupations and 120 other occupations match."
 */
export function interestsCountText(
  picked: readonly InterestAreaName[],
  counts: { roles: number; techOccupations: number; otherOccupations: number },
): string {
  if (picked.length === 0) return "";
  const count = (n: number, one: string, many: string) => `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;
  const areas = picked.length === 1 ? picked[0]! : `${picked.slice(0, -1).join(", ")} or ${picked.at(-1)!}`;
  return `${areas}: ${listTitles([
    count(counts.roles, "tech role", "tech roles"),
    count(counts.techOccupations, "tech occupation", "tech occupations"),
    count(counts.otherOccupations, "other occupation", "other occupations"),
  ])} match.`;
}

export function interestCode(profile: Pick<OccupationInterests, "highPoints">): string {
  return profile.highPoints.map((name) => name[0]).join("");
}

export interface InterestFit {
  /** The picked areas that are among the occupation's high points (in its O*NET code), in the order picked. */
  matched: InterestAreaName[];
  /** Sum of its scores on every picked area (1 to 7 each, two decimals as published). */
  total: number;
}

/**
 * How an occupation fits the picked areas: which of them are among its O*NET high points (the rule: a career matches
 * an area when O*NET itself counts the area in the occupation's interest code), and its summed score on all of them.
 * Occupations rank by areas matched, then by that sum (tests/unit/interest-fit.test.ts checks by hand).
 */
export function interestFit(profile: OccupationInterests, picked: readonly InterestAreaName[]): InterestFit {
  // Scores have two decimals: sum in hundredths so 3.24 + 2.08 is 5.32, not 5.319999.
  const hundredths = picked.reduce((sum, area) => sum + Math.round(profile.scores[area] * 100), 0);
  return { matched: picked.filter((area) => profile.highPoints.includes(area)), total: hundredths / 100 };
}

/**
 * With two or three areas picked, what the order is read from beside the areas matched (which rank first, by how many:
 * compareInterestFits): the sum that orders careers matching as many, and the picked areas not in its O*NET code with
 * their scores ("Sum on your 3 areas: 11.24 (not in its O*NET code: Artistic 2.59, Social 1.66)"). Null for one area,
 * where the one score shown is the sum.
 */
export function interestSumText(fit: InterestFit, scores: InterestScores, picked: readonly InterestAreaName[]): string | null {
  if (picked.length < 2) return null;
  const outside = picked.filter((area) => !fit.matched.includes(area)).map((area) => `${area} ${scores[area].toFixed(2)}`);
  return `Sum on your ${picked.length} areas: ${fit.total.toFixed(2)}${outside.length > 0 ? ` (not in its O*NET code: ${outside.join(", ")})` : ""}`;
}

export function compareInterestFits(a: { fit: InterestFit; title: string }, b: { fit: InterestFit; title: string }): number {
  return b.fit.matched.length - a.fit.matched.length || b.fit.total - a.fit.total || (a.title < b.title ? -1 : a.title > b.title ? 1 : 0);
}

/** How many of the nearest careers a list names when none matches (closestByScore). */
export const CLOSEST_SHOWN = 3;

/**
 * When no career of a group matches the picked areas, the nearest ones, named as such: by their summed score on the
 * picked areas (highest first; with one area, its score), then A to Z. The area's own description promises tech work
 * ("In tech: supporting users, training and teaching…" for Social) that no curated role's occupation has among O*NET's
 * high points; an empty answer read as "no tech careers for you", while IT Support Specialist's occupation scores 3.32
 * on Social. The page says these are not matches and gives each score.
 */
export function closestByScore<C extends { fit: InterestFit; title: string }>(careers: readonly C[], limit = CLOSEST_SHOWN): C[] {
  return [...careers].sort((a, b) => b.fit.total - a.fit.total || (a.title < b.title ? -1 : a.title > b.title ? 1 : 0)).slice(0, limit);
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
