import { expect, expectNoAxeViolations, test, waitForHydration } from "./fixtures";

test.describe("dashboard", () => {
  test("draws the growth chart after hydration, with its data table already in the server HTML", async ({ page }) => {
    await page.goto("/");
    const chart = page.locator("#growth-chart");
    await expect(chart.getByRole("heading", { name: /Projected employment change, 2024–34, by occupation/ })).toBeVisible();
    await expect(chart.locator("table")).toHaveCount(1);
    await waitForHydration(page);
    await expect(chart.locator(".recharts-surface")).toBeVisible();
    await expect(chart).toContainText("All occupations +3.1%");
    await chart.getByText("Show the data as a table").click();
    await expect(chart.locator("table tbody tr").filter({ hasText: "Data scientists" })).toContainText("+33.5%");
  });

  test("on a phone, draws the growth chart when the reader nears it, its code fetched while the browser was idle", async ({ page }) => {
    // At 412 × 823 the chart's box starts about 1.5 screens down: further than the quarter screen ahead at which
    // charts mount, so the first taps at the top of the page do not wait for it.
    await page.setViewportSize({ width: 412, height: 823 });
    await page.goto("/");
    await waitForHydration(page);
    const chart = page.locator("#growth-chart");
    await expect
      .poll(() =>
        page.evaluate(() => performance.getEntriesByType("resource").some((entry) => /\/growth-bars\.client-[^/]*\.js$/.test(entry.name))),
      )
      .toBe(true);
    // Give a chart that was (wrongly) mounting the moment to draw, then check that none did.
    await page.waitForTimeout(300);
    await expect(chart.locator(".recharts-surface")).toHaveCount(0);
    await chart.locator(".chart__box").scrollIntoViewIfNeeded();
    await expect(chart.locator(".recharts-surface")).toBeVisible();
  });

  test("lists fastest growing, most openings, highest pay and hot skills, each with its source", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("region", { name: "Fastest growing" }).locator("li").first()).toContainText("Data scientists");
    await expect(page.getByRole("region", { name: "Most openings per year" }).locator("li").first()).toContainText("Software developers");
    await expect(page.getByRole("region", { name: "Highest median pay" }).locator("li").first()).toContainText(
      "Computer and information systems managers",
    );
    const pay = page.getByRole("region", { name: "Highest median pay" }).getByRole("button", { name: "$171,200" });
    await pay.focus();
    await expect(page.getByRole("tooltip").filter({ hasText: "May 2024" }).first()).toBeVisible();
    await expect(page.locator(".hot-skills li")).toHaveCount(10);
  });

  test("switches vintage and filters from the URL", async ({ page }) => {
    await page.goto("/?vintage=2022-32&cluster=data-ai");
    await expect(page.getByRole("heading", { name: /2022–32, by occupation/ })).toBeVisible();
    await expect(page.getByRole("radio", { name: "2022–32" })).toBeChecked();
    await expect(page.locator("select[name=cluster]")).toHaveValue("data-ai");
    await expect(page.locator("#growth-chart table")).not.toContainText("Software developers");
  });

  test("downloads the chart's data as CSV", async ({ page, request }) => {
    await page.goto("/");
    const href = await page
      .locator("#growth-chart")
      .getByRole("link", { name: /Download this chart's data/ })
      .getAttribute("href");
    const response = await request.get(href!);
    expect(response.headers()["content-type"]).toContain("text/csv");
    const text = await response.text();
    expect(text.split("\r\n")[0]).toBe("\uFEFFSOC code,Occupation,Roles,Projection period,Change (%),Source,Source URL,Data version");
    // A field with a comma is quoted (RFC 4180).
    expect(text).toContain('\r\n00-0000,"Total, all occupations",,2024-34,3.1,');
  });

  test("has no accessibility violations", async ({ page }) => {
    await page.goto("/");
    await waitForHydration(page);
    await expectNoAxeViolations(page);
  });
});

test.describe("role finder", () => {
  test("reproduces filter and sort from the URL", async ({ page }) => {
    await page.goto("/roles?cluster=data-ai&sort=pay&dir=desc");
    const rows = page.locator("table.finder-table tbody tr");
    expect(await rows.count()).toBeGreaterThan(2);
    for (const text of await rows.allInnerTexts()) expect(text).toContain("Data & AI");
    await expect(page.getByRole("columnheader", { name: /Median pay/ })).toHaveAttribute("aria-sort", "descending");
    const pays = (await rows.locator("td:nth-child(5)").allInnerTexts()).map((t) => Number(t.split("\n")[0]!.replace(/[$,]/g, "")));
    expect(pays).toEqual([...pays].sort((a, b) => b - a));
  });

  test("applies a filter on change with JavaScript and keeps it in the URL", async ({ page }) => {
    await page.goto("/roles");
    await waitForHydration(page);
    await page.getByLabel("Level").selectOption("entry");
    await expect(page).toHaveURL(/level=entry/);
    // The URL can change before the table re-renders: wait for the filtered rows (retrying), not a snapshot of the old ones.
    const rows = page.locator("table.finder-table tbody tr");
    await expect(rows.first()).toContainText("Entry level");
    await expect(rows.filter({ hasNotText: "Entry level" })).toHaveCount(0);
    await page.getByRole("link", { name: /^Growth/ }).click();
    await expect(page).toHaveURL(/sort=growth/);
    await expect(page).toHaveURL(/level=entry/);
  });

  test("works without JavaScript: the Apply button submits the filters", async ({ noScriptPage: page }) => {
    await page.goto("/roles");
    await page.getByLabel("Career cluster").selectOption("security");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/cluster=security/);
    await expect(page.locator("table.finder-table tbody tr")).toHaveCount(1);
  });

  test("answers a bad parameter with a 400 that says what is wrong", async ({ page, expectErrorStatusFor }) => {
    expectErrorStatusFor("/roles?vintage=2099");
    const response = await page.goto("/roles?vintage=2099");
    expect(response?.status()).toBe(400);
    await expect(page.getByRole("main")).toContainText("“vintage”: write a projection period as its base year and the last two digits");
    await expectNoAxeViolations(page);
  });

  test("has no accessibility violations", async ({ page }) => {
    await page.goto("/roles?sort=growth");
    await waitForHydration(page);
    await expectNoAxeViolations(page);
  });
});

test("the About page has no accessibility violations", async ({ page }) => {
  await page.goto("/about");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("About the data");
  await expectNoAxeViolations(page);
});
