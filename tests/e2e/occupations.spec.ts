import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, openAllDetails, test, waitForHydration } from "./fixtures";

const PROFILE = "/occupations/15-1252";
const NON_TECH_PROFILE = "/occupations/29-1141";
const SECTION_HEADINGS = [
  "Quick facts",
  "What they do",
  "Outlook in every BLS release",
  "Pay",
  "Education and interests",
  "Technology used on the job",
  "AI evidence",
  "Related occupations",
  "Also known as",
  "Sources and how to cite this page",
];
const SECTION_IDS = [
  "quick-facts",
  "what-they-do",
  "outlook",
  "pay",
  "education",
  "skills",
  "ai-impact",
  "related",
  "also-known-as",
  "sources",
];
/** BLS's entry education levels up to a bachelor's degree, in BLS's order (db/schema/enums.ts, ENTRY_EDUCATION). */
const AT_MOST_BACHELORS = [
  "No formal educational credential",
  "High school diploma or equivalent",
  "Some college, no degree",
  "Postsecondary nondegree award",
  "Associate's degree",
  "Bachelor's degree",
];
const TECH_FAMILY = /· (Computer|Mathematics and data|Engineering|Tech management|Design and technical writing)\b/;

const finderRows = (page: Page) => page.locator("table.occupation-table tbody tr");

/** The median pay column as numbers (the figure, without its year line); "not published" is left out. */
async function medianPays(page: Page): Promise<number[]> {
  const cells = await finderRows(page).locator("td:nth-child(5)").allInnerTexts();
  return cells.filter((text) => text.startsWith("$")).map((text) => Number(text.split("\n")[0]!.replace(/[$,]/g, "")));
}

