import type { Page } from "@playwright/test";
import { expect, test, waitForHydration } from "./fixtures";

/**
 * Hydration moves nothing on the screen: when the page's script takes over, every link and button a reader can see
 * stays where the server's HTML put it, so a tap made while a slow phone hydrates lands on what the reader aimed at.
 * (A click on the profile's "pinned link" once landed on the section around it: two copy buttons and the citation's
 * access date appeared above it at hydration and pushed it down 106 px.) Controls that work only by script are in the
 * server HTML, shown where the head script ran (`.scripted-only`, app/ui/app.css); the access date's line is kept free.
 *
 * The page's script is held back until the first screen is measured, so the "before" is the server's HTML as a reader
 * sees it while the script downloads. The presenter is left out on purpose: hydrated, its long page of slides becomes
 * one slide at a time (app/features/present/components/presenter.tsx).
 */
const PAGES = [
  "/roles/web-developer?vintage=2022-32",
  "/roles",
  "/roles/cto/handout",
  "/skills/python",
  "/occupations/15-1252",
  "/explore/skills?have=Python",
];

/** Where each link and button in the viewport is, as "name x,y". */
function targetsOnScreen(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const seen: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>("a[href], button")) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.bottom <= 0 || box.top >= window.innerHeight) continue;
      const name = (element.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 40);
      seen.push(`${name} @ ${Math.round(box.left)},${Math.round(box.top)}`);
    }
    return seen;
  });
}

test.describe("hydration moves nothing", () => {
  for (const path of PAGES) {
    for (const where of ["top", "bottom"] as const) {
      test(`${path}, scrolled to the ${where}: links and buttons stay put`, async ({ page }) => {
        let release!: () => void;
        const held = new Promise<void>((resolve) => (release = resolve));
        await page.route(/\/assets\/entry\.client-[^/]*\.js$/, async (route) => {
          await held;
          await route.continue();
        });
        await page.goto(path);
        await page.evaluate((bottom) => window.scrollTo(0, bottom ? document.documentElement.scrollHeight : 0), where === "bottom");
        // Parts laid out only near the viewport (content-visibility) settle before the measure.
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        const before = await targetsOnScreen(page);
        expect(before.length, "links or buttons on the screen").toBeGreaterThan(0);
        expect(await page.evaluate(() => document.documentElement.dataset.hydrated), "not hydrated yet").toBeUndefined();

        release();
        await waitForHydration(page);
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        // What hydration adds (none today) may appear; nothing that was there moves.
        const after = new Set(await targetsOnScreen(page));
        expect(before.filter((target) => !after.has(target))).toEqual([]);
      });
    }
  }
});
