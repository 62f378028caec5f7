import { describe, expect, it } from "vitest";
import {
  controlCharactersInParameter,
  nameCharacter,
  quoteFromAddress,
  unusableCharacters,
  unusableCharactersSentence,
} from "~/lib/unusable-characters";

describe("unusableCharacters", () => {
  it("names every bidirectional embedding, override and isolate, with its code point", () => {
    // What would break: a title with U+202E was saved and showed "RTL edirrevo" on the lesson page and handout.
    const bidi = [0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069].map((c) => String.fromCodePoint(c));
    expect(bidi.map((c) => unusableCharacters(`RTL ${c}override`))).toEqual([
      ["a left-to-right embedding (U+202A)"],
      ["a right-to-left embedding (U+202B)"],
      ["a pop directional formatting (U+202C)"],
      ["a left-to-right override (U+202D)"],
      ["a right-to-left override (U+202E)"],
      ["a left-to-right isolate (U+2066)"],
      ["a right-to-left isolate (U+2067)"],
      ["a first strong isolate (U+2068)"],
      ["a pop directional isolate (U+2069)"],
    ]);
  });

  it("names control characters, a tab and a line break among them, once each in the order they appear", () => {
    // What would break: a tab got the vague "contains characters that cannot be used", with nothing to look for.
    expect(unusableCharacters("A\ttitle\u0007 with\tbell\u007f")).toEqual([
      "a tab (U+0009)",
      "a control character (U+0007)",
      "a delete character (U+007F)",
    ]);
    expect(unusableCharacters("two\nlines")).toEqual(["a line break (U+000A)"]);
    expect(unusableCharacters("C1\u0085\u009b")).toEqual(["a next-line character (U+0085)", "a control character (U+009B)"]);
    expect(nameCharacter("\u0000")).toBe("a null character (U+0000)");
    // A review: the line and paragraph separators break a line as well.
    expect(unusableCharacters("one\u2028two\u2029")).toEqual(["a line separator (U+2028)", "a paragraph separator (U+2029)"]);
  });

  it("lets a multi-line text keep its line breaks and tabs, and nothing else", () => {
    expect(unusableCharacters("line one\n\tline two\u2028three", { lineBreaks: true })).toEqual([]);
    expect(unusableCharacters("line one\n\u202eline two", { lineBreaks: true })).toEqual(["a right-to-left override (U+202E)"]);
  });

  it("accepts ordinary text in any script, and the implicit direction marks (U+200E, U+200F, U+061C)", () => {
    // What would break: a counselor could not write a title mixing Hebrew or Arabic with English, whose punctuation needs a mark.
    for (const text of ["Careers in café kitchens — 2024", "Careers (עברית)\u200f", "\u200eC++ و Python\u061c", "日本語のタイトル 🚀"]) {
      expect(unusableCharacters(text), text).toEqual([]);
    }
  });
});

describe("controlCharactersInParameter", () => {
  it("names a parameter's C0 controls and DEL once each, and lets pasted tabs and line breaks and anything above U+007F through", () => {
    // What would break: parseSearchParams kept a second pattern of its own, and the two drifted apart.
    expect(controlCharactersInParameter("a\u0000b\u001b\u007fc\u0000")).toEqual([
      "a null character (U+0000)",
      "an escape character (U+001B)",
      "a delete character (U+007F)",
    ]);
    expect(controlCharactersInParameter("pasted\tline\r\nbreaks, caf\u00e9 \u0085\u2028\u202e")).toEqual([]);
  });
});

describe("quoteFromAddress", () => {
  it("quotes printable ASCII as it is and %-escapes anything else as the address spells it", () => {
    // What would break: /api/v1/occupations/%00 said "“?” is not an occupation code", and so did %C3%A9.
    expect(quoteFromAddress("\u0000", 40)).toBe("%00");
    expect(quoteFromAddress("café\u202e", 40)).toBe("caf%C3%A9%E2%80%AE");
    expect(quoteFromAddress("15-1252", 4)).toBe("15-1");
    expect(unusableCharactersSentence("a\u0000b\u0007")).toBe(" It contains a null character (U+0000) and a control character (U+0007).");
    expect(unusableCharactersSentence("\u0000\u0007\u202e")).toBe(
      " It contains a null character (U+0000), a control character (U+0007) and a right-to-left override (U+202E).",
    );
    expect(unusableCharactersSentence("15-1252")).toBe("");
  });
});
