import type { AliasOrigin } from "~db/schema/enums";
import { normalizeTitle } from "~db/text";
import { techFamilyOf } from "~/features/occupations/tech-families";
import {
  MAX_QUERY_LENGTH,
  type AliasSource,
  type MatchQuality,
  type OccupationMatchOrigin,
  type TitleSearchHit,
} from "~/features/search/search";
import { distance } from "fastest-levenshtein";
import {
  numberTrigrams,
  similarityOfSets,
  trigramScore,
  trigramSequence,
  trigramSet,
  wordSimilarityToNumbered,
} from "~/features/search/trigrams";

/*
 * Every searchable title held in memory, once per data version (ADR 015): the curated roles with their aliases, and
 * every occupation's titles (BLS and O*NET occupation titles, O*NET alternate and reported titles, BLS sample
 * titles: ~72,000). A search is a few map look-ups and a count over a trigram inverted index, ranked by the same
 * rules and pg_trgm scores (trigrams.ts) the SQL queries of ADR 007 and 014 used, so the floors keep their meaning.
 * Pure: the rows come from title-index.server.ts.
 */

/**
 * Role search thresholds (pg_trgm scores, ADR 007). A title matches when either score reaches the match level;
 * below that, down to the suggestion level, it is only offered as "did you mean". Tuned on the curated titles:
 * typos such as "bakend developr" (word similarity 0.63) and "data sceintist" (0.58) match, "qwzx" (0.2) does not.
 */
export const SEARCH_THRESHOLDS = {
  matchSimilarity: 0.3,
  matchWordSimilarity: 0.5,
  suggestSimilarity: 0.15,
  suggestWordSimilarity: 0.3,
} as const;

/**
 * How close a close spelling must be, as pg_trgm similarity of the whole title, to be an answer ("accountnt" →
 * Accountant 0.62, "statistican" → Statistician 0.67) rather than a look-alike offered as "did you mean"
 * ("bakend developr" → the O*NET title "Developer" 0.37; "backnd enginer" → "Engineer" 0.41). Below the
 * suggestion level it is not shown at all ("sre" → "Skincare Specialist" 0.10). The suggestion level is also what
 * makes a title a close spelling at all: pg_trgm's `%` at its default threshold, 0.3.
 */
export const OCCUPATION_ANSWER_SIMILARITY = 0.5;
export const OCCUPATION_SUGGESTION_SIMILARITY = 0.3;

const SUGGESTION_LIMIT = 5;
const MAX_ROWS = 50;

// The floors as the float4 values SQL compared the float4 scores with (`0.3::real`).
const real = Math.fround;

/** The rows a title index is built from (read by title-index.server.ts; tests build small ones by hand). */
export interface TitleIndexRows {
  roles: { slug: string; title: string; summary: string }[];
  aliases: { roleSlug: string; alias: string; aliasNormalized: string; origin: AliasOrigin; source: AliasSource }[];
  /**
   * Every BLS line (for the title shown); `detailed` lines' titles are searchable. `employment`: its base-year
   * employment in the newest period, which orders lines that match equally well (the likelier meaning first).
   */
  occupations: { socCode: string; title: string; detailed: boolean; sourceId: string; employment?: number | null }[];
  /** Every O*NET occupation (for the O*NET title shown); those with a BLS line are searchable by their title. */
  onetOccupations: { onetCode: string; title: string; blsCode: string | null; sourceId: string }[];
  /** The curated roles filed under each BLS line. */
  roleOccupations: { socCode: string; onetCode: string | null; slug: string; title: string; isPrimary: boolean }[];
}

/** One row of occupation_titles with a BLS line. */
export interface OccupationTitleRow {
  socCode: string;
  title: string;
  titleNormalized: string;
  origin: Extract<OccupationMatchOrigin, "onet_alternate_title" | "onet_reported_title" | "bls_sample_title">;
  onetCode: string | null;
  sourceId: string;
  /**
   * O*NET's short form of an alternate title, when it gives one ("Auto Mechanic" for "Automobile Mechanic (Auto
   * Mechanic)", "HVAC Installer" for "HVAC Installer (Heating, Ventilation, and Air Conditioning Installer)").
   */
  shortTitle?: string | null;
  /** The codes of the sources O*NET lists for an alternate title ("02,04,10"). */
  onetSources?: string | null;
}

/**
 * An O*NET occupation BLS projects nothing for (no BLS line: the military ones, SOC major group 55), found by one of
 * its titles: the search can then say why it has no figures instead of "no title matches".
 */
export interface UnprojectedTitleHit {
  /** The title that matched, as O*NET writes it. */
  matchedText: string;
  onetCode: string;
  onetTitle: string;
}

/** One role found by the title search: the best match per role, and (when nothing matched) the closest titles. */
export interface TitleSearchOutcome {
  /** The query as compared (normalizeTitle of the input, the form the seed stores aliases in). */
  normalized: string;
  /** Roles whose title or an alias matched, best first, one per role. */
  results: TitleSearchHit[];
  /** Only when nothing matched: the closest titles by trigram similarity (a lower threshold). */
  suggestions: TitleSearchHit[];
}

/** One BLS occupation found by the title search, with the single best reason it was found. */
export interface OccupationSearchHit {
  socCode: string;
  title: string;
  quality: MatchQuality;
  /** False for a close spelling below OCCUPATION_ANSWER_SIMILARITY: never an answer, at most "did you mean". */
  confident: boolean;
  /** For a close spelling, pg_trgm similarity of the whole title to what was typed (0–1); 1 for the other matches. */
  closeness: number;
  /** The title that matched, as its publisher writes it. */
  matchedText: string;
  origin: OccupationMatchOrigin;
  /** The O*NET occupation the matched title belongs to, when it is an O*NET title. */
  onetTitle: string | null;
  sourceId: string | null;
  /** Ours: computer, math, engineering, tech management or design by code, or a curated tech role filed under it. */
  isTech: boolean;
  /** The O*NET occupation of the matched title, when it is an O*NET title. */
  onetCode: string | null;
  /** A partial match with every word typed in order, others between ("FBI Special Agent" for "FBI agent"). */
  scattered: boolean;
  /** The words typed around the whole title, when that is how it matched ("salary" for "web developer salary"). */
  leftOut: string[] | null;
  /** The field typed (as compared), when the title names who works in it ("nursing" for "Nurse"; workerForms). */
  workerOf: string | null;
  /** A partial match where what was typed only begins a longer word of the title ("nurse" in "Nursery Worker"). */
  partWord: boolean;
  /** For a close spelling of one word typed, the Levenshtein distance to the title (both normalized); null otherwise. */
  edits: number | null;
  /** The curated roles filed under the line, each with the O*NET occupation it is filed under (null: the line as a whole). */
  roles: { slug: string; title: string; onetCode: string | null }[];
}

interface RoleCandidate {
  slug: string;
  text: string;
  normalized: string;
  compact: string;
  /** pluralStem of `normalized`: compared with the worker forms of what was typed (workerForms). */
  stem: string;
  words: string[];
  /** `words` each in the singular (the words of `stem`), for wordsAround: built once, not per query. */
  stemWords: string[];
  trigrams: { sequence: string[]; set: Set<string>; distinct: string[]; ids: Int32Array };
  kind: "title" | "alias";
  origin: AliasOrigin | null;
  source: AliasSource | null;
  /** The whole title or alias, not one of the two names of one written "Name (Other Name)". */
  whole: boolean;
}

interface OccupationEntry {
  socCode: string;
  text: string;
  normalized: string;
  origin: OccupationMatchOrigin;
  onetCode: string | null;
  sourceId: string;
  /** How many sources O*NET lists for an alternate title (its Source(s) column); 0 for every other title. */
  attested: number;
  /** A short form O*NET writes in capitals ("CNA", "APP"): typed in lower case, it may be an ordinary word ("app"). */
  acronym?: true;
}

/** A short form that is an acronym: capitals and digits, one word ("CNA", "HVAC", "APP"; not "Auto Mechanic"). */
const ACRONYM = /^[A-Z][A-Z0-9]{1,5}$/;

