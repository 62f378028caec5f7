import { readFile } from "node:fs/promises";
import { strFromU8, unzipSync } from "fflate";
import { expect, expectNoAxeViolations, openAllDetails, test, waitForHydration } from "./fixtures";

/**
 * Open data (issue 15, item 9): the /data page, reached from every page's footer, downloads the whole dataset and a
 * CSV that Excel opens as UTF-8, and the JSON API answers any origin with its data version and ETag.
 */
test.describe("open data", () => {
  test("is linked from every page's footer and from /about", async ({ page }) => {
    await page.goto("/about");
    await expect(page.getByRole("main").getByRole("link", { name: "open data" })).toHaveAttribute("href", "/data");
    await page.getByRole("contentinfo").getByRole("link", { name: "Open data" }).click();
    await expect(page).toHaveURL(/\/data$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Open data");
  });

  test("downloads the whole dataset: one CSV per table, README, licences and a Frictionless descriptor", async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto("/data");
    await waitForHydration(page);
    const [download] = await Promise.all([
      page.waitForEvent("download", { timeout: 60_000 }),
      page.getByRole("link", { name: /Download the whole dataset \(zip, data version v\d+-[0-9a-f]{8}\)/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^career-atlas-v\d+-[0-9a-f]{8}\.zip$/);
    const files = unzipSync(new Uint8Array(await readFile((await download.path())!)));
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining(["README.md", "LICENSES.md", "datapackage.json", "projections.csv", "roles.csv"]),
    );
    const projections = new TextDecoder("utf-8", { ignoreBOM: true }).decode(files["projections.csv"]!);
    expect(projections.startsWith("\uFEFFSOC code,Projection period,Base year,Target year,Employment in base year (jobs),")).toBe(true);
    expect(projections).toContain("\r\n15-1252,2024-34,2024,2034,1693800,1961400,267700,15.8,");
    expect(strFromU8(files["LICENSES.md"]!)).toContain("CC BY 4.0");
  });

  test("downloads a CSV from the page's table that opens as UTF-8 in Excel", async ({ page }) => {
    await page.goto("/data");
    await waitForHydration(page);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "/outlook.csv" }).click()]);
    const bytes = await readFile((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString("utf8")).toContain('\r\n00-0000,"Total, all occupations",,');
  });

  test("lists the API's addresses; the API answers any origin with its data version, ETag and 304", async ({ page, request }) => {
    await page.goto("/data");
    const roleLink = page.getByRole("link", { name: "GET /api/v1/roles/{slug}" });
    await expect(roleLink).toHaveAttribute("href", "/api/v1/roles/back-end-developer");
    const answer = await request.get("/api/v1/roles/back-end-developer", { headers: { Origin: "https://example.org" } });
    expect(answer.status()).toBe(200);
    expect(answer.headers()["access-control-allow-origin"]).toBe("*");
    const etag = answer.headers()["etag"]!;
    const body = (await answer.json()) as { dataVersion: string; data: { title: string } };
    expect(answer.headers()["x-data-version"]).toBe(body.dataVersion);
    expect(body.data.title).toBe("Back-End Developer");
    const again = await request.get("/api/v1/roles/back-end-developer", { headers: { "If-None-Match": etag } });
    expect(again.status()).toBe(304);
    const preflight = await request.fetch("/api/v1/roles", {
      method: "OPTIONS",
      headers: { Origin: "https://example.org", "Access-Control-Request-Method": "GET", "Access-Control-Request-Headers": "if-none-match" },
    });
    expect(preflight.status()).toBe(204);
    expect(preflight.headers()["access-control-allow-headers"]).toBe("If-None-Match");
    const bad = await request.get("/api/v1/roles?sort=pay");
    expect(bad.status()).toBe(400);
    expect(bad.headers()["content-type"]).toContain("application/problem+json");
    const openapi = (await (await request.get("/api/v1/openapi.json")).json()) as { openapi: string };
    expect(openapi.openapi).toBe("3.1.0");
  });

  test("has no accessibility violations", async ({ page }) => {
    await page.goto("/data");
    await openAllDetails(page);
    await expectNoAxeViolations(page);
  });
});
