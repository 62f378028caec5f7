import { describe, expect, it } from "vitest";
import { layoutMap, MAP_LAYOUT, neighbourNode } from "~/features/map/layout";
import {
  buildMapGraph,
  describeFocus,
  describeGraph,
  focusPaths,
  mapQueryString,
  parseFocus,
  sameMapExceptFocus,
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

  it("puts only entry, mid and senior roles in the middle column and lead/executive roles on the right", () => {
    const graph = buildMapGraph(DATA);
    expect(slugs(graph.roles).sort()).toEqual(["backend", "datasci", "frontend", "junior"]);
    expect(slugs(graph.progressionRoles).sort()).toEqual(["architect", "cto", "lead", "manager"]);
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
    const withCloud = buildMapGraph(DATA, {}, { maxSkills: 2, include: "cloudy" });
    expect(slugs(withCloud.skills)).toEqual(["py", "sqlx", "cloudy"]);
    expect(slugs(withCloud.moreSkills)).toEqual(["rare"]);
  });

  it("orders the middle column by the position of each role's skills, then by title", () => {
    const graph = buildMapGraph(DATA);
    // Skill positions: py 0, sqlx 1, rare 2, cloudy 3. junior (0), datasci (0.5), backend (4/3), frontend (2).
    expect(slugs(graph.roles)).toEqual(["junior", "datasci", "backend", "frontend"]);
  });
});

describe("focusPaths", () => {
  const graph = buildMapGraph(DATA);

  it("follows a skill to its roles and their progression roles", () => {
    const paths = focusPaths(graph, { type: "skill", slug: "py" })!;
    expect(slugs(paths.roles)).toEqual(["junior", "datasci", "backend"]);
    expect(slugs(paths.progressionRoles).sort()).toEqual(["architect", "cto", "lead", "manager"]);
    expect(slugs(paths.skills)).toEqual(["py"]);
    expect(paths.linkIds.has("need:py>backend")).toBe(true);
    expect(paths.linkIds.has("need:sqlx>backend")).toBe(false);
    expect(paths.linkIds.has("step:backend>cto")).toBe(true);
    expect(paths.linkIds.has("step:frontend>lead")).toBe(false);
    expect(describeFocus(paths)).toBe("Python: 3 roles, 4 progression roles");
  });

  it("shows a middle role with the skills it needs and where it leads", () => {
    const paths = focusPaths(graph, { type: "role", slug: "frontend" })!;
    expect(paths.column).toBe("roles");
    expect(slugs(paths.skills)).toEqual(["rare"]);
    expect(slugs(paths.roles)).toEqual(["frontend"]);
    expect(slugs(paths.progressionRoles).sort()).toEqual(["architect", "lead", "manager"]);
    expect(describeFocus(paths)).toBe("frontend: 1 hot skill, 3 progression roles");
  });

  it("traces a progression role back to the roles that lead to it and their skills", () => {
    const paths = focusPaths(graph, { type: "role", slug: "cto" })!;
    expect(paths.column).toBe("progression");
    expect(slugs(paths.roles)).toEqual(["backend"]);
    expect(slugs(paths.skills)).toEqual(["py", "sqlx", "cloudy"]);
    expect(slugs(paths.progressionRoles)).toEqual(["cto"]);
    expect(paths.nodeIds.has("role:lead")).toBe(false);
    expect(describeFocus(paths)).toBe("cto: reached from 1 role, which need 3 hot skills");
  });

  it("is null for a node that is not on this map", () => {
    expect(focusPaths(graph, { type: "skill", slug: "soft" })).toBeNull();
    expect(focusPaths(graph, { type: "role", slug: "nobody" })).toBeNull();
    expect(focusPaths(buildMapGraph(DATA, { cluster: "data-ai" }), { type: "role", slug: "backend" })).toBeNull();
  });

  it("describes the whole map when nothing is focused", () => {
    expect(describeGraph(graph)).toBe("4 hot skills, 4 roles, 4 progression roles");
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

  it("places three columns, spreading each over the tallest column's height", () => {
    expect(layout.columns.map((c) => c.length)).toEqual([4, 4, 4]);
    const first = layout.nodes.get("skill:py")!;
    expect(first.x).toBe(0);
    expect(layout.nodes.get("role:junior")!.x).toBe(MAP_LAYOUT.nodeWidth + MAP_LAYOUT.columnGap);
    expect(layout.width).toBe(3 * MAP_LAYOUT.nodeWidth + 2 * MAP_LAYOUT.columnGap);
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
  });
});