/** Byte order of UTF-8, i.e. `collate "C"`: code point order (UTF-16 unit order differs above U+D7FF). */
export function compareC(a: string, b: string): number {
  if (a === b) return 0;
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i += 1) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x - y;
    if (x > 0xffff) i += 1;
  }
  return a.length - b.length;
}

/** The two names of a title written "Name (Other Name)", as O*NET writes many ("Quality Assurance Analyst (QA Analyst)"); else none. */
export function namesInAlias(alias: string): string[] {
  const pair = /^(.+?)\s*\(([^()]+)\)$/.exec(alias.trim());
  return pair ? [pair[1]!.trim(), pair[2]!.trim()] : [];
}

/**
 * A role's title or alias as the candidates it is matched by: the whole title, then each of its two names (once each),
 * every one quoting the whole title and scored for close spellings against it.
 */
function roleCandidates(
  text: string,
  normalized: string,
  role: Pick<RoleCandidate, "slug" | "kind" | "origin" | "source">,
): RoleCandidate[] {
  const trigrams = trigramsOf(normalized);
  return [normalized, ...namesInAlias(text).map(normalizeTitle)]
    .filter((form, i, all) => form !== "" && all.indexOf(form) === i)
    .map((form) => ({
      ...role,
      text,
      normalized: form,
      compact: form.replaceAll(" ", ""),
      stem: pluralStem(form),
      words: wordsOf(form),
      stemWords: wordsOf(pluralStem(form)),
      trigrams,
      whole: form === normalized,
    }));
}

/** A title's trigrams: in order, as a set, and numbered (distinct in order of first appearance, for wordSimilarityToNumbered). */
function trigramsOf(text: string): RoleCandidate["trigrams"] {
  const sequence = trigramSequence(text);
  const { distinct, ids } = numberTrigrams(sequence);
  return { sequence, set: new Set(distinct), distinct, ids };
}

function sharesAny(trigrams: readonly string[], set: ReadonlySet<string>): boolean {
  for (const trigram of trigrams) if (set.has(trigram)) return true;
  return false;
}

/** The words of a normalized title ("c++ developer" → "c++", "developer"): what a start-of-word match starts. */
const wordsOf = (normalized: string) => normalized.split(" ");

/**
 * The index: built with `addOccupationTitles` chunk by chunk (so no step holds the event loop long), then `finish`.
 * Occupation titles are entries; an inverted index maps each word to its entries (exact, start-of-title and
 * start-of-word matches) and each trigram to the entries that have it (close spellings).
 */
export class TitleIndex {
  private readonly roleCandidates: RoleCandidate[];
  private readonly roleTitles = new Map<string, { title: string; summary: string }>();
  private readonly occupationTitle = new Map<string, string>();
  private readonly onetTitle = new Map<string, string>();
  private readonly rolesBySoc = new Map<string, { slug: string; title: string; onetCode: string | null }[]>();
  /** Each normalized title, alias or name of a curated role, with the roles that have it. */
  private readonly roleSlugsByName = new Map<string, Set<string>>();
  private readonly employment = new Map<string, number>();
  /** Titles of O*NET occupations with no BLS line, by pluralStem: exact matches only. */
  private readonly unprojected = new Map<string, { text: string; onetCode: string }[]>();
  /** Each BLS line's own title as pluralStem, padded with spaces: to tell whether it names what was typed. */
  private readonly ownTitleStem = new Map<string, string>();

  private readonly entries: OccupationEntry[] = [];
  private readonly byExact = new Map<string, number[]>();
  /** By pluralStem of the title: "roofers" and "roofer" are the same title. */
  private readonly byStem = new Map<string, number[]>();
  private readonly byWord = new Map<string, number[]>();
  private sortedWords: string[] = [];
  /**
   * While titles are added: each entry's number of distinct trigrams (0 for a title close spellings never compare), and
   * the entries by trigram. `finish()` turns both into typed arrays, which close spellings count over: ~7 times faster
   * than over arrays of numbers, and the whole index takes 20 MB of heap instead of 34 (ADR 015, amended 2026-12-05).
   */
  private trigramCountList: number[] = [];
  private trigramLists = new Map<string, number[]>();
  private trigramCount = new Uint16Array(0);
  private byTrigram = new Map<string, Int32Array>();
  /** Close spellings' scratch space, one slot per entry: trigrams shared with the query, and the entries touched. */
  private shared = new Uint16Array(0);
  private touched = new Int32Array(0);

  constructor(rows: TitleIndexRows) {
    this.roleCandidates = [
      // A title or alias written "Name (Other Name)", as O*NET writes many ("Chief Technology Officer (CTO)", "User
      // Experience Designer (UX Designer)"), answers to each name on its own too, as an occupation's O*NET title answers
      // to its short form: "ux designer" is then the title typed, not one that merely contains it. The answer quotes
      // the whole title, and close spellings are scored against it (so a name alone does not outscore another title:
      // "devops" stays "DevOps Engineer").
      ...rows.roles.flatMap((r) => {
        this.roleTitles.set(r.slug, { title: r.title, summary: r.summary });
        return roleCandidates(r.title, normalizeTitle(r.title), { slug: r.slug, kind: "title", origin: null, source: null });
      }),
      ...rows.aliases.flatMap((a) =>
        roleCandidates(a.alias, a.aliasNormalized, { slug: a.roleSlug, kind: "alias", origin: a.origin, source: a.source }),
      ),
    ];
    for (const c of this.roleCandidates) {
      const slugs = this.roleSlugsByName.get(c.normalized) ?? new Set<string>();
      slugs.add(c.slug);
      this.roleSlugsByName.set(c.normalized, slugs);
    }
    for (const o of rows.occupations) {
      this.occupationTitle.set(o.socCode, o.title);
      if (o.employment != null) this.employment.set(o.socCode, o.employment);
      this.ownTitleStem.set(o.socCode, ` ${pluralStem(normalizeTitle(o.title))} `);
    }
    for (const o of rows.onetOccupations) {
      this.onetTitle.set(o.onetCode, o.title);
      if (!o.blsCode) push(this.unprojected, pluralStem(normalizeTitle(o.title)), { text: o.title, onetCode: o.onetCode });
    }
    const filed = [...rows.roleOccupations].sort((a, b) => Number(b.isPrimary) - Number(a.isPrimary) || compareC(a.title, b.title));
    for (const r of filed) {
      const list = this.rolesBySoc.get(r.socCode) ?? [];
      list.push({ slug: r.slug, title: r.title, onetCode: r.onetCode });
      this.rolesBySoc.set(r.socCode, list);
    }
    for (const o of rows.occupations) {
      if (o.detailed)
        this.addEntry(
          {
            socCode: o.socCode,
            text: o.title,
            normalized: normalizeTitle(o.title),
            origin: "bls_title",
            onetCode: null,
            sourceId: o.sourceId,
            attested: 0,
          },
          true,
        );
    }
    for (const o of rows.onetOccupations) {
      if (o.blsCode) {
        this.addEntry(
          {
            socCode: o.blsCode,
            text: o.title,
            normalized: normalizeTitle(o.title),
            origin: "onet_title",
            onetCode: o.onetCode,
            sourceId: o.sourceId,
            attested: 0,
          },
          false,
        );
      }
    }
  }

  /** Adds rows of occupation_titles (those with a BLS line). */
  addOccupationTitles(rows: OccupationTitleRow[]): void {
    for (const r of rows) {
      const entry: OccupationEntry = {
        socCode: r.socCode,
        text: r.title,
        normalized: r.titleNormalized,
        origin: r.origin,
        onetCode: r.onetCode,
        sourceId: r.sourceId,
        attested: r.onetSources ? r.onetSources.split(",").length : 0,
      };
      this.addEntry(entry, true);
      // O*NET's short form is a title of its own: "auto mechanic" is then the title typed, as it is for workers who
      // say it, rather than one that merely contains it. The answer quotes the whole title, which holds the short form.
      // Close spellings are looked for in the whole title only (which holds the short form): comparing the short forms
      // too made misspelt searches ~40% slower for no answer the whole titles do not give.
      const short = r.shortTitle ? normalizeTitle(r.shortTitle) : "";
      if (short !== "" && short !== r.titleNormalized) {
        this.addEntry({ ...entry, normalized: short, ...(ACRONYM.test(r.shortTitle!) ? { acronym: true } : {}) }, false);
      }
    }
  }

