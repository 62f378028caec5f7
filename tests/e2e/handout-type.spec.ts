import type { Page } from "@playwright/test";
import { extractText } from "unpdf";
import { expect, test, LARGEST_LESSON_ROLES } from "./fixtures";

/**
 * The type of printed handouts (docs/decisions/021-print-and-colour-themes.md, amendment of 2026-12-06): a handout prints
 * as large as its content leaves room for on one page, and nothing in it (but the footer's fine print and the [n]
 * markers) below the sheet's smallest size. A counselor's pass found a two-role lesson on the top third of the page in
 * 8 px type, and comparison handouts with details at 6.4 px; four compared items did not always fit one page. Each
 * handout is printed to PDF by Chromium on Letter and A4 (one page each), then laid out for print to read the computed
 * size of every text of the sheet.
 */

/** The smallest computed font size (CSS px) of the sheet's text in print, outside the footer's fine print, the [n] markers and the chart's drawing. */
async function smallestPrintedText(page: Page): Promise<{ px: number; text: string }> {
  await page.emulateMedia({ media: "print" });
  const smallest = await page.locator(".handout").evaluate((sheet) => {
    let found = { px: Infinity, text: "" };
    const walker = document.createTreeWalker(sheet, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement!;
      const text = node.textContent?.trim() ?? "";
      if (text === "" || !element.checkVisibility()) continue;
      // The chart's labels are SVG text in its own units (scaled with the drawing); its figures are in the facts table.
      if (element.closest(".visually-hidden, .handout-footer, .source-ref, svg")) continue;
      const px = parseFloat(getComputedStyle(element).fontSize);
      if (px < found.px) found = { px, text };
    }
    return found;
  });
  await page.emulateMedia({ media: null });
  return smallest;
}

/** Prints the open handout on Letter and on A4: each must be one page. */
async function expectOnePage(page: Page, what: string): Promise<void> {
  for (const format of ["Letter", "A4"] as const) {
    const { totalPages } = await extractText(new Uint8Array(await page.pdf({ format })), { mergePages: true });
    expect.soft(totalPages, `${what} on ${format}`).toBe(1);
  }
}

/** Makes a lesson through the form's own POST, as its own client (the server allows 10 lessons per 10 minutes per client). */
async function makeLesson(page: Page, baseURL: string, client: string, fields: Record<string, string | string[]>): Promise<string> {
  const form = new URLSearchParams({ vintage: "2024-34" });
  for (const [name, value] of Object.entries(fields)) for (const item of [value].flat()) form.append(name, item);
  const made = await page.request.post("/lessons/new", {
    data: form.toString(),
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: baseURL, "X-Forwarded-For": client },
    maxRedirects: 0,
  });
  expect(made.status(), "the lesson is saved").toBe(303);
  return `/lessons/${made.headers()["location"]!.split("/")[2]}/handout`;
}

test.describe("the type of printed handouts", () => {
  test("a lesson of three roles prints on one page in 12 px type or larger, all of it", async ({ page, baseURL }) => {
    const path = await makeLesson(page, baseURL!, "198.51.100.17", {
      title: "Three careers in software",
      note: "Compare pay and growth of the three roles, then talk about which one suits you.",
      roles: ["back-end-developer", "data-scientist", "security-analyst"],
      questions: ["back-end-developer:1", "data-scientist:1", "security-analyst:1"],
    });
    await page.goto(path);
    await expectOnePage(page, "a three-role lesson");
    // What would break: the lesson printed in the fullest lesson's type (its table at 8 px) on the top of the page.
    const smallest = await smallestPrintedText(page);
    expect(smallest.px, `the smallest text: “${smallest.text}”`).toBeGreaterThanOrEqual(12);
  });

  test("the largest lesson the form allows prints on one page, nothing in it below 9 px, its questions numbered to 12 in full", async ({
    page,
    baseURL,
  }) => {
    const roles = [...LARGEST_LESSON_ROLES];
    const longest = (n: number) =>
      `Question ${n}: ${"which part of this work would you enjoy, and which would you find hard? ".repeat(5)}`.slice(0, 300);
    const path = await makeLesson(page, baseURL!, "198.51.100.18", {
      title: `The largest lesson ${"with a long title ".repeat(7)}`.slice(0, 120),
      note: "A note for the class, as long as the form takes. ".repeat(13).slice(0, 600),
      roles,
      questions: roles.map((slug) => `${slug}:1`),
      ownQuestion: [1, 2, 3, 4].map(longest),
    });
    await page.goto(path);
    await expect(page.locator(".lesson-handout__questions li")).toHaveCount(12);
    await expectOnePage(page, "the largest lesson");
    // What would break: its table printed at 8 px and its details at 6.1 px (7.5 pt type, 0.8em of 0.8em).
    const smallest = await smallestPrintedText(page);
    expect(smallest.px, `the smallest text: “${smallest.text}”`).toBeGreaterThanOrEqual(9);
    // "10." to "12." lost their first digit at the paper's edge: the list's indent holds the widest number.
    await page.emulateMedia({ media: "print" });
    const room = await page.locator(".lesson-handout__questions").evaluate((list) => {
      const probe = document.createElement("span");
      probe.textContent = "12.\u00a0";
      list.lastElementChild!.append(probe);
      const width = probe.getBoundingClientRect().width;
      probe.remove();
      return { number: width, indent: parseFloat(getComputedStyle(list).paddingLeft) };
    });
    expect(room.number).toBeLessThan(room.indent);
  });

  /** Comparisons, each with the smallest size its text prints at (app/features/handout/print-type.ts). */
  const COMPARISONS: { path: string; minPx: number }[] = [
    { path: "/compare/handout?roles=data-scientist,cto", minPx: 9.3 },
    { path: "/compare/handout?roles=back-end-developer,data-scientist,security-analyst", minPx: 9 },
    // The fullest four items measured (2026-12-06): two long occupation titles, a three-line title; on two Letter pages before.
    { path: "/compare/handout?roles=qa-engineer,mobile-developer&occupations=25-2021,11-3021", minPx: 8 },
    { path: "/compare/handout?roles=back-end-developer,systems-analyst,cto,devops-engineer&vintage=2022-32", minPx: 8 },
    { path: "/compare/handout?roles=engineering-manager,cto,security-analyst,back-end-developer&vintage=2022-32", minPx: 8 },
    {
      path: "/compare/handout?roles=back-end-developer,front-end-developer,junior-developer,senior-software-engineer&vintage=2022-32",
      minPx: 8,
    },
  ];

  test("comparisons of two to four items print on one page, their details no smaller than the sheet's smallest size", async ({ page }) => {
    test.setTimeout(20_000 * COMPARISONS.length);
    for (const { path, minPx } of COMPARISONS) {
      await test.step(path, async () => {
        expect.soft((await page.goto(path))?.status(), path).toBe(200);
        // What would break: four items on two Letter pages (4 of 28 measured), details at 6.4 px and 6.8 px.
        await expectOnePage(page, path);
        const smallest = await smallestPrintedText(page);
        expect.soft(smallest.px, `${path}: the smallest text, “${smallest.text}”`).toBeGreaterThanOrEqual(minPx);
      });
    }
  });
});
