import { describe, expect, it } from "vitest";
import {
  blsLineLabel,
  closestByScore,
  compareInterestFits,
  interestCode,
  interestFit,
  interestSumText,
  interestsCountText,
  leftOutAreasText,
  onetAndBlsTitles,
  type OccupationInterests,
} from "~/features/explore/interests";

// O*NET 30.1's profiles as published (seed/data/onet-interests.csv: score, and high_point where the area is one).
// Data Scientists (15-2051.00): high points Investigative (1) and Conventional (2); no third.
const dataScientists: OccupationInterests = {
  scores: { Realistic: 2.16, Investigative: 6.99, Artistic: 2.59, Social: 1.66, Enterprising: 1.71, Conventional: 5.4 },
  highPoints: ["Investigative", "Conventional"],
};
// Web Developers (15-1254.00), Back-End Developer's occupation: Conventional (1), Investigative (2); Artistic 3.07 is
// its third highest score but no high point.
const webDevelopers: OccupationInterests = {
  scores: { Realistic: 2.95, Investigative: 5.06, Artistic: 3.07, Social: 2.24, Enterprising: 2.89, Conventional: 5.09 },
  highPoints: ["Conventional", "Investigative"],
};
// Technical Writers (27-3042.00): Conventional (1), Artistic (2), Investigative (3).
const technicalWriters: OccupationInterests = {
  scores: { Realistic: 2.81, Investigative: 3.7, Artistic: 4.22, Social: 2, Enterprising: 1.99, Conventional: 5.33 },
  highPoints: ["Conventional", "Artistic", "Investigative"],
};

describe("interestCode: O*NET's own code, its high points as letters, first to third", () => {
  it("reads by hand, as long as O*NET makes it", () => {
    // What would break: the letters were our top three scores ("ICA" for Data Scientists), a code O*NET does not give.
    expect(interestCode(dataScientists)).toBe("IC");
    expect(interestCode(webDevelopers)).toBe("CI");
    expect(interestCode(technicalWriters)).toBe("CAI");
  });
});

describe("interestFit: a picked area matches when it is one of O*NET's high points; the sum is on every picked area", () => {
  it("does not match a low third-highest score that O*NET leaves out of the code", () => {
    // A student's pass: Data Scientist listed for "Artistic 2.59" and Back-End Developer for "Artistic 3.07" (scale 1-7),
    // because Artistic was third of their six scores. Neither is an Artistic career in O*NET's code.
    expect(interestFit(dataScientists, ["Artistic"])).toEqual({ matched: [], total: 2.59 });
    expect(interestFit(webDevelopers, ["Artistic"])).toEqual({ matched: [], total: 3.07 });
    // Technical Writers have Artistic as their second high point (4.22): a match.
    expect(interestFit(technicalWriters, ["Artistic"])).toEqual({ matched: ["Artistic"], total: 4.22 });
  });

  it("adds by hand, in hundredths", () => {
    expect(interestFit(dataScientists, ["Investigative", "Conventional"])).toEqual({
      matched: ["Investigative", "Conventional"],
      total: 12.39, // 6.99 + 5.40
    });
    // Enterprising is not a high point: no match, but its score still counts toward the sum (1.71 + 6.99 = 8.70).
    expect(interestFit(dataScientists, ["Enterprising", "Investigative"])).toEqual({ matched: ["Investigative"], total: 8.7 });
    expect(interestFit(dataScientists, [])).toEqual({ matched: [], total: 0 });
  });

  it("ranks by areas matched, then the sum, then A to Z", () => {
    const a = { title: "B", fit: { matched: ["Investigative" as const], total: 9 } };
    const b = { title: "A", fit: { matched: ["Investigative" as const, "Conventional" as const], total: 8 } };
    const c = { title: "A", fit: { matched: ["Investigative" as const], total: 9 } };
    expect([a, b, c].sort(compareInterestFits).map((x) => `${x.title}${x.fit.total}`)).toEqual(["A8", "A9", "B9"]);
  });
});

describe("closestByScore: with nothing matching, the nearest by summed score on the picked areas, named as such", () => {
  it("orders by the sum, then A to Z, and keeps three", () => {
    // What would break: Social found no curated tech role and the page said so and nothing more, while its own
    // description promises "supporting users"; the roles' occupations by their Social score (O*NET 30.1, as published):
    // Computer User Support Specialists 3.32 (IT Support Specialist), Information Technology Project Managers 2.66,
    // Computer and Information Systems Managers 2.41, Computer Network Support Specialists 2.33.
    const social = (title: string, score: number) => ({ title, fit: { matched: [], total: score } });
    const nearest = closestByScore([
      social("Computer Network Support Specialists", 2.33),
      social("Computer and Information Systems Managers", 2.41),
      social("Computer User Support Specialists", 3.32),
      social("Information Technology Project Managers", 2.66),
    ]);
    expect(nearest.map((c) => `${c.title} ${c.fit.total}`)).toEqual([
      "Computer User Support Specialists 3.32",
      "Information Technology Project Managers 2.66",
      "Computer and Information Systems Managers 2.41",
    ]);
    // Equal sums: A to Z.
    expect(closestByScore([social("B", 2), social("A", 2)], 1).map((c) => c.title)).toEqual(["A"]);
  });
});

