import type { Locator, Page } from "@playwright/test";
import { expect, expectNoAxeViolations, test, waitForHydration } from "./fixtures";

/**
 * Pay by level (issue 15, item 1): a role's figures are its whole occupation's, so wherever a role's pay or openings
 * are shown the page says whose they are, beside the number, and shows the OEWS 10th–90th percentile of the same
 * survey (May 2024), a top code as "$239,200 or more". No text may present a percentile as a starting salary.
 * Figures as in seed/data/pay-percentiles.csv: Junior Developer is 15-1251 Computer programmers (ADR 004).
 */

const JUNIOR_SCOPE = "all computer programmers, not only junior developers";
const JUNIOR_SPREAD = "10th–90th percentile: $52,190 to $162,090";
const CTO_SCOPE = "all computer and information systems managers, not only chief technology officers";
const CTO_SPREAD = "10th–90th percentile: $104,450 to $239,200 or more";

/** Every sentence of the text that speaks of a starting salary or starting pay must say a percentile is NOT one. */
async function expectNoPercentileAsStartingSalary(scope: Locator): Promise<void> {
  const text = (await scope.innerText()).replace(/\s+/g, " ");
  const sentences = text.split(/(?<=[.!?])\s/).filter((s) => /starting (salary|pay)|entry(-level)? (salary|pay)/i.test(s));
  for (const sentence of sentences) {
    expect(sentence, "a sentence about starting pay").toMatch(/not a starting salary|starting pay depends on/i);
  }
}

async function expectClean(page: Page): Promise<void> {
  await expectNoPercentileAsStartingSalary(page.locator("main"));
  await expectNoAxeViolations(page);
}

