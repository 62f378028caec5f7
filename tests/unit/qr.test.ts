/**
 * The handout's QR code must scan back to the pinned page. No QR decoder is installed, so this file carries a
 * small one, written from the QR standard (ISO/IEC 18004) and independent of the `qrcode` package: it reads the
 * modules back out of the SVG path the page draws, checks the function patterns and the format information, unmasks
 * and de-interleaves the codewords, and parses the segments. If it returns the URL, a phone camera will too.
 */
import { describe, expect, it } from "vitest";
import { pinnedCompareUrl, pinnedRoleUrl, printedUrl } from "~/features/handout/handout";
import { createQrCodeSvg, QR_QUIET_ZONE } from "~/features/handout/qr.server";

/** Error-correction blocks at level M (ISO/IEC 18004 table 9): EC codewords per block, then [block count, data codewords] per group. */
const BLOCKS_M: Record<number, { ecPerBlock: number; groups: [number, number][] }> = {
  1: { ecPerBlock: 10, groups: [[1, 16]] },
  2: { ecPerBlock: 16, groups: [[1, 28]] },
  3: { ecPerBlock: 26, groups: [[1, 44]] },
  4: { ecPerBlock: 18, groups: [[2, 32]] },
  5: { ecPerBlock: 24, groups: [[2, 43]] },
  6: { ecPerBlock: 16, groups: [[4, 27]] },
  7: { ecPerBlock: 18, groups: [[4, 31]] },
  8: {
    ecPerBlock: 22,
    groups: [
      [2, 38],
      [2, 39],
    ],
  },
  9: {
    ecPerBlock: 22,
    groups: [
      [3, 36],
      [2, 37],
    ],
  },
  10: {
    ecPerBlock: 26,
    groups: [
      [4, 43],
      [1, 44],
    ],
  },
};

/** Centres of the alignment patterns (ISO/IEC 18004 annex E). */
const ALIGNMENT: Record<number, number[]> = {
  1: [],
  2: [6, 18],
  3: [6, 22],
  4: [6, 26],
  5: [6, 30],
  6: [6, 34],
  7: [6, 22, 38],
  8: [6, 24, 42],
  9: [6, 26, 46],
  10: [6, 28, 50],
};

const MASKS: ((row: number, col: number) => boolean)[] = [
  (i, j) => (i + j) % 2 === 0,
  (i) => i % 2 === 0,
  (_i, j) => j % 3 === 0,
  (i, j) => (i + j) % 3 === 0,
  (i, j) => (Math.floor(i / 2) + Math.floor(j / 3)) % 2 === 0,
  (i, j) => ((i * j) % 2) + ((i * j) % 3) === 0,
  (i, j) => (((i * j) % 2) + ((i * j) % 3)) % 2 === 0,
  (i, j) => (((i + j) % 2) + ((i * j) % 3)) % 2 === 0,
];

const ALPHANUMERIC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

/** The dark modules of the symbol, read back from the SVG path (`M<x> <y>h<run>v1h-<run>z` per run, quiet zone included). */
function modulesFromSvgPath(path: string, viewBoxSize: number): boolean[][] {
  const size = viewBoxSize - 2 * QR_QUIET_ZONE;
  const grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  const runs = [...path.matchAll(/M(\d+) (\d+)h(\d+)v1h-(\d+)z/g)];
  expect(runs.map((r) => r[0]).join("")).toBe(path); // nothing else in the path
  for (const [, x, y, run, back] of runs) {
    expect(back).toBe(run);
    const [col, row, length] = [Number(x) - QR_QUIET_ZONE, Number(y) - QR_QUIET_ZONE, Number(run)];
    // The quiet zone stays light: every run lies inside the symbol.
    expect(row).toBeGreaterThanOrEqual(0);
    expect(row).toBeLessThan(size);
    expect(col).toBeGreaterThanOrEqual(0);
    expect(col + length).toBeLessThanOrEqual(size);
    for (let c = col; c < col + length; c++) grid[row]![c] = true;
  }
  return grid;
}

