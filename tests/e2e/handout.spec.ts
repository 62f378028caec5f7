import type { Page } from "@playwright/test";
import { extractText } from "unpdf";
import { expect, expectNoAxeViolations, test, waitForHydration } from "./fixtures";

declare global {
  interface Window {
    /** How often the page called window.print() (the screen test replaces it with a counter). */
    printCalls: number;
  }
}

/**
 * One-page handouts, printed to PDF by headless Chromium as a counselor's browser would print them: every role on
 * exactly one Letter page and one A4 page, the PDF's own text (read back with pdf.js, through unpdf) carrying the
 * figures and the citation. Printing is the slow part of the suite, so each journey prints several handouts, and
 * each handout is printed once per paper size and checked for everything at once.
 */

/** Every role but the back-end developer, which has a journey of its own (the same checks, plus its published figures). */
const ROLES = [
  "front-end-developer",
  "full-stack-developer",
  "web-developer",
  "mobile-developer",
  "software-engineer",
  "junior-developer",
  "senior-software-engineer",
  "qa-engineer",
  "devops-engineer",
  "site-reliability-engineer",
  "cloud-engineer",
  "solutions-architect",
  "data-engineer",
  "data-scientist",
  "machine-learning-engineer",
  "security-analyst",
  "database-administrator",
  "database-architect",
  "network-architect",
  "systems-administrator",
  "it-support-specialist",
  "network-support-specialist",
  "ux-ui-designer",
  "technical-writer",
  "computer-programmer",
  "research-scientist",
  "systems-analyst",
  "it-project-manager",
  "lead-developer",
  "software-architect",
  "engineering-manager",
  "director-of-engineering",
  "cto",
];

/** The projection periods every role's handout is printed in: the latest (no parameter) and the oldest. */
const VINTAGES = ["", "?vintage=2022-32"];

/** Roles per journey: enough to spread the printing over the workers, few enough that a journey stays short. */
const ROLES_PER_JOURNEY = 6;

/** The longest comparisons we know of: four roles, the densest vintage (2022-32 adds a second median wage per occupation). */
const DENSE_COMPARISONS = [
  "/compare/handout?roles=back-end-developer,front-end-developer,junior-developer,senior-software-engineer&vintage=2022-32",
  "/compare/handout?roles=solutions-architect,back-end-developer,ux-ui-designer,security-analyst&vintage=2022-32",
  "/compare/handout?roles=network-support-specialist,machine-learning-engineer,site-reliability-engineer,cto&vintage=2022-32",
  "/compare/handout?roles=lead-developer,software-architect,it-project-manager,director-of-engineering",
  "/compare/handout?roles=data-scientist,cto",
];

const CITATION = /^Source: .+, data year 20\d\d–\d\d.*; Career Atlas data version v\d+-[0-9a-f]{8} loaded \w+ \d{1,2}, \d{4}\.$/;

/** Text compared without whitespace: the PDF breaks lines (and after hyphens) where the screen may not. */
const squeeze = (text: string) => text.normalize("NFKC").replace(/\s+/g, "");

/** A printed PDF as pdf.js reads it: its page count and the text it shows, squeezed. */
async function readPdf(pdf: Buffer): Promise<{ pages: number; text: string }> {
  const { totalPages, text } = await extractText(new Uint8Array(pdf), { mergePages: true });
  return { pages: totalPages, text: squeeze(text) };
}

/**
 * Opens a handout and prints it on Letter and on A4. Each PDF must be one page and carry what the page prints: each
 * quick-fact figure, the citation and the QR code's address (read from the DOM: textContent does not depend on the
 * media, so no print emulation is needed, and page.pdf() prints the print styles). Checks are soft, so one journey
 * reports every handout that fails. Returns the page's essentials and the squeezed text of each PDF.
 */
