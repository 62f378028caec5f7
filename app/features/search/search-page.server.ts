import { getCurrentDataVersion, type DataVersion } from "~/features/data-pin/data-version.server";
import { findNearestTechRoles, type NearestTo } from "~/features/occupations/nearest-roles.server";
import type { OccupationSearchHit } from "~/features/search/occupation-search.server";
import { listBrowseRoles, type TitleSearchHit } from "~/features/search/queries.server";
import { currentTitleIndex } from "~/features/search/title-index.server";
import type { UnprojectedTitleHit } from "~/features/search/title-index";
import { titleSearchParams } from "~/features/search/params.server";
import { normalizeTitle } from "~db/text";
import { describeMatch, describeOccupationMatch, MAX_QUERY_LENGTH, type MatchQuality } from "~/features/search/search";
import { loadPublicPage } from "~/lib/page-loader.server";

/** One role hit as pages and the typeahead show it. */
export interface RoleResultView {
  kind: "role";
  href: string;
  title: string;
  summary: string;
  quality: MatchQuality;
  why: string;
  /** How close a close spelling is (TitleSearchHit.closeness); decides which are answers. */
  closeness: number;
  /** A partial match where what was typed only begins a longer word of the title (TitleSearchHit.partWord). */
  partWord: boolean;
  /** With partWord: each of several words typed starts a word of the title, in order ("tech support"; TitleSearchHit.wordStarts). */
  wordStarts: boolean;
  /** The title or other name that matched, as written ("Backend Developer"). */
  matchedText: string;
}

/** One occupation hit: the occupation, why it matched, and the tech roles filed under it. */
export interface OccupationResultView {
  kind: "occupation";
  href: string;
  title: string;
  socCode: string;
  quality: MatchQuality;
  why: string;
  /** How close a close spelling is (OccupationSearchHit.closeness); decides which are answers. */
  closeness: number;
  /** A partial match where what was typed only begins a longer word of the title (OccupationSearchHit.partWord). */
  partWord: boolean;
  /** A partial match with every word typed in order, others between ("FBI Special Agent"; OccupationSearchHit.scattered). */
  scattered: boolean;
  /** For a close spelling, its letter-by-letter distance from what was typed (OccupationSearchHit.edits). */
  edits: number | null;
  /** The title that matched, as its publisher writes it ("Steamer"). */
  matchedText: string;
  isTech: boolean;
  /** The tech roles filed under what matched: the O*NET occupation of the matched title, or the line as a whole. */
  roles: { slug: string; title: string }[];
  /**
   * When the title is one O*NET occupation of a wider line (Penetration Testers in "Computer occupations, all other"):
   * that occupation, and the roles filed under the line's other O*NET occupations, which are not its roles.
   */
  onet: { code: string; title: string; otherRoles: { slug: string; title: string }[] } | null;
}

export interface TitleSearchAnswer {
  normalized: string;
  roles: RoleResultView[];
  occupations: OccupationResultView[];
  /** Close spellings not shown as answers: below the match level, or weaker than an exact or partial match elsewhere. */
  didYouMean: (RoleResultView | OccupationResultView)[];
  /**
   * Whether the occupations are the better answer, to be shown before the roles: an occupation's title is what was
   * typed and no role's is ("writer" is the occupation Writers and Authors; the role Technical Writer only contains it),
   * or an occupation's title has what was typed as whole words while every role's only begins a longer word with it
   * ("art": Art directors, not Machine Learning Engineer through "Artificial Intelligence Engineer"), unless each of
   * several words typed starts a word of a role's title and the occupation has them only apart ("tech support": IT
   * Support Specialist first; onlyBegunWord).
   */
  occupationsFirst: boolean;
  /**
   * Only when nothing answers: O*NET occupations BLS projects nothing for (the military ones) that have the title typed,
   * so the page can say why there are no figures ("soldier") rather than that no title matches.
   */
  unprojected: UnprojectedTitleHit[];
}

const isFuzzy = (hit: { quality: MatchQuality }) => hit.quality === "fuzzy";

/**
 * Whether a role was found only because what was typed begins a longer word of its title, which may be another word
 * ("art" in "Artificial Intelligence Engineer"), against the best occupation, which has it whole: the occupations then
 * come first. Not when several words were typed, each starts a word of the role's title in order (the short form ADR
 * 007 made a partial match for: "tech support", "Technical Support Specialist"), and the occupation has them only
 * apart, with other words between ("Computer Support Tech (Computer Support Technician)"): two loose matches of the
 * same kind, where the curated role keeps its place. An occupation with the words side by side still comes first ("auto
 * engine": "Auto Engine Mechanic", not QA Engineer's "Test Automation Engineer"). ADR 014, 2026-12-06.
 */
