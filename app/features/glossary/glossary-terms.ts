/**
 * The glossary's shared types and the pure matching that marks glossary terms in a role's text (no database,
 * no React: unit-tested in tests/unit/glossary-terms.test.ts).
 */

/** What an inline definition needs. */
export interface GlossaryDefinition {
  slug: string;
  term: string;
  definition: string;
}

/** A glossary entry as /glossary lists it. */
export interface GlossaryEntry extends GlossaryDefinition {
  sourceId: string;
  /** Related terms, in the order the dataset lists them. */
  seeAlso: { slug: string; term: string }[];
}

/** A run of text: plain (slug null) or an occurrence of the glossary term `slug`. */
export interface TermSegment {
  text: string;
  slug: string | null;
}

/** The longest `?q=` the glossary filter accepts. */
export const MAX_GLOSSARY_QUERY_LENGTH = 60;

/** The id of a term's entry on /glossary (part of the page's public addresses). */
export function glossaryAnchor(slug: string): string {
  return `term-${slug}`;
}

export function glossaryHref(slug: string): string {
  return `/glossary#${glossaryAnchor(slug)}`;
}

/**
 * The names a term is written under. A bracket that spells out an acronym is a second name
 * ("API (Application Programming Interface)" -> API, Application Programming Interface); any other bracket
 * only qualifies the term ("Hot technology (O*NET)" -> Hot technology).
 */
export function termForms(term: string): string[] {
  const bracketed = /^(.*?)\s*\(([^()]+)\)\s*$/.exec(term.trim());
  if (!bracketed) return [term.trim()];
  const main = bracketed[1]!.trim();
  const inner = bracketed[2]!.trim();
  const initials = inner
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((word) => word[0])
    .join("")
    .toLowerCase();
  const letters = main.replace(/[^\p{L}\p{N}]/gu, "").toLowerCase();
  return initials === letters ? [main, inner] : [main];
}

export interface GlossaryMatcher {
  /** One alternation of every form, longest first; the capture group index names the term. */
  pattern: RegExp;
  slugByGroup: string[];
  bySlug: ReadonlyMap<string, GlossaryDefinition>;
}

const WORD_CHAR = String.raw`[\p{L}\p{N}_]`;
/** Between the words of a term: spaces or one hyphen ("back end", "back-end"), or nothing ("backend"). */
const WORD_GAP = String.raw`(?:[\s\u00a0]+|-)?`;
/** A plural: "APIs", "databases". */
const PLURAL = "(?:[eE]?[sS])?";

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/**
 * A word of a term as a pattern. Acronyms (two or more capitals, no lower case: API, REST, CI/CD, O*NET) match
 * only in capitals, so "the rest of the team" is not REST; every other word matches in any case.
 */
function wordPattern(word: string): string {
  const isAcronym = /\p{Lu}.*\p{Lu}/u.test(word) && !/\p{Ll}/u.test(word);
  return [...word]
    .map((ch) => {
      const lower = ch.toLowerCase();
      const upper = ch.toUpperCase();
      if (isAcronym || lower === upper) return escapeRegExp(ch);
      return `[${lower}${upper}]`;
    })
    .join("");
}

function formPattern(form: string): string {
  return form
    .split(/[\s\u00a0-]+/)
    .filter(Boolean)
    .map(wordPattern)
    .join(WORD_GAP);
}

/**
 * Compiles the glossary into one matcher (build it once per page). Returns null for an empty glossary.
 * Longer forms come first in the alternation, so at any position "CI/CD" wins over "CI" and
 * "Cloud computing" over "Cloud".
 */
