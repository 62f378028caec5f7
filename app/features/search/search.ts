import type { AliasOrigin } from "~db/schema/enums";
import { ALIAS_ORIGIN_LABELS } from "~/features/roles/labels";
import { shortSourceTitle } from "~/features/sources/citations";
import { sameTitle } from "~/lib/list-titles";

export { MAX_QUERY_LENGTH } from "~/features/search/query-length";

/** How a title matched: whole title, the start of a word of it, or a close spelling (pg_trgm similarity). */
export type MatchQuality = "exact" | "prefix" | "fuzzy";

export interface AliasSource {
  id: string;
  title: string;
}

/**
 * `leftOut`: when what was typed holds the whole title and more ("software engineer intern": Software Engineer), the
 * words typed that are not in it, which the page names rather than calling the match a close spelling.
 * `workerOf`: when the title names who works in the field typed ("Coder" for "coding"), that field as compared.
 */
export type TitleMatch =
  | { kind: "title"; quality: MatchQuality; text: string; leftOut?: string[]; workerOf?: string }
  | { kind: "alias"; quality: MatchQuality; text: string; origin: AliasOrigin; source: AliasSource; leftOut?: string[]; workerOf?: string };

/** One role found by the title search, with the single best reason it was found. */
export interface TitleSearchHit {
  slug: string;
  title: string;
  summary: string;
  match: TitleMatch;
  /** How close the matched title is to what was typed: the mean of pg_trgm's similarity and word similarity (0–1). */
  closeness: number;
  /** A partial match where what was typed only begins a longer word of the title ("art" in "AI Engineer (Artificial …)"). */
  partWord?: true;
  /**
   * With `partWord`: several words were typed and each starts a word of the title, in the order typed ("tech support" in
   * "Technical Support Specialist"): a short form of the title, not another word that happens to begin one of its words.
   */
  wordStarts?: true;
}

/** What the as-you-type box receives from /api/titles: a tech role or an occupation, and where it leads. */
export interface TitleSuggestion {
  kind: "role" | "occupation";
  /** The page it opens: /roles/<slug> or /occupations/<code>. */
  href: string;
  title: string;
  why: string;
  quality: MatchQuality;
}

export interface TitleSuggestionsPayload {
  query: string;
  results: TitleSuggestion[];
}

export const MATCH_QUALITY_LABELS: Record<MatchQuality, string> = {
  exact: "Exact match",
  prefix: "Partial match",
  fuzzy: "Close spelling",
};

/**
 * Why a role was found, in one sentence a student can check:
 * "“Server-Side Developer” is another name for Back-End Developer — named in a source article (Untitled job profile: Back-End Developer)".
 */
export function describeMatch(hit: Pick<TitleSearchHit, "title" | "match">): string {
  const { match } = hit;
  const rest = leftOutNote(match.leftOut);
  if (match.kind === "alias") {
    const worker = match.workerOf ? `, ${workerNote(match.workerOf)},` : "";
    return `“${match.text}”${worker} is another name for ${hit.title} — ${ALIAS_ORIGIN_LABELS[match.origin]} (${shortSourceTitle(match.source.title)})${rest}`;
  }
  if (match.workerOf) return `Its title is ${workerNote(match.workerOf)}`;
  return rest ? `What you typed has its title${rest}` : TITLE_MATCH_TEXT[match.quality];
}

/** Words as quoted in a sentence: “intern”; “senior” and “remote”. */
function listQuoted(words: readonly string[]): string {
  const quoted = words.map((w) => `“${w}”`);
  return quoted.length <= 1 ? (quoted[0] ?? "") : `${quoted.slice(0, -1).join(", ")} and ${quoted.at(-1)}`;
}

const TITLE_MATCH_TEXT: Record<MatchQuality, string> = {
  exact: "Its title is what you typed",
  prefix: "Its title contains what you typed",
  fuzzy: "Its title is close to what you typed",
};

/** Where an occupation's matched title comes from. */
export type OccupationMatchOrigin = "bls_title" | "onet_title" | "onet_alternate_title" | "onet_reported_title" | "bls_sample_title";

const OCCUPATION_ORIGIN_TEXT: Record<OccupationMatchOrigin, string> = {
  bls_title: "BLS occupation title",
  onet_title: "O*NET occupation title",
  onet_alternate_title: "an O*NET alternate title",
  onet_reported_title: "a title workers reported to O*NET",
  bls_sample_title: "a BLS sample job title",
};

/**
 * Why an occupation was found: "“Penetration Tester” is an O*NET alternate title of Penetration Testers, filed by
 * BLS under Computer occupations, all other".
 */
export function describeOccupationMatch(hit: {
  title: string;
  quality: MatchQuality;
  matchedText: string;
  origin: OccupationMatchOrigin;
  onetTitle: string | null;
  scattered?: boolean;
  leftOut?: string[] | null;
  workerOf?: string | null;
}): string {
  const rest = leftOutNote(hit.leftOut);
  if (hit.workerOf && hit.origin === "bls_title") return `Its title is ${workerNote(hit.workerOf)}`;
  if (hit.origin === "bls_title") {
    return rest
      ? `What you typed has its title${rest}`
      : hit.scattered
        ? "Its title has every word you typed"
        : TITLE_MATCH_TEXT[hit.quality];
  }
  // O*NET capitalises every word, BLS only the first: "Web Developers" is the BLS line "Web developers", said once.
  const sameName = hit.onetTitle !== null && sameTitle(hit.onetTitle, hit.title);
  const owner = hit.onetTitle && !sameName ? `${hit.onetTitle}, which BLS counts under ${hit.title}` : hit.title;
  if (hit.origin === "onet_title") {
    const worker = hit.workerOf ? `, ${workerNote(hit.workerOf)},` : "";
    return `“${hit.matchedText}”${worker} is an O*NET occupation counted by BLS under ${hit.title}${rest}`;
  }
  return `“${hit.matchedText}”${closenessNote(hit)} is ${OCCUPATION_ORIGIN_TEXT[hit.origin]} of ${owner}${rest}`;
}

/** What a title is when it names who works in the field typed: "the worker’s title for “nursing”". */
function workerNote(field: string): string {
  return `the worker’s title for “${field}”`;
}

/** After a title found whole in what was typed: the words typed around it ("; “salary” is not part of it"). */
function leftOutNote(leftOut: readonly string[] | null | undefined): string {
  return leftOut?.length ? `; ${listQuoted(leftOut)} ${leftOut.length === 1 ? "is" : "are"} not part of it` : "";
}

/** How a title other than the line's own matched, said after it: nothing when it is what was typed. */
function closenessNote({
  quality,
  scattered,
  leftOut,
  workerOf,
}: {
  quality: MatchQuality;
  scattered?: boolean;
  leftOut?: string[] | null;
  workerOf?: string | null;
}): string {
  if (workerOf) return `, ${workerNote(workerOf)},`;
  if (quality === "exact" || leftOut?.length) return "";
  if (quality === "fuzzy") return " (close to what you typed)";
  return scattered ? " (has every word you typed)" : " (contains what you typed)";
}
