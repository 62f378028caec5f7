import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { describe, expect, it } from "vitest";
import { arcPath, labelLines, layoutMap, MAP_LAYOUT, neighbourNode } from "~/features/map/layout";
import {
  buildMapGraph,
  describeFocus,
  describeGraph,
  focusPaths,
  mapQueryString,
  parseFocus,
  PROGRESSION_LEVELS,
  sameMapExceptFocus,
  technologyPaths,
  type MapData,
  type MapRoleData,
  type MapSkillData,
} from "~/features/map/map-graph";

const skill = (slug: string, over: Partial<MapSkillData> = {}): MapSkillData => ({
  slug,
  name: slug.toUpperCase(),
  kind: "language",
  hotTechnology: false,
  inDemandOccupations: 0,
  onetSourceId: null,
  highlights: [],
  ...over,
});
const role = (
  slug: string,
  level: MapRoleData["level"],
  cluster: MapRoleData["cluster"] = "software-development",
  change = 10,
): MapRoleData => ({
  slug,
  title: slug.replace(/-/g, " "),
  cluster,
  level,
  growth: { changePercent: change, vintage: "2024-34", sourceId: "bls" },
});

/** A small hand-made world: every expected value below is worked out from these rows. */
const DATA: MapData = {
  skills: [
    skill("py", { name: "Python", hotTechnology: true, inDemandOccupations: 3, onetSourceId: "onet" }),
    skill("sqlx", { name: "SQL", kind: "database", inDemandOccupations: 1, onetSourceId: "onet" }),
    skill("cloudy", { name: "Cloud", kind: "cloud", highlights: [{ roleSlug: "backend", sourceId: "article" }] }),
    skill("soft", { name: "Teamwork", kind: "soft_skill" }),
    skill("rare", { name: "Rare", hotTechnology: true, onetSourceId: "onet" }),
  ],
  roles: [
    role("junior", "entry"),
    role("backend", "mid"),
    role("frontend", "mid"),
    role("senior", "senior"),
    role("datasci", "mid", "data-ai", 33.5),
    role("lead", "lead"),
    role("architect", "lead"),
    role("manager", "lead", "leadership"),
    role("director", "executive", "leadership"),
    role("cto", "executive", "leadership"),
  ],
  needs: [
    { roleSlug: "backend", skillSlug: "py", importance: "core", sourceId: "a" },
    { roleSlug: "datasci", skillSlug: "py", importance: "core", sourceId: "a" },
    { roleSlug: "junior", skillSlug: "py", importance: "useful", sourceId: "a" },
    { roleSlug: "lead", skillSlug: "py", importance: "core", sourceId: "a" },
    { roleSlug: "backend", skillSlug: "sqlx", importance: "core", sourceId: "a" },
    { roleSlug: "datasci", skillSlug: "sqlx", importance: "useful", sourceId: "a" },
    { roleSlug: "backend", skillSlug: "cloudy", importance: "useful", sourceId: "a" },
    { roleSlug: "backend", skillSlug: "soft", importance: "core", sourceId: "a" },
    { roleSlug: "frontend", skillSlug: "rare", importance: "useful", sourceId: "a" },
  ],
  edges: [
    ["junior", "backend"],
    ["backend", "lead"],
    ["backend", "architect"],
    ["backend", "cto"],
    ["backend", "senior"],
    ["frontend", "senior"],
    ["senior", "lead"],
    ["senior", "architect"],
    ["senior", "manager", "management"],
    ["lead", "architect"],
    ["architect", "cto"],
    ["lead", "manager", "management"],
    ["manager", "director", "management"],
    ["director", "cto", "management"],
  ].map(([fromRole, toRole, track]) => ({
    fromRole: fromRole!,
    toRole: toRole!,
    track: (track ?? "technical") as "technical" | "management",
    sourceId: "edge",
  })),
};

const slugs = (nodes: { slug: string }[]) => nodes.map((n) => n.slug);

