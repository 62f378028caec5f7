import type { Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, waitForHydration } from "./fixtures";

/**
 * Long pages lay out their last parts only when they near the viewport (`content-visibility: auto`, app/ui/app.css):
 * on a phone's first load, the style and layout of the whole server-rendered page was its longest task. The parts stay
 * in the document, reachable by links to them and by the keyboard, and print whole.
 */

/** Whether the browser has skipped laying out what the element holds (a part that waits for the viewport keeps its own box). */
const skipped = (page: Page, selector: string) =>
  page.locator(selector).evaluate((element) => !(element.firstElementChild ?? element).checkVisibility({ contentVisibilityAuto: true }));

/** Pages and some of their last parts (each page's <h1> is on the first screen). */
const LONG_PAGES = [
  { path: "/skills", deferred: [".cite-this-page"] },
  { path: "/map", deferred: [".sources"] },
  { path: "/explore/skills?have=Python&have=SQL", deferred: ["section[aria-labelledby=explore-occupations]", ".explore-formula"] },
];

test.describe("deferred layout of long pages", () => {
  for (const { path, deferred } of LONG_PAGES) {
    test(`${path}: the first screen is laid out, the last parts wait until they near the viewport`, async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(path);
      await waitForHydration(page);
      expect(await skipped(page, "h1"), "the page's heading is laid out").toBe(false);
      for (const selector of deferred) expect(await skipped(page, selector), `${selector} waits`).toBe(true);
      for (const selector of deferred) {
        // Parts above it grow from their estimated height to their real one as they are laid out, moving it: scroll
        // again until it stays in view, as a reader's scrolling would.
        await expect
          .poll(async () => {
            await page.locator(selector).scrollIntoViewIfNeeded();
            return skipped(page, selector);
          }, `${selector} is laid out once scrolled to`)
          .toBe(false);
      }
    });
  }

  // Lighthouse runs axe on the page as loaded, deferred parts and all; axe's target-size rule misjudged the link lists
  // of the comparison's cards and the dashboard's role list while they were deferred (Lighthouse accessibility 96).
  for (const width of [412, 1350]) {
    test(`axe's target-size rule passes before anything below is laid out, at ${width} px`, async ({ browser }) => {
      test.slow();
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      for (const path of [...LONG_PAGES.map((p) => p.path), "/", "/compare?roles=back-end-developer,data-scientist"]) {
        await page.goto(path);
        await waitForHydration(page);
        const results = await new AxeBuilder({ page }).withRules(["target-size"]).analyze();
        expect
          .soft(
            results.violations.flatMap((v) => v.nodes.map((n) => n.target.join(" "))),
            path,
          )
          .toEqual([]);
      }
      await context.close();
    });
  }

  test("links to sections land on them, from another page and from the profile's contents", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/skills#kind-soft-skill");
    await expect(page.getByRole("heading", { level: 2, name: /^People skills/ })).toBeInViewport();
    // Deep links to a profile's sections are public addresses (app/ui/profile-section.tsx).
    for (const id of ["outlook", "progression", "sources"]) {
      await page.goto(`/roles/back-end-developer#${id}`);
      await waitForHydration(page);
      await expect(page.locator(`#${id}-title`)).toBeInViewport();
      await page.goto("/roles/back-end-developer");
      await waitForHydration(page);
      await page.locator(`.profile-toc a[href="#${id}"]`).click();
      await expect(page.locator(`#${id}-title`)).toBeInViewport();
    }
  });

  test("a figure's source number lands on its source, past parts not laid out yet", async ({ page }) => {
    test.slow();
    await page.setViewportSize({ width: 390, height: 844 });
    for (const path of [
      "/explore/skills?have=Python&have=SQL",
      "/explore/interests?like=investigative&like=conventional",
      "/map",
      "/skills",
    ]) {
      await page.goto(path);
      await waitForHydration(page);
      // The first source number on the page (the explorers': in the ranked list, above the deferred sections).
      const link = page.locator('main a[href^="#source-"]').first();
      const target = page.locator(`[id="${(await link.getAttribute("href"))!.slice(1)}"]`);
      await link.click();
      await expect(target, `${path}: the source is on screen after the jump`).toBeInViewport();
      // And stays there while the parts around it are laid out.
      await page.waitForTimeout(300);
      await expect(target, `${path}: the source is still on screen`).toBeInViewport();
    }
  });

  test("the keyboard reaches a link in a part that has not been laid out yet", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    // (The map's lists were the example until they stopped waiting, 2026-12-06: app/ui/app.css says why.)
    const part = "section[aria-labelledby=explore-occupations]";
    await page.goto("/explore/skills?have=Python&have=SQL");
    await waitForHydration(page);
    const last = page.locator(`${part} a`).last();
    expect(await skipped(page, part)).toBe(true);
    await last.focus();
    await expect(last).toBeFocused();
    await expect(last).toBeInViewport();
  });
});
