import { expect, expectNoAxeViolations, test, waitForHydration } from "./fixtures";

/**
 * "Cite this page" on every page that shows figures (issue 15, item 10): one shared block naming the page, Career
 * Atlas, the data version, the sources with their data years, the address (pinned to the data version where the page
 * takes `data=`) and the reader's access date, with a button that copies it, and one that copies the pinned link.
 */
const PAGES: { path: string; title: string; pinnable: boolean }[] = [
  { path: "/", title: "Tech careers and their job outlook", pinnable: false },
  { path: "/roles", title: "Find a tech role", pinnable: false },
  { path: "/roles/back-end-developer", title: "Back-End Developer", pinnable: true },
  { path: "/occupations", title: "Every occupation", pinnable: false },
  { path: "/occupations/15-1252", title: "Software developers", pinnable: false },
  { path: "/compare?roles=back-end-developer,data-scientist", title: "Compare Back-End Developer and Data Scientist", pinnable: true },
  { path: "/skills/python", title: "Python: roles, outlook and evidence", pinnable: false },
  { path: "/technologies/python", title: "Python: occupations and tech roles that ask for it", pinnable: false },
  { path: "/paths/cto", title: "Chief Technology Officer (CTO): career ladder and next rungs", pinnable: false },
  { path: "/explore/skills?have=Python&have=SQL", title: "Careers for Python, SQL", pinnable: true },
  { path: "/explore/interests?like=artistic", title: "Careers for Artistic interests", pinnable: true },
];

test.describe("cite this page", () => {
  test("every page with figures cites its title, Career Atlas, the data version, the sources with data years and the access date", async ({
    page,
    baseURL,
  }) => {
    test.slow();
    for (const { path, title, pinnable } of PAGES) {
      await page.goto(path);
      await waitForHydration(page);
      await expect(page.getByRole("heading", { name: "Cite this page", exact: true }), path).toHaveCount(1);
      const citation = page.locator("#cite-this-page-text");
      const text = (await citation.textContent())!;
      expect(text, path).toContain(`“${title}`);
      expect(text, path).toMatch(/Career Atlas, data version v\d+-[0-9a-f]{8} \(loaded [A-Z][a-z]+ \d{1,2}, \d{4}\)\./);
      // The sources, each with its data year or release.
      expect(text, path).toMatch(/Sources: .*, release \d{2,4}/);
      expect(text, path).toMatch(/Accessed [A-Z][a-z]+ \d{1,2}, \d{4}\.$/);
      const address = (await page.locator("#cited-address").textContent())!;
      expect(address.startsWith(`${baseURL}${path.split("?")[0]}`), path).toBe(true);
      if (pinnable) {
        expect(address, path).toMatch(/[?&]data=v\d+-[0-9a-f]{8}$/);
        await expect(page.getByRole("button", { name: "Copy link" }), path).toBeVisible();
      } else {
        expect(address, path).not.toContain("data=");
        await expect(page.getByRole("button", { name: "Copy link" }), path).toHaveCount(0);
      }
    }
  });

  test("'Copy the citation' and 'Copy link' put the citation and the pinned link on the clipboard", async ({ page, context, baseURL }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
    await page.goto("/explore/skills?have=Python&have=SQL");
    await waitForHydration(page);
    const citation = (await page.locator("#cite-this-page-text").textContent())!;
    const copyCitation = page.getByRole("button", { name: "Copy the citation" });
    await copyCitation.click();
    await expect(copyCitation.locator("xpath=..").getByRole("status")).toHaveText("Copied");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(citation);
    const copyLink = page.getByRole("button", { name: "Copy link" });
    await copyLink.click();
    await expect(copyLink.locator("xpath=..").getByRole("status")).toHaveText("Copied");
    const pinned = await page.evaluate(() => navigator.clipboard.readText());
    expect(pinned).toMatch(/\/explore\/skills\?have=Python&have=SQL&data=v\d+-[0-9a-f]{8}$/);
    // The pinned link opens the same list.
    await page.goto(pinned);
    await expect(page.getByRole("heading", { name: "Cite this page", exact: true })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