test.describe("pay by level", () => {
  test("the dashboard and the role finder say whose figures a role shows, with the 10th–90th spread", async ({ page }) => {
    test.slow(); // took over half of the default 30 s in CI on 2 shared cores
    await page.goto("/");
    const junior = page.locator(".browse li").filter({ has: page.getByRole("link", { name: "Junior Developer", exact: true }) });
    await expect(junior).toContainText("−6.0% (2024–34) · $98,670 (May 2024)");
    await expect(junior).toContainText(`Figures for ${JUNIOR_SCOPE}.`);
    // The spread, its source and its survey year (on hover and focus, and beside it).
    await expect(junior).toContainText(JUNIOR_SPREAD);
    await expect(junior).toContainText("Occupational Employment and Wage Statistics");
    await expect(junior).toContainText("(May 2024)");
    // Senior roles of 15-1252 no longer read as the junior's pay: their own occupation, their own caveat.
    const senior = page.locator(".browse li").filter({ has: page.getByRole("link", { name: "Senior Software Engineer", exact: true }) });
    await expect(senior).toContainText("all software developers, not only senior software engineers");
    await expect(senior).toContainText("10th–90th percentile: $79,850 to $211,450");
    const cto = page.locator(".browse li").filter({ has: page.getByRole("link", { name: "Chief Technology Officer (CTO)", exact: true }) });
    await expect(cto).toContainText(CTO_SPREAD);
    // The spread's source is listed and numbered like every other figure's.
    await expect(page.locator(".source-list")).toContainText("Occupational Employment and Wage Statistics");
    await expect(page.locator("main")).toContainText("The 10th percentile is not a starting salary.");
    await waitForHydration(page);
    await expectClean(page);

    await page.goto("/roles");
    const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: "Junior Developer", exact: true }) });
    await expect(row).toContainText(`Figures for ${JUNIOR_SCOPE}`);
    await expect(row).toContainText("$98,670");
    await expect(row).toContainText(`${JUNIOR_SPREAD} (May 2024)`);
    const ctoRow = page.getByRole("row").filter({ has: page.getByRole("link", { name: "Chief Technology Officer (CTO)", exact: true }) });
    await expect(ctoRow).toContainText(CTO_SCOPE);
    await expect(ctoRow).toContainText(CTO_SPREAD);
    await waitForHydration(page);
    await expectClean(page);
  });

  test("Junior Developer's profile says where BLS files the title, what it means for the outlook, and shows both spreads", async ({
    page,
  }) => {
    await page.goto("/roles/junior-developer");
    const facts = page.locator("#quick-facts");
    await expect(facts).toContainText("Computer programmers (SOC 15-1251)");
    await expect(facts).toContainText(`For ${JUNIOR_SCOPE}.`);
    await expect(facts).toContainText(JUNIOR_SPREAD);
    await expect(facts).toContainText("The 10th percentile is not a starting salary.");
    // Where BLS files the title, and what that does to the outlook shown.
    await expect(facts).toContainText(
      'BLS\'s 2024-34 sample job titles file "Junior Software Developer" under 15-1251 Computer programmers',
    );
    await expect(facts).toContainText("BLS projects computer programmers to shrink over 2024-34 while software developers grow");
    await expect(facts.locator(".other-mappings")).toContainText("Software developers (SOC 15-1252");
    await expect(facts.locator(".other-mappings")).toContainText("10th–90th percentile: $79,850 to $211,450");
    // The discussion question agrees with the mapping.
    await expect(page.locator("main")).toContainText(
      'BLS files "Junior Software Developer" under computer programmers, a job it projects to shrink',
    );
    await waitForHydration(page);
    await expectClean(page);
  });

  test("the CTO profile says beside each count and pay figure that it is all IT managers'", async ({ page }) => {
    await page.goto("/roles/cto");
    const facts = page.locator("#quick-facts");
    for (const label of ["Median annual pay", "Change in jobs", "Openings each year", "Employment, 2024"])
      await expect(facts.locator(".fact").filter({ hasText: label })).toContainText(`For ${CTO_SCOPE}.`);
  });

  test("the CTO deck's pay and openings slides say the figures are all IT managers', with the top-coded spread", async ({ page }) => {
    await page.goto("/present?role=cto");
    const pay = page.locator(".slide--pay");
    await expect(pay.locator(".slide__caveat")).toContainText("Figures for the whole occupation");
    await expect(pay).toContainText(CTO_SPREAD);
    await expect(pay).toContainText(`Pay of ${CTO_SCOPE}. The 10th percentile is not a starting salary.`);
    const openings = page.locator(".slide--openings");
    await expect(openings).toContainText("55,600");
    await expect(openings.locator(".slide__caveat")).toContainText(`Openings of ${CTO_SCOPE}.`);
    await waitForHydration(page);
    await expectNoPercentileAsStartingSalary(page.locator("main"));
    await expectNoAxeViolations(page);
  });

  test("the role handout and a lesson's role cards carry the caveat and the spread", async ({ page }) => {
    await page.goto("/roles/junior-developer/handout");
    const handoutFacts = page.locator("section", { has: page.locator("#handout-facts-title") });
    await expect(handoutFacts).toContainText(`where Junior Developer is filed: pay and openings of ${JUNIOR_SCOPE}`);
    await expect(handoutFacts).toContainText(`${JUNIOR_SPREAD} (May 2024) [`);
    await expect(handoutFacts).toContainText("The 10th percentile is not a starting salary.");
    await expectClean(page);

    await page.goto("/lessons/new");
    await waitForHydration(page);
    const form = page.locator("form.lesson-form");
    await form.getByLabel("Title", { exact: true }).fill("Pay by level");
    await form.getByRole("checkbox", { name: "Junior Developer", exact: true }).check();
    await form.getByRole("checkbox", { name: "Chief Technology Officer (CTO)", exact: true }).check();
    await page.getByRole("button", { name: "Save the lesson" }).click();
    const studentUrl = (await page.getByTestId("student-url").textContent())!;
    await page.goto(new URL(studentUrl).pathname);
    const card = (title: string) => page.locator(".lesson-role-card").filter({ has: page.getByRole("heading", { name: title, level: 3 }) });
    const juniorCard = card("Junior Developer");
    await expect(juniorCard).toContainText(`For ${JUNIOR_SCOPE}.`);
    await expect(juniorCard).toContainText(JUNIOR_SPREAD);
    const ctoCard = card("Chief Technology Officer (CTO)");
    await expect(ctoCard).toContainText(CTO_SPREAD);
    await waitForHydration(page);
    await expectClean(page);
  });
});
