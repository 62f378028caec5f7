import { inflateSync } from "node:zlib";
import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, test, waitForHydration } from "./fixtures";

/**
 * One-page handouts, printed to PDF by headless Chromium as a counselor's browser would print them: every role on
 * exactly one Letter page and one A4 page, the PDF's own text carrying the figures and the citation.
 */

const ROLES = [
  "back-end-developer",
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

/** The longest comparisons we know of: four roles, the densest vintage (2022-32 adds a second median wage per occupation). */
const DENSE_COMPARISONS = [
  "/compare/handout?roles=back-end-developer,front-end-developer,junior-developer,senior-software-engineer&vintage=2022-32",
  "/compare/handout?roles=solutions-architect,back-end-developer,ux-ui-designer,security-analyst&vintage=2022-32",
  "/compare/handout?roles=network-support-specialist,machine-learning-engineer,site-reliability-engineer,cto&vintage=2022-32",
  "/compare/handout?roles=lead-developer,software-architect,it-project-manager,director-of-engineering",
  "/compare/handout?roles=data-scientist,cto",
];

/** Page objects in a PDF (`/Type /Page`, not the `/Type /Pages` tree node). */
function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

/**
 * The text a PDF shows, from its content streams. Chromium writes text as glyph ids in fonts with a ToUnicode
 * map, inside Flate-compressed streams, so this inflates the streams, reads each font's map and decodes the
 * `Tj`/`TJ` strings. (Debian's pdftotext is not installed here; this covers what Chromium writes.)
 */
function pdfText(pdf: Buffer): string {
  const raw = pdf.toString("latin1");
  const objects = new Map<number, { dict: string; stream: string | null }>();
  for (const match of raw.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) {
    const body = match[2]!;
    const at = body.indexOf("stream");
    let dict = body;
    let stream: string | null = null;
    if (at !== -1 && /^stream\r?\n/.test(body.slice(at))) {
      dict = body.slice(0, at);
      let data = body.slice(at).replace(/^stream\r?\n/, "");
      data = data.slice(0, data.lastIndexOf("endstream"));
      const length = /\/Length (\d+)(?! \d+ R)/.exec(dict);
      if (length) data = data.slice(0, Number(length[1]));
      const bytes = Buffer.from(data, "latin1");
      stream = (/\/FlateDecode/.test(dict) ? inflateSync(bytes) : bytes).toString("latin1");
    }
    objects.set(Number(match[1]), { dict, stream });
  }
  const hex = (h: string) => parseInt(h, 16);
  const unicode = (h: string) => String.fromCodePoint(...(h.match(/.{4}/g) ?? []).map(hex));
  const toUnicode = (fontObject: number | undefined): Map<number, string> => {
    const map = new Map<number, string>();
    const ref = /\/ToUnicode (\d+) 0 R/.exec(objects.get(fontObject ?? -1)?.dict ?? "");
    const cmap = ref ? (objects.get(Number(ref[1]))?.stream ?? "") : "";
    for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
      for (const [, code, text] of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(hex(code!), unicode(text!));
    }
    for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
      for (const [, low, high, target] of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]+>|\[[^\]]*\])/g)) {
        if (target!.startsWith("[")) {
          [...target!.matchAll(/<([0-9A-Fa-f]+)>/g)].forEach(([, text], i) => map.set(hex(low!) + i, unicode(text!)));
        } else {
          const first = hex(target!.slice(1, -1));
          for (let code = hex(low!); code <= hex(high!); code++)
            map.set(code, unicode((first + code - hex(low!)).toString(16).padStart(target!.length - 2, "0")));
        }
      }
    }
    return map;
  };
  const fontsByName = new Map<string, number>();
  for (const { dict } of objects.values()) {
    for (const fonts of dict.matchAll(/\/Font\s*<<([^>]*)>>/g)) {
      for (const [, name, object] of fonts[1]!.matchAll(/\/([^\s/]+)\s+(\d+) 0 R/g)) fontsByName.set(name!, Number(object));
    }
  }
  const decode = (glyphs: string, map: Map<number, string>) => (glyphs.match(/.{1,4}/g) ?? []).map((g) => map.get(hex(g)) ?? "").join("");
  let text = "";
  for (const { stream } of objects.values()) {
    if (!stream || !/\bBT\b/.test(stream)) continue;
    let map = new Map<number, string>();
    const operators = /\/([^\s/]+)\s+[\d.]+\s+Tf|\[((?:<[0-9A-Fa-f]*>|[-\d.\s])*)\]\s*TJ|<([0-9A-Fa-f]*)>\s*Tj|\b(Tm|T\*|ET)\b/g;
    for (const [, font, array, glyphs] of stream.matchAll(operators)) {
      if (font) map = toUnicode(fontsByName.get(font));
      else if (array !== undefined) {
        for (const [, part, kern] of array.matchAll(/<([0-9A-Fa-f]*)>|(-?[\d.]+)/g))
          text += part !== undefined ? decode(part, map) : Number(kern) < -200 ? " " : "";
      } else if (glyphs !== undefined) text += decode(glyphs, map);
      else text += "\n";
    }
  }
  return text.normalize("NFKC");
}