/** The modules that carry no data: finders with separators and format areas, timing, alignment and version areas. */
function functionModules(version: number): boolean[][] {
  const size = 17 + 4 * version;
  const reserved = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  const mark = (rows: [number, number], cols: [number, number]) => {
    for (let r = rows[0]; r <= rows[1]; r++) for (let c = cols[0]; c <= cols[1]; c++) reserved[r]![c] = true;
  };
  mark([0, 8], [0, 8]);
  mark([0, 8], [size - 8, size - 1]);
  mark([size - 8, size - 1], [0, 8]);
  mark([6, 6], [0, size - 1]);
  mark([0, size - 1], [6, 6]);
  const centres = ALIGNMENT[version]!;
  for (const r of centres) {
    for (const c of centres) {
      const onFinder = (r === 6 && c === 6) || (r === 6 && c === size - 7) || (r === size - 7 && c === 6);
      if (!onFinder) mark([r - 2, r + 2], [c - 2, c + 2]);
    }
  }
  if (version >= 7) {
    mark([0, 5], [size - 11, size - 9]);
    mark([size - 11, size - 9], [0, 5]);
  }
  return reserved;
}

function expectFinderAt(grid: boolean[][], top: number, left: number) {
  for (let r = 0; r < 7; r++) {
    for (let c = 0; c < 7; c++) {
      const ring = Math.max(Math.abs(r - 3), Math.abs(c - 3));
      expect(grid[top + r]![left + c], `finder module ${top + r},${left + c}`).toBe(ring !== 2);
    }
  }
}

/** Decodes a level-M QR symbol given as its module grid. Returns the text and what it learned on the way. */
function decode(grid: boolean[][]): { text: string; version: number; mask: number } {
  const size = grid.length;
  const version = (size - 17) / 4;
  expect(Number.isInteger(version)).toBe(true);
  expect(BLOCKS_M[version], `version ${version} is in this decoder's table`).toBeDefined();
  expectFinderAt(grid, 0, 0);
  expectFinderAt(grid, 0, size - 7);
  expectFinderAt(grid, size - 7, 0);
  for (let i = 8; i < size - 8; i++) {
    expect(grid[6]![i], "horizontal timing pattern").toBe(i % 2 === 0);
    expect(grid[i]![6], "vertical timing pattern").toBe(i % 2 === 0);
  }
  expect(grid[size - 8]![8], "dark module").toBe(true);

  // Format information around the top-left finder, most significant bit first (as zxing reads it).
  const formatPositions: [number, number][] = [
    [8, 0],
    [8, 1],
    [8, 2],
    [8, 3],
    [8, 4],
    [8, 5],
    [8, 7],
    [8, 8],
    [7, 8],
    [5, 8],
    [4, 8],
    [3, 8],
    [2, 8],
    [1, 8],
    [0, 8],
  ];
  const raw = formatPositions.reduce((bits, [r, c]) => (bits << 1) | (grid[r]![c] ? 1 : 0), 0);
  const format = raw ^ 0x5412;
  const dataBits = format >> 10;
  let remainder = dataBits << 10;
  for (let bit = 14; bit >= 10; bit--) if (remainder & (1 << bit)) remainder ^= 0x537 << (bit - 10);
  expect(format & 0x3ff, "format information BCH code").toBe(remainder);
  expect(dataBits >> 3, "error correction level M").toBe(0b00);
  const mask = dataBits & 0b111;

  // Data modules in the zigzag order, right column first, skipping the vertical timing column; unmasked.
  const reserved = functionModules(version);
  const bits: number[] = [];
  let upward = true;
  for (let right = size - 1; right > 0; right -= 2) {
    if (right === 6) right = 5;
    for (let step = 0; step < size; step++) {
      const row = upward ? size - 1 - step : step;
      for (const col of [right, right - 1]) {
        if (!reserved[row]![col]) bits.push(grid[row]![col] !== MASKS[mask]!(row, col) ? 1 : 0);
      }
    }
    upward = !upward;
  }
  const { ecPerBlock, groups } = BLOCKS_M[version]!;
  const dataLengths = groups.flatMap(([count, length]) => Array<number>(count).fill(length));
  const totalCodewords = dataLengths.reduce((sum, n) => sum + n + ecPerBlock, 0);
  expect([0, 3, 4, 7], "remainder bits after the codewords").toContain(bits.length - totalCodewords * 8);
  const codewords = Array.from({ length: totalCodewords }, (_, i) => bits.slice(i * 8, i * 8 + 8).reduce((b, bit) => (b << 1) | bit, 0));

  // Data codewords are interleaved block by block; error-correction codewords follow (not needed without damage).
  const blocks = dataLengths.map(() => [] as number[]);
  let next = 0;
  for (let i = 0; i < Math.max(...dataLengths); i++) {
    blocks.forEach((block, b) => {
      if (i < dataLengths[b]!) block.push(codewords[next++]!);
    });
  }
  const data = blocks.flat();

  // Segments: mode indicator, character count, payload; a 0000 terminator or the end of data ends the stream.
  let position = 0;
  const read = (n: number) => {
    let value = 0;
    for (let i = 0; i < n; i++) {
      const byte = data[(position + i) >> 3] ?? 0;
      value = (value << 1) | ((byte >> (7 - ((position + i) & 7))) & 1);
    }
    position += n;
    return value;
  };
  const countBits = (mode: "numeric" | "alphanumeric" | "byte") => {
    const sizes = { numeric: [10, 12, 14], alphanumeric: [9, 11, 13], byte: [8, 16, 16] }[mode];
    return sizes[version < 10 ? 0 : version < 27 ? 1 : 2]!;
  };
  let text = "";
  while (position + 4 <= data.length * 8) {
    const mode = read(4);
    if (mode === 0) break;
    if (mode === 0b0001) {
      let count = read(countBits("numeric"));
      for (; count >= 3; count -= 3) text += String(read(10)).padStart(3, "0");
      if (count === 2) text += String(read(7)).padStart(2, "0");
      if (count === 1) text += String(read(4));
    } else if (mode === 0b0010) {
      let count = read(countBits("alphanumeric"));
      for (; count >= 2; count -= 2) {
        const pair = read(11);
        text += ALPHANUMERIC[Math.floor(pair / 45)]! + ALPHANUMERIC[pair % 45]!;
      }
      if (count === 1) text += ALPHANUMERIC[read(6)]!;
    } else if (mode === 0b0100) {
      const count = read(countBits("byte"));
      text += Buffer.from(Array.from({ length: count }, () => read(8))).toString("utf8");
    } else {
      throw new Error(`unexpected segment mode ${mode.toString(2)}`);
    }
  }
  return { text, version, mask };
}

