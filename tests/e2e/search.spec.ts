import { expect, expectNoAxeViolations, test, waitForHydration } from "./fixtures";

const WHY_SERVER_SIDE =
  "“Server-Side Developer” is another name for Back-End Developer — named in a source article (Untitled job profile: Back-End Developer)";

test.describe("the header search box", () => {
  test("suggests Back-End Developer for 'server side dev', says why, and Enter opens the role", async ({ page }) => {
    await page.goto("/");
    await waitForHydration(page);
    const box = page.getByRole("combobox", { name: "Search job titles", exact: true });
    await expect(box).toHaveAttribute("aria-expanded", "false");
    await box.pressSequentially("server side dev");

    const listbox = page.getByRole("listbox", { name: "Suggested job titles" });
    const option = listbox.getByRole("option", { name: /Back-End Developer/ }).first();
    await expect(option).toBeVisible();
    await expect(option).toContainText(WHY_SERVER_SIDE);
    await expect(box).toHaveAttribute("aria-expanded", "true");
    await expect(box).toHaveAttribute("aria-controls", (await listbox.getAttribute("id"))!);
    await expect(page.getByRole("status").filter({ hasText: /\d+ suggestions?\./ })).toHaveCount(1);

    await box.press("ArrowDown");
    const firstId = await listbox.getByRole("option").first().getAttribute("id");
    await expect(box).toHaveAttribute("aria-activedescendant", firstId!);
    await expect(listbox.getByRole("option").first()).toHaveAttribute("aria-selected", "true");
    await box.press("Enter");
    await expect(page).toHaveURL(/\/roles\/back-end-developer$/);
  });

  // Each answer is held until after the next key is typed, so every request but the last is withdrawn while out: that
  // must happen quietly (the fixture fails on any page error) and the box must show the last query's suggestions.
  test("typing slower than the debounce, with slow answers, withdraws the older requests quietly and shows the last", async ({ page }) => {
    await page.route("**/api/titles?**", async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 400));
      await route.continue().catch(() => {}); // the page withdrew it meanwhile
    });
    await page.goto("/");
    await waitForHydration(page);
    const asked: string[] = [];
    page.on("request", (request) => {
      if (request.url().includes("/api/titles?")) asked.push(new URL(request.url()).searchParams.get("q")!);
    });
    const box = page.getByRole("combobox", { name: "Search job titles", exact: true });
    await box.pressSequentially("devops", { delay: 250 });
    const option = page.getByRole("listbox", { name: "Suggested job titles" }).getByRole("option").first();
    await expect(option).toContainText("DevOps Engineer");
    // Each key after the second asked again, withdrawing the request still out.
    expect(asked.length).toBeGreaterThanOrEqual(3);
    expect(asked.at(-1)).toBe("devops");
  });

  test("a click on a suggestion opens that role", async ({ page }) => {
    await page.goto("/");
    await waitForHydration(page);
    await page.getByRole("combobox", { name: "Search job titles", exact: true }).pressSequentially("SRE");
    await page
      .getByRole("listbox", { name: "Suggested job titles" })
      .getByRole("option", { name: /Site Reliability Engineer/ })
      .click();
    await expect(page).toHaveURL(/\/roles\/site-reliability-engineer$/);
  });

  test("Escape closes the list; Enter without a highlighted suggestion shows all results", async ({ page }) => {
    await page.goto("/");
    await waitForHydration(page);
    const box = page.getByRole("combobox", { name: "Search job titles", exact: true });
    await box.pressSequentially("bakend developr");
    await expect(page.getByRole("listbox", { name: "Suggested job titles" }).getByRole("option").first()).toBeVisible();
    await box.press("Escape");
    await expect(box).toHaveAttribute("aria-expanded", "false");
    await expect(page.getByRole("listbox", { name: "Suggested job titles" })).toBeHidden();
    await box.press("Enter");
    await expect(page).toHaveURL(/\/search\?q=bakend\+developr$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Search results for “bakend developr”");
    await expect(
      page.getByRole("list", { name: "Matching tech roles" }).getByRole("link", { name: "Back-End Developer", exact: true }),
    ).toHaveAttribute("href", "/roles/back-end-developer");
  });

  // A keyboard pass (2026-12-06): Tab went into the scrolling list, which closed, and the focus fell to the page's body.
  test("Tab with the suggestions open closes them and goes on to the Search button, a highlighted one or not", async ({ page }) => {
    await page.goto("/");
    await waitForHydration(page);
    const search = page.getByRole("search", { name: "Job titles (site search)" });
    const box = search.getByRole("combobox", { name: "Search job titles", exact: true });
    const listbox = page.getByRole("listbox", { name: "Suggested job titles" });
    for (const highlight of [false, true]) {
      await box.focus();
      await box.fill("");
      await box.pressSequentially("data");
      await expect(listbox.getByRole("option").first()).toBeVisible();
      if (highlight) await box.press("ArrowDown");
      await box.press("Tab");
      await expect(search.getByRole("button", { name: "Search", exact: true })).toBeFocused();
      await expect(box).toHaveAttribute("aria-expanded", "false");
      await expect(listbox).toBeHidden();
      await expect(page).toHaveURL(/\/$/);
    }
  });

  test("has no accessibility violations with the suggestions open", async ({ page }) => {
    await page.goto("/");
    await waitForHydration(page);
    const box = page.getByRole("combobox", { name: "Search job titles", exact: true });
    await box.pressSequentially("devops");
    const first = page.getByRole("listbox", { name: "Suggested job titles" }).getByRole("option").first();
    await expect(first).toBeVisible();
    await box.press("ArrowDown");
    await expect(first).toHaveAttribute("aria-selected", "true");
    await expectNoAxeViolations(page);
  });

  test("fits a phone screen, on its own line under the menu", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto("/");
    await waitForHydration(page);
    const box = page.getByRole("combobox", { name: "Search job titles", exact: true });
    await expect(box).toBeVisible();
    const bounds = (await box.boundingBox())!;
    expect(bounds.x).toBeGreaterThanOrEqual(0);
    expect(bounds.x + bounds.width).toBeLessThanOrEqual(360);
    expect(await page.locator(".site-header").evaluate((header) => header.scrollWidth)).toBeLessThanOrEqual(360);
    const menu = (await page.getByRole("navigation", { name: "Main" }).boundingBox())!;
    expect(bounds.y).toBeGreaterThanOrEqual(menu.y + menu.height);
  });
});