const onlyBegunWord = (role: RoleResultView, occupation: OccupationResultView) =>
  role.partWord && !(role.wordStarts && occupation.scattered);

/**
 * When only close spellings match, which are answers. A role's close spelling is one from this closeness (the mean of
 * pg_trgm's similarity and word similarity, as roles are ranked): real typos reach it ("sofware engneer" → Software
 * Engineer 0.545, "bakend developr" → Backend Developer 0.589, "it suport" → IT Support Specialist 0.58), titles
 * that only share a word do not ("prompt engineer" → Production Engineer 0.531, "electrcal engineer" → QA Engineer
 * 0.465). An occupation's is one from OCCUPATION_ANSWER_SIMILARITY (title-index.ts).
 */
export const ROLE_ANSWER_CLOSENESS = 0.54;
/**
 * And among answers, only those nearly as close as the closest one, of either kind: "clud engineer" is Cloud Engineer
 * (0.71), not also QA Engineer (0.585); "electrcal engineer" is Electrical Engineers (0.65), not a role.
 */
export const CLOSE_SPELLING_MARGIN = 0.1;

/**
 * Searches tech roles and every occupation's titles, and decides what counts as an answer. A close spelling is an
 * answer only when nothing matched exactly or in part, in roles or occupations ("statistician" is answered by the
 * Statisticians occupation, never by a role whose title merely looks alike), and only when it is close enough and
 * nearly as close as the closest (ROLE_ANSWER_CLOSENESS, CLOSE_SPELLING_MARGIN); the others are "did you mean".
 * Searches the title index of `dataVersion` (the current one when not given: one query), in memory (ADR 015).
 */
export async function answerTitleSearch({
  q,
  limit,
  dataVersion,
}: {
  q: string;
  limit: number;
  dataVersion?: Pick<DataVersion, "tag">;
}): Promise<TitleSearchAnswer> {
  const normalized = normalizeTitle(q.slice(0, MAX_QUERY_LENGTH));
  if (normalized.length === 0) return { normalized, roles: [], occupations: [], didYouMean: [], occupationsFirst: false, unprojected: [] };
  const index = await currentTitleIndex(dataVersion);
  const roleSearch = index.searchRoles({ q, limit });
  const occupationHits = index.searchOccupations({ q, limit });
  const roles = roleSearch.results.map(roleView);
  // Occupation look-alikes below the answer level are never answers (see OCCUPATION_ANSWER_SIMILARITY).
  const occupations = occupationHits.filter((o) => o.confident).map(occupationView);
  const lookAlikes = occupationHits.filter((o) => !o.confident).map(occupationView);
  const strong = roles.some((r) => !isFuzzy(r)) || occupations.some((o) => !isFuzzy(o));
  if (!strong) {
    // Only close spellings: the closest are answers, the rest "did you mean", closest first.
    const closest = Math.max(
      0,
      ...roles.filter((r) => r.closeness >= ROLE_ANSWER_CLOSENESS).map((r) => r.closeness),
      ...occupations.map((o) => o.closeness),
    );
    const isAnswer = (hit: RoleResultView | OccupationResultView) =>
      (hit.kind === "occupation" || hit.closeness >= ROLE_ANSWER_CLOSENESS) && hit.closeness >= closest - CLOSE_SPELLING_MARGIN;
    const answers = [...roles, ...occupations].filter(isAnswer);
    const others = [...roles, ...occupations].filter((hit) => !isAnswer(hit));
    const suggestions = answers.length + others.length > 0 ? [] : roleSearch.suggestions.map(roleView);
    return {
      normalized: roleSearch.normalized,
      roles: roles.filter(isAnswer),
      occupations: occupations.filter(isAnswer),
      didYouMean: closestFirst([...others, ...suggestions, ...lookAlikes]),
      occupationsFirst: false,
      unprojected: answers.length === 0 ? index.searchUnprojected(q) : [],
    };
  }
  const answerRoles = roles.filter((r) => !isFuzzy(r));
  const answerOccupations = occupations.filter((o) => !isFuzzy(o));
  // A title that is exactly what was typed leaves nothing to mean instead: "app developer" is Mobile Developer's other
  // name, and offering "Developer" (an O*NET title of photographic process workers) as a look-alike was noise.
  const exact = [...answerRoles, ...answerOccupations].some((hit) => hit.quality === "exact");
  return {
    normalized: roleSearch.normalized,
    roles: answerRoles,
    occupations: answerOccupations,
    didYouMean: exact ? [] : closestFirst([...roles.filter(isFuzzy), ...occupations.filter(isFuzzy), ...lookAlikes]),
    occupationsFirst:
      (answerOccupations[0]?.quality === "exact" && !answerRoles.some((r) => r.quality === "exact")) ||
      (answerOccupations[0] !== undefined &&
        !answerOccupations[0].partWord &&
        answerRoles.every((role) => onlyBegunWord(role, answerOccupations[0]!))),
    unprojected: [],
  };
}

