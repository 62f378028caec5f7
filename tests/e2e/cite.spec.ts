import { createLesson, expect, expectNoAxeViolations, test, waitForHydration } from "./fixtures";

/**
 * "Cite this page" on every page that shows figures (issue 15, item 10): one shared block naming the page, Career
 * Atlas, the data version, the sources with their data years, the address (pinned to the data version where the page
 * takes `data=`) and the reader's access date, with a button that copies it, and one that copies the pinned link.
 */
const PAGES: { path: string; title: string; pinnable: boolean; undated?: true }[] = [
  { path: "/", title: "Tech careers and their job outlook", pinnable: false },
  { path: "/roles", title: "Find a tech role", pinnable: true },
  { path: "/roles/back-end-developer", title: "Back-End Developer", pinnable: true },
  { path: "/occupations", title: "Every occupation", pinnable: true },
  { path: "/occupations/15-1252", title: "Software developers", pinnable: true },
  { path: "/compare?roles=back-end-developer,data-scientist", title: "Compare Back-End Developer and Data Scientist", pinnable: true },
  { path: "/skills/python", title: "Python: roles, outlook and evidence", pinnable: false },
  { path: "/technologies/python", title: "Python: occupations and tech roles that ask for it", pinnable: false },
  { path: "/paths/cto", title: "Chief Technology Officer (CTO): career ladder and next rungs", pinnable: false },
  { path: "/explore/skills?have=Python&have=SQL", title: "Careers for Python, SQL", pinnable: true },
  { path: "/explore/interests?like=artistic", title: "Careers for Artistic interests", pinnable: true },
  { path: "/map", title: "Skills map: hot skills, the roles that need them and where they lead", pinnable: false },
  { path: "/map?focus=role:cto", title: "Chief Technology Officer (CTO) on the skills map", pinnable: false },
  { path: "/skills", title: "Skills for tech careers", pinnable: false },
  { path: "/skills?kind=database", title: "Skills: Databases", pinnable: false },
  // Its only figures are the ladders' typical years, from our editorial notes, which have no release.
  { path: "/paths", title: "Career ladders: from first job to CTO", pinnable: false, undated: true },
  { path: "/technologies", title: "Hot and in-demand technologies", pinnable: false },
];

/** A lesson, made through the form's own POST (as print.spec.ts makes one). */
test.describe("cite this page", () => {
  test("every page with figures cites its title, Career Atlas, the data version, the sources with data years and the access date", async ({
    page,
    baseURL,
  }) => {
    test.slow();
    for (const { path, title, pinnable, undated } of PAGES) {
      await page.goto(path);
      await waitForHydration(page);
      await expect(page.getByRole("heading", { name: "Cite this page", exact: true }), path).toHaveCount(1);
      const citation = page.locator("#cite-this-page-text");
      const text = (await citation.textContent())!;
      expect(text, path).toContain(`“${title}`);
      expect(text, path).toMatch(/Career Atlas, data version v\d+-[0-9a-f]{8} \(loaded [A-Z][a-z]+ \d{1,2}, \d{4}\)\./);
      // The sources, each with its data year or release where it has one.
      expect(text, path).toMatch(undated ? /Sources: [^.]+\./ : /Sources: .*, releases? \d{2,4}/);
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

  test("a lesson cites its own title and the data version its figures are kept at, at its own address", async ({
    page,
    request,
    baseURL,
  }) => {
    const { studentPath: path } = await createLesson(request, baseURL!, {
      title: "Citing a lesson",
      roles: ["back-end-developer", "data-scientist"],
      client: "198.51.100.16",
    });
    await page.goto(path);
    await waitForHydration(page);
    const kept = /data version (v\d+-[0-9a-f]{8})/.exec((await page.locator(".lesson__data").textContent())!)?.[1];
    expect(kept, "the lesson's data version").toBeTruthy();
    await expect(page.getByRole("heading", { name: "Cite this page", exact: true })).toHaveCount(1);
    const text = (await page.locator("#cite-this-page-text").textContent())!;
    expect(text).toContain(`“Citing a lesson.” Career Atlas, data version ${kept} (loaded `);
    expect(text).toMatch(/Sources: .*U\.S\. Bureau of Labor Statistics.*, releases? \d{2,4}/);
    expect(text).toMatch(/Accessed [A-Z][a-z]+ \d{1,2}, \d{4}\.$/);
    // The lesson's address already keeps its figures: no data= and no pinned link.
    await expect(page.locator("#cited-address")).toHaveText(`${baseURL}${path}`);
    await expect(page.getByRole("button", { name: "Copy link" })).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test("on the map, the citation follows the focused node without loading the map again", async ({ page, baseURL }) => {
    await page.goto("/map");
    await waitForHydration(page);
    const citation = page.locator("#cite-this-page-text");
    await expect(citation).toContainText("“Skills map: hot skills, the roles that need them and where they lead.”");
    await page.locator(".map-twin").getByRole("link", { name: "Back-End Developer", exact: true }).click();
    await expect(page).toHaveURL(/focus=role:back-end-developer$/);
    await expect(citation).toContainText("“Back-End Developer on the skills map.”");
    await expect(page.locator("#cited-address")).toHaveText(`${baseURL}/map?focus=role:back-end-developer`);
  });

  test("'Copy the citation' and 'Copy link' put the citation and the pinned link on the clipboard", async ({ page, context, baseURL }) => {
    test.slow(); // took over half of the default 30 s in CI on 2 shared cores
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
    expect(pinned).toMatch(/\/explore\/skills\?have=Python&have=SQL&vintage=2024-34&data=v\d+-[0-9a-f]{8}$/);
    // The pinned link opens the same list.
    await page.goto(pinned);
    await expect(page.getByRole("heading", { name: "Cite this page", exact: true })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
