/**
 * Characters a short text typed into a form (a lesson's title, note, questions) may not contain, and their names for the
 * message that refuses them: control characters and the line and paragraph separators (U+2028, U+2029), which show as
 * nothing or break a line, and the bidirectional
 * embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), which reorder the letters after them until
 * closed, so "RTL override" shows as "edirrevo LTR" and the rest of a page can be reversed with it (the "Trojan
 * Source" characters, Unicode TR 36). An address's search parameters refuse the control characters among them
 * (controlCharactersInParameter), from the same definition.
 *
 * Allowed on purpose: the left-to-right and right-to-left marks (U+200E, U+200F) and the Arabic letter mark
 * (U+061C). They are invisible letters with a direction: they place punctuation next to a word in a right-to-left
 * script ("Careers (עברית)"), cannot reverse Latin letters, and open nothing that runs on past the title.
 * Browser-safe: no server code.
 */
import { listTitles } from "~/lib/list-titles";

const NAMES: Record<number, string> = {
  0x00: "a null character",
  0x09: "a tab",
  0x0a: "a line break",
  0x0d: "a carriage return",
  0x1b: "an escape character",
  0x7f: "a delete character",
  0x85: "a next-line character",
  0x2028: "a line separator",
  0x2029: "a paragraph separator",
  0x202a: "a left-to-right embedding",
  0x202b: "a right-to-left embedding",
  0x202c: "a pop directional formatting",
  0x202d: "a left-to-right override",
  0x202e: "a right-to-left override",
  0x2066: "a left-to-right isolate",
  0x2067: "a right-to-left isolate",
  0x2068: "a first strong isolate",
  0x2069: "a pop directional isolate",
};

// Control characters and the bidirectional formatting characters are exactly what this pattern looks for.
// eslint-disable-next-line no-control-regex
const UNUSABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

const codePoint = (character: string) => `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;

/** "a tab (U+0009)", "a right-to-left override (U+202E)", "a control character (U+0007)". */
export function nameCharacter(character: string): string {
  return `${NAMES[character.codePointAt(0)!] ?? "a control character"} (${codePoint(character)})`;
}

/** The unusable characters in a text that `allowed` does not let through, each named once in the order they first appear. */
function findUnusable(text: string, allowed: (character: string) => boolean): string[] {
  const found = new Set<string>();
  for (const [character] of text.matchAll(UNUSABLE)) {
    if (!allowed(character)) found.add(character);
  }
  return [...found].map(nameCharacter);
}

const LINE_BREAKS_AND_TABS = new Set(["\n", "\t", "\u2028", "\u2029"]);

/**
 * The unusable characters in a text, each named once in the order they first appear. `lineBreaks` lets a multi-line
 * text (a note) keep its line breaks (U+2028 and U+2029 among them, as some editors paste them) and tabs.
 */
export function unusableCharacters(text: string, { lineBreaks = false }: { lineBreaks?: boolean } = {}): string[] {
  return findUnusable(text, (character) => lineBreaks && LINE_BREAKS_AND_TABS.has(character));
}

const PASTED_WHITESPACE = new Set(["\t", "\n", "\r"]);

/**
 * The control characters in a search parameter's value (C0 and DEL), each named once in the order they first appear:
 * no parameter of ours can hold one (PostgreSQL refuses NUL in text outright). Tabs and line breaks (LF, CR) from
 * pasted text are whitespace, which the schemas trim; the C1 controls and the separators and bidirectional characters
 * are not refused here.
 */
export function controlCharactersInParameter(value: string): string[] {
  return findUnusable(value, (character) => PASTED_WHITESPACE.has(character) || character.codePointAt(0)! > 0x7f);
}

/**
 * Text from an address, safe to quote in a message: printable ASCII as it is, anything else %-escaped as UTF-8 as the
 * address spells it (a NUL is "%00", "é" is "%C3%A9"), cut to `max` characters of the text. A "?" in its place said
 * nothing about what was sent.
 */
export function quoteFromAddress(text: string, max: number): string {
  let shown = "";
  for (const byte of new TextEncoder().encode(text.slice(0, max))) {
    shown += byte >= 0x20 && byte < 0x7f ? String.fromCharCode(byte) : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return shown;
}

/** " It contains a null character (U+0000)." for a text with unusable characters, else "". */
export function unusableCharactersSentence(text: string): string {
  const found = unusableCharacters(text);
  if (found.length === 0) return "";
  return ` It contains ${listTitles(found)}.`;
}
