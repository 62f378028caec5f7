import type { AliasOrigin } from "~db/schema/enums";
import { ALIAS_ORIGIN_LABELS } from "~/features/roles/labels";

/**
 * Longest search we accept, in UTF-16 code units (what the input's maxLength counts). The search box cannot
 * type more; a longer `q` in a hand-made URL is answered with 400 and a message, not silently cut.
 */
export const MAX_QUERY_LENGTH = 100;

/** How a title matched: whole title, the start of a word of it, or a close spelling (pg_trgm similarity). */
export type MatchQuality = "exact" | "prefix" | "fuzzy";

export interface AliasSource {
  id: string;
  publisher: string;
  title: string;
}

export type TitleMatch =
  | { kind: "title"; quality: MatchQuality; text: string }
  | { kind: "alias"; quality: MatchQuality; text: string; origin: AliasOrigin; source: AliasSource };

/** One role found by the title search, with the single best reason it was found. */
export interface TitleSearchHit {
  slug: string;
  title: string;
  summary: string;
  match: TitleMatch;
}

/** What the as-you-type box receives from /api/titles. */
export interface TitleSuggestion {
  slug: string;
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

/** "Back-End Developer job profile (Also known as; …)" -> "Back-End Developer job profile". */
export function shortSourceTitle(title: string): string {
  const short = title.replace(/\s*\(.*$/s, "").trim();
  return short.length > 0 ? short : title;
}

/**
 * Why a role was found, in one sentence a student can check:
 * "“Server-Side Developer” is another name for Back-End Developer — named in a source article (Back-End Developer job profile)".
 */
export function describeMatch(hit: Pick<TitleSearchHit, "title" | "match">): string {
  const { match } = hit;
  if (match.kind === "alias") {
    return `“${match.text}” is another name for ${hit.title} — ${ALIAS_ORIGIN_LABELS[match.origin]} (${shortSourceTitle(match.source.title)})`;
  }
  return TITLE_MATCH_TEXT[match.quality];
}

const TITLE_MATCH_TEXT: Record<MatchQuality, string> = {
  exact: "Its title is what you typed",
  prefix: "Its title contains what you typed",
  fuzzy: "Its title is close to what you typed",
};