/** Text compared without whitespace: the PDF breaks lines (and after hyphens) where the screen may not. */
const squeeze = (text: string) => text.normalize("NFKC").replace(/\s+/g, "");

async function printBothSizes(page: Page) {
  return { Letter: await page.pdf({ format: "Letter" }), A4: await page.pdf({ format: "A4" }) };
}

/**
 * What the page prints that the PDF must carry: each quick-fact figure, the citation, the QR code's address.
 * (Emulation is reset to none, not to "screen": page.pdf() would then print the screen styles.)
 */
async function printedEssentials(page: Page) {
  await page.emulateMedia({ media: "print" });
  const figures = await page.locator(".handout-facts__value, .handout-compare-table strong").allTextContents();
  const citation = (await page.locator(".handout-citation").textContent())!;
  const address = (await page.locator(".handout-qr figcaption a").textContent())!;
  await page.emulateMedia({ media: null });
  return { figures, citation, address };
}

test.describe("one-page handouts", () => {
  for (const slug of ROLES) {
    test(`${slug}: one page on Letter and on A4, in every vintage we check, with its figures and citation in the PDF`, async ({ page }) => {
      test.setTimeout(60_000);
      for (const vintage of ["", "?vintage=2022-32"]) {
        const response = await page.goto(`/roles/${slug}/handout${vintage}`);
        expect(response?.status()).toBe(200);
        const { figures, citation, address } = await printedEssentials(page);
        expect(figures.length, "quick facts printed").toBeGreaterThanOrEqual(4);
        expect(citation).toMatch(
          /^Source: .+, data year 20\d\d–\d\d.*; Career Atlas data version v\d+-[0-9a-f]{8} loaded \w+ \d{1,2}, \d{4}\.$/,
        );
        for (const [format, pdf] of Object.entries(await printBothSizes(page))) {
          expect(pdfPageCount(pdf), `${slug}${vintage} on ${format}`).toBe(1);
          const text = squeeze(pdfText(pdf));
          for (const figure of figures) expect(text, `${figure} in the ${format} PDF`).toContain(squeeze(figure));
          expect(text, `citation in the ${format} PDF`).toContain(squeeze(citation));
          expect(text, `QR address in the ${format} PDF`).toContain(squeeze(address));
        }
      }
    });
  }

  test("the back-end developer's PDF carries the published figures, the layers of AI impact and the pinned address", async ({ page }) => {
    await page.goto("/roles/back-end-developer/handout");
    const tag = (await page.locator(".handout-qr figcaption a").getAttribute("href"))!.match(/data=(v\d+-[0-9a-f]{8})$/)![1]!;
    const text = squeeze(pdfText(await page.pdf({ format: "Letter" })));
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
      expect(text).toContain(squeeze(expected));
    }
    // Screen-only controls and the site's chrome are not printed.
    expect(text).not.toContain(squeeze("Print this handout"));
    expect(text).not.toContain(squeeze("Back to the Back-End Developer profile"));
    expect(text).not.toContain(squeeze("Skip to content"));
  });

  for (const path of DENSE_COMPARISONS) {
    test(`comparison ${new URL(path, "http://x").searchParams.get("roles")}: one page on Letter and on A4`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      const { figures, citation, address } = await printedEssentials(page);
      expect(address).toMatch(/\/compare\?roles=[a-z,-]+&vintage=20\d\d-\d\d&data=v\d+-[0-9a-f]{8}$/);
      for (const [format, pdf] of Object.entries(await printBothSizes(page))) {
        expect(pdfPageCount(pdf), `${path} on ${format}`).toBe(1);
        const text = squeeze(pdfText(pdf));
        for (const figure of figures) expect(text).toContain(squeeze(figure));
        expect(text).toContain(squeeze(citation));
        expect(text).toContain(squeeze(address));
      }
    });
  }

  test("on screen: a Print button and a back link, hidden in print, black on white, no axe violations", async ({ page }) => {
    await page.addInitScript(() => {
      (window as unknown as { printCalls: number }).printCalls = 0;
      window.print = () => {
        (window as unknown as { printCalls: number }).printCalls += 1;
      };
    });
    await page.goto("/roles/data-scientist/handout");
    await waitForHydration(page);
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Print this handout" }).click();
    expect(await page.evaluate(() => (window as unknown as { printCalls: number }).printCalls)).toBe(1);
    await expect(page.getByText("Or use your browser's Print command")).toBeVisible();

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

  test("works without JavaScript: the figures, the QR code and the hint to use the browser's Print", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/roles/qa-engineer/handout?vintage=2023-33");
    await expect(page.getByRole("heading", { level: 1, name: "QA Engineer" })).toBeVisible();
    await expect(page.getByText("Use your browser's Print command")).toBeVisible();
    await expect(page.getByRole("button", { name: "Print this handout" })).toHaveCount(0);
    await expect(page.getByRole("img", { name: /^QR code: opens the QA Engineer profile/ })).toBeVisible();
    await expect(page.locator(".handout-chart__svg rect")).not.toHaveCount(0);
    await expect(page.locator(".handout-qr figcaption a")).toHaveText(/\/roles\/qa-engineer\?vintage=2023-33&data=v\d+-[0-9a-f]{8}$/);
    expect(pdfPageCount(await page.pdf({ format: "A4" }))).toBe(1);
    await context.close();
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
