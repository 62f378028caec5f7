import { sql } from "drizzle-orm";
import { createElement } from "react";
import { beforeAll, describe, expect, it } from "vitest";
import { withQueryStats } from "~db/client";
import { database, rowsOf } from "~/lib/db.server";
import { ProfileSourcesProvider } from "~/features/sources/components/sources-context";
import { SkillMarkList } from "~/features/skills/components/skill-marks";
import { SkillEvidence } from "~/features/skills/components/skill-evidence";
import { TechnologyPage } from "~/features/skills/components/technology-page";
import { loader as technologyLoader } from "~/routes/technologies.$slug";
import { loader as technologiesLoader } from "~/routes/technologies._index";
import { SKILL_KINDS } from "~db/schema/enums";
import { getSkillDetail, listSkills, type SkillDetail } from "~/features/skills/queries.server";
import { loader as skillLoader } from "~/routes/skills.$slug";
import { loader as skillsLoader } from "~/routes/skills._index";
import { loader as dashboardLoader } from "~/routes/_index";
import { loader as mapLoader } from "~/routes/map";
import { Dashboard } from "~/features/outlook/components/dashboard";
import { SkillsMap } from "~/features/map/components/skills-map";
import { hasAnyMark, onetReleaseLabel } from "~/features/skills/skills";
import { curatedDataset, describeEachDriver } from "./harness";
import { answerOf, queriesOf, routeArgs, thrownResponse } from "./route-args";
import { renderInRouter } from "./rendered-page";