async function expectOnePageHandout(page: Page, path: string) {
  const response = await page.goto(path);
  expect.soft(response?.status(), path).toBe(200);
  const { figures, citation, address } = await page.evaluate(() => ({
    figures: [...document.querySelectorAll(".handout-facts__value, .handout-compare-table strong")].map((e) => e.textContent ?? ""),
    citation: document.querySelector(".handout-citation")?.textContent ?? "",
    address: document.querySelector(".handout-qr figcaption a")?.textContent ?? "",
  }));
  expect.soft(citation, `${path}: the citation`).not.toBe("");
  expect.soft(address, `${path}: the QR code's address`).not.toBe("");
  const texts: Record<string, string> = {};
  for (const format of ["Letter", "A4"] as const) {
    const { pages, text } = await readPdf(await page.pdf({ format }));
    texts[format] = text;
    expect.soft(pages, `${path} on ${format}`).toBe(1);
    for (const figure of figures) expect.soft(text, `${path}: ${figure} in the ${format} PDF`).toContain(squeeze(figure));
    expect.soft(text, `${path}: citation in the ${format} PDF`).toContain(squeeze(citation));
    expect.soft(text, `${path}: QR address in the ${format} PDF`).toContain(squeeze(address));
  }
  return { figures, citation, address, letter: texts.Letter!, a4: texts.A4! };
}

/**
 * A role's handout in every period we print (latest first): at least the four quick facts, and a citation naming the
 * data version. Returns each period's printout.
 */
async function expectRoleHandouts(page: Page, slug: string) {
  const printed = [];
  for (const vintage of VINTAGES) {
    const handout = await expectOnePageHandout(page, `/roles/${slug}/handout${vintage}`);
    expect.soft(handout.figures.length, `${slug}${vintage}: quick facts printed`).toBeGreaterThanOrEqual(4);
    expect.soft(handout.citation, `${slug}${vintage}: citation`).toMatch(CITATION);
    printed.push(handout);
  }
  return printed;
}

