import { expect, expectNoAxeViolations, test, waitForHydration } from "./fixtures";

const LADDER = "/paths/back-end-developer";

test.describe("career ladders", () => {
  test("shows you-are-here, the next rung with its skill gap by axis, and follows it to the next rung", async ({ page }) => {
    // If this fails, a student cannot see what to learn for the next rung, or cannot climb on from there.
    const response = await page.goto(LADDER);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Career ladder from Back-End Developer");
    const here = page.locator("#you-are-here");
    await expect(here.getByRole("heading", { level: 2 })).toHaveText("You are here: Back-End Developer");
    await expect(here).toContainText("+7.5%");
    await expect(here).toContainText("$90,930");

    const lead = page.locator(".next-rung").filter({ has: page.getByRole("heading", { name: "Back-End Developer → Lead Developer" }) });
    await expect(lead).toContainText("Step up");
    await expect(lead).toContainText("4–8 years");
    const gap = lead.getByRole("table", { name: /Skills to add or deepen to move from Back-End Developer to Lead Developer/ });
    await expect(gap.locator("tbody th")).toHaveText([/^Technology/, /^System/, /^People/, /^Process/, /^Influence/]);
    await expect(gap.getByRole("row", { name: /^Influence/ })).toContainText("Technical leadership");
    await expect(gap.getByRole("row", { name: /^System/ })).toContainText("System design");
    await expect(gap.getByRole("row", { name: /^System/ })).toContainText("Software architecture deepen");
    await expect(gap.getByRole("row", { name: /^People/ })).toContainText("Mentoring");

    await waitForHydration(page);
    await lead.getByRole("link", { name: "Next rungs from Lead Developer" }).click();
    await expect(page).toHaveURL(/\/paths\/lead-developer$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Career ladder from Lead Developer");
    await expect(page.locator("#you-are-here")).toContainText("You are here: Lead Developer");
    await expect(page.getByRole("heading", { name: "Lead Developer → Software Architect" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Lead Developer → Engineering Manager" })).toBeVisible();
  });

  test("shows both ladders up to CTO and where the role comes from, without JavaScript", async ({ noScriptPage: page }) => {
    // If this fails, the ladders are not in the server HTML or the management branch is missing.
    await page.goto(LADDER);
    const technical = page.getByRole("list", { name: "Technical track: main ladder from Back-End Developer" });
    await expect(technical.getByRole("listitem")).toHaveCount(5);
    await expect(technical.getByRole("listitem").last()).toContainText("CTO");
    const management = page.getByRole("list", { name: "Management track: main ladder from Back-End Developer" });
    await expect(management).toContainText("Engineering Manager");
    await expect(management).toContainText("Director of Engineering");
    await expect(page.locator("#below")).toContainText("Junior Developer");
  });

  test("says so for a role at the top and offers related moves", async ({ page }) => {
    await page.goto("/paths/cto");
    await expect(page.locator("#next")).toContainText("no move on record from Chief Technology Officer (CTO)");
    await expect(page.getByRole("heading", { name: "Related moves" })).toBeVisible();
    await expect(page.getByRole("table", { name: "Roles that lead to Chief Technology Officer (CTO)" })).toContainText(
      "Director of Engineering",
    );
  });

  test("lists the ladders and sends the role picker to a role's ladder", async ({ page }) => {
    // If this fails, /paths does not lead a student to "you are here -> next" for their role.
    await page.goto("/paths");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Career ladders");
    const junior = page.getByRole("list", { name: "Technical track from Junior Developer" });
    await expect(junior.getByRole("listitem").nth(1)).toContainText("Back-End Developer");
    await expect(junior.getByRole("listitem").last()).toContainText("CTO");
    await waitForHydration(page);
    await page.getByLabel("Your role now").selectOption("qa-engineer");
    await page.getByRole("button", { name: "Show my next rungs" }).click();
    await expect(page).toHaveURL(/\/paths\/qa-engineer$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Career ladder from QA Engineer");
  });

  test("keeps the projection period in the URL", async ({ page }) => {
    await page.goto(LADDER);
    await waitForHydration(page);
    await page.getByRole("navigation", { name: "Projection period" }).getByRole("link", { name: "2022–32" }).click();
    await expect(page).toHaveURL(/\/paths\/back-end-developer\?vintage=2022-32$/);
    await expect(page.locator("#you-are-here")).toContainText("Projected growth, 2022–32");
    await expect(page.getByRole("link", { name: "Next rungs from Lead Developer" })).toHaveAttribute(
      "href",
      "/paths/lead-developer?vintage=2022-32",
    );
  });

  test("answers an unknown role with a 404 that offers search, and a bad vintage with 400", async ({ page, expectErrorStatusFor }) => {
    expectErrorStatusFor("/paths/astronaut");
    const missing = await page.goto("/paths/astronaut");
    expect(missing?.status()).toBe(404);
    await expect(page.locator("main")).toContainText("/paths/astronaut");
    await expect(page.getByRole("searchbox", { name: "Job title", exact: true })).toBeVisible();
    expectErrorStatusFor(`${LADDER}?vintage=2040-50`);
    const bad = await page.goto(`${LADDER}?vintage=2040-50`);
    expect(bad?.status()).toBe(400);
    await expect(page.locator("main")).toContainText(
      /no BLS projections for the period 2040-50\. The periods loaded are \d{4}-\d{2} \(the newest\)/,
    );
  });

  test("has no accessibility violations on /paths", async ({ page }) => {
    await page.goto("/paths");
    await waitForHydration(page);
    await expectNoAxeViolations(page);
  });

  test("has no accessibility violations on /paths/back-end-developer", async ({ page }) => {
    test.setTimeout(90_000); // a long page: eight skill-gap tables and two ladder trees
    await page.goto(LADDER);
    await waitForHydration(page);
    await expectNoAxeViolations(page);
  });
});
