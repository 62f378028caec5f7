import { describe, expect, it } from "vitest";
import {
  pairwiseSkillOverlaps,
  SKILL_WEIGHTS,
  splitSkills,
  weightedSkillOverlap,
  type WeightedSkill,
} from "~/features/compare/skill-overlap";

/** A skill list from "slug:core" / "slug:useful" words (the name is the slug, for readable failures). */
const skills = (...entries: string[]): WeightedSkill[] =>
  entries.map((e) => {
    const [slug, importance] = e.split(":") as [string, "core" | "useful"];
    return { slug, name: slug, importance };
  });

// If these fail, the overlap figure on /compare (and in its CSV) no longer matches the formula the page explains.
describe("weighted skill overlap (core = 2, useful = 1)", () => {
  it("uses the weights the page explains", () => {
    expect(SKILL_WEIGHTS).toEqual({ core: 2, useful: 1 });
  });

  it("weights core above useful: a worked example", () => {
    const a = skills("python:core", "sql:core", "git:useful", "docker:useful");
    const b = skills("python:useful", "sql:core", "react:core", "git:useful");
    // skill   wA wB  min max
    // python   2  1   1   2
    // sql      2  2   2   2
    // git      1  1   1   1
    // docker   1  0   0   1
    // react    0  2   0   2
    // sums            4   8   -> 4 / 8 = 0.5 = 50%
    // (An unweighted Jaccard index would say 3 shared of 5 = 60%: the weights matter.)
    expect(weightedSkillOverlap(a, b)).toEqual({
      sharedPoints: 4,
      totalPoints: 8,
      ratio: 0.5,
      percent: 50,
      sharedSkills: 3,
      unionSkills: 5,
    });
  });

  it("is symmetric", () => {
    const a = skills("python:core", "sql:core", "git:useful");
    const b = skills("python:useful", "react:core");
    expect(weightedSkillOverlap(a, b)).toEqual(weightedSkillOverlap(b, a));
  });

  it("rounds the percentage half up to a whole number", () => {
    // a: wA 2, wB 1 -> min 1, max 2; b: max 2; c: max 1; d: max 1. 1 / 6 = 0.1666... -> 17%
    const overlap = weightedSkillOverlap(skills("a:core", "b:core", "c:useful"), skills("a:useful", "d:useful"));
    expect(overlap.sharedPoints).toBe(1);
    expect(overlap.totalPoints).toBe(6);
    expect(overlap.ratio).toBeCloseTo(1 / 6, 12);
    expect(overlap.percent).toBe(17);
  });

  it("is 100% for the same skills with the same importance, 50% when one role has them all as useful", () => {
    expect(weightedSkillOverlap(skills("x:core", "y:useful"), skills("y:useful", "x:core")).percent).toBe(100);
    // x: min 1 max 2; y: min 1 max 2 -> 2 / 4
    expect(weightedSkillOverlap(skills("x:core", "y:core"), skills("x:useful", "y:useful"))).toMatchObject({
      sharedPoints: 2,
      totalPoints: 4,
      percent: 50,
    });
  });

  it("is 0% with nothing in common, and 0% (not NaN) when neither role lists a skill", () => {
    expect(weightedSkillOverlap(skills("x:core"), skills("y:core"))).toMatchObject({ sharedPoints: 0, totalPoints: 4, percent: 0 });
    expect(weightedSkillOverlap([], [])).toEqual({
      sharedPoints: 0,
      totalPoints: 0,
      ratio: 0,
      percent: 0,
      sharedSkills: 0,
      unionSkills: 0,
    });
  });

  it("counts a skill listed twice by one role once, at its larger weight", () => {
    // x: wA = max(1, 2) = 2, wB 2 -> 2 / 2
    expect(weightedSkillOverlap(skills("x:useful", "x:core"), skills("x:core"))).toMatchObject({
      sharedPoints: 2,
      totalPoints: 2,
      percent: 100,
      unionSkills: 1,
    });
  });
});

describe("pairwise overlaps and the shared / only-in split", () => {
  const A = skills("x:core", "y:useful");
  const B = skills("x:core", "z:core");
  const C = skills("y:core", "z:useful");

  it("gives every pair of three roles, hand-checked", () => {
    // A,B: x min 2 max 2; y max 1; z max 2          -> 2 / 5 = 40%
    // A,C: y min 1 max 2; x max 2; z max 1          -> 1 / 5 = 20%
    // B,C: z min 1 max 2; x max 2; y max 2          -> 1 / 6 = 16.7% -> 17%
    expect(pairwiseSkillOverlaps([A, B, C]).map((p) => [p.a, p.b, p.sharedPoints, p.totalPoints, p.percent])).toEqual([
      [0, 1, 2, 5, 40],
      [0, 2, 1, 5, 20],
      [1, 2, 1, 6, 17],
    ]);
  });

  it("splits three roles' skills: shared by some, heaviest first, nothing shared by all", () => {
    const split = splitSkills([A, B, C]);
    expect(split.sharedByAll).toEqual([]);
    // x: 2 + 2 = 4 (A, B); y: 1 + 2 = 3 (A, C); z: 2 + 1 = 3 (B, C): x first, then y and z by name.
    expect(split.sharedBySome.map((p) => [p.slug, p.roleCount, p.byRole.map((s) => s?.importance ?? "-")])).toEqual([
      ["x", 2, ["core", "core", "-"]],
      ["y", 2, ["useful", "-", "core"]],
      ["z", 2, ["-", "core", "useful"]],
    ]);
    expect(split.onlyIn).toEqual([[], [], []]);
  });

  it("handles four roles: six pairs, a skill shared by all, and role-only skills", () => {
    const roles = [skills("s:core", "a:core"), skills("s:useful", "b:core"), skills("s:core", "a:useful"), skills("s:core")];
    // (0,1): s min 1 max 2; a max 2; b max 2 -> 1/6 -> 17%    (0,2): s 2/2; a min 1 max 2 -> 3/4 = 75%
    // (0,3): s 2/2; a max 2 -> 2/4 = 50%                       (1,2): s min 1 max 2; b max 2; a max 1 -> 1/5 = 20%
    // (1,3): s min 1 max 2; b max 2 -> 1/4 = 25%               (2,3): s 2/2; a max 1 -> 2/3 = 66.7% -> 67%
    expect(pairwiseSkillOverlaps(roles).map((p) => `${p.a}${p.b} ${p.sharedPoints}/${p.totalPoints} ${p.percent}%`)).toEqual([
      "01 1/6 17%",
      "02 3/4 75%",
      "03 2/4 50%",
      "12 1/5 20%",
      "13 1/4 25%",
      "23 2/3 67%",
    ]);
    const split = splitSkills(roles);
    expect(split.sharedByAll.map((p) => p.slug)).toEqual(["s"]);
    expect(split.sharedBySome.map((p) => p.slug)).toEqual(["a"]);
    expect(split.onlyIn.map((list) => list.map((s) => s.slug))).toEqual([[], ["b"], [], []]);
  });

  it("with two roles: shared by all is the intersection and each role's own skills follow, core first", () => {
    const split = splitSkills([skills("git:useful", "sql:core", "java:useful", "go:core"), skills("sql:useful", "react:core")]);
    expect(split.sharedByAll.map((p) => p.slug)).toEqual(["sql"]);
    expect(split.sharedBySome).toEqual([]);
    expect(split.onlyIn.map((list) => list.map((s) => s.slug))).toEqual([["go", "git", "java"], ["react"]]);
  });
});
