import { beforeAll, describe, expect, it } from "vitest";
import { withQueryStats } from "~db/client";
import { ROLE_LEVELS } from "~db/schema/enums";
import { getCareerPath, listCareerLadders, type CareerPath } from "~/features/paths/queries.server";
import { loader as ladderLoader } from "~/routes/paths.$slug";
import { loader as laddersLoader } from "~/routes/paths._index";
import type { LadderTreeNode } from "~/features/paths/career-ladder";
import { describeEachDriver } from "./harness";
import { answerOf, queriesOf, routeArgs, thrownResponse } from "./route-args";

function treeSlugs(nodes: LadderTreeNode[]): string[] {
  return nodes.flatMap((n) => [n.slug, ...treeSlugs(n.children)]);
}

/** The gap to one next rung as { axis: [skill slugs] }. */
function gapTo(path: CareerPath, slug: string): Record<string, string[]> {
  const next = path.next.find((n) => n.role.slug === slug);
  if (!next) throw new Error(`no next rung ${slug}`);
  return Object.fromEntries(next.gap.groups.map((g) => [g.axis, g.skills.map((s) => s.slug)]));
}

describeEachDriver("career ladders model", { seed: true }, () => {
  describe("from Back-End Developer (2024-34)", () => {
    let path: CareerPath;
    let queries: number;
    beforeAll(async () => {
      const loaded = await withQueryStats(() => getCareerPath({ slug: "back-end-developer", vintage: "2024-34" }));
      if (!loaded.result) throw new Error("back-end-developer did not load");
      path = loaded.result;
      queries = loaded.queries;
    });

    it("puts you at Back-End Developer with its published figures", () => {
      // If this fails, "you are here" shows another role or figures that are not the BLS ones.
      expect(path.role).toMatchObject({ slug: "back-end-developer", title: "Back-End Developer", level: "mid" });
      expect(path.role.figures).toMatchObject({
        socCode: "15-1254",
        changePercent: 7.5,
        medianAnnualWage: 90930,
        wageYear: 2024,
        sourceId: "bls-ep-2024-34",
      });
    });

    it("lists every move onwards, steps up first, with Lead Developer among the next rungs", () => {
      // If this fails, the next rungs miss a move on record or show them in a confusing order.
      const slugs = path.next.map((n) => n.role.slug);
      expect(slugs).toEqual(
        expect.arrayContaining([
          "senior-software-engineer",
          "lead-developer",
          "software-architect",
          "cto",
          "full-stack-developer",
          "machine-learning-engineer",
        ]),
      );
      expect(slugs[0]).toBe("senior-software-engineer");
      const directions = path.next.map((n) => n.step.direction);
      expect(directions.lastIndexOf("up")).toBeLessThan(directions.indexOf("same"));
      const lead = path.next.find((n) => n.role.slug === "lead-developer")!;
      expect(lead.step).toMatchObject({
        track: "technical",
        typicalYearsMin: 4,
        typicalYearsMax: 8,
        sourceId: "article-backend-core-of-web-apps",
        direction: "up",
      });
      expect(lead.role.figures).not.toBeNull();
    });

    it("gives the skill gap to Lead Developer grouped by ladder axis, as checked by hand against the dataset", () => {
      // Lead Developer lists 14 skills; Back-End Developer already has git, aws, ci-cd and problem-solving at the needed level,
      // and software-architecture only as useful (core for Lead: deepen). The step names technical-leadership, mentoring,
      // code-review and system-design. If this fails, the ladder page tells a student to learn the wrong things.
      expect(gapTo(path, "lead-developer")).toEqual({
        technology: ["jira", "secure-coding"],
        system: ["software-architecture", "system-design"],
        people: ["communication", "mentoring"],
        process: ["code-review", "agile"],
        influence: ["technical-leadership", "stakeholder-management"],
      });
      const lead = path.next.find((n) => n.role.slug === "lead-developer")!;
      expect(lead.gap.total).toBe(10);
      const system = lead.gap.groups.find((g) => g.axis === "system")!.skills;
      expect(system.find((s) => s.slug === "software-architecture")).toMatchObject({
        change: "deepen",
        currentImportance: "useful",
        nextImportance: "core",
        namedForStep: false,
      });
      expect(system.find((s) => s.slug === "system-design")).toMatchObject({ change: "add", nextImportance: "core", namedForStep: true });
    });

    it("reaches CTO on the technical track and on the management track", () => {
      // If this fails, the ladders stop short or the management branch is missing.
      const technical = path.ladders.find((l) => l.track === "technical")!;
      const management = path.ladders.find((l) => l.track === "management")!;
      expect(technical.main!.rungs.map((r) => r.slug)).toEqual([
        "back-end-developer",
        "senior-software-engineer",
        "lead-developer",
        "software-architect",
        "cto",
      ]);
      expect(technical.main!.rungs.every((r) => r.step === null || r.step.track === "technical")).toBe(true);
      expect(management.main!.rungs.map((r) => r.slug)).toEqual([
        "back-end-developer",
        "senior-software-engineer",
        "engineering-manager",
        "director-of-engineering",
        "cto",
      ]);
      expect(management.main!.rungs.filter((r) => r.step?.track === "management").map((r) => r.slug)).toEqual([
        "engineering-manager",
        "director-of-engineering",
        "cto",
      ]);
      // Years are the sum of the steps' estimates (3-6, 2-5, 2-5, 5-10).
      expect([technical.main!.yearsMin, technical.main!.yearsMax]).toEqual([12, 26]);
      // Every branch is in the tree, each role expanded once.
      const above = treeSlugs(technical.tree);
      expect(above).toEqual(expect.arrayContaining(["cto", "solutions-architect", "database-architect", "site-reliability-engineer"]));
      expect(treeSlugs(management.tree)).toContain("director-of-engineering");
      expect(treeSlugs(management.tree)).not.toContain("database-architect");
    });

    it("shows where people come to it from", () => {
      // If this fails, the rungs below are missing.
      expect(path.earlier.map((e) => e.role.slug)).toEqual(["junior-developer", "web-developer"]);
      expect(treeSlugs(path.below)).toEqual(["junior-developer", "web-developer", "junior-developer"]);
      expect(path.related).toEqual([]);
    });

    it("cites every source it uses, and costs five queries", () => {
      // If this fails, a figure or year shows without its source, or the page queries per rung.
      const cited = new Set(path.sources.map((s) => s.id));
      for (const id of ["bls-ep-2024-34", "editorial", "article-backend-core-of-web-apps"]) expect(cited).toContain(id);
      expect(queries).toBe(5);
    });
  });

  it("works from every role, in the same number of queries, with a ladder or a note for each", async () => {
    // If this fails, "you are here -> next" breaks for some role, or a page's cost grows with the ladder.
    const { result: index } = await withQueryStats(() => listCareerLadders());
    const counts = new Set<number>();
    for (const role of index.roles) {
      const { result, queries } = await withQueryStats(() => getCareerPath({ slug: role.slug, vintage: "2022-32" }));
      counts.add(queries);
      expect(result, role.slug).not.toBeNull();
      expect(result!.next.length + result!.earlier.length, role.slug).toBeGreaterThan(0);
      if (result!.next.length === 0) expect(result!.related.length + result!.earlier.length, role.slug).toBeGreaterThan(0);
      for (const next of result!.next) {
        expect(ROLE_LEVELS).toContain(next.role.level);
        expect(next.gap.total).toBe(next.gap.groups.reduce((sum, g) => sum + g.skills.length, 0));
      }
    }
    expect([...counts]).toEqual([5]);
  });

  it("says CTO is a top and offers related moves", async () => {
    // If this fails, a role with no move onwards shows an empty page.
    const cto = (await getCareerPath({ slug: "cto", vintage: "2024-34" }))!;
    expect(cto.next).toEqual([]);
    expect(cto.ladders.every((l) => l.main === null && l.tree.length === 0)).toBe(true);
    expect(cto.earlier.map((e) => e.role.slug)).toEqual(
      expect.arrayContaining(["back-end-developer", "software-architect", "director-of-engineering"]),
    );
    expect(cto.related.map((r) => r.role.slug)).toContain("lead-developer");
  });

  it("lists the ladders that exist, with Junior Developer's technical ladder and management branch", async () => {
    // If this fails, /paths lists the wrong starting roles or ladders.
    const { result: index, queries } = await withQueryStats(() => listCareerLadders());
    expect(queries).toBe(3);
    const junior = index.starts.find((s) => s.role.slug === "junior-developer")!;
    expect(junior.ladders.map((l) => [l.track, l.chain.rungs.map((r) => r.slug)])).toEqual([
      ["technical", ["junior-developer", "back-end-developer", "senior-software-engineer", "lead-developer", "software-architect", "cto"]],
      [
        "management",
        ["junior-developer", "back-end-developer", "senior-software-engineer", "engineering-manager", "director-of-engineering", "cto"],
      ],
    ]);
    expect(index.starts.map((s) => s.role.slug)).not.toContain("back-end-developer");
    expect(index.roles.length).toBeGreaterThanOrEqual(34);
    expect(index.sources.map((s) => s.id)).toContain("editorial");
  });

  it("returns null for an unknown role", async () => {
    expect(await getCareerPath({ slug: "astronaut", vintage: "2024-34" })).toBeNull();
  });

  describe("loaders", () => {
    it("answers an unknown role with 404 and a bad vintage with 400 naming the parameter", async () => {
      // If this fails, bad addresses produce a 500 or an unexplained error.
      const missing = await thrownResponse(() => ladderLoader(routeArgs("/paths/astronaut", { slug: "astronaut" })));
      expect(missing.status).toBe(404);
      expect(await missing.text()).toContain("/paths/astronaut");
      // A title's words that name a role (issue 12/15 polish): its ladder is offered, the answer stays a 404.
      const spelled = await thrownResponse(() => ladderLoader(routeArgs("/paths/frontend-developer", { slug: "frontend-developer" })));
      expect(spelled.status).toBe(404);
      expect(await spelled.json()).toMatchObject({
        message: "We have no role at the address “/paths/frontend-developer”, so we cannot show its career ladder.",
        words: "frontend developer",
        suggestions: [{ href: "/paths/front-end-developer", title: "Front-End Developer" }],
      });
      // Another name of a role leads to its ladder, as it leads to its profile and handout (a 301, the period kept).
      const alias = await thrownResponse(() =>
        ladderLoader(routeArgs("/paths/backend-developer?vintage=2022-32", { slug: "backend-developer" })),
      );
      expect(alias.status).toBe(301);
      expect(alias.headers.get("Location")).toBe("/paths/back-end-developer?vintage=2022-32");
      const badVintage = await thrownResponse(() =>
        ladderLoader(routeArgs("/paths/back-end-developer?vintage=2031-41", { slug: "back-end-developer" })),
      );
      expect(badVintage.status).toBe(400);
      expect(await badVintage.text()).toContain("no BLS projections for the period 2031-41");
      const malformed = await thrownResponse(() =>
        ladderLoader(routeArgs("/paths/back-end-developer?vintage=2031", { slug: "back-end-developer" })),
      );
      expect(await malformed.text()).toContain("“vintage”");
      const badIndexVintage = await thrownResponse(() => laddersLoader(routeArgs("/paths?vintage=latest")));
      expect(badIndexVintage.status).toBe(400);
      // The ladders page shows no figures, but a period it carries on to every ladder must be one that is loaded.
      const unloadedIndexVintage = await thrownResponse(() => laddersLoader(routeArgs("/paths?vintage=2031-41")));
      expect(unloadedIndexVintage.status).toBe(400);
    });

    it("sends the role picker to the role's ladder, and rejects a malformed role with 400", async () => {
      // If this fails, the no-JavaScript "you are here" form goes nowhere or passes junk into a URL.
      const picked = await thrownResponse(() => laddersLoader(routeArgs("/paths?role=qa-engineer&vintage=2023-33")));
      expect(picked.status).toBe(302);
      expect(picked.headers.get("Location")).toBe("/paths/qa-engineer?vintage=2023-33");
      const junk = await thrownResponse(() => laddersLoader(routeArgs("/paths?role=..%2Fadmin")));
      expect(junk.status).toBe(400);
      expect(await junk.text()).toContain("“role”");
    });

    it("shows beside each rung's median the 10th–90th percentile spread of the same OEWS survey, with its source", async () => {
      const { data } = await answerOf(ladderLoader(routeArgs("/paths/junior-developer", { slug: "junior-developer" })));
      const rungs = [data.path.role, ...data.path.next.map((n) => n.role)].flatMap((r) => (r.figures ? [r.figures] : []));
      expect(rungs.length).toBeGreaterThan(2);
      for (const f of rungs.filter((r) => r.medianAnnualWage !== null)) {
        expect(f.pay, f.socCode).not.toBeNull();
        expect(f.pay!.annual.median).toBe(f.medianAnnualWage);
        expect(data.path.sources.map((s) => s.id)).toContain(f.pay!.sourceId);
      }
    });

    it("serves a page with cache headers and Server-Timing", async () => {
      const result = await answerOf(ladderLoader(routeArgs("/paths/back-end-developer?vintage=2022-32", { slug: "back-end-developer" })));
      expect(result.data.path.vintage).toBe("2022-32");
      expect(result.headers.get("Cache-Control")).toContain("public");
      expect(result.headers.get("ETag")).toBeTruthy();
      // The loaded periods, the ladder's five and the data version.
      expect(queriesOf(result.headers)).toBe(7);
    });
  });
});
