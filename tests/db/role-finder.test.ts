/**
 * The role finder's filters (issue 15, item 7) through its loaders: education is "at most" a level (an Associate's
 * degree admits IT Support Specialist, which needs some college), a minimum median pay and a growth band of the
 * shown period narrow the list in SQL, the page names the filters in use, and the CSV holds the same rows. If the
 * education filter went back to "exactly", or the pay or band filter dropped or let through a role, these fail.
 */
import { renderToStaticMarkup } from "react-dom/server";
import { createElement, type ReactElement } from "react";
import { createRoutesStub } from "react-router";
import { describe, expect, it } from "vitest";
import { entryEducationUpTo } from "~db/schema/enums";
import { RoleFinder } from "~/features/outlook/components/role-finder";
import { roleCountText } from "~/features/outlook/role-filters";
import { growthBandFor } from "~/features/periods/periods";
import { loader as finderLoader } from "~/routes/roles._index";
import { loader as finderCsvLoader } from "~/routes/roles[.]csv";
import { describeEachDriver } from "./harness";
import { answerOf, queriesOf, readCsv, routeArgs, thrownResponse } from "./route-args";
import { sourceLinksNamed } from "./rendered-page";

const finder = async (query: string) => (await answerOf(finderLoader(routeArgs(`/roles${query}`)))).data;
const slugsOf = (page: Awaited<ReturnType<typeof finder>>) => page.roles.map((r) => r.slug);

function render(element: ReactElement): string {
  const Stub = createRoutesStub([{ path: "*", Component: () => element }]);
  return renderToStaticMarkup(createElement(Stub, { initialEntries: ["/roles"] }));
}

