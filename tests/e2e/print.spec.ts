import type { Page } from "@playwright/test";
import { extractText } from "unpdf";
import { createLesson, expect, test } from "./fixtures";

/**
 * Every kind of page printed to PDF by Chromium on Letter paper, as Ctrl+P prints it (page.pdf() uses the print
 * styles), and read back with pdf.js (through unpdf): the page's title and figures are on paper, every column of a
 * wide table too (issue 15: a comparison printed only its first column of quick facts), a figure's source note
 * (shown on hover on screen) is not printed beside it, the site's navigation, search and controls are not printed,
 * charts print their data, and the page count stays within what each page's content needs. Handouts and slide decks
 * have print tests of their own (handout.spec.ts, present.spec.ts).
 */

/**
 * The pages and the most Letter pages each may print on, measured 2026-12-04 (docs/PERFORMANCE.md, "Printing") with
 * one page of room. The back-end developer's profile is the longest profile (its text is ~41,000 characters: 34
 * cited statements, 30 skills with their O*NET marks, eight next steps, the AI notes and 9 sources).
 */
const PRINTED: { path: string; maxPages: number }[] = [
  { path: "/", maxPages: 8 },
  { path: "/roles", maxPages: 6 },
  // Seven since the list cites O*NET 30.1 for its job zones (2026-12-04): the sources and the citation take the last page.
  // Six since each growth band's label prints on two lines, not five or six (2026-12-06: 5 pages measured with Chromium's
  // --print-to-pdf on Letter, which printed 7 before).
  { path: "/occupations", maxPages: 6 },
  { path: "/roles/back-end-developer", maxPages: 17 },
  { path: "/roles/cto", maxPages: 10 },
  { path: "/occupations/15-1252", maxPages: 8 },
  { path: "/compare?roles=back-end-developer,data-scientist,security-analyst", maxPages: 12 },
  // Fourteen since five more skills list their roles (C, Django, .NET, Redis and Spring, from O*NET 30.1) and the legend
  // says which occupations an In Demand count counts (2026-12-06); each row no longer repeats that (15 pages did).
  { path: "/skills", maxPages: 14 },
  { path: "/skills/python", maxPages: 5 },
  { path: "/technologies/python", maxPages: 5 },
  { path: "/technologies", maxPages: 15 },
  { path: "/paths", maxPages: 7 },
  { path: "/paths/back-end-developer", maxPages: 13 },
  { path: "/map", maxPages: 8 },
  { path: "/glossary", maxPages: 8 },
  { path: "/explore/skills?have=Python&have=SQL", maxPages: 2 },
  { path: "/explore/interests?like=investigative", maxPages: 3 },
  { path: "/about", maxPages: 3 },
  { path: "/search?q=developer", maxPages: 8 },
];

/** Letter is 8.5 in wide; app.css prints with 12 mm side margins: 816 px less 2 × 45.35 px. */
const PRINTABLE_WIDTH = 725;

/** Text compared without whitespace: the PDF breaks lines where the screen does not. */
const squeeze = (text: string) => text.normalize("NFKC").replace(/\s+/g, "");

interface OnScreen {
  title: string;
  /** The source notes of figures (hidden until hover on screen). */
  notes: string[];
  /** Every cell of every chart's data table (folded in a <details> on screen). */
  chartCells: string[];
  /** Every figure of a comparison's quick facts, column by column. */
  quickFacts: string[];
  /** The web addresses a source list links to. */
  sourceAddresses: string[];
}

async function readScreen(page: Page): Promise<OnScreen> {
  return page.evaluate(() => {
    const texts = (selector: string) => [...document.querySelectorAll(selector)].map((e) => e.textContent?.trim() ?? "").filter(Boolean);
    return {
      title: document.querySelector("h1")?.textContent?.trim() ?? "",
      notes: [...new Set(texts(".sourced__note"))],
      chartCells: texts(".chart__data tbody th, .chart__data tbody td"),
      quickFacts: texts(".compare-facts tbody .sourced__value"),
      // The explorers' one-page printout points to the list on the web instead (explore.css).
      sourceAddresses: [
        ...new Set(
          [...document.querySelectorAll<HTMLAnchorElement>(".source-list a[href^='http']")]
            .filter((a) => !a.closest(".explore-page"))
            .map((a) => a.getAttribute("href")!),
        ),
      ],
    };
  });
}

