import { readFileSync } from "node:fs";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { createRoutesStub } from "react-router";
import { describe, expect, it } from "vitest";
import { ComparisonPage } from "~/features/compare/components/comparison-page";
import { loader as compareLoader } from "~/routes/compare";
import { loader as compareCsvLoader } from "~/routes/compare[.]csv";
import { loader as handoutLoader } from "~/routes/compare_.handout";
import { describeEachDriver } from "./harness";
import { answerOf, queriesOf, readCsv, routeArgs, thrownResponse } from "./route-args";

/** Runs the page loader for an address that must not throw (200 pages, and the 400 pages that keep the picker). */
const page = (path: string) => answerOf(compareLoader(routeArgs(path)));

/**
 * One row of a seed file (seed/data/*.csv: the publishers' figures as the importer wrote them, which
 * tests/data/publisher-figures.test.ts checks against the raw files), as a record by header. Only for rows without
 * quoted fields.
 */
function seedRow(file: string, match: (row: Record<string, string>) => boolean): Record<string, string> {
  const lines = readFileSync(`seed/data/${file}`, "utf8")
    .split("\n")
    .filter((l) => l !== "" && !l.startsWith("#"));
  const header = lines[0]!.split(",");
  for (const line of lines.slice(1)) {
    if (line.includes('"')) continue;
    const cells = line.split(",");
    const row = Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ""]));
    if (match(row)) return row;
  }
  throw new Error(`no such row in ${file}`);
}

const MIX = "/compare?roles=back-end-developer&occupations=15-1252,29-1141";

/** The compare page's server HTML (what a browser without JavaScript gets), inside a router as the app renders it. */
async function serverHtml(path: string): Promise<string> {
  const { data } = await page(path);
  const element = createElement(ComparisonPage, { page: data, actions: data.actions });
  const Stub = createRoutesStub([{ path: "*", Component: () => element }]);
  return renderToStaticMarkup(createElement(Stub, { initialEntries: ["/"] }));
}

const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, "")
    .replaceAll("&#x27;", "'")
    .replaceAll("&amp;", "&");

