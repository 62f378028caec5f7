import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, test, waitForHydration } from "./fixtures";

/** The catalogue row of one skill (its name is the row header's link). */
const skillRow = (page: Page, name: string) =>
  // Catalogue links read "<name> (<kind>)" (the kind is visually hidden context).
  page.locator("tr").filter({ has: page.getByRole("link", { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} \\(`) }) });

test.describe("skills catalogue", () => {
  test("lists every skill by kind with role counts and O*NET marks naming the release", async ({ page }) => {
    const response = await page.goto("/skills");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Skills");
    for (const kind of ["Programming languages", "Databases", "Cloud & hosting", "People skills"]) {
      await expect(page.getByRole("heading", { level: 2, name: new RegExp(`^${kind.replace(/[&]/g, "\\$&")} \\(\\d+\\)$`) })).toBeVisible();
    }
    const python = skillRow(page, "Python");
    await expect(python).toContainText("general-purpose");
    await expect(python).toContainText(/\d+ core · \d+ useful/);
    await expect(python.locator(".badge--hot")).toHaveText("Hot Technology");
    await expect(python).toContainText("O*NET 30.1, December 2025");
    // In Demand names its occupations on demand (native <details>, keyboard and no-JS friendly).
    const demand = python.locator("details.mark-details");
    // The count names its unit (a skill page's count and a technology page's had read as a contradiction); its scope is
    // said once, in the legend above the catalogue, not on each of its rows (which made the printout two pages longer).
    await expect(demand.locator("summary")).toContainText(/In Demand for \d+ O\*NET occupations O\*NET 30\.1/);
    await expect(page.locator(".skills-legend")).toContainText(
      "counted here among those filed under the BLS occupations our tech roles map to",
    );
    await expect(demand.getByText("Software Developers")).toBeHidden();
    await demand.locator("summary").click();
    await expect(demand.getByText("Software Developers")).toBeVisible();
    await expect(demand.getByText("Web Developers")).toBeVisible();
    // A source's own highlight, with the role and a numbered link to the source.
    const aws = skillRow(page, "Amazon Web Services (AWS)");
    await expect(aws.locator(".badge--highlight")).toHaveText("Source highlight");
    await expect(aws).toContainText("Hot Skills for the Future: knowledge of cloud platforms");
    await expect(page.locator("#sources")).toContainText("CC BY 4.0");
    await waitForHydration(page);
  });

  test("filters by kind and hot marks through the URL, with and without JavaScript", async ({ page, noScriptPage: plain }) => {
    await page.goto("/skills");
    await waitForHydration(page);
    await page.getByLabel("Kind of skill").selectOption("database");
    await page.getByLabel("Only skills marked hot or in demand").check();
    await page.getByRole("button", { name: "Show skills" }).click();
    await expect(page).toHaveURL(/\/skills\?(?=.*kind=database)(?=.*hot=1)/);
    await expect(page.locator("section.skill-kind > h2")).toHaveText([/^Databases \(\d+\)$/]);
    await expect(page.locator(".skill-results")).toContainText("Databases, marked hot or in demand");
    const rows = page.locator(".skill-catalog-table tbody tr");
    expect(await rows.count()).toBeGreaterThan(0);
    for (const row of await rows.all()) await expect(row.locator(".badge").first()).toBeVisible();
    await expect(skillRow(page, "Database design")).toHaveCount(0); // no mark
    await expect(page.getByLabel("Kind of skill")).toHaveValue("database");

    await plain.goto("/skills");
    await plain.getByLabel("Search skills").fill("sql");
    await plain.getByLabel("Kind of skill").selectOption("database");
    await plain.getByRole("button", { name: "Show skills" }).click();
    await expect(plain).toHaveURL(/\/skills\?(?=.*q=sql)(?=.*kind=database)/);
    await expect(skillRow(plain, "PostgreSQL")).toHaveCount(1);
    await expect(skillRow(plain, "Redis")).toHaveCount(0); // a database whose name and description never say SQL
  });

  test("answers a bad filter with a 400 that says what is wrong", async ({ page, expectErrorStatusFor }) => {
    expectErrorStatusFor("/skills?kind=spells");
    const response = await page.goto("/skills?kind=spells");
    expect(response?.status()).toBe(400);
    await expect(page.locator(".error-page")).toContainText("“kind”");
    await expect(page.getByRole("link", { name: "Show every skill" })).toBeVisible();
  });

  for (const path of ["/skills", "/skills?kind=database&hot=1", "/skills?q=cloud", "/skills?q=zzzz"]) {
    test(`has no axe violations: ${path}`, async ({ page }) => {
      test.slow(); // the whole catalogue is a long page for axe
      await page.goto(path);
      await waitForHydration(page);
      await expectNoAxeViolations(page);
    });
  }
});

test.describe("skill page", () => {
  test("opens from the catalogue and shows the roles that need it with sourced growth and pay, then leads to the finder", async ({
    page,
  }) => {
    await page.goto("/skills?kind=language");
    await waitForHydration(page);
    await page.getByRole("link", { name: "Python (a programming language)", exact: true }).click();
    await expect(page).toHaveURL(/\/skills\/python$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Python");

    const roles = page.locator("#roles");
    const backEnd = roles.locator("tr").filter({ has: page.getByRole("link", { name: "Back-End Developer" }) });
    await expect(backEnd).toContainText("Core");
    await expect(backEnd).toContainText("Entry level");
    await expect(backEnd).toContainText("+7.5%");
    await expect(backEnd).toContainText("$90,930");
    await expect(backEnd).toContainText("May 2024");
    await expect(roles).toContainText("all occupations: +3.1%");
    // The figure's source and data year, on focus (the same note shows on hover or tap).
    await backEnd.getByRole("button", { name: "+7.5%" }).focus();
    await expect(backEnd.getByRole("tooltip").first()).toBeVisible();
    await expect(backEnd.getByRole("tooltip").first()).toContainText("Data: 2024–34");

    await expect(page.locator("#leads-to")).toContainText("Solutions Architect");
    const evidence = page.locator("#evidence");
    await expect(evidence).toContainText("O*NET 30.1, December 2025");
    await expect(evidence.locator("tr").filter({ hasText: "15-1252.00" })).toContainText("Software Developers");
    await expect(evidence.locator("tr").filter({ hasText: "15-1254.00" })).toContainText("Web Developers");
    await expect(page.locator("#sources")).toContainText("Used under the CC BY 4.0 license");
    await expect(page.getByRole("link", { name: "Follow Python on the skills map" })).toHaveAttribute("href", "/map?focus=skill:python");

    await page.getByRole("link", { name: "Find roles that need Python" }).click();
    await expect(page).toHaveURL(/\/roles\?skill=python$/);
    await expect(page.getByLabel("Hot skill")).toHaveValue("python");
    await expect(page.getByRole("link", { name: "Back-End Developer" })).toBeVisible();
  });

  test("switches the projection period in the URL", async ({ page }) => {
    await page.goto("/skills/python");
    await waitForHydration(page);
    await page.getByRole("navigation", { name: "Projection period" }).getByRole("link", { name: "2022–32" }).click();
    await expect(page).toHaveURL(/\/skills\/python\?vintage=2022-32$/);
    const backEnd = page.locator("#roles tr").filter({ has: page.getByRole("link", { name: "Back-End Developer" }) });
    await expect(backEnd).toContainText("+17.0%");
    await expect(backEnd).toContainText("May 2022");
  });

  for (const path of ["/skills/python", "/skills/communication"]) {
    test(`has no axe violations: ${path}`, async ({ page }) => {
      await page.goto(path);
      await waitForHydration(page);
      await expectNoAxeViolations(page);
    });
  }

  test("is a real 404 for an unknown skill, with the catalogue and a search", async ({ page, expectErrorStatusFor }) => {
    expectErrorStatusFor("/skills/no-such-skill");
    const response = await page.goto("/skills/no-such-skill");
    expect(response?.status()).toBe(404);
    await expect(page.locator(".error-page")).toContainText("/skills/no-such-skill");
    await expect(page.getByRole("link", { name: "Browse every skill" })).toHaveAttribute("href", "/skills");
    await page.getByLabel("Skill", { exact: true }).fill("kubernetes");
    await page.getByRole("button", { name: "Search skills" }).click();
    await expect(page).toHaveURL(/\/skills\?q=kubernetes$/);
    await expect(page.getByRole("link", { name: /^Kubernetes \(/ })).toBeVisible();
  });
});
