import { describe, expect, it } from "vitest";
import { shortSourceCredit, sourceCredit, sourceCreditParts, type SourceCitation } from "~/features/sources/citations";

const source = (fields: Partial<SourceCitation>): SourceCitation => ({
  id: "test",
  kind: "article",
  publisher: null,
  author: null,
  title: "Backend Developer: Building the Core of Web Applications",
  vintage: null,
  publishedOn: null,
  url: null,
  attribution: "Career article",
  license: "No licence stated",
  ...fields,
});

describe("sourceCredit: how pages name a source", () => {
  it("names statistics, databases and research 'Publisher, Title', as before", () => {
    const bls = source({
      kind: "official_statistics",
      publisher: "U.S. Bureau of Labor Statistics",
      title: "Employment Projections 2024-34",
    });
    expect(sourceCredit(bls)).toBe("U.S. Bureau of Labor Statistics, Employment Projections 2024-34");
    expect(sourceCreditParts(bls)).toEqual({
      publisher: "U.S. Bureau of Labor Statistics",
      title: "Employment Projections 2024-34",
      quoted: false,
      details: null,
    });
  });

  it("names an article by its quoted title and says 'author not given' when the document names nobody", () => {
    expect(sourceCredit(source({}))).toBe("“Backend Developer: Building the Core of Web Applications”, author not given");
  });

  it("adds the author, publisher and date only where the document states them", () => {
    expect(sourceCredit(source({ author: "Jane Example", publisher: "Example Careers", publishedOn: "2025-03-04" }))).toBe(
      "“Backend Developer: Building the Core of Web Applications”, by Jane Example, Example Careers, March 4, 2025",
    );
    expect(sourceCredit(source({ publisher: "Example Careers" }))).toBe(
      "“Backend Developer: Building the Core of Web Applications”, author not given, Example Careers",
    );
  });

  it("does not quote the bracketed description of an untitled document as if it were its title", () => {
    const untitled = source({ title: "[Untitled job profile: Back-End Developer]" });
    expect(sourceCredit(untitled)).toBe("[Untitled job profile: Back-End Developer], author not given");
    expect(sourceCreditParts(untitled).quoted).toBe(false);
  });
});

describe("shortSourceCredit: how a slide's footer names a source", () => {
  it("leaves out the parenthesis listing the tables taken, but keeps an article's credit whole", () => {
    const onet = source({
      kind: "occupational_database",
      publisher: "National Center for O*NET Development, for USDOL/ETA",
      title: "O*NET 30.1 Database (Occupation Data, Job Zones, Alternate Titles, Technology Skills)",
    });
    expect(shortSourceCredit(onet)).toBe("National Center for O*NET Development, for USDOL/ETA, O*NET 30.1 Database");
    const article = source({ title: "Backend Developer (2026 edition)", publishedOn: "2026-11-21" });
    expect(shortSourceCredit(article)).toBe(sourceCredit(article));
    expect(shortSourceCredit(article)).toContain("(2026 edition)");
  });
});