test.describe("the occupation finder", () => {
  test("without JavaScript, Growth = Much faster then Projection period = 2022–32: that period's list, the band said not applied", async ({
    noScriptPage: page,
    request,
  }) => {
    // The user pass: this gave /occupations?vintage=2022-32&band=1, "Error 400 … There are no verified growth bands for 2022-32".
    await page.goto("/occupations");
    await page.getByLabel("Growth, 2024–34").selectOption({ label: "Much faster than average (7% or higher)" });
    await page.getByLabel("Projection period").selectOption({ label: "2022–32" });
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/[?&]band=1(&|$)/);
    await expect(page).toHaveURL(/[?&]vintage=2022-32(&|$)/);
    expect((await request.get(page.url(), { maxRedirects: 0 })).status(), "the address the form led to").toBe(200);
    await expect(page.getByText("832 occupations; showing 1–50.")).toBeVisible();
    await expect(page.locator(".filters__not-applied")).toContainText(
      "The growth filter applies to 2024–34 only, the period with a verified table of growth bands, so it was not applied",
    );
    const band = page.getByLabel("Growth, 2022–32");
    await expect(band).toBeDisabled();
    await expect(band).toHaveAccessibleDescription("Growth bands are verified for 2024–34 only; none for 2022–32.");
    // The page's links, the CSV's among them, leave the band out; the CSV of the address as sent follows the page.
    const csvHref = await page.getByRole("link", { name: "Download every matching occupation (CSV)" }).getAttribute("href");
    expect(csvHref).toBe("/occupations.csv?vintage=2022-32");
    const asked = await request.get("/occupations.csv?vintage=2022-32&band=1");
    expect(asked.status()).toBe(200);
    expect(await asked.text()).toBe(await (await request.get(csvHref!)).text());
    // Applying again from here sends no band (a disabled field is not sent): the plain address, no note.
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/\/occupations\?vintage=2022-32$/);
    await expect(page.locator(".filters__not-applied")).toHaveCount(0);
  });

  test("works without JavaScript: GET filters, sort links, the pager and the CSV link", async ({ noScriptPage: page, request }) => {
    await page.goto("/occupations");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Every occupation");
    await expect(page.getByText("832 occupations; showing 1–50.")).toBeVisible();
    await expect(finderRows(page)).toHaveCount(50);

    // The pager: page 2 has its own address, and page 1's address leaves the page out.
    const pager = page.getByRole("navigation", { name: "Pages of this list" });
    await expect(pager).toContainText("Page 1 of 17");
    await pager.getByRole("link", { name: "Next →" }).click();
    await expect(page).toHaveURL(/\/occupations\?page=2$/);
    await expect(page.getByText("832 occupations; showing 51–100.")).toBeVisible();
    await expect(pager.getByRole("link", { name: "← Previous" })).toHaveAttribute("href", "/occupations");

    // Filters: a plain GET form. Any whole number of dollars is a valid minimum pay (a 1,000 step refused $125,500).
    const pay = page.getByRole("spinbutton", { name: /pay/i });
    await pay.fill("125500");
    expect(await pay.evaluate((input: HTMLInputElement) => input.checkValidity())).toBe(true);
    await pay.fill("");
    await page.getByLabel("Major group").selectOption("15-0000");
    await page.getByLabel("Entry education, at most").selectOption("Bachelor's degree");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/[?&]group=15-0000(&|$)/);
    await expect(page).toHaveURL(/[?&]education=Bachelor%27s\+degree(&|$)/);
    const rows = finderRows(page);
    const count = await rows.count();
    expect(count).toBeGreaterThan(5);
    expect(count).toBeLessThan(50);
    for (const text of await rows.locator("th").allInnerTexts()) expect(text).toMatch(/SOC 15-\d{4}/);
    for (const text of await rows.locator("td:nth-child(7)").allInnerTexts()) expect(AT_MOST_BACHELORS).toContain(text);
    // The group's own line is a page too, with every detailed occupation in it.
    await expect(page.getByRole("link", { name: /^Figures for the whole group: / })).toHaveAttribute("href", "/occupations/15-0000");

    // Sorting is a link per column heading that keeps the filters: highest pay first, then the other way round.
    await page.getByRole("link", { name: "Median pay", exact: true }).click();
    await expect(page).toHaveURL(/[?&]sort=pay(&|$)/);
    await expect(page).toHaveURL(/[?&]group=15-0000(&|$)/);
    await expect(page.getByRole("columnheader", { name: /Median pay/ })).toHaveAttribute("aria-sort", "descending");
    const descending = await medianPays(page);
    expect(descending.length).toBeGreaterThan(5);
    expect(descending).toEqual([...descending].sort((a, b) => b - a));
    await page.getByRole("link", { name: /^Median pay/ }).click();
    await expect(page).toHaveURL(/[?&]dir=asc(&|$)/);
    await expect(page.getByRole("columnheader", { name: /Median pay/ })).toHaveAttribute("aria-sort", "ascending");
    const ascending = await medianPays(page);
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));

    // The CSV link downloads exactly the rows on screen (all of them: fewer than a page), with the same filters.
    const csvHref = await page.getByRole("link", { name: "Download every matching occupation (CSV)" }).getAttribute("href");
    expect(csvHref).toMatch(/^\/occupations\.csv\?/);
    expect(csvHref).toContain("group=15-0000");
    expect(csvHref).toContain("sort=pay");
    const csv = await request.get(csvHref!);
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    const body = await csv.body();
    expect([...body.subarray(0, 3)], "a UTF-8 byte order mark").toEqual([0xef, 0xbb, 0xbf]);
    const lines = body.toString("utf8").slice(1).trimEnd().split("\r\n");
    expect(lines[0]).toMatch(/^SOC code,Occupation,Projection period,/);
    expect(lines).toHaveLength(count + 1);
    for (const line of lines.slice(1)) expect(line).toMatch(/^15-\d{4},/);
  });

  // A helper's pass: a student on /occupations had no way to find a line by name but to leave for the search.
  test("filters by words in BLS's title, and offers the search for every other name", async ({ noScriptPage: page }) => {
    await page.goto("/occupations");
    await page.getByRole("searchbox", { name: "Words in BLS’s title" }).fill("Nurse");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/[?&]name=Nurse(&|$)/);
    const titles = await finderRows(page).locator("th a").allInnerTexts();
    expect(titles).toContain("Registered nurses");
    expect(titles).toContain("Nurse practitioners");
    for (const title of titles) expect(title.toLowerCase()).toContain("nurse");
    await expect(page.getByRole("link", { name: "Search every job title for “Nurse”" })).toHaveAttribute("href", "/search?q=Nurse");
    // Every word must be in the title, in any order; none found says so and leads on.
    await page.goto("/occupations?name=sheriff+patrol");
    await expect(finderRows(page).locator("th a")).toHaveText(["Police and sheriff's patrol officers"]);
    await page.goto("/occupations?name=youtuber");
    await expect(page.getByText("No occupation matches these filters.")).toBeVisible();
    await expect(page.getByRole("link", { name: "search every job title for “youtuber”" })).toHaveAttribute("href", "/search?q=youtuber");
  });

  test("filters with JavaScript on too, to the view's one address (no empty fields in it)", async ({ page }) => {
    await page.goto("/occupations");
    await waitForHydration(page);
    await page.getByRole("combobox", { name: /^Tech\b/ }).selectOption("any");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/\/occupations\?tech=any$/);
    // The URL can change before the table re-renders: wait for the filtered rows (retrying), not a snapshot of the old ones.
    await expect(
      finderRows(page)
        .locator("th")
        .filter({ hasNotText: TECH_FAMILY })
        .filter({ hasNotText: /tech roles?\b/ }),
    ).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Actors" })).toHaveCount(0);
  });

  // A keyboard pass (2026-12-06): Enter on Next loaded page 2 scrolled to the top, the focus left on its Next link
  // ~5,700 px below, out of sight.
  test("the pager's Next and Previous from the keyboard: the focus and the view land together on the count above the table", async ({
    page,
  }) => {
    await page.goto("/occupations?education=Bachelor%27s+degree");
    await waitForHydration(page);
    const count = page.getByRole("main").locator("p[role=status]").first();
    const inView = () =>
      count.evaluate((element) => {
        const box = element.getBoundingClientRect();
        return document.activeElement === element && box.top >= 0 && box.bottom <= window.innerHeight;
      });
    await page.getByRole("navigation", { name: "Pages of this list" }).getByRole("link", { name: "Next →" }).focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/[?&]page=2$/);
    await expect(count).toContainText("showing 51–100");
    await expect(count).toBeFocused();
    expect(await inView()).toBe(true);
    // Tab goes on from there into the table.
    await page.keyboard.press("Tab");
    await expect(page.locator("table.occupation-table thead a").first()).toBeFocused();

    await page.getByRole("navigation", { name: "Pages of this list" }).getByRole("link", { name: "← Previous" }).focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\?education=Bachelor%27s\+degree$/);
    await expect(count).toContainText("showing 1–50");
    await expect(count).toBeFocused();
    expect(await inView()).toBe(true);
    await expectNoAxeViolations(page);
  });

  test("answers a bad filter with a 400 that says what is wrong", async ({ page, expectErrorStatusFor }) => {
    expectErrorStatusFor("/occupations?zone=9");
    const response = await page.goto("/occupations?zone=9");
    expect(response?.status()).toBe(400);
    await expect(page.getByRole("main")).toContainText("“zone”: must be an O*NET job zone from 1 to 5");
  });

  test("has no accessibility violations, unfiltered and filtered", async ({ page }) => {
    test.slow(); // took over half of the default 30 s in CI on 2 shared cores
    for (const path of ["/occupations", "/occupations?tech=any&sort=pay&page=2"]) {
      await page.goto(path);
      await waitForHydration(page);
      await expectNoAxeViolations(page);
    }
  });
});

