import { describe, expect, it } from "vitest";
import {
  careersForLearnNext,
  compareCareers,
  fitOf,
  isGrowing,
  learnNext,
  learnNextExampleText,
  rankCareers,
  type GrowingCareer,
  type ListedCareer,
} from "~/features/explore/skill-fit";
import { explorerHref, interestsHref, namesWithSuggestions, skillsChangeText } from "~/features/explore/explorer-address";

describe("fitOf: 1 point per picked skill a career asks for, 1 more where it marks it strong, out of 2 per pick", () => {
  it("scores a worked example by hand", () => {
    // Picks: 0 Python, 1 SQL, 2 Excel. The career asks for Python (in demand) and Excel (not), not SQL.
    const fit = fitOf(
      [
        { pick: 0, strong: true },
        { pick: 2, strong: false },
      ],
      3,
    );
    expect(fit).toEqual({ points: 3, maxPoints: 6, matched: [0, 2], strong: [0] });
  });

  it("counts a pick once when the career asks for it under several names, strong if any is strong", () => {
    // SQL stands for three O*NET technologies; an occupation listing two of them, one in demand, still earns 2.
    const fit = fitOf(
      [
        { pick: 1, strong: false },
        { pick: 1, strong: true },
        { pick: 1, strong: false },
      ],
      2,
    );
    expect(fit).toEqual({ points: 2, maxPoints: 4, matched: [1], strong: [1] });
  });

  it("gives nothing for no asks and ignores asks for picks that do not exist", () => {
    expect(fitOf([], 4)).toEqual({ points: 0, maxPoints: 8, matched: [], strong: [] });
    expect(fitOf([{ pick: 5, strong: true }], 2).points).toBe(0);
  });
});

describe("rankCareers: points, then skills matched, then growth, then A to Z; careers with no match left out", () => {
  const career = (title: string, points: number, matched: number, changePercent: number | null) => ({
    title,
    changePercent,
    fit: { points, maxPoints: 6, matched: Array.from({ length: matched }, (_, i) => i), strong: [] },
  });

  it("orders by hand", () => {
    const ranked = rankCareers([
      career("Zoologists", 2, 2, 5),
      career("Actuaries", 4, 3, 21.8),
      career("Data scientists", 4, 3, 33.5),
      career("Web developers", 4, 2, 7),
      career("Nothing", 0, 0, 50),
      career("Statisticians", 2, 2, null),
      career("Analysts", 2, 2, 5),
    ]);
    expect(ranked.map((c) => c.title)).toEqual([
      "Data scientists", // 4 points, 3 matched, +33.5%
      "Actuaries", // 4 points, 3 matched, +21.8%
      "Web developers", // 4 points, 2 matched (2 strong)
      "Analysts", // 2 points, same growth as Zoologists: A to Z
      "Zoologists",
      "Statisticians", // no projection comes last among equals
    ]);
    expect(compareCareers(career("B", 1, 1, 1), career("A", 1, 1, 1))).toBeGreaterThan(0);
  });
});

describe("isGrowing: at or above the all-occupations change for the period", () => {
  it("compares with the all-occupations figure, and never guesses without one", () => {
    expect(isGrowing(3.1, 3.1)).toBe(true);
    expect(isGrowing(3.0, 3.1)).toBe(false);
    expect(isGrowing(null, 3.1)).toBe(false);
    expect(isGrowing(5, null)).toBe(false);
  });
});

