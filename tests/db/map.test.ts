import { UNSAFE_ErrorResponseImpl as ErrorResponse } from "react-router";
import { describe, expect, it } from "vitest";
import { withQueryStats } from "~db/client";
import { getSkillsMap } from "~/features/map/queries.server";
import { loader as mapLoader, meta as mapMeta } from "~/routes/map";
import { createElement } from "react";
import { SkillsMap } from "~/features/map/components/skills-map";
import { renderInRouter } from "./rendered-page";
import { describeFocus, focusPaths, MAP_ROLE_LEVELS, MAX_MAP_SKILLS, PROGRESSION_LEVELS, technologyPaths } from "~/features/map/map-graph";
import { curatedDataset, describeEachDriver } from "./harness";
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

    it("draws every move of the dataset: steps into lead and executive roles, moves between them, moves between middle roles", async () => {
      const { graph } = await getSkillsMap({ vintage });
      const edges = curatedDataset().dataset.progression.map((e) => e.value);
      const progression = new Set(graph.progressionRoles.map((r) => r.slug));
      for (const e of edges) {
        const found = progression.has(e.to)
          ? progression.has(e.from)
            ? graph.progressionLinks.some((l) => l.from === e.from && l.to === e.to && l.sourceId === e.source)
            : graph.stepLinks.some((l) => l.from === e.from && l.to === e.to && l.via.length === 0 && l.sourceIds.includes(e.source))
          : graph.sideMoves.some((l) => l.from === e.from && l.to === e.to && l.sourceId === e.source);
        expect(found, `${e.from} -> ${e.to}`).toBe(true);
      }
      // Director of Engineering is reached only from Engineering Manager, a lead role: it is on the map now.
      expect(graph.progressionRoles.map((r) => r.slug)).toContain("director-of-engineering");
      const cto = focusPaths(graph, { type: "role", slug: "cto" })!;
      expect(cto.routesIn.map((r) => r.from).sort()).toEqual([
        "back-end-developer",
        "director-of-engineering",
        "software-architect",
        "solutions-architect",
      ]);
    });

    it("starts from Figma: its skill and the roles whose occupations list it (checked by hand against the O*NET rows)", async () => {
      const map = await getSkillsMap({ vintage, technology: "figma" });
      expect(map.technology).toMatchObject({ name: "Figma", slug: "figma", hot: true, sourceId: "onet-30-1" });
      expect(map.technology!.skills).toEqual([{ slug: "figma", name: "Figma" }]);
      // O*NET 30.1 lists Figma for 15-1252 (Software developers), 15-1254 (Web developers) and 15-1255 (Web and digital
      // interface designers, In Demand): the roles whose primary occupation is one of those (Junior Developer is filed under
      // 15-1251 Computer programmers, which does not list it; ADR 004).
      expect(map.technology!.roles.map((r) => `${r.slug}${r.inDemand ? " (in demand)" : ""}`)).toEqual([
        "back-end-developer",
        "devops-engineer",
        "front-end-developer",
        "full-stack-developer",
        "lead-developer",
        "mobile-developer",
        "senior-software-engineer",
        "site-reliability-engineer",
        "software-architect",
        "software-engineer",
        "ux-ui-designer (in demand)",
        "web-developer",
      ]);
      // Figma is not among the most-needed skills, but the technology's view draws it.
      expect(map.graph.skills.map((s) => s.slug)).toContain("figma");
      const paths = technologyPaths(map.graph, map.technology!);
      // The set: the Figma skill and its 12 roles.
      expect(paths.seedIds.size).toBe(13);
      expect(paths.seedIds.has("role:software-architect")).toBe(true);
      expect(paths.progressionRoles.map((r) => r.slug)).toContain("cto");
      expect(map.sources.map((s) => s.id)).toContain("onet-30-1");
      expect((await getSkillsMap({ vintage, technology: "no-such-technology" })).technology).toBeUndefined();
    });

    it("starts from Microsoft Excel with counts that agree with the diagram, its skill at the top of its column", async () => {
      // What would break: the banner read "1 hot skill and 34 roles whose occupations list it, 6 lead and executive
      // roles" beside a diagram of 28 roles and 6 lead and executive roles (the lead roles whose occupations list Excel
      // were counted as roles too), and Data analysis, the skill that stands for Excel, was drawn last of 13 skills.
      const map = await getSkillsMap({ vintage, technology: "microsoft-excel" });
      const paths = technologyPaths(map.graph, map.technology!);
      const seeds = (nodes: { id: string }[]) => nodes.filter((n) => paths.seedIds.has(n.id as never)).length;
      const [skills, roles, leads] = [seeds(paths.skills), seeds(paths.roles), seeds(paths.progressionRoles)];
      expect(skills + roles + leads).toBe(paths.seedIds.size);
      expect(leads).toBeGreaterThan(0);
      expect(map.technology!.skills.map((s) => s.name)).toEqual(["Data analysis"]);
      const sentence = describeFocus(paths);
      expect(sentence).toMatch(
        new RegExp(
          `^Microsoft Excel: 1 hot skill \\(Data analysis\\), ${roles} roles and ${leads} lead and executive roles whose occupations list it`,
        ),
      );
      // Every count in the sentence is of nodes the diagram draws: no more roles than its middle column holds.
      expect(roles).toBeLessThanOrEqual(map.graph.roles.length);
      expect(leads).toBeLessThanOrEqual(map.graph.progressionRoles.length);
      // The technology's skill first in its column (and so first for the keyboard and in the lists); the rest as ranked.
      expect(map.graph.skills[0]!.name).toBe("Data analysis");
      const plain = await getSkillsMap({ vintage });
      expect(map.graph.skills.slice(1).map((s) => s.slug)).toEqual(
        plain.graph.skills.map((s) => s.slug).filter((slug) => slug !== "data-analysis"),
      );
      // The page as the server renders it: the status line, the diagram's own count, and the focus panel's two lists.
      const { citation: _citation, ...page } = (await load("?technology=microsoft-excel")).data;
      const text = renderInRouter(createElement(SkillsMap, { page }))
        .replace(/<[^>]+>/g, " ")
        .replace(/\s+/g, " ");
      expect(text).toContain(`${sentence}.`);
      expect(text).toContain(
        `${map.graph.skills.length} hot skills, ${map.graph.roles.length} roles, ${map.graph.progressionRoles.length} lead`,
      );
      expect(text).toContain(`Roles whose occupations ask for it (${roles})`);
      expect(text).toContain(`Lead and executive roles whose occupations ask for it (${leads})`);
      // A focus keeps the ranked order (choosing a node must not move the nodes under the pointer).
      const focused = await getSkillsMap({ vintage, focus: { type: "skill", slug: "data-analysis" } });
      expect(focused.graph.skills.map((s) => s.slug)).toEqual([...plain.graph.skills.map((s) => s.slug), "data-analysis"]);
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
      // Starting from a technology reads its set too, in the same round trip as the map's data.
      expect((await withQueryStats(() => getSkillsMap({ vintage, technology: "figma" }))).queries).toBe(6);
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
      const technology = await load("?technology=figma");
      expect(technology.status).toBe(200);
      expect(technology.data.technology?.name).toBe("Figma");
      expect(queriesOf(technology.headers)).toBe(8);
    });

    /** The page's title as React Router renders it for what the loader threw. */
    const errorTitleFor = async (query: string) => {
      const thrown = await thrownResponse(() => load(query));
      const error = new ErrorResponse(thrown.status, thrown.statusText, await thrown.text());
      const meta = mapMeta({ data: undefined, loaderData: undefined, error, location: new URL(`http://localhost/map${query}`) } as never);
      return meta?.map((d) => ("title" in d ? d.title : null)).find(Boolean);
    };

    // A fresh-eyes pass (issue 15): /map?focus=role:nope was a 400 titled "That request could not be understood" (the tab
    // "Skills map: …", as if the map were shown), /map?technology=<unknown> a 404 titled "Page not found". What would
    // break: a well-formed name we do not have answered as a malformed link, or an error that does not name its parameter.
    it.each([
      ["?technology=no-such-technology", "technology", "We have no technology “no-such-technology”"],
      ["?focus=skill:no-such-skill", "focus", "We have no skill “no-such-skill” on the map"],
      ["?focus=role:no-such-role", "focus", "We have no role “no-such-role” on the map"],
      ["?kind=language&focus=role:no-such-role", "focus", "We have no role “no-such-role”"],
    ])("answers %s, well formed but unknown, with a 404 naming “%s”", async (query, parameter, message) => {
      const response = await thrownResponse(() => load(query));
      expect(response.status).toBe(404);
      expect(response.statusText).toBe(`Not Found (${parameter})`);
      expect(await response.text()).toContain(message);
      expect(await errorTitleFor(query)).toBe(`Not found: “${parameter}” — Career Atlas`);
    });

    it.each([
      ["?kind=rocketry", "kind", "“kind”: must be one of"],
      ["?cluster=%3Cscript%3E", "cluster", "“cluster”: must be one of"],
      ["?hot=yes", "hot", "“hot”"],
      ["?focus=python", "focus", "“focus”: must be skill:<slug> or role:<slug>"],
      ["?focus=garbage", "focus", "“focus”: must be skill:<slug> or role:<slug>"],
      ["?focus=team:cto", "focus", "“focus”: must be skill:<slug> or role:<slug>"],
      ["?focus=skill:Py%20thon", "focus", "“focus”"],
      [`?focus=skill:${"a".repeat(200)}`, "focus", "“focus”: is too long"],
      ["?technology=Not%20A%20Slug", "technology", "“technology”: must be a technology's address"],
      [`?technology=${"a".repeat(200)}`, "technology", "“technology”: is too long"],
      ["?technology=figma&focus=role:cto", "technology", "“technology”: cannot be combined with “focus”"],
      ["?focus=%E0%A4", "focus", "broken %-escape"],
    ])("answers %s with a 400 naming “%s” and a message, never a 500", async (query, parameter, message) => {
      const response = await thrownResponse(() => load(query));
      expect(response.status).toBe(400);
      expect(response.statusText).toBe(`Bad Request (${parameter})`);
      expect(await response.text()).toContain(message);
      expect(await errorTitleFor(query)).toBe(`Bad link: “${parameter}” — Career Atlas`);
    });

    it("keeps a known focus that the filters leave out (the page says so) instead of failing", async () => {
      const answer = await load("?kind=database&focus=skill:python");
      expect(answer.status).toBe(200);
      expect(answer.data.focusName).toBe("Python");
    });
  });
});
