import { expect, expectNoAxeViolations, test, waitForHydration } from "./fixtures";

const node = (id: string) => `svg.map-svg [data-node="${id}"]`;
const link = (id: string) => `svg.map-svg [data-link="${id}"]`;

test.describe("skills map", () => {
  test("focusing a skill node with the keyboard draws its paths, updates the lists and the URL, and is announced", async ({ page }) => {
    await page.goto("/map");
    await waitForHydration(page);
    await expect(page.locator("#map-status")).toContainText("Showing 12 hot skills");
    // Unfocused: the columns and groups, the routes faint, no skill link (the ~140 of them were the tangle).
    await expect(page.locator("svg.map-svg .map-svg__group", { hasText: "Software development" })).toHaveCount(1);
    await expect(page.locator('svg.map-svg [data-link^="need:"]')).toHaveCount(0);
    await expect(page.locator(link("move:software-architect>cto"))).toHaveClass(/is-quiet/);

    // The diagram is a single tab stop, before and after hydration alike: the first skill (Python, needed by most roles).
    const python = page.locator(node("skill:python"));
    await page.getByRole("button", { name: "Show map" }).focus();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await expect(python).toBeFocused();
    await expect(python).toHaveAttribute("tabindex", "0");
    await expect(page.locator(node("skill:sql"))).toHaveAttribute("tabindex", "-1");
    await page.keyboard.press("Enter");

    await expect(page).toHaveURL(/[?&]focus=skill:python$/);
    await expect(page.locator("#map-status")).toHaveText(/^Python: \d+ roles, 6 lead and executive roles on their routes\.$/);
    await expect(python).toHaveAttribute("aria-current", "true");
    await expect(python).toHaveClass(/is-focus/);
    for (const id of [
      "role:back-end-developer",
      "role:cto",
      "role:lead-developer",
      "role:software-architect",
      "role:director-of-engineering",
    ]) {
      await expect(page.locator(node(id)), id).toHaveClass(/is-on/);
    }
    await expect(page.locator(node("skill:sql"))).toHaveClass(/is-dim/);
    // Python's links and its roles' routes are drawn in full (wide, solid); other skills' links are not drawn.
    await expect(page.locator(link("need:python>back-end-developer"))).toHaveClass(/is-on/);
    await expect(page.locator(link("step:back-end-developer>cto"))).toHaveClass(/is-on/);
    await expect(page.locator(link("move:engineering-manager>director-of-engineering"))).toHaveClass(/is-on/);
    await expect(page.locator(link("need:sql>back-end-developer"))).toHaveCount(0);
    // The width changes in a 0.15 s transition: read it until the transition has ended (a loaded machine starts it late).
    await expect
      .poll(() => page.locator(link("need:python>back-end-developer")).evaluate((el) => parseFloat(getComputedStyle(el).strokeWidth)))
      .toBeGreaterThanOrEqual(6);

    // The lists show the same focus: the paths panel and the marked list item.
    const panel = page.locator("#map-focus");
    await expect(panel.getByRole("heading", { level: 2 })).toHaveText("Paths from Python");
    await expect(panel).toContainText("Back-End Developer");
    await expect(panel).toContainText("Chief Technology Officer (CTO)");
    await expect(page.locator(".map-twin").getByRole("link", { name: "Python", exact: true })).toHaveAttribute("aria-current", "true");

    // Arrow keys move along the column and across; Space focuses; Escape clears.
    await page.keyboard.press("ArrowDown");
    const second = page.locator("svg.map-svg [data-node]:focus");
    const secondId = await second.getAttribute("data-node");
    expect(secondId).toMatch(/^skill:/);
    expect(secondId).not.toBe("skill:python");
    await page.keyboard.press(" ");
    await expect(page).toHaveURL(new RegExp(`focus=${secondId}$`));
    await page.keyboard.press("ArrowRight");
    await expect(page.locator("svg.map-svg [data-node]:focus")).toHaveClass(/is-on/);
    await expect(page.locator("svg.map-svg [data-node]:focus")).toHaveAttribute("data-node", /^role:/);
    await page.keyboard.press("ArrowRight");
    await expect(page.locator("svg.map-svg [data-node]:focus")).toHaveAttribute("data-node", /^role:/);
    await page.keyboard.press("End");
    await expect(page.locator("svg.map-svg [data-node]:focus")).toHaveAttribute("data-node", "role:cto");
    await page.keyboard.press("Escape");
    await expect(page).not.toHaveURL(/focus=/);
    await expect(page.locator("#map-status")).toContainText("Showing 12 hot skills");
    await expect(page.locator("#map-focus")).toHaveCount(0);
  });

  test("CTO shows all four routes in: Back-End Developer, Software Architect, Solutions Architect, Director of Engineering", async ({
    page,
  }) => {
    await page.goto("/map?focus=role:cto");
    await expect(page.locator("#map-status")).toHaveText(/^Chief Technology Officer \(CTO\): 4 routes in, from \d+ roles on the map\.$/);
    const panel = page.locator("#map-focus");
    await expect(panel.getByRole("heading", { level: 2 })).toHaveText("Paths to Chief Technology Officer (CTO)");
    await expect(panel.getByRole("heading", { level: 3, name: "All 4 routes into Chief Technology Officer (CTO)" })).toBeVisible();
    const routes = panel.locator(".map-focus__routes").first().locator(":scope > li");
    await expect(routes).toHaveCount(4);
    for (const title of ["Back-End Developer", "Software Architect", "Solutions Architect", "Director of Engineering"]) {
      await expect(routes.filter({ has: page.getByRole("link", { name: title, exact: true }) }), title).toHaveCount(1);
    }
    // The diagram draws the same four, widest, and the routes further back (Lead Developer -> Software Architect).
    for (const id of [
      "step:back-end-developer>cto",
      "move:software-architect>cto",
      "move:solutions-architect>cto",
      "move:director-of-engineering>cto",
    ]) {
      await expect(page.locator(link(id)), id).toHaveClass(/is-route-in/);
    }
    await expect(page.locator(link("move:lead-developer>software-architect"))).toHaveClass(/is-on/);
    await expect(page.locator(node("role:engineering-manager"))).toHaveClass(/is-on/);
    // The accessible list names CTO's routes in too.
    await expect(
      page.locator(".map-twin li", { has: page.getByRole("link", { name: "Chief Technology Officer (CTO)", exact: true }) }),
    ).toContainText("4 routes in: Back-End Developer, Solutions Architect, Software Architect and Director of Engineering");
  });

  test("a keyboard user reaches the map's controls in a few tab stops, and the page has one tab stop per node, not hundreds", async ({
    page,
  }) => {
    await page.goto("/map");
    await waitForHydration(page);
    // From the top of the page: the site's header (its own links, the same on every page), then inside the page's main
    // region at most the introduction's one link before the filters, then the diagram.
    const reached: string[] = [];
    for (let i = 0; i < 60 && !reached.includes("node"); i++) {
      await page.keyboard.press("Tab");
      reached.push(
        await page.evaluate(() => {
          const el = document.activeElement!;
          return el.closest("svg.map-svg") ? "node" : el.closest(".map-filters") ? "filter" : el.closest("main") ? "main" : "site";
        }),
      );
    }
    const inMain = reached.filter((r) => r !== "site");
    // The introduction's link, then the five filter controls (kind, cluster, the O*NET box, Show map, Reset), then the diagram.
    expect(inMain, reached.join(", ")).toEqual(["main", "filter", "filter", "filter", "filter", "filter", "node"]);

    // The whole page: each of the 46 nodes once in the lists, the diagram once, the filters, the "more skills" form,
    // the sources and the site's header and footer. The bound leaves room for a few more sources or site links, and
    // fails long before the 706 stops (297 growth buttons) this page once had.
    const stops = await page.evaluate(
      () =>
        [...document.querySelectorAll<HTMLElement>("a[href], button, select, input, textarea, [tabindex]")].filter(
          (el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0,
        ).length,
    );
    const nodes = await page.locator("svg.map-svg [data-node]").count();
    expect(nodes).toBe(46);
    expect(await page.locator(".map-twin a.map-twin__name").count()).toBe(nodes);
    expect(await page.locator(".map-twin button").count()).toBe(0);
    expect(stops).toBeLessThanOrEqual(nodes + 50);
  });

  test("focusing a role in the list highlights the same nodes in the diagram, without reloading the data", async ({ page }) => {
    await page.goto("/map");
    await waitForHydration(page);
    let mapDataRequests = 0;
    page.on("request", (request) => {
      if (request.url().includes("/map.data")) mapDataRequests += 1;
    });
    const backEnd = page.locator(".map-twin").getByRole("link", { name: "Back-End Developer", exact: true });
    await expect(backEnd).toHaveCount(1);
    // The same href as without JavaScript (so hydration re-renders none of the list's links); the click itself
    // changes the URL in place, without the jump to the panel.
    await expect(backEnd).toHaveAttribute("href", /\?focus=role:back-end-developer#map-focus$/);
    await backEnd.click();
    await expect(page).toHaveURL(/focus=role:back-end-developer$/);
    await expect(page.locator("#map-status")).toHaveText(/^Back-End Developer: \d+ hot skills, 5 lead and executive roles ahead\.$/);
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
    // Its moves to other middle roles are named in words.
    await expect(page.locator("#map-focus")).toContainText("moves on to");
    expect(mapDataRequests).toBe(0);

    // The focused view is a shareable link: loading it shows the same focus.
    await page.reload();
    await expect(page.locator(node("role:back-end-developer"))).toHaveClass(/is-focus/);
    await expect(page.locator("#map-status")).toContainText("Back-End Developer:");
  });

  test("starts from a technology: Figma's page links to the map, which highlights its skill, the roles that ask for it and the routes on", async ({
    page,
  }) => {
    await page.goto("/technologies/figma");
    await page.getByRole("link", { name: "See on the skills map" }).click();
    await expect(page).toHaveURL(/\/map\?technology=figma#map-status$/);
    // Lead Developer and Software Architect, lead roles whose occupations list Figma, are counted once, as lead roles.
    await expect(page.locator("#map-status")).toHaveText(
      "Figma: 1 hot skill, 10 roles and 2 lead and executive roles whose occupations list it, 4 more lead and executive roles on their routes.",
    );
    await expect(page.locator("#map-focus h3", { hasText: /^Roles whose occupations ask for it/ })).toHaveText(
      "Roles whose occupations ask for it (10)",
    );
    await expect(page.locator("#map-focus h3", { hasText: "Lead and executive roles whose" })).toHaveText(
      "Lead and executive roles whose occupations ask for it (2)",
    );
    await expect(page.locator("#map-focus h2")).toHaveText("Starting from Figma");
    // Figma is not among the 12 most-needed skills: the technology's view draws it, first in its column, in view.
    await expect(page.locator('svg.map-svg [data-node^="skill:"]').first()).toHaveAttribute("data-node", "skill:figma");
    await expect(page.locator(node("skill:figma"))).toBeInViewport();
    for (const id of ["skill:figma", "role:ux-ui-designer", "role:back-end-developer", "role:software-architect"]) {
      await expect(page.locator(node(id)), id).toHaveClass(/is-focus/);
    }
    await expect(page.locator(node("role:cto"))).toHaveClass(/is-on/);
    await expect(page.locator(node("role:data-scientist"))).toHaveClass(/is-dim/);
    await expect(page.locator(link("need:figma>ux-ui-designer"))).toHaveClass(/is-on/);
    await expect(page.locator("#map-focus")).toContainText("UX/UI Designer");
    await expect(page.locator("#map-focus")).toContainText("(In Demand)");
    // Choosing a node leaves the technology's view for that node's.
    await page.locator("#map-focus").getByRole("link", { name: "Show the whole map" }).click();
    await expect(page).toHaveURL(/\/map$/);
    await expect(page.locator("#map-status")).toContainText("Showing 12 hot skills");
  });

  test("starts from Microsoft Excel without JavaScript: counts that agree with the diagram, its skill first and on the first screen", async ({
    noScriptPage: page,
  }) => {
    // What would break: "1 hot skill and 34 roles whose occupations list it, 6 lead and executive roles" beside a
    // diagram of 28 roles and 6 lead and executive roles, and Data analysis (the skill that stands for Excel) drawn
    // last of 13, some 2,300 px down, so the first screen did not show what was chosen.
    await page.goto("/technologies/microsoft-excel");
    await page.getByRole("link", { name: "See on the skills map" }).click();
    await expect(page).toHaveURL(/\/map\?technology=microsoft-excel#map-status$/);
    await expect(page.locator("#map-status")).toHaveText(
      "Microsoft Excel: 1 hot skill (Data analysis), 28 roles and 6 lead and executive roles whose occupations list it.",
    );
    await expect(page.locator("#map-diagram-description")).toContainText("13 hot skills, 28 roles, 6 lead and executive roles");
    // The browser's own jump to #map-status (no script) leaves the status line and the chosen skill on screen.
    await expect(page.locator("#map-status")).toBeInViewport();
    const excel = page.locator(node("skill:data-analysis"));
    await expect(excel).toHaveClass(/is-focus/);
    await expect(excel).toBeInViewport();
    // First in its column, and so the diagram's tab stop and the first skill of the lists.
    await expect(page.locator('svg.map-svg [data-node^="skill:"]').first()).toHaveAttribute("data-node", "skill:data-analysis");
    await expect(excel).toHaveAttribute("tabindex", "0");
    await expect(page.locator(".map-twin__skills > li").first()).toContainText("Data analysis");
    // Loaded without the anchor, the skill is still the first node of the diagram.
    await page.goto("/map?technology=microsoft-excel");
    await expect(page.locator('svg.map-svg [data-node^="skill:"]').first()).toHaveAttribute("data-node", "skill:data-analysis");
  });

  test("works without JavaScript: the lists are in the page and focus works through links", async ({ noScriptPage: page }) => {
    await page.goto("/map");
    await expect(page.locator("svg.map-svg")).toBeVisible();
    await expect(page.locator(".map-twin__skills > li")).toHaveCount(12);
    await expect(page.locator(".map-twin__skills > li").first()).toContainText("Back-End Developer");
    await expect(page.locator(".map-twin .map-note", { hasText: "Growth figures" })).toContainText("2024–34");
    await page.locator(".map-twin").getByRole("link", { name: "Python", exact: true }).click();
    await expect(page).toHaveURL(/\/map\?focus=skill:python#map-focus$/);
    await expect(page.locator("#map-status")).toHaveText(/^Python: \d+ roles, 6 lead and executive roles on their routes\.$/);
    await expect(page.locator("#map-focus")).toContainText("Software Architect");
    await expect(page.locator(node("skill:python"))).toHaveClass(/is-focus/);
    // A diagram node is a plain link too.
    await page.locator(node("role:cto")).click();
    await expect(page).toHaveURL(/focus=role:cto$/);
    await expect(page.locator("#map-focus h2")).toHaveText("Paths to Chief Technology Officer (CTO)");
    await expect(page.locator("#map-focus")).toContainText("Director of Engineering");
    // A skill beyond the drawn ones is added with a plain GET form.
    await page.goto("/map");
    await page.getByLabel(/Add one to the map/).selectOption("skill:figma");
    await page.getByRole("button", { name: "Add to the map" }).click();
    // A form encodes the colon (skill%3Afigma); the page reads either spelling.
    await expect(page).toHaveURL(/\/map\?focus=skill(:|%3A)figma$/);
    await expect(page.locator(node("skill:figma"))).toHaveClass(/is-focus/);
    // A technology's view works without JavaScript too.
    await page.goto("/map?technology=figma");
    await expect(page.locator(node("skill:figma"))).toHaveClass(/is-focus/);
    // The filters are a GET form.
    await page.getByLabel("Skill kind").selectOption("database");
    await page.getByRole("button", { name: "Show map" }).click();
    // A plain form submits its empty fields too; the loader ignores them.
    await expect(page).toHaveURL(/\/map\?kind=database(&cluster=)?$/);
    await expect(page.locator("#map-status")).toContainText("(databases)");
    await expect(page.getByLabel("Skill kind")).toHaveValue("database");
    await expect(page.locator(".map-twin__name", { hasText: "PostgreSQL" })).toHaveCount(1);
    await expect(page.locator(".map-twin__name", { hasText: "Python" })).toHaveCount(0);
  });

  test("filters from the URL and answers bad input with a 400 or 404 message", async ({ page, expectErrorStatusFor }) => {
    await page.goto("/map?kind=language&cluster=data-ai&hot=1");
    await expect(page.getByLabel("Skill kind")).toHaveValue("language");
    await expect(page.getByLabel("Career cluster of the roles")).toHaveValue("data-ai");
    await expect(page.getByLabel(/Only O\*NET/)).toBeChecked();
    await expect(page.locator(node("role:data-scientist"))).toBeVisible();
    await expect(page.locator(node("role:back-end-developer"))).toHaveCount(0);

    // Each error names its parameter in the title and heading (a malformed one: 400 "Bad link", a well-formed name we
    // do not have: 404 "Not found") and links back to the whole map.
    for (const [path, status, title, message] of [
      ["/map?focus=garbage", 400, "Bad link: “focus”", "“focus”: must be skill:<slug> or role:<slug>"],
      ["/map?focus=skill:no-such-skill", 404, "Not found: “focus”", "We have no skill “no-such-skill” on the map"],
      ["/map?focus=role:nope", 404, "Not found: “focus”", "We have no role “nope” on the map"],
      ["/map?technology=Not_A_Slug", 400, "Bad link: “technology”", "“technology”: must be a technology's address"],
      ["/map?technology=no-such-technology", 404, "Not found: “technology”", "We have no technology “no-such-technology”"],
    ] as const) {
      expectErrorStatusFor(path);
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(status);
      await expect(page, path).toHaveTitle(`${title} — Career Atlas`);
      await expect(page.getByRole("heading", { level: 1 }), path).toHaveText(title);
      await expect(page.getByRole("main")).toContainText(message);
      await expect(page.getByRole("link", { name: "Open the whole skills map" })).toHaveAttribute("href", "/map");
    }
  });

  test("stays readable on a phone: the diagram scrolls inside its frame, labels are never squeezed", async ({ browser }) => {
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
    // No label is squeezed (textLength), and every label stays inside its box, clear of the figure.
    expect(await page.locator("svg.map-svg [textLength]").count()).toBe(0);
    const overflowing = await page.evaluate(() =>
      [...document.querySelectorAll("svg.map-svg [data-node]")].flatMap((n) => {
        const box = n.querySelector("rect")!.getBBox();
        const label = (n.querySelector(".map-node__label") as SVGTextElement).getBBox();
        const figure = (n.querySelector(".map-node__figure") as SVGTextElement).getBBox();
        return label.x + label.width > figure.x - 4 || label.y < box.y || label.y + label.height > box.y + box.height
          ? [n.getAttribute("data-node")]
          : [];
      }),
    );
    expect(overflowing).toEqual([]);
    await context.close();
  });

  // A fresh-eyes pass (issue 15): at 390×844, choosing a role in "The map as lists" inserted the focus panel above the
  // tapped link, which the browser kept still: "Paths through Back-End Developer" ended 7,500 px above the screen and
  // the node ~8,000 px up and off the right of the diagram's frame (reveal-choice.ts).
  test("on a phone, a role chosen in the lists is brought into view without moving the keyboard focus", async ({ browser }) => {
    for (const reducedMotion of ["reduce", "no-preference"] as const) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, reducedMotion });
      const page = await context.newPage();
      await page.goto("/map");
      await waitForHydration(page);
      const chosen = page.locator(".map-twin .map-twin__name", { hasText: /^Back-End Developer$/ });
      await chosen.scrollIntoViewIfNeeded();
      // Every position the page scrolls to from the tap on.
      await page.evaluate(() => {
        const seen: number[] = [];
        (window as unknown as { scrolledTo: number[] }).scrolledTo = seen;
        window.addEventListener("scroll", () => seen.push(Math.round(window.scrollY)));
      });
      await chosen.tap();
      await expect(page).toHaveURL(/[?&]focus=role:back-end-developer$/);
      await expect(page.getByRole("heading", { level: 2, name: "Paths through Back-End Developer" }), reducedMotion).toBeInViewport();
      // The node is inside what the diagram's frame shows, so scrolling up finds it.
      await expect
        .poll(() =>
          page.evaluate(() => {
            const frame = document.querySelector(".map-frame")!.getBoundingClientRect();
            const node = document.querySelector('svg.map-svg [data-node="role:back-end-developer"]')!.getBoundingClientRect();
            return node.left >= frame.left && node.right <= frame.right;
          }),
        )
        .toBe(true);
      // Settled (the glide, where motion is allowed, has ended), with the panel's heading whole on screen.
      await expect
        .poll(() =>
          page.evaluate(
            () =>
              new Promise<number>((resolve) => {
                const y = window.scrollY;
                setTimeout(() => resolve(window.scrollY - y), 250);
              }),
          ),
        )
        .toBe(0);
      await expect(page.getByRole("heading", { level: 2, name: "Paths through Back-End Developer" })).toBeInViewport({ ratio: 1 });
      // The focus stays on the link that was chosen (nothing took it).
      await expect(chosen).toBeFocused();
      if (reducedMotion === "reduce") {
        // One jump, not a glide: the browser keeps the tapped link still (down the page, in steps as the lists lay
        // out), then the page goes straight up to the panel.
        const positions = await page.evaluate(() => (window as unknown as { scrolledTo: number[] }).scrolledTo);
        const upward = positions.slice(positions.indexOf(Math.max(...positions)) + 1);
        expect(new Set(upward).size, positions.join(", ")).toBe(1);
      }

      // A choice in the panel whose heading is on screen leaves the page where it is.
      const scrollY = await page.evaluate(() => window.scrollY);
      await page
        .locator("#map-focus a", { hasText: /^Lead Developer$/ })
        .first()
        .tap();
      await expect(page.getByRole("heading", { level: 2, name: "Paths to Lead Developer" })).toBeInViewport();
      expect(await page.evaluate(() => window.scrollY)).toBe(scrollY);

      // A keyboard's choice (Enter) keeps the page, and the focus, on the link.
      const byKeyboard = page.locator(".map-twin .map-twin__name", { hasText: /^Data Scientist$/ });
      await byKeyboard.focus();
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(/[?&]focus=role:data-scientist$/);
      await expect(byKeyboard).toBeFocused();
      await expect(byKeyboard).toBeInViewport();
      await context.close();
    }
  });

  // A fresh-eyes pass (issue 15): in the dark theme the legend's samples took the dark theme's light grey while the
  // diagram, a light board, draws its lines dark grey or dark blue on white, and the board's colours are 2.3:1 and
  // 1.4:1 against the dark paper. What would break: a sample that does not look like the line it names, or that
  // cannot be seen (WCAG 1.4.11: 3:1 for graphical objects).
  for (const theme of ["system", "switch"] as const) {
    test(`the legend's samples match the drawn lines and reach 3:1 in the dark theme (${theme === "system" ? "the system's setting" : "the header's switch"})`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme: theme === "system" ? "dark" : "light" });
      for (const path of ["/map", "/map?focus=skill:python", "/map?focus=role:cto"]) {
        await page.goto(path);
        await waitForHydration(page);
        if (theme === "switch") {
          const toggle = page.getByRole("button", { name: "Dark theme" });
          if ((await toggle.getAttribute("aria-pressed")) !== "true") await toggle.click();
        }
        expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor), path).toBe("rgb(20, 24, 31)");
        const samples = await page.evaluate(() => {
          const strokeOf = (element: Element) => getComputedStyle(element.tagName === "g" ? element.querySelector("path")! : element);
          const frame = getComputedStyle(document.querySelector(".map-frame")!).backgroundColor;
          return [...document.querySelectorAll(".map-legend-groups .map-link")].map((sample) => {
            const kind = [...sample.classList].find((c) => c.startsWith("map-link--"))!;
            const focused = document.querySelector("svg.map-svg")!.classList.contains("has-focus");
            // What the diagram draws for that kind of line now: its focus's lines, or unfocused its routes.
            const drawn = document.querySelector(`svg.map-svg .map-link.${kind}${focused ? ".is-on" : ""}`);
            const chip = sample.closest("svg")!;
            return {
              kind,
              stroke: strokeOf(sample).stroke,
              dash: strokeOf(sample).strokeDasharray,
              drawnStroke: drawn ? strokeOf(drawn).stroke : null,
              drawnDash: drawn ? strokeOf(drawn).strokeDasharray : null,
              chip: getComputedStyle(chip).backgroundColor,
              frame,
            };
          });
        });
        expect(samples.length, path).toBe(5);
        for (const sample of samples) {
          const where = `${path} ${sample.kind}`;
          // On the diagram's own paper, in its colour and dash pattern (a skill's links are drawn only for a focus).
          expect(sample.chip, where).toBe(sample.frame);
          if (sample.drawnStroke) {
            expect(sample.stroke, where).toBe(sample.drawnStroke);
            expect(sample.dash === "none", where).toBe(sample.drawnDash === "none");
          } else expect(path, `${sample.kind}: a skill's links are drawn for its focus`).not.toBe("/map?focus=skill:python");
          expect(contrast(sample.stroke, sample.chip), where).toBeGreaterThanOrEqual(3);
          // The sample's paper stands out from the dark page.
          expect(contrast(sample.chip, "rgb(20, 24, 31)"), where).toBeGreaterThanOrEqual(3);
        }
      }
    });
  }

  for (const path of [
    "/map",
    "/map?focus=role:cto",
    "/map?technology=figma",
    "/map?kind=cloud&cluster=infrastructure-cloud&hot=1&focus=role:cloud-engineer",
  ]) {
    test(`has no accessibility violations: ${path}`, async ({ page }) => {
      // axe over the map's elements takes many seconds on this 2-core machine, more when it is busy.
      test.slow();
      await page.goto(path);
      await waitForHydration(page);
      await expectNoAxeViolations(page);
    });
  }
});

/** WCAG's contrast ratio of two opaque rgb() colours as getComputedStyle writes them. */
function contrast(a: string, b: string): number {
  const luminance = (colour: string) => {
    const [r, g, bl] = colour
      .match(/\d+(\.\d+)?/g)!
      .slice(0, 3)
      .map((v) => Number(v) / 255);
    const linear = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * linear(r!) + 0.7152 * linear(g!) + 0.0722 * linear(bl!);
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}
