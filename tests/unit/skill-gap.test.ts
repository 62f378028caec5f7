import { describe, expect, it } from "vitest";
import { computeSkillGap, LADDER_AXES, type RoleSkillRef, type StepSkillRef } from "~/features/paths/skill-gap";

const skill = (slug: string, ladderAxis: RoleSkillRef["ladderAxis"], importance: RoleSkillRef["importance"]): RoleSkillRef => ({
  slug,
  name: slug.replace(/-/g, " ").replace(/^./, (c) => c.toUpperCase()),
  ladderAxis,
  importance,
});
const step = (slug: string, ladderAxis: StepSkillRef["ladderAxis"]): StepSkillRef => ({
  slug,
  name: slug.replace(/-/g, " ").replace(/^./, (c) => c.toUpperCase()),
  ladderAxis,
});

/** The gap as [axis, [slug:change:nextImportance:step]] for compact, hand-checkable expectations. */
function shape(gap: ReturnType<typeof computeSkillGap>) {
  return gap.groups.map((g) => [
    g.axis,
    g.skills.map((s) => `${s.slug}:${s.change}:${s.nextImportance ?? "-"}${s.namedForStep ? ":step" : ""}`),
  ]);
}

describe("computeSkillGap", () => {
  it("lists what the next role needs that the current one lacks, grouped by axis in ladder order, core before useful", () => {
    // If this fails, the ladder page shows the wrong skills to add, or in the wrong groups or order.
    const current = [skill("python", "technology", "core"), skill("sql", "technology", "core")];
    const next = [
      skill("stakeholder-management", "influence", "useful"),
      skill("python", "technology", "core"),
      skill("mentoring", "people", "core"),
      skill("agile", "process", "useful"),
      skill("system-design", "system", "core"),
      skill("code-review", "process", "core"),
      skill("jira", "technology", "useful"),
    ];
    const gap = computeSkillGap({ current, next });
    expect(shape(gap)).toEqual([
      ["technology", ["jira:add:useful"]],
      ["system", ["system-design:add:core"]],
      ["people", ["mentoring:add:core"]],
      ["process", ["code-review:add:core", "agile:add:useful"]],
      ["influence", ["stakeholder-management:add:useful"]],
    ]);
    expect(gap.total).toBe(6);
    expect(gap.groups.map((g) => g.axis)).toEqual(LADDER_AXES.filter((a) => gap.groups.some((g) => g.axis === a)));
  });

  it("asks to deepen a skill that is useful now and core for the next role, but not one needed the same or less", () => {
    // If this fails, a skill the student already has at the needed level is shown as a gap (or an upgrade is missed).
    const current = [
      skill("software-architecture", "system", "useful"),
      skill("aws", "technology", "core"),
      skill("ci-cd", "process", "useful"),
    ];
    const next = [
      skill("software-architecture", "system", "core"),
      skill("aws", "technology", "useful"),
      skill("ci-cd", "process", "useful"),
    ];
    const gap = computeSkillGap({ current, next });
    expect(shape(gap)).toEqual([["system", ["software-architecture:deepen:core"]]]);
    expect(gap.groups[0]!.skills[0]).toMatchObject({ currentImportance: "useful", nextImportance: "core", namedForStep: false });
  });

  it("adds the step's own skills, even when the next role does not list them, and marks them", () => {
    // If this fails, the skills the progression data names for a step (skills_gained) disappear from the gap.
    const current = [skill("scalability", "system", "core")];
    const next = [skill("hiring", "people", "useful")];
    const gap = computeSkillGap({
      current,
      next,
      step: [step("hiring", "people"), step("people-management", "people"), step("scalability", "system")],
    });
    // people-management: only the step names it, so it counts as core (first); hiring: useful for the next role.
    // scalability: the current role lists it already, but the step names it as a skill to grow.
    expect(shape(gap)).toEqual([
      ["system", ["scalability:deepen:-:step"]],
      ["people", ["people-management:add:-:step", "hiring:add:useful:step"]],
    ]);
    expect(gap.total).toBe(3);
  });

  it("is empty when the current role already lists every skill the next needs, at least as strongly", () => {
    // If this fails, the page invents a gap between equivalent roles.
    const same = [skill("python", "technology", "core"), skill("agile", "process", "useful")];
    expect(computeSkillGap({ current: same, next: same })).toEqual({ groups: [], total: 0 });
  });

  it("counts a skill once when both the next role and the step name it", () => {
    // If this fails, a skill shows twice in a gap table.
    const gap = computeSkillGap({ current: [], next: [skill("mentoring", "people", "core")], step: [step("mentoring", "people")] });
    expect(shape(gap)).toEqual([["people", ["mentoring:add:core:step"]]]);
  });

  it("sorts skills of the same need by name", () => {
    // If this fails, the order of a gap list changes between renders.
    const gap = computeSkillGap({
      current: [],
      next: [
        skill("react", "technology", "core"),
        skill("css", "technology", "core"),
        skill("html", "technology", "useful"),
        skill("docker", "technology", "useful"),
      ],
    });
    expect(shape(gap)).toEqual([["technology", ["css:add:core", "react:add:core", "docker:add:useful", "html:add:useful"]]]);
  });
});
