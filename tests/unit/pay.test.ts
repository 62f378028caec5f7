import { describe, expect, it } from "vitest";
import { lowPercentilesNote, payFor, paySpreadSentence, paySpreadText, type OccupationPay } from "~/features/pay/pay";
import { rolePlural, wholeOccupationNote } from "~/features/roles/occupation-scope";

/** OEWS May 2024, 11-3021 Computer and information systems managers: the 90th percentile is top-coded ("#"). */
const managers: OccupationPay = {
  socCode: "11-3021",
  wageYear: 2024,
  employment: 645970,
  annual: { p10: 104450, p25: 134350, median: 171200, p75: 216220, p90: null },
  hourly: { p10: 50.22, p25: 64.59, median: 82.31, p75: 103.95, p90: null },
  topCoded: [90],
  topCodeAnnual: 239200,
  annualOnly: false,
  sourceId: "bls-oews-2024",
};

describe("the pay spread", () => {
  it("shows the 10th-90th percentile as published, a top code as such, and nothing when an end is not published", () => {
    expect(paySpreadText(managers)).toBe("$104,450 to $239,200 or more");
    expect(paySpreadSentence(managers)).toBe("10th–90th percentile: $104,450 to $239,200 or more (May 2024)");
    // Hourly-only occupations (actors) publish no annual percentiles: no spread rather than a made-up one.
    expect(paySpreadText({ ...managers, annual: { ...managers.annual, p10: null } })).toBeNull();
  });

  it("pairs a median only with the survey of its own May year", () => {
    expect(payFor([managers], "11-3021", 2024)).toBe(managers);
    expect(payFor([managers], "11-3021", 2022)).toBeNull();
    expect(payFor([managers], "15-1252", 2024)).toBeNull();
    expect(payFor([managers], "11-3021", null)).toBeNull();
  });

  it("never calls a percentile a starting salary", () => {
    for (const quarter of [true, false]) {
      const note = lowPercentilesNote({ quarter });
      expect(note.lead).toMatch(/ not a starting salary\.$/);
      expect(note.rest).toContain("whatever their experience");
    }
  });
});

describe("whose figures a role shows", () => {
  it("names the whole occupation and the role, in words for students", () => {
    expect(wholeOccupationNote("Junior Developer", "Computer programmers")).toBe("all computer programmers, not only junior developers");
    expect(wholeOccupationNote("Chief Technology Officer (CTO)", "Computer and information systems managers")).toBe(
      "all computer and information systems managers, not only chief technology officers",
    );
    expect(wholeOccupationNote("Cloud Engineer", "Computer occupations, all other")).toBe(
      "everyone in “computer occupations, all other”, not only cloud engineers",
    );
    // A role that is its occupation: the figures still span every level.
    expect(wholeOccupationNote("Data Scientist", "Data scientists")).toBe("all data scientists, at every level of experience");
  });

  it("puts role titles in a sentence without breaking acronyms or hyphenated words", () => {
    expect(rolePlural("Director of Engineering")).toBe("directors of engineering");
    expect(rolePlural("UX/UI Designer")).toBe("UX/UI designers");
    expect(rolePlural("DevOps Engineer")).toBe("DevOps engineers");
    expect(rolePlural("Back-End Developer")).toBe("back-end developers");
    expect(rolePlural("IT Support Specialist")).toBe("IT support specialists");
    expect(rolePlural("QA Engineer")).toBe("QA engineers");
  });
});
