import { expect, expectNoAxeViolations, test, waitForHydration } from "./fixtures";

test.describe("the first page", () => {
  test("lists at least 30 roles with their growth, median pay and data year", async ({ page }) => {
    const response = await page.goto("/");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tech careers and their outlook");
    const rows = page.locator("table.data-table tbody tr");
    expect(await rows.count()).toBeGreaterThanOrEqual(30);

    const backEnd = rows.filter({ hasText: "Back-End Developer" });
    await expect(backEnd).toContainText("Web developers");
    await expect(backEnd).toContainText("+7.5%");
    await expect(backEnd).toContainText("$90,930");
    await expect(backEnd).toContainText("May 2024");
    await expect(page.getByRole("columnheader", { name: /Projected growth, 2024–34/ })).toBeVisible();
    // Every figure links to its source in the list at the foot of the page.
    await expect(page.locator("#source-bls-ep-2024-34")).toContainText("U.S. Bureau of Labor Statistics");
    await waitForHydration(page);
  });

  test("has no accessibility violations", async ({ page }) => {
    await page.goto("/");
    await waitForHydration(page);
    await expectNoAxeViolations(page);
  });

  test("is rendered on the server: the roles are in the HTML without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/");
    expect(await page.locator("table.data-table tbody tr").count()).toBeGreaterThanOrEqual(30);
    await context.close();
  });
});

test.describe("unknown addresses", () => {
  test("answer a real 404 page that leads back to the roles", async ({ page, expectErrorStatusFor }) => {
    expectErrorStatusFor("/no-such-page");
    const response = await page.goto("/no-such-page");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await expect(page.getByRole("link", { name: "Go to the outlook dashboard" })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
