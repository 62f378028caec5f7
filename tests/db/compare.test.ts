import { beforeAll, describe, expect, it } from "vitest";
import { withQueryStats } from "~db/client";
import { getRoleComparison, listRoleChoices, type RoleComparison } from "~/features/compare/queries.server";
import { loader as compareLoader } from "~/routes/compare";
import { loader as compareCsvLoader } from "~/routes/compare[.]csv";
import { pairwiseSkillOverlaps, splitSkills } from "~/features/compare/skill-overlap";
import { COMPARE_CSV_TABLES, compareCsvTablesOf } from "~/features/compare/compare-csv-tables";
import { describeEachDriver } from "./harness";
import { answerOf, queriesOf, readCsv, routeArgs, thrownResponse } from "./route-args";
import { sourceCredit } from "~/features/sources/citations";

/** Runs the page loader for an address that must not throw (200 pages, and the 400 pages that keep the picker). */
const page = (path: string) => answerOf(compareLoader(routeArgs(path)));

describeEachDriver("compare model and routes", { seed: true }, () => {
  describe("two roles that share an occupation: back-end and front-end developer (2024-34)", () => {
    let comparison: RoleComparison;
    beforeAll(async () => {
      comparison = await getRoleComparison({ slugs: ["back-end-developer", "front-end-developer"], vintage: "2024-34" });
    });

    it("keeps the order asked for and says that the two share Web developers (15-1254), so their figures are identical", () => {
      expect(comparison.roles.map((r) => r.slug)).toEqual(["back-end-developer", "front-end-developer"]);
      expect(comparison.sharedOccupations).toEqual([
        { socCode: "15-1254", title: "Web developers", roleSlugs: ["back-end-developer", "front-end-developer"] },
      ]);
      const [a, b] = comparison.roles;
      expect(a!.projection).toEqual(b!.projection);
    });

    it("gives each role's quick facts as BLS published them, with the all-occupations line of the same vintage", () => {
      const backEnd = comparison.roles[0]!;
      expect(backEnd.occupation).toEqual({ socCode: "15-1254", title: "Web developers", onetCode: "15-1254.00", sourceId: "onet-30-1" });
      expect(backEnd.projection).toMatchObject({
        vintage: "2024-34",
        changePercent: 7.5,
        changeNumeric: 6500,
        annualOpenings: 5400,
        employmentBase: 86000,
        medianAnnualWage: 90930,
        wageYear: 2024,
        sourceId: "bls-ep-2024-34",
      });
      expect(backEnd.growthComparison).toEqual({
        allOccupationsPercent: 3.1,
        allOccupationsSourceId: "bls-ep-2024-34",
        relation: "multiple",
        ratio: 2.4,
      });
      expect(backEnd).toMatchObject({
        entryEducation: "Bachelor's degree",
        workExperience: "None",
        entrySourceId: "bls-ep-2024-34",
        entryDataYear: "2024-34",
      });
      expect(comparison.allOccupations).toMatchObject({
        changePercent: 3.1,
        medianAnnualWage: 49500,
        wageYear: 2024,
        employmentBase: 169956100,
        annualOpenings: 18863300,
        sourceId: "bls-ep-2024-34",
      });
    });

    it("computes the overlap and the split from the roles' own skill lists with the tested pure functions", () => {
      const lists = comparison.roles.map((r) => r.skills);
      expect(comparison.skills.overlaps).toEqual(pairwiseSkillOverlaps(lists));
      const split = splitSkills(lists);
      expect(comparison.skills.sharedByAll.map((p) => p.slug)).toEqual(split.sharedByAll.map((p) => p.slug));
      expect(comparison.skills.sharedBySome).toEqual([]);
      // Shared + only-in-each covers every skill of each role exactly once.
      comparison.roles.forEach((role, i) => {
        const shared = comparison.skills.sharedByAll.map((p) => p.slug);
        const own = comparison.skills.onlyIn[i]!.map((s) => s.slug);
        expect([...shared, ...own].sort()).toEqual(role.skills.map((s) => s.slug).sort());
      });
      const [pair] = comparison.skills.overlaps;
      expect(pair!.percent).toBeGreaterThan(0);
      expect(pair!.percent).toBeLessThan(100);
    });

    it("lists hot skills in common only where both need the skill and O*NET marks it, with the O*NET source", () => {
      expect(comparison.hotSkillsInCommon.length).toBeGreaterThan(0);
      for (const hot of comparison.hotSkillsInCommon) {
        expect(hot.byRole.every((i) => i !== null)).toBe(true);
        expect(hot.hotTechnology || hot.inDemandFor.length > 0).toBe(true);
        expect(hot.onetSourceId).toBe("onet-30-1");
      }
      expect(comparison.hotSkillsInCommon.map((h) => h.slug)).toContain("javascript");
    });

    it("keeps AI-impact layers apart per role and shows economy-wide notes once", () => {
      for (const role of comparison.roles) {
        expect(role.aiImpact.exposure?.onetCode).toBe("15-1254.00");
        for (const layer of ["official", "research", "editorial"] as const) {
          for (const note of role.aiImpact[layer]) {
            expect(note.layer).toBe(layer);
            expect(note.scope).not.toBe("economy");
          }
        }
      }
      const economy = [
        ...comparison.economyAiNotes.official,
        ...comparison.economyAiNotes.research,
        ...comparison.economyAiNotes.editorial,
      ];
      expect(economy.length).toBeGreaterThan(0);
      expect(economy.every((n) => n.scope === "economy")).toBe(true);
      // The back-end articles' editorial notes are about the back-end role only.
      expect(comparison.roles[0]!.aiImpact.editorial.length).toBeGreaterThan(0);
      expect(comparison.roles[1]!.aiImpact.editorial).toEqual([]);
    });

    it("says where each leads and which next roles they have in common", () => {
      expect(comparison.roles[0]!.leadsTo.map((e) => e.slug)).toContain("lead-developer");
      expect(comparison.destinationsInCommon.map((d) => d.slug)).toEqual(
        expect.arrayContaining(["full-stack-developer", "senior-software-engineer"]),
      );
      for (const d of comparison.destinationsInCommon) expect(d.fromSlugs).toEqual(["back-end-developer", "front-end-developer"]);
    });

    it("lists industries per role and those named for both", () => {
      expect(comparison.roles[0]!.industries[0]).toMatchObject({ slug: "tech-startups", rank: 1 });
      for (const i of comparison.industriesInCommon) {
        for (const role of comparison.roles) expect(role.industries.map((x) => x.slug)).toContain(i.slug);
      }
    });

    it("cites every source it uses, each once", () => {
      const ids = comparison.sources.map((s) => s.id);
      expect(new Set(ids).size).toBe(ids.length);
      const used = new Set<string>();
      JSON.stringify(comparison.roles, (key, value: unknown) => {
        if (
          (key === "sourceId" || key === "entrySourceId" || key === "onetSourceId" || key === "allOccupationsSourceId") &&
          typeof value === "string"
        )
          used.add(value);
        return value;
      });
      for (const id of used) expect(ids).toContain(id);
    });
  });

  describe("four roles from different occupations", () => {
    const slugs = ["data-scientist", "back-end-developer", "cto", "technical-writer"];

    it("keeps their order and shows the 2022-32 pay where sources disagree", async () => {
      const comparison = await getRoleComparison({ slugs, vintage: "2022-32" });
      expect(comparison.roles.map((r) => r.slug)).toEqual(slugs);
      expect(comparison.sharedOccupations).toEqual([]);
      expect(comparison.skills.overlaps.map((o) => [o.a, o.b])).toEqual([
        [0, 1],
        [0, 2],
        [0, 3],
        [1, 2],
        [1, 3],
        [2, 3],
      ]);
      const backEnd = comparison.roles[1]!;
      expect(backEnd.projection).toMatchObject({ vintage: "2022-32", medianAnnualWage: 78580 });
      expect(backEnd.otherWages.map((w) => w.medianAnnualWage)).toContain(84960);
      expect(comparison.allOccupations?.changePercent).toBe(2.8);
    });

    it("costs the same queries for 2 and for 4 roles (nothing is queried per role)", async () => {
      const two = await withQueryStats(() => getRoleComparison({ slugs: slugs.slice(0, 2), vintage: "2024-34" }));
      const four = await withQueryStats(() => getRoleComparison({ slugs, vintage: "2024-34" }));
      expect(two.result.roles).toHaveLength(2);
      expect(four.result.roles).toHaveLength(4);
      expect(four.queries).toBe(two.queries);
      expect(four.queries).toBeLessThanOrEqual(11);
    });
  });

  it("lists every role for the picker in one query", async () => {
    const { result, queries } = await withQueryStats(() => listRoleChoices());
    expect(queries).toBe(1);
    expect(result.length).toBeGreaterThanOrEqual(30);
    expect(result.find((r) => r.slug === "back-end-developer")).toEqual({
      slug: "back-end-developer",
      title: "Back-End Developer",
      careerCluster: "software-development",
    });
  });

  describe("page loader", () => {
    it("compares two roles with public cache headers and the same query count for 2 and 4 roles", async () => {
      await page("/compare?roles=cto,qa-engineer"); // the data version's first page reads what is kept for it
      const two = await page("/compare?roles=back-end-developer,data-scientist");
      expect(two.status).toBe(200);
      expect(two.data.comparison?.roles.map((r) => r.slug)).toEqual(["back-end-developer", "data-scientist"]);
      expect(two.data.csvHref).toBe("/compare.csv?roles=back-end-developer,data-scientist&table=figures");
      expect(two.headers.get("Cache-Control")).toContain("public");
      expect(two.headers.get("ETag")).toMatch(/^W\/"v\d+-/);
      const four = await page("/compare?roles=back-end-developer,data-scientist,cto,qa-engineer&vintage=2023-33");
      expect(four.data.comparison?.roles).toHaveLength(4);
      expect(four.data.comparison?.vintage).toBe("2023-33");
      expect(four.data.csvHref).toBe("/compare.csv?roles=back-end-developer,data-scientist,cto,qa-engineer&vintage=2023-33&table=figures");
      expect(queriesOf(two.headers)).toBe(queriesOf(four.headers));
      // The data version, and the comparison's ten (the roles' OEWS pay percentiles included): the role list, the loaded
      // periods and the sources are kept for the data version (three queries more on its first page, 14 in all).
      expect(queriesOf(two.headers)).toBe(11);
      // An address without occupations is what it always was: no occupation column, slides and handout offered.
      expect(two.data.chosenOccupations).toEqual([]);
      expect(two.data.comparison?.occupations).toEqual([]);
      expect(two.data.actions?.handout).toBe("/compare/handout?roles=back-end-developer,data-scientist");
    });

    it("shows the picker, not an error, with fewer than two roles", async () => {
      await page("/compare"); // the data version's first page reads what is kept for it
      const none = await page("/compare");
      expect(none.status).toBe(200);
      expect(none.data.chosen).toEqual([]);
      expect(none.data.comparison).toBeNull();
      const one = await page("/compare?roles=cto");
      expect(one.status).toBe(200);
      expect(one.data.chosen.map((c) => c.slug)).toEqual(["cto"]);
      expect(one.data.comparison).toBeNull();
      // The data version: the role list and the loaded periods (the picker's period switch) are kept for it.
      expect(queriesOf(one.headers)).toBe(1);
      expect(one.data.periods.options.map((o) => o.vintage)).toEqual(["2024-34", "2023-33", "2022-32"]);
    });

    it("answers an unknown role with 400, naming it, with “did you mean” links that replace it in place", async () => {
      const result = await page("/compare?roles=data-scientist,back-end-develper,cto");
      expect(result.status).toBe(400);
      expect(result.data.comparison).toBeNull();
      expect(result.data.chosen.map((c) => c.slug)).toEqual(["data-scientist", "cto"]);
      const [problem] = result.data.problems;
      expect(problem!.kind).toBe("unknown");
      expect(problem!.message).toContain("“back-end-develper”");
      expect(problem!.suggestions[0]).toEqual({
        slug: "back-end-developer",
        title: "Back-End Developer",
        href: "/compare?roles=data-scientist,back-end-developer,cto",
      });
    });

    it("answers more than four roles with 400 and asks to remove some", async () => {
      const result = await page("/compare?roles=cto,data-scientist,qa-engineer,web-developer,technical-writer");
      expect(result.status).toBe(400);
      expect(result.data.problems.map((p) => p.kind)).toEqual(["too-many"]);
      expect(result.data.problems[0]!.message).toContain("at most 4 roles");
      expect(result.data.problems[0]!.message).toContain("Remove 1");
      expect(result.data.chosen).toHaveLength(5);
    });

    it("shows a role listed twice once, with a notice (not an error)", async () => {
      const result = await page("/compare?roles=cto,data-scientist,cto");
      expect(result.status).toBe(200);
      expect(result.data.comparison?.roles.map((r) => r.slug)).toEqual(["cto", "data-scientist"]);
      expect(result.data.notices).toEqual([`${result.data.chosen[0]!.title} was listed more than once in the address; it is shown once.`]);
      // Four distinct roles plus a repeat is still four: not "too many".
      const four = await page("/compare?roles=cto,data-scientist,qa-engineer,web-developer,cto");
      expect(four.status).toBe(200);
      expect(four.data.comparison?.roles).toHaveLength(4);
    });

    it("turns the picker's ?add= into the plain ?roles= address (redirect), keeping order and vintage", async () => {
      const response = await thrownResponse(() =>
        compareLoader(routeArgs("/compare?roles=cto%2Cdata-scientist&add=qa-engineer&vintage=2022-32")),
      );
      expect(response.status).toBe(302);
      expect(response.headers.get("Location")).toBe("/compare?roles=cto,data-scientist,qa-engineer&vintage=2022-32");
      const fromFinder = await thrownResponse(() => compareLoader(routeArgs("/compare?add=cto&add=web-developer")));
      expect(fromFinder.headers.get("Location")).toBe("/compare?roles=cto,web-developer");
      // An unknown role in add is a 400 page, not a redirect.
      expect((await page("/compare?roles=cto&add=nobody-at-all")).status).toBe(400);
    });

    it("answers malformed input with a thrown 400 and a message, never a 500", async () => {
      for (const [query, message] of [
        ["?roles=Back-End-Developer,cto", "“Back-End-Developer” is not a role address"],
        ["?roles=cto;data-scientist", "is not a role address"],
        ["?roles=%3Cscript%3E", "is not a role address"],
        [`?roles=${"a".repeat(401)}`, "is too long"],
        [`?roles=${"a".repeat(81)},cto`, "is not a role address"],
        ["?roles=cto,data-scientist&vintage=2019", "“vintage”: write a projection period"],
        ["?roles=cto,data-scientist&vintage=2019-29", "The periods loaded are 2024-34 (the newest), 2023-33 and 2022-32."],
        ["?add=Not%20A%20Slug", "lower-case letters"],
      ] as const) {
        const response = await thrownResponse(() => compareLoader(routeArgs(`/compare${query}`)));
        expect(response.status, query).toBe(400);
        expect(await response.text(), query).toContain(message);
      }
      // Empty entries (a trailing comma) are not an error.
      expect((await page("/compare?roles=cto,,data-scientist,")).data.comparison?.roles).toHaveLength(2);
    });
  });

  describe("CSV", () => {
    it("moves the former one-table address to the figures table (301), keeping its spelling", async () => {
      const moved = await thrownResponse(() => compareCsvLoader(routeArgs("/compare.csv?roles=back-end-developer,front-end-developer")));
      expect(moved.status).toBe(301);
      expect(moved.headers.get("Location")).toBe("/compare.csv?roles=back-end-developer,front-end-developer&table=figures");
    });

    it("downloads the figures: one row per role and all occupations, every figure with its source and data year", async () => {
      const response = await compareCsvLoader(routeArgs("/compare.csv?roles=back-end-developer,front-end-developer&table=figures"));
      expect(response.headers.get("Content-Disposition")).toContain(
        "compare-back-end-developer-vs-front-end-developer-2024-34-figures.csv",
      );
      const { header, records, lines } = await readCsv(response);
      expect(header).toEqual([
        "Compared as",
        "Role slug",
        "Role or occupation",
        "SOC code",
        "Occupation",
        "Projection period",
        "Base year",
        "Target year",
        "Employment in base year (jobs)",
        "Employment in target year (jobs)",
        "Change (jobs)",
        "Change (%)",
        "Openings a year (jobs)",
        "Openings from labor force exits a year (jobs)",
        "Openings from occupational transfers a year (jobs)",
        "Median annual wage (USD)",
        "Median annual wage at least, where published only as the top code (USD)",
        "Median annual wage at least source",
        "Median hourly wage, where published by the hour only (USD an hour)",
        "Median hourly wage source",
        "Wage data year (May)",
        "Source",
        "Source URL",
        "Typical entry education",
        "Work experience in a related occupation",
        "Entry education data year",
        "Entry education source",
        "Same occupation as",
        "Data version",
      ]);
      expect(records.map((r) => r[0])).toEqual(["role", "role", "all occupations"]);
      expect(lines[1]).toMatch(
        /^role,back-end-developer,Back-End Developer,15-1254,Web developers,2024-34,2024,2034,86000,92500,6500,7\.5,5400,1700,3100,90930,,,,,2024,"U\.S\. Bureau of Labor Statistics, [^"]+",https:\/\/[^,"]+,Bachelor's degree,None,2024-34,"U\.S\. Bureau[^"]+",front-end-developer,v\d+-[0-9a-f]{8}$/,
      );
      expect(lines[3]).toMatch(
        /^all occupations,,All occupations,00-0000,"Total, all occupations",2024-34,2024,2034,169956100,175167900,5211800,3\.1,18863300,8155000,10187100,49500,,,,,2024,"U\.S\. Bureau/,
      );
    });

    it("gives a role's row the openings split (BLS Table 1.10) of its occupation's line for the period shown", async () => {
      const EXITS = "Openings from labor force exits a year (jobs)";
      const TRANSFERS = "Openings from occupational transfers a year (jobs)";
      const figures = async (query: string) => {
        const { header, records } = await readCsv(await compareCsvLoader(routeArgs(`/compare.csv?${query}&table=figures`)));
        return (comparedAs: string, socCode: string, column: string) =>
          records.find((r) => r[0] === comparedAs && r[header.indexOf("SOC code")] === socCode)![header.indexOf(column)];
      };
      // As BLS publishes them for 2024-34 (seed/data/projections.csv): Web developers (Back-End Developer's occupation)
      // 1,700 and 3,100; data scientists 5,800 and 9,300; all occupations 8,155,000 and 10,187,100.
      const roles = await figures("roles=back-end-developer,data-scientist");
      expect([roles("role", "15-1254", EXITS), roles("role", "15-1254", TRANSFERS)]).toEqual(["1700", "3100"]);
      expect([roles("role", "15-2051", EXITS), roles("role", "15-2051", TRANSFERS)]).toEqual(["5800", "9300"]);
      expect([roles("all occupations", "00-0000", EXITS), roles("all occupations", "00-0000", TRANSFERS)]).toEqual(["8155000", "10187100"]);
      // Beside the occupations themselves, a role's row is its occupation's, source included, in each period: 2022-32's
      // workbook has its own split; 2023-33's data-tool export publishes none, so neither row has one.
      for (const vintage of ["2024-34", "2022-32", "2023-33"]) {
        const mixed = await figures(`roles=back-end-developer,data-scientist&occupations=15-1254,15-2051&vintage=${vintage}`);
        for (const socCode of ["15-1254", "15-2051"]) {
          for (const column of [EXITS, TRANSFERS, "Openings a year (jobs)", "Projection period", "Source"]) {
            expect(mixed("role", socCode, column), `${vintage} ${socCode} ${column}`).toBe(mixed("occupation", socCode, column));
          }
          expect(mixed("role", socCode, EXITS) === "", `${vintage} ${socCode}`).toBe(vintage === "2023-33");
        }
      }
    });

    it("downloads skills and skill overlap as tables of their own", async () => {
      const skills = await readCsv(
        await compareCsvLoader(routeArgs("/compare.csv?roles=back-end-developer,front-end-developer&table=skills")),
      );
      expect(skills.header).toEqual([
        "Role slug",
        "Role",
        "Skill",
        "Skill kind",
        "Core or useful",
        "Also listed by",
        "O*NET Hot Technology",
        "O*NET In Demand for (O*NET-SOC codes)",
        "Source",
        "Source URL",
        "Data version",
      ]);
      expect(skills.records).toContainEqual([
        "back-end-developer",
        "Back-End Developer",
        "JavaScript",
        "Programming languages",
        "core",
        "front-end-developer",
        "yes",
        expect.stringContaining("15-1254.00"),
        expect.any(String),
        expect.any(String),
        expect.stringMatching(/^v\d+-[0-9a-f]{8}$/),
      ]);
      const overlap = await readCsv(
        await compareCsvLoader(routeArgs("/compare.csv?roles=back-end-developer,front-end-developer&table=skill-overlap")),
      );
      expect(overlap.records).toHaveLength(1);
      expect(overlap.records[0]!.slice(0, 3)).toEqual(["back-end-developer", "Back-End Developer", "front-end-developer"]);
      expect(overlap.records[0]![4]).toMatch(/^\d+\/\d+$/);
      // Each role's occupation's OEWS percentiles, as the page's pay range shows them (both roles are 15-1254 Web developers).
      const pay = await readCsv(
        await compareCsvLoader(routeArgs("/compare.csv?roles=back-end-developer,front-end-developer&table=pay-percentiles")),
      );
      expect(pay.records.map((r) => r.slice(0, 4))).toEqual([
        ["role", "back-end-developer", "Back-End Developer", "15-1254"],
        ["role", "front-end-developer", "Front-End Developer", "15-1254"],
      ]);
    });

    it("downloads a comparison of roles only with each role's exposure scores, as the page's table shows them", async () => {
      // What would break: roles=… alone gave ai-exposure a header and no rows while the page showed "β exposure".
      const ROLES = "roles=back-end-developer,data-scientist,security-analyst";
      const { data } = await page(`/compare?${ROLES}`);
      const shown = data.comparison!.roles.flatMap((role) =>
        (role.aiImpact.exposure?.rows ?? []).flatMap(({ measure, gpt4, human }) =>
          [
            ["gpt4", gpt4],
            ["human", human],
          ].flatMap(([rater, score]) =>
            score === null ? [] : [[role.slug, role.aiImpact.exposure!.onetCode, measure, rater, String(score)].join("|")],
          ),
        ),
      );
      // Three roles, three measures, two raters: the page's whole table, nothing more.
      expect(shown).toHaveLength(18);
      const { header, records } = await readCsv(await compareCsvLoader(routeArgs(`/compare.csv?${ROLES}&table=ai-exposure`)));
      expect(header.slice(0, 8)).toEqual([
        "Compared as",
        "Role slug",
        "Role or occupation",
        "SOC code",
        "Occupation",
        "O*NET-SOC code",
        "O*NET occupation",
        "AI measure",
      ]);
      expect(records.map((r) => [r[1], r[5], r[7], r[8], r[9]].join("|"))).toEqual(shown);
      expect(records[0]!.slice(0, 5)).toEqual(["role", "back-end-developer", "Back-End Developer", "15-1254", "Web developers"]);
      expect(records[0]![10]).toContain("GPTs are GPTs");
      // The page offers the download it now fills.
      expect(compareCsvTablesOf(data.comparison!)).toContain("ai-exposure");
    });

    it("says why a table has no rows (404 with where to look) instead of sending a header alone", async () => {
      // What would break: table=technologies for roles answered 200 with a header only. The page shows O*NET's
      // technologies for compared occupations only and sends a role's reader to its occupation's page.
      const roles = "roles=back-end-developer,data-scientist,security-analyst";
      const technologies = await thrownResponse(() => compareCsvLoader(routeArgs(`/compare.csv?${roles}&table=technologies`)));
      expect(technologies.status).toBe(404);
      const why = await technologies.text();
      expect(why).toContain("table=skills");
      expect(why).toContain("/occupations/15-1254#skills");
      expect(why).toContain("/occupations/15-2051#skills");
      const applicability = await thrownResponse(() => compareCsvLoader(routeArgs(`/compare.csv?${roles}&table=ai-applicability`)));
      expect(applicability.status).toBe(404);
      expect(await applicability.text()).toContain("table=ai-exposure");
      // Every table the page offers has rows, and every table it leaves out answers 404, for roles, occupations and both.
      for (const items of [roles, "occupations=15-1252,29-1141", "roles=back-end-developer&occupations=29-1141"]) {
        const { data } = await page(`/compare?${items}`);
        const offered = compareCsvTablesOf(data.comparison!);
        for (const table of COMPARE_CSV_TABLES) {
          const path = `/compare.csv?${items}&table=${table}`;
          if (offered.includes(table)) {
            const { header, records } = await readCsv(await compareCsvLoader(routeArgs(path)));
            expect(records.length, path).toBeGreaterThan(0);
            // Every file ends with the data version its figures are from, as /data says of our CSVs.
            expect(header.at(-1), path).toBe("Data version");
            for (const record of records) expect(record.at(-1), path).toMatch(/^v\d+-[0-9a-f]{8}$/);
            // And names each row's source's address beside it, as /roles.csv and /occupations.csv do (issue 15: the
            // comparison's files had a Source column and no Source URL).
            const at = header.indexOf("Source");
            expect(header[at + 1], path).toBe("Source URL");
            for (const record of records) {
              const cited = data.comparison!.sources.find((s) => sourceCredit(s) === record[at]);
              expect(record[at + 1], `${path}: ${record[at]}`).toBe(cited?.url ?? "");
            }
            // Each table cites a published source, but skill overlap, our own calculation.
            expect(
              records.some((record) => record[at + 1]!.startsWith("https://")),
              path,
            ).toBe(table !== "skill-overlap");
          } else {
            const response = await thrownResponse(() => compareCsvLoader(routeArgs(path)));
            expect(response.status, path).toBe(404);
            expect(await response.text(), path).toMatch(new RegExp(`^This comparison has no rows for table=${table}: .{20,}`));
          }
        }
      }
    });

    it("downloads each chart's rows with the all-occupations line", async () => {
      const growth = await compareCsvLoader(routeArgs("/compare.csv?roles=data-scientist,cto&chart=growth&vintage=2022-32"));
      const { lines } = await readCsv(growth);
      expect(lines[0]).toBe(
        "Compared as,Role slug,Role or occupation,SOC code,Occupation,Projection period,Base year,Target year,Employment in base year (jobs),Employment in target year (jobs),Change (%),Source,Source URL,Data version",
      );
      expect(lines).toHaveLength(4);
      expect(lines[3]).toMatch(
        /^all occupations,,All occupations,00-0000,"Total, all occupations",2022-32,2022,2032,164482600,169148100,2\.8,/,
      );
      const pay = await compareCsvLoader(routeArgs("/compare.csv?roles=data-scientist,cto&chart=pay"));
      expect((await readCsv(pay)).header).toEqual([
        "Compared as",
        "Role slug",
        "Role or occupation",
        "SOC code",
        "Occupation",
        "Median annual wage (USD)",
        "Wage data year (May)",
        "Source",
        "Source URL",
        "Data version",
      ]);
    });

    it("answers bad input with 400 and a message", async () => {
      for (const [query, message] of [
        ["?roles=cto&table=figures", "at least 2 roles or occupations"],
        ["?table=figures", "at least 2 roles or occupations"],
        ["?roles=cto,nobody&table=figures", "“nobody”"],
        ["?roles=cto,data-scientist,qa-engineer,web-developer,technical-writer&table=skills", "at most 4"],
        ["?roles=cto,data-scientist&chart=pie", "“chart”"],
        ["?roles=cto,data-scientist&table=everything", "“table”"],
        ["?roles=cto,data-scientist&table=skills&chart=pay", "not both"],
        ["?roles=CTO&table=figures", "not a role address"],
      ] as const) {
        const response = await thrownResponse(() => compareCsvLoader(routeArgs(`/compare.csv${query}`)));
        expect(response.status, query).toBe(400);
        expect(await response.text(), query).toContain(message);
      }
    });
  });
});