test.describe("one-page handouts", () => {
  for (let first = 0; first < ROLES.length; first += ROLES_PER_JOURNEY) {
    const roles = ROLES.slice(first, first + ROLES_PER_JOURNEY);
    test(`${roles[0]} … ${roles.at(-1)}: one page on Letter and on A4, latest and 2022-32, with figures, citation and QR address in the PDF`, async ({
      page,
    }) => {
      test.setTimeout(30_000 * roles.length);
      for (const slug of roles) await test.step(slug, () => expectRoleHandouts(page, slug));
    });
  }

  test("back-end developer: one page on Letter and on A4, and the PDF carries the published figures, the layers of AI impact and the pinned address", async ({
    page,
  }) => {
    test.setTimeout(60_000);
    const [latest] = await expectRoleHandouts(page, "back-end-developer");
    const { address, letter, a4 } = latest!;
    const tag = /data=(v\d+-[0-9a-f]{8})$/.exec(address)?.[1];
    expect(tag, "the QR code is pinned to a data version").toBeTruthy();
    for (const [format, text] of [
      ["Letter", letter],
      ["A4", a4],
    ] as const) {
      for (const expected of [
        "Median annual pay, May 2024",
        "$90,930",
        "Projected growth, 2024–34",
        "+7.5%",
        "About 2.4 times the all-occupations rate of +3.1%",
        "5,400",
        "86,000",
        "Web developers (this role), SOC 15-1254",
        "Top hot skills",
        "Amazon Web Services (AWS)",
        "Full-Stack Developer (technical track, 2–4 years)",
        "not a forecast of job loss",
        "Official statements (BLS)",
        "Research: exposure to AI",
        "Editorial notes",
        "0.93",
        "0.63",
        `Career Atlas data version ${tag} loaded`,
        "Source: U.S. Bureau of Labor Statistics, Employment Projections program, Employment Projections 2024-34",
        `/roles/back-end-developer?vintage=2024-34&data=${tag}`,
        "Used under the CC BY 4.0 license",
      ]) {
        expect.soft(text, `${expected} in the ${format} PDF`).toContain(squeeze(expected));
      }
      // Screen-only controls and the site's chrome are not printed.
      for (const screenOnly of ["Print this handout", "Back to the Back-End Developer profile", "Skip to content"])
        expect.soft(text, `${screenOnly} not in the ${format} PDF`).not.toContain(squeeze(screenOnly));
    }
  });

  test("the densest comparisons: one page on Letter and on A4, with figures, citation and pinned QR address in the PDF", async ({
    page,
  }) => {
    test.setTimeout(30_000 * DENSE_COMPARISONS.length);
    for (const path of DENSE_COMPARISONS) {
      await test.step(new URL(path, "http://x").searchParams.get("roles")!, async () => {
        const { figures, address } = await expectOnePageHandout(page, path);
        expect.soft(figures.length, `${path}: figures printed`).toBeGreaterThan(0);
        expect.soft(address, path).toMatch(/\/compare\?roles=[a-z,-]+&vintage=20\d\d-\d\d&data=v\d+-[0-9a-f]{8}$/);
      });
    }
  });

  test("on screen: a Print button and a back link, hidden in print, black on white, no axe violations", async ({ page }) => {
    await page.addInitScript(() => {
      window.printCalls = 0;
      window.print = () => {
        window.printCalls += 1;
      };
    });
    await page.goto("/roles/data-scientist/handout");
    await waitForHydration(page);
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Print this handout" }).click();
    expect(await page.evaluate(() => window.printCalls)).toBe(1);
    await expect(
      page.getByText("Your browser's Print command (Ctrl+P, or ⌘P on a Mac) prints it: the handout fits one Letter or A4 page"),
    ).toBeVisible();

    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("button", { name: "Print this handout" })).toBeHidden();
    await expect(page.getByRole("link", { name: "← Back to the Data Scientist profile" })).toBeHidden();
    await expect(page.locator(".site-header")).toBeHidden();
    await expect(page.locator(".site-footer")).toBeHidden();
    const colours = await page.locator(".handout").evaluate((sheet) => {
      const seen = new Set<string>();
      for (const element of [sheet, ...sheet.querySelectorAll("*")]) {
        const style = getComputedStyle(element);
        if (element.textContent?.trim() && style.display !== "none") seen.add(style.color);
      }
      return { text: [...seen], background: getComputedStyle(document.body).backgroundColor };
    });
    expect(colours.text).toEqual(["rgb(0, 0, 0)"]);
    expect(["rgb(255, 255, 255)", "rgba(0, 0, 0, 0)"]).toContain(colours.background);
    await page.emulateMedia({ media: null });

    await page.getByRole("link", { name: "← Back to the Data Scientist profile" }).click();
    await expect(page).toHaveURL(/\/roles\/data-scientist$/);
  });

  test("works without JavaScript: the figures, the QR code and the hint to use the browser's Print", async ({ noScriptPage: page }) => {
    await page.goto("/roles/qa-engineer/handout?vintage=2023-33");
    await expect(page.getByRole("heading", { level: 1, name: "QA Engineer" })).toBeVisible();
    await expect(
      page.getByText("Your browser's Print command (Ctrl+P, or ⌘P on a Mac) prints it: the handout fits one Letter or A4 page"),
    ).toBeVisible();
    await expect(page.getByRole("button", { name: "Print this handout" })).toHaveCount(0);
    await expect(page.getByRole("img", { name: /^QR code: opens the QA Engineer profile/ })).toBeVisible();
    await expect(page.locator(".handout-chart__svg rect")).not.toHaveCount(0);
    await expect(page.locator(".handout-qr figcaption a")).toHaveText(/\/roles\/qa-engineer\?vintage=2023-33&data=v\d+-[0-9a-f]{8}$/);
    expect((await readPdf(await page.pdf({ format: "A4" }))).pages).toBe(1);
  });

  test("the profile and the comparison link to their handouts; the comparison handout has no axe violations", async ({ page }) => {
    await page.goto("/roles/cloud-engineer?vintage=2023-33");
    await waitForHydration(page);
    await page.getByRole("link", { name: "Print a one-page handout" }).click();
    await expect(page).toHaveURL(/\/roles\/cloud-engineer\/handout\?vintage=2023-33$/);
    await expect(page.getByRole("heading", { level: 1, name: "Cloud Engineer" })).toBeVisible();

    await page.goto("/compare?roles=back-end-developer,data-scientist,cto");
    await waitForHydration(page);
    await page.getByRole("link", { name: "Print a one-page handout" }).click();
    await expect(page).toHaveURL(/\/compare\/handout\?roles=back-end-developer,data-scientist,cto$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Compare: Back-End Developer, Data Scientist and Chief Technology Officer (CTO)",
    );
    // Under each median, the OEWS spread of its survey (the CTO's 90th percentile is top-coded), said to be the whole
    // occupation's and not a starting salary; on the one printed page too.
    const spreads = page.getByRole("row", { name: /^10th–90th percentile, May 2024/ });
    await expect(spreads).toContainText("$48,560 to $162,870");
    await expect(spreads).toContainText("$104,450 to $239,200 or more");
    const factsNote = page.getByRole("region", { name: "Quick facts" }).locator(".handout-more");
    await expect(factsNote).toContainText("Each role’s figures are its whole occupation’s");
    await expect(factsNote).toContainText("The 10th percentile is not a starting salary.");
    const printed = await readPdf(await page.pdf({ format: "Letter" }));
    expect(printed.pages).toBe(1);
    expect(printed.text).toContain(squeeze("$104,450 to $239,200 or more"));
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: "← Back to the comparison" }).click();
    await expect(page).toHaveURL(/\/compare\?roles=back-end-developer,data-scientist,cto$/);
  });

  test("answers bad input with a 4xx and a message, never a 500", async ({ page, request, expectErrorStatusFor }) => {
    const cases: [string, number, RegExp][] = [
      ["/roles/back-end-developer/handout?vintage=2099-09", 400, /vintage/],
      ["/roles/back-end-developer/handout?data=yesterday", 400, /data version tag/],
      ["/roles/back-end-developer/handout?data=v999-0123abcd", 404, /no data version/i],
      ["/roles/astronaut/handout", 404, /no role at the address/],
      // Words that name a role: its handout offered, still a 404 (issue 12/15 polish).
      [
        "/roles/frontend-developer/handout",
        404,
        /Did you mean <a href="\/roles\/front-end-developer\/handout"[^>]*>Front-End Developer<\/a>/,
      ],
      ["/compare/handout?roles=cto", 400, /needs 2 to 4 roles/],
      ["/compare/handout?roles=cto,qa-engineer,web-developer,data-scientist,data-engineer", 400, /at most 4 roles/],
      ["/compare/handout?roles=cto,data-scientst", 400, /Did you mean “Data Scientist”/],
      ["/compare/handout?roles=cto,qa-engineer&vintage=soon", 400, /vintage/],
      ["/compare/handout?roles=cto,qa-engineer&data=yesterday", 400, /data version tag/],
      ["/compare/handout?roles=cto,qa-engineer&data=v999-0123abcd", 404, /no data version/i],
    ];
    for (const [path, status, message] of cases) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(status);
      expect(await response.text(), path).toMatch(message);
    }
    for (const hostile of ["'; drop table roles;--", "<script>alert(1)</script>", "%00", "🚀", "a".repeat(5000), "../../etc/passwd"]) {
      for (const template of [
        "/roles/cto/handout?vintage=%s",
        "/roles/%s/handout",
        "/compare/handout?roles=%s",
        "/compare/handout?roles=cto,%s",
        "/compare/handout?roles=cto,qa-engineer&data=%s",
      ]) {
        const path = template.replace("%s", encodeURIComponent(hostile).replace(/%25/g, "%"));
        const response = await request.get(path);
        expect(response.status(), path).toBeGreaterThanOrEqual(400);
        expect(response.status(), path).toBeLessThan(500);
      }
    }
    // The error page itself is accessible and says what to do.
    expectErrorStatusFor("/compare/handout?roles=cto");
    await page.goto("/compare/handout?roles=cto");
    await expect(page.getByText("needs 2 to 4 roles")).toBeVisible();
    await expect(page.getByRole("link", { name: "Start a new comparison" })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
