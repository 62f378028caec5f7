import { expect, expectNoAxeViolations, test, waitForHydration } from "./fixtures";

const node = (id: string) => `svg.map-svg [data-node="${id}"]`;

test.describe("skills map", () => {
  test("focusing a skill node with the keyboard highlights its paths, updates the list twin and the URL, and is announced", async ({
    page,
  }) => {
    await page.goto("/map");
    await waitForHydration(page);
    await expect(page.locator("#map-status")).toContainText("Showing 12 hot skills");

    // After hydration the diagram is a single tab stop: the first skill (Python, needed by most roles).
    const python = page.locator(node("skill:python"));
    await page.getByRole("link", { name: "Reset" }).focus();
    await page.keyboard.press("Tab");
    await expect(python).toBeFocused();
    await expect(python).toHaveAttribute("tabindex", "0");
    await expect(page.locator(node("skill:sql"))).toHaveAttribute("tabindex", "-1");
    await page.keyboard.press("Enter");

    await expect(page).toHaveURL(/[?&]focus=skill:python$/);
    await expect(page.locator("#map-status")).toHaveText(/^Python: \d+ roles, 5 progression roles\.$/);
    await expect(python).toHaveAttribute("aria-current", "true");
    await expect(python).toHaveClass(/is-focus/);
    for (const id of ["role:back-end-developer", "role:cto", "role:lead-developer", "role:software-architect"]) {
      await expect(page.locator(node(id)), id).toHaveClass(/is-on/);
    }
    await expect(page.locator(node("skill:sql"))).toHaveClass(/is-dim/);
    // Python's links and its roles' moves are emphasised (wider, full opacity); the others fade.
    const link = (id: string) => page.locator(`svg.map-svg path[data-link="${id}"]`);
    await expect(link("need:python>back-end-developer")).toHaveClass(/is-on/);
    await expect(link("step:back-end-developer>cto")).toHaveClass(/is-on/);
    await expect(link("need:sql>back-end-developer")).toHaveClass(/is-dim/);
    // The width changes in a 0.15 s transition: read it until the transition has ended (a loaded machine starts it late).
    const strokeWidth = (id: string) => link(id).evaluate((el) => parseFloat(getComputedStyle(el).strokeWidth));
    await expect
      .poll(async () => (await strokeWidth("need:python>back-end-developer")) / (await strokeWidth("need:sql>back-end-developer")))
      .toBeGreaterThan(1.5);

    // The twin shows the same focus: the paths panel and the marked list item.
    const panel = page.locator("#map-focus");
    await expect(panel.getByRole("heading", { level: 2 })).toHaveText("Paths from Python");
    await expect(panel).toContainText("Back-End Developer");
    await expect(panel).toContainText("Chief Technology Officer (CTO)");
    await expect(page.locator(".map-twin").getByRole("link", { name: "Python", exact: true })).toHaveAttribute("aria-current", "true");

    // Arrow keys move along the column; Space focuses; Escape clears.
    await page.keyboard.press("ArrowDown");
    const second = page.locator("svg.map-svg [data-node]:focus");
    const secondId = await second.getAttribute("data-node");
    expect(secondId).toMatch(/^skill:/);
    expect(secondId).not.toBe("skill:python");
    await page.keyboard.press(" ");
    await expect(page).toHaveURL(new RegExp(`focus=${secondId}$`));
    await page.keyboard.press("ArrowRight");
    await expect(page.locator("svg.map-svg [data-node]:focus")).toHaveClass(/is-on/);
    await page.keyboard.press("Escape");
    await expect(page).not.toHaveURL(/focus=/);
    await expect(page.locator("#map-status")).toContainText("Showing 12 hot skills");
    await expect(page.locator("#map-focus")).toHaveCount(0);
  });

  test("focusing a role in the list highlights the same nodes in the diagram, without reloading the data", async ({ page }) => {
    await page.goto("/map");
    await waitForHydration(page);
    let mapDataRequests = 0;
    page.on("request", (request) => {
      if (request.url().includes("/map.data")) mapDataRequests += 1;
    });
    const backEnd = page
      .locator(".map-twin__skill")
      .filter({ has: page.getByRole("link", { name: "Python", exact: true }) })
      .getByRole("link", { name: "Back-End Developer", exact: true })
      .first();
    // The same href as without JavaScript (so hydration re-renders none of the list's links); the click itself
    // changes the URL in place, without the jump to the panel.
    await expect(backEnd).toHaveAttribute("href", /\?focus=role:back-end-developer#map-focus$/);
    await backEnd.click();
    await expect(page).toHaveURL(/focus=role:back-end-developer$/);
    await expect(page.locator("#map-status")).toHaveText(/^Back-End Developer: \d+ hot skills, 4 progression roles\.$/);
    await expect(page.locator(node("role:back-end-developer"))).toHaveClass(/is-focus/);
    for (const id of [
      "skill:python",
      "skill:sql",
      "role:cto",
      "role:lead-developer",
      "role:software-architect",
      "role:engineering-manager",
    ]) {
      await expect(page.locator(node(id)), id).toHaveClass(/is-on/);
    }
    await expect(page.locator(node("role:data-scientist"))).toHaveClass(/is-dim/);
    await expect(page.locator("#map-focus")).toContainText("Open the Back-End Developer profile");
    expect(mapDataRequests).toBe(0);

    // The focused view is a shareable link: loading it shows the same focus.
    await page.reload();
    await expect(page.locator(node("role:back-end-developer"))).toHaveClass(/is-focus/);
    await expect(page.locator("#map-status")).toContainText("Back-End Developer:");
  });

  test("works without JavaScript: the twin is in the page and focus works through links", async ({ noScriptPage: page }) => {
    await page.goto("/map");
    await expect(page.locator("svg.map-svg")).toBeVisible();
    await expect(page.locator(".map-twin__skill")).toHaveCount(12);
    await expect(page.locator(".map-twin__skill").first()).toContainText("Back-End Developer");
    await expect(page.locator(".map-twin .sourced__note").first()).toContainText("2024–34");
    await page.locator(".map-twin").getByRole("link", { name: "Python", exact: true }).click();
    await expect(page).toHaveURL(/\/map\?focus=skill:python#map-focus$/);
    await expect(page.locator("#map-status")).toHaveText(/^Python: \d+ roles, 5 progression roles\.$/);
    await expect(page.locator("#map-focus")).toContainText("Software Architect");
    await expect(page.locator(node("skill:python"))).toHaveClass(/is-focus/);
    // A diagram node is a plain link too.
    await page.locator(node("role:cto")).click();
    await expect(page).toHaveURL(/focus=role:cto$/);
    await expect(page.locator("#map-focus h2")).toHaveText("Paths to Chief Technology Officer (CTO)");
    // The filters are a GET form.
    await page.getByLabel("Skill kind").selectOption("database");
    await page.getByRole("button", { name: "Show map" }).click();
    // A plain form submits its empty fields too; the loader ignores them.
    await expect(page).toHaveURL(/\/map\?kind=database(&cluster=)?$/);
    await expect(page.locator("#map-status")).toContainText("(databases)");
    await expect(page.getByLabel("Skill kind")).toHaveValue("database");
    await expect(page.locator(".map-twin__skill-name", { hasText: "PostgreSQL" })).toHaveCount(1);
    await expect(page.locator(".map-twin__skill-name", { hasText: "Python" })).toHaveCount(0);
  });

  test("filters from the URL and answers bad input with a 400 message", async ({ page, expectErrorStatusFor }) => {
    await page.goto("/map?kind=language&cluster=data-ai&hot=1");
    await expect(page.getByLabel("Skill kind")).toHaveValue("language");
    await expect(page.getByLabel("Career cluster of the roles")).toHaveValue("data-ai");
    await expect(page.getByLabel(/Only O\*NET/)).toBeChecked();
    await expect(page.locator(node("role:data-scientist"))).toBeVisible();
    await expect(page.locator(node("role:back-end-developer"))).toHaveCount(0);

    expectErrorStatusFor("/map?focus=skill:no-such-skill");
    const response = await page.goto("/map?focus=skill:no-such-skill");
    expect(response?.status()).toBe(400);
    await expect(page.getByRole("main")).toContainText("There is no skill “no-such-skill”");
  });

  test("stays readable on a phone: the diagram scrolls inside its frame", async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto("/map?focus=skill:python");
    const frame = page.locator(".map-frame");
    const { scrollWidth, clientWidth } = await frame.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
    expect(scrollWidth).toBeGreaterThan(clientWidth);
    // The page itself does not scroll sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    // Labels stay at least 14 px high on screen.
    const labelHeight = await page.locator(`${node("skill:python")} .map-node__label`).evaluate((el) => el.getBoundingClientRect().height);
    expect(labelHeight).toBeGreaterThanOrEqual(14);
    await context.close();
  });

  for (const path of ["/map", "/map?focus=skill:python", "/map?kind=cloud&cluster=infrastructure-cloud&hot=1&focus=role:cloud-engineer"]) {
    test(`has no accessibility violations: ${path}`, async ({ page }) => {
      // axe over the map's ~2,700 elements takes 18-20 s on this 2-core machine, more when it is busy.
      test.slow();
      await page.goto(path);
      await waitForHydration(page);
      await expectNoAxeViolations(page);
    });
  }
});
