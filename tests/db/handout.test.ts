import { createElement } from "react";
import { beforeAll, describe, expect, it } from "vitest";
import { getRoleComparison, listRoleChoices } from "~/features/compare/queries.server";
import { getRoleProfile, type RoleProfile } from "~/features/roles/queries.server";
import { listProjectionPeriods } from "~/features/periods/queries.server";
import { loader as compareHandoutLoader } from "~/routes/compare_.handout";
import { loader as compareLoader } from "~/routes/compare";
import { loader as roleHandoutLoader } from "~/routes/roles_.$slug.handout";
import {
  comparisonHandout,
  HANDOUT_LIMITS,
  roleHandout,
  type ComparisonHandout,
  type HandoutAiSummary,
  type RoleHandout,
} from "~/features/handout/handout";
import { RoleHandoutBody } from "~/features/handout/components/role-handout";
import { ComparisonHandoutBody } from "~/features/handout/components/comparison-handout";
import { ProfileSourcesProvider } from "~/features/sources/components/sources-context";
import { describeEachDriver } from "./harness";
import { renderInRouter } from "./rendered-page";
import { answerOf, queriesOf, routeArgs, thrownResponse } from "./route-args";

/** Every source id a handout prints a [n] for: each must be in the handout's own numbered list, and nothing else. */
function printedSourceIds(handout: RoleHandout | ComparisonHandout): string[] {
  const ids: string[] = [];
  const ai = (summary: HandoutAiSummary) => [
    summary.official?.sourceId,
    summary.exposure?.sourceId,
    summary.research?.sourceId,
    summary.editorial?.sourceId,
  ];
  if ("role" in handout) {
    const facts = handout.quickFacts;
    ids.push(
      handout.occupation.sourceId,
      ...(facts.projection ? [facts.projection.sourceId, ...(facts.pay ? [facts.pay.sourceId] : []), facts.entrySourceId] : []),
      ...(facts.comparison ? [facts.comparison.allOccupationsSourceId] : []),
      ...facts.otherWages.map((w) => w.sourceId),
      ...handout.growthBars.map((b) => b.sourceId),
      ...(handout.hotSkills.some((s) => s.inDemand || s.hotTechnology) && handout.onetSourceId ? [handout.onetSourceId] : []),
      ...handout.hotSkills.flatMap((s) => s.highlightSourceIds),
      ...handout.leadsTo.map((e) => e.sourceId),
      ...(ai(handout.ai).filter(Boolean) as string[]),
    );
  } else {
    ids.push(
      ...handout.roles.flatMap((r) => [
        r.occupation.sourceId,
        r.entrySourceId,
        ...(r.projection ? [r.projection.sourceId] : []),
        ...r.otherWages.map((w) => w.sourceId),
        ...r.leadsTo.map((e) => e.sourceId),
        ...(ai(r.ai).filter(Boolean) as string[]),
      ]),
      ...(handout.allOccupations ? [handout.allOccupations.sourceId] : []),
      ...handout.growthBars.map((b) => b.sourceId),
      ...(handout.onetSourceId ? [handout.onetSourceId] : []),
    );
  }
  return [...new Set(ids)];
}

/** The comparison handout's quick facts as printed: each row's header and the text of its cells, tags as spaces. */
function factsTableCells(handout: ComparisonHandout): Map<string, string[]> {
  const html = renderInRouter(
    createElement(ProfileSourcesProvider, { sources: handout.sources, children: createElement(ComparisonHandoutBody, { handout }) }),
  );
  const table = /<table class="handout-table handout-compare-table">.*?<\/table>/s.exec(html)![0];
  const text = (cell: string) =>
    cell
      .replace(/<[^>]+>/g, " ")
      .replace(/\s+/g, " ")
      .trim();
  const body = /<tbody>(.*)<\/tbody>/s.exec(table)![1]!;
  return new Map(
    (body.match(/<tr>.*?<\/tr>/gs) ?? []).map((row) => [
      text(/<th[^>]*>(.*?)<\/th>/s.exec(row)![1]!),
      [...row.matchAll(/<td[^>]*>(.*?)<\/td>/gs)].map((cell) => text(cell[1]!)),
    ]),
  );
}

