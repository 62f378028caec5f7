import { describe, expect, it } from "vitest";
import { growthSummary, paySummary, type ChartFigures } from "~/features/compare/compare-charts";
import { actorsPay } from "./slide-fixtures";

/** A line of the 2024-34 projections as the comparison carries it (figures as BLS publishes them). */
const line = (changePercent: number, medianAnnualWage: number | null) => ({
  vintage: "2024-34",
  baseYear: 2024,
  targetYear: 2034,
  changePercent,
  changeNumeric: null,
  employmentBase: 1000,
  employmentProjected: 1100,
  annualOpenings: null,
  medianAnnualWage,
  wageYear: medianAnnualWage === null ? null : 2024,
  sourceId: "bls-ep-2024-34",
});

/** Software Engineer (filed under Software developers), Actors (OEWS: hourly pay only), Fishing and hunting workers (no OEWS figure). */
const figures: ChartFigures = {
  vintage: "2024-34",
  allOccupations: { ...line(3.1, 49500), wageYear: 2024, medianAnnualWage: 49500, annualOpenings: null },
  columns: [
    {
      key: "software-engineer",
      kind: "role",
      title: "Software Engineer",
      roleSlug: "software-engineer",
      occupation: { socCode: "15-1252", title: "Software developers", sourceId: "bls-ep-2024-34" },
      projection: line(15.8, 133080),
    },
    {
      key: "occupation:27-2011",
      kind: "occupation",
      title: "Actors",
      roleSlug: null,
      occupation: { socCode: "27-2011", title: "Actors", sourceId: "bls-ep-2024-34" },
      projection: line(0.3, null),
      pay: actorsPay("bls-oews-2024"),
    },
    {
      key: "occupation:45-3031",
      kind: "occupation",
      title: "Fishing and hunting workers",
      roleSlug: null,
      occupation: { socCode: "45-3031", title: "Fishing and hunting workers", sourceId: "bls-ep-2024-34" },
      projection: line(-4.6, null),
      pay: null,
    },
  ],
};

const ROLE = "Software Engineer (figures are for all software developers, not only software engineers; SOC 15-1252)";

describe("the compare charts' text summaries", () => {
  it("say a role's figure is its whole occupation's, in the words of the pay table", () => {
    expect(growthSummary(figures, "2024–34")).toBe(
      `Projected change in employment over 2024–34: ${ROLE} +15.8%, Actors +0.3%, Fishing and hunting workers −4.6%, all occupations +3.1%.`,
    );
    expect(paySummary(figures, "2024–34")).toMatch(
      new RegExp(`^Median annual pay: ${ROLE.replace(/[()]/g, "\\$&")} \\$133,080, all occupations \\$49,500\\.`),
    );
  });

  it("give an hourly-only median by the hour, with its year, apart from the bars in dollars a year, and say which have none", () => {
    const summary = paySummary(figures, "2024–34");
    expect(summary).toContain(
      "Not on this chart, whose bars are dollars a year: Actors $23.33 an hour (May 2024; OEWS publishes hourly pay only).",
    );
    expect(summary).toContain("No median pay is published with the 2024–34 projections for Fishing and hunting workers.");
    expect(summary).not.toMatch(/Actors \$\d{2},\d{3}/);
  });
});
