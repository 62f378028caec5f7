import { readFile } from "node:fs/promises";
import { drawCharts, expect, expectNoAxeViolations, openAllDetails, test, waitForHydration } from "./fixtures";

const TWO = "/compare?roles=back-end-developer,data-scientist";
const FOUR = "/compare?roles=back-end-developer,front-end-developer,data-scientist,cto";

test.describe("compare roles", () => {
  test("from a profile: compare, add a third role in place, remove one; the URL is the state", async ({ page }) => {
    await page.goto("/roles/back-end-developer");
    await waitForHydration(page);
    await page.getByRole("link", { name: "Compare Back-End Developer with other roles" }).click();
    await expect(page).toHaveURL(/\/compare\?roles=back-end-developer$/);
    await expect(page.getByRole("status").filter({ hasText: "Choose another role to compare with Back-End Developer" })).toBeVisible();

    await page.getByLabel("Compare Back-End Developer with").selectOption("data-scientist");
    await page.getByRole("button", { name: "Compare", exact: true }).click();
    await expect(page).toHaveURL(/\/compare\?roles=back-end-developer,data-scientist$/);
    await expect(page.locator("#quick-facts thead th")).toHaveText(["Back-End Developer", "Data Scientist", "All occupations"]);
    await expect(page.locator("#skills-overlap .overlap-figure")).toContainText(
      "weighted skill overlap between Back-End Developer and Data Scientist",
    );

    await page.getByLabel("Add a role").selectOption("cto");
    await page.getByRole("button", { name: "Add to comparison" }).click();
    await expect(page).toHaveURL(/\/compare\?roles=back-end-developer,data-scientist,cto$/);
    await expect(page.locator("#quick-facts thead th")).toHaveCount(4);
    // Three roles: the pairwise matrix replaces the single figure.
    await expect(page.locator("#skills-overlap table.overlap-matrix tbody tr")).toHaveCount(3);

    await page.getByRole("link", { name: "Remove Data Scientist from the comparison" }).click();
    await expect(page).toHaveURL(/\/compare\?roles=back-end-developer,cto$/);
    await expect(page.locator("#quick-facts thead th")).toHaveText([
      "Back-End Developer",
      "Chief Technology Officer (CTO)",
      "All occupations",
    ]);

    // The address alone reproduces the view (a shared link).
    await page.goto(page.url());
    await expect(page.locator(".compare-picker__chosen li")).toHaveCount(2);
  });

  test("adds a role without JavaScript (a plain GET form and a redirect)", async ({ noScriptPage: page }) => {
    await page.goto("/compare?roles=web-developer");
    await page.getByLabel("Compare Web Developer with").selectOption("qa-engineer");
    await page.getByRole("button", { name: "Compare", exact: true }).click();
    await expect(page).toHaveURL(/\/compare\?roles=web-developer,qa-engineer$/);
    await expect(page.locator("#quick-facts")).toContainText("Web developers (SOC 15-1254)");
    // Charts carry their tables in the server HTML.
    await expect(page.locator("#chart-compare-growth table tbody tr")).toHaveCount(3);
    await expect(page.locator("#chart-compare-growth table")).toContainText("All occupations", { useInnerText: false });
  });

  test("compares roles ticked in the finder", async ({ page }) => {
    await page.goto("/roles");
    await waitForHydration(page);
    await page.getByLabel("Compare Data Engineer").check();
    await page.getByLabel("Compare Machine Learning Engineer").check();
    await page.getByRole("button", { name: "Compare selected roles" }).click();
    await expect(page).toHaveURL(/\/compare\?roles=(data-engineer,machine-learning-engineer|machine-learning-engineer,data-engineer)$/);
    await expect(page.locator("#quick-facts thead th")).toHaveCount(3);
  });

  test("draws both charts after hydration and notes roles that share an occupation", async ({ page }) => {
    await page.goto("/compare?roles=back-end-developer,front-end-developer");
    await waitForHydration(page);
    await page.locator("#chart-compare-growth .chart__box").scrollIntoViewIfNeeded();
    await expect(page.locator("#chart-compare-growth .recharts-surface")).toBeVisible();
    await page.locator("#chart-compare-pay .chart__box").scrollIntoViewIfNeeded();
    await expect(page.locator("#chart-compare-pay .recharts-surface")).toBeVisible();
    await expect(page.locator("#chart-compare-growth .recharts-surface")).toContainText("All occupations");
    await expect(page.locator("#chart-compare-pay .recharts-surface")).toContainText("$90,930");
    await expect(page.locator(".compare-shared")).toContainText("are both filed under the occupation Web developers (SOC 15-1254)");
    await expect(page.locator("#skills-overlap")).toContainText("overlap(A, B)");
  });

  test("downloads the comparison's figures, its other tables and each chart as CSV", async ({ page }) => {
    await page.goto(TWO);
    await waitForHydration(page);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Download the comparison’s figures (CSV)" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("compare-back-end-developer-vs-data-scientist-2024-34-figures.csv");
    const text = await readFile((await download.path())!, "utf8");
    // Opens in Excel as UTF-8: a byte order mark, CRLF records.
    expect(text.startsWith("\uFEFFCompared as,Role slug,Role or occupation,SOC code,Occupation,Projection period,")).toBe(true);
    expect(text).toContain("\r\nrole,data-scientist,Data Scientist,15-2051,Data scientists,2024-34,");

    const overlapHref = await page.getByRole("link", { name: "Skill overlap", exact: true }).getAttribute("href");
    expect(overlapHref).toBe("/compare.csv?roles=back-end-developer,data-scientist&table=skill-overlap");
    const overlap = await (await page.request.get(overlapHref!)).text();
    expect(overlap).toMatch(/\r\nback-end-developer,Back-End Developer,data-scientist,\d+,\d+\/\d+,/);

    const href = await page.locator("#chart-compare-pay").getByRole("link", { name: /CSV/ }).getAttribute("href");
    expect(href).toBe("/compare.csv?roles=back-end-developer,data-scientist&chart=pay");
    const response = await page.request.get(href!);
    expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8; header=present");
    expect((await response.text()).split("\r\n")[0]).toBe(
      "\uFEFFCompared as,Role slug,Role or occupation,SOC code,Occupation,Median annual wage (USD),Wage data year (May),Source,Source URL,Data version",
    );
  });

  test("answers an unknown role with 400, names it and offers the closest role", async ({ page, expectErrorStatusFor }) => {
    const path = "/compare?roles=back-end-develper,data-scientist";
    expectErrorStatusFor(path);
    const response = await page.goto(path);
    expect(response?.status()).toBe(400);
    const alert = page.getByRole("alert");
    await expect(alert).toContainText("We have no role at the address “back-end-develper”");
    await waitForHydration(page);
    await expectNoAxeViolations(page);
    await alert.getByRole("link", { name: "Back-End Developer" }).click();
    await expect(page).toHaveURL(/\/compare\?roles=back-end-developer,data-scientist$/);
    await expect(page.locator("#quick-facts")).toBeVisible();
  });

  test("answers more than four roles and malformed addresses with 400 and a message", async ({ page, expectErrorStatusFor }) => {
    const tooMany = `${FOUR},qa-engineer`;
    expectErrorStatusFor(tooMany);
    expect((await page.goto(tooMany))?.status()).toBe(400);
    await expect(page.getByRole("alert")).toContainText("at most 4 roles");
    await expect(page.locator(".compare-picker__chosen li")).toHaveCount(5);

    const malformed = "/compare?roles=Back%20End";
    expectErrorStatusFor(malformed);
    expect((await page.goto(malformed))?.status()).toBe(400);
    await expect(page.locator("main")).toContainText("is not a role address");
  });

  for (const [name, path] of [
    ["two roles", TWO],
    ["four roles", FOUR],
  ] as const) {
    test(`has no accessibility violations with ${name} (charts drawn, tables open)`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.goto(path);
      await waitForHydration(page);
      await drawCharts(page);
      await expect(page.locator(".recharts-surface")).toHaveCount(2);
      await openAllDetails(page);
      await expectNoAxeViolations(page);
    });
  }

  test("has no accessibility violations in the picker state (one role chosen, and none)", async ({ page }) => {
    await page.goto("/compare?roles=back-end-developer");
    await waitForHydration(page);
    await expectNoAxeViolations(page);
    await page.goto("/compare");
    await waitForHydration(page);
    await expect(page.getByLabel("First role")).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

const MIX = "/compare?roles=back-end-developer&occupations=29-1141";

test.describe("compare roles with occupations", () => {
  test("from an occupation's profile: add a role, read each figure with its source, download the CSV", async ({ page }) => {
    await page.goto("/occupations/29-1141");
    await waitForHydration(page);
    await page.getByRole("link", { name: "Compare Registered nurses with a role or another occupation" }).click();
    await expect(page).toHaveURL(/\/compare\?occupations=29-1141$/);
    await expect(page.getByRole("status").filter({ hasText: "Choose another role to compare with Registered nurses" })).toBeVisible();

    await page.getByLabel("Compare Registered nurses with").selectOption("back-end-developer");
    await page.getByRole("button", { name: "Compare", exact: true }).click();
    await expect(page).toHaveURL(/\/compare\?roles=back-end-developer&occupations=29-1141$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Compare roles and occupations");
    const facts = page.locator("#quick-facts");
    await expect(facts.locator("thead th")).toHaveText([
      "Back-End DeveloperTech role",
      "Registered nursesBLS occupation, SOC 29-1141",
      "All occupations",
    ]);
    // BLS 2024-34 as published for 29-1141: median pay, growth, openings, each cited with its source number.
    const nurses = facts.locator("tbody tr").filter({ hasText: "Median annual pay" }).locator("td").nth(1);
    await expect(nurses).toContainText("$93,600");
    await expect(nurses.locator(".source-ref")).toHaveText(/^\[\d+\]$/);
    await expect(facts.locator("tbody tr").filter({ hasText: "Openings each year" }).locator("td").nth(1)).toContainText("189,100");
    await expect(facts.locator("tbody tr").filter({ hasText: "Career level" }).locator("td").nth(1)).toContainText(
      "None: a BLS occupation spans every level",
    );
    // OEWS May 2024 percentiles for both columns (the role's are its occupation's), as published.
    await expect(page.locator("#pay-range")).toHaveText("Pay range: annual pay percentiles, May 2024");
    await expect(page.locator(".compare-pay-range tbody tr").nth(1)).toContainText("$66,030");
    await expect(page.locator("#technology")).toContainText("Epic Systems");
    await expect(page.locator("#ai-impact")).toContainText("Occupations: measured AI applicability (Working with AI");
    // No curated data for an occupation: said, not hidden.
    await expect(page.locator("#role-details")).toContainText("Registered nurses is a BLS occupation, with no such curated data");
    await expect(page.locator("section.sources")).toContainText("OEWS May 2024");

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Download the comparison’s figures (CSV)" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("compare-back-end-developer-vs-29-1141-2024-34-figures.csv");
    const text = await readFile((await download.path())!, "utf8");
    expect(text).toContain(
      "\r\noccupation,,Registered nurses,29-1141,Registered nurses,2024-34,2024,2034,3391000,3557100,166100,4.9,189100,",
    );
    const payHref = await page.getByRole("link", { name: "Pay percentiles", exact: true }).getAttribute("href");
    const pay = await (await page.request.get(payHref!)).text();
    expect(pay).toMatch(/\r\noccupation,,Registered nurses,29-1141,Registered nurses,66030,78610,93600,107960,135320,2024,/);

    await page.getByRole("link", { name: "Remove Registered nurses from the comparison" }).click();
    await expect(page).toHaveURL(/\/compare\?roles=back-end-developer$/);
  });

  test("adds an occupation by title or code without JavaScript", async ({ noScriptPage: page }) => {
    await page.goto("/compare?roles=cto");
    await page.getByLabel("Or with an occupation").fill("registered nurse");
    await page.getByRole("button", { name: "Find occupation" }).click();
    await expect(page).toHaveURL(/\/compare\?roles=cto&find=registered\+nurse$/);
    await page.getByRole("link", { name: "Add Registered nurses to the comparison" }).click();
    await expect(page).toHaveURL(/\/compare\?roles=cto&occupations=29-1141$/);
    await expect(page.locator("#quick-facts thead th")).toHaveCount(3);
    // Charts carry their tables in the server HTML, occupations included.
    await expect(page.locator("#chart-compare-growth table")).toContainText("Registered nurses (occupation, 29-1141)", {
      useInnerText: false,
    });

    await page.getByLabel("Add an occupation").fill("15-1252");
    await page.getByRole("button", { name: "Find occupation" }).click();
    await expect(page).toHaveURL(/\/compare\?roles=cto&occupations=29-1141,15-1252$/);
    await expect(page.locator("#quick-facts thead th")).toHaveCount(4);
  });

  test("keeps a role chosen when an occupation is then found, by button or Enter, without JavaScript", async ({ noScriptPage: page }) => {
    // A helper's pass: choosing Data Scientist, then finding "nurse", lost Data Scientist (two separate forms).
    await page.goto("/compare");
    await page.getByLabel("First role").selectOption("data-scientist");
    await page.getByLabel("Add an occupation").fill("nurse");
    await page.getByRole("button", { name: "Find occupation" }).click();
    await expect(page).toHaveURL(/\/compare\?roles=data-scientist&find=nurse$/);
    await expect(page.locator(".compare-picker__chosen li")).toHaveCount(1);
    await page.getByRole("link", { name: "Add Registered nurses to the comparison" }).click();
    await expect(page).toHaveURL(/\/compare\?roles=data-scientist&occupations=29-1141$/);

    await page.goto("/compare?roles=cto");
    await page.getByLabel("Compare Chief Technology Officer (CTO) with").selectOption("data-scientist");
    await page.getByLabel("Or with an occupation").fill("electrician");
    await page.getByLabel("Or with an occupation").press("Enter");
    await expect(page).toHaveURL(/\/compare\?roles=cto,data-scientist&find=electrician$/);

    // Sent with nothing chosen: the same page, its blank fields dropped from the address.
    await page.goto("/compare");
    await page.getByRole("button", { name: "Compare" }).click();
    await expect(page).toHaveURL(/\/compare$/);
    await expect(page.getByRole("heading", { name: "Choose roles or occupations to compare" })).toBeVisible();
  });

  test("answers an unknown occupation code with 400 naming it, keeping the picker", async ({ page, expectErrorStatusFor }) => {
    const path = "/compare?roles=cto&occupations=99-9999";
    expectErrorStatusFor(path);
    expect((await page.goto(path))?.status()).toBe(400);
    await expect(page.getByRole("alert")).toContainText("We have no occupation with the code “99-9999”");
    await expect(page.locator(".compare-picker__chosen li")).toHaveCount(1);
  });

  test("has no accessibility violations with a role and two occupations (charts drawn, tables open)", async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto(`${MIX},15-1252`);
    await waitForHydration(page);
    await drawCharts(page);
    await expect(page.locator(".recharts-surface")).toHaveCount(2);
    await openAllDetails(page);
    await expectNoAxeViolations(page);
  });

  test("has no accessibility violations with the picker's occupation matches", async ({ page }) => {
    await page.goto("/compare?occupations=29-1141&find=electrician");
    await waitForHydration(page);
    await expect(page.locator(".compare-picker__matches")).toContainText("Electricians");
    await expectNoAxeViolations(page);
  });
});
