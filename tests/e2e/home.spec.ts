import { expect, expectNoAxeViolations, test, waitForHydration } from "./fixtures";

test.describe("the first page", () => {
  test("lists at least 30 roles with their growth, median pay and data year", async ({ page }) => {
    const response = await page.goto("/");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tech careers: the outlook at a glance");
    const roleLinks = page
      .getByRole("region", { name: "Every role, by career cluster" })
      .getByRole("link")
      .filter({ hasNotText: "role finder" });
    expect(await roleLinks.count()).toBeGreaterThanOrEqual(30);
    const backEnd = page.locator(".browse li").filter({ hasText: "Back-End Developer" });
    await expect(backEnd).toContainText("+7.5% (2024–34)");
    await expect(backEnd).toContainText("$90,930 (May 2024)");
    const web = page.locator("#growth-chart tbody tr").filter({ hasText: "Web developers" });
    await expect(web).toContainText("+7.5%");
    await expect(web).toContainText("Back-End Developer");
    await expect(page.getByRole("region", { name: "Highest median pay" })).toContainText("May 2024");
    // Every figure links to its source in the list at the foot of the page.
    await expect(page.locator("#source-bls-ep-2024-34")).toContainText("U.S. Bureau of Labor Statistics");
    await waitForHydration(page);
  });

  // The audit: on a phone the chart's value labels ran into the occupation names (−0.7% over "Database administrators"),
  // and on a desktop the dashed all-occupations line ran through "+1.8%" and "+0.9%".
  for (const width of [360, 1280]) {
    test(`the growth chart's labels neither overlap nor leave the chart, and sit over the dashed line, at ${width} px`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto("/");
      await waitForHydration(page);
      const chart = page.locator("#growth-chart .chart__box");
      await chart.scrollIntoViewIfNeeded();
      await expect(page.locator("#growth-chart .recharts-surface")).toBeVisible();
      const { boxes, surface, haloes } = await page.locator("#growth-chart .recharts-surface").evaluate((svg) => {
        const texts = [...svg.querySelectorAll("text")].filter((t) => (t.textContent ?? "").trim() !== "");
        return {
          surface: svg.getBoundingClientRect().toJSON() as DOMRect,
          boxes: texts.map((t) => ({ text: t.textContent!, ...(t.getBoundingClientRect().toJSON() as DOMRect) })),
          // The occupations' names (no "%") and the bars' values ("+33.5%"), not the ticks or the line's label.
          haloes: texts.filter((t) => /^[+−]?\d+\.\d%$|^[^%]+$/.test(t.textContent!)).map((t) => getComputedStyle(t).paintOrder),
        };
      });
      expect(boxes.length).toBeGreaterThan(36); // 18 names, 18 values, ticks and the line's label
      const overlaps: string[] = [];
      for (const [i, a] of boxes.entries()) {
        expect.soft(a.left >= surface.left - 1 && a.right <= surface.right + 1, `“${a.text}” inside the chart`).toBe(true);
        for (const b of boxes.slice(i + 1))
          if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1)
            overlaps.push(`${a.text} / ${b.text}`);
      }
      expect(overlaps).toEqual([]);
      // Names and values are drawn with a band of the page's colour around them, over the line.
      expect(haloes).toHaveLength(36);
      expect(new Set(haloes)).toEqual(new Set(["stroke"]));
    });
  }

  test("has no accessibility violations", async ({ page }) => {
    await page.goto("/");
    await waitForHydration(page);
    await expectNoAxeViolations(page);
  });

  test("is rendered on the server: the roles are in the HTML without JavaScript", async ({ noScriptPage: page }) => {
    await page.goto("/");
    expect(await page.locator(".browse li").count()).toBeGreaterThanOrEqual(30);
    await expect(page.locator(".top-list li").first()).toBeVisible();
    // The roles under each occupation read as a list: "DevOps Engineer, Lead Developer", no space before a comma.
    const roles = await page.locator(".top-list__roles").allTextContents();
    expect(roles.some((text) => text.includes(", "))).toBe(true);
    for (const text of roles) expect(text).not.toMatch(/\s,|^,|,$|,\S/);
    // The chart's summary names the fastest-growing occupation as a label, not as the subject of a verb.
    await expect(page.locator(".chart__summary").first()).toContainText("Fastest growth: ");
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

test.describe("the page cache", () => {
  test("replays a page with a hash-based policy under which it still hydrates and runs its charts", async ({ page, request }) => {
    // Warm the cache, then load the replay in the browser.
    await request.get("/roles/back-end-developer");
    const response = await page.goto("/roles/back-end-developer");
    expect(response?.headers()["x-cache"]).toBe("hit");
    const policy = response?.headers()["content-security-policy"] ?? "";
    expect(policy).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
    expect(policy).not.toContain("nonce-");
    await waitForHydration(page);
    await page.locator("#chart-growth .chart__box").scrollIntoViewIfNeeded();
    await expect(page.locator("#chart-growth .recharts-surface")).toBeVisible();
  });
});

test.describe("hydration scripts", () => {
  test("start loading after the first contentful paint, and leave the DOM as React Router rendered it", async ({ page, request }) => {
    // The server HTML holds the preloads (in the head, where React hoists them) and the module script in inert
    // templates, followed by the loader.
    const html = await (await request.get("/")).text();
    const head = html.slice(0, html.indexOf("</head>"));
    expect(head).toMatch(/<template data-after-paint>(<link rel="modulepreload" href="\/assets\/[^"]+\.js"[^>]*\/>)+<\/template>/);
    expect(head).not.toMatch(/<link rel="modulepreload"[^>]*>(?![\s\S]*<\/template>)/);
    expect(html).toMatch(/<template data-after-paint><script[^>]* type="module"/);

    await page.goto("/");
    await waitForHydration(page);
    const timing = await page.evaluate(() => ({
      firstContentfulPaint: performance.getEntriesByName("first-contentful-paint")[0]?.startTime,
      firstScript: Math.min(
        ...performance
          .getEntriesByType("resource")
          .filter((entry) => new URL(entry.name).pathname.startsWith("/assets/") && entry.name.endsWith(".js"))
          .map((entry) => entry.startTime),
      ),
      templates: document.querySelectorAll("template[data-after-paint]").length,
      loaders: [...document.scripts].filter((script) => script.text.includes("data-after-paint")).length,
    }));
    expect(timing.firstContentfulPaint).toBeGreaterThan(0);
    expect(timing.firstScript).toBeGreaterThanOrEqual(timing.firstContentfulPaint!);
    expect(timing.templates).toBe(0);
    expect(timing.loaders).toBe(0);
  });
});