describe("learnNext: points from the growing careers that ask for a skill, 2 where strong, 1 otherwise", () => {
  const careers: GrowingCareer[] = [
    {
      key: "occupation:15-2051",
      title: "Data scientists",
      asks: [
        { skillSlug: "machine-learning", strong: true },
        { skillSlug: "python", strong: true },
        { skillSlug: "statistics", strong: false },
      ],
    },
    {
      key: "role:data-engineer",
      title: "Data Engineer",
      asks: [
        { skillSlug: "apache-spark", strong: true },
        { skillSlug: "machine-learning", strong: false },
        // The same skill twice: counted once, strong wins.
        { skillSlug: "statistics", strong: false },
        { skillSlug: "statistics", strong: true },
      ],
    },
    { key: "occupation:15-2031", title: "Operations research analysts", asks: [{ skillSlug: "statistics", strong: false }] },
  ];

  it("adds the points by hand and leaves out what the student has", () => {
    // statistics: 1 (data scientists) + 2 (data engineer, strong) + 1 (operations research) = 4 from 3 careers
    // machine-learning: 2 + 1 = 3; apache-spark: 2; python: the student has it.
    const next = learnNext(careers, new Set(["python"]));
    expect(next.map((n) => [n.skillSlug, n.points, n.careers.length])).toEqual([
      ["statistics", 4, 3],
      ["machine-learning", 3, 2],
      ["apache-spark", 2, 1],
    ]);
    expect(next[0]!.careers.map((c) => c.title)).toEqual(["Data Engineer", "Data scientists", "Operations research analysts"]);
    // After the strong ones, each skill's careers keep the list's order (best fit first), not A to Z: the page names
    // the first few, so a student sees the careers nearest them ("Zookeepers" first here, being first on the list).
    const listed = [
      { key: "occupation:39-2021", title: "Zookeepers", asks: [{ skillSlug: "statistics", strong: false }] },
      { key: "occupation:15-2011", title: "Actuaries", asks: [{ skillSlug: "statistics", strong: false }] },
      { key: "occupation:15-2041", title: "Statisticians", asks: [{ skillSlug: "statistics", strong: true }] },
    ];
    expect(learnNext(listed, new Set())[0]!.careers.map((c) => c.title)).toEqual(["Statisticians", "Zookeepers", "Actuaries"]);
    expect(learnNext(careers, new Set(), 1)).toHaveLength(1);
    expect(learnNext([], new Set())).toEqual([]);
  });
});

describe("careersForLearnNext: the growing careers the list shows, each once, a role standing for its occupation", () => {
  // A student's pass on Python, SQL and Excel, tech careers: "Statistics: 70 points from 35 growing careers — Data
  // Scientist (strong), … Data scientists (strong), Actuaries (strong)…", the role and the occupation it is filed under
  // both credited, and occupations past the 20 the list shows credited too. Growth figures here are BLS's 2024–34 ones
  // for these lines (all occupations +3.1%); the asks are made up for the example, one skill each.
  const statistics = (strong: boolean) => [{ skillSlug: "statistics", strong }];
  const dataScientist: ListedCareer = {
    key: "role:data-scientist",
    title: "Data Scientist",
    socCode: "15-2051",
    changePercent: 33.5,
    asks: statistics(true), // a core skill of the role
  };
  const researchScientist: ListedCareer = {
    key: "role:research-scientist",
    title: "Research Scientist",
    socCode: "15-1221",
    changePercent: 19.7,
    asks: statistics(false),
  };
  const occupation = (socCode: string, title: string, changePercent: number | null, strong: boolean): ListedCareer => ({
    key: `occupation:${socCode}`,
    title,
    socCode,
    changePercent,
    asks: statistics(strong),
  });
  const occupations = [
    occupation("15-2051", "Data scientists", 33.5, true), // Data Scientist's own occupation: counted through the role
    occupation("15-2011", "Actuaries", 21.8, true),
    occupation("15-1221", "Computer and information research scientists", 19.7, true), // Research Scientist's
    occupation("15-2041", "Statisticians", 8.5, true),
    occupation("15-1251", "Computer programmers", -6, true), // shrinking: not counted
    occupation("15-2031", "Operations research analysts", 21.5, false), // third on the list, but the list shows two here
  ];

  it("counts each role, then the occupations shown that no listed role is filed under, growing ones only", () => {
    const careers = careersForLearnNext({
      roles: [dataScientist, researchScientist],
      occupations,
      occupationsShown: 5,
      allOccupationsPercent: 3.1,
    });
    // Roles first (both grow); Data scientists and Computer and information research scientists are the two roles'
    // own occupations; Computer programmers shrink; Operations research analysts are sixth, past the 5 shown.
    expect(careers.map((c) => c.title)).toEqual(["Data Scientist", "Research Scientist", "Actuaries", "Statisticians"]);
    // Statistics by hand: Data Scientist 2 (core) + Research Scientist 1 (not core) + Actuaries 2 (in demand or hot)
    // + Statisticians 2 = 7 points from 4 careers. Before, 7 + 2 (Data scientists) + 2 (research scientists' line)
    // + 1 (Operations research analysts) = 12 from 7.
    const [next] = learnNext(careers, new Set(["python"]));
    expect([next!.skillSlug, next!.points, next!.careers.length]).toEqual(["statistics", 7, 4]);
    expect(learnNextExampleText(next!)).toBe(
      "2 points from each of the 3 growing careers on your list that mark it strong, 1 from the one other that asks for it: " +
        "2 × 3 + 1 × 1 = 7 points.",
    );
  });

  it("counts an occupation when no role on the list is filed under it, and never guesses growth", () => {
    // No role matched: Data scientists count themselves. Without the all-occupations figure nothing counts as growing.
    expect(careersForLearnNext({ roles: [], occupations, occupationsShown: 1, allOccupationsPercent: 3.1 }).map((c) => c.title)).toEqual([
      "Data scientists",
    ]);
    expect(careersForLearnNext({ roles: [dataScientist], occupations, occupationsShown: 20, allOccupationsPercent: null })).toEqual([]);
  });

  it("words the worked example for one career of a kind, and for none of one kind", () => {
    const one = { points: 2, careers: [{ key: "a", title: "A", strong: true }] };
    expect(learnNextExampleText(one)).toBe("2 points from the one growing career on your list that marks it strong: 2 × 1 = 2 points.");
    const plain = { points: 3, careers: ["a", "b", "c"].map((key) => ({ key, title: key, strong: false })) };
    expect(learnNextExampleText(plain)).toBe("1 point from each of the 3 growing careers on your list that ask for it: 1 × 3 = 3 points.");
  });
});