/**
 * The five closest of the titles offered as "did you mean" ("actuery": Actuaries before Database Administrator): by
 * closeness, and in the places occupations hold, the occupation spelt closest letter by letter first ("phsycologist":
 * Psychologists, two edits, before Biological scientists' "Mycologist", three, which shares more trigrams).
 */
function closestFirst(hits: (RoleResultView | OccupationResultView)[]) {
  const sorted = hits.sort((a, b) => b.closeness - a.closeness);
  const occupations = sorted
    .filter((hit): hit is OccupationResultView => hit.kind === "occupation")
    .sort((a, b) => (a.edits ?? Infinity) - (b.edits ?? Infinity) || b.closeness - a.closeness);
  let next = 0;
  return sorted.map((hit) => (hit.kind === "occupation" ? occupations[next++]! : hit)).slice(0, 5);
}

function roleView(hit: TitleSearchHit): RoleResultView {
  return {
    kind: "role",
    href: `/roles/${hit.slug}`,
    title: hit.title,
    summary: hit.summary,
    quality: hit.match.quality,
    why: describeMatch(hit),
    closeness: hit.closeness,
    partWord: hit.partWord === true,
    wordStarts: hit.wordStarts === true,
    matchedText: hit.match.text,
  };
}

function occupationView(hit: OccupationSearchHit): OccupationResultView {
  const own = hit.roles.filter((r) => hit.onetCode === null || r.onetCode === null || r.onetCode === hit.onetCode);
  const otherRoles = hit.roles.filter((r) => !own.includes(r));
  return {
    kind: "occupation",
    href: `/occupations/${hit.socCode}`,
    title: hit.title,
    socCode: hit.socCode,
    quality: hit.quality,
    why: describeOccupationMatch(hit),
    closeness: hit.closeness,
    partWord: hit.partWord,
    scattered: hit.scattered,
    edits: hit.edits,
    matchedText: hit.matchedText,
    isTech: hit.isTech,
    roles: own.map(({ slug, title }) => ({ slug, title })),
    onet:
      hit.onetCode && hit.onetTitle && otherRoles.length > 0
        ? { code: hit.onetCode, title: hit.onetTitle, otherRoles: otherRoles.map(({ slug, title }) => ({ slug, title })) }
        : null,
  };
}

/**
 * /search: roles and occupations that match, the did-you-mean list, and — when the best answer is an occupation
 * outside tech, or an O*NET occupation inside a tech line that no curated role is filed under ("penetration tester") —
 * the nearest tech roles to it. One query (the data version, whose title index answers the search), and one more for
 * roles to browse, or for the nearest tech roles the first time an occupation needs them.
 */
export async function loadSearchPage(request: Request) {
  const { query, result, headers } = await loadPublicPage(request, {
    query: titleSearchParams,
    load: async ({ q }) => {
      const dataVersion = await getCurrentDataVersion();
      // No data version: nothing is loaded, and loadPublicPage answers the 503.
      const answer = q && dataVersion ? await answerTitleSearch({ q, limit: 20, dataVersion }) : undefined;
      const found = answer ? answer.roles.length + answer.occupations.length + answer.didYouMean.length : 0;
      const top = answer?.roles.length === 0 ? answer.occupations[0] : undefined;
      const near: NearestTo | undefined = !top
        ? undefined
        : !top.isTech
          ? { socCode: top.socCode }
          : top.onet && top.roles.length === 0
            ? { onetCode: top.onet.code }
            : undefined;
      const [browse, nearest] = await Promise.all([
        found === 0 ? listBrowseRoles() : Promise.resolve([]),
        near ? findNearestTechRoles({ of: near, dataVersion }) : Promise.resolve([]),
      ]);
      return { dataVersion, answer, browse, nearest: top && near ? { occupation: top, roles: nearest } : undefined };
    },
  });
  const { answer, browse, nearest, dataVersion } = result;
  return {
    /** The data version the search read, for what the route adds from other features (the skill named). */
    dataVersion,
    page: {
      query: query.q,
      /** False when the query has no letters or digits to search for (e.g. only punctuation). */
      searchable: answer ? answer.normalized.length > 0 : false,
      roles: answer?.roles ?? [],
      occupations: answer?.occupations ?? [],
      didYouMean: answer?.didYouMean ?? [],
      occupationsFirst: answer?.occupationsFirst ?? false,
      unprojected: answer?.unprojected ?? [],
      nearest,
      browse,
    },
    headers,
  };
}

export type SearchPageView = Awaited<ReturnType<typeof loadSearchPage>>["page"];