describe("buildMapGraph", () => {
  it("draws hot skills (O*NET or source highlight) most-needed first, never a skill without a flag", () => {
    const graph = buildMapGraph(DATA);
    // py 3 roles, sqlx 2, then rare and cloudy with 1 each: the O*NET Hot Technology (rare) first.
    expect(slugs(graph.skills)).toEqual(["py", "sqlx", "rare", "cloudy"]);
    expect(graph.skills.map((s) => s.roleCount)).toEqual([3, 2, 1, 1]);
    expect(graph.skills.find((s) => s.slug === "cloudy")!.highlightSourceIds).toEqual(["article"]);
  });

  it("draws the skills a view starts from first in their column, the rest as ranked", () => {
    // Would break: a technology's skill drawn where its rank puts it (Data analysis, last of 13, ~2,300 px down).
    expect(slugs(buildMapGraph(DATA, {}, { first: ["cloudy"] }).skills)).toEqual(["cloudy", "py", "sqlx", "rare"]);
    // A skill that is not drawn is not added by being first.
    expect(slugs(buildMapGraph(DATA, {}, { first: ["soft"] }).skills)).toEqual(["py", "sqlx", "rare", "cloudy"]);
  });

  it("puts only entry, mid and senior roles in the middle column and lead/executive roles on the right", () => {
    const graph = buildMapGraph(DATA);
    expect(slugs(graph.roles).sort()).toEqual(["backend", "datasci", "frontend", "junior"]);
    // director: no middle role moves to it, but manager (a lead role) does.
    expect(slugs(graph.progressionRoles).sort()).toEqual(["architect", "cto", "director", "lead", "manager"]);
    // lead needs py, but as a progression role it is not a middle node.
    expect(graph.skillLinks.some((l) => l.role === "lead")).toBe(false);
  });

  it("links a role to progression roles directly, or through one senior role when there is no direct move", () => {
    const graph = buildMapGraph(DATA);
    const steps = (from: string) =>
      graph.stepLinks
        .filter((l) => l.from === from)
        .map((l) => `${l.to}${l.via.length ? ` via ${l.via.map((v) => v.slug).join("+")}` : ""}`)
        .sort();
    expect(steps("backend")).toEqual(["architect", "cto", "lead", "manager via senior"]);
    expect(steps("frontend")).toEqual(["architect via senior", "lead via senior", "manager via senior"]);
    // junior -> backend is a mid-level move, not a senior rung: no path from junior to a lead role.
    expect(steps("junior")).toEqual([]);
    expect(steps("datasci")).toEqual([]);
    expect(graph.stepLinks.find((l) => l.id === "step:frontend>manager")).toMatchObject({ track: "management", sourceIds: ["edge"] });
  });

  it("filters by skill kind, by the middle roles' cluster and to O*NET flags only", () => {
    expect(slugs(buildMapGraph(DATA, { kind: "database" }).skills)).toEqual(["sqlx"]);
    expect(slugs(buildMapGraph(DATA, { kind: "database" }).roles).sort()).toEqual(["backend", "datasci"]);
    expect(slugs(buildMapGraph(DATA, { onetOnly: true }).skills)).toEqual(["py", "sqlx", "rare"]);
    const data = buildMapGraph(DATA, { cluster: "data-ai" });
    expect(slugs(data.roles)).toEqual(["datasci"]);
    expect(slugs(data.skills)).toEqual(["py", "sqlx"]);
    expect(data.progressionRoles).toEqual([]);
    expect(data.progressionLinks).toEqual([]);
    expect(buildMapGraph(DATA, { kind: "soft_skill" }).skills).toEqual([]);
  });

  it("caps the drawn skills, lists the rest, and draws a capped skill when asked to (a shared focus link)", () => {
    const capped = buildMapGraph(DATA, {}, { maxSkills: 2 });
    expect(slugs(capped.skills)).toEqual(["py", "sqlx"]);
    expect(capped.moreSkills).toEqual([
      { slug: "rare", name: "Rare", roleCount: 1 },
      { slug: "cloudy", name: "Cloud", roleCount: 1 },
    ]);
    // frontend only needs "rare": without it, frontend is not on the map.
    expect(slugs(capped.roles)).not.toContain("frontend");
    const withCloud = buildMapGraph(DATA, {}, { maxSkills: 2, include: ["cloudy"] });
    expect(slugs(withCloud.skills)).toEqual(["py", "sqlx", "cloudy"]);
    expect(slugs(withCloud.moreSkills)).toEqual(["rare"]);
  });

  it("orders the middle column by the position of each role's skills, keeping each career cluster together", () => {
    const graph = buildMapGraph(DATA);
    // Skill positions: py 0, sqlx 1, rare 2, cloudy 3. junior (0), datasci (0.5), backend (4/3), frontend (2):
    // software development starts first (junior), so datasci, the only data role, comes after its group.
    expect(slugs(graph.roles)).toEqual(["junior", "backend", "frontend", "datasci"]);
  });

  it("orders the right column lead roles first, each after the roles that move to it, and draws every move between them", () => {
    const graph = buildMapGraph(DATA);
    expect(slugs(graph.progressionRoles)).toEqual(["lead", "architect", "manager", "director", "cto"]);
    expect(graph.progressionLinks.map((l) => l.id).sort()).toEqual([
      "move:architect>cto",
      "move:director>cto",
      "move:lead>architect",
      "move:lead>manager",
      "move:manager>director",
    ]);
    // Middle-to-middle moves are kept (listed in words), not lost.
    expect(graph.sideMoves.map((l) => l.id)).toEqual(["move:junior>backend"]);
  });
});