describe("explorerHref: one address per view", () => {
  it("keeps the skills in order and leaves out the defaults", () => {
    expect(explorerHref({ have: [], scope: "tech", vintage: "2024-34" }, "2024-34")).toBe("/explore/skills");
    expect(explorerHref({ have: ["Python", "C++", "Microsoft Excel"], scope: "all", vintage: "2023-33" }, "2024-34")).toBe(
      "/explore/skills?have=Python&have=C%2B%2B&have=Microsoft+Excel&scope=all&vintage=2023-33",
    );
  });

  it("names the period in a pinned address, even the latest (ADR 008)", () => {
    // What would break: a pinned list left the latest period out, and once BLS's next period loads the latest is one
    // the pinned version never had.
    expect(explorerHref({ have: ["Python"], scope: "tech", vintage: "2024-34", data: "v2-1a2b3c4d" }, "2024-34")).toBe(
      "/explore/skills?have=Python&vintage=2024-34&data=v2-1a2b3c4d",
    );
    expect(interestsHref(["social"], "2024-34", "2024-34", "v2-1a2b3c4d")).toBe(
      "/explore/interests?like=social&vintage=2024-34&data=v2-1a2b3c4d",
    );
    expect(interestsHref(["social"], "2024-34", "2024-34")).toBe("/explore/interests?like=social");
  });
});