export function buildGlossaryMatcher(definitions: readonly GlossaryDefinition[]): GlossaryMatcher | null {
  const forms = definitions.flatMap((d) => termForms(d.term).map((form) => ({ form, slug: d.slug })));
  if (forms.length === 0) return null;
  // Ties in length break by code unit, not localeCompare: the first collator a page makes sets up ICU data, which
  // cost a 40-55 ms task inside hydration on Lighthouse's slowed-down phone; the order of equal-length forms only
  // has to be stable.
  forms.sort((a, b) => b.form.length - a.form.length || (a.form < b.form ? -1 : a.form > b.form ? 1 : 0));
  const alternation = forms.map(({ form }) => `(${formPattern(form)})`).join("|");
  return {
    pattern: new RegExp(`(?<!${WORD_CHAR})(?:${alternation})${PLURAL}(?!${WORD_CHAR})`, "gu"),
    slugByGroup: forms.map((f) => f.slug),
    bySlug: new Map(definitions.map((d) => [d.slug, d])),
  };
}

/** Web addresses in running text: a term inside one ("https://example.com/api") is never marked. */
const URL_PATTERN = /\b(?:https?:\/\/|www\.)\S+/gi;

/** The term a match of the matcher's pattern is an occurrence of (the capture group that matched names it). */
function slugOf(match: RegExpMatchArray, matcher: GlossaryMatcher): string | undefined {
  const group = match.findIndex((g, i) => i > 0 && g !== undefined);
  return matcher.slugByGroup[group - 1];
}

function markText(text: string, matcher: GlossaryMatcher, seen: Set<string>): TermSegment[] {
  const links = [...text.matchAll(URL_PATTERN)].map((m) => [m.index, m.index + m[0].length] as const);
  const segments: TermSegment[] = [];
  let plainFrom = 0;
  for (const match of text.matchAll(matcher.pattern)) {
    const slug = slugOf(match, matcher);
    if (!slug || seen.has(slug)) continue;
    const start = match.index;
    const end = start + match[0].length;
    if (links.some(([from, to]) => start < to && end > from)) continue;
    seen.add(slug);
    if (start > plainFrom) segments.push({ text: text.slice(plainFrom, start), slug: null });
    segments.push({ text: match[0], slug });
    plainFrom = end;
  }
  if (plainFrom < text.length || segments.length === 0) segments.push({ text: text.slice(plainFrom), slug: null });
  return segments;
}

/**
 * Marks the first occurrence of each glossary term across the texts of one page section, in order (a term
 * marked in the first text is not marked again in the fourth). Matching is case-insensitive except for
 * acronyms, on whole words only (never "SQL" inside "MySQL"), longest term first, and never inside a web
 * address. Each text comes back as segments whose texts join to the original.
 */
export function markGlossaryTerms(texts: readonly string[], matcher: GlossaryMatcher | null): TermSegment[][] {
  if (!matcher) return texts.map((text) => [{ text, slug: null }]);
  const seen = new Set<string>();
  return texts.map((text) => markText(text, matcher, seen));
}

/**
 * The definitions of the terms that occur in the texts: all a page needs to mark them, so it need not send the
 * whole glossary to the browser. Marks made with this subset are the same as with the whole glossary: a term
 * that never matches anywhere in the texts never wins a match, so leaving it out changes no other match.
 */
export function definitionsUsedIn(texts: readonly string[], definitions: readonly GlossaryDefinition[]): GlossaryDefinition[] {
  const matcher = buildGlossaryMatcher(definitions);
  if (!matcher) return [];
  const used = new Set<string>();
  for (const text of texts) {
    for (const match of text.matchAll(matcher.pattern)) {
      const slug = slugOf(match, matcher);
      if (slug) used.add(slug);
    }
  }
  return definitions.filter((d) => used.has(d.slug));
}

/** The index letter of a term: A-Z, or "#" for anything else. */
export function glossaryLetter(term: string): string {
  const first = term
    .trim()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .charAt(0)
    .toUpperCase();
  return /^[A-Z]$/.test(first) ? first : "#";
}

/** Entries grouped under their index letter ("#" first, then A-Z), keeping the given order within a letter. */
export function groupByLetter<T extends { term: string }>(entries: readonly T[]): { letter: string; entries: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const entry of entries) {
    const letter = glossaryLetter(entry.term);
    groups.set(letter, [...(groups.get(letter) ?? []), entry]);
  }
  return [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([letter, list]) => ({ letter, entries: list }));
}

export const INDEX_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ".split("");
