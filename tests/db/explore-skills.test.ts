import { sql } from "drizzle-orm";
import { createElement } from "react";
import { expect, it } from "vitest";
import { loadDataset } from "../../seed/load";
import { seedDatabase } from "../../seed/seed";
import { database, rowsOf } from "~/lib/db.server";
import { listExactSkillNames, readOtherSkillNames, readSkillNames } from "~/features/explore/queries.server";
import { SkillsExplorer } from "~/features/explore/components/skills-explorer";
import { formatWageYear } from "~/lib/format";
import { medianPayText } from "~/features/pay/pay";
import { loader } from "~/routes/explore.skills";
import { changedPayDataset, describeEachDriver, SOFTWARE_DEVELOPERS_PAY } from "./harness";
import { medianCells, renderInRouter, sourceLinksNamed } from "./rendered-page";
import { answerOf, queriesOf, routeArgs, thrownResponse } from "./route-args";

const explore = (query = "") => answerOf(loader(routeArgs(`/explore/skills${query}`)));
const have = (...names: string[]) => names.map((n) => `have=${encodeURIComponent(n)}`).join("&");

describeEachDriver("start from your skills (/explore/skills)", { seed: true }, () => {
  it("ranks tech roles and occupations for Python, SQL and Excel, with what each still asks for and its outlook", async () => {
    const { data } = await explore(`?${have("Python", "sql", "excel")}`);
    // "sql" is the curated skill by name; "excel" is read as the O*NET technology that contains it.
    expect(data.readings.map((r) => [r.input, r.status])).toEqual([
      ["Python", "exact"],
      ["sql", "exact"],
      ["excel", "contained"],
    ]);
    expect(data.picks.map((p) => [p.name, p.kind])).toEqual([
      ["Python", "skill"],
      ["SQL", "skill"],
      ["Microsoft Excel", "technology"],
    ]);

    // Roles: best fit first; the data scientist needs all three (Excel through data analysis).
    expect(data.roles[0]!.slug).toBe("data-scientist");
    expect(data.roles[0]!.fit.maxPoints).toBe(6);
    for (let i = 1; i < data.roles.length; i++) expect(data.roles[i - 1]!.fit.points).toBeGreaterThanOrEqual(data.roles[i]!.fit.points);
    for (const role of data.roles) {
      expect(role.fit.points).toBeGreaterThan(0);
      for (const missing of role.missingCore) expect(["python", "sql", "data-analysis"]).not.toContain(missing.slug);
    }

    // Occupations: tech only by default, every one asks for at least one pick; data scientists list all three.
    const scientists = data.occupations.find((o) => o.socCode === "15-2051");
    expect(scientists?.fit.matched).toEqual([0, 1, 2]);
    expect(scientists?.changePercent).toBe(33.5); // BLS 2024-34, Table 1.2
    expect(scientists?.projectionSourceId).toBeTruthy();
    expect(scientists?.technologyCount).toBeGreaterThan(20);
    for (const o of data.occupations) {
      expect(o.tech).toBe(true);
      expect(o.fit.points).toBeGreaterThan(0);
      expect(o.missing.length).toBeLessThanOrEqual(4);
      for (const m of o.missing) expect(["Python", "Microsoft Excel", "Structured query language SQL"]).not.toContain(m.example);
    }
    expect(data.occupations.length).toBeLessThanOrEqual(20);
    expect(data.occupationMatches).toBeGreaterThan(data.occupations.length);

    // Learn next: up to three curated skills the student lacks, each asked for by growing careers.
    expect(data.learn.length).toBeGreaterThan(0);
    expect(data.learn.length).toBeLessThanOrEqual(3);
    for (const l of data.learn) {
      expect(["python", "sql", "data-analysis"]).not.toContain(l.skillSlug);
      expect(l.points).toBeGreaterThanOrEqual(l.careers.length);
    }
    expect(data.allOccupations?.changePercent).toBeTypeOf("number");
    // Every figure's source is on the page.
    const cited = new Set(data.sources.map((s) => s.id));
    for (const o of data.occupations) {
      expect(cited.has(o.technologySourceId)).toBe(true);
      if (o.projectionSourceId) expect(cited.has(o.projectionSourceId)).toBe(true);
    }
    // Each median comes with the 10th-90th spread of its own OEWS survey (same occupation, same May), cited.
    const withPay = [...data.roles, ...data.occupations].filter((c) => c.pay);
    expect(withPay.length).toBeGreaterThan(data.roles.length);
    for (const c of withPay) {
      expect(c.pay!.socCode).toBe(c.socCode);
      // The median's own survey: its May year is the line's, or its base year's where BLS prints no median.
      expect(c.pay!.wageYear).toBe(c.median!.wageYear);
      expect(cited.has(c.pay!.sourceId)).toBe(true);
    }
    const scientist = data.roles.find((r) => r.slug === "data-scientist")!;
    expect(scientist.pay?.annual.median).toBe(scientist.medianAnnualWage);
    expect(scientist.pay!.annual.p10).toBeLessThan(scientist.medianAnnualWage!);
    expect(scientist.pay!.annual.p90).toBeGreaterThan(scientist.medianAnnualWage!);
  });

  it("credits learn next only with careers the list shows, each once, a role standing for the occupation it is filed under", async () => {
    // A student's pass, Python, SQL and Excel with tech careers: "Statistics: 70 points from 35 growing careers — Data
    // Scientist (strong), … Data scientists (strong), Actuaries (strong)…": the role and its own occupation both
    // credited, and occupations the list does not show (it shows the best 20) credited too.
    for (const scope of ["", "&scope=all"]) {
      const { data } = await explore(`?${have("Python", "SQL", "Microsoft Excel")}${scope}`);
      expect(data.occupationMatches, "more matches than the list shows (else this proves nothing)").toBeGreaterThan(
        data.occupations.length,
      );
      const all = data.allOccupations!.changePercent;
      const onList = new Map<string, { changePercent: number | null; socCode: string }>([
        ...data.roles.map((r) => [`role:${r.slug}`, r] as const),
        ...data.occupations.map((o) => [`occupation:${o.socCode}`, o] as const),
      ]);
      const roleLines = new Set(data.roles.map((r) => r.socCode));
      expect(data.learn.length).toBeGreaterThan(0);
      for (const l of data.learn) {
        const keys = l.careers.map((c) => c.key);
        expect(new Set(keys).size, l.name).toBe(keys.length);
        for (const key of keys) {
          const career = onList.get(key);
          expect(career, `${l.name}: ${key} is on the list`).toBeDefined();
          expect(career!.changePercent).toBeGreaterThanOrEqual(all);
          // An occupation one of the listed roles is filed under is counted through the role, never beside it.
          if (key.startsWith("occupation:")) expect(roleLines.has(career!.socCode), `${l.name}: ${key}`).toBe(false);
        }
        // The points, as the page's formula and worked example add them: 2 per strong career, 1 per other.
        const strong = l.careers.filter((c) => c.strong).length;
        expect(l.points).toBe(2 * strong + (l.careers.length - strong));
      }
      expect(data.learn.flatMap((l) => l.careers.map((c) => c.title))).not.toContain("Data scientists");
      // The worked example under the formula adds the first suggestion up, as the list shows it.
      const html = renderInRouter(createElement(SkillsExplorer, { explorer: data, presentHref: null }));
      const first = data.learn[0]!;
      expect(html.replace(/<[^>]+>/g, "")).toContain(`For ${first.name}, the first skill under Learn next: `);
      expect(html).toContain(`= ${first.points} points.`);
    }
  });

  // A screen reader pass (2026-12-06): "Learn next" and every row cited their sources by links named only "[1]", "[2]".
  it("names every source link after its source (“Source 2: …”): learn next, the rows' figures and technologies", async () => {
    const { data } = await explore(`?${have("Python", "SQL", "Microsoft Excel")}`);
    expect(data.learn.length).toBeGreaterThan(0);
    const html = renderInRouter(createElement(SkillsExplorer, { explorer: data, presentHref: null }));
    const links = sourceLinksNamed(html);
    expect(links.count).toBeGreaterThan(data.roles.length + data.occupations.length);
    expect(links.unnamed).toEqual([]);
    const learnNext = /<h2 id="explore-learn">.*?<\/section>/s.exec(html)![0];
    expect(sourceLinksNamed(learnNext).count).toBe(1);
  });

  it("prints each median with its May year and its source number in its own cell (paper has no tooltip or caption)", async () => {
    // The print stylesheet (explore.css) keeps a median's year line, inline, and hides the rest of the figure-year lines;
    // tests/e2e/explore.spec.ts reads the printed PDF. Here: the cell itself names the year and links the source.
    const { data } = await explore(`?${have("Python", "SQL")}`);
    const html = renderInRouter(createElement(SkillsExplorer, { explorer: data, presentHref: null }));
    const number = new Map(data.sources.map((s, i) => [s.id, i + 1]));
    const careers = [...data.roles, ...data.occupations].filter((c) => c.median !== null);
    expect(careers.length).toBeGreaterThan(10);
    expect(medianCells(html)).toEqual(
      careers.map((c) => ({
        text: `${medianPayText(c.median!)} ${formatWageYear(c.median!.wageYear)} [${number.get(c.median!.sourceId)}]`,
        sourceId: c.median!.sourceId,
      })),
    );
    // A line's own median is the one shown, citing its projection line.
    for (const c of careers.filter((o) => o.medianAnnualWage !== null)) {
      expect([c.median!.value, c.median!.wageYear, c.median!.sourceId]).toEqual([c.medianAnnualWage, c.wageYear, c.projectionSourceId]);
    }
  });

  // OEWS publishes only hourly pay for actors (27-2011), and BLS prints no median with their projection; O*NET 30.1 lists
  // motion capture software for actors only. The list said "not published" where their profile says "$23.33 an hour".
  it("shows an hourly-only median by the hour (every occupation listed), from the base year's OEWS survey, cited", async () => {
    const { data } = await explore(`?${have("Motion capture software")}&scope=all`);
    const actors = data.occupations.find((o) => o.socCode === "27-2011");
    expect(actors?.medianAnnualWage).toBeNull();
    // seed/data/pay-percentiles.csv: 27-2011, May 2024, hourly median 23.33, no annual figures.
    expect(actors?.median).toEqual({ value: 23.33, per: "hour", atLeast: false, wageYear: 2024, sourceId: "bls-oews-2024" });
    const number = new Map(data.sources.map((s, i) => [s.id, i + 1]));
    expect(number.has("bls-oews-2024")).toBe(true);
    const html = renderInRouter(createElement(SkillsExplorer, { explorer: data, presentHref: null }));
    const row = (html.match(/<tr>.*?<\/tr>/gs) ?? []).find((r) => r.includes('href="/occupations/27-2011"'));
    expect(medianCells(row ?? "")).toEqual([
      { text: `$23.33 an hour May 2024 [${number.get("bls-oews-2024")}]`, sourceId: "bls-oews-2024" },
    ]);
    expect(row).not.toContain("not published");
    expect(row).not.toContain("pay-spread");
  });

  it("answers in the same number of queries for 3 skills and for 10", async () => {
    const three = await explore(`?${have("Python", "SQL", "Microsoft Excel")}`);
    const ten = await explore(
      `?${have("Python", "SQL", "Microsoft Excel", "Linux", "Git", "JavaScript", "Tableau", "R", "Amazon Web Services (AWS)", "Docker")}`,
    );
    expect(ten.data.picks).toHaveLength(10);
    expect(queriesOf(ten.headers)).toBe(queriesOf(three.headers));
  });

  it("reads exact names from memory as the database reads them: every curated name and slug, and technology names in any case", async () => {
    const exact = await listExactSkillNames();
    const technologies = rowsOf<{ name: string }>(
      await (await database()).execute(sql`select name from technologies order by listed desc, name limit 300`),
    ).map((t) => t.name);
    const inputs = [
      ...[...exact.curated.values()].flatMap((p) => [p.name, p.skillSlug!, p.name.toUpperCase()]),
      ...technologies.flatMap((name, i) => [name, i % 2 ? name.toLowerCase() : name.toUpperCase()]),
    ];
    expect(inputs.length).toBeGreaterThan(800);
    for (let at = 0; at < inputs.length; at += 100) {
      const batch = inputs.slice(at, at + 100);
      const fromMemory = await readSkillNames(batch, exact);
      expect(fromMemory.every((r) => r.status === "exact")).toBe(true);
      expect(fromMemory).toEqual(await readOtherSkillNames(batch));
    }
  });

  it("offers a close name for a typo instead of guessing, and drops repeats", async () => {
    const { data } = await explore(`?${have("pyhton", "SQL", "sql", "xqzzvw")}`);
    expect(data.picks.map((p) => p.name)).toEqual(["SQL"]);
    const typo = data.readings.find((r) => r.input === "pyhton");
    expect(typo).toEqual({ input: "pyhton", status: "unknown", suggestion: "Python" });
    expect(data.readings.find((r) => r.input === "xqzzvw")).toEqual({ input: "xqzzvw", status: "unknown", suggestion: null });
  });

  it("prints its long web address in pieces a line can break between, so it wraps on paper", async () => {
    // A tester's pass: with twelve skills the printed address was one unbreakable word; it ran off the paper at
    // "…&have=Amazon+Web+S" and Chromium printed the sheet at ~70% (tests/e2e/explore.spec.ts measures the printout).
    const twelve = ["Python", "SQL", "Microsoft Excel", "JavaScript", "HTML", "Figma", "Linux", "Git", "Docker", "AWS", "Java", "C++"];
    const { data } = await explore(`?${have(...twelve)}`);
    const html = renderInRouter(createElement(SkillsExplorer, { explorer: data, presentHref: null }));
    const printed = /<p class="explore-print">(.*?)<\/p>/s.exec(html)?.[1] ?? "";
    const address = /<span class="breakable-address">(.*?)<\/span>/s.exec(printed)?.[1] ?? "";
    const pieces = address.replaceAll("&amp;", "&").split("<wbr/>");
    expect(pieces.join("")).toMatch(/^http:\/\/localhost\/explore\/skills\?have=Python&have=SQL&.*&have=C%2B%2B$/);
    // A break after "?" and after every "&": each skill its own piece.
    expect(pieces.slice(pieces.indexOf("skills?") + 1).map((piece) => piece.replace(/&$/, ""))).toEqual(
      data.picks.map((p) => new URLSearchParams({ have: p.name }).toString()),
    );
  });

  it("links each 'did you mean' to the list with that one name replaced, every other name kept as typed", async () => {
    // A tester's pass: each link kept only the names read, so taking "Python" dropped "exel" and its suggestion.
    const { data } = await explore(`?${have("pyhton", "sql", "exel")}`);
    const html = renderInRouter(createElement(SkillsExplorer, { explorer: data, presentHref: null }));
    const links = [...html.matchAll(/<a href="(\/explore\/skills\?[^"]*)"[^>]*>([^<]*)<\/a>/g)].map(([, href, text]) => [
      text,
      href!.replaceAll("&amp;", "&"),
    ]);
    expect(links).toEqual(
      expect.arrayContaining([
        ["Python", "/explore/skills?have=Python&have=sql&have=exel"],
        ["Microsoft Excel", "/explore/skills?have=pyhton&have=sql&have=Microsoft+Excel"],
        ["Use all 2 suggestions", "/explore/skills?have=Python&have=sql&have=Microsoft+Excel"],
      ]),
    );
    // One typo: no "use all".
    const one = await explore(`?${have("SQL", "pyhton")}`);
    expect(renderInRouter(createElement(SkillsExplorer, { explorer: one.data, presentHref: null }))).not.toContain("Use all");
    // Two typos of one name suggest it once (a review: "Use all 2 suggestions (Python, Python)").
    const twice = await explore(`?${have("pyhton", "pyton", "exel")}`);
    const twiceHtml = renderInRouter(createElement(SkillsExplorer, { explorer: twice.data, presentHref: null }));
    expect(twiceHtml).toContain("Use all 2 suggestions");
    expect(twiceHtml).not.toContain("Python, Python");
    // ...and its link names it once too.
    expect(twiceHtml.replaceAll("&amp;", "&")).toContain('href="/explore/skills?have=Python&have=Microsoft+Excel"');
    // A suggestion already picked: the link drops the typo and adds nothing twice, and says why (a student's pass:
    // "Did you mean Python?" with Python chosen led to ?have=Python&have=Python).
    const picked = await explore(`?${have("Python", "pyhton")}`);
    const pickedHtml = renderInRouter(createElement(SkillsExplorer, { explorer: picked.data, presentHref: null }));
    expect(pickedHtml.replaceAll("&amp;", "&")).toMatch(
      /Did you mean <a href="\/explore\/skills\?have=Python"[^>]*>Python<\/a>, already on your list\?/,
    );
    expect(pickedHtml).not.toMatch(/have=Python&(amp;)?have=Python/);
  });

  it("offers by spelling what trigrams miss: a dropped letter, two letters swapped", async () => {
    // A helper's pass: "exel" was offered eXe (an e-learning tool), "phyton" PHYLIP.
    const { data } = await explore(`?${have("exel", "phyton", "javascrpt", "kubernets")}`);
    expect(data.readings.map((r) => (r.status === "unknown" ? r.suggestion : r.status))).toEqual([
      "Microsoft Excel",
      "Python",
      "JavaScript",
      "Kubernetes",
    ]);
  });

  it("reads a list typed into one box as one skill each, but keeps a technology whose own name has commas whole", async () => {
    const { data } = await explore(`?${have("Python, SQL; excel ,")}`);
    expect(data.readings.map((r) => [r.input, r.status])).toEqual([
      ["Python", "exact"],
      ["SQL", "exact"],
      ["excel", "contained"],
    ]);
    // The same list as three boxes give, ranked the same; the page's links then name each skill apart.
    const apart = await explore(`?${have("Python", "SQL", "excel")}`);
    expect(data.picks).toEqual(apart.data.picks);
    expect(data.roles.map((r) => [r.slug, r.fit])).toEqual(apart.data.roles.map((r) => [r.slug, r.fit]));
    // With spaces only, when two or more of the words are names ("Python SQL Excel", a helper's pass: only Python was
    // offered, as "did you mean"); a name of several words stays whole, known or not.
    const spaces = await explore(`?${have("Python SQL Excel", "Machine learning", "SQL Server", "Amazon Web Servces")}`);
    expect(spaces.data.readings.map((r) => r.input)).toEqual([
      "Python",
      "SQL",
      "Excel",
      "Machine learning",
      "SQL Server",
      "Amazon Web Servces",
    ]);
    // The longest known name first, so a name of several words is not picked apart (a review: "Python SQL Machine
    // learning" read "learning" as Deep learning); a joining word is dropped, not read as a name ("and" was Bash and
    // shell scripting); words that are no list stay one name.
    const runs = await explore(
      `?${have("Python SQL Machine learning", "Python and R", "Microsoft SQL Server Python", "Java, SQL and Excel", "Research and development")}`,
    );
    expect(runs.data.readings.map((r) => r.input)).toEqual([
      "Python",
      "SQL",
      "Machine learning",
      "Python",
      "R",
      "Microsoft SQL Server",
      "Python",
      "Java",
      "SQL",
      "Excel",
      "Research and development",
    ]);
    const commas = await explore(`?${have("IBM Sterling Configure, Price, Quote")}`);
    expect(commas.data.readings.map((r) => [r.input, r.status])).toEqual([["IBM Sterling Configure, Price, Quote", "exact"]]);
  });

  it("includes every occupation on request, not only tech ones", async () => {
    const tech = await explore(`?${have("Microsoft Excel")}`);
    const all = await explore(`?${have("Microsoft Excel")}&scope=all`);
    expect(all.data.occupationMatches).toBeGreaterThan(tech.data.occupationMatches);
    expect(tech.data.occupations.every((o) => o.tech)).toBe(true);
  });

  // What would break: "Computer networking" stood only for "Border Gateway Protocol BGP" (the names without a flag were
  // kept as comments), so across every occupation it matched the few lines that list BGP and none that list Wireshark.
  it("matches a skill with every occupation that lists any O*NET name it stands for, flagged or not", async () => {
    const db = await database();
    const linesListing = async (examples: string[]) =>
      rowsOf<{ soc_code: string }>(
        await db.execute(
          sql`select distinct soc_code from occupation_technologies where example in ${sql.raw(`(${examples.map((e) => `'${e}'`).join(",")})`)}`,
        ),
      ).map((r) => r.soc_code);
    const bgp = await linesListing(["Border Gateway Protocol BGP"]);
    const any = await linesListing(["Border Gateway Protocol BGP", "Wireshark", "Cisco IOS", "Domain name system DNS", "Tcpdump"]);
    expect(any.length).toBeGreaterThan(bgp.length);
    const { data } = await explore(`?${have("Computer networking")}&scope=all`);
    expect(data.picks.map((p) => p.examples)).toEqual([expect.arrayContaining(["Border Gateway Protocol BGP", "Wireshark", "Cisco IOS"])]);
    expect(data.occupationMatches).toBeGreaterThanOrEqual(any.length);
    // And a technology without a flag counts as the skill that names it: Wireshark as Computer networking.
    const wireshark = await explore(`?${have("Wireshark")}`);
    expect(wireshark.data.picks[0]).toMatchObject({ name: "Wireshark", kind: "technology", skillSlugs: ["networking"] });
  });

  it("starts empty, with the choices the add box offers", async () => {
    const { data } = await explore();
    expect(data.picks).toEqual([]);
    expect(data.roles).toEqual([]);
    const names = data.choices.map((c) => c.name);
    expect(names).toContain("Python");
    expect(names).toContain("Microsoft Excel");
    // Blank boxes add nothing.
    expect((await explore("?have=&have=%20%20")).data.picks).toEqual([]);
  });

  it("loads the technologies view and planner statistics with the data (seed/seed.ts refreshes both after each load)", async () => {
    const db = await database();
    const [counts] = rowsOf<{ view: number; table: number; flagged: number }>(
      await db.execute(sql`
        select (select count(*)::int from technologies) as view,
               (select count(distinct example)::int from onet_technology_skills) as table,
               (select count(*)::int from technologies where name = 'Python' and hot and in_demand and listed > 100) as flagged`),
    );
    expect(counts).toEqual({ view: counts!.table, table: counts!.table, flagged: 1 });
    expect(counts!.table).toBeGreaterThan(8000);
    const [stats] = rowsOf<{ analyzed: number }>(
      await db.execute(
        sql`select count(*)::int as analyzed from pg_stats where tablename in ('onet_technology_skills', 'occupations', 'technologies')`,
      ),
    );
    expect(stats!.analyzed).toBeGreaterThan(0);
  });

  it("answers bad addresses with a 400 that says what is wrong", async () => {
    const many = `?${have(...Array.from({ length: 22 }, (_, i) => `skill ${i}`))}`;
    for (const [query, words] of [
      [many, "at most 20 skills"],
      [`?have=${"x".repeat(101)}`, "at most 100 characters"],
      ["?scope=everything", "tech"],
      ["?vintage=2030-40", "2030-40"],
    ] as const) {
      const response = await thrownResponse(() => explore(query));
      expect(response.status, query).toBe(400);
      expect(await response.text(), query).toContain(words);
    }
  });
});

