import { distance } from "fastest-levenshtein";

/** A name the skills box can suggest: a curated skill's or an O*NET technology example's, with how many occupations list it. */
export interface SpelledName {
  name: string;
  curated: boolean;
  /** O*NET occupations that list the technology (0 for a curated skill). */
  listed: number;
}

/** A name's words as the skills box reads them: lower case, any run of other characters than a-z, 0-9, + and # a break. */
export function nameWords(name: string): string[] {
  return name
    .toLowerCase()
    .split(/[^a-z0-9+#]+/)
    .filter((word) => word !== "");
}

/**
 * Edits (letters added, dropped or changed: Levenshtein distance) a typed word may be from a name's word and still be
 * offered: none under four letters, where one edit makes another word ("go", "sql"); one at four ("exel" → "excel");
 * two from five ("phyton" → "python", a swap costs two; "kubernets" → "kubernetes").
 */
export function editsAllowed(letters: number): number {
  return letters < 4 ? 0 : letters === 4 ? 1 : 2;
}

/**
 * The "did you mean" of the skills box for a name it does not know, by spelling: a name one of whose runs of as many
 * words as were typed is within `editsAllowed` of them, word by word, each word keeping its first letter. Only for
 * names neither known nor contained in a known one (readOtherSkillNames reads those first). Trigram similarity, which
 * the box used alone, misses short words with a letter dropped or two swapped: "exel" is nearer "eXe" than "Microsoft Excel" by trigrams, "phyton" nearer
 * "PHYLIP" than "Python". Order: a curated skill first (the hundred-odd names students know: "phyton" is two edits from
 * Python, one from Photon Design OmniSim), then fewest edits, then the technology more O*NET occupations list ("exel":
 * Microsoft Excel, listed by hundreds, before eXe), then the shorter name, then A to Z.
 */
export class SkillSpeller {
  private readonly names: { entry: SpelledName; words: string[] }[];

  constructor(names: readonly SpelledName[]) {
    this.names = names.map((entry) => ({ entry, words: nameWords(entry.name) }));
  }

  closest(input: string): string | null {
    const typed = nameWords(input);
    if (typed.length === 0 || typed.every((word) => editsAllowed(word.length) === 0)) return null;
    let best: { edits: number; entry: SpelledName } | null = null;
    for (const { entry, words } of this.names) {
      for (let start = 0; start + typed.length <= words.length; start++) {
        const edits = runEdits(typed, words, start);
        if (edits === null) continue;
        const candidate = { edits, entry };
        if (!best || better(candidate, best)) best = candidate;
      }
    }
    return best?.entry.name ?? null;
  }
}

/** Edits between the typed words and the run of `words` from `start`, or null when a word is further than allowed. */
function runEdits(typed: readonly string[], words: readonly string[], start: number): number | null {
  let total = 0;
  for (let i = 0; i < typed.length; i++) {
    const [word, against] = [typed[i]!, words[start + i]!];
    const allowed = editsAllowed(word.length);
    // A typo seldom changes a word's first letter; allowing it offered "Bash and shell scripting" for "exell".
    if (word !== against && word[0] !== against[0]) return null;
    if (Math.abs(word.length - against.length) > allowed) return null;
    const edits = word === against ? 0 : distance(word, against);
    if (edits > allowed) return null;
    total += edits;
  }
  // Every word the same: a name that contains what was typed, read as such before any suggestion is looked for.
  return total === 0 ? null : total;
}

function better(a: { edits: number; entry: SpelledName }, b: { edits: number; entry: SpelledName }) {
  return (
    (Number(b.entry.curated) - Number(a.entry.curated) ||
      a.edits - b.edits ||
      b.entry.listed - a.entry.listed ||
      a.entry.name.length - b.entry.name.length ||
      (a.entry.name < b.entry.name ? -1 : a.entry.name > b.entry.name ? 1 : 0)) < 0
  );
}