describe("focusPaths", () => {
  const graph = buildMapGraph(DATA);

  it("follows a skill to its roles and their progression roles", () => {
    const paths = focusPaths(graph, { type: "skill", slug: "py" })!;
    expect(slugs(paths.roles)).toEqual(["junior", "backend", "datasci"]);
    // backend's steps, then on: lead -> manager -> director.
    expect(slugs(paths.progressionRoles).sort()).toEqual(["architect", "cto", "director", "lead", "manager"]);
    expect(slugs(paths.skills)).toEqual(["py"]);
    expect(paths.linkIds.has("need:py>backend")).toBe(true);
    expect(paths.linkIds.has("need:sqlx>backend")).toBe(false);
    expect(paths.linkIds.has("step:backend>cto")).toBe(true);
    expect(paths.linkIds.has("step:frontend>lead")).toBe(false);
    expect(paths.linkIds.has("move:manager>director")).toBe(true);
    expect(describeFocus(paths)).toBe("Python: 3 roles, 5 lead and executive roles on their routes");
  });

  it("shows a middle role with the skills it needs and where it leads", () => {
    const paths = focusPaths(graph, { type: "role", slug: "frontend" })!;
    expect(paths.column).toBe("roles");
    expect(slugs(paths.skills)).toEqual(["rare"]);
    expect(slugs(paths.roles)).toEqual(["frontend"]);
    expect(slugs(paths.progressionRoles).sort()).toEqual(["architect", "cto", "director", "lead", "manager"]);
    expect(describeFocus(paths)).toBe("frontend: 1 hot skill, 5 lead and executive roles ahead");
  });

  it("traces a lead or executive role back along every route in, moves between lead roles included", () => {
    const paths = focusPaths(graph, { type: "role", slug: "cto" })!;
    expect(paths.column).toBe("progression");
    // The routes in: backend directly, architect and director from the right column.
    expect(paths.routesIn.map((r) => r.from).sort()).toEqual(["architect", "backend", "director"]);
    // Further back: lead -> architect, lead -> manager -> director, and the middle roles that step to any of them.
    expect(slugs(paths.progressionRoles)).toEqual(["lead", "architect", "manager", "director", "cto"]);
    expect(slugs(paths.roles)).toEqual(["backend", "frontend"]);
    expect(paths.linkIds.has("step:frontend>manager")).toBe(true);
    expect(paths.linkIds.has("move:lead>manager")).toBe(true);
    // Skills are not part of routes: nearly every role leads to a CTO.
    expect(paths.skills).toEqual([]);
    expect(describeFocus(paths)).toBe("cto: 3 routes in, from 6 roles on the map");
    // A lead role: its routes in and where it leads on.
    const manager = focusPaths(graph, { type: "role", slug: "manager" })!;
    expect(manager.routesIn.map((r) => r.from).sort()).toEqual(["backend", "frontend", "lead"]);
    expect(slugs(manager.progressionRoles)).toEqual(["lead", "manager", "director", "cto"]);
    // Further back: lead, backend and frontend; director and cto are ahead of it, not on its routes in.
    expect(describeFocus(manager)).toBe("manager: 3 routes in, from 3 roles on the map");
  });

  it("starts from a technology: its skills and the roles whose occupations list it, then every route onward", () => {
    const paths = technologyPaths(graph, {
      slug: "cloud-thing",
      name: "Cloud Thing",
      hot: true,
      inDemand: false,
      sourceId: "onet",
      // "soft" is not a hot skill (not on the map); "nobody" is no role on it: both are left out of the set.
      skills: [
        { slug: "cloudy", name: "Cloud" },
        { slug: "soft", name: "Teamwork" },
      ],
      roles: [
        { slug: "datasci", title: "datasci", inDemand: true },
        { slug: "manager", title: "manager", inDemand: false },
        { slug: "nobody", title: "nobody", inDemand: false },
      ],
    });
    expect(paths.column).toBe("technology");
    expect([...paths.seedIds].sort()).toEqual(["role:datasci", "role:manager", "skill:cloudy"]);
    // cloudy -> backend (needs it); backend's steps; datasci has none; manager -> director -> cto.
    expect(slugs(paths.skills)).toEqual(["cloudy"]);
    expect(slugs(paths.roles)).toEqual(["backend", "datasci"]);
    expect(slugs(paths.progressionRoles)).toEqual(["lead", "architect", "manager", "director", "cto"]);
    expect(paths.linkIds.has("need:cloudy>backend")).toBe(true);
    expect(paths.linkIds.has("need:py>datasci")).toBe(false);
    expect(paths.linkIds.has("move:manager>director")).toBe(true);
    // Would break: "1 hot skill and 2 roles whose occupations list it, 5 lead and executive roles on their routes"
    // counted manager, a lead role, both as a role and among the lead roles (Microsoft Excel's map: "34 roles"
    // beside a diagram of 28 roles and 6 lead and executive roles).
    expect(describeFocus(paths)).toBe(
      "Cloud Thing: 1 hot skill (Cloud), 1 role and 1 lead or executive role whose occupations list it, 4 more lead and executive roles on their routes",
    );
    const counted = describeFocus(paths).match(/\d+/g)!.map(Number);
    expect(counted.reduce((a, b) => a + b)).toBe(
      paths.skills.filter((s) => paths.seedIds.has(s.id)).length +
        paths.roles.filter((r) => paths.seedIds.has(r.id)).length +
        paths.progressionRoles.length,
    );
  });

  it("is null for a node that is not on this map", () => {
    expect(focusPaths(graph, { type: "skill", slug: "soft" })).toBeNull();
    expect(focusPaths(graph, { type: "role", slug: "nobody" })).toBeNull();
    expect(focusPaths(buildMapGraph(DATA, { cluster: "data-ai" }), { type: "role", slug: "backend" })).toBeNull();
  });

  it("describes the whole map when nothing is focused", () => {
    expect(describeGraph(graph)).toBe("4 hot skills, 4 roles, 5 lead and executive roles");
  });
});

