import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type APIRequestContext, type Page } from "@playwright/test";

/**
 * Every page test fails on a browser console error or an uncaught exception: a CSP violation (a script
 * without the nonce), a hydration mismatch or a failed asset all show up there. `noScriptPage` (a page with
 * JavaScript off, in its own context, closed after the test) is watched the same way.
 */
export const test = base.extend<{
  consoleErrors: string[];
  expectErrorStatusFor: (path: string) => void;
  noScriptPage: Page;
}>({
  // Chromium logs "Failed to load resource" for a document answered with 4xx; a test that asks for one says so.
  expectErrorStatusFor: async ({ baseURL }, use) => {
    await use((path) => expectedErrorUrls.add(new URL(path, baseURL).href));
  },
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      watchConsole(page, errors);
      await use(errors);
      expectedErrorUrls.clear();
      expect(errors, "browser console errors").toEqual([]);
    },
    { auto: true },
  ],
  noScriptPage: async ({ browser, consoleErrors }, use) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    watchConsole(page, consoleErrors);
    await use(page);
    await context.close();
  },
});

const expectedErrorUrls = new Set<string>();

/** Collects a page's console errors and uncaught exceptions, except the 4xx documents a test said it expects. */
function watchConsole(page: Page, errors: string[]): void {
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    const isExpected = message.text().startsWith("Failed to load resource") && expectedErrorUrls.has(message.location().url);
    if (!isExpected) errors.push(`${message.text()} (${message.location().url})`);
  });
  page.on("pageerror", (error) => errors.push(error.message));
}

export { expect };

/** axe-core's WCAG 2.x A/AA rules and best practices; the page must have no violations. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  await layOutDeferredParts(page);
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
    .analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 3)
        .join("; ")})`,
  );
  expect(summary).toEqual([]);
}

/** Waits until React has hydrated the document (root.tsx marks <html data-hydrated> in an effect). */
export async function waitForHydration(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === "true");
}

/** Scrolls every chart into view so each mounts (charts draw when their box nears the viewport), then back up. */
export async function drawCharts(page: Page): Promise<void> {
  for (const box of await page.locator(".chart__box").all()) await box.scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollTo(0, 0));
}

/**
 * Lays out the parts of a long page that wait until they near the viewport (`content-visibility: auto`, app/ui/app.css),
 * as scrolling through the page would: until then their overflow is clipped and their colours are not hit-tested, so
 * width checks and axe would not see them.
 */
export async function layOutDeferredParts(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const element of document.querySelectorAll<HTMLElement>("body *"))
      if (getComputedStyle(element).contentVisibility === "auto") element.style.contentVisibility = "visible";
  });
}

/** Opens every <details> on the page (chart tables, skill lists), so axe checks what they hold too. */
export async function openAllDetails(page: Page): Promise<void> {
  await page.evaluate(() => document.querySelectorAll("details").forEach((details) => (details.open = true)));
}

/**
 * The page itself never scrolls sideways at the viewport's width (a wide table or diagram scrolls in its own box):
 * nothing, not even a visually hidden label placed against the page, reaches past the right edge. Soft, so one run
 * names every page that does; `where` says which.
 */
export async function expectNoHorizontalOverflow(page: Page, where: string): Promise<void> {
  await layOutDeferredParts(page);
  const width = page.viewportSize()!.width;
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(clientWidth, `${where}: the page's visible width`).toBe(width);
  expect
    .soft(scrollWidth, `${where}: the page's width at ${width} px (a wider page scrolls sideways on a phone)`)
    .toBeLessThanOrEqual(width);
}

/** The eight roles of the largest lesson the form allows (its print and secret-keeping tests share them). */
export const LARGEST_LESSON_ROLES = [
  "back-end-developer",
  "software-engineer",
  "security-analyst",
  "research-scientist",
  "qa-engineer",
  "mobile-developer",
  "machine-learning-engineer",
  "full-stack-developer",
] as const;

/** A lesson as its author fills in `/lessons/new`. */
export interface LessonForm {
  title: string;
  note?: string;
  roles: readonly string[];
  ownQuestion?: string;
  /** The client's address as the proxy reports it, so the rate limit of one test does not count another's lessons. */
  client?: string;
}

/**
 * Makes a lesson through the form's own POST, as a counselor's browser would: the 303 to its saved page is followed,
 * and that page shows both links while the cookie keeps the edit key. Returns the students' address, the edit address
 * (with its key) and the saved page's address.
 */
export async function createLesson(
  request: APIRequestContext,
  baseURL: string,
  lesson: LessonForm,
): Promise<{ studentPath: string; editPath: string; savedPath: string }> {
  const form = new URLSearchParams({ title: lesson.title, note: lesson.note ?? "", vintage: "2024-34" });
  if (lesson.ownQuestion !== undefined) form.set("ownQuestion", lesson.ownQuestion);
  for (const role of lesson.roles) form.append("roles", role);
  const response = await request.post("/lessons/new", {
    data: form.toString(),
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      Origin: baseURL,
      ...(lesson.client ? { "X-Forwarded-For": lesson.client } : {}),
    },
  });
  expect(response.status(), "the saved lesson's page").toBe(200);
  const html = await response.text();
  const studentUrl = /data-testid="student-url"[^>]*>([^<]+)</.exec(html)?.[1];
  const editUrl = /data-testid="edit-url"[^>]*>([^<]+)</.exec(html)?.[1]?.replaceAll("&amp;", "&");
  expect(studentUrl && editUrl, "the created lesson's links").toBeTruthy();
  return {
    studentPath: new URL(studentUrl!).pathname,
    editPath: new URL(editUrl!).pathname + new URL(editUrl!).search,
    savedPath: new URL(response.url()).pathname,
  };
}
