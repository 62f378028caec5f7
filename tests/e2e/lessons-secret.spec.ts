import type { BrowserContext, Page, Request } from "@playwright/test";
import { extractText } from "unpdf";
import { expect, expectNoAxeViolations, expectNoHorizontalOverflow, test, waitForHydration, LARGEST_LESSON_ROLES } from "./fixtures";

/**
 * A saved lesson stays reachable and its edit secret stays out of addresses (docs/decisions/009-lesson-bundles.md,
 * amendment of December 2026): after saving, a reload shows the result with both links; the key travels in a cookie
 * for the lesson's private pages, so no request the browser makes (`.data` requests of client navigations included)
 * carries it in its URL or its Referer, except the one document request that opens an edit link. The copy buttons copy,
 * the browser can be told to forget the key, an edit link opened from another site works, and the lesson's handout
 * prints on one page. Each test makes at most two lessons (the server allows 10 per 10 minutes per client).
 */

/** Every request of a browser context: its URL, its Referer and whether it is a document navigation. */
function recordRequests(context: BrowserContext): { url: string; referer: string | undefined; navigation: boolean }[] {
  const seen: { url: string; referer: string | undefined; navigation: boolean }[] = [];
  context.on("request", (request: Request) => {
    seen.push({ url: request.url(), referer: request.headers()["referer"], navigation: request.isNavigationRequest() });
  });
  return seen;
}

async function makeLesson(page: Page, title: string): Promise<{ code: string; studentUrl: string; editUrl: string; key: string }> {
  await page.goto("/lessons/new");
  await waitForHydration(page);
  await page.locator("form.lesson-form").getByLabel("Title", { exact: true }).fill(title);
  await page.getByRole("checkbox", { name: "Software Engineer", exact: true }).check();
  await page.getByRole("checkbox", { name: "Data Scientist", exact: true }).check();
  await page.getByRole("button", { name: "Save the lesson" }).click();
  await expect(page.getByRole("heading", { name: `“${title}” is ready` })).toBeVisible();
  await expect(page).toHaveURL(/\/lessons\/[0-9a-z]{10}\/saved$/);
  const studentUrl = (await page.getByTestId("student-url").textContent())!;
  const editUrl = (await page.getByTestId("edit-url").textContent())!.trim();
  const key = new URL(editUrl).searchParams.get("key")!;
  expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
  return { code: new URL(studentUrl).pathname.split("/")[2]!, studentUrl, editUrl, key };
}

