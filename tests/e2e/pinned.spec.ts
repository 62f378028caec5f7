import { expect, expectNoAxeViolations, test, waitForHydration } from "./fixtures";

/**
 * Links pinned to a data version (docs/decisions/008). The e2e server loads one version, so the banner for an older
 * version is covered by tests/db/pinned.test.ts (which loads a changed dataset); here: the citation offers the
 * pinned link, it opens the same figures without a banner, and bad tags are answered with a message.
 */
test.describe("pinned links", () => {
  test("the citation offers a link pinned to the vintage and data version, which shows the same figures", async ({ page }) => {
    await page.goto("/roles/web-developer?vintage=2022-32");
    const pinned = page.getByRole("link", { name: "pinned link" });
    const href = (await pinned.getAttribute("href"))!;
    expect(href).toMatch(/\/roles\/web-developer\?vintage=2022-32&data=v\d+-[0-9a-f]{8}$/);
    await expect(page.locator(".citation").first()).toContainText(href);
    const pay = await page.locator(".fact").first().textContent();

    await pinned.click();
    await expect(page).toHaveURL(href);
    await waitForHydration(page);
    // The current version's own tag: no banner, the same figures.
    await expect(page.getByTestId("data-pin-banner")).toHaveCount(0);
    await expect(page.locator(".fact").first()).toHaveText(pay!);
    await expectNoAxeViolations(page);
    // The chart downloads carry the pin.
    await expect(page.locator('a[download][href*="/roles/web-developer/growth.csv"]')).toHaveAttribute("href", /&data=v\d+-[0-9a-f]{8}$/);
  });

  test("a malformed tag is a 400 and an unknown version a 404, each with a message", async ({ page, expectErrorStatusFor }) => {
    expectErrorStatusFor("/roles/web-developer?data=latest");
    const malformed = await page.goto("/roles/web-developer?data=latest");
    expect(malformed!.status()).toBe(400);
    await expect(page.locator("main")).toContainText("use a data version tag such as v3-1a2b3c4d");
    expectErrorStatusFor("/roles/web-developer?data=v999-1a2b3c4d");
    const unknown = await page.goto("/roles/web-developer?data=v999-1a2b3c4d");
    expect(unknown!.status()).toBe(404);
    await expect(page.locator("main")).toContainText("There is no data version “v999-1a2b3c4d”");
    expectErrorStatusFor("/compare?roles=web-developer,qa-engineer&data=v999-1a2b3c4d");
    const compare = await page.goto("/compare?roles=web-developer,qa-engineer&data=v999-1a2b3c4d");
    expect(compare!.status()).toBe(404);
  });
});