describe("URL state", () => {
  it("parses focus values and rejects anything else", () => {
    expect(parseFocus("skill:python")).toEqual({ type: "skill", slug: "python" });
    expect(parseFocus("role:back-end-developer")).toEqual({ type: "role", slug: "back-end-developer" });
    for (const bad of [null, "", "python", "skill:", "skill:Py", "team:python", "role:a--b", "skill:python:x"])
      expect(parseFocus(bad), String(bad)).toBeNull();
  });

  it("writes short links in a fixed order with a readable colon", () => {
    expect(mapQueryString({})).toBe("");
    expect(mapQueryString({ onetOnly: false, focus: null })).toBe("");
    expect(mapQueryString({ focus: { type: "skill", slug: "python" }, cluster: "data-ai", kind: "language", onetOnly: true })).toBe(
      "?kind=language&cluster=data-ai&hot=1&focus=skill:python",
    );
    expect(mapQueryString({ technology: "microsoft-excel", hot: undefined } as never)).toBe("?technology=microsoft-excel");
    // A focus replaces the technology: choosing a node leaves the technology's view.
    expect(mapQueryString({ technology: "python", focus: { type: "role", slug: "cto" } })).toBe("?focus=role:cto");
  });

  it("tells a focus-only change (no reload) from a filter change", () => {
    const p = (s: string) => new URLSearchParams(s);
    expect(sameMapExceptFocus(p("kind=language"), p("kind=language&focus=skill:python"))).toBe(true);
    expect(sameMapExceptFocus(p("hot=1&kind=language"), p("kind=language&hot=1&focus=role:x"))).toBe(true);
    expect(sameMapExceptFocus(p("kind=language"), p("kind=database&focus=skill:python"))).toBe(false);
  });
});

