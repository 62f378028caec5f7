import { createElement } from "react";
import { expect, it } from "vitest";
import { loadDataset } from "../../seed/load";
import { archiveLatestFiguresIfMissing, seedDatabase } from "../../seed/seed";
import { InterestsExplorer } from "~/features/explore/components/interests-explorer";
import { formatWageYear } from "~/lib/format";
import { medianPayText } from "~/features/pay/pay";
import { listInterestProfiles } from "~/features/explore/queries.server";
import { loader } from "~/routes/explore.interests";
import { changedPayDataset, describeEachDriver, recordDataLoad, SOFTWARE_DEVELOPERS_PAY } from "./harness";
import { medianCells, renderInRouter, sourceLinksNamed } from "./rendered-page";
import { answerOf, queriesOf, routeArgs, thrownResponse } from "./route-args";
import { count, eq, sql } from "drizzle-orm";
import * as t from "~db/schema";
import { loader as presentLoader } from "~/routes/present";
import { database, rowsOf } from "~/lib/db.server";

const explore = (query = "") => answerOf(loader(routeArgs(`/explore/interests${query}`)));

describeEachDriver("start from what you like (/explore/interests)", { seed: true }, () => {
  it("explains the six areas with the tech occupations that score highest on each, from the data", async () => {
    await explore(); // the data version's pay percentiles are read once, on first use
    const { data, headers } = await explore();
    expect(data.picked).toEqual([]);
    expect(Object.keys(data.examples)).toEqual(["realistic", "investigative", "artistic", "social", "enterprising", "conventional"]);
    for (const list of Object.values(data.examples)) {
      expect(list).toHaveLength(3);
      expect(list[0]!.score).toBeGreaterThanOrEqual(list[1]!.score);
    }
    expect(data.sources.map((s) => s.id)).toContain(data.interestSourceId);
    const picked = await explore("?like=investigative&like=conventional");
    expect(queriesOf(picked.headers)).toBe(queriesOf(headers));
  });

  // Issue 14, item 2: the six areas "and O*NET 30.1's basic interest areas explained for students with examples".
  it("explains each area in O*NET's words, with the basic interest areas under it and O*NET's examples of each", async () => {
    const { data } = await explore();
    const guide = data.areaGuide!;
    expect(Object.keys(guide)).toEqual(["Realistic", "Investigative", "Artistic", "Social", "Enterprising", "Conventional"]);
    const realistic = guide.Realistic!;
    expect(realistic.description).toMatch(/^Work involves designing, building, or repairing of equipment/); // O*NET 30.1, as published
    expect(realistic.activities).toContain("Build kitchen cabinets.");
    expect(realistic.occupations).toContainEqual({ title: "Robotics Technicians", onetCode: "17-3024.01", socCode: "17-3024" });
    // O*NET's order (1.B.3.a first), each basic area with its own examples.
    const mechanics = realistic.basic[0]!;
    expect(mechanics).toMatchObject({ elementId: "1.B.3.a", name: "Mechanics/Electronics", alsoUnder: [] });
    expect(mechanics.activities).toContain("Install computer systems.");
    expect(mechanics.occupations.length).toBeGreaterThan(0);
    // A basic area under two RIASEC areas is explained under each, saying so.
    const maths = guide.Investigative!.basic.find((b) => b.name === "Mathematics/Statistics");
    expect(maths?.alsoUnder).toEqual(["Conventional"]);
    expect(guide.Conventional!.basic.find((b) => b.name === "Mathematics/Statistics")?.alsoUnder).toEqual(["Investigative"]);
    // 41 basic areas in O*NET 30.1, on 53 rows under the six; every one with example activities.
    const basic = Object.values(guide).flatMap((g) => g.basic);
    expect(new Set(basic.map((b) => b.elementId)).size).toBe(41);
    expect(basic).toHaveLength(53);
    expect(basic.every((b) => b.activities.length > 0)).toBe(true);
    // Sourced: O*NET's release is among the page's sources.
    expect(data.sources.map((s) => s.id)).toContain(realistic.sourceId);
    // Once a pick is made the list replaces the explanations; the guide is not read.
    expect((await explore("?like=investigative")).data.areaGuide).toBeNull();
  });

  it("lists tech roles, tech occupations and then the rest whose O*NET interest code includes the picks", async () => {
    const { data } = await explore("?like=investigative&like=conventional");
    expect(data.pickedNames).toEqual(["Investigative", "Conventional"]);
    const scientists = data.tech.find((o) => o.onetCode === "15-2051.00");
    expect(scientists?.scores).toMatchObject({ Investigative: 6.99, Conventional: 5.4 }); // O*NET 30.1, as published
    expect(scientists?.code).toBe("IC"); // O*NET's own code: its high points, first to second (no third)
    expect(scientists?.fit).toEqual({ matched: ["Investigative", "Conventional"], total: 12.39 });
    for (const list of [data.tech, data.other]) {
      for (let i = 1; i < list.length; i++) {
        const [a, b] = [list[i - 1]!.fit, list[i]!.fit];
        expect(a.matched.length > b.matched.length || (a.matched.length === b.matched.length && a.total >= b.total)).toBe(true);
      }
    }
    expect(data.tech.every((o) => o.tech)).toBe(true);
    expect(data.other.every((o) => !o.tech)).toBe(true);
    expect(data.roles.map((r) => r.slug)).toContain("data-scientist");
    for (const role of data.roles) expect(role.occupation.fit.matched.length).toBeGreaterThan(0);
    // A role whose O*NET occupation is filed under a broader BLS one says whose figures it shows.
    const cloud = data.roles.find((r) => r.slug === "cloud-engineer");
    expect([cloud?.occupation.title, cloud?.occupation.socTitle]).toEqual([
      "Computer Systems Engineers/Architects",
      "Computer occupations, all other",
    ]);
    expect(renderInRouter(createElement(InterestsExplorer, { explorer: data, presentHref: null }))).toContain(
      "O*NET: Computer Systems Engineers/Architects · BLS: Computer occupations, all other",
    );
    // Each median comes with the 10th-90th spread of its own OEWS survey (same occupation, same May), cited.
    const cited = new Set(data.sources.map((s) => s.id));
    const careers = [...data.roles.map((r) => r.occupation), ...data.tech, ...data.other];
    expect(careers.filter((o) => o.pay).length).toBeGreaterThan(data.roles.length);
    for (const o of careers.filter((c) => c.pay)) {
      // The median's own survey: its May year is the line's, or its base year's where BLS prints no median (a top code).
      expect([o.pay!.socCode, o.pay!.wageYear]).toEqual([o.socCode, o.median!.wageYear]);
      expect(cited.has(o.pay!.sourceId)).toBe(true);
    }
    expect(scientists?.pay?.annual.median).toBe(scientists?.medianAnnualWage);
  });

  it("matches an area only where O*NET counts it among the occupation's high points, as the table holds them", async () => {
    // What would break: a student's pass found Data Scientist listed for "Artistic 2.59" and Back-End Developer for
    // "Artistic 3.07" (scale 1-7), each "in its top three" of six scores, while O*NET's code for them is IC and CI.
    const db = await database();
    const highPoints = new Map<string, string[]>();
    for (const row of rowsOf<{ onet_code: string; interest: string }>(
      await db.execute(sql`select onet_code, interest from onet_interests where high_point is not null order by onet_code, high_point`),
    ))
      highPoints.set(row.onet_code, [...(highPoints.get(row.onet_code) ?? []), row.interest]);
    for (const like of ["artistic", "social", "investigative&like=enterprising"]) {
      const { data } = await explore(`?like=${like}`);
      const careers = [...data.roles.map((r) => r.occupation), ...data.tech, ...data.other];
      expect(careers.length).toBeGreaterThan(0);
      for (const o of careers) {
        expect(o.highPoints).toEqual(highPoints.get(o.onetCode));
        expect(o.code).toBe(o.highPoints.map((name) => name[0]).join(""));
        expect(o.fit.matched.length).toBeGreaterThan(0);
        for (const area of o.fit.matched) expect(highPoints.get(o.onetCode)).toContain(area);
      }
      // Every occupation the explorer ranks with one of the areas among its high points is listed (counted, where not
      // shown); the ranked ones are those filed under a BLS line (military occupations are not).
      const picked = data.pickedNames as string[];
      const ranked = new Set((await listInterestProfiles(data.period.vintage)).map((p) => p.onetCode));
      const expected = [...highPoints].filter(([code, points]) => ranked.has(code) && points.some((p) => picked.includes(p))).length;
      expect(data.roles.length > 0 || data.closestRoles.length > 0).toBe(true);
      expect(data.techTotal + data.otherTotal).toBe(expected);
    }
    const artistic = (await explore("?like=artistic")).data;
    expect(artistic.roles.map((r) => r.slug).sort()).toEqual(["technical-writer", "ux-ui-designer"]); // CAI and IAC
    expect(artistic.tech.map((o) => o.onetCode)).not.toContain("15-2051.00");
    expect(artistic.closestRoles).toEqual([]);
  });

  it("names the nearest tech roles, as not matches, where none has the area in its code (Social)", async () => {
    // What would break: /explore/interests?like=social said "None of our curated tech roles has these areas among its top
    // three" and nothing more, though Social's own description says "In tech: supporting users, training and teaching"
    // and lists Computer User Support Specialists (3.32) among the tech occupations scoring highest on it.
    const { data } = await explore("?like=social");
    expect(data.roles).toEqual([]);
    // The occupations our roles are filed under, nearest first by their Social score (O*NET 30.1, as published), each
    // once with its roles: 15-1232.00 3.32, 15-1299.09 2.66, 11-3021.00 2.41 (three roles share it).
    expect(data.closestRoles.map((g) => [g.occupation.onetCode, g.occupation.scores.Social, g.roles.map((r) => r.slug).sort()])).toEqual([
      ["15-1232.00", 3.32, ["it-support-specialist"]],
      ["15-1299.09", 2.66, ["it-project-manager"]],
      ["11-3021.00", 2.41, ["cto", "director-of-engineering", "engineering-manager"]],
    ]);
    expect(data.closestRoles.every((g) => g.occupation.fit.matched.length === 0)).toBe(true);
    // A tech occupation does have Social among its high points (Health Informatics Specialists, third): listed as a match.
    expect(data.tech.map((o) => `${o.title} ${o.code}`)).toEqual(["Health Informatics Specialists ICS"]);
    expect(data.closestTech).toEqual([]);
    const html = renderInRouter(createElement(InterestsExplorer, { explorer: data, presentHref: null }));
    const text = html.replace(/<[^>]+>/g, "").replace(/\s+/g, " ");
    const number = new Map(data.sources.map((s, i) => [s.id, i + 1])).get(data.interestSourceId!);
    expect(text).toContain(
      `None of our curated tech roles has Social in its O*NET interest code. Closest, though not matches: the occupations our ` +
        `roles are filed under that score highest on Social (O*NET 30.1 (December 2025) [${number}]).`,
    );
    expect(text).toContain("IT Support Specialist (O*NET: Computer User Support Specialists): Social 3.32; its O*NET code CRI");
    // The rule the page states is the one it applies.
    expect(text).toContain("A career matches when one of your areas is in its O*NET interest code");
    expect(text).not.toContain("top three");
  });

  it("counts as tech an O*NET occupation a role is filed under, not the others on its BLS line", async () => {
    // The CTO role is filed under Chief Executives (11-1011.00); Chief Sustainability Officers (11-1011.03) shares the
    // BLS line but no role, and was listed among the tech occupations for Enterprising.
    const profiles = await listInterestProfiles("2024-34");
    const tech = (onetCode: string) => profiles.find((o) => o.onetCode === onetCode)?.tech;
    expect([tech("11-1011.00"), tech("11-1011.03")]).toEqual([true, false]);
    // By family, every O*NET occupation of a tech line; and no role's O*NET occupation is left out.
    expect(tech("15-1299.04")).toBe(true); // Penetration Testers: no role, a computer occupation
    const { data } = await explore("?like=enterprising");
    expect(data.tech.map((o) => o.onetCode)).not.toContain("11-1011.03");
  });

  it("shows, with several areas picked, the sum each row is ranked by and the picked areas not in its O*NET code", async () => {
    const { data } = await explore("?like=investigative&like=artistic&like=social");
    const html = renderInRouter(createElement(InterestsExplorer, { explorer: data, presentHref: null }));
    // Data Scientists: Investigative 6.99 (a high point); Artistic 2.59 and Social 1.66 are not in its code "IC".
    expect(html).toContain("Sum on your 3 areas: 11.24 (not in its O*NET code: Artistic 2.59, Social 1.66)");
  });

  it("prints each median with its May year and its source number in its own cell (paper has no tooltip or caption)", async () => {
    // The print stylesheet (explore.css) keeps a median's year line, inline; tests/e2e/explore.spec.ts reads the PDF.
    const { data } = await explore("?like=investigative");
    const html = renderInRouter(createElement(InterestsExplorer, { explorer: data, presentHref: null }));
    const number = new Map(data.sources.map((s, i) => [s.id, i + 1]));
    const careers = [...data.roles.map((r) => r.occupation), ...data.tech, ...data.other].filter((o) => o.median !== null);
    expect(careers.length).toBeGreaterThan(10);
    expect(medianCells(html)).toEqual(
      careers.map((o) => ({
        text: `${medianPayText(o.median!)} ${formatWageYear(o.median!.wageYear)} [${number.get(o.median!.sourceId)}]`,
        sourceId: o.median!.sourceId,
      })),
    );
    // A line's own median cites its projection line, as before.
    const own = careers.filter((o) => o.medianAnnualWage !== null);
    expect(own.length).toBeGreaterThan(10);
    for (const o of own)
      expect([o.median!.value, o.median!.wageYear, o.median!.sourceId]).toEqual([o.medianAnnualWage, o.wageYear, o.projectionSourceId]);
  });

  // A screen reader pass (2026-12-06): the scores', figures' and area guides' sources were links named only "[1]", "[2]".
  it("names every source link after its source (“Source 2: …”), on the list and on the page of the six areas", async () => {
    const { data } = await explore("?like=artistic");
    const list = sourceLinksNamed(renderInRouter(createElement(InterestsExplorer, { explorer: data, presentHref: null })));
    expect(list.count).toBeGreaterThan(data.roles.length + data.tech.length + data.other.length);
    expect(list.unnamed).toEqual([]);
    // The status line a screen reader hears after "Show careers" (a screen reader pass, 2026-12-06).
    expect(renderInRouter(createElement(InterestsExplorer, { explorer: data, presentHref: null }))).toContain(
      `<p role="status" class="visually-hidden">Artistic: ${data.roles.length} tech role${data.roles.length === 1 ? "" : "s"}, `,
    );
    const start = sourceLinksNamed(
      renderInRouter(createElement(InterestsExplorer, { explorer: (await explore()).data, presentHref: null })),
    );
    expect(start.count).toBeGreaterThan(6);
    expect(start.unnamed).toEqual([]);
  });

  it("cites every interest score in its row with O*NET's release and source number, as the growth and pay beside it are", async () => {
    // What would break: a student's pass found "Artistic 7.00" in the matched column the one figure of its row with no
    // source and no year, beside a growth figure, openings and a median that each carry theirs.
    const { data } = await explore("?like=artistic");
    const html = renderInRouter(createElement(InterestsExplorer, { explorer: data, presentHref: null }));
    const number = new Map(data.sources.map((s, i) => [s.id, i + 1]));
    const onet = data.sources.find((s) => s.id === data.interestSourceId)!;
    expect(onet.vintage).toBe("30.1 (December 2025)");
    const cited = `O*NET 30.1 (December 2025) [${number.get(onet.id)}]`;
    const rows = html.match(/<tr>.*?<\/tr>/gs)!.filter((row) => row.includes("<td"));
    const careers = [...data.roles.map((r) => r.occupation), ...data.tech, ...data.other];
    expect(rows).toHaveLength(careers.length);
    for (const row of rows) {
      // The matched cell: its scores, then where they come from (on paper the release is left to the printed sources).
      const cell = /<ul class="explore-skills interest-matched">.*?<\/td>/s.exec(row)![0];
      const text = cell
        .replace(/<[^>]+>/g, " ")
        .replace(/\s+/g, " ")
        .trim();
      expect(text).toMatch(new RegExp(`^Artistic \\d\\.\\d\\d ${cited.replace(/[*.()[\]]/g, "\\$&")}$`));
    }
    // Graphic Designers (27-1024.00) score 7.00 on Artistic in O*NET 30.1, as published: the student's example.
    const graphic = rows.find((row) => row.includes("O*NET 27-1024.00"))!;
    expect(graphic.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ")).toContain(`Artistic 7.00 ${cited}`);
    // Before anything is picked, the tech occupations scoring highest on each area are cited the same way.
    const start = renderInRouter(createElement(InterestsExplorer, { explorer: (await explore()).data, presentHref: null }));
    const startText = start.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
    expect(startText.match(/Tech occupations scoring highest, O\*NET 30\.1 \(December 2025\) \[\d+\] :/g)).toHaveLength(6);
  });

  // OEWS publishes only hourly pay for actors, dancers, musicians, disc jockeys and other entertainers (27-2011 …), and BLS
  // prints no median with their projections: the list showed "not published" where their profile shows "$23.33 an hour".
  it("shows an hourly-only median by the hour, from the OEWS survey of the period's base year, cited, with no yearly spread", async () => {
    const { data } = await explore("?like=artistic");
    const actors = data.other.find((o) => o.socCode === "27-2011");
    expect(actors?.medianAnnualWage).toBeNull();
    // seed/data/pay-percentiles.csv: 27-2011, May 2024, hourly median 23.33, no annual figures.
    expect(actors?.median).toEqual({ value: 23.33, per: "hour", atLeast: false, wageYear: 2024, sourceId: "bls-oews-2024" });
    expect(data.period.baseYear).toBe(2024);
    expect(data.sources.map((s) => s.id)).toContain("bls-oews-2024");
    const html = renderInRouter(createElement(InterestsExplorer, { explorer: data, presentHref: null }));
    const number = new Map(data.sources.map((s, i) => [s.id, i + 1]));
    const row = (html.match(/<tr>.*?<\/tr>/gs) ?? []).find((r) => r.includes('href="/occupations/27-2011"'));
    expect(row).toBeDefined();
    expect(medianCells(row!)).toEqual([{ text: `$23.33 an hour May 2024 [${number.get("bls-oews-2024")}]`, sourceId: "bls-oews-2024" }]);
    expect(row).not.toContain("not published");
    // Never a yearly figure or spread beside it.
    expect(row).not.toContain("pay-spread");
    expect(row).not.toMatch(/\$\d{2,3},\d{3}/);
    // Every hourly-only occupation listed is shown so.
    const hourly = data.other.filter((o) => o.median?.per === "hour").map((o) => o.socCode);
    expect(hourly).toContain("27-2011");
  });

  it("uses the first three areas in the form's list when more are ticked, naming the ones left out; answers an unknown area with a 400", async () => {
    // Ticked without JavaScript: the form sends the boxes in its order, so the area ticked third (Conventional) may be
    // the one left out. The page says which (a tester's pass: "use the first 3" named only those it used).
    const four = await explore("?like=investigative&like=artistic&like=social&like=conventional");
    expect(four.data.pickedNames).toEqual(["Investigative", "Artistic", "Social"]);
    expect(four.data.leftOutNames).toEqual(["Conventional"]);
    const html = renderInRouter(createElement(InterestsExplorer, { explorer: four.data, presentHref: null }));
    expect(html).toContain(
      "These careers use the first 3 in the list of areas, Investigative, Artistic and Social, and leave out Conventional.",
    );
    // The boxes show what was used: Conventional unticked, to tick again in place of another.
    const tickedBoxes = (page: string) =>
      [...page.matchAll(/<input [^>]*name="like"[^>]*>/g)].flatMap(([box]) =>
        /\bchecked\b/.test(box) ? [/value="(\w+)"/.exec(box)![1]] : [],
      );
    expect(tickedBoxes(html)).toEqual(["investigative", "artistic", "social"]);
    // The note the boxes are described by once the script runs is in the server's HTML (the form does not move then), but
    // no box is marked unavailable there: without JavaScript nothing stops a fourth tick.
    expect(html).toContain('aria-live="polite">3 areas ticked, the most. To pick another, untick one first.</p>');
    expect(html).not.toContain("aria-disabled");
    // An address typed in another order is read the same way, so "the first 3 in the list" stays true.
    const { data } = await explore("?like=social&like=artistic&like=realistic&like=enterprising");
    expect(data.pickedNames).toEqual(["Realistic", "Artistic", "Social"]);
    expect(data.leftOutNames).toEqual(["Enterprising"]);
    // Three or fewer keep the address's order.
    expect((await explore("?like=social&like=artistic")).data).toMatchObject({ pickedNames: ["Social", "Artistic"], leftOutNames: [] });
    const response = await thrownResponse(() => explore("?like=sporty"));
    expect(response.status).toBe(400);
    const message = await response.text();
    expect(message).toContain("“like”: must be one of: realistic, investigative");
    // An area typed by hand in capitals is the same area.
    const typed = await explore("?like=Investigative&like=CONVENTIONAL");
    expect(typed.data.pickedNames).toEqual(["Investigative", "Conventional"]);
  });
});

const LIKES = "?like=investigative&like=conventional&like=realistic";

describeEachDriver("an interests list pinned to a data version", { seed: true }, (ctx) => {
  it("keeps the older version's outlook figures after a new load, names what changed, and answers an unknown version with a 404", async () => {
    // Software developers (15-1252): among the tech occupations or behind a tech role for these three areas.
    const developersPay = (list: Awaited<ReturnType<typeof explore>>) =>
      [...list.data.roles.map((r) => r.occupation), ...list.data.tech].find((o) => o.socCode === "15-1252")?.medianAnnualWage;
    const before = await explore(LIKES);
    expect(developersPay(before)).toBe(SOFTWARE_DEVELOPERS_PAY.published);
    const firstTag = before.data.dataVersion!.tag;
    expect((await seedDatabase(ctx.db, loadDataset(changedPayDataset()))).status).toBe("loaded");

    expect(developersPay(await explore(LIKES))).toBe(SOFTWARE_DEVELOPERS_PAY.changed);
    const pinned = await explore(`${LIKES}&data=${firstTag}`);
    expect(developersPay(pinned)).toBe(SOFTWARE_DEVELOPERS_PAY.published);
    expect(pinned.data.dataTag).toBe(firstTag);
    expect(pinned.data.dataPinBanner?.changes).toContainEqual({
      label: "Software developers: median pay",
      before: "$133,080 (May 2024)",
      after: "$140,000 (May 2024)",
    });
    const unknown = await thrownResponse(() => explore(`${LIKES}&data=v99-00000000`));
    expect(unknown.status).toBe(404);
  });

  it("archives O*NET's interest scores and high points with each load, every row of them", async () => {
    // What would break: without the archive a pinned list matched on whatever O*NET scores were loaded last.
    const [live] = await ctx.db.select({ n: count() }).from(t.onetInterests);
    for (const version of [1, 2]) {
      const [archived] = await ctx.db
        .select({ n: count() })
        .from(t.dataVersionOnetInterests)
        .where(eq(t.dataVersionOnetInterests.dataVersionId, version));
      expect(archived!.n, `version ${version}`).toBe(live!.n);
    }
    const developers = await ctx.db
      .select({
        interest: t.dataVersionOnetInterests.interest,
        score: t.dataVersionOnetInterests.score,
        highPoint: t.dataVersionOnetInterests.highPoint,
      })
      .from(t.dataVersionOnetInterests)
      .where(sql`${t.dataVersionOnetInterests.dataVersionId} = 1 and ${t.dataVersionOnetInterests.onetCode} = '15-1252.00'`)
      .orderBy(t.dataVersionOnetInterests.interest);
    // O*NET 30.1 as published: Software Developers are "ICR".
    expect(developers).toContainEqual({ interest: "Investigative", score: 5.86, highPoint: 1 });
    expect(developers).toContainEqual({ interest: "Social", score: 1.88, highPoint: null });
  });

  it("matches, ranks and names the closest on the interest scores archived with its version, after the live scores change", async () => {
    // What would break (issue 15: "links that show the same numbers all term"): a pinned Social list followed the live
    // O*NET scores, so a score changed by a later load changed the list a class had been given.
    const firstTag = `v1-${(await ctx.db.select().from(t.dataVersions).where(eq(t.dataVersions.id, 1)))[0]!.datasetHash.slice(0, 8)}`;
    const social = `?like=social&like=investigative`;
    const pinnedBefore = await explore(`${social}&data=${firstTag}`);
    const plainBefore = await explore(social);
    const summary = (list: Awaited<ReturnType<typeof explore>>) => ({
      roles: list.data.roles.map((r) => `${r.slug} ${r.occupation.code} ${r.occupation.fit.matched.join("+")}`),
      tech: list.data.tech.map((o) => `${o.onetCode} ${o.code}`),
      closest: list.data.closestRoles.map((g) => `${g.occupation.onetCode} ${g.occupation.scores.Social}`),
    });
    const socialOnly = async (query: string) => summary(await explore(`?like=social${query}`));
    const socialPinnedBefore = await socialOnly(`&data=${firstTag}`);
    expect(socialPinnedBefore.roles).toEqual([]);
    expect(socialPinnedBefore.closest[0]).toBe("15-1232.00 3.32");

    // Software Developers (15-1252.00, "ICR" in O*NET 30.1) given Social as their third high point by a later load.
    await ctx.db.execute(sql`update onet_interests set high_point = null where onet_code = '15-1252.00' and interest = 'Realistic'`);
    await ctx.db.execute(sql`update onet_interests set score = 6.5, high_point = 3 where onet_code = '15-1252.00' and interest = 'Social'`);
    await recordDataLoad(ctx.db);
    try {
      // The live list follows the change: Software Engineer matches Social, and no "closest" is needed.
      const live = await socialOnly("");
      expect(live.roles).toContain("software-engineer ICS Social");
      expect(live.closest).toEqual([]);
      const plainAfter = await explore(social);
      expect(summary(plainAfter)).not.toEqual(summary(plainBefore));

      // The pinned list does not: the same matches, order, codes and closest as before the change. (Its first request
      // after the load reads the archive's lists, kept for the new version: the second shows what a request costs.)
      await explore(`${social}&data=${firstTag}`);
      const pinnedAfter = await explore(`${social}&data=${firstTag}`);
      expect(summary(pinnedAfter)).toEqual(summary(pinnedBefore));
      expect(await socialOnly(`&data=${firstTag}`)).toEqual(socialPinnedBefore);
      const developers = pinnedAfter.data.roles.find((r) => r.slug === "software-engineer")!.occupation;
      expect([developers.scores.Social, developers.code]).toEqual([1.88, "ICR"]);
      expect(pinnedAfter.data.dataPinBanner!.interestScoresKept).toBe(true);
      // Read in the query that reads the live scores otherwise, whatever the number of occupations: the plain list's
      // queries plus the pin's own, the version (one) and what changed (six; its archived projections are kept).
      expect(queriesOf(pinnedAfter.headers)).toBe(queriesOf(plainAfter.headers) + 7);

      // The slides are the page's list.
      const deck = await answerOf(presentLoader(routeArgs(`/present?explore=interests&like=social&data=${firstTag}`)));
      const closestSlide = deck.data.deck.slides.find((slide) => /closest/i.test(slide.title));
      expect(closestSlide, "the pinned Social deck keeps its closest roles").toBeDefined();
      expect(deck.data.newerData).toMatchObject({ interestScoresKept: true });
    } finally {
      await ctx.db.execute(
        sql`update onet_interests set score = 1.88, high_point = null where onet_code = '15-1252.00' and interest = 'Social'`,
      );
      await ctx.db.execute(sql`update onet_interests set high_point = 3 where onet_code = '15-1252.00' and interest = 'Realistic'`);
      await recordDataLoad(ctx.db);
    }
  });

  it("backfills the newest version's interest scores at start where they are missing, once", async () => {
    // What would break: a database loaded before migration 0018 would never archive its newest version's scores, so
    // links pinned to it would fall back to the live scores after the next load.
    const latest = (
      await ctx.db
        .select()
        .from(t.dataVersions)
        .orderBy(sql`${t.dataVersions.id} desc`)
        .limit(1)
    )[0]!;
    const archived = async () =>
      (
        await ctx.db.select({ n: count() }).from(t.dataVersionOnetInterests).where(eq(t.dataVersionOnetInterests.dataVersionId, latest.id))
      )[0]!.n;
    const before = await archived();
    expect(before).toBeGreaterThan(0);
    await ctx.db.delete(t.dataVersionOnetInterests).where(eq(t.dataVersionOnetInterests.dataVersionId, latest.id));
    expect(await archiveLatestFiguresIfMissing(ctx.db)).toBe(true);
    expect(await archived()).toBe(before);
    expect(await archiveLatestFiguresIfMissing(ctx.db)).toBe(false);
  });

  it("says so, and shows the current scores labelled as such, where a version was loaded before its interest scores were archived", async () => {
    // What would break: a version archived before migration 0018 has no interest scores; its pinned list must neither
    // fail (500) nor come up empty, and must not pass today's scores off as the pinned version's.
    const firstTag = `v1-${(await ctx.db.select().from(t.dataVersions).where(eq(t.dataVersions.id, 1)))[0]!.datasetHash.slice(0, 8)}`;
    await ctx.db.delete(t.dataVersionOnetInterests).where(eq(t.dataVersionOnetInterests.dataVersionId, 1));
    await ctx.db.execute(sql`update onet_interests set high_point = null where onet_code = '15-1252.00' and interest = 'Realistic'`);
    await ctx.db.execute(sql`update onet_interests set score = 6.5, high_point = 3 where onet_code = '15-1252.00' and interest = 'Social'`);
    await recordDataLoad(ctx.db);
    try {
      const pinned = await explore(`?like=social&data=${firstTag}`);
      // The current scores: Software Engineer matches Social here.
      expect(pinned.data.roles.map((r) => r.slug)).toContain("software-engineer");
      expect(pinned.data.dataPinBanner!.interestScoresKept).toBe(false);
      // Its outlook figures are still the pinned version's.
      const developers = pinned.data.roles.find((r) => r.slug === "software-engineer")!.occupation;
      expect(developers.medianAnnualWage).toBe(SOFTWARE_DEVELOPERS_PAY.published);
      const html = renderInRouter(createElement(InterestsExplorer, { explorer: pinned.data, presentHref: null }));
      const text = html.replace(/<[^>]+>/g, "").replace(/\s+/g, " ");
      expect(text).toContain(
        "This version was loaded before Career Atlas kept each version’s O*NET interest scores, so this list matches and ranks careers on O*NET’s current scores",
      );
      expect(text).toMatch(/Social 6\.50 ?O\*NET [^[]*, current scores \[\d+\]/);
      // The deck says so in the presenter's bar.
      const deck = await answerOf(presentLoader(routeArgs(`/present?explore=interests&like=social&data=${firstTag}`)));
      expect(deck.data.newerData).toMatchObject({ interestScoresKept: false });
      // A list pinned to a version that kept them says nothing of the kind.
      const current = (await explore("?like=social")).data.dataVersion!.tag;
      expect((await explore(`?like=social&data=${current}`)).data.dataPinBanner).toBeNull();
    } finally {
      await ctx.db.execute(
        sql`update onet_interests set score = 1.88, high_point = null where onet_code = '15-1252.00' and interest = 'Social'`,
      );
      await ctx.db.execute(sql`update onet_interests set high_point = 3 where onet_code = '15-1252.00' and interest = 'Realistic'`);
      await recordDataLoad(ctx.db);
    }
  });
});