describe("namesWithSuggestions: a 'did you mean' link replaces its own name and keeps every other one as typed", () => {
  // As /explore/skills?have=pyhton&have=sql&have=exel&have=xqzzvw reads it.
  const readings = [
    { input: "pyhton", status: "unknown", suggestion: "Python" },
    { input: "sql", status: "exact", pick: { name: "SQL" } },
    { input: "exel", status: "unknown", suggestion: "Microsoft Excel" },
    { input: "xqzzvw", status: "unknown", suggestion: null },
  ] as const;

  it("takes one suggestion in its name's place, the other unknown names staying to be offered theirs", () => {
    expect(namesWithSuggestions(readings, 0)).toEqual(["Python", "sql", "exel", "xqzzvw"]);
    expect(namesWithSuggestions(readings, 2)).toEqual(["pyhton", "sql", "Microsoft Excel", "xqzzvw"]);
    expect(explorerHref({ have: namesWithSuggestions(readings, 0), scope: "tech", vintage: "2024-34" }, "2024-34")).toBe(
      "/explore/skills?have=Python&have=sql&have=exel&have=xqzzvw",
    );
  });

  it("takes every suggestion at once, keeping a name that has none", () => {
    expect(namesWithSuggestions(readings, "all")).toEqual(["Python", "sql", "Microsoft Excel", "xqzzvw"]);
  });

  it("never names a skill twice: a suggestion already on the list drops its typo, two typos of one name give it once", () => {
    // A student's pass: with Python chosen, "Did you mean Python?" for "pyhton" led to ?have=Python&have=Python.
    const picked = [
      { input: "python", status: "exact", pick: { name: "Python" } },
      { input: "pyhton", status: "unknown", suggestion: "Python" },
      { input: "excel", status: "contained", pick: { name: "Microsoft Excel" } },
      { input: "exel", status: "unknown", suggestion: "Microsoft Excel" },
      { input: "pyton", status: "unknown", suggestion: "Python" },
    ] as const;
    expect(namesWithSuggestions(picked, 1)).toEqual(["python", "excel", "exel", "pyton"]);
    expect(explorerHref({ have: namesWithSuggestions(picked, 1), scope: "tech", vintage: "2024-34" }, "2024-34")).toBe(
      "/explore/skills?have=python&have=excel&have=exel&have=pyton",
    );
    expect(namesWithSuggestions(picked, "all")).toEqual(["python", "excel"]);
    // Two typos of a name not yet picked: the first takes it, the second adds nothing more.
    const twice = [
      { input: "pyhton", status: "unknown", suggestion: "Python" },
      { input: "pyton", status: "unknown", suggestion: "Python" },
    ] as const;
    expect(namesWithSuggestions(twice, "all")).toEqual(["Python"]);
    expect(namesWithSuggestions(twice, 1)).toEqual(["pyhton", "Python"]);
    // A name typed twice is kept once, as typed first.
    expect(namesWithSuggestions([...picked.slice(0, 1), { input: "PYTHON", status: "exact", pick: { name: "Python" } }], "all")).toEqual([
      "python",
    ]);
  });
});

describe("skillsChangeText: what the status line says when the list changes without a page load", () => {
  // What would break: with JavaScript on, adding Python by Enter changed the chips and the tables and said nothing to a
  // screen reader (a student's pass found the focus gone too; tests/e2e/explore.spec.ts checks both in Chromium).
  const before = { picked: ["Python"], typed: ["Python"] };

  it("says what was added or removed, then the skills picked", () => {
    expect(skillsChangeText(before, { picked: ["Python", "SQL"], typed: ["Python", "sql"], unknown: [] })).toBe(
      "Added SQL. Your skills: Python and SQL.",
    );
    expect(
      skillsChangeText({ picked: ["Python", "SQL"], typed: ["Python", "SQL"] }, { picked: ["SQL"], typed: ["SQL"], unknown: [] }),
    ).toBe("Removed Python. Your skills: SQL.");
    expect(skillsChangeText(before, { picked: [], typed: [], unknown: [] })).toBe("Removed Python. No skills picked.");
  });

  it("names a name not known, with its suggestion or the note that it is already on the list; nothing when nothing changed", () => {
    const typo = { picked: ["Python"], typed: ["Python", "exel"], unknown: [{ input: "exel", suggestion: "Microsoft Excel" }] };
    expect(skillsChangeText(before, typo)).toBe("No skill called “exel” is known; did you mean Microsoft Excel?");
    const twice = { picked: ["Python"], typed: ["Python", "pyhton"], unknown: [{ input: "pyhton", suggestion: "Python" }] };
    expect(skillsChangeText(before, twice)).toBe("No skill called “pyhton” is known; Python is already on your list.");
    expect(skillsChangeText(before, { ...before, unknown: [{ input: "xqzzvw", suggestion: null }] })).toBe(
      "No skill called “xqzzvw” is known.",
    );
    // The same unknown name, still in the address after another change, is not said again.
    expect(skillsChangeText(typo, { picked: ["Python", "SQL"], typed: ["Python", "exel", "SQL"], unknown: typo.unknown })).toBe(
      "Added SQL. Your skills: Python and SQL.",
    );
    expect(skillsChangeText(before, { ...before, unknown: [] })).toBe("");
  });
});
