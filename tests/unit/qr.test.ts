/**
 * The handout's QR code must scan back to the pinned page. The SVG path the page draws is rasterised here (pixels
 * only) and read back with jsQR, a maintained decoder independent of the `qrcode` package that encodes it: if jsQR
 * returns the URL, a phone camera will too.
 */
import jsQR from "jsqr";
import { describe, expect, it } from "vitest";
import { pinnedCompareUrl, pinnedRoleUrl, printedUrl, type QrCodeSvg } from "~/features/handout/handout";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { HandoutQrCode } from "~/features/handout/components/qr-code";
import { urlParts } from "~/ui/breakable-address";
import { createQrCodeSvg, QR_QUIET_ZONE } from "~/features/handout/qr.server";

/** Pixels per module in the raster handed to the decoder. */
const SCALE = 4;

/** The dark modules of the symbol, read back from the SVG path (`M<x> <y>h<run>v1h-<run>z` per run, quiet zone included). */
function modulesFromSvgPath({ path, viewBoxSize }: QrCodeSvg): boolean[][] {
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

/** The symbol as the printed page shows it: black modules on white, with the quiet zone, as RGBA pixels. */
function rasterise(grid: boolean[][]): { pixels: Uint8ClampedArray; width: number } {
  const width = (grid.length + 2 * QR_QUIET_ZONE) * SCALE;
  const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
  grid.forEach((cells, row) =>
    cells.forEach((dark, col) => {
      if (!dark) return;
      for (let y = 0; y < SCALE; y++) {
        const start = ((row + QR_QUIET_ZONE) * SCALE + y) * width + (col + QR_QUIET_ZONE) * SCALE;
        for (let i = start * 4; i < (start + SCALE) * 4; i += 4) pixels.fill(0, i, i + 3); // RGB black, alpha kept
      }
    }),
  );
  return { pixels, width };
}

/**
 * The 15 format-information bits beside the top-left finder, most significant first. jsQR does not report the
 * error-correction level, so the test looks it up in the standard's list of format codewords (ISO/IEC 18004 table C.1).
 */
function formatBits(grid: boolean[][]): string {
  // prettier-ignore
  const positions = [
    [8, 0], [8, 1], [8, 2], [8, 3], [8, 4], [8, 5], [8, 7], [8, 8], [7, 8], [5, 8], [4, 8], [3, 8], [2, 8], [1, 8], [0, 8],
  ] as const;
  return positions.map(([row, col]) => (grid[row]![col] ? "1" : "0")).join("");
}

/** Level M's format codewords, masks 0 to 7 (after the 101010000010010 XOR mask). */
const LEVEL_M_FORMATS = [
  "101010000010010",
  "101000100100101",
  "101111001111100",
  "101101101001011",
  "100010111111001",
  "100000011001110",
  "100111110010111",
  "100101010100000",
];

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

  it("break after a slash, a question mark, an ampersand or a comma, never inside a lesson code", () => {
    expect(urlParts("127.0.0.1:3500/lessons/mt9a521g04")).toEqual(["127.0.0.1:3500/", "lessons/", "mt9a521g04"]);
    expect(urlParts(printedUrl(roleUrl))).toEqual([
      "127.0.0.1:3100/",
      "roles/",
      "back-end-developer?",
      "vintage=2024-34&",
      "data=v3-1a2b3c4d",
    ]);
    const html = renderToStaticMarkup(createElement(HandoutQrCode, { qr: createQrCodeSvg(roleUrl), description: "the profile" }));
    expect(html).toContain(
      '<span class="breakable-address">127.0.0.1:3100/<wbr/>roles/<wbr/>back-end-developer?<wbr/>vintage=2024-34&amp;<wbr/>data=v3-1a2b3c4d</span></a>',
    );
    expect(urlParts("h/compare?roles=back-end-developer,data-scientist&vintage=2024-34")).toEqual([
      "h/",
      "compare?",
      "roles=back-end-developer,",
      "data-scientist&",
      "vintage=2024-34",
    ]);
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
    const grid = modulesFromSvgPath(qr);
    expect(grid.length).toBe(17 + 4 * qr.version);
    const { pixels, width } = rasterise(grid);
    const decoded = jsQR(pixels, width, width, { inversionAttempts: "dontInvert" });
    expect(decoded, "jsQR finds and reads the code").not.toBeNull();
    expect(decoded!.version).toBe(qr.version);
    // Exactly the link, byte for byte: no other address, no truncation, nothing appended.
    expect(decoded!.data).toBe(url);
    expect(Buffer.from(decoded!.binaryData).toString("utf8")).toBe(url);
    expect(LEVEL_M_FORMATS, "error-correction level M").toContain(formatBits(grid));
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
