import type { Page } from "@playwright/test";
import { expect, test, waitForHydration } from "./fixtures";

/**
 * Issue 15, item 4: on a projector a figure must read as one number. "+6,50 / 0" (a figure broken over two lines)
 * or a figure running out of its cell or off the slide is a defect. Every deck is walked slide by slide at the
 * common projector and laptop sizes, and every figure on every slide is measured where the presenter shows it.
 */
const DECKS = [
  { name: "one role (Back-End Developer)", path: "/present?role=back-end-developer", slides: 10 },
  { name: "one role (CTO)", path: "/present?role=cto", slides: 10 },
  { name: "three roles", path: "/present?roles=back-end-developer,data-scientist,security-analyst", slides: 10 },
  { name: "four roles", path: "/present?roles=back-end-developer,front-end-developer,data-scientist,cto", slides: 10 },
  // A role beside an occupation (ADR 016's amendment): title, what each is, pay, growth, openings, jobs and entry,
  // sources; and two roles beside two occupations, whose pay details and entry lines are the longest.
  { name: "a role and an occupation", path: "/present?roles=software-engineer&occupations=29-1141", slides: 7 },
  {
    name: "two roles and two occupations",
    path: "/present?roles=back-end-developer,data-scientist&occupations=29-1141,47-2111",
    slides: 12,
  },
  // An explorer list: title, method, roles, occupations, learn next, growth, a question, sources.
  { name: "a skills list", path: "/present?explore=skills&have=Python&have=SQL&have=Microsoft%20Excel", slides: 8 },
  // Title, the areas, each area in O*NET's words (two), roles, tech occupations, growth, other occupations, a question,
  // sources.
  { name: "an interests list", path: "/present?explore=interests&like=investigative&like=realistic", slides: 10 },
  // One area: title, the area, in O*NET's words, roles, tech occupations, growth (a bar two roles share, its BLS line
  // under the names), other occupations, a question, sources.
  { name: "an interests list (one area)", path: "/present?explore=interests&like=investigative", slides: 9 },
] as const;

const VIEWPORTS = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;

/** The figures a slide shows: the big figures (also inside columns) and the printed value of every bar. */
const FIGURES = ".big-figure__value, .bars__value";

interface FigureProblem {
  figure: string;
  problem: string;
}

/**
 * Measures the figures of the slide on screen once the presenter has fitted it (its effect runs after paint, so two
 * animation frames later). A figure's text is measured with a Range: one client rect per line box, so a figure on one
 * line has every rect at the same top; its extent must lie inside its own cell, the slide's frame and the window.
 */
function measureFigures(page: Page): Promise<{ count: number; problems: FigureProblem[] }> {
  return page.evaluate(async (selector) => {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const slide = document.querySelector<HTMLElement>(".present-slides > .slide:not([hidden])");
    const frame = slide?.querySelector(".slide__frame");
    if (!slide || !frame) return { count: 0, problems: [{ figure: "", problem: "no slide on screen" }] };
    const frameBox = frame.getBoundingClientRect();
    const problems: FigureProblem[] = [];
    const figures = [...slide.querySelectorAll<HTMLElement>(selector)];
    const inside = (inner: DOMRect, outer: DOMRect) =>
      inner.left >= outer.left - 0.5 &&
      inner.right <= outer.right + 0.5 &&
      inner.top >= outer.top - 0.5 &&
      inner.bottom <= outer.bottom + 0.5;
    const px = (box: DOMRect) => `[${[box.left, box.top, box.right, box.bottom].map(Math.round).join(", ")}]`;
    for (const figure of figures) {
      const text = figure.textContent ?? "";
      const range = document.createRange();
      range.selectNodeContents(figure);
      const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
      const extent = range.getBoundingClientRect();
      const cell = figure.closest(".big-figure, .bars__row")!.getBoundingClientRect();
      const window = new DOMRect(0, 0, document.documentElement.clientWidth, innerHeight);
      if (lines !== 1) problems.push({ figure: text, problem: `on ${lines} lines` });
      if (!inside(extent, cell)) problems.push({ figure: text, problem: `runs out of its cell: ${px(extent)} in ${px(cell)}` });
      if (!inside(extent, frameBox)) problems.push({ figure: text, problem: `runs off the slide: ${px(extent)} in ${px(frameBox)}` });
      if (!inside(extent, window)) problems.push({ figure: text, problem: `off screen: ${px(extent)} in ${px(window)}` });
    }
    // A period, a range or a code in any text of the slide stays on one line: a counselor's pass found "Openings each
    // year, 2024– / 34 average" at 1280×720 and "Engineering Manager: 4– / 8 years" at 1024×768.
    for (const range of slide.querySelectorAll<HTMLElement>(".unbroken")) {
      const text = range.textContent ?? "";
      const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
      if (lines !== 1) problems.push({ figure: text, problem: `a range or code on ${lines} lines` });
    }
    // Every bar has room to be read: at least a quarter of its row (two charts side by side once left it 12%).
    for (const row of slide.querySelectorAll(".bars__row")) {
      const track = row.querySelector(".bars__track")!.getBoundingClientRect();
      const whole = row.getBoundingClientRect();
      if (track.width < whole.width / 4) {
        const label = row.querySelector(".bars__label")?.textContent ?? "";
        problems.push({
          figure: label,
          problem: `its bar is drawn in ${Math.round(track.width)} of the row's ${Math.round(whole.width)} px`,
        });
      }
    }
    // Nothing on the slide scrolls the window sideways.
    if (document.documentElement.scrollWidth > document.documentElement.clientWidth)
      problems.push({ figure: "", problem: `the page is ${document.documentElement.scrollWidth} px wide` });
    return { count: figures.length, problems };
  }, FIGURES);
}

for (const viewport of VIEWPORTS) {
  test.describe(`slides at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    for (const deck of DECKS) {
      test(`${deck.name}: every figure on one line, inside its cell, its slide and the screen`, async ({ page }) => {
        await page.goto(deck.path);
        await waitForHydration(page);
        const total = await page.locator(".present-slides > .slide").count();
        expect(total).toBeGreaterThanOrEqual(deck.slides);
        let measured = 0;
        for (let number = 1; number <= total; number++) {
          if (number > 1) await page.keyboard.press("ArrowRight");
          await expect(page.getByTestId("slide-counter")).toHaveText(`${number} / ${total}`);
          const { count, problems } = await measureFigures(page);
          expect(problems, `slide ${number} of ${deck.path} at ${viewport.width}×${viewport.height}`).toEqual([]);
          measured += count;
          // A sources slide is read from the back of the room too: its list, once fitted, is set at 14 px or more (a
          // four-role deck's one sources slide was set at 12 px at 1024×768; the list now goes on to another slide).
          const sourcesType = await page
            .locator(".present-slides > .slide--sources:not([hidden]) .source-list")
            .evaluateAll((lists) => lists.map((list) => parseFloat(getComputedStyle(list).fontSize)));
          for (const size of sourcesType)
            expect(size, `sources on slide ${number} at ${viewport.width}×${viewport.height}`).toBeGreaterThanOrEqual(14);
        }
        // The pay, growth and openings slides hold figures: a deck without any would prove nothing.
        expect(measured).toBeGreaterThanOrEqual(6);
      });
    }
  });
}
