import { describe, expect, it } from "vitest";
import { parseSearchParams } from "~/lib/params.server";
import { describeMatch, describeOccupationMatch, MAX_QUERY_LENGTH } from "~/features/search/search";
import { shortSourceTitle } from "~/features/sources/citations";
import { titleSearchParams } from "~/features/search/params.server";

const parse = (query: string) => parseSearchParams(`http://localhost/search${query}`, titleSearchParams);

describe("the q parameter", () => {
  it("is trimmed, defaults to empty, and the last of repeated values wins", () => {
    expect(parse("")).toEqual({ q: "" });
    expect(parse("?q=%20%20")).toEqual({ q: "" });
    expect(parse("?q=%20SRE%0A")).toEqual({ q: "SRE" });
    expect(parse("?q=devops&q=SRE")).toEqual({ q: "SRE" });
    expect(parse("?q=devops&q=")).toEqual({ q: "devops" });
  });

  it("is capped at MAX_QUERY_LENGTH characters with a 400 that says so", () => {
    expect(parse(`?q=${"é".repeat(MAX_QUERY_LENGTH)}`).q).toHaveLength(MAX_QUERY_LENGTH);
    let thrown: unknown;
    try {
      parse(`?q=${"a".repeat(MAX_QUERY_LENGTH + 1)}`);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(Response);
    expect((thrown as Response).status).toBe(400);
  });
});

describe("why a result matched", () => {
  it("names the alias, the role, the origin and the short source title", () => {
    expect(
      describeMatch({
        title: "Site Reliability Engineer",
        match: {
          kind: "alias",
          quality: "exact",
          text: "SRE",
          origin: "curated",
          source: {
            id: "editorial",
            title: "Career Atlas curated descriptions, mappings and notes",
          },
        },
      }),
    ).toBe(
      "“SRE” is another name for Site Reliability Engineer — Career Atlas editors (Career Atlas curated descriptions, mappings and notes)",
    );
  });

  it("says how a title matched", () => {
    expect(describeMatch({ title: "Data Scientist", match: { kind: "title", quality: "fuzzy", text: "Data Scientist" } })).toBe(
      "Its title is close to what you typed",
    );
  });

  it("names the O*NET occupation a title belongs to, and the BLS line only when it has another name", () => {
    const hit = { quality: "exact", matchedText: "Penetration Tester", origin: "onet_alternate_title" } as const;
    expect(describeOccupationMatch({ ...hit, title: "Computer occupations, all other", onetTitle: "Penetration Testers" })).toBe(
      "“Penetration Tester” is an O*NET alternate title of Penetration Testers, which BLS counts under Computer occupations, all other",
    );
    expect(
      describeOccupationMatch({
        title: "Web developers",
        onetTitle: "Web Developers",
        quality: "fuzzy",
        matchedText: "Back End Developer",
        origin: "onet_alternate_title",
      }),
    ).toBe("“Back End Developer” (close to what you typed) is an O*NET alternate title of Web developers");
  });

  it("shortens a source title at its first parenthesis, but never to nothing", () => {
    expect(shortSourceTitle("O*NET 29.3 Database (Occupation Data, Alternate Titles)")).toBe("O*NET 29.3 Database");
    expect(shortSourceTitle("(Untitled) notes")).toBe("(Untitled) notes");
    expect(shortSourceTitle("Plain title")).toBe("Plain title");
    // Only the closing parenthesis goes: one inside the title names what it is.
    expect(
      shortSourceTitle(
        "O*NET OnLine, Projected growth (2024-2034) categories (from the BLS Employment Projections and the Occupational Outlook Handbook)",
      ),
    ).toBe("O*NET OnLine, Projected growth (2024-2034) categories");
    expect(shortSourceTitle("OEWS May 2024 estimates (national_M2024_dl.xlsx): employment and wage percentiles")).toBe(
      "OEWS May 2024 estimates (national_M2024_dl.xlsx): employment and wage percentiles",
    );
  });
});