test.describe("an occupation profile", () => {
  test("shows every section in its fixed order, each figure numbered to its source", async ({ page, request }) => {
    const response = await page.goto(PROFILE);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Software developers");
    await expect(page.locator("section.profile-section > h2")).toHaveText(SECTION_HEADINGS);
    expect(await page.locator("section.profile-section").evaluateAll((sections) => sections.map((s) => s.id))).toEqual(SECTION_IDS);

    await expect(page.locator(".filed-roles").getByRole("link", { name: "Back-End Developer" })).toHaveAttribute(
      "href",
      "/roles/back-end-developer",
    );
    const facts = page.locator("#quick-facts");
    await expect(facts).toContainText("Projected growth, 2024–34");
    await expect(facts).toContainText("+15.8%");
    // Each figure's label carries its period or survey year, as on a role profile.
    await expect(facts).toContainText("Median pay, May 2024");
    await expect(facts).toContainText("$133,080");
    await expect(facts).toContainText("Openings a year, 2024–34 average");
    await expect(page.locator("#what-they-do")).toContainText("Main tasks");
    // Every loaded period side by side, each as published.
    await expect(page.locator("#outlook table.vintages-table thead th")).toHaveText(["Figure", "2024–34", "2023–33", "2022–32"]);
    await expect(page.locator("#pay")).toContainText("The 10th and 25th percentiles are not a starting salary.");
    await expect(page.locator("#education")).toContainText("Job zone: 4 of 5");
    await expect(page.locator("#skills .chip--demand").first()).toHaveText("In demand");
    const ai = page.locator("#ai-impact");
    await expect(ai).toContainText("Neither layer is a forecast of job loss.");
    await expect(ai).toContainText("GPTs are GPTs");
    await expect(ai).toContainText("Working with AI");
    await expect(page.locator("#related").getByRole("link", { name: "Penetration Testers" })).toHaveAttribute(
      "href",
      "/occupations/15-1299",
    );
    await expect(page.locator("#also-known-as")).toContainText("BLS sample job titles");

    const sources = page.locator("#sources");
    await expect(sources).toContainText("O*NET 30.1 Database");
    await expect(sources).toContainText("release 30.1 (December 2025)");
    await expect(sources).toContainText("OEWS May 2024");
    await expect(sources).toContainText("Used under the CC BY 4.0 license");
    await expect(sources).toContainText("Cite this page");
    // Every source number on the page leads to an entry of the list.
    const targets = await page
      .locator("article a[href^='#source-']")
      .evaluateAll((links) => [...new Set(links.map((a) => a.getAttribute("href")!.slice(1)))]);
    expect(targets.length).toBeGreaterThan(5);
    for (const id of targets) await expect(page.locator(`[id="${id}"]`), `the source ${id}`).toHaveCount(1);

    const csvHref = await page.getByRole("link", { name: "Download these figures (CSV)" }).getAttribute("href");
    const csv = await request.get(csvHref!);
    expect(csvHref).toBe("/occupations/15-1252/figures.csv");
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    expect(await csv.text()).toContain("15-1252,Software developers,Change,15.8,%,2024-34,");
    await waitForHydration(page);
  });

  test("an occupation outside tech has every section too, and says no tech role is filed under it", async ({ noScriptPage: page }) => {
    await page.goto(NON_TECH_PROFILE);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Registered nurses");
    await expect(page.locator("section.profile-section > h2")).toHaveText(SECTION_HEADINGS);
    await expect(page.getByText("No curated tech role is filed under this occupation")).toBeVisible();
    // The nearest tech roles, as the title search offers them, each saying why.
    const nearest = page.locator(".nearest-roles li");
    await expect(nearest.first().getByRole("link").first()).toHaveAttribute("href", /^\/roles\/[a-z0-9-]+$/);
    await expect(nearest.first()).toContainText("technologies in common with Registered nurses in O*NET 30.1 Database");
    // What "few" means, said as a figure: Microsoft Teams, listed for 30 occupations, had been called one "few use".
    await expect(nearest.first()).toContainText("each listed for fewer than one in 20 of the occupations O*NET lists technologies for)");
    // The count is cited: numbered to the page's own source list.
    const ref = nearest.first().locator("a.source-ref");
    await expect(ref).toHaveAttribute("href", "#source-onet-30-1");
    await expect(page.locator("#source-onet-30-1")).toContainText("O*NET 30.1 Database");
    await expect(
      page.locator(".breadcrumbs").getByRole("link", { name: "Healthcare practitioners and technical occupations" }),
    ).toHaveAttribute("href", "/occupations?group=29-0000");
  });

  test("answers an unknown or malformed code with a 404 that says so", async ({ page, expectErrorStatusFor }) => {
    for (const path of ["/occupations/99-9999", "/occupations/software"]) {
      expectErrorStatusFor(path);
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
    }
    await expect(page.getByRole("main")).toContainText("is not an occupation code");
  });

  // A counselor's pass (2026-12-06): ?vintage=2099-09 here was a 301 that dropped it without a word, where a role
  // profile answered a 400 naming the loaded periods. The page shows every period, so a loaded one is left out (301).
  test("answers a malformed or unloaded period with a 400 naming it, and leaves out a loaded one", async ({
    page,
    expectErrorStatusFor,
    request,
  }) => {
    for (const [query, text] of [
      ["vintage=2099-09", "Career Atlas has no BLS projections for the period 2099-09."],
      ["vintage=garbage", "“vintage”: write a projection period"],
    ] as const) {
      expectErrorStatusFor(`/occupations/15-1252?${query}`);
      const response = await page.goto(`/occupations/15-1252?${query}`);
      expect(response?.status(), query).toBe(400);
      await expect(page.getByRole("main"), query).toContainText(text);
      await expect(page, query).toHaveTitle("Bad link: projection period — Career Atlas");
    }
    const loaded = await request.get("/occupations/15-1252?vintage=2024-34", { maxRedirects: 0 });
    expect(loaded.status()).toBe(301);
    expect(loaded.headers()["location"]).toBe("/occupations/15-1252");
  });

  for (const path of [PROFILE, NON_TECH_PROFILE]) {
    test(`has no accessibility violations (every details open): ${path}`, async ({ page }) => {
      // A whole profile with every fold open is a long page (all technologies and titles): axe needs more than
      // the default 30 s on a busy two-core machine.
      test.slow();
      await page.goto(path);
      await waitForHydration(page);
      await openAllDetails(page);
      await expectNoAxeViolations(page);
    });
  }
});