describe("interestSumText: what the order is read from, beside the areas matched", () => {
  it("shows the sum and the picked areas not in O*NET's code, with two or three areas picked", () => {
    // A helper's pass: with Investigative, Artistic and Social picked, UX/UI Designer (I 4.87 + A 4.49 shown, 9.36)
    // came above Data Scientist (I 6.99 shown) because Data Scientists' Artistic 2.59 counted but was not shown.
    const picked = ["Investigative", "Artistic", "Social"] as const;
    expect(interestSumText(interestFit(dataScientists, picked), dataScientists.scores, picked)).toBe(
      "Sum on your 3 areas: 11.24 (not in its O*NET code: Artistic 2.59, Social 1.66)", // 6.99 + 2.59 + 1.66
    );
    const two = ["Investigative", "Conventional"] as const;
    expect(interestSumText(interestFit(dataScientists, two), dataScientists.scores, two)).toBe("Sum on your 2 areas: 12.39");
    expect(interestSumText(interestFit(dataScientists, ["Investigative"]), dataScientists.scores, ["Investigative"])).toBeNull();
  });
});

describe("onetAndBlsTitles: where an O*NET occupation's growth and pay come from", () => {
  it("names the BLS occupation when it is another one, not when only the capitals differ", () => {
    expect(onetAndBlsTitles({ title: "Computer Systems Engineers/Architects", socTitle: "Computer occupations, all other" })).toBe(
      "O*NET: Computer Systems Engineers/Architects · BLS: Computer occupations, all other",
    );
    expect(
      onetAndBlsTitles({ title: "Computer and Information Research Scientists", socTitle: "Computer and information research scientists" }),
    ).toBe("O*NET: Computer and Information Research Scientists");
  });

  it("gives the slides the same BLS label the list prints, and none where the titles match", () => {
    // What would break: the interests deck named "Poets, Lyricists and Creative Writers" beside the figures of BLS's
    // "Writers and authors" without naming that line (tests/db/present-explorer.test.ts checks the slides themselves).
    expect(blsLineLabel({ title: "Poets, Lyricists and Creative Writers", socTitle: "Writers and authors" })).toBe(
      "BLS: Writers and authors",
    );
    expect(blsLineLabel({ title: "Writers and Authors", socTitle: "Writers and authors" })).toBeNull();
  });
});

describe("leftOutAreasText: more than three ticked without JavaScript", () => {
  it("names the areas used and the ones left out, and how to swap one in", () => {
    expect(leftOutAreasText(["Investigative", "Artistic", "Social"], ["Conventional"])).toBe(
      "You ticked 4 areas; careers are matched on up to 3. These careers use the first 3 in the list of areas, Investigative, " +
        "Artistic and Social, and leave out Conventional. To use Conventional instead, untick one of the 3 ticked above, tick " +
        "Conventional and show careers again.",
    );
    expect(leftOutAreasText(["Realistic", "Investigative", "Artistic"], ["Enterprising", "Conventional"])).toContain(
      "You ticked 5 areas; careers are matched on up to 3. These careers use the first 3 in the list of areas, Realistic, " +
        "Investigative and Artistic, and leave out Enterprising and Conventional. To use one of those instead",
    );
  });
});

// A screen reader pass (2026-12-06): "Show careers" changed the list without a page load, and nothing said so.
describe("the interests explorer's status line", () => {
  it("counts each kind of career the picked areas match, as the sections below do, and says nothing before a pick", () => {
    expect(interestsCountText(["Artistic"], { roles: 2, techOccupations: 1, otherOccupations: 1234 })).toBe(
      "Artistic: 2 tech roles, 1 tech occupation and 1,234 other occupations match.",
    );
    expect(interestsCountText(["Social", "Artistic", "Investigative"], { roles: 0, techOccupations: 5, otherOccupations: 1 })).toBe(
      "Social, Artistic or Investigative: 0 tech roles, 5 tech occupations and 1 other occupation match.",
    );
    expect(interestsCountText([], { roles: 0, techOccupations: 0, otherOccupations: 0 })).toBe("");
  });
});