test.describe("the /search page", () => {
  test("works without JavaScript: a GET form and server-rendered results with why each matched", async ({ noScriptPage: page }) => {
    await page.goto("/search");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Search job titles");
    await expect(page.getByRole("link", { name: "See all tech roles" })).toHaveAttribute("href", "/roles");
    await expect(page.getByRole("link", { name: "every occupation" })).toHaveAttribute("href", "/occupations");
    await expect(page.getByRole("link", { name: "skills explorer" })).toHaveAttribute("href", "/explore/skills");
    await expect(page.getByRole("link", { name: "interests explorer" })).toHaveAttribute("href", "/explore/interests");
    const box = page.getByRole("searchbox", { name: "Job title", exact: true });
    await box.fill("server side dev");
    await box.press("Enter");
    await expect(page).toHaveURL(/\/search\?q=server\+side\+dev$/);
    const results = page.getByRole("list", { name: "Matching tech roles" });
    await expect(results.getByRole("link", { name: "Back-End Developer" })).toHaveAttribute("href", "/roles/back-end-developer");
    await expect(results.getByRole("listitem").first()).toContainText(WHY_SERVER_SIDE);
    await expect(page).toHaveTitle(/“server side dev”/);
  });

  test("puts the best match first: the occupation Writers and authors before the role Technical Writer for “writer”", async ({
    noScriptPage: page,
  }) => {
    await page.goto("/search?q=writer");
    await expect(page.getByRole("heading", { level: 2 }).first()).toHaveText("Occupations");
    await expect(page.getByRole("list", { name: "Matching occupations" }).getByRole("link").first()).toHaveText("Writers and authors");
    await expect(page.getByRole("list", { name: "Matching tech roles" }).getByRole("link", { name: "Technical Writer" })).toBeVisible();
    await expect(page.locator(".search-page__summary")).toHaveText(/^\d+ occupations? and \d+ tech roles? match “writer”/);
  });

  test("offers a skill typed instead of a title first, unless a title is exactly what was typed (“chef”)", async ({
    noScriptPage: page,
  }) => {
    // "python" is no job title: the skill's section leads, then any titles containing it.
    await page.goto("/search?q=python");
    const headings = page.getByRole("heading", { level: 2 });
    await expect(headings.first()).toHaveText("Start from the skill: Python");
    await expect(page.getByRole("link", { name: "Which careers ask for Python" })).toBeVisible();
    // "chef" is Chefs and head cooks' title before it is the DevOps tool Chef: the occupation first, the skill after.
    await page.goto("/search?q=chef");
    await expect(headings.first()).toHaveText("Chefs and head cooks is outside the tech careers we curate");
    await expect(page.getByRole("list", { name: "Matching occupations" }).getByRole("link").first()).toHaveText("Chefs and head cooks");
    const order = await headings.allTextContents();
    expect(order.indexOf("Start from the skill: Chef")).toBeGreaterThan(order.indexOf("Occupations"));
  });

  test("answers a field typed (“coding”) with the role named for who works in it, says so, and offers the explorers", async ({
    noScriptPage: page,
  }) => {
    await page.goto("/search?q=coding");
    const roles = page.getByRole("list", { name: "Matching tech roles" });
    await expect(roles.getByRole("link").first()).toHaveText("Computer Programmer");
    await expect(roles.getByRole("listitem").first()).toContainText(
      "“Coder”, the worker’s title for “coding”, is another name for Computer Programmer",
    );
    await expect(page.locator(".search-page__summary")).toHaveText(/^\d+ tech roles? and \d+ occupations? match “coding”/);
    await expect(page.getByRole("link", { name: "skills explorer" })).toHaveAttribute("href", "/explore/skills");
    await page.goto("/search?q=nursing");
    await expect(page.getByRole("list", { name: "Matching occupations" }).getByRole("link").first()).toHaveText("Registered nurses");
  });

  test("says a real word one letter from a title (“streamer”, O*NET's “Steamer”) matched only a close spelling", async ({
    noScriptPage: page,
  }) => {
    await page.goto("/search?q=streamer");
    await expect(page.locator(".search-page__summary")).toHaveText(
      /^No title is spelled “streamer”\. \d+ occupations? (has|have) a title spelled close to it \(“Steamer”\), closest first\.$/,
    );
    await expect(page.getByRole("list", { name: "Matching occupations" }).getByRole("listitem").first()).toContainText("Close spelling");
  });

  test("says why a military title has no figures (“soldier”), linking O*NET OnLine", async ({ noScriptPage: page }) => {
    await page.goto("/search?q=soldier");
    await expect(page.locator(".search-page__summary")).toHaveText(
      /^“soldier” is a title of an? occupations? BLS publishes no projections or pay for\.$/,
    );
    const section = page.locator("section[aria-labelledby=unprojected-title]");
    await expect(section.getByRole("heading", { level: 2 })).toHaveText("Not among the occupations BLS projects");
    await expect(section.getByRole("link").first()).toHaveAttribute(
      "href",
      /^https:\/\/www\.onetonline\.org\/link\/summary\/55-\d{4}\.\d{2}$/,
    );
    await expect(section).toContainText("SOC major group 55");
  });

  test("sends cache headers and Server-Timing", async ({ request }) => {
    const response = await request.get("/search?q=devops");
    expect(response.status()).toBe(200);
    expect(response.headers()["cache-control"]).toContain("public");
    expect(response.headers()["etag"]).toBeTruthy();
    expect(response.headers()["server-timing"]).toMatch(/^db;dur=/);
  });

  test("has no accessibility violations with results, suggestions, no results and no query", async ({ page }) => {
    for (const path of ["/search?q=server+side+dev", "/search?q=enjinear", "/search?q=qwzx", "/search"]) {
      await page.goto(path);
      await waitForHydration(page);
      await expectNoAxeViolations(page);
    }
    await page.goto("/search?q=enjinear");
    await expect(page.getByRole("heading", { name: "Did you mean one of these?" })).toBeVisible();
    await page.goto("/search?q=qwzx");
    await expect(page.getByText("No job title we know matches “qwzx”.")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Browse instead" })).toBeVisible();
  });

  test("shows markup and SQL typed into the search as text", async ({ page }) => {
    let dialog = false;
    page.on("dialog", (d) => {
      dialog = true;
      void d.dismiss();
    });
    await page.goto(`/search?q=${encodeURIComponent("<img src=x onerror=alert(1)>")}`);
    await waitForHydration(page);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Search results for “<img src=x onerror=alert(1)>”");
    await page.goto(`/search?q=${encodeURIComponent("'; drop table roles;--")}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("drop table roles");
    expect(dialog).toBe(false);
    // The roles are all still there.
    await page.goto("/search?q=SRE");
    await expect(
      page.getByRole("list", { name: "Matching tech roles" }).getByRole("link", { name: "Site Reliability Engineer", exact: true }),
    ).toBeVisible();
  });

  test("answers a search longer than 100 characters with a 400 page that still has a search box", async ({
    page,
    expectErrorStatusFor,
  }) => {
    const path = `/search?q=${"a".repeat(101)}`;
    expectErrorStatusFor(path);
    const response = await page.goto(path);
    expect(response?.status()).toBe(400);
    await expect(page.getByText(/at most 100 characters/)).toBeVisible();
    await waitForHydration(page);
    await expect(page.getByRole("combobox", { name: "Job title", exact: true })).toHaveAttribute("maxlength", "100");
  });
});

test.describe("/api/titles", () => {
  test("returns JSON suggestions, and a 400 JSON message for bad input", async ({ request }) => {
    const ok = await request.get("/api/titles?q=server%20side%20dev");
    expect(ok.status()).toBe(200);
    expect(ok.headers()["cache-control"]).toMatch(/^public, max-age=60/);
    const body = await ok.json();
    expect(body.results[0]).toMatchObject({ kind: "role", href: "/roles/back-end-developer", why: WHY_SERVER_SIDE });
    const bad = await request.get(`/api/titles?q=${"a".repeat(101)}`);
    expect(bad.status()).toBe(400);
    expect((await bad.json()).message).toContain("at most 100 characters");
  });
});