const roleUrl = pinnedRoleUrl({
  origin: "http://127.0.0.1:3100",
  slug: "back-end-developer",
  vintage: "2024-34",
  dataVersion: "v3-1a2b3c4d",
});
const longCompareUrl = pinnedCompareUrl({
  origin: "https://career-atlas.example.org",
  slugs: ["network-support-specialist", "machine-learning-engineer", "site-reliability-engineer", "senior-software-engineer"],
  vintage: "2022-32",
  dataVersion: "v12-0f9e8d7c",
});

describe("pinned URLs for the QR codes", () => {
  it("always name the vintage and the data version (a pinned link must not drift to the latest data)", () => {
    expect(roleUrl).toBe("http://127.0.0.1:3100/roles/back-end-developer?vintage=2024-34&data=v3-1a2b3c4d");
    expect(
      pinnedCompareUrl({
        origin: "http://localhost:3000",
        slugs: ["data-scientist", "cto"],
        vintage: "2024-34",
        dataVersion: "v1-00aa11bb",
      }),
    ).toBe("http://localhost:3000/compare?roles=data-scientist,cto&vintage=2024-34&data=v1-00aa11bb");
  });

  it("print without the scheme under the code", () => {
    expect(printedUrl(roleUrl)).toBe("127.0.0.1:3100/roles/back-end-developer?vintage=2024-34&data=v3-1a2b3c4d");
  });
});

describe("createQrCodeSvg", () => {
  it.each([
    ["a short address", "http://localhost/roles/cto"],
    ["a role handout's pinned profile address", roleUrl],
    ["a four-role comparison's pinned address (several error-correction blocks)", longCompareUrl],
  ])("draws a code that decodes back to %s", (_what, url) => {
    const qr = createQrCodeSvg(url);
    expect(qr.text).toBe(url);
    const grid = modulesFromSvgPath(qr.path, qr.viewBoxSize);
    expect(grid.length).toBe(17 + 4 * qr.version);
    const decoded = decode(grid);
    expect(decoded.version).toBe(qr.version);
    expect(decoded.text).toBe(url);
  });

  it("grows with the address: the long comparison needs a larger symbol than the role", () => {
    const role = createQrCodeSvg(roleUrl);
    const compare = createQrCodeSvg(longCompareUrl);
    expect(compare.version).toBeGreaterThan(role.version);
    expect(compare.viewBoxSize).toBe(17 + 4 * compare.version + 2 * QR_QUIET_ZONE);
  });

  it("is deterministic, so the page and its cached copy show the same code", () => {
    expect(createQrCodeSvg(roleUrl)).toEqual(createQrCodeSvg(roleUrl));
  });
});