describeEachDriver("compare with BLS occupations", { seed: true }, () => {
  // O*NET OnLine's growth categories label detailed occupations only: a major group compared beside one gets no band,
  // and the comparison cites no band table for it (a user pass found 29-0000 labelled and cited to O*NET).
  it("shows a growth band for a detailed occupation, none for a summary line (Healthcare practitioners, 29-0000)", async () => {
    const { data } = await page("/compare?occupations=29-0000,29-1141");
    const [group, nurses] = data.comparison!.occupations;
    expect(group!.socCode).toBe("29-0000");
    expect(group!.projection).not.toBeNull();
    expect(group!.growthBand).toBeNull();
    expect(nurses!.growthBand?.label).toMatch(/than average|Average|change|Decline/);
    const html = await serverHtml("/compare?occupations=29-0000,29-1141");
    const groupCell = textOf(html).split("Healthcare practitioners")[1] ?? "";
    expect(groupCell.length).toBeGreaterThan(0);
    expect(html.match(/class="compare-facts__detail growth-band"/g)).toHaveLength(1);
  });

  describe("a role next to two occupations (Back-End Developer, Software developers, Registered nurses)", () => {
    it("shows the role first, then the occupations in the address's order, each as a column with its profile link", async () => {
      const { status, data } = await page(MIX);
      expect(status).toBe(200);
      expect(data.chosen.map((c) => c.slug)).toEqual(["back-end-developer"]);
      expect(data.chosenOccupations.map((o) => o.socCode)).toEqual(["15-1252", "29-1141"]);
      const columns = data.comparison!.columns;
      expect(columns.map((c) => [c.kind, c.key, c.href])).toEqual([
        ["role", "back-end-developer", "/roles/back-end-developer"],
        ["occupation", "occupation:15-1252", "/occupations/15-1252"],
        ["occupation", "occupation:29-1141", "/occupations/29-1141"],
      ]);
      expect(data.csvHref).toBe("/compare.csv?roles=back-end-developer&occupations=15-1252,29-1141&table=figures");
      // Slides and the handout take occupations too: the page links both with its roles and occupations, in order
      // (they were role-only, and a counselor comparing nurses with a tech role had nothing to project or hand out).
      expect(data.actions).toEqual({
        present: "/present?roles=back-end-developer&occupations=15-1252,29-1141",
        handout: "/compare/handout?roles=back-end-developer&occupations=15-1252,29-1141",
      });
    });

    it("gives an occupation the chosen period's BLS line exactly as the seed file has it, with entry education and its source", async () => {
      for (const vintage of ["2024-34", "2022-32"] as const) {
        const { data } = await page(`${MIX}${vintage === "2024-34" ? "" : `&vintage=${vintage}`}`);
        const nurses = data.comparison!.columns.find((c) => c.key === "occupation:29-1141")!;
        const published = seedRow("projections.csv", (r) => r.soc_code === "29-1141" && r.vintage === vintage);
        expect(nurses.projection).toEqual({
          vintage,
          baseYear: Number(vintage.slice(0, 4)),
          targetYear: Number(vintage.slice(0, 2) + vintage.slice(5)),
          employmentBase: Number(published.employment_base),
          employmentProjected: Number(published.employment_projected),
          changeNumeric: Number(published.change_numeric),
          changePercent: Number(published.change_percent),
          annualOpenings: Number(published.annual_openings),
          medianAnnualWage: Number(published.median_annual_wage),
          wageYear: Number(published.wage_year),
          sourceId: published.source,
        });
        expect(nurses).toMatchObject({
          entryEducation: published.entry_education,
          workExperience: published.work_experience,
          entrySourceId: published.source,
          entryDataYear: vintage,
          level: null,
        });
        expect(nurses.growthComparison?.allOccupationsSourceId).toBe(published.source);
        expect(data.comparison!.sources.map((s) => s.id)).toContain(published.source);
      }
    });

    it("gives every column its occupation's OEWS May 2024 percentiles as published (a role: its own occupation's)", async () => {
      const { data } = await page(MIX);
      const [backEnd, software, nurses] = data.comparison!.columns;
      for (const [column, soc] of [
        [backEnd!, "15-1254"],
        [software!, "15-1252"],
        [nurses!, "29-1141"],
      ] as const) {
        const published = seedRow("pay-percentiles.csv", (r) => r.soc_code === soc);
        expect(column.occupation.socCode).toBe(soc);
        expect(column.pay).toMatchObject({
          wageYear: Number(published.wage_year),
          annual: {
            p10: Number(published.annual_p10),
            p25: Number(published.annual_p25),
            median: Number(published.annual_median),
            p75: Number(published.annual_p75),
            p90: Number(published.annual_p90),
          },
          sourceId: published.source,
        });
      }
    });

    it("gives an occupation its O*NET 30.1 technologies (in demand, hot) and both AI layers, kept apart, with sources", async () => {
      const { data } = await page(MIX);
      const [software, nurses] = data.comparison!.occupations;
      expect(software!.technology.listed).toBeGreaterThan(100);
      expect(software!.technology.inDemand.length).toBeGreaterThan(0);
      expect(software!.technology.inDemand.every((t) => t.inDemand)).toBe(true);
      expect(software!.technology.hot.every((t) => t.hotTechnology)).toBe(true);
      expect(software!.technology.sourceId).toBe("onet-30-1");
      const alpha = seedRow("ai-exposure.csv", (r) => r.onet_code === "29-1141.00" && r.rater === "gpt4" && r.measure === "alpha");
      expect(nurses!.ai.exposure).toContainEqual(
        expect.objectContaining({
          onetCode: "29-1141.00",
          rater: "gpt4",
          measure: "alpha",
          score: Number(alpha.score),
          sourceId: alpha.source,
        }),
      );
      const applicability = seedRow("ai-applicability.csv", (r) => r.soc_code === "29-1141");
      expect(nurses!.ai.applicability).toEqual([
        { socCode: "29-1141", title: applicability.title, score: Number(applicability.score), sourceId: applicability.source },
      ]);
      const cited = data.comparison!.sources.map((s) => s.id);
      expect(cited).toEqual(expect.arrayContaining(["onet-30-1", "bls-oews-2024", alpha.source, applicability.source]));
      // Each source is listed once.
      expect(new Set(cited).size).toBe(cited.length);
    });

    it("keeps the role's own comparison (skills, notes) and leaves the occupations out of it", async () => {
      const { data } = await page("/compare?roles=back-end-developer,data-scientist&occupations=29-1141");
      const roles = data.comparison!.roleComparison!;
      expect(roles.roles.map((r) => r.slug)).toEqual(["back-end-developer", "data-scientist"]);
      expect(roles.skills.overlaps).toHaveLength(1);
      expect(data.comparison!.roles.map((r) => r.slug)).toEqual(["back-end-developer", "data-scientist"]);
    });

    it("says when a role and an occupation show the same figures (the role is filed under it)", async () => {
      const { data } = await page("/compare?roles=back-end-developer&occupations=15-1254");
      expect(data.comparison!.sharedOccupations).toEqual([
        { socCode: "15-1254", title: "Web developers", columnTitles: ["Back-End Developer", "Web developers"], includesOccupation: true },
      ]);
    });

    it("compares occupations only, with the all-occupations line of the period", async () => {
      const { status, data } = await page("/compare?occupations=29-1141,47-2111&vintage=2023-33");
      expect(status).toBe(200);
      expect(data.comparison!.roleComparison).toBeNull();
      expect(data.comparison!.columns.map((c) => c.title)).toEqual(["Registered nurses", "Electricians"]);
      expect(data.comparison!.allOccupations).toMatchObject({ baseYear: 2023, targetYear: 2033 });
    });
  });

  describe("the page's server HTML", () => {
    it("renders every occupation figure with its source number, and says what occupations lack, with nothing undefined", async () => {
      const html = await serverHtml("/compare?roles=back-end-developer,data-scientist&occupations=29-1141");
      const text = textOf(html);
      expect(text).not.toMatch(/undefined|NaN|\[object/);
      expect(text).toContain("Compare roles and occupations");
      expect(text).toContain("BLS occupation, SOC 29-1141");
      expect(text).toContain("$93,600");
      expect(text).toContain("Pay range: annual pay percentiles, May 2024");
      expect(text).toContain("$66,030");
      expect(text).toContain("The 10th and 25th percentiles are not a starting salary");
      expect(text).toContain("Epic Systems");
      expect(text).toContain("Occupations: exposure to large language models (GPTs are GPTs");
      expect(text).toContain("Occupations: measured AI applicability (Working with AI");
      expect(text).toContain("Registered nurses is a BLS occupation, not a curated tech role");
      expect(text).toContain("None: a BLS occupation spans every level");
      // Slides and the handout are offered for a comparison with occupations too.
      expect(text).not.toContain("Slides and the printed handout are made for comparisons of curated roles");
      expect(text).toContain("Present this comparison to a class");
      expect(text).toContain("Print a one-page handout");
      // Every cited source is in the numbered list at the foot of the page.
      const { data } = await page("/compare?roles=back-end-developer,data-scientist&occupations=29-1141");
      for (const source of data.comparison!.sources) expect(html).toContain(`id="source-${source.id}"`);
    });

    it("keeps the picker one plain GET form carrying the whole address, the role list and the occupation field (no JavaScript needed)", async () => {
      const html = await serverHtml("/compare?roles=cto&occupations=29-1141&vintage=2022-32");
      const forms = html.match(/<form[^>]*>.*?<\/form>/g) ?? [];
      const picker = forms.find((f) => f.includes('name="find"'))!;
      expect(picker).toMatch(/method="get"/);
      expect(picker).toMatch(/action="\/compare"/);
      // One form: a role chosen and an occupation typed travel together (with two, finding "nurse" lost the role chosen).
      expect(picker).toContain('name="add"');
      for (const hidden of ['name="roles" value="cto"', 'name="occupations" value="29-1141"', 'name="vintage" value="2022-32"']) {
        expect(picker).toContain(hidden);
      }
      expect(picker).not.toMatch(/required/);
    });

    it("renders a role-only comparison as before (no occupation labels, slides and handout offered), with each role's whole-occupation pay range", async () => {
      const text = textOf(await serverHtml("/compare?roles=back-end-developer,data-scientist"));
      expect(text).toContain("Compare roles");
      expect(text).not.toContain("Compare roles and occupations");
      expect(text).not.toContain("Tech role");
      expect(text).toContain("Pay range: annual pay percentiles, May 2024");
      expect(text).toContain("Web developers (15-1254): all web developers, not only back-end developers");
      expect(text).toContain("The 10th and 25th percentiles are not a starting salary.");
      expect(text).toContain("Print a one-page handout");
    });
  });

  describe("an occupation OEWS pays by the hour only (Actors), beside a role and Registered nurses", () => {
    const ACTORS = "/compare?roles=software-engineer&occupations=27-2011,29-1141";

    it("shows Actors' hourly median as the profile does, in the quick facts, the pay chart's summary and the figures CSV", async () => {
      const text = textOf(await serverHtml(ACTORS));
      expect(text).toContain("Median pay");
      expect(text).toContain("$23.33 an hour");
      expect(text).not.toContain("No median pay is published with the 2024–34 projections for Actors");
      // No bar in dollars a year for it (never converted), but the summary gives the figure with its year.
      expect(text).toContain(
        "Not on this chart, whose bars are dollars a year: Actors $23.33 an hour (May 2024; OEWS publishes hourly pay only).",
      );
      const { records, header } = await readCsv(
        await compareCsvLoader(routeArgs(ACTORS.replace("/compare?", "/compare.csv?") + "&table=figures")),
      );
      const actors = records.find((r) => r[header.indexOf("SOC code")] === "27-2011")!;
      expect(actors[header.indexOf("Median annual wage (USD)")]).toBe("");
      expect(actors[header.indexOf("Median hourly wage, where published by the hour only (USD an hour)")]).toBe("23.33");
      expect(actors[header.indexOf("Median hourly wage source")]).toMatch(/Occupational Employment and Wage Statistics/);
      expect(actors[header.indexOf("Wage data year (May)")]).toBe("2024");
      const nurses = records.find((r) => r[header.indexOf("SOC code")] === "29-1141")!;
      expect(nurses[header.indexOf("Median hourly wage, where published by the hour only (USD an hour)")]).toBe("");
    });

    it("says in the charts' summaries that a role's figures are its whole occupation's, in the pay table's words", async () => {
      const text = textOf(await serverHtml(ACTORS));
      const role = "Software Engineer (figures are for all software developers, not only software engineers; SOC 15-1252)";
      expect(text).toMatch(new RegExp(`Projected change in employment over 2024–34: ${role.replace(/[()]/g, "\\$&")} \\+`));
      expect(text).toMatch(new RegExp(`Median annual pay: ${role.replace(/[()]/g, "\\$&")} \\$`));
      expect(text).not.toContain("Median annual pay: Software Engineer $");
    });
  });

  describe("queries", () => {
    it("cost the same for 2 and for 4 items, for a mix and for occupations only", async () => {
      await page("/compare?roles=cto&occupations=15-1252"); // the data version's first page reads what is kept for it
      const mixTwo = await page("/compare?roles=back-end-developer&occupations=29-1141");
      const mixFour = await page("/compare?roles=back-end-developer,data-scientist&occupations=29-1141,15-1252");
      expect(mixFour.data.comparison!.columns).toHaveLength(4);
      expect(queriesOf(mixTwo.headers)).toBe(queriesOf(mixFour.headers));
      // Data version 1 + occupation titles 1 + roles 9 + occupations 4 + pay percentiles 1; the role list, the periods
      // and the sources are kept for the data version (19 before, ADR 013 amended 2026-12-07).
      expect(queriesOf(mixFour.headers)).toBe(16);
      const two = await page("/compare?occupations=29-1141,15-1252");
      const four = await page("/compare?occupations=29-1141,15-1252,47-2111,11-1011");
      expect(four.data.comparison!.columns).toHaveLength(4);
      expect(queriesOf(two.headers)).toBe(queriesOf(four.headers));
      expect(queriesOf(four.headers)).toBe(7);
      const csvTwo = await compareCsvLoader(routeArgs("/compare.csv?roles=cto&occupations=29-1141&table=figures"));
      const csvFour = await compareCsvLoader(routeArgs("/compare.csv?roles=cto,qa-engineer&occupations=29-1141,15-1252&table=figures"));
      expect(queriesOf(csvTwo.headers)).toBe(queriesOf(csvFour.headers));
    });
  });

  describe("the picker", () => {
    it("shows one occupation with the picker asking for another item (200), as an occupation profile's link opens it", async () => {
      const { status, data } = await page("/compare?occupations=29-1141");
      expect(status).toBe(200);
      expect(data.comparison).toBeNull();
      expect(data.chosenOccupations).toEqual([
        { socCode: "29-1141", title: "Registered nurses", sourceId: expect.any(String), kind: "detailed" },
      ]);
    });

    it("adds an occupation typed as a code with a redirect to the plain address, keeping roles, order and period", async () => {
      const response = await thrownResponse(() =>
        compareLoader(routeArgs("/compare?roles=cto&occupations=15-1252&find=+29-1141+&vintage=2022-32")),
      );
      expect(response.status).toBe(302);
      expect(response.headers.get("Location")).toBe("/compare?roles=cto&occupations=15-1252,29-1141&vintage=2022-32");
    });

    it("adds a role chosen and searches the words typed in one go, ignoring an empty role choice", async () => {
      const response = await thrownResponse(() => compareLoader(routeArgs("/compare?add=data-scientist&add=&find=registered+nurse")));
      expect(response.status).toBe(302);
      expect(response.headers.get("Location")).toBe("/compare?roles=data-scientist&find=registered+nurse");
      const { status, data } = await page("/compare?roles=data-scientist&find=registered+nurse");
      expect(status).toBe(200);
      expect(data.chosen.map((c) => c.slug)).toEqual(["data-scientist"]);
      expect(data.occupationSearch!.matches.find((m) => m.socCode === "29-1141")?.href).toBe(
        "/compare?roles=data-scientist&occupations=29-1141",
      );
      // Full after adding (four items): the words are dropped, since a full comparison offers no occupation to add.
      const full = await thrownResponse(() =>
        compareLoader(routeArgs("/compare?roles=cto,data-scientist,web-developer&add=qa-engineer&find=registered+nurse")),
      );
      expect(full.headers.get("Location")).toBe("/compare?roles=cto,data-scientist,web-developer,qa-engineer");
    });

    it("takes an O*NET code for the BLS line it is filed under, in the address or typed, with a redirect to the line's code", async () => {
      for (const [query, location] of [
        ["?roles=cto&occupations=15-1299.04,29-1141.01", "/compare?roles=cto&occupations=15-1299,29-1141"],
        ["?occupations=15-1252&find=15-1299.08", "/compare?occupations=15-1252,15-1299"],
      ] as const) {
        const response = await thrownResponse(() => compareLoader(routeArgs(`/compare${query}`)));
        expect(response.status, query).toBe(302);
        expect(response.headers.get("Location"), query).toBe(location);
      }
    });

    it("lists the occupations whose titles match typed words, each with the address that adds it", async () => {
      const { status, data } = await page("/compare?roles=cto&find=registered%20nurse");
      expect(status).toBe(200);
      expect(data.occupationSearch?.query).toBe("registered nurse");
      const nurses = data.occupationSearch!.matches.find((m) => m.socCode === "29-1141");
      expect(nurses).toMatchObject({ title: "Registered nurses", href: "/compare?roles=cto&occupations=29-1141" });
      expect(nurses!.why.length).toBeGreaterThan(0);
      const none = await page("/compare?roles=cto&find=qqqqzzzz");
      expect(none.data.occupationSearch).toEqual({ query: "qqqqzzzz", matches: [] });
    });
  });

  describe("bad input", () => {
    it("answers an unknown occupation code, or all occupations, with 400 naming it and keeps the picker", async () => {
      const unknown = await page("/compare?roles=cto&occupations=15-1252,99-9999");
      expect(unknown.status).toBe(400);
      expect(unknown.data.comparison).toBeNull();
      expect(unknown.data.chosenOccupations.map((o) => o.socCode)).toEqual(["15-1252"]);
      expect(unknown.data.problems.map((p) => p.kind)).toEqual(["unknown-occupation"]);
      expect(unknown.data.problems[0]!.message).toContain("“99-9999”");
      const total = await page("/compare?roles=cto&occupations=00-0000");
      expect(total.status).toBe(400);
      expect(total.data.problems[0]!.message).toContain("00-0000 is all occupations together");
      const typed = await page("/compare?roles=cto&find=99-9999");
      expect(typed.status).toBe(400);
      expect(typed.data.problems[0]!.message).toContain("“99-9999”");
    });

    it("counts roles and occupations together against the limit of four", async () => {
      const result = await page("/compare?roles=cto,data-scientist,qa-engineer&occupations=29-1141,15-1252");
      expect(result.status).toBe(400);
      expect(result.data.problems.map((p) => p.kind)).toEqual(["too-many"]);
      expect(result.data.problems[0]!.message).toContain("lists 5");
    });

    it("shows an occupation listed twice once, with a notice", async () => {
      const result = await page("/compare?occupations=29-1141,15-1252,29-1141");
      expect(result.status).toBe(200);
      expect(result.data.comparison!.columns).toHaveLength(2);
      expect(result.data.notices).toEqual(["Registered nurses was listed more than once in the address; it is shown once."]);
    });

    it("answers a malformed occupations parameter with a thrown 400 naming it, never a 500", async () => {
      for (const [query, message] of [
        ["?occupations=15-12", "“occupations”: “15-12” is not an occupation code"],
        ["?occupations=software-developers", "is not an occupation code"],
        ["?occupations=15-1252.0", "is not an occupation code"],
        [`?occupations=${"15-1252,".repeat(12)}`, "is too long"],
        [`?find=${"a".repeat(101)}`, "“find”: is too long"],
      ] as const) {
        const response = await thrownResponse(() => compareLoader(routeArgs(`/compare${query}`)));
        expect(response.status, query).toBe(400);
        expect(await response.text(), query).toContain(message);
      }
    });

    it("refuses a handout and a CSV with an unknown code with a 400 naming it, as an unknown role", async () => {
      const handout = await thrownResponse(() => handoutLoader(routeArgs("/compare/handout?roles=cto&occupations=99-9999")));
      expect(handout.status).toBe(400);
      expect(await handout.text()).toContain("“99-9999”");
      const csv = await thrownResponse(() => compareCsvLoader(routeArgs("/compare.csv?roles=cto&occupations=99-9999&table=figures")));
      expect(csv.status).toBe(400);
      expect(await csv.text()).toContain("“99-9999”");
    });
  });

  describe("CSV", () => {
    it("has a row per occupation with the same figures as the page, and its percentiles, technologies and AI scores in tables of their own", async () => {
      const csv = (table: string) =>
        compareCsvLoader(routeArgs(`/compare.csv?roles=back-end-developer&occupations=29-1141&table=${table}`));
      const response = await csv("figures");
      expect(response.headers.get("Content-Disposition")).toContain("compare-back-end-developer-vs-29-1141-2024-34-figures.csv");
      const { lines } = await readCsv(response);
      const published = seedRow("projections.csv", (r) => r.soc_code === "29-1141" && r.vintage === "2024-34");
      // Table 1.10's split of the openings beside the openings.
      expect(lines[2]).toMatch(
        new RegExp(
          `^occupation,,Registered nurses,29-1141,Registered nurses,2024-34,2024,2034,${published.employment_base},${published.employment_projected},${published.change_numeric},${published.change_percent},${published.annual_openings},${published.labor_force_exits},${published.occupational_transfers},${published.median_annual_wage},,,,,2024,"U\\.S\\. Bureau of Labor Statistics, [^"]+",https://www\\.bls\\.gov/[^,"]+,Bachelor's degree,None,2024-34,`,
        ),
      );
      const pay = seedRow("pay-percentiles.csv", (r) => r.soc_code === "29-1141");
      const percentiles = await readCsv(await csv("pay-percentiles"));
      expect(percentiles.lines).toContainEqual(
        expect.stringContaining(
          `occupation,,Registered nurses,29-1141,Registered nurses,${pay.annual_p10},${pay.annual_p25},${pay.annual_median},${pay.annual_p75},${pay.annual_p90},2024,"U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics`,
        ),
      );
      expect((await readCsv(await csv("technologies"))).records.length).toBeGreaterThan(0);
      const alpha = seedRow("ai-exposure.csv", (r) => r.onet_code === "29-1141.00" && r.rater === "gpt4" && r.measure === "alpha");
      // Scores exactly as the study's file writes them.
      expect((await readCsv(await csv("ai-exposure"))).records).toContainEqual([
        "occupation",
        "",
        "Registered nurses",
        "29-1141",
        "Registered nurses",
        "29-1141.00",
        expect.any(String),
        "alpha",
        "gpt4",
        alpha.score,
        expect.stringContaining("GPTs are GPTs"),
        expect.stringMatching(/^https:\/\//),
        expect.stringMatching(/^v\d+-[0-9a-f]{8}$/),
      ]);
      const applicability = seedRow("ai-applicability.csv", (r) => r.soc_code === "29-1141");
      expect((await readCsv(await csv("ai-applicability"))).records).toContainEqual([
        "29-1141",
        "29-1141",
        expect.any(String),
        applicability.score,
        expect.any(String),
        expect.stringMatching(/^https:\/\//),
        expect.stringMatching(/^v\d+-[0-9a-f]{8}$/),
      ]);
    });

    it("charts occupations beside roles, marked as such", async () => {
      const growth = await compareCsvLoader(routeArgs("/compare.csv?roles=cto&occupations=29-1141&chart=growth"));
      const { lines } = await readCsv(growth);
      expect(lines).toHaveLength(4);
      expect(lines[1]).toMatch(/^role,cto,/);
      expect(lines[2]).toMatch(/^occupation,,Registered nurses,29-1141,Registered nurses,2024-34,/);
      expect(lines[3]).toMatch(/^all occupations,/);
    });
  });
});
