import { describe, expect, it } from "vitest";
import { editsAllowed, nameWords, SkillSpeller } from "~/features/explore/skill-spelling";

// Names as O*NET 30.1 and the curated catalogue write them; `listed` made up for the ties being tested.
const speller = new SkillSpeller([
  { name: "Python", curated: true, listed: 0 },
  { name: "Amazon Web Services (AWS)", curated: true, listed: 0 },
  { name: "Microsoft Excel", curated: false, listed: 700 },
  { name: "eXe", curated: false, listed: 2 },
  { name: "Excel Software Excel", curated: false, listed: 1 },
  { name: "PHYLIP", curated: false, listed: 3 },
  { name: "Photon Design OmniSim", curated: false, listed: 1 },
  { name: "Kubernetes", curated: true, listed: 0 },
  { name: "Go", curated: true, listed: 0 },
  { name: "Bash and shell scripting", curated: true, listed: 0 },
]);

describe("SkillSpeller: the skills box's 'did you mean' by spelling", () => {
  it("reads words as the box does", () => {
    expect(nameWords("Amazon Web Services (AWS)")).toEqual(["amazon", "web", "services", "aws"]);
    expect(nameWords("C++ / C#")).toEqual(["c++", "c#"]);
  });

  it("allows no edit under four letters, one at four, two from five", () => {
    expect([3, 4, 5, 9].map(editsAllowed)).toEqual([0, 1, 2, 2]);
  });

  it("finds a dropped letter or a swap that trigrams miss: a curated skill first, then the name more occupations list", () => {
    // "exel": one edit from "excel" (Microsoft Excel, 700 occupations; the other Excel, 1) and from "exe" (eXe, 2):
    // equal edits, so the name more occupations list (trigrams offered eXe).
    expect(speller.closest("exel")).toBe("Microsoft Excel");
    expect(speller.closest("exell")).toBe("Microsoft Excel");
    // A swap of two letters is two edits: "phyton" is one edit from "photon", but a curated skill comes first.
    expect(speller.closest("phyton")).toBe("Python");
    expect(speller.closest("kubernets")).toBe("Kubernetes");
    // Several words: a run of as many words, each within its allowance.
    expect(speller.closest("amazon web servces")).toBe("Amazon Web Services (AWS)");
  });

  it("offers nothing too far or too short", () => {
    expect(speller.closest("xqzzvw")).toBeNull();
    // Two edits from "shell", but a typo seldom changes the first letter: not the curated Bash and shell scripting.
    expect(speller.closest("exell")).not.toBe("Bash and shell scripting");
    expect(speller.closest("gp")).toBeNull(); // two letters: no edit allowed
    expect(speller.closest("")).toBeNull();
  });
});
