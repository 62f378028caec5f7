/**
 * What the 404 of a role's address (/roles/<slug>, /paths/<slug>, /roles/<slug>/handout) carries beside its message:
 * the address read as a title, for the search box, and the roles the title search answers it with. Browser-safe: the
 * error view reads it (RoleNotFoundSearch); the search feature fills it (app/features/search/role-not-found.server.ts).
 * A browser pass (issue 12/15) found /roles/frontend-developer a bare 404 with an empty search box, while
 * /search?q=frontend+developer finds Front-End Developer exactly.
 */

/** A role offered on the 404: where it leads (the same kind of page), its title, and why it matched, as /search says. */
export interface RoleSuggestion {
  href: string;
  title: string;
  why: string;
}

export interface RoleNotFoundData {
  /** The page's message ("We have no role at the address “/roles/frontend-developer”."). */
  message: string;
  /** The address's words ("frontend developer"), the search box's first value; null when the address reads as no title. */
  words: string | null;
  /**
   * The roles the title search answers the words with: exact or partial matches of a title or another name
   * (`spelling: "match"`), or, when only close spellings match, those the search page counts as answers (`"close"`).
   */
  suggestions: RoleSuggestion[];
  spelling: "match" | "close";
}

/** Longest address, in characters once read as words, taken for a title (the longest alias in the data has 63). */
export const MAX_TITLE_LENGTH = 80;
/** Most words taken for a title. */
export const MAX_TITLE_WORDS = 10;

/** A word of a title as an address can spell it: letters (with accents), digits, "+" (C++) and "." (Node.js). */
const TITLE_WORDS = /^[\p{L}\p{M}\p{N}+.]+(?: [\p{L}\p{M}\p{N}+.]+)*$/u;

/**
 * An address segment read as a title's words: hyphens, underscores and spaces between words become one space
 * ("frontend-developer", "frontend_developer" → "frontend developer"). The segment is the route's parameter, which
 * React Router has already percent-decoded; a "%" left in it is an escape that spelled no text, or a "%" of its own.
 * Anything that does not read as a title gives null: a "%", "<", "/", a control character or an emoji, no letter at
 * all, more than MAX_TITLE_LENGTH characters or MAX_TITLE_WORDS words. Such an address gets no suggestion and an
 * empty search box.
 */
export function slugWords(segment: string): string | null {
  if (segment.length > MAX_TITLE_LENGTH * 2) return null;
  const words = segment.replace(/[-_ ]+/g, " ").trim();
  if (words.length === 0 || words.length > MAX_TITLE_LENGTH || !TITLE_WORDS.test(words) || !/\p{L}/u.test(words)) return null;
  return words.split(" ").length <= MAX_TITLE_WORDS ? words : null;
}

/**
 * The 404's data as a role route's error view receives it (an ErrorResponse's `data`, parsed from the thrown
 * response's JSON), or null for anything else: another status, a plain-text message, a shape this code did not write.
 */
export function readRoleNotFound(error: unknown): RoleNotFoundData | null {
  if (typeof error !== "object" || error === null) return null;
  const { status, data } = error as { status?: unknown; data?: unknown };
  if (status !== 404 || typeof data !== "object" || data === null) return null;
  const { message, words, suggestions, spelling } = data as Record<string, unknown>;
  if (typeof message !== "string" || !(typeof words === "string" || words === null) || !Array.isArray(suggestions)) return null;
  if (spelling !== "match" && spelling !== "close") return null;
  const valid = suggestions.filter(
    (s): s is RoleSuggestion =>
      typeof s === "object" &&
      s !== null &&
      typeof (s as RoleSuggestion).title === "string" &&
      typeof (s as RoleSuggestion).why === "string" &&
      typeof (s as RoleSuggestion).href === "string" &&
      // Only a path of this site: the data is ours, but a link is checked where it is made into one.
      /^\/(?![/\\])/.test((s as RoleSuggestion).href),
  );
  return { message, words, suggestions: valid, spelling };
}
