/**
 * pg_trgm's `similarity` and `word_similarity`, computed the way the extension computes them (PostgreSQL 15-18,
 * contrib/pg_trgm/trgm_op.c), so the search's floors keep the meaning they were tuned with in SQL (ADR 007, 014,
 * 015). tests/db/search-index.test.ts compares both functions with the extension's on every driver.
 *
 * - A word is a run of letters and digits (the extension's `t_isalnum`); everything else separates words, so "c++"
 *   is the word "c". Words are lower-cased and padded with two spaces in front and one behind: "  c++ " gives the
 *   trigrams "  c" and " c ".
 * - Scores are float4 in the extension: each is rounded to the nearest 32-bit float here too (`Math.fround`), so a
 *   comparison with a floor such as `0.3::real` (which is `Math.fround(0.3)`) gives the same answer.
 */

const WORD = /[\p{L}\p{N}]+/gu;

/** Lower-case ASCII letters, digits and other ASCII (a normalized title, nearly always): the fast path. */
const LOWER_ASCII = /^[\0-@[-\x7f]*$/;

/** The trigrams of `text` in order, with repeats (the extension's `generate_trgm_only`). */
export function trigramSequence(text: string): string[] {
  if (LOWER_ASCII.test(text)) return asciiTrigramSequence(text);
  const trigrams: string[] = [];
  for (const [word] of text.toLowerCase().matchAll(WORD)) {
    // Code points, not UTF-16 units: a trigram is three characters.
    const chars = [" ", " ", ...word, " "];
    for (let i = 0; i + 2 < chars.length; i += 1) trigrams.push(chars[i]! + chars[i + 1]! + chars[i + 2]!);
  }
  return trigrams;
}

/** `trigramSequence` of lower-case ASCII text, without regular expressions or arrays of characters. */
function asciiTrigramSequence(text: string): string[] {
  const trigrams: string[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i += 1) {
    const code = i < text.length ? text.charCodeAt(i) : 32;
    const isWordChar = (code >= 48 && code <= 57) || (code >= 97 && code <= 122);
    if (isWordChar && start < 0) start = i;
    if (!isWordChar && start >= 0) {
      const padded = `  ${text.slice(start, i)} `;
      for (let j = 0; j + 3 <= padded.length; j += 1) trigrams.push(padded.slice(j, j + 3));
      start = -1;
    }
  }
  return trigrams;
}

/** The distinct trigrams of `text` (the extension's `generate_trgm`). */
export function trigramSet(text: string): string[] {
  return [...new Set(trigramSequence(text))];
}

/** The extension's CALCSML: shared / (all of one + all of the other - shared), as a float4. */
export function trigramScore(shared: number, left: number, right: number): number {
  return Math.fround(shared / (left + right - shared));
}

/** `similarity(a, b)`: shared distinct trigrams over all distinct trigrams of both. 0 when either has none. */
export function similarity(a: string, b: string): number {
  return similarityOfSets(trigramSet(a), new Set(trigramSet(b)));
}

/** `similarity` of two strings given as their distinct trigrams. */
export function similarityOfSets(left: readonly string[], right: ReadonlySet<string>): number {
  if (left.length === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const trigram of left) if (right.has(trigram)) shared += 1;
  return trigramScore(shared, left.length, right.size);
}

/**
 * `word_similarity(query, text)`: the greatest similarity between the query's trigrams and a run of consecutive
 * trigrams of `text` (the extension's `calc_word_similarity` and `iterate_word_similarity`, non-strict). The run
 * starts and ends on a trigram the query has, and its start is moved right while that raises the score.
 */
export function wordSimilarity(query: string, text: string): number {
  const distinct = trigramSet(query);
  return wordSimilarityToNumbered({ distinct, set: new Set(distinct) }, numberTrigrams(trigramSequence(text)));
}

/** A text's trigram sequence with each trigram numbered in order of first appearance (`distinct[id]`), built once. */
export interface NumberedTrigrams {
  distinct: string[];
  ids: Int32Array;
}

export function numberTrigrams(sequence: readonly string[]): NumberedTrigrams {
  const numbers = new Map<string, number>();
  const ids = new Int32Array(sequence.length);
  sequence.forEach((trigram, i) => {
    let id = numbers.get(trigram);
    if (id === undefined) numbers.set(trigram, (id = numbers.size));
    ids[i] = id;
  });
  return { distinct: [...numbers.keys()], ids };
}

/**
 * `word_similarity` of a query (its distinct trigrams, as a list and a set) and a text numbered once by numberTrigrams:
 * the role search compares one query with every role title and alias, and numbered each title's trigrams again for each
 * query (in an in-process CPU profile of the search bench's queries, that numbering was 40% of word_similarity's time).
 */
export function wordSimilarityToNumbered(query: { distinct: readonly string[]; set: ReadonlySet<string> }, text: NumberedTrigrams): number {
  if (query.distinct.length === 0 || text.ids.length === 0) return 0;
  const inQuery = new Uint8Array(text.distinct.length);
  text.distinct.forEach((trigram, id) => (inQuery[id] = query.set.has(trigram) ? 1 : 0));
  return wordSimilarityOfIds(text.ids, inQuery, query.distinct.length);
}

/**
 * The extension's calc_word_similarity on numbered trigrams: `textIds`, the text's in order; `inQuery[id]`, 1 when
 * trigram `id` is one of the query's; `queryDistinct`, how many distinct trigrams the query has.
 */
function wordSimilarityOfIds(textIds: Int32Array, inQueryFlags: Uint8Array, queryDistinct: number): number {
  const inQuery = (id: number) => inQueryFlags[id] === 1;
  const lastPosition = new Int32Array(inQueryFlags.length).fill(-1);
  let runDistinct = 0;
  let runShared = 0;
  let lower = -1;
  let best = 0;
  for (let i = 0; i < textIds.length; i += 1) {
    const id = textIds[i]!;
    if (lower >= 0 || inQuery(id)) {
      if (lastPosition[id]! < 0) {
        runDistinct += 1;
        if (inQuery(id)) runShared += 1;
      }
      lastPosition[id] = i;
    }
    if (!inQuery(id)) continue;
    const upper = i;
    if (lower === -1) {
      lower = i;
      runDistinct = 1;
    }
    let current = trigramScore(runShared, queryDistinct, runDistinct);
    // Try later starts of the run: dropping a trigram that does not recur in it may raise the score.
    let tryShared = runShared;
    let tryDistinct = runDistinct;
    const previousLower = lower;
    for (let tryLower = lower; tryLower <= upper; tryLower += 1) {
      const score = trigramScore(tryShared, queryDistinct, tryDistinct);
      if (score > current) {
        current = score;
        runDistinct = tryDistinct;
        lower = tryLower;
        runShared = tryShared;
      }
      const dropped = textIds[tryLower]!;
      if (lastPosition[dropped] === tryLower) {
        tryDistinct -= 1;
        if (inQuery(dropped)) tryShared -= 1;
      }
    }
    best = Math.max(best, current);
    for (let gone = previousLower; gone < lower; gone += 1) {
      const dropped = textIds[gone]!;
      if (lastPosition[dropped] === gone) lastPosition[dropped] = -1;
    }
  }
  return best;
}
