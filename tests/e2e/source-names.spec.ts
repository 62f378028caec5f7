import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, test, waitForHydration } from "./fixtures";

/**
 * Issue 15, item 8: slides, handouts and source lists named the user's articles "Unattributed career article
 * (user-supplied source document 000)". Each is named by its title (an untitled one by a description in square
 * brackets) and "author not given", and nothing internal reaches a page.
 */
const POWER = "“Article 2: Back-End Developer – The Power Behind the Scenes”, author not given";
const PROFILE_PAGE = "[Untitled job profile: Back-End Developer], author not given";
const INTERNAL = /user-supplied|source document|unattributed/i;

/** Everything the page holds as text, hidden slides and tooltips included. */
const allText = (page: Page) => page.evaluate(() => document.body.textContent ?? "");

test.describe("source names", () => {
  test("the profile's source list and AI notes name the articles by title, 'author not given'", async ({ page }) => {
    test.slow(); // took over half of the default 30 s in CI on 2 shared cores
    await page.goto("/roles/back-end-developer");
    const list = page.locator("#sources .source-list");
    await expect(list.locator("#source-article-backend-power-behind-the-scenes")).toContainText(POWER);
    await expect(list.locator("#source-article-backend-job-profile")).toContainText(PROFILE_PAGE);
    await expect(page.locator(".note-list__byline").first()).toHaveText(/^Author not given · Reviewed by Career Atlas on /);
    expect(await allText(page)).not.toMatch(INTERNAL);
    await expectNoAxeViolations(page);
  });

  test("the deck's sources slide and its AI slides name the articles the same way", async ({ page }) => {
    await page.goto("/present?role=back-end-developer");
    await waitForHydration(page);
    await page.keyboard.press("End");
    const slide = page.locator(".present-slides > .slide:not([hidden])");
    await expect(slide.getByRole("heading", { level: 2 })).toHaveText(/^Sources( \(\d of \d\))?$/);
    // The sources may go on over more than one slide (finish-deck.ts): each article is on one of them.
    const lists = page.locator(".present-slides > .slide--sources .source-list");
    await expect(lists.filter({ hasText: POWER })).toHaveCount(1);
    await expect(lists.filter({ hasText: PROFILE_PAGE })).toHaveCount(1);
    // A slide quoting an editorial note is signed so, and its footer cites the article by name.
    const editorial = page.locator(".present-slides > .slide").filter({ hasText: "Author not given ·" });
    await expect(editorial).not.toHaveCount(0);
    await expect(editorial.first().locator(".slide__citation")).toContainText("author not given");
    expect(await allText(page)).not.toMatch(INTERNAL);
    await expectNoAxeViolations(page);
  });

  test("the handout's numbered sources name the articles by title", async ({ page }) => {
    await page.goto("/roles/back-end-developer/handout");
    const sources = page.locator(".handout-sources");
    await expect(sources).toContainText(POWER);
    expect(await allText(page)).not.toMatch(INTERNAL);
    await expectNoAxeViolations(page);
  });
});

// A screen reader pass (2026-12-06): the finders' and explorers' source links were named only "[1]", "[2]", "[3]".
test.describe("source links", () => {
  for (const path of [
    "/roles?band=1",
    "/occupations?education=Bachelor%27s+degree",
    "/explore/skills?have=Python&have=SQL&have=Excel",
    "/explore/interests",
    "/explore/interests?like=artistic",
    "/technologies",
    "/",
  ]) {
    test(`are each named after their source on ${path}`, async ({ page }) => {
      await page.goto(path);
      const links = page.locator('main a[href^="#source-"]');
      expect(await links.count()).toBeGreaterThan(0);
      const names = await links.evaluateAll((all) => all.map((a) => a.getAttribute("aria-label") ?? a.textContent ?? ""));
      for (const name of names) expect(name).toMatch(/^Source \d+: \S/);
    });
  }
});
