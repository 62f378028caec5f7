import { describe, expect, it } from "vitest";
import {
  lineMedianPay,
  listedLineMedian,
  lowPercentilesNote,
  medianSpread,
  medianPayText,
  payFor,
  paySpreadSentence,
  paySpreadText,
  profileMedian,
  surveyMedian,
  type OccupationPay,
} from "~/features/pay/pay";
import { actorsPay } from "./slide-fixtures";
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

const actors = actorsPay("bls-oews-2024");

const actorsLine = { medianAnnualWage: null, wageYear: null, sourceId: "bls-ep-2024-34", baseYear: 2024 };

describe("an occupation's median pay, as every page shows it", () => {
  it("gives an hourly-only median by the hour, with its survey's source and year, never as a yearly figure", () => {
    const median = { value: 23.33, per: "hour", atLeast: false, wageYear: 2024, sourceId: "bls-oews-2024" };
    expect(surveyMedian(actors)).toEqual(median);
    expect(medianPayText(surveyMedian(actors)!)).toBe("$23.33 an hour");
    // The profile (newest survey first) and a list beside the 2024-34 line (its base year's survey) agree.
    expect(profileMedian(actors, actorsLine)).toEqual(median);
    expect(lineMedianPay(actorsLine, actors)).toEqual(median);
  });

  it("prefers the line's own median in a list, OEWS's in the profile, and shows a top code as at least", () => {
    const software = { medianAnnualWage: 133080, wageYear: 2024, sourceId: "bls-ep-2024-34", baseYear: 2024 };
    expect(lineMedianPay(software, managers)).toMatchObject({ value: 133080, per: "year", sourceId: "bls-ep-2024-34" });
    expect(profileMedian(managers, software)).toMatchObject({ value: 171200, sourceId: "bls-oews-2024" });
    expect(medianPayText(lineMedianPay(software, null)!)).toBe("$133,080");
    const anesthesiologists = { ...managers, annual: { ...managers.annual, median: null }, topCoded: [50, 75, 90] };
    const atLeast = lineMedianPay({ ...actorsLine, sourceId: "bls-ep-2024-34" }, anesthesiologists)!;
    expect(atLeast).toMatchObject({ value: 239200, per: "year", atLeast: true });
    expect(medianPayText(atLeast)).toBe("$239,200 or more");
  });

  it("pairs a line with its own base year's survey only, and is null where nothing is published", () => {
    expect(lineMedianPay({ ...actorsLine, baseYear: 2022 }, actors)).toBeNull();
    expect(lineMedianPay(actorsLine, null)).toBeNull();
    expect(surveyMedian({ ...actors, hourly: { ...actors.hourly, median: null } })).toBeNull();
    expect(profileMedian(undefined, actorsLine)).toBeNull();
  });
});

describe("a listed line's median and the survey beside it (the explorers, a technology's page)", () => {
  /** keptPayLookup's answer for one occupation surveyed in May 2024 only; `asked` records the years looked up. */
  const surveys =
    (asked: number[], survey: OccupationPay = actors) =>
    (wageYear: number) => {
      asked.push(wageYear);
      return wageYear === 2024 ? survey : null;
    };

  it("reads an hourly-only line's median from its base year's survey, and shows no yearly spread under it", () => {
    const asked: number[] = [];
    const { median, pay } = listedLineMedian({ ...actorsLine }, 2024, surveys(asked));
    expect(asked).toEqual([2024]);
    expect(pay).toBe(actors);
    expect(median).toEqual({ value: 23.33, per: "hour", atLeast: false, wageYear: 2024, sourceId: "bls-oews-2024" });
    expect(medianSpread(median, pay)).toBeNull();
    // Another period's line (base year 2022) has no survey of its year: nothing, never the 2024 figure.
    expect(listedLineMedian(actorsLine, 2022, surveys([]))).toEqual({ median: null, pay: null });
  });

  it("keeps a line's own median, read beside the survey of its May year, with that survey's spread", () => {
    const asked: number[] = [];
    const { median, pay } = listedLineMedian(
      { medianAnnualWage: 171200, wageYear: 2024, sourceId: "bls-ep-2024-34" },
      2024,
      surveys(asked, managers),
    );
    expect(asked).toEqual([2024]);
    expect(median).toEqual({ value: 171200, per: "year", atLeast: false, wageYear: 2024, sourceId: "bls-ep-2024-34" });
    expect(medianSpread(median, pay)).toBe(managers);
    // A spread only from the median's own May year.
    expect(medianSpread(median, { ...managers, wageYear: 2023 })).toBeNull();
  });

  it("gives nothing for an occupation with no line in the period", () => {
    const asked: number[] = [];
    expect(listedLineMedian({ medianAnnualWage: null, wageYear: null, sourceId: null }, 2024, surveys(asked))).toEqual({
      median: null,
      pay: null,
    });
    expect(asked).toEqual([]);
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