test.describe("a saved lesson and its edit secret", () => {
  // A client of its own (as behind the proxy the test server trusts), so these lessons do not spend lessons.spec.ts's
  // creation limit.
  test.use({ extraHTTPHeaders: { "X-Forwarded-For": "198.51.100.150" } });

  test("survives a reload with both links and copy buttons; the key is in no request URL or Referer; the browser forgets it on request", async ({
    page,
    context,
    baseURL,
  }) => {
    test.slow();
    const requests = recordRequests(context);
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
    const { code, studentUrl, editUrl, key } = await makeLesson(page, "Reload me");
    await expectNoAxeViolations(page);

    // F5: the same page, both links, the QR code.
    await page.reload();
    await waitForHydration(page);
    await expect(page.getByRole("heading", { name: "“Reload me” is ready" })).toBeVisible();
    await expect(page.getByTestId("student-url")).toHaveText(studentUrl);
    await expect(page.getByTestId("edit-url")).toHaveText(editUrl);
    await expect(page.getByRole("img", { name: /QR code: opens the lesson/ })).toBeVisible();

    // The copy buttons put each link on the clipboard and say so.
    for (const [label, text] of [
      ["Copy the student link", studentUrl],
      ["Copy the edit link", editUrl],
    ] as const) {
      const button = page.getByRole("button", { name: label });
      await button.click();
      await expect(button.locator("xpath=..").getByRole("status")).toHaveText("Copied");
      expect(await page.evaluate(() => navigator.clipboard.readText()), label).toBe(text);
    }

    // The key lives in a cookie for this lesson's private pages only: HttpOnly, Lax, short-lived.
    const [cookie] = (await context.cookies()).filter((c) => c.name === "atlas_lesson_key");
    expect(cookie).toMatchObject({ path: `/lessons/${code}/`, httpOnly: true, sameSite: "Lax" });
    expect(cookie!.expires * 1000 - Date.now()).toBeGreaterThan(25 * 60_000);
    expect(cookie!.expires * 1000 - Date.now()).toBeLessThanOrEqual(30 * 60_000 + 5_000);

    // To the edit page by the app's own link (a client navigation: a .data request), an edit saved there, then out
    // to the student page and the handout.
    await page.getByRole("link", { name: "Open the edit page" }).click();
    await expect(page).toHaveURL(`${new URL(studentUrl).origin}/lessons/${code}/edit`);
    await page.locator("form.lesson-form").getByLabel("Title", { exact: true }).fill("Reload me, edited");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
    await page
      .getByRole("link", { name: studentUrl.replace(/^https?:\/\/[^/]+/, "") })
      .first()
      .click();
    await expect(page.getByRole("heading", { level: 1, name: "Reload me, edited" })).toBeVisible();
    await page.getByRole("link", { name: "One-page handout of this lesson" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Reload me, edited" })).toBeVisible();

    // The edit link itself, opened as from a bookmark: one document request with the key, answered with a 303 to the
    // address without it.
    const opened = await page.goto(editUrl);
    expect(opened!.request().redirectedFrom()?.url()).toBe(editUrl);
    expect(page.url()).toBe(`${new URL(studentUrl).origin}/lessons/${code}/edit`);
    await waitForHydration(page);
    await page
      .getByRole("link", { name: studentUrl.replace(/^https?:\/\/[^/]+/, "") })
      .first()
      .click();
    await expect(page.getByRole("heading", { level: 1, name: "Reload me, edited" })).toBeVisible();

    const withKey = requests.filter((r) => r.url.includes(key));
    expect(withKey.map((r) => r.url)).toEqual([editUrl]);
    expect(withKey.every((r) => r.navigation)).toBe(true);
    expect(requests.some((r) => r.url.includes(".data"))).toBe(true);
    expect(requests.filter((r) => r.url.includes(".data") && r.url.includes("key="))).toEqual([]);
    expect(requests.filter((r) => r.referer?.includes(key))).toEqual([]);

    // "Forget": the cookie is gone and the saved page no longer shows the edit link.
    await page.goto(`/lessons/${code}/saved`);
    await waitForHydration(page);
    await page.getByRole("button", { name: "Forget the edit link on this computer" }).click();
    await expect(page.getByRole("status").filter({ hasText: "This browser has forgotten the lesson's edit link" })).toBeVisible();
    await expect(page.getByTestId("edit-url")).toHaveCount(0);
    await expect(page.getByTestId("student-url")).toHaveText(studentUrl);
    expect((await context.cookies()).filter((c) => c.name === "atlas_lesson_key")).toEqual([]);
    await expectNoAxeViolations(page);
  });

  test("an edit link opened from another site (as from webmail) opens the edit page", async ({ page, browser }) => {
    const { editUrl } = await makeLesson(page, "From webmail");
    const counselor = await browser.newContext();
    const mail = await counselor.newPage();
    // A page of another site, served by Playwright itself (no network): the click is a cross-site navigation.
    await mail.route("http://webmail.example/", (route) =>
      route.fulfill({ contentType: "text/html", body: `<!doctype html><title>Mail</title><a href="${editUrl}">Edit your lesson</a>` }),
    );
    await mail.goto("http://webmail.example/");
    await mail.getByRole("link", { name: "Edit your lesson" }).click();
    await expect(mail.locator("form.lesson-form").getByLabel("Title", { exact: true })).toHaveValue("From webmail");
    expect(mail.url()).toBe(editUrl.replace(/\?key=.*$/, ""));
    await counselor.close();
  });

  test("the lesson handout prints the largest lesson on one Letter and one A4 page, with figures, sources and the QR code", async ({
    page,
    baseURL,
  }) => {
    test.slow();
    const roles = [...LARGEST_LESSON_ROLES];
    const long = (n: number) =>
      `Question ${n}: ${"which part of this work would you enjoy, and which would you find hard? ".repeat(4)}`.slice(0, 300);
    const form = new URLSearchParams({
      title: `A full lesson ${"with a long title ".repeat(6)}`.slice(0, 120),
      note: "n ".repeat(300).trim(),
    });
    for (const slug of roles) form.append("roles", slug);
    for (const slug of roles) form.append("questions", `${slug}:1`);
    for (let i = 1; i <= 4; i++) form.append("ownQuestion", long(i));
    const made = await page.request.post("/lessons/new", {
      data: form.toString(),
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: baseURL! },
      maxRedirects: 0,
    });
    expect(made.status()).toBe(303);
    const code = made.headers()["location"]!.split("/")[2]!;

    await page.goto(`/lessons/${code}/handout`);
    await waitForHydration(page);
    const table = page.locator("table.lesson-handout-table");
    await expect(table.locator("tbody tr")).toHaveCount(8);
    await expect(table.locator("thead")).toContainText("Median pay, May 2024");
    await expect(table.locator("thead")).toContainText("Growth, 2024–34");
    // Each figure carries its numbered source; each median its OEWS spread (15-1254 Web developers, May 2024), and
    // the low end is said not to be a starting salary.
    await expect(table.locator("tbody tr").first().locator("td").first()).toContainText("10th–90th percentile: $48,560 to $162,870");
    await expect(page.locator(".lesson-handout__caveat")).toContainText("The 10th percentile is not a starting salary.");
    await expect(table.locator("tbody tr").first().locator(".source-ref")).not.toHaveCount(0);
    await expect(page.locator(".handout-sources li")).not.toHaveCount(0);
    await expect(page.locator(".lesson-handout__questions li")).toHaveCount(12);
    await expect(page.getByRole("img", { name: /QR code: opens the lesson/ })).toBeVisible();
    await expect(page.locator(".handout-qr figcaption a")).toHaveAttribute("href", `${baseURL}/lessons/${code}`);
    await expect(page.locator(".handout-citation")).toContainText(/Career Atlas data version v\d+-[0-9a-f]{8}/);
    await expectNoAxeViolations(page);
    for (const format of ["Letter", "A4"] as const) {
      const { totalPages, text } = await extractText(new Uint8Array(await page.pdf({ format })), { mergePages: true });
      expect(totalPages, format).toBe(1);
      expect(text, format).toContain("Question 4");
    }
    await page.setViewportSize({ width: 360, height: 800 });
    await expectNoHorizontalOverflow(page, "the lesson handout");
  });

  test("the saved and edit pages do not scroll sideways on a phone", async ({ page }) => {
    const { editUrl, code } = await makeLesson(page, "On a phone");
    for (const width of [360, 412]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`/lessons/${code}/saved`);
      await expectNoHorizontalOverflow(page, "the saved page");
      await page.goto(editUrl);
      await page.locator("details.lesson-edit__link").evaluate((d: HTMLDetailsElement) => (d.open = true));
      await expectNoHorizontalOverflow(page, "the edit page");
    }
  });
});
