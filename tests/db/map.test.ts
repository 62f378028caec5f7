import { describe, expect, it } from "vitest";
import { withQueryStats } from "~db/client";
import { getSkillsMap } from "~/features/map/queries.server";
import { loader as mapLoader } from "~/routes/map";
import { focusPaths, MAP_ROLE_LEVELS, MAX_MAP_SKILLS, PROGRESSION_LEVELS } from "~/features/map/map-graph";
import { describeEachDriver } from "./harness";
import { answerOf, queriesOf, routeArgs, thrownResponse } from "./route-args";

const load = (query: string) => answerOf(mapLoader(routeArgs(`/map${query}`)));
/** The newest period of the curated data: the one the /map page shows. */
const vintage = "2024-34";

describeEachDriver("skills map", { seed: true }, () => {
  describe("the graph from the curated data", () => {
    it("follows Python to Back-End Developer and on to Lead Developer, Software Architect and CTO", async () => {
      const { graph, focusStatus } = await getSkillsMap({ vintage, focus: { type: "skill", slug: "python" } });
      expect(focusStatus).toBe("shown");
      const python = graph.skills.find((s) => s.slug === "python")!;
      expect(python).toMatchObject({ name: "Python", kind: "language", hotTechnology: true, onetSourceId: "onet-30-1" });
      expect(python.inDemandOccupations).toBeGreaterThan(0);
      expect(graph.skillLinks).toContainEqual(expect.objectContaining({ skill: "python", role: "back-end-developer", importance: "core" }));

      const paths = focusPaths(graph, { type: "skill", slug: "python" })!;
      expect(paths.roles.map((r) => r.slug)).toContain("back-end-developer");
      const fromBackEnd = graph.stepLinks.filter((l) => l.from === "back-end-developer" && l.via.length === 0).map((l) => l.to);
      expect(fromBackEnd.sort()).toEqual(["cto", "lead-developer", "software-architect"]);
      expect(paths.progressionRoles.map((r) => r.slug)).toEqual(expect.arrayContaining(["cto", "lead-developer", "software-architect"]));
      // The article names these moves: the path carries its source.
      expect(graph.stepLinks.find((l) => l.id === "step:back-end-developer>cto")!.sourceIds).toEqual(["article-backend-core-of-web-apps"]);
    });

    it("shows each role's growth with its vintage and source, and keeps the levels in their columns", async () => {
      const { graph, vintage: shown } = await getSkillsMap({ vintage });
      expect(shown).toBe("2024-34");
      const backEnd = graph.roles.find((r) => r.slug === "back-end-developer")!;
      expect(backEnd.growth).toEqual({ changePercent: 7.5, vintage: "2024-34", sourceId: "bls-ep-2024-34" });
      for (const r of graph.roles) expect(MAP_ROLE_LEVELS, r.slug).toContain(r.level);
      for (const r of graph.progressionRoles) expect(PROGRESSION_LEVELS, r.slug).toContain(r.level);
      expect(graph.skills).toHaveLength(MAX_MAP_SKILLS);
      expect(graph.moreSkills.length).toBeGreaterThan(0);
    });

    it("applies kind, cluster and O*NET-only filters", async () => {
      const languages = await getSkillsMap({ vintage, filters: { kind: "language" } });
      expect(languages.graph.skills.every((s) => s.kind === "language")).toBe(true);
      const data = await getSkillsMap({ vintage, filters: { cluster: "data-ai" } });
      expect(data.graph.roles.length).toBeGreaterThan(0);
      expect(data.graph.roles.every((r) => r.cluster === "data-ai")).toBe(true);
      // Cybersecurity is hot only because a source highlights it: O*NET-only leaves it out.
      const all = await getSkillsMap({ vintage, filters: { kind: "security" } });
      const onet = await getSkillsMap({ vintage, filters: { kind: "security", onetOnly: true } });
      const slugs = (m: typeof all) => [...m.graph.skills, ...m.graph.moreSkills].map((s) => s.slug);
      expect(slugs(all)).toContain("cybersecurity");
      expect(slugs(onet)).not.toContain("cybersecurity");
      expect(onet.graph.skills.every((s) => s.highlightSourceIds.length === 0)).toBe(true);
    });

    it("tells a focus that is filtered out from an unknown one", async () => {
      expect((await getSkillsMap({ vintage, filters: { kind: "database" }, focus: { type: "skill", slug: "python" } })).focusStatus).toBe(
        "filtered-out",
      );
      expect((await getSkillsMap({ vintage, focus: { type: "role", slug: "no-such-role" } })).focusStatus).toBe("unknown");
      expect((await getSkillsMap({ vintage, focus: { type: "skill", slug: "no-such-skill" } })).focusStatus).toBe("unknown");
      // A skill outside the drawn top skills is drawn when focused (a shared link must show it).
      const { graph } = await getSkillsMap({ vintage });
      const extra = graph.moreSkills[0]!.slug;
      const focused = await getSkillsMap({ vintage, focus: { type: "skill", slug: extra } });
      expect(focused.focusStatus).toBe("shown");
      expect(focused.graph.skills.map((s) => s.slug)).toContain(extra);
    });

    it("cites O*NET 30.1 first, then BLS growth and the sources of the links", async () => {
      const { sources } = await getSkillsMap({ vintage });
      expect(sources[0]).toMatchObject({ id: "onet-30-1", vintage: expect.stringContaining("30.1") });
      expect(sources.map((s) => s.id)).toContain("bls-ep-2024-34");
      expect(sources.map((s) => s.id)).toContain("article-backend-core-of-web-apps");
      expect(sources.every((s) => s.attribution.length > 0)).toBe(true);
    });

    it("costs the same small number of queries whatever the filters or focus", async () => {
      const counts = [];
      for (const args of [
        {},
        { filters: { kind: "language" as const } },
        { filters: { cluster: "security" as const, onetOnly: true } },
        { focus: { type: "role" as const, slug: "cto" } },
      ]) {
        counts.push((await withQueryStats(() => getSkillsMap({ ...args, vintage }))).queries);
      }
      expect(counts).toEqual([5, 5, 5, 5]);
    });
  });

  describe("the /map loader", () => {
    it("answers with public caching headers and Server-Timing, the same query count for every view", async () => {
      // Seven: the loaded periods (the map shows the newest), the map's five and the data version.
      const plain = await load("");
      expect(plain.status).toBe(200);
      expect(plain.data.vintage, "the newest loaded period").toBe(vintage);
      expect(plain.headers.get("Cache-Control")).toContain("public");
      expect(plain.headers.get("ETag")).toMatch(/^W\/"v\d+-/);
      expect(queriesOf(plain.headers)).toBe(7);
      const focused = await load("?kind=language&cluster=software-development&hot=1&focus=skill:python");
      expect(focused.status).toBe(200);
      expect(queriesOf(focused.headers)).toBe(7);
      expect(focused.headers.get("ETag")).not.toBe(plain.headers.get("ETag"));
    });

    it.each([
      ["?kind=rocketry", "“kind”: must be one of"],
      ["?cluster=%3Cscript%3E", "“cluster”: must be one of"],
      ["?hot=yes", "“hot”"],
      ["?focus=python", "“focus”: must be skill:<slug> or role:<slug>"],
      ["?focus=skill:Py%20thon", "“focus”"],
      [`?focus=skill:${"a".repeat(200)}`, "“focus”: is too long"],
      ["?focus=skill:no-such-skill", "There is no skill “no-such-skill”"],
      ["?focus=role:no-such-role", "There is no role “no-such-role”"],
    ])("answers %s with 400 and a message, never a 500", async (query, message) => {
      const response = await thrownResponse(() => load(query));
      expect(response.status).toBe(400);
      expect(await response.text()).toContain(message);
    });

    it("keeps a known focus that the filters leave out (the page says so) instead of failing", async () => {
      const answer = await load("?kind=database&focus=skill:python");
      expect(answer.status).toBe(200);
      expect(answer.data.focusName).toBe("Python");
    });
  });
});