/** A page's text without tags, spaces collapsed, as a reader sees it. */
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, "")
    .replace(/&rsquo;|&#x27;/g, "’")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");

/** How many roles in the dataset list a skill, by importance: the hand-countable truth for the catalogue. */
function datasetRoleCounts(skill: string) {
  const links = curatedDataset().dataset.roles.flatMap((d) => d.role.skills.filter((s) => s.skill === skill));
  return { core: links.filter((l) => l.importance === "core").length, useful: links.filter((l) => l.importance === "useful").length };
}

const slugsOf = (groups: Awaited<ReturnType<typeof listSkills>>["groups"]) => groups.flatMap((g) => g.skills.map((s) => s.slug));

describeEachDriver("skills models", { seed: true }, () => {
  describe("the catalogue (/skills)", () => {
    it("lists every skill of the dataset once, grouped by kind in SKILL_KINDS order, names A to Z, in one query", async () => {
      const { result, queries } = await withQueryStats(() => listSkills());
      expect(queries).toBe(1);
      const slugs = slugsOf(result.groups);
      expect(result.total).toBe(curatedDataset().dataset.skills.length);
      expect(new Set(slugs).size).toBe(slugs.length);
      expect(slugs.length).toBe(result.total);
      expect(result.groups.map((g) => g.kind)).toEqual(SKILL_KINDS.filter((k) => result.groups.some((g) => g.kind === k)));
      for (const group of result.groups) {
        expect(
          group.skills.every((s) => s.kind === group.kind),
          group.kind,
        ).toBe(true);
        const names = group.skills.map((s) => s.name.toLowerCase());
        expect(names, group.kind).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
      }
      // O*NET first: the page numbers its citations from this order.
      expect(result.sourceIds[0]).toBe("onet-30-1");
      expect(result.sourceIds).toContain("article-backend-power-behind-the-scenes");
    });

    it("marks Python as an O*NET Hot Technology and In Demand for Software Developers and Web Developers, with role counts", async () => {
      const { groups } = await listSkills();
      const python = groups.find((g) => g.kind === "language")!.skills.find((s) => s.slug === "python")!;
      const expected = datasetRoleCounts("python");
      expect(expected.core).toBeGreaterThan(0);
      expect(python).toMatchObject({ name: "Python", coreRoles: expected.core, usefulRoles: expected.useful, inRoleFinder: true });
      expect(python.marks.hotTechnologies).toEqual(["Python"]);
      expect(python.marks.onetSourceId).toBe("onet-30-1");
      expect(python.marks.inDemand).toEqual(
        expect.arrayContaining([
          { onetCode: "15-1252.00", onetTitle: "Software Developers" },
          { onetCode: "15-1254.00", onetTitle: "Web Developers" },
        ]),
      );
      const codes = python.marks.inDemand.map((d) => d.onetCode);
      expect(new Set(codes).size).toBe(codes.length);
    });

    it("keeps a source's own highlight with its role and source, and leaves skills without evidence unmarked", async () => {
      const all = (await listSkills()).groups.flatMap((g) => g.skills);
      const aws = all.find((s) => s.slug === "aws")!;
      expect(aws.marks.highlights).toContainEqual({
        evidence: "Hot Skills for the Future: knowledge of cloud platforms (like AWS, Azure)",
        roleSlug: "back-end-developer",
        roleTitle: "Back-End Developer",
        sourceId: "article-backend-power-behind-the-scenes",
      });
      const communication = all.find((s) => s.slug === "communication")!;
      expect(hasAnyMark(communication.marks)).toBe(false);
      expect(communication.inRoleFinder).toBe(false);
      // A skill no role lists yet cannot be a role-finder filter (the finder would answer 400).
      expect(all.filter((s) => s.coreRoles + s.usefulRoles === 0).every((s) => !s.inRoleFinder)).toBe(true);
    });

    it("filters by kind, by marks and by text (case-insensitive, name or description), combined with AND", async () => {
      const databases = await listSkills({ filters: { kind: "database" } });
      expect(databases.groups.map((g) => g.kind)).toEqual(["database"]);
      expect(databases.total).toBe(curatedDataset().dataset.skills.filter((s) => s.value.kind === "database").length);

      const hot = (await listSkills({ filters: { hot: true } })).groups.flatMap((g) => g.skills);
      expect(hot.length).toBeGreaterThan(0);
      expect(hot.every((s) => hasAnyMark(s.marks))).toBe(true);
      const hotSlugs = hot.map((s) => s.slug);
      expect(hotSlugs).toContain("python");
      expect(hotSlugs).toContain("containers"); // marked only by a source highlight
      expect(hotSlugs).not.toContain("communication");
      const unmarked = (await listSkills()).groups.flatMap((g) => g.skills).filter((s) => !hasAnyMark(s.marks));
      expect(hot.length + unmarked.length).toBe(curatedDataset().dataset.skills.length);

      const sql = slugsOf((await listSkills({ filters: { q: "sql" } })).groups);
      expect(sql).toEqual(expect.arrayContaining(["sql", "postgresql", "mysql", "microsoft-sql-server", "nosql-databases"]));
      expect(slugsOf((await listSkills({ filters: { q: "SQL" } })).groups)).toEqual(sql);
      // "web browsers" is only in JavaScript's description, not in its name.
      expect(slugsOf((await listSkills({ filters: { q: "BROWSERS" } })).groups)).toContain("javascript");

      const combined = await listSkills({ filters: { kind: "database", hot: true, q: "sql" } });
      const combinedSkills = combined.groups.flatMap((g) => g.skills);
      expect(combinedSkills.length).toBeGreaterThan(0);
      expect(combinedSkills.every((s) => s.kind === "database" && hasAnyMark(s.marks))).toBe(true);
      expect(combinedSkills.length).toBeLessThan(sql.length);
    });

    it("treats LIKE wildcards in the search as text", async () => {
      expect((await listSkills({ filters: { q: "%" } })).total).toBe(0);
      expect((await listSkills({ filters: { q: "_" } })).total).toBe(0);
      expect((await listSkills({ filters: { q: "c++" } })).groups.flatMap((g) => g.skills).map((s) => s.slug)).toContain("c-plus-plus");
    });
  });

  describe("a skill page (/skills/python, 2024-34)", () => {
    let python: SkillDetail;
    beforeAll(async () => {
      const loaded = await getSkillDetail({ slug: "python", vintage: "2024-34" });
      if (!loaded) throw new Error("python did not load");
      python = loaded;
    });

    it("says what the skill is and which exact O*NET names it stands for", () => {
      expect(python.skill).toMatchObject({ slug: "python", name: "Python", kind: "language", onetExamples: ["Python", "Flask"] });
      expect(python.skill.description).toContain("general-purpose");
      expect(python.inRoleFinder).toBe(true);
    });

    it("gives the O*NET evidence: Hot Technology, and In Demand in 15-1252.00 and 15-1254.00 with titles", () => {
      expect(python.marks.hotTechnologies).toEqual(["Python"]);
      const byCode = new Map(python.marks.inDemand.map((d) => [d.onetCode, d.onetTitle]));
      expect(byCode.get("15-1252.00")).toBe("Software Developers");
      expect(byCode.get("15-1254.00")).toBe("Web Developers");
      expect(python.marks.inDemand.find((d) => d.onetCode === "15-1252.00")?.technologies).toEqual(["Python"]);
      const release = onetReleaseLabel(python.sources.find((s) => s.id === python.marks.onetSourceId));
      expect(release).toBe("O*NET 30.1, December 2025");
    });

    it("lists the roles that need it, core first, with the level where it matters and their occupation's growth and pay", () => {
      const expected = datasetRoleCounts("python");
      expect(python.roles).toHaveLength(expected.core + expected.useful);
      const importances = python.roles.map((r) => r.importance);
      expect(importances).toEqual([...importances].sort()); // "core" < "useful"
      expect(python.roles.find((r) => r.slug === "back-end-developer")).toEqual({
        slug: "back-end-developer",
        title: "Back-End Developer",
        roleLevel: "mid",
        importance: "core",
        level: "entry",
        sourceId: "article-backend-power-behind-the-scenes",
        socCode: "15-1254",
        occupationTitle: "Web developers",
        projection: { changePercent: 7.5, medianAnnualWage: 90930, wageYear: 2024, sourceId: "bls-ep-2024-34" },
        // getSkillDetail without a pay lookup: the route passes the one kept for its data version.
        pay: null,
      });
      expect(python.allOccupations).toEqual({ changePercent: 3.1, sourceId: "bls-ep-2024-34" });
    });

    it("shows where it leads: moves that add it, and the lead and executive roles that need it", () => {
      expect(python.leadsTo.steps).toContainEqual(
        expect.objectContaining({
          fromSlug: "database-administrator",
          toSlug: "data-engineer",
          toTitle: "Data Engineer",
          track: "technical",
          sourceId: "editorial",
        }),
      );
      expect(python.leadsTo.leadershipRoles.length).toBeGreaterThan(0);
      expect(python.leadsTo.leadershipRoles.every((r) => r.roleLevel === "lead" || r.roleLevel === "executive")).toBe(true);
      expect(python.leadsTo.leadershipRoles.map((r) => r.slug)).toContain("solutions-architect");
    });

    it("cites every source it uses, once", () => {
      const ids = python.sources.map((s) => s.id);
      expect(new Set(ids).size).toBe(ids.length);
      const used = [
        ...python.roles.flatMap((r) => [r.sourceId, ...(r.projection ? [r.projection.sourceId] : [])]),
        ...python.leadsTo.steps.map((s) => s.sourceId),
        python.marks.onetSourceId!,
      ];
      for (const id of used) expect(ids, id).toContain(id);
      expect(python.sources.find((s) => s.id === "onet-30-1")?.license).toContain("CC BY 4.0");
    });
  });

  // What would break: /skills/python said "In Demand for 22 occupations of our tech roles" and /technologies/python
  // "marked In Demand for 49": one counted O*NET occupations under the BLS occupations our roles map to (Blockchain
  // Engineers among them, which no role is), the other BLS occupations in every family, and neither said so.
  it("says what each In Demand count counts, and each agrees with its query: /skills/python beside /technologies/python", async () => {
    const { data: skillPage } = await answerOf(skillLoader(routeArgs("/skills/python", { slug: "python" })));
    const { detail, onetRelease } = skillPage;
    const db = await database();
    // The skill page's list: O*NET occupations filed under (bls_code) a BLS occupation a curated role maps to, that flag
    // one of the skill's names In Demand. Counted here from the O*NET rows, not from skill_flags.
    const underRoleLines = rowsOf<{ onetCode: string }>(
      await db.execute(sql`
        select distinct ots.onet_code as "onetCode" from onet_technology_skills ots
          join onet_occupations oo on oo.onet_code = ots.onet_code
         where ots.example in ('Python', 'Flask') and ots.in_demand
           and oo.bls_code in (select soc_code from role_occupations)
         order by 1`),
    ).map((r) => r.onetCode);
    expect(detail.marks.inDemand.map((d) => d.onetCode).sort()).toEqual(underRoleLines);
    const [lines] = rowsOf<{ n: number }>(await db.execute(sql`select count(distinct soc_code)::int as n from role_occupations`));
    expect(detail.roleOccupationLines).toBe(lines!.n);
    // Blockchain Engineers (15-1299.07) count, under Computer occupations, all other, though no role is filed there:
    // "of our tech roles" was wrong.
    expect(underRoleLines).toContain("15-1299.07");
    const [blockchainRoles] = rowsOf<{ n: number }>(
      await db.execute(sql`select count(*)::int as n from role_occupations where onet_code = '15-1299.07'`),
    );
    expect(blockchainRoles!.n).toBe(0);

    // In every occupation: the O*NET count from the O*NET rows; the BLS count is the technology page's and the list's.
    const [everyOnet] = rowsOf<{ n: number }>(
      await db.execute(sql`select count(distinct onet_code)::int as n from onet_technology_skills where example = 'Python' and in_demand`),
    );
    const { data: technologyPage } = await answerOf(technologyLoader(routeArgs("/technologies/python", { slug: "python" })));
    const { data: list } = await answerOf(technologiesLoader(routeArgs("/technologies")));
    const tableRows = technologyPage.occupations.filter((o) => o.inDemand).length;
    const python = detail.technologies.find((t) => t.name === "Python")!;
    expect(detail.technologies.map((t) => [t.name, t.slug])).toEqual([
      ["Python", "python"],
      ["Flask", "flask"],
    ]);
    expect(python.inDemandOnetOccupations).toBe(everyOnet!.n);
    expect(python.inDemandLines).toBe(tableRows);
    expect(technologyPage.technology).toMatchObject({ inDemandOnetOccupations: everyOnet!.n, inDemandLines: tableRows });
    expect(list.technologies.find((t) => t.slug === "python")?.inDemandLines).toBe(tableRows);
    // The page's list is a part of every O*NET occupation's: fewer, never more.
    expect(detail.marks.inDemand.length).toBeLessThan(python.inDemandOnetOccupations);

    // The words. The header badge and the evidence name the unit and the scope, with O*NET's release and source number.
    const onetNumber = detail.sources.findIndex((s) => s.id === "onet-30-1") + 1;
    const html = renderInRouter(
      createElement(ProfileSourcesProvider, {
        sources: detail.sources,
        children: [
          createElement(SkillMarkList, {
            key: "marks",
            skillName: "Python",
            marks: detail.marks,
            onetRelease,
            technologies: detail.technologies,
          }),
          createElement(SkillEvidence, { key: "evidence", detail, onetRelease }),
        ],
      }),
    );
    const text = textOf(html);
    const n = underRoleLines.length;
    expect(text).toContain(
      `In Demand for ${n} O*NET occupations filed under our tech roles’ BLS occupations O*NET 30.1, December 2025 [${onetNumber}]`,
    );
    expect(text).not.toContain("of our tech roles");
    expect(text).toContain(
      `“Python” In Demand for ${everyOnet!.n} O*NET occupations, filed under ${tableRows} BLS occupations (every occupation on its technology page)`,
    );
    expect(text).toContain(
      `Counted on this page: the ${n} O*NET occupations filed under the ${lines!.n} BLS occupations our tech roles map to that flag Python In Demand (O*NET 30.1, December 2025) [${onetNumber}]`,
    );
    expect(html).toContain('href="/technologies/python"');

    const technologyText = textOf(renderInRouter(createElement(TechnologyPage, technologyPage)));
    expect(technologyText).toContain(
      `; ${everyOnet!.n} O*NET occupations in all flag it In Demand, filed under ${tableRows} of those BLS occupations.`,
    );
    expect(technologyText).toContain(
      "a skill page counts In Demand only among the O*NET occupations filed under our tech roles’ BLS occupations",
    );
  });

  // What would break: the dashboard said "in demand in 22 occupations" and the map "In Demand in 22 O*NET
  // occupations", neither saying which 22, beside /technologies/python's "67 O*NET occupations, under 49 BLS
  // occupations". Each now names its unit as /skills/python does and says its scope once; and the count is what the
  // words say: computed here from the O*NET rows, not from skill_flags, which all three pages read.
  it("counts Python's In Demand occupations on the dashboard and the map as /skills/python does, and says which they are", async () => {
    const db = await database();
    const [counted] = rowsOf<{ n: number }>(
      await db.execute(sql`
        select count(distinct ots.onet_code)::int as n from onet_technology_skills ots
          join onet_occupations oo on oo.onet_code = ots.onet_code
          join skills s on ots.example = any(s.onet_examples)
         where s.slug = 'python' and ots.in_demand
           and oo.bls_code in (select soc_code from role_occupations)`),
    );
    const n = counted!.n;
    expect(n).toBeGreaterThan(1);
    const roles = datasetRoleCounts("python");
    const roleCount = roles.core + roles.useful;

    const { data: skillPage } = await answerOf(skillLoader(routeArgs("/skills/python", { slug: "python" })));
    expect(skillPage.detail.marks.inDemand).toHaveLength(n);

    const { data: dashboard } = await answerOf(dashboardLoader(routeArgs("/")));
    expect(dashboard.hotSkills.find((s) => s.slug === "python")).toMatchObject({ inDemandOccupations: n, roleCount });
    const dashboardText = textOf(renderInRouter(createElement(Dashboard, { dashboard })));
    expect(dashboardText).toContain(
      "Ranked by how many O*NET occupations filed under our tech roles’ BLS occupations flag the skill In Demand in their job postings, in O*NET 30.1 (December 2025);",
    );
    expect(dashboardText).toContain(`Python (Programming languages)HotIn Demand for ${n} O*NET occupations · needed by ${roleCount} roles`);
    expect(dashboardText).not.toMatch(/in demand in \d+ occupation/i);

    const mapUrl = "/map?focus=skill:python";
    const { citation: _citation, ...map } = (await answerOf(mapLoader(routeArgs(mapUrl)))).data;
    expect(map.graph.skills.find((s) => s.slug === "python")?.inDemandOccupations).toBe(n);
    const mapText = textOf(renderInRouter(createElement(SkillsMap, { page: map }), mapUrl).replace(/<[^>]+>/g, " "));
    // The focus panel (one skill) says the scope after the count; the list of every hot skill says it once above.
    expect(mapText).toContain(`In Demand for ${n} O*NET occupations filed under our tech roles’ BLS occupations`);
    expect(mapText).toContain(
      "In Demand for …: how many O*NET occupations filed under our tech roles’ BLS occupations flag the skill In Demand in their job postings",
    );
    expect(mapText).not.toMatch(/In Demand in \d+/);
  });

  it("leads system design to Lead Developer and Software Architect (progression edges that add it)", async () => {
    const detail = (await getSkillDetail({ slug: "system-design", vintage: "2024-34" }))!;
    const moves = detail.leadsTo.steps.map((s) => `${s.fromSlug}>${s.toSlug}`);
    expect(moves).toEqual(expect.arrayContaining(["back-end-developer>lead-developer", "back-end-developer>software-architect"]));
    expect(detail.leadsTo.leadershipRoles.map((r) => r.slug)).toEqual(expect.arrayContaining(["lead-developer", "software-architect"]));
    // A practice with no O*NET technology name carries no O*NET marks.
    expect(detail.skill.onetExamples).toEqual([]);
    expect(detail.marks.onetSourceId).toBeNull();
    expect(detail.inRoleFinder).toBe(false);
  });

  it("shows each vintage's own figures (2022-32: web developers +17.0%, May 2022 pay)", async () => {
    const detail = (await getSkillDetail({ slug: "python", vintage: "2022-32" }))!;
    expect(detail.roles.find((r) => r.slug === "back-end-developer")?.projection).toEqual({
      changePercent: 17,
      medianAnnualWage: 78580,
      wageYear: 2022,
      sourceId: "bls-ep-2022-32",
    });
    expect(detail.allOccupations?.changePercent).toBe(2.8);
  });

  it("costs the same number of queries for every skill, however many roles need it", async () => {
    const python = await withQueryStats(() => getSkillDetail({ slug: "python", vintage: "2024-34" }));
    const communication = await withQueryStats(() => getSkillDetail({ slug: "communication", vintage: "2024-34" }));
    const kafka = await withQueryStats(() => getSkillDetail({ slug: "kafka", vintage: "2022-32" }));
    expect(communication.result!.roles.length).toBeGreaterThan(python.result!.roles.length);
    expect(kafka.result!.roles.length).toBeLessThan(python.result!.roles.length);
    expect(python.queries).toBe(4);
    expect(communication.queries).toBe(python.queries);
    expect(kafka.queries).toBe(python.queries);
    const unknown = await withQueryStats(() => getSkillDetail({ slug: "no-such-skill", vintage: "2024-34" }));
    expect(unknown.result).toBeNull();
    expect(unknown.queries).toBeLessThanOrEqual(python.queries);
  });

  describe("routes", () => {
    it("answers a bad ?kind, ?hot or a too-long ?q with 400 and a message naming the parameter", async () => {
      const kind = await thrownResponse(() => skillsLoader(routeArgs("/skills?kind=spells")));
      expect(kind.status).toBe(400);
      expect(await kind.text()).toMatch(/“kind”.*language, database/);
      const hot = await thrownResponse(() => skillsLoader(routeArgs("/skills?hot=yes")));
      expect(hot.status).toBe(400);
      expect(await hot.text()).toMatch(/“hot”.*hot=1/);
      const long = await thrownResponse(() => skillsLoader(routeArgs(`/skills?q=${"a".repeat(101)}`)));
      expect(long.status).toBe(400);
      expect(await long.text()).toMatch(/“q”.*at most 100 characters/);
    });

    it("serves a filtered catalogue with cache headers and Server-Timing, in at most 3 queries", async () => {
      // Three queries (skills, data version, citations); two when nothing matches and there is nothing to cite.
      for (const [path, queries] of [
        ["/skills", 3],
        ["/skills?kind=database&hot=1&q=sql", 3],
        ["/skills?q=nothing-matches-this", 2],
      ] as const) {
        const { headers } = await answerOf(skillsLoader(routeArgs(path)));
        expect(headers.get("Cache-Control"), path).toContain("public");
        expect(headers.get("ETag"), path).toMatch(/^W\/"v\d+-/);
        expect(queriesOf(headers), path).toBe(queries);
      }
      const filtered = await answerOf(skillsLoader(routeArgs("/skills?kind=database&hot=1&q=%20SQL%20")));
      expect(filtered.data.filters).toEqual({ kind: "database", hot: true, q: "SQL" });
      expect(filtered.data.onetRelease).toBe("O*NET 30.1, December 2025");
    });

    it("answers an unknown skill with 404 and a bad ?vintage with 400", async () => {
      const unknown = await thrownResponse(() => skillLoader(routeArgs("/skills/no-such-skill", { slug: "no-such-skill" })));
      expect(unknown.status).toBe(404);
      expect(await unknown.text()).toContain("/skills/no-such-skill");
      const vintage = await thrownResponse(() => skillLoader(routeArgs("/skills/python?vintage=2021-31", { slug: "python" })));
      expect(vintage.status).toBe(400);
      expect(await vintage.text()).toContain("The periods loaded are 2024-34 (the newest), 2023-33 and 2022-32.");
      const malformed = await thrownResponse(() => skillLoader(routeArgs("/skills/python?vintage=2021", { slug: "python" })));
      expect(malformed.status).toBe(400);
      expect(await malformed.text()).toContain("“vintage”: write a projection period");
    });

    it("serves a skill page with cache headers and a constant query count", async () => {
      // The first request of a data version also reads every OEWS survey once (keptPayLookup), then keeps them.
      await skillLoader(routeArgs("/skills/python", { slug: "python" }));
      const result = await answerOf(skillLoader(routeArgs("/skills/python", { slug: "python" })));
      expect(result.data.detail.skill.slug).toBe("python");
      expect(result.data.onetRelease).toBe("O*NET 30.1, December 2025");
      expect(result.headers.get("Cache-Control")).toContain("public");
      // The loaded periods, the skill's four and the data version.
      expect(queriesOf(result.headers)).toBe(6);
      expect(result.data.periods.latest).toBe("2024-34");
    });

    it("shows under each role's median the 10th–90th percentile spread of the same OEWS survey, with its source", async () => {
      const { data } = await answerOf(skillLoader(routeArgs("/skills/python", { slug: "python" })));
      const withMedian = data.detail.roles.filter((r) => r.projection?.medianAnnualWage != null);
      expect(withMedian.length).toBeGreaterThan(5);
      for (const role of withMedian) {
        expect(role.pay, role.slug).not.toBeNull();
        expect(role.pay!.wageYear).toBe(role.projection!.wageYear);
        expect(role.pay!.annual.median).toBe(role.projection!.medianAnnualWage);
        expect(data.detail.sources.map((s) => s.id)).toContain(role.pay!.sourceId);
      }
    });
  });
});
