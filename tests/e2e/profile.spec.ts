import { drawCharts, expect, expectNoAxeViolations, layOutDeferredParts, openAllDetails, test, waitForHydration } from "./fixtures";

const PROFILE = "/roles/back-end-developer";
const SECTION_HEADINGS = [
  "Quick facts",
  "What they do",
  "Also known as",
  "Skills",
  "Industries that hire",
  "Outlook charts",
  "AI impact",
  "Where this role leads",
  "Discussion questions",
  "Sources and how to cite this page",
];

test.describe("role profile", () => {
  test("shows every section in its fixed order, each linkable by id", async ({ page }) => {
    const response = await page.goto(PROFILE);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Back-End Developer");
    await expect(page.locator("section.profile-section > h2")).toHaveText(SECTION_HEADINGS);
    const ids = await page.locator("section.profile-section").evaluateAll((sections) => sections.map((s) => s.id));
    expect(ids).toEqual([
      "quick-facts",
      "what-they-do",
      "also-known-as",
      "skills",
      "industries",
      "outlook",
      "ai-impact",
      "progression",
      "discussion",
      "sources",
    ]);

    const facts = page.locator("#quick-facts");
    await expect(facts).toContainText("Web developers (SOC 15-1254)");
    await expect(facts.locator(".fact").filter({ hasText: "Median annual pay, May 2024" })).toContainText("$90,930");
    await expect(facts.locator(".fact").filter({ hasText: "Projected growth, 2024–34" })).toContainText("+7.5%");
    await expect(facts.locator(".fact").filter({ hasText: "Projected growth, 2024–34" })).toContainText(
      "About 2.4 times the all-occupations rate of +3.1%",
    );
    // The article's uncited figure is labelled as such, never shown as a BLS projection.
    await expect(facts.locator(".statement--uncited-claim")).toContainText("Uncited claim: not a BLS figure");
    await expect(facts.locator(".statement--uncited-claim")).toContainText("20% or more");
    await expect(page.locator("#also-known-as")).toContainText("Server-Side Developer");
    await expect(page.locator("#ai-impact")).toContainText("not a forecast of job loss");
    await expect(page.locator("#sources")).toContainText("Used under the CC BY 4.0 license");
    await waitForHydration(page);
  });

  // Its later sections come in a chunk of their own (ADR 026): if that chunk cannot be had (the network dropped, or a new
  // release removed it from under an open tab), the page keeps what the server sent instead of turning into an error page.
  test("keeps its later sections as the server sent them when their chunk cannot be loaded", async ({ page, consoleErrors }) => {
    let refused = 0;
    await page.route(/\/assets\/later-parts-[^/]+\.js$/, (route) => {
      refused += 1;
      return route.abort();
    });
    await page.goto(PROFILE);
    await waitForHydration(page);
    await expect.poll(() => refused).toBeGreaterThan(0);
    await page.waitForTimeout(1_500);
    // Each of its eight parts asks at most once until a pause is over, however often React retries them (about 50
    // requests in one page load when every retry asked again).
    expect(refused).toBeLessThanOrEqual(8);
    await expect(page.locator("#error-title")).toHaveCount(0);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Back-End Developer");
    for (const name of ["Skills", "Where this role leads", "Discussion questions"])
      await expect(page.getByRole("heading", { level: 2, name, exact: true })).toBeVisible();
    await expect(page.locator("#skills table").first()).toBeVisible();
    // The page still follows its links: another period renders, and its parts, with no server HTML for it, say they could
    // not be shown.
    await page.getByRole("navigation", { name: "Projection period" }).getByRole("link", { name: "2022–32" }).click();
    await expect(page).toHaveURL(/\?vintage=2022-32$/);
    await expect(page.locator("#chart-employment").getByRole("link", { name: /CSV/ })).toHaveAttribute(
      "href",
      `${PROFILE}/employment.csv?vintage=2022-32`,
    );
    await expect(page.getByText("This section could not be loaded. Reload the page to see it.").first()).toBeVisible();
    // The browser and React report the refused chunk (React's 422: it rendered the part afresh, from the server's HTML;
    // its 520: the part failed in the period's render and React rendered again to be sure before its boundary took it);
    // nothing else may be in the console.
    expect(consoleErrors.filter((e) => !/later-parts|dynamically imported module|ERR_FAILED|React error #(422|520);/.test(e))).toEqual([]);
    consoleErrors.length = 0;
  });

  test("draws the chart SVGs after hydration", async ({ page }) => {
    await page.goto(PROFILE);
    await waitForHydration(page);
    for (const id of ["#chart-employment", "#chart-growth", "#chart-vintages"]) {
      // Charts mount when their box nears the viewport, as the reader scrolls to them.
      await page.locator(`${id} .chart__box`).scrollIntoViewIfNeeded();
      await expect(page.locator(`${id} .recharts-surface`)).toBeVisible();
    }
    // The value labels are text in the SVG, not only bar lengths or colours.
    await expect(page.locator("#chart-growth .recharts-surface")).toContainText("+7.5%");
  });

  test("carries every figure and chart table in the server HTML (no JavaScript)", async ({ noScriptPage: page }) => {
    await page.goto(PROFILE);
    await expect(page.locator(".recharts-surface")).toHaveCount(0);
    await expect(page.locator("#chart-employment table")).toHaveCount(1);
    await expect(page.locator("#chart-employment table")).toContainText("86,000", { useInnerText: false });
    await expect(page.locator("#chart-growth table")).toContainText("Computer occupations (15-1200)", { useInnerText: false });
    await expect(page.locator("#chart-vintages table tbody tr")).toHaveCount(3);
    await expect(page.locator("#quick-facts")).toContainText("$90,930");
    // What would break: without JavaScript each chart left an empty box (260 px here, 934 px on the dashboard) and its
    // table stayed closed under "Show the data as a table"; the table now shows in the chart's place.
    for (const id of ["#chart-employment", "#chart-growth", "#chart-vintages"]) {
      await expect(page.locator(`${id} .chart__box`)).toBeHidden();
      await expect(page.locator(`${id} table`)).toBeVisible();
      await expect(page.locator(`${id} .chart__data summary`)).toBeHidden();
    }
  });

  test("shows the chart, not its table, with JavaScript on", async ({ page }) => {
    await page.goto(PROFILE);
    await waitForHydration(page);
    await expect(page.locator("#chart-employment .chart__box")).toBeVisible();
    await expect(page.locator("#chart-employment table")).toBeHidden();
    await expect(page.locator("#chart-employment .chart__data summary")).toBeVisible();
  });

  test("shows a figure's source and data year on hover and on keyboard focus", async ({ page }) => {
    await page.goto(PROFILE);
    await waitForHydration(page);
    const pay = page.locator("#quick-facts .fact").filter({ hasText: "Median annual pay" }).locator(".sourced").first();
    const note = pay.getByRole("tooltip");
    await expect(note).toBeHidden();
    await pay.getByRole("button").hover();
    await expect(note).toBeVisible();
    await expect(note).toContainText("U.S. Bureau of Labor Statistics");
    await expect(note).toContainText("Data: May 2024");

    await page.mouse.move(0, 0);
    const growth = page.locator("#quick-facts .fact").filter({ hasText: "Projected growth" }).locator(".sourced").first();
    await growth.getByRole("button").focus();
    await expect(growth.getByRole("tooltip")).toBeVisible();
    await expect(growth.getByRole("tooltip")).toContainText("Data: 2024–34");
    // The growth band's label wraps on a narrow card and reads from the left, as the line it sits in (a button centres).
    const band = page.locator("#quick-facts .growth-band .sourced__value").first();
    await expect(band).toBeVisible();
    await expect(band).not.toHaveCSS("text-align", "center");
  });

  test("hides a figure's source note on Escape, the focus staying on the figure; pointing or focusing again shows it", async ({ page }) => {
    // What would break (a keyboard pass, WCAG 1.4.13): Escape left the note of "$90,930" open over the next card's text,
    // and the only way to close it was to move the focus away.
    await page.goto(PROFILE);
    await waitForHydration(page);
    const pay = page.locator("#quick-facts .fact").filter({ hasText: "Median annual pay" }).locator(".sourced").first();
    const figure = pay.getByRole("button", { name: "$90,930" });
    const note = pay.getByRole("tooltip");
    for (let presses = 0; presses < 100 && !(await figure.evaluate((button) => button === document.activeElement)); presses++) {
      await page.keyboard.press("Tab");
    }
    await expect(figure).toBeFocused();
    await expect(note).toBeVisible();

    await page.keyboard.press("Escape");
    await expect(note).toBeHidden();
    await expect(figure).toBeFocused();
    // A screen reader still hears the source: the note stays the figure's description.
    await expect(figure).toHaveAccessibleDescription(/Data: May 2024/);
    // Enter does what it did: nothing but keep the focus and the page.
    await page.keyboard.press("Enter");
    await expect(figure).toBeFocused();
    await expect(page).toHaveURL(new RegExp(`${PROFILE}$`));

    // Pointing at the figure shows the note again; leaving it, the focus still shows it until Escape.
    await figure.hover();
    await expect(note).toBeVisible();
    await page.mouse.move(0, 0);
    await expect(note).toBeVisible();
    await figure.hover();
    await page.keyboard.press("Escape");
    await expect(note).toBeHidden();
    // Dismissed, it stays hidden as the pointer leaves, the focus staying on the figure (glossary terms alike:
    // glossary.spec.ts). Two frames first, so that a note about to show again would have shown.
    await page.mouse.move(0, 0);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await expect(note).toBeHidden();
    await expect(figure).toBeFocused();
    // Focusing the figure again shows it again.
    await page.keyboard.press("Tab");
    await page.keyboard.press("Shift+Tab");
    await expect(figure).toBeFocused();
    await expect(note).toBeVisible();

    // A note shown by the pointer alone closes on Escape too, and shows when the pointer comes back.
    await page.keyboard.press("Tab");
    await expect(figure).not.toBeFocused();
    await figure.hover();
    await expect(note).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(note).toBeHidden();
    await page.mouse.move(0, 0);
    await figure.hover();
    await expect(note).toBeVisible();
  });

  test("shows a figure's source note on keyboard focus without JavaScript", async ({ noScriptPage: page }) => {
    // What would break: the note's CSS (:focus-within) made to wait for a script.
    await page.goto(PROFILE);
    const growth = page.locator("#quick-facts .fact").filter({ hasText: "Projected growth" }).locator(".sourced").first();
    await expect(growth.getByRole("tooltip")).toBeHidden();
    await growth.getByRole("button").focus();
    await expect(growth.getByRole("tooltip")).toBeVisible();
    await expect(growth.getByRole("tooltip")).toContainText("Data: 2024–34");
  });

  // A browser pass (2026-12-07): right after the page hydrated, a figure in a section whose code was still loading had
  // its note run off a 412 px screen when focused, and Escape did not hide it: React stopped the focus and key events
  // on their way down to a part it had not hydrated, before the notes' listeners heard them.
  test("places and dismisses a figure's source note in a section whose code is still loading", async ({ page }) => {
    await page.setViewportSize({ width: 412, height: 844 });
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/compare-quick-facts-[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto("/compare?roles=back-end-developer,front-end-developer");
    await waitForHydration(page);
    const figure = page.locator("#quick-facts .sourced").filter({ hasText: /^\$/ }).last();
    const note = figure.locator(".sourced__note");
    await figure.locator(".sourced__value").focus();
    await expect(note).toBeVisible();
    await expect.poll(async () => (await note.boundingBox())!.x + (await note.boundingBox())!.width).toBeLessThanOrEqual(412);
    await page.keyboard.press("Escape");
    await expect(note).toBeHidden();
    release();
  });

  for (const width of [360, 390, 412]) {
    test(`keeps every figure's source note on a ${width} px screen, and the page from scrolling sideways`, async ({ page }) => {
      // What would break (issue 15: no page scrolls sideways at 360–412 px): at 390×844 the note of "+7.5%" spanned
      // x 211–499, its text cut off and the page 499 px wide (7 of the profile's 13 figures; 35 of the dashboard's 50);
      // in the comparison's table, which scrolls sideways, its frame cut the notes off.
      await page.setViewportSize({ width, height: 844 });
      for (const path of [PROFILE, "/", "/compare?roles=back-end-developer,front-end-developer"]) {
        await page.goto(path);
        await waitForHydration(page);
        await openAllDetails(page);
        await layOutDeferredParts(page);
        const misplaced = await page.evaluate(notesOutsideTheScreen);
        expect(misplaced.figures, `${path}: figures with a source note`).toBeGreaterThan(0);
        expect(misplaced.problems, `${path} at ${width} px`).toEqual([]);
      }
    });
  }

  test("downloads each chart's data as CSV with its header row", async ({ page }) => {
    await page.goto(PROFILE);
    await waitForHydration(page);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.locator("#chart-employment").getByRole("link", { name: /CSV/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("back-end-developer-employment-2024-34.csv");
    const { readFile } = await import("node:fs/promises");
    const text = await readFile((await download.path())!, "utf8");
    expect(text.split("\r\n")[0]).toBe(
      "\uFEFFSOC code,Occupation,Projection period,Year,Point,Employment (jobs),Source,Source URL,Data version",
    );
    expect(text).toContain("15-1254,Web developers,2024-34,2034,projected,92500,");

    const href = await page.locator("#chart-growth").getByRole("link", { name: /CSV/ }).getAttribute("href");
    const response = await page.request.get(href!);
    expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8; header=present");
    expect((await response.text()).split("\r\n")[0]).toBe(
      "\uFEFFSOC code,Occupation or group,Line kind,Projection period,Employment in base year (jobs),Employment in target year (jobs),Change (%),Derived by Career Atlas,Source,Source URL,Data version",
    );
  });

  test("switches vintage through the URL and shows both wages where sources disagree", async ({ page }) => {
    await page.goto(PROFILE);
    await waitForHydration(page);
    await page.getByRole("navigation", { name: "Projection period" }).getByRole("link", { name: "2022–32" }).click();
    await expect(page).toHaveURL(/\?vintage=2022-32$/);
    const pay = page.locator("#quick-facts .fact").filter({ hasText: "Median annual pay" });
    await expect(pay).toContainText("$78,580");
    await expect(pay).toContainText("$84,960");
    await expect(pay).toContainText("Sources disagree");
    await drawCharts(page);
    await expect(page.locator("#chart-growth .recharts-surface")).toBeVisible();
    await expect(page.locator("#chart-employment").getByRole("link", { name: /CSV/ })).toHaveAttribute(
      "href",
      `${PROFILE}/employment.csv?vintage=2022-32`,
    );
  });

  test("answers a bad vintage with 400 and a message", async ({ page, expectErrorStatusFor }) => {
    expectErrorStatusFor(`${PROFILE}?vintage=1999-09`);
    const response = await page.goto(`${PROFILE}?vintage=1999-09`);
    expect(response?.status()).toBe(400);
    // Well-formed but not loaded: the page names the periods that are.
    await expect(page.locator("main")).toContainText(
      /no BLS projections for the period 1999-09\. The periods loaded are \d{4}-\d{2} \(the newest\)/,
    );
  });

  test("has no accessibility violations (latest projections, charts drawn, tables open)", async ({ page }) => {
    test.setTimeout(90_000); // axe walks a long page (every skill table and chart table open)
    await page.goto(PROFILE);
    await waitForHydration(page);
    await drawCharts(page);
    await expect(page.locator(".recharts-surface")).toHaveCount(3);
    await openAllDetails(page);
    await expectNoAxeViolations(page);
  });

  test("has no accessibility violations for the 2022-32 projections", async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto(`${PROFILE}?vintage=2022-32`);
    await waitForHydration(page);
    await drawCharts(page);
    await expect(page.locator(".recharts-surface")).toHaveCount(3);
    await openAllDetails(page);
    await expectNoAxeViolations(page);
  });
});

test.describe("unknown role", () => {
  test("is a real 404 page that offers search", async ({ page, expectErrorStatusFor }) => {
    expectErrorStatusFor("/roles/no-such-role");
    const response = await page.goto("/roles/no-such-role");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await expect(page.locator("main")).toContainText("/roles/no-such-role");
    await expect(page.locator("main").getByRole("link", { name: "Open the search page" })).toHaveAttribute("href", "/search");
    await waitForHydration(page);
    await expectNoAxeViolations(page);

    const search = page.locator("main").getByRole("search");
    await search.getByLabel("Job title").fill("server side dev");
    await search.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/\/search\?q=server\+side\+dev$/);
  });

  // Issue 12/15 polish (a browser pass): /roles/frontend-developer, a spelling no alias holds, was a bare 404 with an empty
  // search box. It stays a 404, offers the role the title search answers exactly, and fills the box with its words.
  test("offers the role an address's words name, with why, and searches them in one press", async ({ page, expectErrorStatusFor }) => {
    expectErrorStatusFor("/roles/frontend-developer");
    const response = await page.goto("/roles/frontend-developer");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    const main = page.locator("main");
    await expect(main.getByRole("heading", { level: 2, name: "Did you mean Front-End Developer?" })).toBeVisible();
    await expect(main.getByRole("link", { name: "Front-End Developer", exact: true })).toHaveAttribute(
      "href",
      "/roles/front-end-developer",
    );
    await expect(main).toContainText("We read the address as “frontend developer”. Its title is what you typed.");
    const search = main.getByRole("search");
    await expect(search.getByLabel("Job title")).toHaveValue("frontend developer");
    await waitForHydration(page);
    await expectNoAxeViolations(page);
    await search.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/\/search\?q=frontend\+developer$/);
  });

  test("offers nothing for words no title has, and searches them without JavaScript", async ({ noScriptPage, expectErrorStatusFor }) => {
    expectErrorStatusFor("/roles/qwxzy-plonk");
    const response = await noScriptPage.goto("/roles/qwxzy-plonk");
    expect(response?.status()).toBe(404);
    const main = noScriptPage.locator("main");
    await expect(main).toContainText("/roles/qwxzy-plonk");
    await expect(main).not.toContainText("Did you mean");
    const search = main.getByRole("search");
    await expect(search.getByLabel("Job title")).toHaveValue("qwxzy plonk");
    await search.getByRole("button", { name: "Search" }).click();
    await expect(noScriptPage).toHaveURL(/\/search\?q=qwxzy\+plonk$/);
  });
});

test.describe("another name of a role", () => {
  // Issue 15, item 10: /roles/backend-developer is an alias of Back-End Developer, not a dead end.
  test("redirects permanently to the role, keeping the period, and a browser following it lands on the role", async ({ page, request }) => {
    const answer = await request.get("/roles/backend-developer?vintage=2022-32", { maxRedirects: 0 });
    expect(answer.status()).toBe(301);
    expect(answer.headers()["location"]).toBe("/roles/back-end-developer?vintage=2022-32");

    await page.goto("/roles/server-side-developer");
    await expect(page).toHaveURL(/\/roles\/back-end-developer$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Back-End Developer");
  });
});

/**
 * Runs in the page: focuses each figure that shows (as Tab would), waits two frames (a note is placed again after the
 * browser scrolls a focused figure into view), and names every note not shown, not inside the viewport, or cut off by a
 * frame that scrolls sideways around it, and every figure whose note made the page wider than the screen.
 */
async function notesOutsideTheScreen(): Promise<{ figures: number; problems: string[] }> {
  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const root = document.documentElement;
  const problems: string[] = [];
  const figures = [...document.querySelectorAll<HTMLElement>(".sourced")].filter((figure) => figure.checkVisibility());
  for (const figure of figures) {
    const button = figure.querySelector<HTMLElement>(".sourced__value")!;
    const note = figure.querySelector<HTMLElement>(".sourced__note")!;
    const name = `"${button.textContent}"`;
    button.focus();
    await nextFrame();
    const box = note.getBoundingClientRect();
    if (document.activeElement !== button || box.width === 0) {
      problems.push(`${name}: its note does not show on focus`);
      continue;
    }
    const at = `x ${Math.round(box.left)}–${Math.round(box.right)}`;
    if (box.left < 0 || box.right > root.clientWidth) problems.push(`${name}: note at ${at} in ${root.clientWidth} px`);
    if (root.scrollWidth > root.clientWidth) problems.push(`${name}: the page is ${root.scrollWidth} px wide with its note open`);
    for (let frame = figure.parentElement; frame && frame !== document.body; frame = frame.parentElement) {
      if (getComputedStyle(frame).overflowX === "visible") continue;
      const inner = frame.getBoundingClientRect().left + frame.clientLeft;
      if (box.left < inner - 0.5 || box.right > inner + frame.clientWidth + 0.5)
        problems.push(
          `${name}: note at ${at} cut off by its frame (.${frame.className}) at x ${Math.round(inner)}–${Math.round(inner + frame.clientWidth)}`,
        );
    }
    button.blur();
  }
  return { figures: figures.length, problems };
}
