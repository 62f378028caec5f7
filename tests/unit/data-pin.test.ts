import { describe, expect, it } from "vitest";
import {
  dataVersionTag,
  describeFigureChanges,
  parseDataVersionTag,
  withDataPin,
  withoutDataPin,
  type PinnableProjection,
} from "~/features/data-pin/data-pin";

const line = (overrides: Partial<PinnableProjection> = {}): PinnableProjection => ({
  socCode: "15-1254",
  occupationTitle: "Web developers",
  occupationKind: "detailed",
  vintage: "2024-34",
  baseYear: 2024,
  targetYear: 2034,
  employmentBase: 85000,
  employmentProjected: 91200,
  changeNumeric: 6200,
  changePercent: 7.3,
  annualOpenings: 5500,
  medianAnnualWage: 90930,
  wageYear: 2024,
  ...overrides,
});

describe("data version tags", () => {
  it("are v<id>-<8 hex> and parse back; anything else is not a tag", () => {
    expect(dataVersionTag(3, "1a2b3c4d5e6f")).toBe("v3-1a2b3c4d");
    expect(parseDataVersionTag("v3-1a2b3c4d")).toEqual({ id: 3, hashPrefix: "1a2b3c4d" });
    for (const bad of ["v03-1a2b3c4d", "v3-1A2B3C4D", "v3-1a2b3c4", "3-1a2b3c4d", "v3-1a2b3c4d ", "v1234567890-1a2b3c4d"]) {
      expect(parseDataVersionTag(bad), bad).toBeNull();
    }
  });

  it("are added to and removed from an address, keeping its other parameters", () => {
    expect(withDataPin("/roles/x?vintage=2024-34", "v2-aaaaaaaa")).toBe("/roles/x?vintage=2024-34&data=v2-aaaaaaaa");
    expect(withDataPin("/roles/x", "v2-aaaaaaaa")).toBe("/roles/x?data=v2-aaaaaaaa");
    expect(withoutDataPin("/roles/x?vintage=2024-34&data=v2-aaaaaaaa")).toBe("/roles/x?vintage=2024-34");
    expect(withoutDataPin("/roles/x?data=v2-aaaaaaaa")).toBe("/roles/x");
  });
});

describe("what changed between a pinned and the current data", () => {
  it("names each changed figure, formatted as the pages show it, and leaves equal ones out", () => {
    const changes = describeFigureChanges(
      { projections: [line()], wages: [] },
      { projections: [line({ medianAnnualWage: 95380, wageYear: 2025, annualOpenings: 5600 })], wages: [] },
    );
    expect(changes).toEqual([
      { label: "Web developers: median pay", before: "$90,930 (May 2024)", after: "$95,380 (May 2025)" },
      { label: "Web developers: openings a year", before: "5,500", after: "5,600" },
    ]);
  });

  it("reports lines and wages that appear or disappear, and names the total 'All occupations'", () => {
    const total = line({ socCode: "00-0000", occupationTitle: "Total, all occupations", occupationKind: "total", changePercent: 3.1 });
    const changes = describeFigureChanges(
      { projections: [total], wages: [{ socCode: "15-1254", wageYear: 2025, medianAnnualWage: 95000, sourceId: "bls-ooh" }] },
      { projections: [{ ...total, changePercent: 4.0 }, line()], wages: [] },
    );
    expect(changes).toContainEqual({ label: "All occupations: projected growth", before: "+3.1% (2024–34)", after: "+4.0% (2024–34)" });
    expect(changes).toContainEqual({ label: "Web developers: median pay", before: "none", after: "$90,930 (May 2024)" });
    expect(changes).toContainEqual({ label: "Web developers: median pay, May 2025 (bls-ooh)", before: "$95,000", after: "none" });
  });

  it("names each line's period when the page shows every period, and compares OEWS percentiles one by one", () => {
    const older = line({ vintage: "2023-33", baseYear: 2023, targetYear: 2033, annualOpenings: 5300 });
    const survey = {
      socCode: "15-1254",
      wageYear: 2024,
      annualP10: 48000,
      annualP25: 64000,
      annualMedian: 90930,
      annualP75: 120000,
      annualP90: null,
    };
    const changes = describeFigureChanges(
      { projections: [line(), older], wages: [], pay: [survey] },
      { projections: [line(), { ...older, annualOpenings: 5400 }], wages: [], pay: [{ ...survey, annualP10: 49000, annualP90: 160000 }] },
    );
    expect(changes).toEqual([
      { label: "Web developers, 2023–33: openings a year", before: "5,300", after: "5,400" },
      { label: "Web developers: pay, 10th percentile (OEWS May 2024)", before: "$48,000", after: "$49,000" },
      // A percentile OEWS does not publish (at or above its top code) is said to be so, not shown as $0.
      { label: "Web developers: pay, 90th percentile (OEWS May 2024)", before: "not published", after: "$160,000" },
    ]);
  });

  it("finds nothing when the figures are the same", () => {
    expect(describeFigureChanges({ projections: [line()], wages: [] }, { projections: [line()], wages: [] })).toEqual([]);
  });
});

describe("pinned addresses keep their other parameters as written", () => {
  it("leaves commas and order alone", () => {
    expect(withoutDataPin("/compare?roles=a,b&data=v1-aaaaaaaa&vintage=2022-32")).toBe("/compare?roles=a,b&vintage=2022-32");
    expect(withDataPin("/compare?roles=a,b&data=v1-aaaaaaaa", "v2-bbbbbbbb")).toBe("/compare?roles=a,b&data=v2-bbbbbbbb");
  });
});
