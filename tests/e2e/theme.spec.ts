import type { Page } from "@playwright/test";
import { drawCharts, expect, expectNoAxeViolations, openAllDetails, test, waitForHydration } from "./fixtures";

/**
 * Light and dark themes (ADR 021): the page follows the system's setting, the header's switch overrides it and is
 * remembered, the remembered theme applies before the first paint (by the head script, not by React), the cached
 * replay of a page is the same for every theme, charts draw in the theme's colours, print is always light, and every
 * kind of page passes axe (colour contrast included) in both themes.
 */

const EVERY_PAGE_KIND = [
  "/",
  "/roles",
  "/roles/back-end-developer",
  "/occupations",
  "/occupations/15-1252",
  "/compare?roles=back-end-developer,data-scientist,security-analyst",
  "/skills",
  "/skills/python",
  "/technologies/python",
  "/paths",
  "/paths/back-end-developer",
  "/map",
  "/glossary",
  "/explore/skills?have=Python&have=SQL",
  "/explore/interests?like=investigative",
  "/lessons",
  "/lessons/new",
  "/search?q=developer",
  "/about",
  "/roles/data-scientist/handout",
  "/present?role=cto",
];

const DARK_PAPER = "rgb(20, 24, 31)";
const LIGHT_PAPER = "rgb(255, 255, 255)";

const paper = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

test.describe("light and dark themes", () => {
  // In groups of pages, so that the two workers share them and each test stays short (axe takes seconds per page).
  const GROUPS = 3;
  for (const scheme of ["dark", "light"] as const) {
    for (let group = 0; group < GROUPS; group++) {
      const paths = EVERY_PAGE_KIND.filter((_, i) => i % GROUPS === group);
      test(`${paths.join(", ")} pass axe in the ${scheme} theme, charts drawn and every <details> open`, async ({ page }) => {
        test.setTimeout(30_000 * paths.length);
        await page.emulateMedia({ colorScheme: scheme });
        for (const path of paths) {
          await test.step(path, async () => {
            await page.goto(path);
            await waitForHydration(page);
            expect(await paper(page), `${path}: the page's paper`).toBe(scheme === "dark" ? DARK_PAPER : LIGHT_PAPER);
            await drawCharts(page);
            await openAllDetails(page);
            await expectNoAxeViolations(page);
          });
        }
      });
    }
  }

  test("the switch overrides the system's theme, is remembered, and applies before the first paint", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto("/roles/back-end-developer");
    await waitForHydration(page);
    const toggle = page.getByRole("button", { name: "Dark theme" });
    await expect(toggle).toHaveAttribute("aria-pressed", "false");
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    expect(await paper(page)).toBe(DARK_PAPER);

    // Remembered, and applied before the first stylesheet is even parsed (so before the first paint), long before
    // React hydrates: what <html> says when each stylesheet's <link> reaches the document.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { themeAtStylesheets: string[] }).themeAtStylesheets = seen;
      new MutationObserver((records) => {
        for (const record of records)
          for (const node of record.addedNodes)
            if (node instanceof HTMLLinkElement && node.rel === "stylesheet")
              seen.push(
                `${document.documentElement.dataset.theme ?? "none"}${document.documentElement.dataset.hydrated ? " hydrated" : ""}`,
              );
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto("/skills/python");
    const atStylesheets = await page.evaluate(() => (window as unknown as { themeAtStylesheets: string[] }).themeAtStylesheets);
    expect(atStylesheets.length).toBeGreaterThan(0);
    expect(new Set(atStylesheets)).toEqual(new Set(["dark"]));
    expect(await paper(page)).toBe(DARK_PAPER);

    // Switching back to the system's theme forgets the choice: the page follows the system again.
    await page.goto("/skills/python");
    await waitForHydration(page);
    await page.getByRole("button", { name: "Dark theme" }).click();
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    await page.emulateMedia({ colorScheme: "dark" });
    expect(await paper(page)).toBe(DARK_PAPER);
    await expect(page.getByRole("button", { name: "Dark theme" })).toHaveAttribute("aria-pressed", "true");
  });

  test("a page replayed from the cache is the same for every theme and still applies the remembered one", async ({ page, request }) => {
    const path = "/glossary";
    // Warm the cache, then read the replay as a browser with the dark theme chosen would.
    await request.get(path);
    await page.goto("/about");
    await page.evaluate(() => localStorage.setItem("career-atlas-theme", "dark"));
    const response = await page.goto(path);
    expect(response!.headers()["x-cache"]).toBe("hit");
    // The head script runs under the replay's hash-based policy (a CSP violation would fail the console guard).
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
    expect(await paper(page)).toBe(DARK_PAPER);
    const replayed = await (await request.get(path)).text();
    expect(replayed).not.toContain('data-theme="');
  });

  test("charts draw in the theme's colours", async ({ page }) => {
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto("/roles/back-end-developer#outlook");
      await waitForHydration(page);
      await drawCharts(page);
      const chart = page.locator(".chart__box svg").first();
      await expect(chart).toBeVisible();
      const colours = await chart.evaluate((svg) => ({
        text: getComputedStyle(svg.querySelector("text")!).fill,
        bar: [...svg.querySelectorAll(".recharts-rectangle, path[fill^='url'], rect[fill]")].map((e) => getComputedStyle(e).fill),
      }));
      expect(colours.text, `${scheme}: the chart's text`).toBe(scheme === "dark" ? "rgb(231, 234, 240)" : "rgb(26, 31, 43)");
      expect(colours.bar.length).toBeGreaterThan(0);
    }
  });

  test("without JavaScript the page follows the system's theme and shows no switch", async ({ noScriptPage }) => {
    await noScriptPage.emulateMedia({ colorScheme: "dark" });
    await noScriptPage.goto("/roles/back-end-developer");
    expect(await paper(noScriptPage)).toBe(DARK_PAPER);
    await expect(noScriptPage.locator(".theme-switch")).toBeHidden();
  });

  // What would break: on a page without the header's search box (/search) the switch wrapped to a line of its own, at
  // the left under the menu.
  test("the switch sits at the right end of the brand's line, on every width and with or without the header's search", async ({ page }) => {
    for (const width of [1280, 1024, 390]) {
      await page.setViewportSize({ width, height: 800 });
      for (const path of ["/", "/search?q=nurse"]) {
        await page.goto(path);
        const brand = (await page.locator(".site-header .brand").boundingBox())!;
        const button = (await page.locator(".site-header .theme-switch").boundingBox())!;
        const inner = (await page.locator(".site-header__inner").boundingBox())!;
        const where = `${path} at ${width} px`;
        // On the brand's line: their vertical middles are within a few pixels of each other.
        expect(Math.abs(brand.y + brand.height / 2 - (button.y + button.height / 2)), where).toBeLessThanOrEqual(6);
        expect(Math.abs(button.x + button.width - (inner.x + inner.width)), where).toBeLessThanOrEqual(20);
      }
    }
  });

  test("print is light in the dark theme", async ({ page }) => {
    await page.goto("/about");
    await page.evaluate(() => localStorage.setItem("career-atlas-theme", "dark"));
    await page.goto("/roles/back-end-developer");
    await page.emulateMedia({ media: "print", colorScheme: "dark" });
    expect(await paper(page)).toBe(LIGHT_PAPER);
    expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe("rgb(0, 0, 0)");
  });
});
