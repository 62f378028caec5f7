import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { activeRoleFilters, DEFAULT_DIRECTION, roleCountText, roleQueryString } from "~/features/outlook/role-filters";
import { OCCUPATION_DEFAULT_DIRECTION } from "~/features/occupations/finder-address";
import { headingSortDirection } from "~/lib/table-sort";
import { roleQuerySchema } from "~/features/outlook/params.server";
import { chooseGrowthBand } from "~/features/periods/params.server";
import { loadedPeriods, noGrowthBandsText, type GrowthBand, type ProjectionPeriod } from "~/features/periods/periods";
import { parseSearchParams } from "~/lib/params.server";
import { ENTRY_EDUCATION, entryEducationUpTo } from "~db/schema/enums";

const BANDS: GrowthBand[] = [
  { rank: 1, label: "Much faster than average (7% or higher)", minPercent: 6.5, maxPercent: null, isDerived: false, sourceId: "onet" },
  { rank: 2, label: "Faster than average (5% to 6%)", minPercent: 4.5, maxPercent: 6.4, isDerived: false, sourceId: "onet" },
];
const OPTIONS = {
  bands: BANDS,
  industries: [{ slug: "healthcare", name: "Healthcare" }],
  hotSkills: [{ slug: "python", name: "Python" }],
};

describe("the education filter: at most a level", () => {
  it("admits every level up to and including the one chosen, never one above it", () => {
    // Hand-checked: IT Support Specialist needs "Some college, no degree" (its YAML, from BLS 2024-34), which is
    // less than an Associate's degree, so "at most an Associate's degree" must include it; "exactly" did not.
    const itSupport = parse(readFileSync("seed/data/roles/it-support-specialist.yaml", "utf8")) as { entry_education: string };
    expect(itSupport.entry_education).toBe("Some college, no degree");
    const atMostAssociate = entryEducationUpTo("Associate's degree");
    expect(atMostAssociate).toContain(itSupport.entry_education);
    expect(atMostAssociate).toEqual([
      "No formal educational credential",
      "High school diploma or equivalent",
      "Some college, no degree",
      "Postsecondary nondegree award",
      "Associate's degree",
    ]);
    expect(atMostAssociate).not.toContain("Bachelor's degree");
  });

  it("runs from the lowest level alone to every level", () => {
    expect(entryEducationUpTo("No formal educational credential")).toEqual(["No formal educational credential"]);
    expect(entryEducationUpTo("Doctoral or professional degree")).toEqual([...ENTRY_EDUCATION]);
  });
});