  /** Adds titles of O*NET occupations with no BLS line (occupation_titles rows without a SOC code). */
  addUnprojectedTitles(rows: { title: string; titleNormalized: string; onetCode: string }[]): void {
    for (const r of rows) push(this.unprojected, pluralStem(r.titleNormalized), { text: r.title, onetCode: r.onetCode });
  }

  /**
   * The O*NET occupations with no BLS line that have the title typed (singular or plural alike), one per occupation,
   * by O*NET code: "soldier" is a title of 55-3019.00. Whole titles only.
   */
  searchUnprojected(q: string): UnprojectedTitleHit[] {
    const found = new Map<string, UnprojectedTitleHit>();
    for (const { text, onetCode } of this.unprojected.get(pluralStem(normalizeTitle(q.slice(0, MAX_QUERY_LENGTH)))) ?? []) {
      if (!found.has(onetCode)) found.set(onetCode, { matchedText: text, onetCode, onetTitle: this.onetTitle.get(onetCode) ?? text });
    }
    return [...found.values()].sort((a, b) => compareC(a.onetCode, b.onetCode));
  }

  /** Call once every title is added. */
  finish(): this {
    this.sortedWords = [...this.byWord.keys()].sort(compareC);
    this.trigramCount = Uint16Array.from(this.trigramCountList);
    this.byTrigram = new Map([...this.trigramLists].map(([trigram, ids]) => [trigram, Int32Array.from(ids)]));
    this.trigramCountList = [];
    this.trigramLists = new Map();
    this.shared = new Uint16Array(this.entries.length);
    this.touched = new Int32Array(this.entries.length);
    return this;
  }

  /** How many occupation titles are searchable (for logs and tests). */
  get occupationTitleCount(): number {
    return this.entries.length;
  }

  private addEntry(entry: OccupationEntry, closeSpellings: boolean): void {
    const id = this.entries.push(entry) - 1;
    push(this.byExact, entry.normalized, id);
    const stem = pluralStem(entry.normalized);
    if (stem !== entry.normalized) push(this.byStem, stem, id);
    for (const word of new Set(wordsOf(entry.normalized))) push(this.byWord, word, id);
    const trigrams = closeSpellings ? trigramSet(entry.normalized) : [];
    this.trigramCountList[id] = trigrams.length;
    for (const trigram of trigrams) push(this.trigramLists, trigram, id);
  }

