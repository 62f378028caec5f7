import { readFileSync } from "node:fs";
import path from "node:path";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { createRoutesStub } from "react-router";
import { describe, expect, it } from "vitest";
import { OccupationFinder } from "~/features/occupations/components/occupation-finder";
import { OccupationProfile } from "~/features/occupations/components/occupation-profile";
import { sourceCredit } from "~/features/sources/citations";
import { loader as finderLoader } from "~/routes/occupations._index";
import { loader as finderCsvLoader } from "~/routes/occupations[.]csv";
import { loader as profileLoader } from "~/routes/occupations.$code";
import { loader as figuresCsvLoader } from "~/routes/occupations_.$code.figures[.csv]";
import { describeEachDriver } from "./harness";
import { renderInRouter, sourceLinksNamed } from "./rendered-page";
import { answerOf, queriesOf, readCsv, redirectOf, routeArgs, thrownResponse } from "./route-args";

const finder = (query = "") => answerOf(finderLoader(routeArgs(`/occupations${query}`)));
const profile = (code: string) => answerOf(profileLoader(routeArgs(`/occupations/${code}`, { code })));

describeEachDriver("every occupation", { seed: true }, () => {
  describe("/occupations, the finder", () => {
    it("lists every detailed occupation of the newest period, 50 to a page, A to Z, in a constant number of queries", async () => {
      const first = await finder();
      expect(first.data.period.vintage).toBe(first.data.periods.latest);
      expect(first.data.total).toBe(832);
      expect(first.data.rows).toHaveLength(50);
      expect(first.data.pages).toBe(17);
      const titles = first.data.rows.map((r) => r.title);
      expect(titles).toEqual([...titles].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
      const last = await finder("?page=17");
      expect(last.data.rows).toHaveLength(832 - 16 * 50);
      const filtered = await finder("?tech=any&education=Associate%27s+degree&sort=pay");
      expect(queriesOf(first.headers)).toBe(queriesOf(filtered.headers));
      expect((await thrownResponse(() => finder("?page=18"))).status).toBe(404);
    });

    it("filters by tech family, entry education (at most), pay, openings, growth band, job zone and major group", async () => {
      const computer = await finder("?tech=computer");
      expect(computer.data.rows.map((r) => r.socCode)).toContain("15-1252");
      for (const row of computer.data.rows) expect(row.socCode.startsWith("15-12")).toBe(true);
      const tech = await finder("?tech=any");
      expect(tech.data.total).toBeGreaterThan(computer.data.total);
      expect(tech.data.total).toBeLessThan(200);
      const techCsv = (await readCsv(await finderCsvLoader(routeArgs("/occupations.csv?tech=any")))).records.map((r) => r[0]);
      expect(techCsv).toContain("15-1252");
      expect(techCsv).not.toContain("29-1141");
      // "At most an associate's degree" keeps occupations needing less (IT support: some college, no degree).
      const associate = await finder("?education=Associate%27s+degree&tech=computer");
      const educations = new Set(associate.data.rows.map((r) => r.entryEducation));
      expect(educations.has("Some college, no degree")).toBe(true);
      expect(educations.has("Bachelor's degree")).toBe(false);
      const paid = await finder("?pay=150000&sort=pay&dir=asc");
      expect(paid.data.rows.length).toBeGreaterThan(0);
      for (const row of paid.data.rows) {
        expect(row.median!.per).toBe("year");
        expect(row.median!.value).toBeGreaterThanOrEqual(150000);
      }
      const openings = await finder("?openings=100000");
      for (const row of openings.data.rows) expect(row.annualOpenings).toBeGreaterThanOrEqual(100000);
      const fastest = await finder("?band=1");
      expect(fastest.data.bands[0]!.label).toBe("Much faster than average (7% or higher)");
      for (const row of fastest.data.rows) expect(row.changePercent).toBeGreaterThanOrEqual(6.5);
      const zone = await finder("?zone=1");
      for (const row of zone.data.rows) expect(row.jobZones).toContain(1);
      const health = await finder("?group=29-0000");
      expect(health.data.total).toBeGreaterThan(50);
      for (const row of health.data.rows) expect(row.socCode.startsWith("29-")).toBe(true);
    });

    it("filters by words in BLS's title, each anywhere in it, in any case and order, the CSV likewise", async () => {
      const nurses = await finder("?name=NURSE");
      expect(nurses.data.rows.map((r) => r.socCode)).toEqual(expect.arrayContaining(["29-1141", "29-1171", "29-2061"]));
      for (const row of nurses.data.rows) expect(row.title.toLowerCase()).toContain("nurse");
      expect((await finder("?name=patrol+sheriff")).data.rows.map((r) => r.socCode)).toEqual(["33-3051"]);
      // Punctuation typed is a break between words, never SQL's LIKE wildcards; with no letter or digit at all, a 400.
      expect((await finder("?name=sheriff%27s")).data.rows.map((r) => r.socCode)).toContain("33-3051");
      for (const name of ["%25", "_", "%27"]) {
        const bad = await thrownResponse(() => finder(`?name=${name}`));
        expect(bad.status, name).toBe(400);
        expect(await bad.text(), name).toContain("must have a letter or a digit");
      }
      // Accents are dropped as the search drops them.
      expect((await finder("?name=N%C3%9Arse")).data.total).toBe(nurses.data.total);
      const csv = (await readCsv(await finderCsvLoader(routeArgs("/occupations.csv?name=nurse")))).records.map((r) => r[0]);
      expect(csv).toEqual(nurses.data.rows.map((r) => r.socCode));
      const long = await thrownResponse(() => finder(`?name=${"a".repeat(81)}`));
      expect(long.status).toBe(400);
      expect(await long.text()).toContain("at most 80 characters");
    });

    it("answers filters the data cannot satisfy with a 400 that says why", async () => {
      for (const [query, words] of [
        ["?group=98-0000", "no SOC major group"],
        ["?band=9", "no growth band 9"],
        ["?vintage=2030-40", "no BLS projections for the period 2030-40"],
      ] as const) {
        const response = await thrownResponse(() => finder(query));
        expect(response.status, query).toBe(400);
        expect(await response.text(), query).toContain(words);
      }
    });

    it("answers a band asked of a period without bands with the list unfiltered by growth, and says so beside the filters", async () => {
      // The form led there (Growth = 1, then Projection period = 2022–32, Apply), and it was a 400.
      const asked = await finder("?vintage=2022-32&tech=computer&band=1");
      const plain = await finder("?vintage=2022-32&tech=computer");
      expect(asked.data.total).toBe(plain.data.total);
      expect(asked.data.rows.map((r) => r.socCode)).toEqual(plain.data.rows.map((r) => r.socCode));
      expect(asked.data.query.band, "the page's links leave the band out").toBeUndefined();
      expect(asked.data.growthFilterNotApplied).toMatch(/^The growth filter applies to 2024–34 only, .* so it was not applied/);
      expect(plain.data.growthFilterNotApplied).toBeNull();
      const html = renderInRouter(createElement(OccupationFinder, { finder: asked.data }));
      expect(html).toContain('<p class="filters__not-applied">The growth filter applies to 2024–34 only');
      expect(html).not.toContain("band=1");
      // The band field: disabled (a disabled field is not sent) and explained, in the server's HTML.
      expect(html).toMatch(/<select name="band" disabled="" aria-describedby="band-filter-hint">/);
      expect(html).toContain("Growth bands are verified for 2024–34 only; none for 2022–32.");
      // The CSV follows the page.
      const csv = await readCsv(await finderCsvLoader(routeArgs("/occupations.csv?vintage=2022-32&tech=computer&band=1")));
      expect(csv.records.map((r) => r[0])).toEqual(
        (await readCsv(await finderCsvLoader(routeArgs("/occupations.csv?vintage=2022-32&tech=computer")))).records.map((r) => r[0]),
      );
      // With bands, the field offers them and no note is shown.
      const banded = renderInRouter(createElement(OccupationFinder, { finder: (await finder("?band=1")).data }));
      expect(banded).toMatch(/<select name="band">/);
      expect(banded).not.toContain("filters__not-applied");
    });

    it("keeps a median BLS publishes only as at least the top code: shown so, first by pay, and within a pay filter", async () => {
      // Anesthesiologists: BLS prints ">=$239,200" for May 2024 (OEWS's top code), no figure.
      const top = await finder("?sort=pay&dir=desc");
      const first = top.data.rows[0]!;
      expect(first.medianAnnualWage).toBeNull();
      expect(first.median).toMatchObject({ value: 239200, per: "year", atLeast: true, wageYear: 2024 });
      expect(top.data.sources.map((s) => s.id)).toContain(first.median!.sourceId);
      const rich = await finder("?pay=230000");
      const codes = rich.data.rows.map((r) => r.socCode);
      expect(codes).toContain("29-1211");
      expect(rich.data.rows.filter((r) => r.median?.atLeast).length).toBeGreaterThan(10);
      const { header, records } = await readCsv(await finderCsvLoader(routeArgs("/occupations.csv?pay=230000")));
      const row = records.find((r) => r[0] === "29-1211")!;
      expect(row[header.indexOf("Median annual wage (USD)")]).toBe("");
      expect(row[header.indexOf("Median annual wage at least, where published only as the top code (USD)")]).toBe("239200");
      expect(row[header.indexOf("Wage data year (May)")]).toBe("2024");
      // That figure is the OEWS survey's, not the projections': its own source column. So is the growth band (O*NET OnLine's label).
      expect(row[header.indexOf("Median annual wage at least source")]).toMatch(/Occupational Employment and Wage Statistics/);
      expect(row[header.indexOf("Source")]).not.toMatch(/Occupational Employment and Wage Statistics/);
      const banded = records.find((r) => r[header.indexOf("Growth band")] !== "")!;
      expect(banded[header.indexOf("Growth band source")]).toMatch(/O\*NET OnLine/);
    });

    it("shows a median OEWS publishes by the hour only as hourly pay, sorts it after the annual ones and says a pay filter leaves it out", async () => {
      // OEWS May 2024 publishes only hourly wages for these detailed lines (hourly_only in pay-percentiles.csv); BLS
      // prints no median with their 2024-34 projections. 45-3031 (fishing and hunting workers) has no OEWS figure at all.
      const hourlyOnly = ["27-2011", "27-2031", "27-2042", "27-2091", "27-2099"];
      const arts = await finder("?group=27-0000&sort=pay&dir=desc");
      const actors = arts.data.rows.find((r) => r.socCode === "27-2011")!;
      expect(actors.medianAnnualWage).toBeNull();
      expect(actors.median).toMatchObject({ value: 23.33, per: "hour", atLeast: false, wageYear: 2024 });
      expect(arts.data.sources.map((s) => s.id)).toContain(actors.median!.sourceId);
      // After every annual median, in order of the hourly one, before the lines with none.
      const pers = arts.data.rows.map((r) => r.median?.per ?? "none");
      expect(pers.lastIndexOf("year")).toBeLessThan(pers.indexOf("hour"));
      expect(pers.filter((p) => p === "hour")).toHaveLength(hourlyOnly.length);
      const hourlyRows = arts.data.rows.filter((r) => r.median?.per === "hour");
      expect(hourlyRows.map((r) => r.socCode).sort()).toEqual(hourlyOnly);
      expect(hourlyRows.map((r) => r.median!.value)).toEqual([...hourlyRows.map((r) => r.median!.value)].sort((a, b) => b - a));
      const html = renderInRouter(createElement(OccupationFinder, { finder: arts.data }));
      expect(html).toContain("$23.33 an hour");
      expect(html).not.toContain("occupations publish hourly pay only");
      // A pay filter (dollars a year) cannot take them: left out, and the page says how many.
      const paid = await finder("?group=27-0000&pay=20000");
      expect(paid.data.rows.map((r) => r.socCode)).not.toContain("27-2011");
      expect(paid.data.hourlyOnlyLeftOut).toBe(hourlyOnly.length);
      expect(renderInRouter(createElement(OccupationFinder, { finder: paid.data }))).toContain(
        "5 occupations publish hourly pay only and are not in a pay filter",
      );
      // Even when nothing passes the filter.
      const none = await finder("?group=27-0000&pay=1000000");
      expect(none.data.total).toBe(0);
      expect(none.data.hourlyOnlyLeftOut).toBe(hourlyOnly.length);
      expect((await finder("?group=27-0000")).data.hourlyOnlyLeftOut).toBe(0);
      // The CSV: the annual column stays blank, the hourly median has a column of its own with its source.
      const { header, records } = await readCsv(await finderCsvLoader(routeArgs("/occupations.csv?group=27-0000")));
      const row = records.find((r) => r[0] === "27-2011")!;
      expect(row[header.indexOf("Median annual wage (USD)")]).toBe("");
      expect(row[header.indexOf("Median hourly wage, where published by the hour only (USD an hour)")]).toBe("23.33");
      expect(row[header.indexOf("Median hourly wage source")]).toMatch(/Occupational Employment and Wage Statistics/);
      expect(row[header.indexOf("Wage data year (May)")]).toBe("2024");
      const software = (await readCsv(await finderCsvLoader(routeArgs("/occupations.csv?tech=computer")))).records.find(
        (r) => r[0] === "15-1252",
      )!;
      expect(software[header.indexOf("Median hourly wage, where published by the hour only (USD an hour)")]).toBe("");
    });

    it("cites O*NET with its release for the job zones: in the source list, beside each row's zones and in the CSV", async () => {
      // The zones come from O*NET 30.1's Job Zones (seed/data/onet-occupations.csv); every other column from BLS.
      const { data } = await finder("?tech=computer");
      const software = data.rows.find((r) => r.socCode === "15-1252")!;
      expect(software.jobZones).toEqual([4]);
      const onet = data.sources.find((s) => s.id === "onet-30-1");
      expect(onet?.vintage).toBe("30.1 (December 2025)");
      const number = data.sources.indexOf(onet!) + 1;
      const html = renderInRouter(createElement(OccupationFinder, { finder: data }));
      expect(html).toContain(`<li id="source-onet-30-1">`);
      expect(html).toContain(", release 30.1 (December 2025).");
      const row = /<tr>(?:(?!<\/tr>).)*href="\/occupations\/15-1252".*?<\/tr>/s.exec(html)![0];
      const cell = /Job zone<\/span>(.*?)<\/td>/s.exec(row)![1]!;
      expect(cell.replace(/<[^>]+>/g, "")).toBe(`4 [${number}]`);
      expect(cell).toMatch(
        new RegExp(
          `<a class="source-ref" href="#source-onet-30-1" aria-label="Source ${number}: O\\*NET 30\\.1 Database[^"]*">\\[${number}\\]</a>`,
        ),
      );
      // Every source link is named after its source, not "[2]" alone (a screen reader pass, 2026-12-06).
      const links = sourceLinksNamed(html);
      expect(links.count).toBeGreaterThan(data.rows.length);
      expect(links.unnamed).toEqual([]);

      const { header, records } = await readCsv(await finderCsvLoader(routeArgs("/occupations.csv?tech=computer")));
      const zones = header.indexOf("O*NET job zones (1 to 5)");
      expect(header.slice(zones, zones + 3)).toEqual(["O*NET job zones (1 to 5)", "Job zones source", "Job zones source URL"]);
      const line = records.find((r) => r[0] === "15-1252")!;
      expect(line.slice(zones, zones + 3)).toEqual(["4", sourceCredit(onet!), onet!.url]);
      expect(sourceCredit(onet!)).toContain("O*NET 30.1 Database");
      // The row's own Source column stays the BLS projections' (its figures').
      expect(line[header.indexOf("Source")]).toBe(sourceCredit(data.sources.find((s) => s.id === software.sourceId)!));
    });

    // A keyboard pass (2026-12-06): the pager's Next loaded page 2 scrolled to the top, with the focus left on the new
    // page's Next link far below. The count line above the table takes the focus instead, so it must be focusable.
    it("makes the count above the table, which says which rows a page shows, a place the pager can move the focus to", async () => {
      const { data } = await finder("?education=Bachelor%27s+degree&page=2");
      const html = renderInRouter(createElement(OccupationFinder, { finder: data }));
      expect(html).toMatch(/<p role="status" tabindex="-1">[\d,]+ occupations; showing 51–100\./);
      expect(html).toMatch(/<a [^>]*rel="next"[^>]*>Next →<\/a>/);
    });

    it("downloads every match (not one page) as CSV with the source of each row", async () => {
      const response = await finderCsvLoader(routeArgs("/occupations.csv"));
      const { header, records } = await readCsv(response);
      expect(header.slice(0, 3)).toEqual(["SOC code", "Occupation", "Projection period"]);
      expect(header).toContain("Median annual wage (USD)");
      expect(records).toHaveLength(832);
    });
  });

  describe("/occupations/:code, the generated profile", () => {
    it("shows every period side by side, pay percentiles, work, technology and the roles filed under it", async () => {
      const { data } = await profile("15-1252");
      expect(data.occupation.title).toBe("Software developers");
      expect(data.projections.map((p) => p.vintage)).toEqual(
        data.projections
          .map((p) => p.vintage)
          .sort()
          .reverse(),
      );
      expect(data.projections.length).toBeGreaterThanOrEqual(3);
      const latest = data.projections[0]!;
      expect(latest.band?.label).toBe("Much faster than average (7% or higher)");
      expect(latest.laborForceExits).not.toBeNull();
      expect(latest.occupationalTransfers).not.toBeNull();
      expect(data.pay[0]).toMatchObject({ wageYear: 2024 });
      expect(data.pay[0]!.annual.median).toBe(133080);
      expect(data.onet.map((o) => o.onetCode)).toContain("15-1252.00");
      expect(data.tasks.length).toBeGreaterThan(5);
      expect(data.technology.some((t) => t.hotTechnology)).toBe(true);
      expect(data.roles.map((r) => r.slug)).toContain("back-end-developer");
      expect(data.titles.length).toBeGreaterThan(20);
      expect(data.sources.length).toBeGreaterThan(2);
      // O*NET's related occupations name the BLS line whose figures they link to only where it is another line.
      const related = renderInRouter(createElement(OccupationProfile, { profile: data })).replace(/<[^>]+>/g, "");
      expect(related).toContain("Computer Systems Analysts (O*NET 15-1211.00)");
      expect(related).not.toContain("figures under Computer systems analysts");
    });

    it("lists an occupation's tasks in O*NET's order (most important first), not by task ID", async () => {
      const { parse } = await import("csv-parse/sync");
      const file = readFileSync(path.join(import.meta.dirname, "../../seed/data/onet-tasks.csv"), "utf8");
      const records = parse(file, { columns: true, comment: "#" }) as { onet_code: string; task_id: string; task: string }[];
      const listed = records.filter((r) => r.onet_code === "15-1252.00").map((r) => r.task);
      const { data } = await profile("15-1252");
      expect(data.tasks.map((t) => t.task)).toEqual(listed);
      // O*NET OnLine's first task for software developers; its ID (21662) is not the smallest (21661).
      expect(data.tasks[0]!.task).toMatch(/^Analyze user needs and software requirements/);
      // Its 11 core tasks come before its 6 supplemental ones, as O*NET lists them.
      expect(data.tasks.map((t) => t.taskType)).toEqual([...Array(11).fill("Core"), ...Array(6).fill("Supplemental")]);
    });

    it("gives O*NET's own interest code: the high-points it names, which can be fewer than three", async () => {
      // Statisticians are "IC" in O*NET 30.1 (scale IH): Realistic is their third-highest score but not a high-point.
      const { data } = await profile("15-2041");
      const points = data.interests
        .filter((i) => i.onetCode === "15-2041.00" && i.highPoint !== null)
        .map((i) => [i.highPoint, i.interest]);
      expect(points.sort()).toEqual([
        [1, "Investigative"],
        [2, "Conventional"],
      ]);
      const html = renderInRouter(createElement(OccupationProfile, { profile: data }));
      expect(html.replace(/<[^>]+>/g, "")).toContain("O*NET’s interest code: IC (Investigative, Conventional: the areas that stand out");
      // Software developers name three: ICR.
      const developers = await profile("15-1252");
      expect(developers.data.interests.filter((i) => i.onetCode === "15-1252.00" && i.highPoint !== null).length).toBe(3);
    });

    it("has a page for an occupation outside tech, with the same sections", async () => {
      const { data } = await profile("29-1141");
      expect(data.occupation.title).toBe("Registered nurses");
      expect(data.roles).toEqual([]);
      expect(data.pay[0]!.annual.median).toBeGreaterThan(0);
      expect(data.tasks.length).toBeGreaterThan(5);
      expect(data.titles.some((t) => t.title === "Registered Nurse (RN)" || /nurse/i.test(t.title))).toBe(true);
      // No role is filed under it: the nearest ones, as the title search offers them.
      expect(data.nearestRoles[0]).toMatchObject({ slug: "systems-analyst", reason: "technology" });
      expect((await profile("15-1252")).data.nearestRoles).toEqual([]);
    });

    it("says which of a role's occupations makes it near, and that shared software is not a path into the role", async () => {
      // Accountants: Back-End Developer is near through Software Developers, an occupation it is also filed under (its
      // figures are Web Developers'), and the page must not call that "its O*NET occupation".
      const { data } = await profile("13-2011");
      const backEnd = data.nearestRoles.find((r) => r.slug === "back-end-developer");
      expect(backEnd).toMatchObject({ reason: "technology", via: "Software Developers", viaPrimary: false });
      const text = renderInRouter(createElement(OccupationProfile, { profile: data })).replace(/<[^>]+>/g, "");
      expect(text).toContain(
        "Tech roles whose occupations use some of the same less common software (a shared tool, not a known path into the role):",
      );
      expect(text).toContain("Back-End Developer (Software Developers, an O*NET occupation it is also filed under, has");
      expect(text).not.toContain("its O*NET occupation, Software Developers");
      expect(text).not.toContain("The nearest ones");
    });

    it("costs the same number of queries for any occupation, once its nearest roles are known", async () => {
      const codes = ["15-1252", "29-1141", "15-1299", "47-2152", "53-2012"];
      const first = new Map<string, number>();
      for (const code of codes) first.set(code, queriesOf((await profile(code)).headers));
      const counts = new Set<number>();
      for (const code of codes) counts.add(queriesOf((await profile(code)).headers));
      expect(counts.size).toBe(1);
      // The first view of an occupation no role is filed under asks for its nearest roles once (this data version).
      for (const code of codes) expect(first.get(code)! - [...counts][0]!, code).toBeLessThanOrEqual(1);
    });

    it("answers an unknown or malformed code with a 404 that says what codes look like", async () => {
      expect((await thrownResponse(() => profile("99-9999"))).status).toBe(404);
      const junk = await thrownResponse(() => profile("15-1252'--"));
      expect(junk.status).toBe(404);
      expect(await junk.text()).toContain("Codes look like 15-1252");
    });

    it("tells the roles filed under an occupation from those mapped to it as a second view, whose figures are elsewhere", async () => {
      const { data } = await profile("15-1299");
      const filed = data.roles.filter((r) => r.isPrimary).map((r) => r.title);
      const second = data.roles.filter((r) => !r.isPrimary).map((r) => r.title);
      expect(filed.length).toBeGreaterThan(0);
      expect(second.length).toBeGreaterThan(0);
      const Stub = createRoutesStub([{ path: "*", Component: () => createElement(OccupationProfile, { profile: data }) }]);
      const html = renderToStaticMarkup(createElement(Stub, { initialEntries: ["/"] }));
      const sentence = /<p class="filed-roles">(.*?)<\/p>/s
        .exec(html)![1]!
        .replace(/<[^>]+>/g, "")
        .replaceAll("&#x27;", "'");
      const [filedPart, secondPart] = sentence.split("mapped to it as a second view");
      for (const title of filed) expect(filedPart, title).toContain(title);
      for (const title of second) expect(secondPart, title).toContain(title);
    });

    it("calls an occupation tech by its family, or by the curated roles filed under it, as the lists count it", async () => {
      const lede = async (code: string) => {
        const html = renderInRouter(createElement(OccupationProfile, { profile: (await profile(code)).data }));
        return /<p class="lede">(.*?)<\/p>/s.exec(html)![1]!.replace(/<[^>]+>/g, "");
      };
      expect(await lede("15-1252")).toContain("SOC 15-1252 · Computer (a tech occupation). Figures describe");
      // No tech family, but the CTO role is filed under it (O*NET's filing of the title).
      expect(await lede("11-1011")).toContain("SOC 11-1011 · a tech occupation (a curated tech role is filed under it). Figures");
      expect(await lede("29-1141")).toContain("SOC 29-1141. Figures describe");
    });

    // A user pass: /occupations/29-0000 showed "+7.2% Much faster than average (7% or higher) [2]", [2] being O*NET
    // OnLine's categories, which label detailed occupations only (seed/data/growth-bands.yaml: a band we derive is never
    // cited as BLS's or O*NET's). A summary line or the total gets no band, says why, and cites no band table.
    it("shows a growth band for a detailed occupation only: none for a summary line or the total, nor O*NET's table cited", async () => {
      const bandSource = "onet-online-growth-bands-2024-34";
      const nurses = await profile("29-1141");
      expect(nurses.data.projections[0]!.band?.sourceId).toBe(bandSource);
      for (const code of ["29-0000", "15-1200", "00-0000"]) {
        const { data } = await profile(code);
        expect(data.projections.length, code).toBeGreaterThan(0);
        for (const p of data.projections) expect(p.band, `${code} ${p.vintage}`).toBeNull();
        expect(
          data.sources.map((s) => s.id),
          code,
        ).not.toContain(bandSource);
        const html = renderInRouter(createElement(OccupationProfile, { profile: data }));
        expect(html, code).not.toContain(`#source-${bandSource}`);
        expect(html, code).not.toMatch(
          /Much faster than average|Faster than average|Average \(3% to 4%\)|Slower than average|Little or no change|Decline \(/,
        );
        expect(html, code).toContain("none: the published bands label detailed occupations only, not a group of them");
        const csv = await readCsv(await figuresCsvLoader(routeArgs(`/occupations/${code}/figures.csv`, { code })));
        const bandRows = csv.records.filter((r) => r[2] === "Growth band");
        expect(bandRows.length, code).toBeGreaterThan(0);
        for (const row of bandRows) expect(row.join(","), code).not.toMatch(/than average|O\*NET OnLine/);
      }
      // A detailed line's band row cites the band's own table, not BLS's projections.
      const csv = await readCsv(await figuresCsvLoader(routeArgs("/occupations/29-1141/figures.csv", { code: "29-1141" })));
      const latestBand = csv.records.find((r) => r[2] === "Growth band" && r[5] === "2024-34")!;
      expect(latestBand.join(",")).toMatch(/O\*NET OnLine/);
    });

    it("lists under a summary line the detailed occupations it adds up, and none under a detailed one", async () => {
      const computer = await profile("15-1200");
      const codes = computer.data.members.map((m) => m.socCode);
      expect(codes).toEqual(expect.arrayContaining(["15-1211", "15-1252", "15-1299"]));
      for (const code of codes) expect(code.startsWith("15-12")).toBe(true);
      expect(codes).not.toContain("15-2041");
      expect((await profile("15-0000")).data.members.map((m) => m.socCode)).toEqual(expect.arrayContaining(["15-1252", "15-2041"]));
      expect((await profile("15-1252")).data.members).toEqual([]);
    });

    it("sends an O*NET code to its BLS line for good: the page to the O*NET occupation's part, the figures to the line's", async () => {
      const page = await redirectOf(() => profileLoader(routeArgs("/occupations/15-1299.04?vintage=2023-33", { code: "15-1299.04" })));
      expect(page.status).toBe(301);
      expect(page.headers.get("Location")).toBe("/occupations/15-1299?vintage=2023-33#onet-15-1299.04");
      const { data } = await profile("15-1299");
      expect(data.onet.map((o) => o.onetCode)).toContain("15-1299.04");
      const figures = await redirectOf(() => figuresCsvLoader(routeArgs("/occupations/15-1252.00/figures.csv", { code: "15-1252.00" })));
      expect(figures.status).toBe(301);
      expect(figures.headers.get("Location")).toBe("/occupations/15-1252/figures.csv");
    });

    it("downloads the occupation's figures, every period and percentile, with sources", async () => {
      const response = await figuresCsvLoader(routeArgs("/occupations/15-1252/figures.csv", { code: "15-1252" }));
      const { header, records } = await readCsv(response);
      expect(header).toEqual([
        "SOC code",
        "Occupation",
        "Figure",
        "Value",
        "Unit",
        "Projection period or data year",
        "Source",
        "Source URL",
        "Data version",
      ]);
      expect(records).toContainEqual([
        "15-1252",
        "Software developers",
        "Annual wage, median",
        "133080",
        "USD",
        "May 2024",
        expect.stringContaining("Occupational Employment and Wage Statistics"),
        expect.stringMatching(/^https:\/\//),
        expect.stringMatching(/^v\d+-/),
      ]);
      // An hourly figure's unit is "USD an hour", as the other files head it (it said "USD", as for a year's pay).
      expect(records.find((r) => r[2] === "Hourly wage, median")!.slice(3, 5)).toEqual([
        expect.stringMatching(/^\d+\.\d+$/),
        "USD an hour",
      ]);
      const changes = records.filter((r) => r[2] === "Change" && r[4] === "%").map((r) => r[5]);
      expect(changes).toEqual(expect.arrayContaining(["2024-34", "2022-32"]));
      // The AI studies' scores as published (the page shows them rounded and points to this file for the rest).
      const profileAi = (await profile("15-1252")).data.ai;
      const exposure = records.filter((r) => r[2]!.startsWith("Share of tasks exposed to LLMs"));
      expect(exposure).toHaveLength(profileAi.exposure.length);
      expect(exposure.length).toBeGreaterThan(0);
      for (const e of profileAi.exposure) {
        expect(exposure.some((r) => r[2]!.includes(`(O*NET ${e.onetCode})`) && Number(r[3]) === e.score)).toBe(true);
      }
      expect(exposure[0]![6]).toContain("GPTs are GPTs");
      const applicability = records.filter((r) => r[2]!.startsWith("AI applicability score"));
      expect(applicability.map((r) => Number(r[3]))).toEqual(profileAi.applicability.map((a) => a.score));
    });

    // Issue 15: `vintage=2022-32` answered every period (2024-34 first), and `vintage=2099-00` or garbage a 200.
    it("downloads one period's figures when the address names one, and answers a period that is not loaded with a 400", async () => {
      const figures = async (query: string) => figuresCsvLoader(routeArgs(`/occupations/15-1252/figures.csv${query}`, { code: "15-1252" }));
      const all = await readCsv(await figures(""));
      const periodOf = (records: string[][]) => [...new Set(records.filter((r) => /^\d{4}-\d{2}$/.test(r[5]!)).map((r) => r[5]))];
      expect(periodOf(all.records)).toEqual(["2024-34", "2023-33", "2022-32"]);
      const response = await figures("?vintage=2022-32");
      expect(response.headers.get("Content-Disposition")).toContain("career-atlas-occupation-15-1252-2022-32.csv");
      const one = await readCsv(response);
      expect(periodOf(one.records)).toEqual(["2022-32"]);
      // That period's rows exactly as in the whole file; the OEWS percentiles and AI scores, of no period, stay.
      expect(one.records).toEqual(all.records.filter((r) => !/^\d{4}-\d{2}$/.test(r[5]!) || r[5] === "2022-32"));
      expect(one.records).toContainEqual(expect.arrayContaining(["Employment in 2022", "1594500", "jobs", "2022-32"]));
      expect(one.records.some((r) => r[5] === "May 2024")).toBe(true);

      for (const [query, message] of [
        ["?vintage=2099-00", /^Career Atlas has no BLS projections for the period 2099-00\. .* Leave out “vintage=” for every period\.$/],
        ["?vintage=garbage", /“vintage”: write a projection period as its base year/],
      ] as const) {
        const refused = await thrownResponse(() => figures(query));
        expect(refused.status, query).toBe(400);
        expect(refused.statusText, query).toBe("Bad Request (vintage)");
        expect(await refused.text(), query).toMatch(message);
      }
    });
  });
});