async function printLetter(page: Page): Promise<{ pages: number; text: string; raw: string }> {
  const { totalPages, text } = await extractText(new Uint8Array(await page.pdf({ format: "Letter" })), { mergePages: true });
  return { pages: totalPages, text: squeeze(text), raw: text };
}

/** Laid out for paper (print media at the printable width), the page is no wider than the paper: nothing is cut off. */
async function expectFitsThePaper(page: Page, path: string): Promise<void> {
  const viewport = page.viewportSize()!;
  await page.setViewportSize({ width: PRINTABLE_WIDTH, height: 900 });
  await page.emulateMedia({ media: "print" });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  await page.emulateMedia({ media: null });
  await page.setViewportSize(viewport);
  expect.soft(width, `${path}: printed width`).toBeLessThanOrEqual(PRINTABLE_WIDTH);
}

async function expectPrintable(page: Page, path: string, maxPages: number) {
  const response = await page.goto(path);
  expect.soft(response?.status(), path).toBe(200);
  const screen = await readScreen(page);
  const printed = await printLetter(page);
  expect.soft(printed.pages, `${path}: Letter pages`).toBeLessThanOrEqual(maxPages);
  expect.soft(printed.text, `${path}: the title`).toContain(squeeze(screen.title));
  // Site chrome and screen controls.
  for (const chrome of ["Skip to content", "Search job titles", "Show the data as a table", "Download this chart's data"])
    expect.soft(printed.text, `${path}: "${chrome}" printed`).not.toContain(squeeze(chrome));
  // Sources once, as the page's numbered list: no figure's source note beside it.
  for (const note of screen.notes) expect.soft(printed.text, `${path}: a figure's source note printed`).not.toContain(squeeze(note));
  for (const cell of screen.chartCells) expect.soft(printed.text, `${path}: chart data "${cell}"`).toContain(squeeze(cell));
  for (const figure of screen.quickFacts) expect.soft(printed.text, `${path}: quick fact ${figure}`).toContain(squeeze(figure));
  // A source list prints each source's address; the footer's licences are on every printout.
  for (const address of screen.sourceAddresses) expect.soft(printed.text, `${path}: a source's address`).toContain(squeeze(`<${address}>`));
  expect.soft(printed.text, `${path}: the O*NET licence`).toContain(squeeze("Used under the CC BY 4.0 license"));
  await expectFitsThePaper(page, path);
  return { screen, printed };
}

