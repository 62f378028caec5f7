import { describe, expect, it } from "vitest";
import {
  blsLineLabel,
  compareInterestFits,
  interestCode,
  interestFit,
  interestSumText,
  leftOutAreasText,
  onetAndBlsTitles,
  topAreas,
  type InterestScores,
} from "~/features/explore/interests";

// O*NET 30.1's scores for Data Scientists (15-2051.00), as published (seed/data/onet-interests.csv).
const dataScientists: InterestScores = {
  Realistic: 2.16,
  Investigative: 6.99,
  Artistic: 2.59,
  Social: 1.66,
  Enterprising: 1.71,
  Conventional: 5.4,
};
const tie: InterestScores = { Realistic: 3, Investigative: 3, Artistic: 1, Social: 3, Enterprising: 3, Conventional: 1 };

describe("topAreas and the interest code: highest scores first, ties in RIASEC order", () => {
  it("reads by hand", () => {
    expect(topAreas(dataScientists)).toEqual(["Investigative", "Conventional", "Artistic"]);
    expect(interestCode(dataScientists)).toBe("ICA");
    expect(topAreas(tie)).toEqual(["Realistic", "Investigative", "Social"]);
  });
});

describe("interestFit: the picked areas among the top three, and the summed score on all picked areas", () => {
  it("adds by hand, in hundredths", () => {
    expect(interestFit(dataScientists, ["Investigative", "Conventional"])).toEqual({
      matched: ["Investigative", "Conventional"],
      total: 12.39, // 6.99 + 5.40
    });
    // Enterprising is not in the top three: no match, but its score still counts toward the sum.
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

describe("interestSumText: what the order is read from, beside the areas matched", () => {
  it("shows the sum and the picked areas outside the top three, with two or three areas picked", () => {
    // A helper's pass: with Investigative, Artistic and Social picked, UX/UI Designer (I 4.87 + A 4.49 shown, 9.36)
    // came above Data Scientist (I 6.99 shown) because Data Scientists' Artistic 2.59 counted but was not shown.
    const picked = ["Investigative", "Artistic", "Social"] as const;
    expect(interestSumText(interestFit(dataScientists, picked), dataScientists, picked)).toBe(
      "Sum on your 3 areas: 11.24 (outside its top three: Social 1.66)", // 6.99 + 2.59 + 1.66; Artistic is third
    );
    const two = ["Investigative", "Conventional"] as const;
    expect(interestSumText(interestFit(dataScientists, two), dataScientists, two)).toBe("Sum on your 2 areas: 12.39");
    expect(interestSumText(interestFit(dataScientists, ["Investigative"]), dataScientists, ["Investigative"])).toBeNull();
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
