import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, test, waitForHydration } from "./fixtures";

/**
 * The role finder's filters (issue 15, item 7), in the browser with and without JavaScript: education is "at most"
 * (an Associate's degree shows IT Support Specialist, which needs less), a minimum pay and a growth band narrow the
 * table, the page says which filters are in use and removes them, and the CSV holds the rows on screen.
 */

const rows = (page: Page) => page.locator("table.finder-table tbody tr");
const inUse = (page: Page) => page.getByRole("region", { name: /match(es)? (this|these) filters?/ });

/** The median pay cells of the table, in dollars (the figure before its year line). */
async function medianPays(page: Page): Promise<number[]> {
  const cells = await rows(page).locator("td:nth-child(5)").allInnerTexts();
  return cells.map((text) => Number(text.split("\n")[0]!.replace(/[$,]/g, "")));
}

test.describe("the role finder's filters", () => {
  test("work without JavaScript: at most an Associate's degree includes IT Support Specialist, and each filter can be removed", async ({
    noScriptPage: page,
  }) => {
    await page.goto("/roles");
    const education = page.getByLabel("Education needed: at most");
    await education.selectOption("Associate's degree");
    await page.getByRole("button", { name: "Apply" }).click();
    // The form sends every field (the period too); the blank ones are redirected away.
    await expect(page).toHaveURL(/\/roles\?education=Associate%27s\+degree&vintage=2024-34$/);
    await expect(rows(page)).toHaveCount(2);
    await expect(rows(page).getByRole("link", { name: "IT Support Specialist" })).toBeVisible();
    await expect(rows(page).getByRole("link", { name: "Network Support Specialist" })).toBeVisible();
    await expect(page.locator("p.lede")).toContainText(/^2 roles with the BLS projection/);

    const filters = inUse(page);
    await expect(filters.getByRole("heading")).toHaveText("2 roles match this filter");
    await expect(filters.getByRole("listitem")).toHaveText([
      "Education needed: at most Associate's degree Remove the filter “Education needed: at most Associate's degree”",
    ]);
    await filters.getByRole("link", { name: "Remove the filter “Education needed: at most Associate's degree”" }).click();
    await expect(page).toHaveURL(/\/roles$/);
    expect(await rows(page).count()).toBeGreaterThan(30);
    await expect(inUse(page)).toHaveCount(0);
  });

  test("work without JavaScript: minimum pay and growth band, counted, cleared, and the CSV holds the same rows", async ({
    noScriptPage: page,
    request,
  }) => {
    await page.goto("/roles");
    await expect(
      page.getByText(
        /Median pay is the median annual wage of the role’s occupation, May 2024, from BLS Occupational Employment and Wage Statistics/,
      ),
    ).toBeVisible();
    // Any whole number of dollars: the field must not refuse one that is not a round thousand.
    await page.getByLabel(/^Median pay at least/).fill("125500");
    await page.getByLabel("Growth, 2024–34").selectOption({ label: "Much faster than average (7% or higher)" });
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/\/roles\?pay=125500&band=1&vintage=2024-34$/);

    const count = await rows(page).count();
    expect(count).toBeGreaterThan(0);
    for (const pay of await medianPays(page)) expect(pay).toBeGreaterThanOrEqual(125500);
    for (const growth of await rows(page).locator("td:nth-child(2)").allInnerTexts()) {
      expect(Number(growth.replace(/[+%]/g, ""))).toBeGreaterThanOrEqual(6.5);
    }
    const filters = inUse(page);
    await expect(filters.getByRole("heading")).toHaveText(
      `${count} role${count === 1 ? "" : "s"} match${count === 1 ? "es" : ""} these filters`,
    );
    await expect(filters.getByRole("listitem")).toHaveCount(2);
    await expect(filters).toContainText("Median pay at least $125,500 a year");
    await expect(filters).toContainText("Growth, 2024–34: Much faster than average (7% or higher)");

    const csvHref = await page.getByRole("link", { name: "Download this table (CSV)" }).getAttribute("href");
    expect(csvHref).toBe("/roles.csv?pay=125500&band=1");
    const csv = await request.get(csvHref!);
    expect(csv.status()).toBe(200);
    const lines = (await csv.text()).trim().split("\n");
    expect(lines).toHaveLength(count + 1);

    // The form shows what the address says, and Clear all leaves every role.
    await expect(page.getByLabel(/^Median pay at least/)).toHaveValue("125500");
    await filters.getByRole("link", { name: "Clear all filters" }).click();
    await expect(page).toHaveURL(/\/roles$/);
    expect(await rows(page).count()).toBeGreaterThan(count);
  });

  test("apply with JavaScript on too: a select at once, the pay on Enter, each to the view's one address", async ({ page }) => {
    await page.goto("/roles");
    await waitForHydration(page);
    await page.getByLabel("Education needed: at most").selectOption("Associate's degree");
    await expect(page).toHaveURL(/\/roles\?education=Associate%27s\+degree$/);
    await expect(rows(page)).toHaveCount(2);

    const pay = page.getByLabel(/^Median pay at least/);
    await page.getByLabel("Education needed: at most").selectOption("Bachelor's degree");
    await expect(page).toHaveURL(/\/roles\?education=Bachelor%27s\+degree$/);
    await pay.fill("150000");
    // Typing alone does not filter at every keystroke.
    await expect(page).toHaveURL(/\/roles\?education=Bachelor%27s\+degree$/);
    await pay.press("Enter");
    await expect(page).toHaveURL(/\/roles\?education=Bachelor%27s\+degree&pay=150000$/);
    await expect(inUse(page).getByRole("listitem")).toHaveCount(2);
    for (const value of await medianPays(page)) expect(value).toBeGreaterThanOrEqual(150000);

    await inUse(page)
      .getByRole("link", { name: /Remove the filter “Median pay at least/ })
      .click();
    await expect(page).toHaveURL(/\/roles\?education=Bachelor%27s\+degree$/);
    await expect(inUse(page).getByRole("listitem")).toHaveCount(1);
  });

  test("answer a bad pay or band with a 400 that says what is wrong, and drop unknown parameters", async ({
    page,
    request,
    expectErrorStatusFor,
  }) => {
    for (const [path, message] of [
      ["/roles?pay=100%2C000", "“pay”: must be a whole number of dollars, without commas or symbols"],
      ["/roles?band=9", "There is no growth band 9 for 2024-34; bands run from 1 (fastest) to 6."],
    ] as const) {
      expectErrorStatusFor(path);
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(400);
      await expect(page.getByRole("main")).toContainText(message);
    }
    const redirected = await request.get("/roles?pay=90000&utm_source=x&band=", { maxRedirects: 0 });
    expect(redirected.status()).toBe(301);
    expect(redirected.headers()["location"]).toBe("/roles?pay=90000");
  });

  test("without JavaScript, a growth band then an earlier period: the list for that period, the band said not applied, and the CSV alike", async ({
    noScriptPage: page,
    request,
  }) => {
    // The form sent band=1 with vintage=2022-32, and the page was a 400 ("There are no verified growth bands for 2022-32").
    await page.goto("/roles");
    await page.getByLabel("Growth, 2024–34").selectOption({ label: "Much faster than average (7% or higher)" });
    await page.getByLabel("Projection period").selectOption({ label: "2022–32" });
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/[?&]band=1(&|$)/);
    await expect(page).toHaveURL(/[?&]vintage=2022-32(&|$)/);
    expect((await request.get(page.url(), { maxRedirects: 0 })).status(), "the address the form led to").toBe(200);
    await expect(page.locator(".filters__not-applied")).toHaveText(
      "The growth filter applies to 2024–34 only, the period with a verified table of growth bands, so it was not applied: this list for 2022–32 is not filtered by growth.",
    );
    expect(await rows(page).count()).toBeGreaterThan(30);
    const band = page.getByLabel("Growth, 2022–32");
    await expect(band).toBeDisabled();
    await expect(band).toHaveAccessibleDescription("Growth bands are verified for 2024–34 only; none for 2022–32.");
    const csvHref = await page.getByRole("link", { name: "Download this table (CSV)" }).getAttribute("href");
    expect(csvHref).toBe("/roles.csv?vintage=2022-32");
    const asked = await request.get("/roles.csv?vintage=2022-32&band=1");
    expect(asked.status()).toBe(200);
    expect(await asked.text()).toBe(await (await request.get(csvHref!)).text());
  });

  // A keyboard pass (2026-12-06): the second activation led to "sort=pay" (no dir), read as descending again.
  test("a figure column's heading sorts it largest first, then smallest first, from the keyboard", async ({ page }) => {
    await page.goto("/roles");
    await waitForHydration(page);
    const heading = page.getByRole("columnheader", { name: /Median pay/ });
    await heading.getByRole("link").focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/roles\?sort=pay&dir=desc$/);
    await expect(heading).toHaveAttribute("aria-sort", "descending");
    const descending = (await medianPays(page)).filter((pay) => !Number.isNaN(pay));
    expect(descending).toEqual([...descending].sort((a, b) => b - a));
    await heading.getByRole("link").focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/roles\?sort=pay&dir=asc$/);
    await expect(heading).toHaveAttribute("aria-sort", "ascending");
    const ascending = (await medianPays(page)).filter((pay) => !Number.isNaN(pay));
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    // A filter keeps the order.
    await page.getByLabel("Education needed: at most").selectOption("Master's degree");
    await expect(page).toHaveURL(/\/roles\?education=Master%27s\+degree&sort=pay&dir=asc$/);
    await expect(heading).toHaveAttribute("aria-sort", "ascending");
  });

  // A keyboard and screen reader pass (2026-12-06): each arrow press in a closed select applied its option at once (1 row
  // for "Some college" on the way past it), and the new count was only in a heading, which nothing announced.
  test("arrowing through a filter applies the option the keys rest on, once, and a status line says the new count", async ({ page }) => {
    await page.goto("/roles");
    await waitForHydration(page);
    const status = page.locator("p[role=status].visually-hidden");
    const all = await rows(page).count();
    await expect(status).toHaveText(`All ${all} roles.`);
    const education = page.getByLabel("Education needed: at most");
    await education.focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowDown");
    const chosen = await education.inputValue();
    expect(chosen).not.toBe("");
    // Not yet: the keys may move on.
    await expect(page).toHaveURL(/\/roles$/);
    await expect(rows(page)).toHaveCount(all);
    await expect(page).toHaveURL(new RegExp(`\\?education=${encodeURIComponent(chosen).replace(/'/g, "%27").replace(/%20/g, "\\+")}$`));
    const count = await rows(page).count();
    await expect(status).toHaveText(`${count} role${count === 1 ? "" : "s"} match${count === 1 ? "es" : ""} this filter.`);
    await expect(education).toBeFocused();

    // Leaving the list applies what it shows at once.
    await page.keyboard.press("ArrowUp");
    const previous = await education.inputValue();
    await page.keyboard.press("Tab");
    await expect(page).toHaveURL(new RegExp(`\\?education=${encodeURIComponent(previous).replace(/'/g, "%27").replace(/%20/g, "\\+")}$`));
  });

  test("the filtered page has no accessibility violations", async ({ page }) => {
    await page.goto("/roles?education=Bachelor%27s+degree&pay=100000&band=1&sort=pay");
    await waitForHydration(page);
    await expect(inUse(page).getByRole("listitem")).toHaveCount(3);
    await expectNoAxeViolations(page);
  });
});