describe("layout and keyboard movement", () => {
  const graph = buildMapGraph(DATA);
  const layout = layoutMap(graph);

  it("places three columns with their groups, spreading each over the tallest column's height", () => {
    expect(layout.columns.map((c) => c.length)).toEqual([4, 4, 5]);
    const first = layout.nodes.get("skill:py")!;
    expect(first.x).toBe(0);
    expect(layout.nodes.get("role:junior")!.x).toBe(MAP_LAYOUT.nodeWidth + MAP_LAYOUT.columnGap);
    expect(layout.width).toBe(3 * MAP_LAYOUT.nodeWidth + 2 * MAP_LAYOUT.columnGap + MAP_LAYOUT.arcMargin);
    expect(layout.groups.map((g) => `${g.column}:${g.text}`)).toEqual(["1:Software development", "1:Data & AI", "2:Lead", "2:Executive"]);
    // A group's label sits above its first node, never on it.
    const dataGroup = layout.groups.find((g) => g.text === "Data & AI")!;
    expect(dataGroup.y).toBeLessThan(layout.nodes.get("role:datasci")!.y);
    expect(dataGroup.y).toBeGreaterThan(layout.nodes.get("role:frontend")!.y + MAP_LAYOUT.nodeHeight);
    const ys = layout.columns[0].map((id) => layout.nodes.get(id)!.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
  });

  it("moves up/down in a column and left/right to the nearest node, preferring nodes on the focused paths", () => {
    expect(neighbourNode(layout, "skill:py", "ArrowDown")).toBe("skill:sqlx");
    expect(neighbourNode(layout, "skill:py", "ArrowUp")).toBeNull();
    expect(neighbourNode(layout, "skill:py", "End")).toBe("skill:cloudy");
    expect(neighbourNode(layout, "skill:py", "ArrowLeft")).toBeNull();
    expect(neighbourNode(layout, "skill:py", "ArrowRight")).toBe("role:junior");
    expect(neighbourNode(layout, "skill:py", "ArrowRight", new Set(["role:backend" as const]))).toBe("role:backend");
    expect(neighbourNode(layout, "role:cto", "ArrowRight")).toBeNull();
    expect(neighbourNode(layout, "role:cto", "ArrowUp")).toBe("role:director");
  });

  it("draws a move between two lead or executive roles as an arc beside their column, ending in an arrow", () => {
    const from = layout.nodes.get("role:architect")!;
    const to = layout.nodes.get("role:cto")!;
    const { path, arrow } = arcPath(from, to);
    const right = from.x + MAP_LAYOUT.nodeWidth;
    expect(path.startsWith(`M${right} `)).toBe(true);
    const xs = [...path.matchAll(/[MC ](\d+) /g)].map((m) => Number(m[1]));
    expect(Math.max(...xs)).toBeGreaterThan(right);
    expect(Math.max(...xs)).toBeLessThanOrEqual(layout.width);
    expect(arrow).toContain(`L${right} `);
  });
});

describe("labels", () => {
  it("keeps a short name on one line and breaks a long one between words, never squeezing it", () => {
    expect(labelLines("Python", "21 roles")).toEqual(["Python"]);
    expect(labelLines("Chief Technology Officer (CTO)", "+5.6%")).toEqual(["Chief Technology Officer", "(CTO)"]);
    expect(labelLines("Amazon Web Services (AWS)", "17 roles")).toEqual(["Amazon Web Services", "(AWS)"]);
    // Too long even for two lines: the second ends in an ellipsis (the node's accessible name is the full name).
    const lines = labelLines("Server management and deployment of distributed container orchestration", "3 roles");
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith("…")).toBe(true);
  });
});

