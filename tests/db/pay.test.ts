import { expect, it } from "vitest";
import { withQueryStats } from "~db/client";
import { listRolePay } from "~/features/pay/queries.server";
import { listRoleOutlooks } from "~/features/outlook/queries.server";
import { getRoleProfile } from "~/features/roles/queries.server";
import { getPresentation } from "~/features/present/queries.server";
import { createLessonBundle, getLessonBundle } from "~/features/lessons/queries.server";
import { loader as dashboardLoader } from "~/routes/_index";
import { loader as finderLoader } from "~/routes/roles._index";
import { loader as handoutLoader } from "~/routes/roles_.$slug.handout";
import { loader as compareHandoutLoader } from "~/routes/compare_.handout";
import { describeEachDriver } from "./harness";
import { answerOf, routeArgs, sourcesOf } from "./route-args";

/*
 * A role's pay is its whole occupation's: every page that shows it pairs the median with the OEWS 10th-90th spread
 * of the same survey, and says whose figures they are. Figures as in seed/data/pay-percentiles.csv (OEWS May 2024).
 */

/** 15-1251 Computer programmers, Junior Developer's occupation (ADR 004). */
const PROGRAMMERS = { socCode: "15-1251", wageYear: 2024, p10: 52190, median: 98670, p90: 162090 };
/** 15-1252 Software developers, Junior Developer's second mapping. */
const DEVELOPERS = { socCode: "15-1252", wageYear: 2024, p10: 79850, median: 133080, p90: 211450 };

