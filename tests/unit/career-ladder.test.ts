import { describe, expect, it } from "vitest";
import {
  buildLadderGraph,
  formatYearRange,
  ladderStarts,
  ladderTreeAbove,
  ladderTreeBelow,
  mainLadder,
  orderedSteps,
  relatedMoves,
  type LadderRole,
  type LadderStep,
  type LadderTreeNode,
} from "~/features/paths/career-ladder";

const roles: LadderRole[] = [
  { slug: "junior", title: "Junior", level: "entry" },
  { slug: "dev", title: "Developer", level: "mid" },
  { slug: "ops", title: "Ops", level: "mid" },
  { slug: "senior", title: "Senior", level: "senior" },
  { slug: "lead", title: "Lead", level: "lead" },
  { slug: "architect", title: "Architect", level: "lead" },
  { slug: "manager", title: "Manager", level: "lead" },
  { slug: "director", title: "Director", level: "executive" },
  { slug: "cto", title: "CTO", level: "executive" },
];
const edge = (from: string, to: string, track: LadderStep["track"] = "technical", min = 1, max = 3): LadderStep => ({
  from,
  to,
  track,
  typicalYearsMin: min,
  typicalYearsMax: max,
  sourceId: "editorial",
  note: null,
  skillsGained: [],
});
const steps = [
  edge("junior", "dev"),
  edge("junior", "ops"),
  edge("dev", "ops"),
  edge("dev", "senior", "technical", 3, 6),
  edge("dev", "cto", "technical", 10, 20),
  edge("senior", "lead", "technical", 2, 5),
  edge("senior", "architect", "technical", 3, 6),
  edge("senior", "manager", "management", 2, 5),
  edge("lead", "architect", "technical", 2, 5),
  edge("architect", "cto", "technical", 5, 10),
  edge("manager", "director", "management", 3, 6),
  edge("director", "cto", "management", 4, 8),
];
const graph = buildLadderGraph(roles, steps);

/** A tree as indented "slug[repeat]" lines, to compare whole shapes at once. */
function outline(nodes: LadderTreeNode[], depth = 0): string[] {
  return nodes.flatMap((n) => [`${"  ".repeat(depth)}${n.slug}${n.repeat ? ` (${n.repeat})` : ""}`, ...outline(n.children, depth + 1)]);
}

describe("career ladder walks", () => {
  it("orders moves: steps up first (nearest level first), then sideways, then by title", () => {
    // If this fails, the page's first "next rung" and the main ladder pick a skip-level or sideways move first.
    expect(orderedSteps(graph, "dev").map((s) => s.to)).toEqual(["senior", "cto", "ops"]);
    expect(orderedSteps(graph, "senior").map((s) => s.to)).toEqual(["architect", "lead", "manager"]);
    expect(orderedSteps(graph, "senior", "management").map((s) => s.to)).toEqual(["manager", "architect", "lead"]);
  });

  it("follows the first move at each rung for the main ladder, and sums the years", () => {
    // If this fails, "the technical ladder" or "the management branch" on /paths is wrong.
    const technical = mainLadder(graph, "junior", "technical")!;
    expect(technical.rungs.map((r) => r.slug)).toEqual(["junior", "dev", "senior", "architect", "cto"]);
    expect([technical.yearsMin, technical.yearsMax]).toEqual([1 + 3 + 3 + 5, 3 + 6 + 6 + 10]);
    const management = mainLadder(graph, "junior", "management")!;
    expect(management.rungs.map((r) => r.slug)).toEqual(["junior", "dev", "senior", "manager", "director", "cto"]);
    expect(management.rungs.map((r) => r.step?.track ?? null)).toEqual([
      null,
      "technical",
      "technical",
      "management",
      "management",
      "management",
    ]);
    expect(mainLadder(graph, "cto", "technical")).toBeNull();
    expect(mainLadder(graph, "architect", "management")).toBeNull();
  });

  it("shows every branch above once, naming roles already shown instead of repeating them", () => {
    // If this fails, the tree repeats whole sub-ladders (or drops a branch).
    expect(outline(ladderTreeAbove(graph, "dev", "technical"))).toEqual([
      "senior",
      "  architect",
      "    cto",
      "  lead",
      "    architect (shown-earlier)",
      "cto (shown-earlier)",
      "ops",
    ]);
    // The management tree keeps only branches that reach a management step.
    expect(outline(ladderTreeAbove(graph, "dev", "management"))).toEqual(["senior", "  manager", "    director", "      cto"]);
  });

  it("stops at a loop instead of walking forever", () => {
    // If this fails, a cycle in the progression data hangs the page or overflows the stack.
    const looped = buildLadderGraph(roles, [...steps, edge("cto", "dev"), edge("ops", "junior", "technical")]);
    const tree = ladderTreeAbove(looped, "dev", "technical");
    expect(outline(tree)).toContain("    dev (loop)");
    expect(mainLadder(looped, "dev", "technical")!.rungs.map((r) => r.slug)).toEqual(["dev", "senior", "architect", "cto"]);
    expect(outline(ladderTreeBelow(looped, "dev"))).toEqual([
      "junior",
      "  ops", // ops -> junior was added: a loop junior -> ops -> junior, and dev -> ops closes another
      "    junior (loop)",
      "    dev (loop)",
      "cto", // cto -> dev was added: the top leads back down
      "  architect",
      "    senior",
      "      dev (loop)",
      "    lead",
      "      senior (shown-earlier)",
      "  dev (loop)",
      "  director",
      "    manager",
      "      senior (shown-earlier)",
    ]);
  });

  it("walks down to where people come from, nearest rung first", () => {
    // If this fails, "Where people come to X from" lists the wrong roles or loses the routes below them.
    expect(outline(ladderTreeBelow(graph, "senior"))).toEqual(["dev", "  junior"]);
    // Ops is reached a level up from Junior and sideways from Developer: the rung below comes first.
    expect(outline(ladderTreeBelow(graph, "ops"))).toEqual(["junior", "dev", "  junior (shown-earlier)"]);
  });

  it("finds where ladders start and, for a top role, the related moves", () => {
    // If this fails, /paths lists the wrong starting roles, or a top role offers no way sideways.
    expect(ladderStarts(graph).map((r) => r.slug)).toEqual(["junior"]);
    expect(relatedMoves(graph, "cto").map((r) => `${r.role.slug} via ${r.via.slug}`)).toEqual(["senior via dev", "ops via dev"]);
  });

  it("writes typical years as the source gives them", () => {
    expect(formatYearRange(3, 6)).toBe("3–6 years");
    expect(formatYearRange(1, 1)).toBe("1 year");
    expect(formatYearRange(2, 2)).toBe("2 years");
  });
});