describe("every route of the curated data", () => {
  // The real moves and role levels from the dataset files; every middle role needs one hot skill, so every role is on the map.
  const root = path.resolve(import.meta.dirname, "../../seed/data");
  const edges = parseYaml(readFileSync(path.join(root, "progression.yaml"), "utf8")) as {
    from: string;
    to: string;
    track: "technical" | "management";
    source: string;
  }[];
  const roles = readdirSync(path.join(root, "roles"))
    .filter((f) => f.endsWith(".yaml"))
    .map(
      (f) =>
        parseYaml(readFileSync(path.join(root, "roles", f), "utf8")) as {
          slug: string;
          title: string;
          level: MapRoleData["level"];
          career_cluster: MapRoleData["cluster"];
        },
    );
  const data: MapData = {
    skills: [skill("any", { hotTechnology: true })],
    roles: roles.map((r) => ({ slug: r.slug, title: r.title, cluster: r.career_cluster, level: r.level, growth: null })),
    needs: roles.map((r) => ({ roleSlug: r.slug, skillSlug: "any", importance: "core" as const, sourceId: "a" })),
    edges: edges.map((e) => ({ fromRole: e.from, toRole: e.to, track: e.track, sourceId: e.source })),
  };
  const graph = buildMapGraph(data);
  const levelOf = new Map(roles.map((r) => [r.slug, r.level]));
  const isProgression = (slug: string) => PROGRESSION_LEVELS.includes(levelOf.get(slug)!);

  it("has every move of progression.yaml on the map: a step, a move between lead roles, or a move between middle roles", () => {
    expect(edges.length).toBeGreaterThan(50);
    for (const e of edges) {
      const step = graph.stepLinks.find((l) => l.from === e.from && l.to === e.to && l.via.length === 0);
      const move = [...graph.progressionLinks, ...graph.sideMoves].find((l) => l.from === e.from && l.to === e.to);
      const sources = isProgression(e.to) && !isProgression(e.from) ? step?.sourceIds : move && [move.sourceId];
      expect(sources, `${e.from} -> ${e.to}`).toEqual([e.source]);
    }
    expect(graph.stepLinks.filter((l) => l.via.length === 0).length + graph.progressionLinks.length + graph.sideMoves.length).toBe(
      edges.length,
    );
  });

  it("gives CTO its four routes in: Back-End Developer, Software Architect, Solutions Architect and Director of Engineering", () => {
    const paths = focusPaths(graph, { type: "role", slug: "cto" })!;
    expect(paths.routesIn.map((r) => r.from).sort()).toEqual([
      "back-end-developer",
      "director-of-engineering",
      "software-architect",
      "solutions-architect",
    ]);
    expect(describeFocus(paths)).toMatch(/^Chief Technology Officer \(CTO\): 4 routes in, from \d+ roles on the map$/);
  });
});