describeEachDriver("pay by level: the OEWS spread beside every role's median", { seed: true }, () => {
  it("reads the percentiles of every occupation the roles map to, in one query, top codes kept as such", async () => {
    const { result: pays, queries } = await withQueryStats(() => listRolePay({ roleSlugs: ["junior-developer", "cto"] }));
    expect(queries).toBe(1);
    expect(pays.map((p) => p.socCode).sort()).toEqual(["11-1011", "11-3021", "15-1251", "15-1252"]);
    const programmers = pays.find((p) => p.socCode === "15-1251")!;
    expect(programmers).toMatchObject({ wageYear: 2024, sourceId: "bls-oews-2024", topCoded: [] });
    expect(programmers.annual).toEqual({ p10: 52190, p25: 71860, median: 98670, p75: 128960, p90: 162090 });
    // 11-3021's 90th percentile is at or above the top of OEWS's range: not a number, a top code.
    const managers = pays.find((p) => p.socCode === "11-3021")!;
    expect(managers.annual.p90).toBeNull();
    expect(managers.topCoded).toEqual([90]);
    expect(managers.topCodeAnnual).toBe(239200);
    // Every role's occupations, when no role is named: each role's primary occupation has its percentiles.
    const all = new Set((await listRolePay()).map((p) => p.socCode));
    const primaries = new Set((await listRoleOutlooks({ vintage: "2024-34" })).map((r) => r.socCode));
    expect([...primaries].filter((code) => !all.has(code))).toEqual([]);
  });

  it("maps Junior Developer where BLS files the title (15-1251), with 15-1252 as the second view, as its discussion question says", async () => {
    const profile = (await getRoleProfile({ slug: "junior-developer", vintage: "2024-34" }))!;
    expect(profile.occupation).toMatchObject({ socCode: "15-1251", sourceId: "bls-ep-2024-34-tool" });
    expect(profile.occupation.note).toContain('file "Junior Software Developer" under 15-1251 Computer programmers');
    expect(profile.occupation.note).toContain("BLS projects computer programmers to shrink over 2024-34 while software developers grow");
    expect(profile.aliases.find((a) => a.alias === "Junior Software Developer")?.note).toContain("15-1251");
    expect(profile.discussionQuestions.map((q) => q.text).join(" ")).toContain(
      'BLS files "Junior Software Developer" under computer programmers, a job it projects to shrink, so this page shows their figures',
    );
    // The outlook shown is the programmers' (shrinking), with the developers' beside it for comparison only.
    expect(profile.quickFacts.projection).toMatchObject({ socCode: "15-1251", changePercent: -6, medianAnnualWage: PROGRAMMERS.median });
    expect(profile.quickFacts.pay).toMatchObject({ wageYear: 2024, annual: { p10: PROGRAMMERS.p10, p90: PROGRAMMERS.p90 } });
    const developers = profile.otherOccupations.find((o) => o.socCode === "15-1252")!;
    expect(developers.projection).toMatchObject({ changePercent: 15.8, medianAnnualWage: DEVELOPERS.median });
    expect(developers.pay).toMatchObject({ annual: { p10: DEVELOPERS.p10, p90: DEVELOPERS.p90 } });
    expect(profile.sources.map((s) => s.id)).toContain("bls-oews-2024");
  });

  it("pairs each median with the survey of its own May year, and none when that survey is not loaded", async () => {
    // The 2022-32 projections carry the May 2022 median; only the May 2024 percentiles are loaded.
    const older = (await getRoleProfile({ slug: "junior-developer", vintage: "2022-32" }))!;
    expect(older.quickFacts.projection?.wageYear).toBe(2022);
    expect(older.quickFacts.pay).toBeNull();
  });

  it("gives the dashboard and the finder each role's spread and occupation, with the OEWS source listed", async () => {
    const dashboard = (await answerOf(dashboardLoader(routeArgs("/")))).data;
    const junior = dashboard.roleList.find((r) => r.slug === "junior-developer")!;
    expect(junior).toMatchObject({ occupationTitle: "Computer programmers", medianAnnualWage: PROGRAMMERS.median, wageYear: 2024 });
    expect(junior.pay?.annual).toMatchObject({ p10: PROGRAMMERS.p10, p90: PROGRAMMERS.p90 });
    const senior = dashboard.roleList.find((r) => r.slug === "senior-software-engineer")!;
    expect(senior.pay?.annual).toMatchObject({ p10: DEVELOPERS.p10, p90: DEVELOPERS.p90 });
    expect(dashboard.sources.map((s) => s.id)).toContain("bls-oews-2024");

    const finder = (await answerOf(finderLoader(routeArgs("/roles")))).data;
    const cto = finder.roles.find((r) => r.slug === "cto")!;
    expect(cto.occupationTitle).toBe("Computer and information systems managers");
    expect(cto.pay).toMatchObject({ annual: { p10: 104450, p90: null }, topCoded: [90], topCodeAnnual: 239200 });
    expect(finder.sources.map((s) => s.id)).toContain("bls-oews-2024");
  });

  it("says on the CTO deck's pay and openings slides whose figures they are, with the top-coded spread", async () => {
    const result = await getPresentation({ slugs: ["cto"], vintage: "2024-34" });
    if (!result.found) throw new Error("no deck");
    const openings = result.deck.slides.find((s) => s.topic === "openings")!;
    expect(openings.caveat).toBe("Openings of all computer and information systems managers, not only chief technology officers.");
    const pay = result.deck.slides.find((s) => s.topic === "pay")!;
    if (pay.body.kind !== "figures") throw new Error("figures");
    expect(pay.body.figures[0]).toMatchObject({ value: "$171,200", detail: "10th–90th percentile: $104,450 to $239,200 or more" });
    expect(pay.body.takeaway).toBe(
      "Pay of all computer and information systems managers, not only chief technology officers. The 10th percentile is not a starting salary.",
    );
    expect(pay.citations.map((c) => c.sourceId)).toContain("bls-oews-2024");
  });

  it("says on the comparison deck's pay slide, under each median, whose pay it is and its spread", async () => {
    const result = await getPresentation({ slugs: ["junior-developer", "cto"], vintage: "2024-34" });
    if (!result.found) throw new Error("no deck");
    const pay = result.deck.slides.find((s) => s.topic === "pay")!;
    if (pay.body.kind !== "figures") throw new Error("figures");
    expect(pay.body.figures).toMatchObject([
      {
        label: "Junior Developer",
        value: "$98,670",
        detail: "Pay of all computer programmers, not only junior developers. 10th–90th percentile: $52,190 to $162,090 (May 2024).",
      },
      {
        label: "Chief Technology Officer (CTO)",
        value: "$171,200",
        detail:
          "Pay of all computer and information systems managers, not only chief technology officers. 10th–90th percentile: $104,450 to $239,200 or more (May 2024).",
      },
    ]);
    expect(pay.body.takeaway).toMatch(/^All occupations: \$[\d,]+ \(May 2024\)\. The 10th percentile is not a starting salary\.$/);
    expect(pay.citations.map((c) => c.sourceId)).toContain("bls-oews-2024");
    expect(sourcesOf(result.deck).map((s) => s.id)).toContain("bls-oews-2024");
  });

  it("prints each role's spread under its median on the comparison handout, with its source listed", async () => {
    const { handout } = (await answerOf(compareHandoutLoader(routeArgs("/compare/handout?roles=junior-developer,cto")))).data;
    expect(handout.roles.map((r) => [r.slug, r.pay?.annual.p10, r.pay?.annual.p90, r.pay?.topCoded])).toEqual([
      ["junior-developer", PROGRAMMERS.p10, PROGRAMMERS.p90, []],
      ["cto", 104450, null, [90]],
    ]);
    expect(handout.sources.map((s) => s.id)).toContain("bls-oews-2024");
    // An older period's median (May 2022) has no loaded survey of its own: no spread rather than another year's.
    const older = (await answerOf(compareHandoutLoader(routeArgs("/compare/handout?roles=junior-developer,cto&vintage=2022-32")))).data;
    expect(older.handout.roles.map((r) => r.pay)).toEqual([null, null]);
  });

  it("puts the spread on a role's handout and on a lesson's role cards", async () => {
    const handout = (await answerOf(handoutLoader(routeArgs("/roles/junior-developer/handout", { slug: "junior-developer" })))).data;
    expect(JSON.stringify(handout)).toContain('"p10":52190');

    const saved = await createLessonBundle({
      input: { title: "Pay by level", note: "", vintage: "2024-34", roles: ["junior-developer", "cto"], questions: [], ownQuestions: [] },
    });
    if (!saved.ok) throw new Error("lesson not saved");
    const lesson = (await getLessonBundle({ code: saved.code }))!;
    const [junior, cto] = lesson.roles;
    expect(junior!.figures).toMatchObject({ socCode: "15-1251", pay: { annual: { p10: PROGRAMMERS.p10, p90: PROGRAMMERS.p90 } } });
    expect(cto!.figures?.pay?.topCoded).toEqual([90]);
    expect(lesson.sources.map((s) => s.id)).toContain("bls-oews-2024");
  });
});