test.describe("printing every kind of page", () => {
  const GROUPS = 3;
  for (let group = 0; group < GROUPS; group++) {
    const pages = PRINTED.filter((_, i) => i % GROUPS === group);
    test(`${pages.map((p) => p.path).join(", ")}: title, figures and chart data on Letter paper, no source notes or controls, within the page count`, async ({
      page,
    }) => {
      test.setTimeout(20_000 * pages.length);
      for (const { path, maxPages } of pages) await test.step(path, () => expectPrintable(page, path, maxPages).then(() => undefined));
    });
  }

  test("a closed section's heading says on paper that its content is not printed", async ({ page }) => {
    await page.goto("/occupations/29-1141");
    const folded = await page
      .locator("details:not([open]):not(.chart__data) > summary")
      .evaluateAll((summaries) => summaries.map((s) => (s.textContent ?? "").trim()).filter((text) => text !== ""));
    expect(folded.length).toBeGreaterThan(0);
    const printed = await printLetter(page);
    for (const summary of folded)
      expect.soft(printed.text, summary).toContain(squeeze(`${summary} (not printed: open it on the page online)`));
  });

  test("the map keeps its diagram's source line on one page and prints no heading without what it heads", async ({ page }) => {
    // What would break: on Letter the line under the diagram split, its last words ("employment change 2024–34.") alone
    // at the top of page 3, and the last page printed the heading "More hot skills" with nothing under it (the section is
    // a form, which paper does not print).
    await page.goto("/map");
    const caption = squeeze((await page.locator(".map-diagram > .chart__source").textContent()) ?? "");
    expect(caption).toMatch(/^Source:flags,O\*NET/);
    for (const format of ["Letter", "A4"] as const) {
      const { text } = await extractText(new Uint8Array(await page.pdf({ format })), { mergePages: false });
      const pages = text.map(squeeze);
      expect.soft(pages.filter((printed) => printed.includes(caption)).length, `${format}: a page holding the whole source line`).toBe(1);
      expect.soft(pages.join(""), `${format}: the "More hot skills" heading`).not.toContain(squeeze("More hot skills"));
    }
    // Laid out for paper, every heading that prints has something printed after it in its section.
    await page.emulateMedia({ media: "print" });
    const alone = await page.locator("main h2, main h3").evaluateAll((headings) =>
      headings
        .filter((heading) => heading.checkVisibility())
        .filter((heading) => {
          const after = [...(heading.parentElement?.children ?? [])].slice([...heading.parentElement!.children].indexOf(heading) + 1);
          return !after.some((element) => element.checkVisibility() && (element.textContent ?? "").trim() !== "");
        })
        .map((heading) => heading.textContent?.trim()),
    );
    expect(alone).toEqual([]);
  });

  test("the occupation finder prints each growth band's label on at most two lines, the table within the paper", async ({ page }) => {
    // What would break: laid out for Letter, the Growth column was as narrow as "+21.8%" and wrapped "Much faster than
    // average (7% or higher)" onto six lines, every row as tall as its band (occupations.css keeps the label's last word
    // and range together, BandLabel's band-tail).
    await page.goto("/occupations");
    await page.setViewportSize({ width: PRINTABLE_WIDTH, height: 900 });
    await page.emulateMedia({ media: "print" });
    const labels = await page.locator(".occupation-table tbody td:first-of-type .figure-year").evaluateAll((spans) =>
      spans.map((span) => {
        const range = document.createRange();
        range.selectNodeContents(span);
        // One top per printed line; the rounding note is not printed (display: none), so it has no box.
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        return { text: (span.textContent ?? "").replace(/\s+/g, " ").trim(), lines: tops.size };
      }),
    );
    expect(labels.map((l) => l.text)).toContainEqual(expect.stringContaining("Much faster than average (7% or higher)"));
    for (const { text, lines } of labels) expect.soft(lines, text).toBeLessThanOrEqual(2);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PRINTABLE_WIDTH);
    // On paper, the band's range (its figures) and the median's year still print.
    const printed = await printLetter(page);
    expect(printed.text).toContain(squeeze("average (7% or higher)"));
    expect(printed.text).toContain(squeeze("May 2024"));
  });

  test("a comparison of three roles prints every column of its quick facts, each figure once", async ({ page }) => {
    const path = "/compare?roles=back-end-developer,data-scientist,security-analyst";
    const { screen, printed } = await expectPrintable(page, path, 12);
    expect(screen.quickFacts.length).toBeGreaterThanOrEqual(3 * 7);
    for (const pay of ["$90,930", "$112,590", "$124,910"]) expect(printed.text).toContain(pay);
    for (const column of ["Back-End Developer", "Data Scientist", "Security Analyst", "All occupations"])
      expect(printed.raw).toContain(column);
    // The source note of every figure used to print beside it (a long line per figure).
    expect(printed.raw).not.toMatch(/Data: May 2024\./);
    // Nor does an instruction that only means something on screen.
    expect(printed.text).not.toContain("Hoverover");
  });

  test("a lesson prints its roles' figures with their source list, no source notes", async ({ page, request, baseURL }) => {
    const { studentPath: path } = await createLesson(request, baseURL!, {
      title: "Printing a lesson",
      note: "Compare pay and growth.",
      roles: ["back-end-developer", "data-scientist", "security-analyst"],
      client: "198.51.100.15",
    });
    const { printed } = await expectPrintable(page, path, 5);
    for (const role of ["Back-End Developer", "Data Scientist", "Security Analyst"]) expect(printed.raw).toContain(role);
    expect(printed.raw).toMatch(/Sources/);
  });
});