  /**
   * Role titles and aliases (ADR 007). Ranking: exact (equal after normalization, or equal ignoring spaces:
   * "backend" = "back end") > prefix (the query starts the title or one of its words, or each word typed starts one of
   * its words in order: "tech support" is "Technical Support Specialist", "sec analyst" "Security Analyst") > fuzzy
   * (similarity ≥ 0.3 or word similarity ≥ 0.5); ties by the mean of the two similarities, then title. One per role:
   * its best match.
   * Queries under three letters (not counting + and #) match by exact or prefix only.
   */
  searchRoles({ q, limit = 20 }: { q: string; limit?: number }): TitleSearchOutcome {
    const normalized = normalizeTitle(q.slice(0, MAX_QUERY_LENGTH));
    if (normalized.length === 0) return { normalized, results: [], suggestions: [] };
    const compact = normalized.replaceAll(" ", "");
    // A plural typed: the singular's whole words count too ("websites" is "Website Developer"'s, "apps" "App Developer"'s).
    const stem = pluralStem(normalized);
    const plural = stem !== normalized;
    const fuzzy = compact.replace(/[+#]/g, "").length >= 3;
    const t = SEARCH_THRESHOLDS;
    const query = fuzzy ? trigramsOf(normalized) : undefined;
    const queryWords = wordsOf(normalized);
    const queryStemWords = queryWords.map(pluralStem);
    const byWordStarts = fuzzy && queryWords.length > 1;
    // Titles naming who works in the field typed ("coding": the alias "Coder"), singular or plural alike. Roles are
    // curated, so any form counts (occupations keep only forms naming a few lines: withWorkers).
    const workers = new Set(workerForms(normalized).map(pluralStem));
    const wholeForms = wholeWordForms(normalized, stem);
    const best = new Map<string, ScoredRole>();
    for (const c of this.roleCandidates) {
      const isExact = c.normalized === normalized || c.compact === compact || (plural && c.stem === stem);
      const directStart = c.normalized.startsWith(normalized) || c.compact.startsWith(compact);
      const startsWords = byWordStarts && startsWordsInOrder(queryWords, c.words);
      const directWord = c.normalized.includes(` ${normalized}`) || startsWords;
      const singularStart = plural && !directStart && `${c.stem} `.startsWith(`${stem} `);
      const singularWord = plural && !directStart && !directWord && !singularStart && ` ${c.stem} `.includes(` ${stem} `);
      const atStart = directStart || singularStart;
      const atWord = directWord || singularWord;
      // What was typed only begins a longer word here ("engineer" in "Engineering Manager"): after whole words.
      const partWord = (directStart || directWord) && !isExact && !singularStart && !singularWord && !hasWholeWords(c, wholeForms, compact);
      // The whole title, two words or more, side by side in what was typed ("software engineer intern"): a partial
      // match that names the words left out, not a close spelling. One word is too little ("developer" in "game developer").
      const leftOut = c.words.length >= 2 && !isExact ? wordsAroundStems(queryWords, queryStemWords, c.stemWords) : null;
      // Sharing no trigram, both scores are 0: skip the costly one (most titles, for most queries).
      const related = query !== undefined && sharesAny(query.sequence, c.trigrams.set);
      const wordSim = related ? wordSimilarityToNumbered(query, c.trigrams) : 0;
      // word_similarity ≥ similarity (the whole title is one of the runs it tries): the cheaper filter first.
      const holds = leftOut !== null && leftOut.length > 0;
      const worker = !isExact && workers.size > 0 && workers.has(c.stem);
      const partial = atStart || atWord || holds || worker;
      if (!(isExact || partial || wordSim >= real(Math.min(t.suggestSimilarity, t.suggestWordSimilarity)))) continue;
      const sim = related ? similarityOfSets(query.distinct, c.trigrams.set) : 0;
      if (!(isExact || partial || sim >= real(t.suggestSimilarity) || wordSim >= real(t.suggestWordSimilarity))) continue;
      const tier = isExact ? 3 : partial ? 2 : sim >= real(t.matchSimilarity) || wordSim >= real(t.matchWordSimilarity) ? 1 : 0;
      const scored: ScoredRole = {
        candidate: c,
        tier,
        typed: c.normalized === normalized,
        atStart,
        score: Math.fround(sim + wordSim) / 2,
        sim,
        ...(holds && !atStart && !atWord && !worker ? { leftOut } : {}),
        ...(worker ? { workerOf: true } : {}),
        ...((singularStart || singularWord) && !isExact && !worker ? { singular: true } : {}),
        ...(partWord && !worker && !holds ? { partWord: true, ...(startsWords ? { wordStarts: true } : {}) } : {}),
      };
      const held = best.get(c.slug);
      if (!held || compareRoleMatches(scored, held) < 0) best.set(c.slug, scored);
    }
    const rowLimit = clampLimit(limit);
    const ranked = [...best.values()]
      .sort(
        (a, b) =>
          b.tier - a.tier ||
          workerFirst(a, b) ||
          wholeWordsFirst(a, b) ||
          Number(b.atStart) - Number(a.atStart) ||
          // Among titles that start with what was typed, a role's own title before another role's alias ("engineering":
          // Engineering Manager before Technical Writer's "Engineering Writer").
          (a.tier === 2 && a.atStart && b.atStart ? Number(b.candidate.kind === "title") - Number(a.candidate.kind === "title") : 0) ||
          (a.leftOut?.length ?? 0) - (b.leftOut?.length ?? 0) ||
          b.score - a.score ||
          b.sim - a.sim ||
          compareC(this.roleTitles.get(a.candidate.slug)!.title, this.roleTitles.get(b.candidate.slug)!.title),
      )
      .slice(0, rowLimit);
    const results = ranked.flatMap((s) => (s.tier > 0 ? [this.roleHit(s, normalized, QUALITY_BY_TIER[s.tier]!)] : []));
    const suggestions = results.length > 0 ? [] : ranked.slice(0, SUGGESTION_LIMIT).map((s) => this.roleHit(s, normalized, "fuzzy"));
    return { normalized, results, suggestions };
  }

  private roleHit(
    { candidate: c, score, leftOut, workerOf, partWord, wordStarts }: ScoredRole,
    normalized: string,
    quality: MatchQuality,
  ): TitleSearchHit {
    const role = this.roleTitles.get(c.slug)!;
    const rest = { ...(leftOut ? { leftOut } : {}), ...(workerOf ? { workerOf: normalized } : {}) };
    return {
      slug: c.slug,
      title: role.title,
      summary: role.summary,
      closeness: score,
      ...(partWord && quality === "prefix" ? { partWord, ...(wordStarts ? { wordStarts } : {}) } : {}),
      match:
        c.kind === "alias" && c.origin && c.source
          ? { kind: "alias", quality, text: c.text, origin: c.origin, source: c.source, ...rest }
          : { kind: "title", quality, text: c.text, ...rest },
    };
  }

  /**
   * Every occupation's titles (ADR 014). One per BLS line, its best match. Exact, start-of-title and start-of-word
   * matches first; close spellings (pg_trgm similarity of the whole title ≥ OCCUPATION_SUGGESTION_SIMILARITY) only
   * when nothing matched that way, graded: from OCCUPATION_ANSWER_SIMILARITY an answer (if it spells every word
   * typed), below it "did you mean".
   * One- and two-letter queries match whole titles only; close spellings from four letters.
   */
  searchOccupations({ q, limit = 10 }: { q: string; limit?: number }): OccupationSearchHit[] {
    const normalized = normalizeTitle(q.slice(0, MAX_QUERY_LENGTH));
    if (normalized.length === 0) return [];
    const letters = normalized.replace(/[+# ]/g, "").length;
    // Typed in capitals ("CNA"), an acronym is meant; in lower case ("app", "apps") maybe an ordinary word.
    const typedCaps = /[A-Z]/.test(q) && !/[a-z]/.test(q.replace(/s$/, "")); // "CNAs" too
    let candidates = this.strongOccupationMatches(normalized, letters < 3, typedCaps);
    if (candidates.length === 0 && letters >= 4) candidates = this.closeOccupationSpellings(normalized);
    const best = new Map<string, ScoredOccupation>();
    for (const c of candidates) {
      const held = best.get(c.entry.socCode);
      if (!held || compareOccupationMatches(c, held) < 0) best.set(c.entry.socCode, c);
    }
    // Among titles that start with what was typed, the lines where a curated role is filed that starts with it
    // (rolesStartedBy) come first, before the similarity of the whole title ("cybersecurity": Information security
    // analysts, Security Analyst's line, before "Cybersecurity Consultant" and "Cybersecurity Lawyer"; ADR 014).
    // Lines that match equally well (one O*NET title can belong to a dozen: "Roofer" is an alternate title of
    // Carpenters, "Truck Driver" of Cargo and Freight Agents): a line's own title first, then BLS's sample titles,
    // then O*NET's reported and alternate titles (ORIGIN_WEIGHT); then the line where a curated role named exactly what
    // was typed is filed ("ux designer": Web and Digital Interface Designers, the UX/UI Designer role's, before Software
    // Quality Assurance Analysts, which O*NET gives the same alternate title); then a line whose own title names what
    // was typed ("financial advisor": Personal Financial Advisors before Securities Sales Agents, both of which O*NET
    // gives that alternate title); then, when what was typed is a curated role's title or alias, a tech line (the site's
    // own editors read the word as tech: "hacker", Security Analyst's alias, puts Penetration Testers' line before
    // Machine Feeders and Taxi Drivers, whose O*NET "Hacker" more sources give); then the title more of O*NET's sources give for the line ("server": Waiters and
    // Waitresses, two sources, before Fast Food and Counter Workers, one; "CNA": Nursing Assistants, five, before
    // Home Health and Personal Care Aides, one); then the line employing more people, the likelier meaning ("teacher":
    // elementary school teachers before middle-school career/technical ones; "financial analyst": Financial and
    // Investment Analysts before Statisticians); then tech lines; then by title.
    const isTech = (socCode: string) => this.rolesBySoc.has(socCode) || techFamilyOf(socCode) !== undefined;
    const employed = (socCode: string) => this.employment.get(socCode) ?? 0;
    // What a line's own title must name: what was typed, or for a title naming who works in it, that worker ("nursing":
    // a line whose own title names nurses).
    const stem = pluralStem(normalized);
    const named = new Map<string, boolean>();
    const namesIt = ({ entry, workerOf }: ScoredOccupation) => {
      const key = `${entry.socCode} ${workerOf ?? stem}`;
      let names = named.get(key);
      if (names === undefined) named.set(key, (names = this.ownTitleStem.get(entry.socCode)?.includes(` ${workerOf ?? stem} `) ?? false));
      return names;
    };
    // Two letters met as an acronym (tier 2 only then): the line more of whose titles use it first ("hr": Human resources
    // specialists, with "HR Generalist", "HR Analyst" and a dozen more, before a line with one "HR Consultant").
    const acronymUses = new Map<string, number>();
    if (letters < 3)
      for (const c of candidates) if (c.tier === 2) acronymUses.set(c.entry.socCode, (acronymUses.get(c.entry.socCode) ?? 0) + 1);
    const moreUses = (a: ScoredOccupation, b: ScoredOccupation) =>
      a.tier === 2 && b.tier === 2 ? (acronymUses.get(b.entry.socCode) ?? 0) - (acronymUses.get(a.entry.socCode) ?? 0) : 0;
    const typedRoles = this.roleSlugsByName.get(normalized);
    const curated = (socCode: string) => !!typedRoles && (this.rolesBySoc.get(socCode) ?? []).some((r) => typedRoles.has(r.slug));
    const startedRoles = this.rolesStartedBy(normalized);
    const startedRole = (socCode: string) => Number((this.rolesBySoc.get(socCode) ?? []).some((r) => startedRoles.has(r.slug)));
    const bothAtStart = (a: ScoredOccupation, b: ScoredOccupation) => a.tier === 2 && b.tier === 2 && a.atStart && b.atStart;
    // An exact match on one of O*NET's loose titles (alternate or reported) that only one kind of O*NET source gives, of
    // a line whose own title does not name what was typed, is moved after the first line whose own title has it as whole
    // words; the rest keep their order. "police" is an O*NET alternate title of Secretaries and administrative
    // assistants, now second, after Police and sheriff's patrol officers ("Police Officer"). Two kinds of sources give
    // Waiters and waitresses "Server", which stays first; with no such named line the exact match stays first ("hacker").
    const looseExact = (m: ScoredOccupation) => m.tier === 3 && LOOSE_ORIGINS.has(m.entry.origin) && m.entry.attested < 2 && !namesIt(m);
    // A title typed exactly that five lines or more are named for ("mechanic": Automotive service technicians and
    // mechanics, Farm equipment mechanics …; "cook", "engineer", "designer") names a kind of work rather than a line:
    // how many of O*NET's sources list it for each says little of which a student means, so among those named lines
    // the one employing more people comes first (Automotive service technicians and mechanics, not Farm equipment
    // mechanics, whose "Mechanic" three kinds of sources give). Titles fewer lines are named for keep the sources' order
    // ("therapist", "server", "CNA"), and so do lines that do not name the title ("lineman").
    const namedExact = new Set(candidates.flatMap((c) => (c.tier === 3 && namesIt(c) ? [c.entry.socCode] : []))).size;
    const byEmployment = (a: ScoredOccupation, b: ScoredOccupation) =>
      namedExact >= NAMED_LINES_FOR_KIND_OF_WORK && a.tier === 3 && b.tier === 3 && namesIt(a) && namesIt(b);
    const namedWhole = (m: ScoredOccupation) => m.tier === 2 && !m.partWord && !m.singular && namesIt(m);
    // workerFirst comes before the start-of-title rule here, as in compareOccupationRank (which ranks a line's own
    // titles): "nursing" puts Registered nurses ("Nurse") before Nursing assistants, whose title starts with it.
    const rank = (a: ScoredOccupation, b: ScoredOccupation) =>
      workerFirst(a, b) ||
      wholeWordsFirst(a, b) ||
      (a.tier === 2 && b.tier === 2 && Number(b.atStart) - Number(a.atStart)) ||
      (bothAtStart(a, b) && startedRole(b.entry.socCode) - startedRole(a.entry.socCode)) ||
      compareOccupationRank(
        a,
        b,
        () =>
          moreUses(a, b) ||
          ORIGIN_WEIGHT[a.entry.origin] - ORIGIN_WEIGHT[b.entry.origin] ||
          Number(curated(b.entry.socCode)) - Number(curated(a.entry.socCode)) ||
          Number(namesIt(b)) - Number(namesIt(a)) ||
          (typedRoles ? Number(isTech(b.entry.socCode)) - Number(isTech(a.entry.socCode)) : 0) ||
          (byEmployment(a, b) ? 0 : b.entry.attested - a.entry.attested) ||
          employed(b.entry.socCode) - employed(a.entry.socCode) ||
          Number(isTech(b.entry.socCode)) - Number(isTech(a.entry.socCode)),
      );
    const ranked = movedAfter(
      [...best.values()].sort((a, b) => rank(a, b) || compareC(a.entry.text, b.entry.text) || compareC(a.entry.socCode, b.entry.socCode)),
      looseExact,
      namedWhole,
    );
    // Lines that rank equally are shown by the title shown (the line's own); otherwise in the order above.
    const tied = (a: ScoredOccupation, b: ScoredOccupation) => rank(a, b) === 0 && looseExact(a) === looseExact(b);
    return ranked
      .slice(0, clampLimit(limit))
      .map((c, position) => ({ c, position, title: this.occupationTitle.get(c.entry.socCode) ?? c.entry.text }))
      .sort((a, b) => (tied(a.c, b.c) ? compareC(a.title, b.title) : 0) || a.position - b.position)
      .map(({ c, title }) => ({
        socCode: c.entry.socCode,
        title,
        quality: QUALITY_BY_TIER[c.tier] ?? "fuzzy",
        confident: c.tier > 0,
        closeness: c.tier > 1 ? 1 : c.sim,
        edits: c.edits ?? null,
        matchedText: c.entry.text,
        origin: c.entry.origin,
        onetCode: c.entry.onetCode,
        scattered: c.scattered === true,
        leftOut: c.leftOut ?? null,
        workerOf: c.workerOf !== undefined ? normalized : null,
        partWord: c.partWord === true,
        onetTitle: c.entry.onetCode ? (this.onetTitle.get(c.entry.onetCode) ?? null) : null,
        sourceId: c.entry.sourceId,
        isTech: isTech(c.entry.socCode),
        roles: this.rolesBySoc.get(c.entry.socCode) ?? [],
      }));
  }

  /**
   * The curated roles whose own title starts with what was typed ("engineering": Engineering Manager) or, when none
   * does, one of whose aliases does ("cybersecurity": Security Analyst, by its O*NET title "Cybersecurity Analyst"). A
   * role's own title counts before any alias: with aliases, "engineering" put Technical writers first, through the
   * Technical Writer role's alias "Engineering Writer".
   */
  private rolesStartedBy(normalized: string): Set<string> {
    const byTitle = new Set<string>();
    const byAlias = new Set<string>();
    for (const c of this.roleCandidates) {
      if (c.normalized.startsWith(normalized)) (c.kind === "title" ? byTitle : byAlias).add(c.slug);
    }
    return byTitle.size > 0 ? byTitle : byAlias;
  }

  /**
   * Titles equal to the query (tier 3; singular and plural alike: "roofer" is the title "Roofers"), or, from three
   * letters, starting with it or with a word starting it (tier 2); with two, having it as an acronym (tier 2).
   */
  private strongOccupationMatches(q: string, exactOnly: boolean, typedCaps: boolean): ScoredOccupation[] {
    const matches: ScoredOccupation[] = [];
    const seen = new Set<number>();
    const stem = pluralStem(q);
    const plural = stem !== q;
    const paddedStem = ` ${stem} `;
    const wholeForms = wholeWordForms(q, stem);
    // One word typed in the plural; several words meet their singulars as scatteredMatches does, ranked as before.
    const singularWord = plural && !stem.includes(" ");
    const upperStem = stem.toUpperCase();
    const capsStem = singularWord ? new RegExp(`(^|[^A-Za-z0-9])${escapeRegExp(upperStem)}([^A-Za-z0-9]|$)`) : null;
    const sameStem = new Set(this.byStem.get(stem) ?? []);
    if (plural) for (const id of this.byExact.get(stem) ?? []) sameStem.add(id);
    const consider = (id: number) => {
      if (seen.has(id)) return;
      seen.add(id);
      const entry = this.entries[id]!;
      // An acronym typed in lower case, from three letters, is a partial match of itself alone, after the titles that
      // start with what was typed: "app" is O*NET's "APP" (Advanced Practice Provider, a nurse) but not the answer
      // before App Developer, and "apps" is not "APP".
      if (entry.acronym && !typedCaps && !exactOnly) {
        if (entry.normalized === q) matches.push({ entry, tier: 2, atStart: false, sim: 0 });
        return;
      }
      const exact = entry.normalized === q || sameStem.has(id);
      let atStart = entry.normalized.startsWith(q);
      let within = entry.normalized.includes(` ${q}`);
      // A word typed in the plural meets the singular as a whole word too, after the titles that have what was typed
      // ("websites": "Website Manager"; "windows": "Windows Administrator" before "Window Washer"), not its beginning
      // ("apps" is not "Applications Developer") nor an acronym written in capitals ("apps" is not "Advanced Practice
      // Provider (APP)"). The title's own words are tried before their singulars, and the acronym's regular expression
      // only after a plain substring test: run on each of a common word's thousands of titles, they cost milliseconds.
      let singular = false;
      if (singularWord && !atStart && !within && !exactOnly && !(entry.text.includes(upperStem) && capsStem!.test(entry.text))) {
        const padded = ` ${entry.normalized} `;
        const words = padded.includes(paddedStem) ? padded : ` ${pluralStem(entry.normalized)} `;
        atStart = words.startsWith(paddedStem);
        within = !atStart && words.includes(paddedStem);
        singular = atStart || within;
      }
      if (exact || (!exactOnly && (atStart || within))) {
        // What was typed only begins a longer word here ("nurse" in "Nursery Worker"): after the titles with it whole.
        const partWord = !exact && !singular && !hasWholeWord(entry.normalized, wholeForms);
        matches.push({
          entry,
          tier: exact ? 3 : 2,
          atStart,
          sim: 0,
          ...(singular && !exact ? { singular } : {}),
          ...(partWord ? { partWord } : {}),
        });
      }
    };
    for (const id of this.byExact.get(q) ?? []) consider(id);
    for (const id of sameStem) consider(id);
    if (exactOnly) {
      // Two letters or digits: also the titles with them as a word written in capitals, an acronym, as partial matches
      // ("hr": "HR Manager (Human Resources Manager)", "it": "IT Director"); never an ordinary word ("in", "of") or the
      // beginning of a longer one.
      if (/^[a-z0-9]{2}$/.test(q)) {
        const caps = new RegExp(`(^|[^A-Za-z0-9])${q.toUpperCase()}([^A-Za-z0-9]|$)`);
        for (const id of this.byWord.get(q) ?? []) {
          const entry = this.entries[id]!;
          if (seen.has(id) || !caps.test(entry.text)) continue;
          seen.add(id);
          matches.push({ entry, tier: 2, atStart: entry.normalized.startsWith(`${q} `), sim: 0 });
        }
      }
      return matches;
    }
    // A title the query starts, or one of whose words it starts, has a word that the query's first word starts; when
    // the query has more words, a word that is its first word.
    const [first, ...more] = wordsOf(q);
    const stemFirst = wordsOf(stem)[0]!;
    if (stemFirst !== first) for (const id of this.byWord.get(stemFirst) ?? []) consider(id);
    if (more.length > 0) {
      for (const id of this.byWord.get(first!) ?? []) consider(id);
      const matched = new Set(matches.map((m) => m.entry));
      return this.withWorkers(q, [...matches, ...this.scatteredMatches(wordsOf(stem), matched), ...this.titlesWithin(wordsOf(q), matched)]);
    }
    for (let i = lowerBound(this.sortedWords, first!); i < this.sortedWords.length; i += 1) {
      const word = this.sortedWords[i]!;
      if (!word.startsWith(first!)) break;
      for (const id of this.byWord.get(word)!) consider(id);
    }
    return this.withWorkers(q, matches);
  }

  /**
   * `matches` with the titles that name who works in the field typed, as tier 2 matches marked `workerOf`: of
   * workerForms, the first whose exact titles (singular or plural alike) belong to lines that are named for that worker,
   * by their own title or the O*NET occupation's ("Nurse" for "nursing": Registered nurses; "Computer Scientist" for
   * "computer science": Computer and information research scientists). O*NET's "Coder" of Medical records specialists,
   * "Police" of secretaries, "Governor" of chief executives do not count. Nothing when that form names more than
   * WORKER_LINE_LIMIT lines. A title that already matched as containing what was typed is marked so.
   */
  private withWorkers(q: string, matches: ScoredOccupation[]): ScoredOccupation[] {
    for (const form of workerForms(q)) {
      const formStem = pluralStem(form);
      const head = ` ${wordsOf(formStem).at(-1)!} `;
      const ids = new Set([...(this.byExact.get(form) ?? []), ...(this.byExact.get(formStem) ?? []), ...(this.byStem.get(formStem) ?? [])]);
      const found = [...ids].map((id) => this.entries[id]!).filter((entry) => this.namedFor(entry, head));
      if (found.length === 0) continue;
      if (new Set(found.map((entry) => entry.socCode)).size > WORKER_LINE_LIMIT) return matches;
      const byEntry = new Map(matches.map((m) => [m.entry, m]));
      for (const entry of found) {
        const held = byEntry.get(entry);
        if (held === undefined) matches.push({ entry, tier: 2, atStart: true, sim: 0, workerOf: formStem });
        else if (held.tier === 2) Object.assign(held, { workerOf: formStem, atStart: true });
      }
      return matches;
    }
    return matches;
  }

  /** Whether the line's own title, or the O*NET occupation's the title belongs to, has `word` (padded, singular). */
  private namedFor(entry: OccupationEntry, word: string): boolean {
    if (this.ownTitleStem.get(entry.socCode)?.includes(word)) return true;
    const onet = entry.onetCode ? this.onetTitle.get(entry.onetCode) : undefined;
    return onet !== undefined && ` ${pluralStem(normalizeTitle(onet))} `.includes(word);
  }

  /**
   * Titles of two words or more found whole, side by side, in what was typed, with more words around them (tier 2,
   * `leftOut`): "web developer salary" has Web Developer. Read from the titles that start with one of the query's words.
   */
  private titlesWithin(words: string[], matched: Set<OccupationEntry>): ScoredOccupation[] {
    const found: ScoredOccupation[] = [];
    const seen = new Set<number>();
    for (const word of new Set(words)) {
      // A title found whole starts with one of the words typed: only those are read further.
      for (const id of this.byWord.get(word) ?? []) {
        const entry = this.entries[id]!;
        if (!entry.normalized.startsWith(`${word} `) || seen.has(id)) continue;
        seen.add(id);
        if (matched.has(entry)) continue;
        const titleWords = wordsOf(entry.normalized);
        if (titleWords.length < 2) continue;
        const leftOut = wordsAround(words, titleWords);
        if (leftOut && leftOut.length > 0) found.push({ entry, tier: 2, atStart: false, sim: 0, leftOut });
      }
    }
    return found;
  }

  /**
   * Titles with every word typed (`words`: each singular) in the order typed, with other words between (tier 2,
   * `scattered`): "FBI agent" is "FBI Special Agent"; "agent FBI" is not, nor is "FBI ag" (whole words only). Read from
   * the titles of the rarest word, in any of its forms; `matched` are the titles already matched side by side.
   */
  private scatteredMatches(words: string[], matched: Set<OccupationEntry>): ScoredOccupation[] {
    let rarest: number[] | undefined;
    for (const word of words) {
      const forms = [word, `${word}s`, `${word}es`, ...(word.endsWith("y") ? [`${word.slice(0, -1)}ies`] : [])];
      const ids = forms.flatMap((form) => this.byWord.get(form) ?? []);
      if (rarest === undefined || ids.length < rarest.length) rarest = ids;
    }
    const padded = words.map((word) => ` ${word} `);
    const matches: ScoredOccupation[] = [];
    for (const id of new Set(rarest)) {
      const entry = this.entries[id]!;
      if (matched.has(entry)) continue;
      const title = ` ${pluralStem(entry.normalized)} `;
      let from = 0;
      const inOrder = padded.every((word) => {
        const at = title.indexOf(word, from);
        from = at + word.length - 1;
        return at >= 0;
      });
      if (inOrder) matches.push({ entry, tier: 2, atStart: false, sim: 0, scattered: true });
    }
    return matches;
  }

  /** Titles whose pg_trgm similarity to the query is at least OCCUPATION_SUGGESTION_SIMILARITY, by shared trigrams. */
  private closeOccupationSpellings(q: string): ScoredOccupation[] {
    // Counting shared trigrams over every list beat scanning only the rarest lists and looking the commonest up
    // per candidate (ADR 015): a typo of a common word ("enginer") touches ~45,000 of the 75,000 titles either way.
    const queryTrigrams = trigramSet(q);
    const { shared, touched, trigramCount } = this;
    let touchedCount = 0;
    for (const trigram of queryTrigrams) {
      const ids = this.byTrigram.get(trigram);
      if (ids === undefined) continue;
      for (let i = 0; i < ids.length; i += 1) {
        const id = ids[i]!;
        if (shared[id] === 0) touched[touchedCount++] = id;
        shared[id] = shared[id]! + 1;
      }
    }
    const matches: ScoredOccupation[] = [];
    const queryWords = wordsOf(q).map((word) => trigramSet(word));
    const floor = real(OCCUPATION_SUGGESTION_SIMILARITY);
    // Letter by letter only for one word typed: against several, a short title that is one of them ("Driver" for "uber
    // driver") is many edits away, though it is what the trigrams rightly find first.
    const oneWord = !q.includes(" ");
    let fewestEdits = Infinity;
    for (let i = 0; i < touchedCount; i += 1) {
      const id = touched[i]!;
      const sim = trigramScore(shared[id]!, trigramCount[id]!, queryTrigrams.length);
      shared[id] = 0;
      if (sim < floor) continue;
      const entry = this.entries[id]!;
      // An answer must be a spelling of every word typed: "uber driver" is not the title "Driver" misspelt (0.58), so
      // that is only a "did you mean"; "electrcal engineer" is "Electrical Engineers".
      const answer = sim >= real(OCCUPATION_ANSWER_SIMILARITY) && spellsEveryWord(queryWords, entry.normalized);
      const edits = oneWord ? distance(q, entry.normalized) : undefined;
      if (edits !== undefined) fewestEdits = Math.min(fewestEdits, edits);
      matches.push({ entry, tier: answer ? 1 : 0, atStart: false, sim, ...(edits !== undefined ? { edits } : {}) });
    }
    // Nor is a title an answer when another is spelt closer, letter by letter: "phsycologist" shares more trigrams with
    // "Mycologist" (0.5, three edits) than with "Psychologist" (0.44, two), which a student meant; both are then only
    // offered, the closer first (compareOccupationRank).
    for (const m of matches) if (m.tier === 1 && m.edits !== undefined && m.edits > fewestEdits) m.tier = 0;
    return matches;
  }
}

const QUALITY_BY_TIER: Record<number, MatchQuality | undefined> = { 3: "exact", 2: "prefix", 1: "fuzzy" };

interface ScoredRole {
  candidate: RoleCandidate;
  tier: number;
  /** The title is what was typed, letter for letter once normalized (not only the same without spaces). */
  typed: boolean;
  atStart: boolean;
  score: number;
  sim: number;
  /** The words typed around the whole title, when that is how it matched ("intern" for "software engineer intern"). */
  leftOut?: string[];
  /** The title or alias names who works in the field typed ("Coder" for "coding"; workerForms). */
  workerOf?: boolean;
  /** Matched only through the singular of a plural typed ("App Developer" for "apps"): after those that have it. */
  singular?: boolean;
  /** What was typed only begins a longer word of the title ("engineer" in "Engineering Manager"): wholeWordsFirst. */
  partWord?: boolean;
  /** With partWord: each of several words typed starts a word of the title, in order (TitleSearchHit.wordStarts). */
  wordStarts?: boolean;
}

interface ScoredOccupation {
  entry: OccupationEntry;
  tier: number;
  atStart: boolean;
  sim: number;
  /** For a close spelling of one word typed, the Levenshtein distance to the title (normalized): fewest first. */
  edits?: number;
  /** A title with every word typed in that order, not side by side ("FBI agent": "FBI Special Agent"). */
  scattered?: boolean;
  /** The whole title (two words or more) side by side in what was typed: the other words typed. */
  leftOut?: string[];
  /** The title names who works in the field typed, rather than containing it: the form it matched ("nurse" for "nursing"; workerForms). */
  workerOf?: string;
  /** Matched only through the singular of a plural typed ("Window Washer" for "windows"): after the titles that have it. */
  singular?: boolean;
  /** What was typed only begins a longer word of the title ("nurse" in "Nursery Worker"): wholeWordsFirst. */
  partWord?: boolean;
}

/**
 * Among partial matches (tier 2), a title that names who works in the field typed before one that contains it: for
 * "nursing", Registered nurses (by "Nurse") before Nursing assistants; for "programming", Computer programmers (by
 * "Programmer") before Producers and directors' "Programming Director" (ADR 014).
 */
function workerFirst(
  a: { tier: number; workerOf?: unknown; singular?: boolean },
  b: { tier: number; workerOf?: unknown; singular?: boolean },
): number {
  if (a.tier !== 2 || b.tier !== 2) return 0;
  // Then a title that has what was typed before one met only through its singular (ADR 014).
  return Number(b.workerOf !== undefined) - Number(a.workerOf !== undefined) || Number(a.singular === true) - Number(b.singular === true);
}

/**
 * Among partial matches (tier 2), a title with what was typed as whole words before one where it only begins a longer
 * word: for "nurse", "Licensed Practical Nurse" before "Nursery Worker"; for "engineer", "Software Engineer" before
 * "Engineering Manager". While a word is still being typed ("nur", "engin"), no title has it whole and the order is as
 * before (ADR 014).
 */
function wholeWordsFirst(a: { tier: number; partWord?: boolean }, b: { tier: number; partWord?: boolean }): number {
  if (a.tier !== 2 || b.tier !== 2) return 0;
  return Number(a.partWord === true) - Number(b.partWord === true);
}

/**
 * The forms of what was typed (`q`, normalized; `stem`, its singular) a title may have as whole words: as typed, singular
 * and plural, the plurals as scatteredMatches reads them. Built once per query.
 */
function wholeWordForms(q: string, stem: string): string[] {
  return [...new Set([q, stem, `${stem}s`, `${stem}es`, ...(stem.endsWith("y") ? [`${stem.slice(0, -1)}ies`] : [])])];
}

/**
 * Whether a title has one of `forms` as whole words: "developer" is whole in "Software Developers", not in "Development
 * Manager". Read in place, without building a string per title: a common word ("engineer") has thousands of titles.
 */
function hasWholeWord(title: string, forms: readonly string[]): boolean {
  for (const form of forms) {
    for (let at = title.indexOf(form); at !== -1; at = title.indexOf(form, at + 1)) {
      const end = at + form.length;
      if ((at === 0 || title.charCodeAt(at - 1) === 32) && (end === title.length || title.charCodeAt(end) === 32)) return true;
    }
  }
  return false;
}

/** Whether a role's title or alias has what was typed as whole words, or as the first words written as one ("backend"). */
function hasWholeWords(c: RoleCandidate, forms: readonly string[], compact: string): boolean {
  if (hasWholeWord(c.normalized, forms)) return true;
  let joined = "";
  for (const word of c.words) {
    joined += word;
    if (joined === compact) return true;
    if (joined.length >= compact.length) return false;
  }
  return false;
}

/**
 * A role's best match: tier; among exact matches the one typed letter for letter, a whole title before one of its two
 * names, the role's own title before an alias; then start of title, mean similarity, similarity, its title over an
 * alias, then text.
 */
function compareRoleMatches(a: ScoredRole, b: ScoredRole): number {
  const ownTitle = (s: ScoredRole) => Number(s.typed && s.candidate.kind === "title");
  const wholeTyped = (s: ScoredRole) => Number(s.typed && s.candidate.whole);
  return (
    b.tier - a.tier ||
    workerFirst(a, b) ||
    wholeWordsFirst(a, b) ||
    // What was typed letter for letter first ("Backend Developer", an alias, before the title "Back-End Developer"), a
    // whole title or alias before one of its two names ("Chief Technology Officer", an alias, before the title's name
    // in "Chief Technology Officer (CTO)"), then the role's own title before an alias as exact ("cto": "Chief
    // Technology Officer (CTO)", not the alias "Chief Technical Officer (CTO)").
    Number(b.typed) - Number(a.typed) ||
    wholeTyped(b) - wholeTyped(a) ||
    ownTitle(b) - ownTitle(a) ||
    Number(b.atStart) - Number(a.atStart) ||
    (a.leftOut?.length ?? 0) - (b.leftOut?.length ?? 0) ||
    b.score - a.score ||
    b.sim - a.sim ||
    Number(b.candidate.kind === "title") - Number(a.candidate.kind === "title") ||
    compareC(a.candidate.text, b.candidate.text)
  );
}

/**
 * How much a matched title says about the line (lower first): its own title (BLS's or an O*NET occupation's under
 * it), then BLS's sample titles (the titles SOC files under the line), then the titles workers reported to O*NET and
 * O*NET's alternate titles alike, which are many and loose ("Hacker" for taxi drivers, "Teacher" for a dozen lines).
 */
const ORIGIN_WEIGHT: Record<OccupationMatchOrigin, number> = {
  bls_title: 0,
  onet_title: 0,
  bls_sample_title: 1,
  onet_reported_title: 2,
  onet_alternate_title: 2,
};

/**
 * `list` with the items that are `moved` taken out and put back right after the first item that is `after`, when there
 * is one; otherwise `list` as it is. The others keep their order.
 */
function movedAfter<T>(list: T[], moved: (item: T) => boolean, after: (item: T) => boolean): T[] {
  const anchor = list.find(after);
  const movers = list.filter(moved);
  if (anchor === undefined || movers.length === 0) return list;
  const rest = list.filter((item) => !moved(item));
  rest.splice(rest.indexOf(anchor) + 1, 0, ...movers);
  return rest;
}

/** O*NET's titles that many lines share and that need not name the work ("Police" for secretaries): see searchOccupations. */
const LOOSE_ORIGINS: ReadonlySet<OccupationMatchOrigin> = new Set(["onet_alternate_title", "onet_reported_title"]);

const ORIGIN_PREFERENCE: Record<OccupationMatchOrigin, number> = {
  bls_title: 0,
  onet_title: 1,
  onet_alternate_title: 2,
  bls_sample_title: 3,
  onet_reported_title: 4,
};

/**
 * How matches are ordered: tier, a title naming who works in the field typed (then one that has what was typed before
 * one met through its singular: workerFirst), start of title, the fewest words typed left out of a title found inside
 * what was typed, similarity, then `preference` (across lines), shorter title first.
 */
function compareOccupationRank(a: ScoredOccupation, b: ScoredOccupation, preference?: () => number): number {
  return (
    b.tier - a.tier ||
    workerFirst(a, b) ||
    wholeWordsFirst(a, b) ||
    Number(b.atStart) - Number(a.atStart) ||
    // A title that contains what was typed before one found inside it, then the fewest words typed left out of it.
    (a.leftOut?.length ?? 0) - (b.leftOut?.length ?? 0) ||
    // Close spellings: the title spelt closest, letter by letter, before the one sharing the most trigrams.
    (a.edits ?? 0) - (b.edits ?? 0) ||
    b.sim - a.sim ||
    (preference?.() ?? 0) ||
    a.entry.normalized.length - b.entry.normalized.length
  );
}

/**
 * A title with each word in the singular, roughly ("registered nurses" → "registered nurse", "secretaries" →
 * "secretary", "boxes" → "box"), so a student's singular meets a BLS line's plural. Words ending in ss, us or is
 * (business, bus, analysis) are kept. Only compared with another stem, so a rough rule errs the same way on both.
 */
export function pluralStem(normalized: string): string {
  return normalized
    .split(" ")
    .map((word) => {
      if (word.length <= 3 || /(ss|us|is)$/.test(word)) return word;
      if (word.endsWith("ies")) return `${word.slice(0, -3)}y`;
      if (/(ches|shes|sses|xes)$/.test(word)) return word.slice(0, -2);
      return word.endsWith("s") ? word.slice(0, -1) : word;
    })
    .join(" ");
}

/**
 * What a field of work typed might call who works in it, as whole queries, most likely first: the last word typed, if
 * it ends the way a field does, turned into each form a worker is named by ("nursing" → "nurse", "coding" → "coder",
 * "accounting" → "accountant", "web development" → "web developer", "physics" → "physicist" before "physician",
 * "statistics" → "statistician", "data analytics" → "data analyst", "journalism" → "journalist", "animation" →
 * "animator", "computer science" → "computer scientist", "architecture" → "architect", "photography" →
 * "photographer", "dentistry" → "dentist", "library" → "librarian"). Rough on purpose: the index looks up titles equal
 * to a form and keeps only a form that names a few lines (`withWorkers`). A plain word ("office", "intern", "engine",
 * "game") has none: a worker's title that begins with it ("Officer", "Internist") is not its worker.
 */
export function workerForms(normalized: string): string[] {
  const words = wordsOf(normalized);
  const last = words.at(-1)!;
  if (!/^[a-z]{4,}$/.test(last)) return [];
  const stem = (n: number) => last.slice(0, last.length - n);
  const forms: string[] = [];
  // The bare stem only from four letters: "cooking" is "cook", but "gaming" is not O*NET's short form "GAM".
  if (last.length >= 7 && last.endsWith("ing")) forms.push(stem(3));
  if (last.length >= 6 && last.endsWith("ing")) forms.push(...["er", "e", "or", "ant", "ist"].map((end) => stem(3) + end));
  if (last.length >= 8 && last.endsWith("ment")) forms.push(stem(4) + "er", stem(4) + "r");
  // "-ist" before "-ician": "physics" is a physicist's field, not a physician's.
  if (last.endsWith("ics")) forms.push(stem(1) + "ist", stem(3) + "ist", stem(1) + "ian");
  if (last.endsWith("ytics")) forms.push(stem(4) + "st");
  if (last.endsWith("ysis")) forms.push(stem(3) + "st");
  if (last.endsWith("ism")) forms.push(stem(3) + "ist");
  if (last.endsWith("ation")) forms.push(stem(3) + "or");
  if (last.endsWith("ence")) forms.push(stem(2) + "tist");
  if (last.endsWith("ure")) forms.push(stem(3));
  if (last.endsWith("y")) forms.push(stem(1) + "er", stem(1) + "ist", stem(1) + "ian", stem(2), stem(2) + "er");
  const head = words.slice(0, -1).join(" ");
  const whole = forms.filter((form) => form.length >= 4).map((form) => (head ? `${head} ${form}` : form));
  return [...new Set(whole)].filter((form) => form !== normalized);
}

/**
 * A worker's title shared by more lines than this says little about which career was meant ("engineering": "Engineer"
 * is a title of 24 lines, "teaching": "Teacher" of 25, "design": "Designer" of 13); such a field keeps the ordinary
 * order. The specific ones name 1-5 ("Nurse" 1, "Programmer" 2, "Psychologist" 3, "Social Worker" 5; O*NET 30.1).
 */
const WORKER_LINE_LIMIT = 5;

/** From how many lines named for the exact title typed it names a kind of work rather than a line (searchOccupations). */
const NAMED_LINES_FOR_KIND_OF_WORK = 5;

/**
 * A BLS line's best match: its rank, with the origin's weight before the length of the title (its own title before the
 * titles filed under it, as across lines: "roofer" is Roofers' own title, not its alternate title "Roofer"; a BLS
 * sample title before O*NET's titles), then BLS's own title, then O*NET's, then the title more of O*NET's sources give,
 * then the text; the same text under several origins or O*NET occupations: O*NET's alternate title before a reported
 * one, then by O*NET code.
 */
function compareOccupationMatches(a: ScoredOccupation, b: ScoredOccupation): number {
  return (
    compareOccupationRank(a, b, () => ORIGIN_WEIGHT[a.entry.origin] - ORIGIN_WEIGHT[b.entry.origin]) ||
    Number(b.entry.origin === "bls_title") - Number(a.entry.origin === "bls_title") ||
    Number(b.entry.origin === "onet_title") - Number(a.entry.origin === "onet_title") ||
    b.entry.attested - a.entry.attested ||
    compareC(a.entry.text, b.entry.text) ||
    ORIGIN_PREFERENCE[a.entry.origin] - ORIGIN_PREFERENCE[b.entry.origin] ||
    compareC(a.entry.onetCode ?? "", b.entry.onetCode ?? "")
  );
}

function clampLimit(limit: number): number {
  return Math.min(Math.max(Math.trunc(limit), 1), MAX_ROWS);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Whether `title` has at least half the trigrams of each word of a query (`queryWords`: each word's trigrams): "sofware"
 * keeps 5 of its 8 in "software", "drivr" 4 of 6 in "driver"; "uber" only "er " of 5 in "driver", "ml" none in "engineer".
 */
function spellsEveryWord(queryWords: readonly string[][], title: string): boolean {
  const titleTrigrams = new Set(trigramSet(title));
  return queryWords.every((word) => 2 * word.filter((trigram) => titleTrigrams.has(trigram)).length >= word.length);
}

/**
 * When `titleWords` are side by side among `queryWords`, whole, singular and plural alike ("software developer
 * intern" has "Software Developers"): the words typed around them, each once and none the title has ("data analyst vs
 * data scientist" around "data scientist": "analyst" and "vs"); else null.
 */
export function wordsAround(queryWords: readonly string[], titleWords: readonly string[]): string[] | null {
  return wordsAroundStems(queryWords, queryWords.map(pluralStem), titleWords.map(pluralStem));
}

/**
 * wordsAround given each list's words in the singular as well (`query`, `title`: pluralStem of each word), for a caller
 * that compares one query with every role title and alias: re-deriving both lists' singulars for each of them was about
 * a tenth of a search's time (in-process CPU profile of the bench's 34 queries).
 */
function wordsAroundStems(queryWords: readonly string[], query: readonly string[], title: readonly string[]): string[] | null {
  for (let start = 0; start + title.length <= query.length; start++) {
    if (title.every((word, i) => query[start + i] === word)) {
      const inTitle = new Set(title);
      const around = queryWords.filter((_, i) => (i < start || i >= start + title.length) && !inTitle.has(query[i]!));
      return [...new Set(around)];
    }
  }
  return null;
}

/**
 * Whether each of `queryWords` starts a word of `titleWords`, in the order typed, each title word used once ("tech
 * support" in "technical support specialist", "front dev" in "front end developer"; not "support tech").
 */
export function startsWordsInOrder(queryWords: readonly string[], titleWords: readonly string[]): boolean {
  let from = 0;
  for (const word of queryWords) {
    while (from < titleWords.length && !titleWords[from]!.startsWith(word)) from += 1;
    if (from === titleWords.length) return false;
    from += 1;
  }
  return true;
}

/** The first index of `sorted` (code point order) whose word is not below `word`. */
function lowerBound(sorted: string[], word: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compareC(sorted[middle]!, word) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** `text` as a regular expression matching it literally. */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