describeEachDriver("handouts: what one printed page shows", { seed: true }, () => {
  describe("back-end developer, latest projections (2024-34)", () => {
    let profile: RoleProfile;
    let handout: RoleHandout;
    beforeAll(async () => {
      profile = (await getRoleProfile({ slug: "back-end-developer", vintage: "2024-34" }))!;
      handout = roleHandout(profile);
    });

    it("prints the quick facts as BLS published them, with the all-occupations rate of the same vintage", () => {
      expect(handout.occupation).toEqual({ socCode: "15-1254", title: "Web developers", sourceId: "onet-30-1" });
      expect(handout.quickFacts.projection).toMatchObject({
        changePercent: 7.5,
        changeNumeric: 6500,
        annualOpenings: 5400,
        medianAnnualWage: 90930,
        wageYear: 2024,
      });
      expect(handout.quickFacts.comparison).toMatchObject({ allOccupationsPercent: 3.1, relation: "multiple", ratio: 2.4 });
      expect(handout.sharesFiguresWith.map((r) => r.slug)).toContain("front-end-developer");
    });

    it("charts the role's occupation first and all occupations last, with the decimals as published", () => {
      expect(handout.growthBars.map((b) => b.kind)).toEqual(["role", "context", "context", "total"]);
      expect(handout.growthBars[0]).toMatchObject({
        changePercent: 7.5,
        decimals: 1,
        detail: "SOC 15-1254",
        baseYear: 2024,
        targetYear: 2034,
      });
      expect(handout.growthBars.at(-1)).toMatchObject({ label: "All occupations", changePercent: 3.1, detail: null });
      expect(handout.growthBars.map((b) => b.changePercent)).toEqual(profile.charts.growth.map((r) => r.changePercent));
    });

    it("marks the group Career Atlas summed, on its bar and in the table row, as the profile does", () => {
      // What would break: the handout printed "Web developers and digital designers (OOH group) +7.2%, 214,900 → 230,400"
      // credited to BLS alone (a counselor's report); BLS publishes no such row, Career Atlas added up two of its lines.
      const summed = "Web developers and digital designers (OOH group) (summed by Career Atlas)";
      expect(handout.growthBars.map((b) => b.label)).toEqual([
        "Web developers (this role)",
        summed,
        "Computer occupations (all 15-12xx)",
        "All occupations",
      ]);
      const html = renderInRouter(
        createElement(ProfileSourcesProvider, { sources: handout.sources, children: createElement(RoleHandoutBody, { handout }) }),
      );
      const row = (html.match(/<tr>.*?<\/tr>/gs) ?? []).find((r) => r.includes("digital designers"))!;
      expect(
        row
          .replace(/<[^>]+>/g, " ")
          .replace(/\s+/g, " ")
          .trim(),
      ).toBe(`${summed} [2] +7.2% 214,900 → 230,400`);
    });

    it("lists the top hot skills, core ones first, each with at least one mark, and says how many there are", () => {
      expect(handout.hotSkills).toHaveLength(HANDOUT_LIMITS.hotSkills);
      expect(handout.hotSkillCount).toBeGreaterThan(HANDOUT_LIMITS.hotSkills);
      for (const skill of handout.hotSkills)
        expect(skill.inDemand || skill.hotTechnology || skill.highlightSourceIds.length > 0).toBe(true);
      const importance = handout.hotSkills.map((s) => s.importance);
      expect(importance).toEqual([...importance].sort()); // "core" < "useful"
      // AWS is core, In demand for web developers, Hot Technology and an article's "hot skill for the future".
      expect(handout.hotSkills[0]).toMatchObject({ slug: "aws", importance: "core", inDemand: true, hotTechnology: true });
      expect(handout.hotSkills[0]!.highlightSourceIds).toEqual(["article-backend-power-behind-the-scenes"]);
    });

    it("shows where the role leads (the first moves, and how many more the profile has)", () => {
      expect(handout.leadsTo).toEqual(profile.progression.leadsTo.slice(0, HANDOUT_LIMITS.leadsTo));
      expect(handout.leadsToCount).toBe(profile.progression.leadsTo.length);
      expect(handout.leadsTo[0]!.slug).toBe("full-stack-developer");
    });

    it("summarises AI impact in three separate layers: a finding about the occupation, the β scores of both raters, the role's editorial note", () => {
      expect(handout.ai.official).toMatchObject({ layer: "official", scope: "occupation", aspect: "demand", asOf: "2023-09-06" });
      expect(handout.ai.exposure).toMatchObject({ onetCode: "15-1254.00", sourceId: "eloundou-2023-gpts-are-gpts" });
      expect(handout.ai.exposure!.gpt4!.toFixed(2)).toBe("0.93");
      expect(handout.ai.exposure!.human!.toFixed(2)).toBe("0.63");
      expect(handout.ai.research).toBeNull(); // the scores stand for the research layer
      expect(handout.ai.editorial).toMatchObject({ layer: "editorial", scope: "role", sourceId: "article-backend-job-profile" });
    });

    it("numbers exactly the sources it prints, in the order it first cites them", () => {
      expect(handout.sources.map((s) => s.id).sort()).toEqual(printedSourceIds(handout).sort());
      expect(handout.sources.map((s) => s.id).slice(0, 2)).toEqual(["onet-30-1", "bls-ep-2024-34"]);
      expect(handout.sources.length).toBeLessThan(profile.sources.length);
    });
  });

  it("keeps every role's handout within its limits, for every vintage, citing exactly what it prints", async () => {
    const choices = await listRoleChoices();
    expect(choices.length).toBeGreaterThanOrEqual(34);
    const periods = await listProjectionPeriods();
    expect(periods.length, "every loaded period is printed").toBeGreaterThanOrEqual(3);
    for (const { vintage } of periods) {
      const profiles = await Promise.all(choices.map((c) => getRoleProfile({ slug: c.slug, vintage })));
      for (const profile of profiles) {
        const handout = roleHandout(profile!);
        const where = `${handout.role.slug} ${vintage}`;
        expect(handout.hotSkills.length, where).toBeLessThanOrEqual(HANDOUT_LIMITS.hotSkills);
        expect(handout.leadsTo.length, where).toBeLessThanOrEqual(HANDOUT_LIMITS.leadsTo);
        expect(
          handout.growthBars.filter((b) => b.kind === "role"),
          where,
        ).toHaveLength(handout.quickFacts.projection ? 1 : 0);
        expect(handout.sources.map((s) => s.id).sort(), where).toEqual(printedSourceIds(handout).sort());
      }
    }
  });

  it("prints a role whose occupation has no projection without failing (no chart, no facts)", async () => {
    const profile = (await getRoleProfile({ slug: "data-engineer", vintage: "2024-34" }))!;
    const bare: RoleProfile = {
      ...profile,
      quickFacts: { ...profile.quickFacts, projection: null, comparison: null, otherWages: [] },
      charts: { employment: [], growth: [], vintages: [] },
      aiImpact: { official: [], research: [], editorial: [], exposure: null },
    };
    const handout = roleHandout(bare);
    expect(handout.growthBars).toEqual([]);
    expect(handout.ai).toEqual({ official: null, exposure: null, research: null, editorial: null });
    expect(handout.sources.map((s) => s.id).sort()).toEqual(printedSourceIds(handout).sort());
  });

  describe("a comparison of four roles, two of them sharing an occupation (2022-32)", () => {
    const slugs = ["back-end-developer", "front-end-developer", "data-scientist", "security-analyst"];
    let handout: ComparisonHandout;
    beforeAll(async () => {
      handout = comparisonHandout(await getRoleComparison({ slugs, vintage: "2022-32" }));
    });

    it("keeps the roles in the address's order, with their figures, and charts them against all occupations", () => {
      expect(handout.roles.map((r) => r.slug)).toEqual(slugs);
      expect(handout.sharedOccupations).toEqual([
        { socCode: "15-1254", title: "Web developers", roleSlugs: ["back-end-developer", "front-end-developer"] },
      ]);
      expect(handout.growthBars.map((b) => b.key)).toEqual([...slugs, "all-occupations"]);
      expect(handout.growthBars.at(-1)).toMatchObject({ kind: "total", changePercent: handout.allOccupations!.changePercent });
      // 2022-32: the workbook's May 2022 wage, and the data tool's May 2023 wage where the two releases disagree.
      expect(handout.roles[0]!.projection).toMatchObject({ medianAnnualWage: 78580, wageYear: 2022 });
      expect(handout.roles[0]!.otherWages.map((w) => w.wageYear)).toEqual([2023]);
    });

    it("caps the lists, and prints each role's β exposure without its AI notes, which the comparison page has", () => {
      // What would break: four items' AI notes took a fifth of the page, and four items printed on two Letter pages
      // (4 of 28 comparisons measured 2026-12-06) in 7.5 pt type with 6.4 px details.
      expect(handout.hotSkillsInCommon.length).toBeLessThanOrEqual(HANDOUT_LIMITS.hotSkillsInCommon);
      expect(handout.hotSkillsInCommonCount).toBeGreaterThanOrEqual(handout.hotSkillsInCommon.length);
      for (const role of handout.roles) expect(role.leadsTo.length).toBeLessThanOrEqual(HANDOUT_LIMITS.leadsToPerRole);
      expect(handout.aiNotes).toBe(false);
      expect(handout.roles.map((r) => [r.ai.official, r.ai.research, r.ai.editorial])).toEqual(handout.roles.map(() => [null, null, null]));
      expect(handout.roles[0]!.ai.exposure).toMatchObject({ onetCode: "15-1254.00", sourceId: "eloundou-2023-gpts-are-gpts" });
      // The notes' sources are not numbered: the sheet does not print them.
      expect(handout.sources.map((s) => s.id)).not.toContain("article-backend-job-profile");
    });

    it("keeps the AI notes of a comparison of two, each role's layers apart", async () => {
      const pair = comparisonHandout(await getRoleComparison({ slugs: ["back-end-developer", "data-scientist"], vintage: "2022-32" }));
      expect(pair.aiNotes).toBe(true);
      for (const role of pair.roles) {
        expect(role.ai.official?.layer ?? "official").toBe("official");
        expect(role.ai.editorial?.layer ?? "editorial").toBe("editorial");
      }
      expect(pair.roles[0]!.ai.editorial).not.toBeNull(); // back-end has the article's notes
      expect(pair.roles[1]!.ai.editorial).toBeNull(); // nobody wrote one for data scientists
      expect(pair.sources.map((s) => s.id).sort()).toEqual(printedSourceIds(pair).sort());
    });

    it("numbers exactly the sources it prints", () => {
      expect(handout.sources.map((s) => s.id).sort()).toEqual(printedSourceIds(handout).sort());
    });

    it("cites the source of every figure in its quick facts table, as the role's handout does", () => {
      // What would break: the job change, openings, jobs and work experience rows and the "Total, 00-0000" cell printed
      // without a [n] (a counselor's pass), while the same figures carry one on /roles/<slug>/handout.
      const cells = factsTableCells(handout);
      const number = (id: string) => `[${handout.sources.findIndex((s) => s.id === id) + 1}]`;
      const marker = (cell: string | undefined) => cell?.split(" ").at(-1);
      const total = handout.allOccupations!;
      for (const header of ["Job change, 2022–32", "Openings per year", "Jobs 2022 → 2032"]) {
        const row = cells.get(header)!;
        expect(row, header).toHaveLength(handout.roles.length + 1);
        handout.roles.forEach((role, i) => expect(marker(row[i]), `${header}: ${role.title}`).toBe(number(role.projection!.sourceId)));
        expect(marker(row.at(-1)), `${header}: all occupations`).toBe(number(total.sourceId));
      }
      const experience = [...cells.keys()].find((header) => header.startsWith("Work experience"))!;
      handout.roles.forEach((role, i) =>
        expect(cells.get(experience)![i], `${experience}: ${role.title}`).toBe(`${role.workExperience} ${number(role.entrySourceId)}`),
      );
      expect(cells.get("Occupation (SOC)")!.at(-1)).toBe(`Total, 00-0000 ${number(total.sourceId)}`);
      // Every cell that prints a figure or a fact carries a marker; only the dashes of rows all occupations have no figure for do not.
      for (const [header, row] of cells) for (const cell of row) if (cell !== "—") expect(cell, `${header}: “${cell}”`).toMatch(/\[\d+\]/);
    });
  });

  describe("routes", () => {
    it("serves a role's handout with the QR code pinned to the vintage and the data version, cacheable like the profile", async () => {
      const result = await answerOf(roleHandoutLoader(routeArgs("/roles/back-end-developer/handout", { slug: "back-end-developer" })));
      const etag = result.headers.get("ETag")!;
      const tag = /^W\/"(v\d+-[0-9a-f]{8})-/.exec(etag)![1]!;
      expect(result.data.qr.text).toBe(`http://localhost/roles/back-end-developer?vintage=2024-34&data=${tag}`);
      expect(result.data.citation).toMatch(
        new RegExp(
          `^Source: U\\.S\\. Bureau of Labor Statistics, Employment Projections program, Employment Projections 2024-34, .*data year 2024–34 \\(median pay May 2024\\); Career Atlas data version ${tag} loaded \\w+ \\d{1,2}, \\d{4}\\.$`,
        ),
      );
      expect(result.headers.get("Cache-Control")).toContain("public");
      // The loaded periods (1), the profile's model (11 queries) and the data version (1), whatever the role.
      const other = await answerOf(roleHandoutLoader(routeArgs("/roles/cto/handout", { slug: "cto" })));
      expect(queriesOf(result.headers)).toBe(13);
      expect(queriesOf(other.headers)).toBe(13);
    });

    it("pins an older vintage in the QR code too", async () => {
      const result = await answerOf(roleHandoutLoader(routeArgs("/roles/cto/handout?vintage=2022-32", { slug: "cto" })));
      expect(result.data.handout.vintage).toBe("2022-32");
      expect(result.data.qr.text).toMatch(/^http:\/\/localhost\/roles\/cto\?vintage=2022-32&data=v\d+-[0-9a-f]{8}$/);
      expect(result.data.citation).toContain("data year 2022–32 (median pay May 2022)");
    });

    it("prints the figures of the data version a pinned link names, and pins the QR code to it", async () => {
      const current = await answerOf(roleHandoutLoader(routeArgs("/roles/cto/handout", { slug: "cto" })));
      const tag = new URL(current.data.qr.text).searchParams.get("data")!;
      const pinned = await answerOf(roleHandoutLoader(routeArgs(`/roles/cto/handout?data=${tag}`, { slug: "cto" })));
      expect(pinned.data.qr.text).toBe(current.data.qr.text);
      expect(pinned.data.handout.quickFacts).toEqual(current.data.handout.quickFacts);
      expect(pinned.data.backHref).toBe("/roles/cto"); // pinned to the current data: nothing to keep
      const malformed = await thrownResponse(() => roleHandoutLoader(routeArgs("/roles/cto/handout?data=latest", { slug: "cto" })));
      expect(malformed.status).toBe(400);
      expect(await malformed.text()).toMatch(/“data”: use a data version tag/);
      const unknown = await thrownResponse(() => roleHandoutLoader(routeArgs("/roles/cto/handout?data=v999-0123abcd", { slug: "cto" })));
      expect(unknown.status).toBe(404);
    });

    it("answers a bad vintage with 400, and an unknown or malformed role with 404", async () => {
      const bad = await thrownResponse(() => roleHandoutLoader(routeArgs("/roles/cto/handout?vintage=2030-40", { slug: "cto" })));
      expect(bad.status).toBe(400);
      expect(await bad.text()).toContain(
        "no BLS projections for the period 2030-40. The periods loaded are 2024-34 (the newest), 2023-33 and 2022-32.",
      );
      const unknown = await thrownResponse(() => roleHandoutLoader(routeArgs("/roles/astronaut/handout", { slug: "astronaut" })));
      expect(unknown.status).toBe(404);
      expect(await unknown.text()).toContain("/roles/astronaut");
      const malformed = await thrownResponse(() => roleHandoutLoader(routeArgs("/roles/NOT%20A%20SLUG/handout", { slug: "NOT A SLUG" })));
      expect(malformed.status).toBe(404);
    });

    it("serves a comparison's handout pinned like the comparison, for the compare page's queries, whatever the number of roles", async () => {
      const two = await answerOf(compareHandoutLoader(routeArgs("/compare/handout?roles=data-scientist,cto")));
      expect(two.data.qr.text).toMatch(/^http:\/\/localhost\/compare\?roles=data-scientist,cto&vintage=2024-34&data=v\d+-[0-9a-f]{8}$/);
      expect(two.data.backHref).toBe("/compare?roles=data-scientist,cto");
      const four = await answerOf(
        compareHandoutLoader(routeArgs("/compare/handout?roles=data-scientist,cto,qa-engineer,web-developer&vintage=2023-33")),
      );
      expect(four.data.handout.roles).toHaveLength(4);
      expect(four.data.backHref).toBe("/compare?roles=data-scientist,cto,qa-engineer,web-developer&vintage=2023-33");
      const page = await answerOf(compareLoader(routeArgs("/compare?roles=data-scientist,cto")));
      // The page reads the newest OEWS percentiles for its pay range, the handout those of each median's survey: one query each.
      expect(queriesOf(two.headers)).toBe(queriesOf(page.headers));
      expect(queriesOf(four.headers)).toBe(queriesOf(two.headers));
    });

    it("says a role's growth in the chart's summary is its whole occupation's", async () => {
      const { handout } = (await answerOf(compareHandoutLoader(routeArgs("/compare/handout?roles=software-engineer,data-scientist")))).data;
      const text = renderInRouter(createElement(ComparisonHandoutBody, { handout }))
        .replace(/<[^>]+>/g, " ")
        .replace(/\s+/g, " ");
      // What would break: "Data Scientist grows fastest (+33.5%)", the figure of every data scientist given as the role's.
      expect(text).toMatch(/Data Scientist \(all data scientists, at every level of experience\) grows fastest \(\+\d+\.\d%\)/);
    });

    it("prints a comparison pinned to the current data version like the plain one, and answers an unknown version with 404", async () => {
      const plain = await answerOf(compareHandoutLoader(routeArgs("/compare/handout?roles=data-scientist,cto")));
      const tag = new URL(plain.data.qr.text).searchParams.get("data")!;
      const pinned = await answerOf(compareHandoutLoader(routeArgs(`/compare/handout?roles=data-scientist,cto&data=${tag}`)));
      expect(pinned.data.qr.text).toBe(plain.data.qr.text);
      expect(pinned.data.citation).toBe(plain.data.citation);
      expect(pinned.data.handout).toEqual(plain.data.handout);
      expect(pinned.data.backHref).toBe("/compare?roles=data-scientist,cto"); // pinned to the current data: nothing to keep
      const unknown = await thrownResponse(() =>
        compareHandoutLoader(routeArgs("/compare/handout?roles=data-scientist,cto&data=v999-0123abcd")),
      );
      expect(unknown.status).toBe(404);
      expect(await unknown.text()).toMatch(/There is no data version “v999-0123abcd”/);
    });

    it.each([
      ["more than four roles", "/compare/handout?roles=cto,qa-engineer,web-developer,data-scientist,data-engineer", /at most 4 roles/],
      [
        "an unknown role, with suggestions",
        "/compare/handout?roles=cto,data-scientst",
        /no role at the address “data-scientst”.*Did you mean “Data Scientist” \(data-scientist\)/,
      ],
      ["one role", "/compare/handout?roles=cto", /needs 2 to 4 roles.*lists 1/],
      ["no roles", "/compare/handout", /needs 2 to 4 roles/],
      ["a malformed role list", "/compare/handout?roles=cto,<script>", /roles.*not a role address/],
      ["a malformed vintage", "/compare/handout?roles=cto,qa-engineer&vintage=latest", /“vintage”: write a projection period/],
      [
        "a vintage that is not loaded",
        "/compare/handout?roles=cto,qa-engineer&vintage=2030-40",
        /no BLS projections for the period 2030-40/,
      ],
      [
        "a malformed data version tag",
        "/compare/handout?roles=cto,qa-engineer&data=latest",
        /“data”: use a data version tag such as v3-1a2b3c4d/,
      ],
    ])("answers %s with 400 and a message", async (_what, path, message) => {
      const response = await thrownResponse(() => compareHandoutLoader(routeArgs(path)));
      expect(response.status).toBe(400);
      expect(await response.text()).toMatch(message);
    });
  });
});