describe("the finder's address", () => {
  it("reads a minimum pay and a growth band, and answers bad ones with a message naming them", async () => {
    const url = (query: string) => new URL(`http://localhost/roles${query}`);
    expect(parseSearchParams(url("?pay=100000&band=2"), roleQuerySchema)).toMatchObject({ pay: 100000, band: 2 });
    for (const [query, message] of [
      ["?pay=100%2C000", "“pay”: must be a whole number of dollars, without commas or symbols"],
      ["?pay=-5", "“pay”: must be a whole number of dollars"],
      ["?pay=2000000", "“pay”: must be at most 1,000,000"],
      ["?band=fast", "“band”: must be the number of a growth band"],
      ["?education=College", "“education”: must be one of"],
    ] as const) {
      let thrown: unknown;
      try {
        parseSearchParams(url(query), roleQuerySchema);
      } catch (error) {
        thrown = error;
      }
      expect(thrown, query).toBeInstanceOf(Response);
      expect((thrown as Response).status, query).toBe(400);
      expect(await (thrown as Response).text(), query).toContain(message);
    }
  });

  it("takes a band only from the shown period's own table: out of its range a 400, in a period without bands none, said so", async () => {
    const period = (vintage: string, growthBands: GrowthBand[]): ProjectionPeriod => ({
      vintage,
      baseYear: Number(vintage.slice(0, 4)),
      targetYear: Number(vintage.slice(0, 4)) + 10,
      sourceId: "bls",
      growthBands,
    });
    const periods = loadedPeriods([period("2024-34", BANDS), period("2023-33", []), period("2022-32", [])]);
    expect(chooseGrowthBand(period("2024-34", BANDS), 2, periods)).toEqual({ band: BANDS[1], notApplied: null });
    expect(chooseGrowthBand(period("2024-34", BANDS), undefined, periods)).toEqual({ band: undefined, notApplied: null });
    expect(chooseGrowthBand(period("2022-32", []), undefined, periods)).toEqual({ band: undefined, notApplied: null });
    // The filter form sends the band the page had when only the period is changed: never another period's band, no 400.
    expect(chooseGrowthBand(period("2022-32", []), 1, periods)).toEqual({
      band: undefined,
      notApplied:
        "The growth filter applies to 2024–34 only, the period with a verified table of growth bands, so it was not applied: this list for 2022–32 is not filtered by growth.",
    });
    expect(noGrowthBandsText(periods, "2023-33")).toBe("Growth bands are verified for 2024–34 only; none for 2023–33.");
    const answer = (rank: number) => {
      try {
        chooseGrowthBand(period("2024-34", BANDS), rank, periods);
      } catch (error) {
        return error as Response;
      }
      throw new Error("expected a 400");
    };
    expect(answer(3).status).toBe(400);
    expect(await answer(3).text()).toBe("There is no growth band 3 for 2024-34; bands run from 1 (fastest) to 2.");
  });

  it("writes the filters into links, leaving out blanks and defaults", () => {
    const defaults = { vintage: "2024-34", sort: "title", dir: "asc" };
    expect(
      roleQueryString({ vintage: "2024-34", education: "Associate's degree", pay: 50000, band: 1, sort: "title", dir: "asc" }, defaults),
    ).toBe("?education=Associate%27s+degree&pay=50000&band=1");
    // A filter form's fields as the browser sends them: blank fields are no filter.
    expect(roleQueryString({ vintage: "2024-34", cluster: "", pay: "", band: "2", sort: "title", dir: "asc" }, defaults)).toBe("?band=2");
  });

  // A keyboard pass (2026-12-06): the second click on "Median pay" led to "sort=pay" (dir=asc was left out as the
  // default direction of titles), which the loader reads as descending, so no figure column ever sorted ascending.
  it("keeps the direction beside any sort but the default, ascending figures too", () => {
    const defaults = { vintage: "2024-34", sort: "title", dir: "asc" } as const;
    expect(roleQueryString({ vintage: "2024-34", sort: "pay", dir: "asc" }, defaults)).toBe("?sort=pay&dir=asc");
    expect(roleQueryString({ vintage: "2024-34", band: "1", sort: "growth", dir: "asc" }, defaults)).toBe("?band=1&sort=growth&dir=asc");
    expect(roleQueryString({ vintage: "2024-34", sort: "pay", dir: "desc" }, defaults)).toBe("?sort=pay&dir=desc");
    expect(roleQueryString({ vintage: "2024-34", sort: "title", dir: "desc" }, defaults)).toBe("?dir=desc");
    expect(roleQueryString({ vintage: "2024-34", sort: "", dir: "asc" }, defaults)).toBe("");
  });

  it("links each column heading the other way round when the table is sorted by it, else its first direction", () => {
    for (const column of ["growth", "change", "openings", "pay", "employment"] as const) {
      expect(headingSortDirection({ sort: "title", dir: "asc" }, column, DEFAULT_DIRECTION), column).toBe("desc");
      expect(headingSortDirection({ sort: column, dir: "desc" }, column, DEFAULT_DIRECTION), column).toBe("asc");
      expect(headingSortDirection({ sort: column, dir: "asc" }, column, DEFAULT_DIRECTION), column).toBe("desc");
    }
    expect(headingSortDirection({ sort: "title", dir: "asc" }, "title", DEFAULT_DIRECTION)).toBe("desc");
    expect(headingSortDirection({ sort: "pay", dir: "asc" }, "title", DEFAULT_DIRECTION)).toBe("asc");
    // The occupation finder's headings toggle the same way, from the same first directions.
    expect(OCCUPATION_DEFAULT_DIRECTION).toEqual(DEFAULT_DIRECTION);
  });
});

describe("the filters in use", () => {
  it("names each filter the address applies, in the form's words and order, and nothing else", () => {
    expect(activeRoleFilters({}, OPTIONS, "2024–34")).toEqual([]);
    expect(
      activeRoleFilters(
        {
          skill: "python",
          pay: 100000,
          education: "Associate's degree",
          band: 1,
          cluster: "security",
          industry: "healthcare",
          level: "entry",
        },
        OPTIONS,
        "2024–34",
      ),
    ).toEqual([
      { key: "cluster", text: "Career cluster: Cybersecurity" },
      { key: "level", text: "Level: Entry level" },
      { key: "education", text: "Education needed: at most Associate's degree" },
      { key: "pay", text: "Median pay at least $100,000 a year" },
      { key: "band", text: "Growth, 2024–34: Much faster than average (7% or higher)" },
      { key: "industry", text: "Industry: Healthcare" },
      { key: "skill", text: "Hot skill: Python" },
    ]);
  });
});

// A screen reader pass (2026-12-06): a filter changed the table (34 rows to 20) and only a heading said so, unheard.
describe("the role finder's count", () => {
  it("says how many roles the filters leave, for the heading and the status line alike", () => {
    expect(roleCountText(34, 0)).toBe("All 34 roles");
    expect(roleCountText(20, 1)).toBe("20 roles match this filter");
    expect(roleCountText(1, 3)).toBe("1 role matches these filters");
    expect(roleCountText(0, 2)).toBe("No role matches these filters");
  });
});
