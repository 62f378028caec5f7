/**
 * Dataset files are UTF-8. A byte that is not (a Latin-1 or Windows-1252 "é" saved by a spreadsheet, say) must be
 * an error naming where it is, never a silent U+FFFD in a stored title.
 */

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });
const lenientUtf8 = new TextDecoder("utf-8");

/** The most bad bytes located per file (the rest are counted). */
export const MAX_BAD_BYTES_LOCATED = 10;

export interface BadByte {
  /** The first byte of the invalid sequence. */
  byte: number;
  /** 1-based line and column (in characters) where it is. */
  line: number;
  column: number;
  /** Where its U+FFFD sits in the leniently decoded text (to find the YAML node or CSV cell it falls in). */
  charOffset: number;
}

export type Decoded = { ok: true; text: string } | { ok: false; lenientText: string; badBytes: BadByte[]; badByteCount: number };

/** Decodes with the fatal decoder; on failure, locates the invalid bytes (the first MAX_BAD_BYTES_LOCATED). */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  try {
    return { ok: true, text: strictUtf8.decode(bytes) };
  } catch {
    const offsets = invalidUtf8Offsets(bytes);
    const badBytes = offsets.slice(0, MAX_BAD_BYTES_LOCATED).map((offset): BadByte => {
      // The prefix ends where a valid sequence ends, so it decodes exactly as that part of the lenient text.
      const before = lenientUtf8.decode(bytes.subarray(0, offset));
      const lineStart = before.lastIndexOf("\n") + 1;
      return {
        byte: bytes[offset]!,
        line: before.split("\n").length,
        column: before.length - lineStart + 1,
        charOffset: before.length,
      };
    });
    return { ok: false, lenientText: lenientUtf8.decode(bytes), badBytes, badByteCount: offsets.length };
  }
}

export const hexByte = (byte: number) => `0x${byte.toString(16).toUpperCase().padStart(2, "0")}`;

/**
 * Start offsets of the invalid UTF-8 sequences, each as long as the "maximal subpart" the WHATWG decoder replaces
 * with one U+FFFD (so the n-th offset is the n-th replacement character the lenient decoder writes for bad bytes).
 */
export function invalidUtf8Offsets(bytes: Uint8Array): number[] {
  const bad: number[] = [];
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    let need: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) need = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      need = 2;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      need = 3;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else {
      bad.push(i);
      i += 1;
      continue;
    }
    let seen = 0;
    while (seen < need) {
      const next = bytes[i + 1 + seen];
      const min = seen === 0 ? low : 0x80;
      const max = seen === 0 ? high : 0xbf;
      if (next === undefined || next < min || next > max) break;
      seen += 1;
    }
    if (seen < need) bad.push(i);
    i += 1 + seen;
  }
  return bad;
}