test.describe("the new pages in the browser", () => {
  test("the menu's Occupations link opens the finder and stays current on a profile", async ({ page }) => {
    await page.goto("/");
    await waitForHydration(page);
    const link = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Occupations" });
    await expect(link).toHaveAttribute("href", "/occupations");
    await link.click();
    await expect(page).toHaveURL(/\/occupations$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Every occupation");
    await expect(link).toHaveAttribute("aria-current", "page");
    await page.getByRole("link", { name: "Actuaries" }).click();
    await expect(page).toHaveURL(/\/occupations\/15-2011$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Actuaries");
    await expect(link).toHaveAttribute("aria-current", "page");
  });

  test("log no console error and no hydration warning", async ({ page }) => {
    // Errors fail every test (fixtures.ts); a hydration mismatch may also come as a warning: collect those here.
    const warnings: string[] = [];
    page.on("console", (message) => {
      if (/hydrat|did not match|mismatch/i.test(message.text())) warnings.push(`${message.type()}: ${message.text()}`);
    });
    for (const path of ["/occupations", "/occupations?group=15-0000&sort=pay", PROFILE, NON_TECH_PROFILE]) {
      await page.goto(path);
      await waitForHydration(page);
    }
    // A client-side navigation renders the profile in the browser as well.
    await page.goto("/occupations");
    await waitForHydration(page);
    await page.getByRole("link", { name: "Accountants and auditors" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accountants and auditors");
    expect(warnings).toEqual([]);
  });
});

test.describe("searching every job title", () => {
  test("'penetration tester' finds the Penetration Testers' occupation by its O*NET title, never QA Engineer", async ({
    noScriptPage: page,
    request,
  }) => {
    await page.goto("/search?q=penetration+tester");
    await expect(page.locator(".search-page__summary")).toHaveText("1 occupation matches “penetration tester”, best match first.");
    const occupations = page.getByRole("list", { name: "Matching occupations" });
    const first = occupations.getByRole("listitem").first();
    await expect(first.getByRole("link").first()).toHaveAttribute("href", "/occupations/15-1299");
    // O*NET's occupation 15-1299.04 itself (its title, singular or plural alike), inside BLS's line.
    await expect(first).toContainText("“Penetration Testers” is an O*NET occupation counted by BLS under Computer occupations, all other");
    // A title that only looks alike is never an answer.
    await expect(page.getByRole("list", { name: "Matching tech roles" }).getByRole("link", { name: "QA Engineer" })).toHaveCount(0);
    await expect(occupations).not.toContainText("QA Engineer");

    const api = await (await request.get("/api/titles?q=penetration%20tester")).json();
    expect(api.results[0]).toMatchObject({ kind: "occupation", href: "/occupations/15-1299" });
    expect(api.results.map((r: { title: string }) => r.title)).not.toContain("QA Engineer");
  });

  test("'statistician' finds Statisticians", async ({ noScriptPage: page }) => {
    await page.goto("/search?q=statistician");
    const first = page.getByRole("list", { name: "Matching occupations" }).getByRole("listitem").first();
    await expect(first.getByRole("link", { name: "Statisticians" })).toHaveAttribute("href", "/occupations/15-2041");
    await expect(first).toContainText("Exact match");
    await expect(page.getByRole("heading", { name: "Did you mean one of these?" })).toHaveCount(0);
  });

  for (const q of ["nurse", "registered nurse"]) {
    test(`'${q}' finds Registered nurses and offers the nearest tech roles`, async ({ noScriptPage: page }) => {
      await page.goto(`/search?q=${encodeURIComponent(q)}`);
      const first = page.getByRole("list", { name: "Matching occupations" }).getByRole("listitem").first();
      await expect(first.getByRole("link", { name: "Registered nurses" })).toHaveAttribute("href", "/occupations/29-1141");
      const nearest = page.locator("section.search-page__nearest");
      await expect(nearest.getByRole("heading", { level: 2 })).toHaveText("Registered nurses is outside the tech careers we curate");
      await expect(nearest.getByRole("link", { name: "occupation page" })).toHaveAttribute("href", "/occupations/29-1141");
      await expect(nearest).toContainText("Tech roles whose occupations use some of the same less common software");
      const roles = nearest.locator("li a");
      expect(await roles.count()).toBeGreaterThan(0);
      for (const href of await roles.evaluateAll((links) => links.map((a) => a.getAttribute("href"))))
        expect(href).toMatch(/^\/roles\/[a-z0-9-]+$/);
    });
  }

  test("'backnd enginer' (two typos) still finds Back-End Developer first", async ({ noScriptPage: page }) => {
    await page.goto("/search?q=backnd+enginer");
    const first = page.getByRole("list", { name: "Matching tech roles" }).getByRole("listitem").first();
    await expect(first.getByRole("link", { name: "Back-End Developer", exact: true })).toHaveAttribute("href", "/roles/back-end-developer");
    await expect(first).toContainText("Close spelling");
  });

  test("the search box suggests an occupation, and Enter opens its page", async ({ page }) => {
    await page.goto("/");
    await waitForHydration(page);
    const box = page.getByRole("combobox", { name: "Search job titles", exact: true });
    await box.pressSequentially("statistician");
    const option = page.getByRole("listbox", { name: "Suggested job titles" }).getByRole("option").first();
    await expect(option).toContainText("Statisticians");
    // The occupation's own title, singular or plural alike, before the other titles filed under it.
    await expect(option).toContainText("Its title is what you typed");
    await box.press("ArrowDown");
    await expect(option).toHaveAttribute("aria-selected", "true");
    await box.press("Enter");
    await expect(page).toHaveURL(/\/occupations\/15-2041$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Statisticians");
  });
});