describeEachDriver("the skills explorer's kept parts (per data version)", { seed: true }, (ctx) => {
  const softwareDevelopersPay = async (pin = "") => {
    const { data, headers } = await explore(`?${have("Python", "SQL", "JavaScript")}${pin}`);
    // The software engineer is filed under software developers (15-1252), whose pay changedPayDataset changes.
    const role = data.roles.find((r) => r.slug === "software-engineer");
    return { pay: role?.medianAnnualWage, queries: queriesOf(headers), tag: data.dataVersion!.tag };
  };

  it("reads what does not depend on the picks once per data version, a new load at once, and a list pinned to the older version keeps its figures", async () => {
    const first = await softwareDevelopersPay();
    expect(first.pay).toBe(SOFTWARE_DEVELOPERS_PAY.published);
    // Then only what the picks decide: the period, the names, the data version, the matching occupations, the sources.
    const again = await softwareDevelopersPay();
    expect(again.pay).toBe(SOFTWARE_DEVELOPERS_PAY.published);
    expect(again.queries).toBeLessThan(first.queries!);
    expect(again.queries).toBeLessThanOrEqual(6);

    // A new load (a changed pay figure) is a new data version: nothing kept from the old one is shown.
    const firstTag = (await explore(`?${have("Python")}`)).data.dataVersion!.tag;
    expect((await seedDatabase(ctx.db, loadDataset(changedPayDataset()))).status).toBe("loaded");
    const reloaded = await softwareDevelopersPay();
    expect(reloaded.pay).toBe(SOFTWARE_DEVELOPERS_PAY.changed);
    expect(reloaded.queries).toBe(first.queries);

    // The list pinned to the first version still shows its figures, and its banner names the change.
    const pinned = await explore(`?${have("Python", "SQL", "JavaScript")}&data=${firstTag}`);
    expect(pinned.data.roles.find((r) => r.slug === "software-engineer")?.medianAnnualWage).toBe(SOFTWARE_DEVELOPERS_PAY.published);
    expect(pinned.data.dataTag).toBe(firstTag);
    // The spread beside each pinned median is the one archived with it (migration 0015).
    expect(pinned.data.roles.find((r) => r.slug === "software-engineer")?.pay?.annual.median).toBe(SOFTWARE_DEVELOPERS_PAY.published);
    expect(pinned.data.dataPinBanner?.pinned.tag).toBe(firstTag);
    expect(pinned.data.dataPinBanner?.changes).toContainEqual({
      label: "Software developers: median pay",
      before: "$133,080 (May 2024)",
      after: "$140,000 (May 2024)",
    });
    // Occupations are pinned too: software developers (15-1252) among them.
    const developers = pinned.data.occupations.find((o) => o.socCode === "15-1252");
    expect(developers?.medianAnnualWage).toBe(SOFTWARE_DEVELOPERS_PAY.published);

    // Pinned to the current version: current figures, no banner, and the tag kept for the links.
    const currentTag = reloaded.tag;
    const current = await explore(`?${have("Python")}&data=${currentTag}`);
    expect(current.data.dataPinBanner).toBeNull();
    expect(current.data.dataTag).toBe(currentTag);

    // A malformed tag is a 400, an unknown version a 404, each with a message.
    const malformed = await thrownResponse(() => explore(`?${have("Python")}&data=latest`));
    expect(malformed.status).toBe(400);
    expect(await malformed.text()).toContain("data version tag");
    const unknown = await thrownResponse(() => explore(`?${have("Python")}&data=v99-00000000`));
    expect(unknown.status).toBe(404);
  });
});
