import { expect, expectNoAxeViolations, test, waitForHydration } from "./fixtures";

/**
 * After an in-app navigation to another page, the focus and a screen reader start where a page load would start them
 * (app/ui/route-focus.tsx): a link's page has its heading focused; back and forward keep the reader's place and say
 * the page's title. A change of the query alone is the same page and moves nothing (a keyboard pass, 2026-12-07: after
 * "Roles" in the menu, the focus stayed on the menu and a screen reader said nothing of the new page).
 */
test.describe("focus after an in-app navigation", () => {
  const announcer = "[data-route-announcer]";

  test("a link's page has its heading focused, and the next Tab goes on from there into the page", async ({ page }) => {
    await page.goto("/");
    await waitForHydration(page);
    const menuLink = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Roles", exact: true });
    await menuLink.focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/roles$/);
    const heading = page.locator("main h1");
    await expect(heading).toBeFocused();
    // Focusable for this once: the next Tab leaves it for good, and Shift+Tab never lands on it again.
    await page.keyboard.press("Tab");
    await expect(heading).not.toBeFocused();
    await expect(heading).not.toHaveAttribute("tabindex");
    expect(await page.evaluate(() => document.activeElement?.closest("main") !== null)).toBe(true);
    // Nothing is said: the focused heading is read out.
    await expect(page.locator(announcer)).toHaveText("");
    await expectNoAxeViolations(page);

    // A link within the page, clicked with the pointer: the same.
    await page.locator("table.finder-table tbody tr").first().getByRole("link").first().click();
    await expect(page).toHaveURL(/\/roles\/[a-z0-9-]+$/);
    await expect(page.locator("main h1")).toBeFocused();
    // The page is not scrolled to the heading's place by the focus: the router put it at the top.
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });

  test("back keeps the focus and scroll the browser restores, and says the page's title", async ({ page }) => {
    await page.goto("/roles");
    await waitForHydration(page);
    const rolesTitle = await page.title();
    await page.locator("table.finder-table tbody tr").first().getByRole("link").first().click();
    await expect(page).toHaveURL(/\/roles\/[a-z0-9-]+$/);
    // The heading has the focus once the profile is rendered: its title is then the profile's (read as soon as the
    // address changed, the title could still be the list's).
    await expect(page.locator("main h1")).toBeFocused();
    const profileTitle = await page.title();
    expect(profileTitle).not.toBe(rolesTitle);
    await page.goBack();
    await expect(page).toHaveURL(/\/roles$/);
    await expect(page.locator(announcer)).toHaveText(rolesTitle);
    await expect(page.locator("main h1")).not.toBeFocused();
    // And forward: the profile's title.
    await page.goForward();
    await expect(page).toHaveURL(/\/roles\/[a-z0-9-]+$/);
    await expect(page.locator(announcer)).toHaveText(profileTitle);
  });

  test("a change of the query alone (a filter) leaves the focus where it was", async ({ page }) => {
    await page.goto("/roles");
    await waitForHydration(page);
    const education = page.getByLabel("Education needed: at most");
    await education.selectOption("Associate's degree");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/education=/);
    await expect(page.locator("main h1")).not.toBeFocused();
    await expect(page.locator(announcer)).toHaveText("");
  });

  // Issue 15: a filter the loader refused showed its 400 in place of the page (same path, another query); the focus fell
  // to <body> with the form it was in, and a screen reader said nothing of the error.
  test("a filter answered with an error in place: the error's heading has the focus", async ({ page, expectErrorStatusFor }) => {
    expectErrorStatusFor("/roles.data?industry=no-such-industry");
    await page.goto("/roles");
    await waitForHydration(page);
    // An industry the list no longer has (as a page left open across a data update would send it): a 400 that says so.
    const industry = page.locator("select[name=industry]");
    await industry.evaluate((select: HTMLSelectElement) => select.add(new Option("An industry since removed", "no-such-industry")));
    await industry.selectOption("no-such-industry");
    await expect(page).toHaveURL(/\/roles\?industry=no-such-industry$/);
    await expect(page.getByRole("main")).toContainText("There is no industry");
    await expect(page.locator("main .error-page h1")).toBeFocused();
    await expect(page.locator(announcer)).toHaveText("");
    // And the list again from the menu (the same path, another query): the page in place of the error view has its heading
    // focused, as another page would.
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Roles", exact: true }).focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/roles$/);
    await expect(page.locator("main h1")).toHaveText("Find a tech role");
    await expect(page.locator("main h1")).toBeFocused();
  });

  // Issue 15: the page that replaced an error view on the same path (the map's "Open the whole skills map" under a bad
  // ?technology=) left the focus on <body>: the link the reader followed went with the view.
  test("the page that replaces an error view on the same path has its heading focused", async ({ page, expectErrorStatusFor }) => {
    expectErrorStatusFor("/map?technology=Not_A_Slug");
    await page.goto("/map?technology=Not_A_Slug");
    await waitForHydration(page);
    await page.getByRole("link", { name: "Open the whole skills map" }).focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/map$/);
    await expect(page.locator("main h1")).toHaveText("Skills map: where a hot skill can take you");
    await expect(page.locator("main h1")).toBeFocused();
    await expect(page.locator(announcer)).toHaveText("");
  });

  // Issue 15: an error the root's boundary takes renders the whole layout anew (React Router renders the layout around the
  // root's error view under another element than the page's), this component with it, which took that for a page load
  // and moved nothing; the same when a navigation gave the page back. One way there: a navigation to a route the app has
  // not looked up yet, whose look-up (React Router's /__manifest) is answered by something else, as a network's sign-in
  // page would; with the look-ups of the links on the page failing too, nothing is known of the catch-all route ($.tsx)
  // whose own boundary would otherwise take the error.
  test("an error the root's boundary takes has its heading focused, and so has the page a navigation then shows", async ({
    page,
    consoleErrors,
  }) => {
    await page.route(/\/__manifest\?/, (route) =>
      route.fulfill({ status: 200, contentType: "text/html", body: "<p>Sign in to this network</p>" }),
    );
    await page.goto("/about");
    await waitForHydration(page);
    const menu = page.getByRole("navigation", { name: "Main" });
    await menu.getByRole("link", { name: "Roles", exact: true }).focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/roles$/);
    await expect(page.locator("main .error-page h1")).toHaveText("Something went wrong on our side");
    await expect(page.locator("main .error-page h1")).toBeFocused();
    // The dashboard's route came with the first page (the routes of "/" always do): no look-up, and the page is back.
    await menu.getByRole("link", { name: "Outlook", exact: true }).focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/$/);
    await expect(page.locator("main h1")).toHaveText("Tech careers: the outlook at a glance");
    await expect(page.locator("main h1")).toBeFocused();
    // React Router reports each failed look-up of the links on the page; nothing else may be in the console.
    expect(consoleErrors.filter((e) => !e.startsWith("Failed to fetch manifest patches"))).toEqual([]);
    consoleErrors.length = 0;
  });
});
