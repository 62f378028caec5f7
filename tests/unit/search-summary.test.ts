import { describe, expect, it } from "vitest";
import { searchSummary } from "~/features/search/components/search-page";
import type { OccupationResultView, RoleResultView } from "~/features/search/search-page.server";

const occupation = (title: string, matchedText: string, quality: OccupationResultView["quality"]): OccupationResultView => ({
  kind: "occupation",
  href: "/occupations/51-9192",
  title,
  socCode: "51-9192",
  quality,
  why: `“${matchedText}” is an O*NET alternate title of ${title}`,
  closeness: quality === "fuzzy" ? 0.6 : 1,
  partWord: false,
  scattered: false,
  edits: quality === "fuzzy" ? 1 : null,
  matchedText,
  isTech: false,
  roles: [],
  onet: null,
});

const role = (title: string, matchedText: string, quality: RoleResultView["quality"]): RoleResultView => ({
  kind: "role",
  href: "/roles/data-scientist",
  title,
  summary: "",
  quality,
  why: `“${matchedText}” is the title of ${title}`,
  closeness: quality === "fuzzy" ? 0.6 : 1,
  partWord: false,
  wordStarts: false,
  matchedText,
});

const view = (roles: RoleResultView[], occupations: OccupationResultView[], query = "streamer") => ({
  query,
  searchable: true,
  roles,
  occupations,
  occupationsFirst: false,
  unprojected: [],
});

describe("the search page's summary line", () => {
  it("says when only close spellings answered, naming the titles they spell, before counting them", () => {
    // A student's pass: "streamer" answered "7 occupations match “streamer”" with the O*NET title "Steamer" first.
    const steamers = ["Cleaners of vehicles and equipment", "Food cooking machine operators and tenders"].map((t) =>
      occupation(t, "Steamer", "fuzzy"),
    );
    expect(searchSummary(view([], steamers))).toBe(
      "No title is spelled “streamer”. 2 occupations have a title spelled close to it (“Steamer”), closest first.",
    );
    expect(
      searchSummary(
        view(
          [role("Data Scientist", "Data Scientist", "fuzzy")],
          [occupation("Data scientists", "Data Scientists", "fuzzy")],
          "data sceintist",
        ),
      ),
    ).toBe(
      "No title is spelled “data sceintist”. 1 tech role and 1 occupation have a title spelled close to it (“Data Scientist” and “Data Scientists”), closest first.",
    );
    expect(searchSummary(view([], [occupation("Accountants and auditors", "Accountant", "fuzzy")], "acountant"))).toBe(
      "No title is spelled “acountant”. 1 occupation has a title spelled close to it (“Accountant”), closest first.",
    );
    const many = ["A", "B", "C", "D", "E"].map((t) => occupation(t, `Title ${t}`, "fuzzy"));
    expect(searchSummary(view([], many))).toBe(
      "No title is spelled “streamer”. 5 occupations have a title spelled close to it (“Title A”, “Title B”, “Title C” and 2 others), closest first.",
    );
  });

  it("counts answers as matches when any matched as typed, even beside close spellings", () => {
    expect(
      searchSummary(view([], [occupation("Writers and authors", "Writer", "exact"), occupation("Waiters", "Waiter", "fuzzy")], "writer")),
    ).toBe("2 occupations match “writer”, best match first.");
  });

  it("says why nothing answered", () => {
    expect(searchSummary(view([], [], "zzzz"))).toBe("No job title we know matches “zzzz”.");
    expect(searchSummary({ ...view([], [], "!!"), searchable: false })).toBe("“!!” has no letters or numbers to search for.");
  });
});
