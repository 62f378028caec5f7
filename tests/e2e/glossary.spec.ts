import { expect, expectNoAxeViolations, test, waitForHydration } from "./fixtures";

const PROFILE = "/roles/back-end-developer";

test.describe("glossary", () => {
  test("lists the student terms A to Z with definitions, see-also links, sources and a letter index", async ({ page }) => {
    const response = await page.goto("/glossary");
    expect(response?.status()).toBe(200);
    expect(response?.headers()["cache-control"]).toContain("public");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Glossary");
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Glossary" })).toHaveAttribute(
      "aria-current",
      "page",
    );

    const entries = {
      api: /messenger between programs/,
      "back-end": /behind-the-scenes part of a website or app/,
      authentication: /Checking who a user is/,
      scalability: /support many users at once/,
    };
    for (const [slug, definition] of Object.entries(entries)) {
      await expect(page.locator(`#term-${slug} dd`).first(), slug).toHaveText(definition);
    }
    await expect(page.locator("#term-api dt")).toHaveText("API (Application Programming Interface)");
    // A to Z: the letter headings are in order.
    const letters = await page.locator(".glossary-letter__title").allTextContents();
    expect(letters).toEqual([...letters].sort());
    expect(letters).toEqual(expect.arrayContaining(["A", "B", "S"]));
    // Each entry names its source, numbered in the source list at the foot of the page.
    const source = page.locator("#term-api .glossary-entry__source");
    await expect(source).toContainText("The Power Behind the Scenes");
    const sourceHref = await source.locator(".source-ref").getAttribute("href");
    await expect(page.locator(sourceHref!)).toContainText("Back-End Developer – The Power Behind the Scenes");

    await waitForHydration(page);
    // The letter index and see-also links move to the entry (and mark it as the target).
    await page.getByRole("navigation", { name: "Glossary letters" }).getByRole("link", { name: "Terms starting with S" }).click();
    await expect(page).toHaveURL(/\/glossary#letter-s$/);
    await expect(page.getByRole("heading", { level: 2, name: "S", exact: true })).toBeInViewport();
    await page.locator("#term-api").getByRole("link", { name: "REST", exact: true }).click();
    await expect(page).toHaveURL(/\/glossary#term-rest$/);
    await expect(page.locator("#term-rest")).toBeInViewport();
    await expect(page.locator(".glossary-entry:target")).toHaveAttribute("id", "term-rest");
  });

  test("opens a term by its address", async ({ page }) => {
    await page.goto("/glossary#term-scalability");
    await expect(page.locator("#term-scalability")).toBeInViewport();
    await expect(page.locator(".glossary-entry:target")).toHaveAttribute("id", "term-scalability");
  });

  test("filters through the URL without JavaScript, and answers a bad filter with 400", async ({
    noScriptPage: page,
    expectErrorStatusFor,
  }) => {
    await page.goto("/glossary");
    await page.getByLabel("Find a term").fill("authentication");
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL(/\/glossary\?q=authentication$/);
    await expect(page.locator(".glossary-results")).toHaveText(/terms? match(es)? “authentication”/);
    await expect(page.locator("#term-authentication")).toBeVisible();
    await expect(page.locator("#term-scalability")).toHaveCount(0);
    // See-also links still reach terms the filter hid, on the full glossary.
    await page.locator("#term-authentication").getByRole("link", { name: "Authorization", exact: true }).click();
    await expect(page).toHaveURL(/\/glossary#term-authorization$/);
    await expect(page.locator("#term-authorization")).toBeInViewport();

    await page.goto("/glossary?q=zzzz-no-such-term");
    await expect(page.locator(".glossary-results")).toHaveText("No term matches “zzzz-no-such-term”.");
    await page.getByRole("link", { name: "show every term", exact: true }).click();
    await expect(page.locator(".glossary-entry")).not.toHaveCount(0);

    const tooLong = `/glossary?q=${"x".repeat(61)}`;
    expectErrorStatusFor(tooLong);
    const response = await page.goto(tooLong);
    expect(response?.status()).toBe(400);
    await expect(page.locator("main")).toContainText("at most 60 characters");
  });

  test("has no accessibility violations, whole or filtered", async ({ page }) => {
    await page.goto("/glossary");
    await waitForHydration(page);
    await expectNoAxeViolations(page);
    await page.goto("/glossary?q=api");
    await expectNoAxeViolations(page);
  });
});

test.describe("inline definitions on a role profile", () => {
  test("marks API once in What they do and shows its definition on hover and on keyboard focus", async ({ page }) => {
    await page.goto(PROFILE);
    await waitForHydration(page);
    const section = page.locator("#what-they-do");
    const api = section.locator(".term").filter({ has: page.locator('a[href="/glossary#term-api"]') });
    await expect(api).toHaveCount(1); // the first occurrence in the section only
    const link = api.getByRole("link");
    await expect(link).toHaveText(/^APIs?$/);
    const note = api.getByRole("tooltip");
    await expect(note).toBeHidden();
    await link.hover();
    await expect(note).toBeVisible();
    await expect(note).toContainText("A messenger between programs");
    // The tooltip is the link's accessible description.
    await expect(link).toHaveAccessibleDescription(/API \(Application Programming Interface\): A messenger between programs/);
    await page.mouse.move(0, 0);
    await expect(note).toBeHidden();

    const auth = section.locator(".term").filter({ has: page.locator('a[href="/glossary#term-authentication"]') });
    await auth.getByRole("link").focus();
    await expect(auth.getByRole("tooltip")).toBeVisible();
    await expect(auth.getByRole("tooltip")).toContainText("Checking who a user is");
    // Escape hides it without moving focus (WCAG 1.4.13).
    await page.keyboard.press("Escape");
    await expect(auth.getByRole("tooltip")).toBeHidden();
    await expect(auth.getByRole("link")).toBeFocused();

    // Never inside another word: "MySQL" and "PostgreSQL" are not SQL (which is marked later, in "Learn both SQL").
    const databases = section.locator(".duty-list > li", { hasText: "MySQL" });
    await expect(databases.locator('a[href="/glossary#term-sql"]')).toHaveCount(0);
    await expect(section.locator('a[href="/glossary#term-sql"]')).toHaveText("SQL");
    // Never inside a link.
    await expect(page.locator("a .term")).toHaveCount(0);
  });

  test("keeps a definition hidden after Escape until the focus or the pointer comes back to the term", async ({ page }) => {
    // What would break (a keyboard pass, 2026-12-06; WCAG 1.4.13): Escape hid the definition of a focused term, but
    // moving the mouse off the term brought it back while the focus was still on it.
    await page.goto(PROFILE);
    await waitForHydration(page);
    const auth = page.locator("#what-they-do .term").filter({ has: page.locator('a[href="/glossary#term-authentication"]') });
    const link = auth.getByRole("link");
    const note = auth.getByRole("tooltip");
    // Two frames, so that a note about to show again has shown before a check that it stays hidden.
    const settle = () => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

    await link.hover();
    await link.focus();
    await expect(note).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(note).toBeHidden();
    await expect(link).toBeFocused();
    // The pointer leaving the term does not bring it back: the focus stays, but the reader closed it.
    await page.mouse.move(0, 0);
    await settle();
    await expect(note).toBeHidden();
    await expect(link).toBeFocused();
    // Tab away and back: the focus arriving shows it.
    await page.keyboard.press("Tab");
    await expect(link).not.toBeFocused();
    await page.keyboard.press("Shift+Tab");
    await expect(link).toBeFocused();
    await expect(note).toBeVisible();

    // Shown for the pointer alone, Escape hides it too (the focus is elsewhere), and pointing at the term again shows it.
    await page.keyboard.press("Tab");
    await expect(link).not.toBeFocused();
    await link.hover();
    await expect(note).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(note).toBeHidden();
    await page.mouse.move(0, 0);
    await link.hover();
    await expect(note).toBeVisible();
  });

  test("keeps a definition dismissed under the resting pointer when another period leaves the term as it was", async ({ page }) => {
    // What would break (reviews of 2026-12-07; ADR 026's amendments): an in-app navigation renders the new page into the
    // elements React keeps, and no pointer event fires under a resting pointer. Another path, or a query that changed a
    // term's text, ends its dismissal (renewDismissableNotes; the unit tests play both). But a change of the query alone
    // that left the term as it was (a filter, another period) brought back, at every change, the definition the reader
    // had dismissed.
    await page.goto(PROFILE);
    await waitForHydration(page);
    const term = page.locator("#what-they-do .term").first();
    const link = term.getByRole("link");
    const note = term.getByRole("tooltip");
    // What they do is a deferred part: wait until React owns its elements, or a navigation would render it afresh.
    await expect.poll(() => link.evaluate((element) => Object.keys(element).some((key) => key.startsWith("__reactFiber$")))).toBe(true);
    await link.scrollIntoViewIfNeeded();
    const box = (await link.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await expect(note).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(note).toBeHidden();
    const kept = await term.elementHandle();

    // Another period of the same profile, by the keyboard: the pointer does not move, the page does not scroll, and What
    // they do has the same text, so React keeps every term's element, text and all.
    const period = page.getByRole("navigation", { name: "Projection period" }).getByRole("link", { name: "2022–32" });
    await period.evaluate((element: HTMLElement) => element.focus({ preventScroll: true }));
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\?vintage=2022-32$/);
    await expect(period).toHaveAttribute("aria-current", "page"); // the new period is rendered, and the notes renewed
    expect(await kept!.evaluate((element) => element.isConnected)).toBe(true);
    expect(await kept!.evaluate((element) => element.hasAttribute("data-dismissed"))).toBe(true);
    await expect(note).toBeHidden();
    // Any other term the pointer rests on now (the quick facts above may have grown) shows its definition.
    await expect
      .poll(() =>
        page.evaluate(() =>
          [...document.querySelectorAll(".term:hover:not([data-dismissed])")].every(
            (t) => getComputedStyle(t.querySelector(".term__note")!).display !== "none",
          ),
        ),
      )
      .toBe(true);
    // The dismissal ends as on any page: the pointer coming back onto the term shows it.
    await page.mouse.move(0, 0);
    await link.hover();
    await expect(note).toBeVisible();
  });

  test("links a term to its glossary entry, which works without JavaScript", async ({ noScriptPage: page }) => {
    await page.goto(PROFILE);
    await page.locator('#what-they-do a[href="/glossary#term-authentication"]').click();
    await expect(page).toHaveURL(/\/glossary#term-authentication$/);
    await expect(page.locator("#term-authentication")).toBeInViewport();
  });

  test("marks terms in the discussion questions, which keep their text and sources", async ({ page }) => {
    await page.goto(PROFILE);
    const questions = page.locator("#discussion .question-list > li");
    expect(await questions.count()).toBeGreaterThan(0);
    // Marked again in this section, though What they do marked them first: each section stands on its own.
    await expect(questions.first().locator('a[href="/glossary#term-api"]')).toHaveText("API");
    await expect(page.locator('#discussion a[href="/glossary#term-back-end"]')).toHaveCount(1);
    for (const question of await questions.all()) {
      await expect(question.locator(".source-ref")).toHaveCount(1);
      // A marked term's visible text flows in the sentence: no doubled spaces or stray punctuation gaps.
      expect(await question.innerText()).not.toMatch(/ {2}| [,.;:?]/);
    }
    await waitForHydration(page);
  });

  // root.tsx keys in-page history entries by address: without that, a second jump was "restored" to where the first began.
  test("lands on the target of a second in-page jump", async ({ page }) => {
    await page.goto(PROFILE);
    await waitForHydration(page);
    const toc = page.getByRole("navigation", { name: "On this page" });
    await toc.getByRole("link", { name: "Skills" }).click();
    await expect(page.locator("#skills")).toBeInViewport();
    await toc.getByRole("link", { name: "Discussion questions" }).click();
    await expect(page).toHaveURL(/#discussion$/);
    await expect(page.locator("#discussion h2")).toBeInViewport();
  });

  test("has no accessibility violations with inline definitions open", async ({ page }) => {
    await page.goto(PROFILE);
    await waitForHydration(page);
    await page.locator("#what-they-do .term__link").first().focus();
    await expectNoAxeViolations(page);
  });
});