describeEachDriver("the role finder's filters", { seed: true }, () => {
  describe("education: at most the level chosen", () => {
    it("an Associate's degree admits IT Support Specialist (some college) as well as Network Support Specialist (associate's)", async () => {
      // Hand-checked in seed/data/roles/: only these two roles need less than a Bachelor's degree.
      const page = await finder("?education=Associate%27s+degree");
      expect(slugsOf(page)).toEqual(["it-support-specialist", "network-support-specialist"]);
      expect(page.roles.find((r) => r.slug === "it-support-specialist")?.entryEducation).toBe("Some college, no degree");
    });

    it("every level admits exactly the roles needing that level or less", async () => {
      const all = (await finder("")).roles;
      for (const level of ["Some college, no degree", "Bachelor's degree", "Master's degree"] as const) {
        const page = await finder(`?education=${encodeURIComponent(level)}`);
        const expected = all.filter((r) => (entryEducationUpTo(level) as string[]).includes(r.entryEducation)).map((r) => r.slug);
        expect(slugsOf(page), level).toEqual(expected);
      }
      expect(slugsOf(await finder("?education=Master%27s+degree")), "no role needs a doctorate").toEqual(all.map((r) => r.slug));
      expect(slugsOf(await finder("?education=High+school+diploma+or+equivalent")), "no role needs as little").toEqual([]);
    });
  });

  it("a minimum pay keeps exactly the roles whose occupation's published median is at least that (none without one)", async () => {
    const all = (await finder("")).roles;
    const page = await finder("?pay=150000");
    const expected = all.filter((r) => r.projection?.medianAnnualWage != null && r.projection.medianAnnualWage >= 150000);
    expect(expected.length, "some roles pay less, some more").toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(all.length);
    expect(slugsOf(page)).toEqual(expected.map((r) => r.slug));
    // The bound is inclusive: a role's own median admits it.
    const median = expected[0]!.projection!.medianAnnualWage!;
    expect(slugsOf(await finder(`?pay=${median}`))).toContain(expected[0]!.slug);
    expect(slugsOf(await finder(`?pay=${median + 1}`))).not.toContain(expected[0]!.slug);
  });

  it("a growth band keeps exactly the roles whose occupation's change falls in that band of the period", async () => {
    const all = await finder("");
    const bands = all.options.bands;
    expect(bands.map((b) => b.label)).toContain("Much faster than average (7% or higher)");
    let seen = 0;
    for (const band of bands) {
      const page = await finder(`?band=${band.rank}`);
      const expected = all.roles.filter(
        (r) =>
          r.projection && growthBandFor(bands, { changePercent: r.projection.changePercent, kind: r.occupationKind })?.rank === band.rank,
      );
      expect(slugsOf(page), band.label).toEqual(expected.map((r) => r.slug));
      seen += page.roles.length;
    }
    expect(seen, "the bands tile the percent changes: every role with a projection is in exactly one").toBe(
      all.roles.filter((r) => r.projection).length,
    );
  });

  it("combines the filters with AND, in the same number of queries as no filter", async () => {
    const plain = await answerOf(finderLoader(routeArgs("/roles")));
    const filtered = await answerOf(finderLoader(routeArgs("/roles?education=Bachelor%27s+degree&pay=100000&band=1&sort=pay")));
    for (const role of filtered.data.roles) {
      expect(entryEducationUpTo("Bachelor's degree") as string[]).toContain(role.entryEducation);
      expect(role.projection!.medianAnnualWage).toBeGreaterThanOrEqual(100000);
      expect(role.projection!.changePercent).toBeGreaterThanOrEqual(6.5);
    }
    expect(filtered.data.roles.length).toBeGreaterThan(0);
    expect(queriesOf(filtered.headers)).toBe(queriesOf(plain.headers));
  });

  it("says which filters are in use, with a way to remove each or all, and cites the wage year and source of the pay filter", async () => {
    const page = await finder("?education=Associate%27s+degree&band=3&sort=pay");
    expect(page.wageYears).toEqual([{ wageYear: 2024, sourceId: "bls-ep-2024-34" }]);
    const html = render(createElement(RoleFinder, { finder: page }));
    expect(html).toContain(`<h2 id="active-filters-title">${roleCountText(page.roles.length, 2)}</h2>`);
    // The count is said again in a polite status line, which a screen reader hears when the filters change the table
    // without a page load (a screen reader pass, 2026-12-06: only the heading said it).
    expect(html).toContain(`<p role="status" class="visually-hidden">${roleCountText(page.roles.length, 2)}.</p>`);
    expect(render(createElement(RoleFinder, { finder: await finder("") }))).toMatch(
      /<p role="status" class="visually-hidden">All \d+ roles\.<\/p>/,
    );
    expect(html).toContain("Education needed: at most Associate&#x27;s degree");
    expect(html).toContain("Growth, 2024–34: Average (3% to 4%)");
    // Removing one filter keeps the other and the sort; clearing all keeps the sort.
    expect(html).toContain('href="/roles?band=3&amp;sort=pay&amp;dir=desc"');
    expect(html).toContain('href="/roles?education=Associate%27s+degree&amp;sort=pay&amp;dir=desc"');
    expect(html).toMatch(/<a href="\/roles\?sort=pay&amp;dir=desc"[^>]*>Clear all filters<\/a>/);
    expect(html).toContain(
      "Median pay is the median annual wage of the role’s occupation, May 2024, from BLS Occupational Employment and Wage Statistics as published with the 2024–34 projections",
    );
    expect(html).toMatch(
      / <a class="source-ref" href="#source-bls-ep-2024-34" [^>]*>\[\d+\]<\/a>; roles without a published median are left out/,
    );
    expect(html).toMatch(
      /Growth bands are the verbal labels published for 2024–34, as cited <a class="source-ref" href="#source-onet-online-growth-bands-2024-34" [^>]*>\[\d+\]<\/a>/,
    );
    expect(html).toContain('<option value="Some college, no degree">Some college, no degree</option>');
    expect(render(createElement(RoleFinder, { finder: await finder("") }))).not.toContain("Clear all filters");
  });

  // A keyboard pass (2026-12-06): "Median pay" activated twice went from "sort=pay&dir=desc" to "sort=pay", read as
  // descending again, and the filters kept a pay sort ascending no better (the form's hidden dir=asc was dropped too).
  it("sorts a figure column ascending on the heading's second activation, and keeps that order through the filters", async () => {
    const headingHref = (html: string, label: string) =>
      new RegExp(`<th scope="col" class="num"[^>]*><a href="([^"]+)"[^>]*>${label}`).exec(html)?.[1]?.replaceAll("&amp;", "&");
    const first = render(createElement(RoleFinder, { finder: await finder("") }));
    expect(headingHref(first, "Median pay")).toBe("/roles?sort=pay&dir=desc");
    const descending = await finder("?sort=pay&dir=desc");
    const second = render(createElement(RoleFinder, { finder: descending }));
    expect(headingHref(second, "Median pay")).toBe("/roles?sort=pay&dir=asc");
    expect(headingHref(second, "Growth")).toBe("/roles?sort=growth&dir=desc");

    const ascending = await finder("?sort=pay&dir=asc");
    expect(ascending.query.dir).toBe("asc");
    const pays = ascending.roles.flatMap((r) => (r.projection?.medianAnnualWage != null ? [r.projection.medianAnnualWage] : []));
    expect(pays.length).toBeGreaterThan(2);
    expect(pays).toEqual([...pays].sort((a, b) => a - b));
    expect(pays).toEqual(
      descending.roles.flatMap((r) => (r.projection?.medianAnnualWage != null ? [r.projection.medianAnnualWage] : [])).reverse(),
    );
    const third = render(createElement(RoleFinder, { finder: ascending }));
    expect(headingHref(third, "Median pay")).toBe("/roles?sort=pay&dir=desc");
    // A filter's Remove link and the CSV keep the ascending order.
    const filtered = render(createElement(RoleFinder, { finder: await finder("?band=1&sort=pay&dir=asc") }));
    expect(filtered).toContain('href="/roles?sort=pay&amp;dir=asc"');
    expect(filtered).toContain('href="/roles.csv?band=1&amp;sort=pay&amp;dir=asc"');
  });

  // A screen reader pass (2026-12-06): the form's hints and each row's Source cell were links named only "[1]", "[2]".
  it("names every source link after its source, as the page's other citations are (“Source 2: …”)", async () => {
    const page = await finder("?band=1");
    const html = render(createElement(RoleFinder, { finder: page }));
    const links = sourceLinksNamed(html);
    expect(links.count).toBeGreaterThan(page.roles.length);
    expect(links.unnamed).toEqual([]);
    const bls = page.sources.findIndex((s) => s.id === "bls-ep-2024-34") + 1;
    const title = page.sources[bls - 1]!.title.replaceAll("&", "&amp;").replaceAll("'", "&#x27;");
    expect(html).toContain(`href="#source-bls-ep-2024-34" aria-label="Source ${bls}: ${title}">[${bls}]</a>`);
  });

  it("shows no band for a period without a verified band table, and refuses one out of range with a 400", async () => {
    const older = await finder("?vintage=2022-32");
    expect(older.options.bands).toEqual([]);
    expect(older.growthFilterNotApplied).toBeNull();
    // The field is there, disabled (not sent), and says which periods have bands: server-rendered, no JavaScript needed.
    const html = render(createElement(RoleFinder, { finder: older }));
    expect(html).toMatch(/<select name="band" disabled="" aria-describedby="band-filter-hint">/);
    expect(html).toContain("Growth bands are verified for 2024–34 only; none for 2022–32.");
    expect(html).not.toContain("filters__not-applied");
    for (const [query, words] of [
      ["?band=7", "There is no growth band 7 for 2024-34; bands run from 1 (fastest) to 6."],
      ["?pay=lots", "“pay”: must be a whole number of dollars"],
      ["?education=Bachelors", "“education”: must be one of"],
    ] as const) {
      const response = await thrownResponse(() => finder(query));
      expect(response.status, query).toBe(400);
      expect(await response.text(), query).toContain(words);
    }
  });

  it("a band asked of a period without bands (the form sends one when only the period changes): the list unfiltered by growth, saying so", async () => {
    // It was a 400 ("There are no verified growth bands for 2022-32; remove “band” from the address.") that the form led to.
    const asked = await finder("?vintage=2022-32&pay=100000&band=1");
    const plain = await finder("?vintage=2022-32&pay=100000");
    expect(slugsOf(asked)).toEqual(slugsOf(plain));
    expect(asked.query.band, "links from the page leave the band out").toBeUndefined();
    expect(asked.growthFilterNotApplied).toBe(
      "The growth filter applies to 2024–34 only, the period with a verified table of growth bands, so it was not applied: this list for 2022–32 is not filtered by growth.",
    );
    const html = render(createElement(RoleFinder, { finder: asked }));
    expect(html).toContain('<p class="filters__not-applied">The growth filter applies to 2024–34 only');
    expect(html).not.toContain("band=1");
    expect(html).not.toMatch(/Growth, 2022–32: /);
    // The CSV follows the page: the same rows, unfiltered by growth.
    const { records } = await readCsv(await finderCsvLoader(routeArgs("/roles.csv?vintage=2022-32&pay=100000&band=1")));
    expect(records.map((record) => record[1])).toEqual(asked.roles.map((r) => r.title));
  });

  it("downloads the same rows as CSV: the filters apply to the export too", async () => {
    const query = "?education=Bachelor%27s+degree&pay=120000&band=1";
    const page = await finder(query);
    const response = await finderCsvLoader(routeArgs(`/roles.csv${query}`));
    expect(response.status).toBe(200);
    const { records } = await readCsv(response);
    const titles = page.roles.map((r) => r.title);
    expect(titles.length, "the filters leave some roles").toBeGreaterThan(0);
    expect(records.map((record) => record[1])).toEqual(titles);
    expect(records.length).toBeLessThan((await finder("")).roles.length);
  });

  it("exports each median with the 10th and 90th percentile the table shows beside it, a top-coded end as its top code", async () => {
    const { header, records } = await readCsv(await finderCsvLoader(routeArgs("/roles.csv")));
    const row = (title: string) => Object.fromEntries(header.map((name, i) => [name, records.find((r) => r[1] === title)![i]]));
    const page = await finder("");
    const cto = page.roles.find((r) => r.slug === "cto")!;
    const backEnd = page.roles.find((r) => r.slug === "back-end-developer")!;
    expect(row(backEnd.title)).toMatchObject({
      "Annual wage, 10th percentile (USD)": String(backEnd.pay!.annual.p10),
      "Annual wage, 90th percentile (USD)": String(backEnd.pay!.annual.p90),
      "Wage percentiles published only as the top code": "",
      "Annual wage top code (USD)": "",
    });
    // What would break: the percentiles were credited to the row's only source, BLS's projections workbook, which
    // publishes none; they are OEWS's, named in a column of their own.
    expect(row(backEnd.title)["Wage percentiles source"]).toMatch(
      /^U\.S\. Bureau of Labor Statistics.*Occupational Employment and Wage Statistics.*May 2024/,
    );
    expect(row(backEnd.title)["Source"]).toMatch(/Employment Projections 2024-34/);
    // OEWS publishes no 90th percentile for computer and information systems managers, only that it is at least the top code.
    expect(cto.pay!.topCoded).toContain(90);
    expect(row(cto.title)).toMatchObject({
      "Annual wage, 10th percentile (USD)": String(cto.pay!.annual.p10),
      "Annual wage, 90th percentile (USD)": "",
      "Wage percentiles published only as the top code": "90",
      "Annual wage top code (USD)": String(cto.pay!.topCodeAnnual),
    });
  });
});
