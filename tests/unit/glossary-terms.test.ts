import { describe, expect, it } from "vitest";
import {
  buildGlossaryMatcher,
  definitionsUsedIn,
  glossaryHref,
  glossaryLetter,
  groupByLetter,
  markGlossaryTerms,
  termForms,
  type GlossaryDefinition,
  type TermSegment,
} from "~/features/glossary/glossary-terms";

const term = (slug: string, name: string): GlossaryDefinition => ({ slug, term: name, definition: `Definition of ${name}.` });

const GLOSSARY = [
  term("api", "API (Application Programming Interface)"),
  term("back-end", "Back end"),
  term("front-end", "Front end"),
  term("ci", "CI"),
  term("ci-cd", "CI/CD"),
  term("cloud", "Cloud"),
  term("cloud-computing", "Cloud computing"),
  term("sql", "SQL"),
  term("nosql", "NoSQL"),
  term("rest", "REST"),
  term("database", "Database"),
  term("authentication", "Authentication"),
  term("onet", "O*NET"),
  term("hot-technology", "Hot technology (O*NET)"),
  term("soc-code", "SOC code"),
];
const matcher = buildGlossaryMatcher(GLOSSARY);

/** "text with [marked](slug) parts": segments written compactly so each case reads as a sentence. */
function show(segments: TermSegment[]): string {
  return segments.map((s) => (s.slug ? `[${s.text}](${s.slug})` : s.text)).join("");
}
const mark = (...texts: string[]) => markGlossaryTerms(texts, matcher).map(show);

// If these fail, profiles mark the wrong words as glossary terms (or none), or lose text around them.
describe("the names a glossary term is written under", () => {
  it("takes a bracket that spells out an acronym as a second name, and drops a bracket that only qualifies", () => {
    expect(termForms("API (Application Programming Interface)")).toEqual(["API", "Application Programming Interface"]);
    expect(termForms("Hot technology (O*NET)")).toEqual(["Hot technology"]);
    expect(termForms("Back end")).toEqual(["Back end"]);
  });
});

describe("marking glossary terms in a section's text", () => {
  it("marks a term case-insensitively, keeping the text as written", () => {
    expect(mark("Checks authentication first.")).toEqual(["Checks [authentication](authentication) first."]);
    expect(mark("AUTHENTICATION matters.")).toEqual(["[AUTHENTICATION](authentication) matters."]);
  });

  it("matches an acronym only in capitals, so everyday words are left alone", () => {
    expect(mark("Rest after the rest of the REST work.")).toEqual(["Rest after the rest of the [REST](rest) work."]);
    expect(mark("an api call")).toEqual(["an api call"]);
  });

  it("matches the spelled-out name of an acronym and plurals", () => {
    expect(mark("An Application Programming Interface is an API.")).toEqual(["An [Application Programming Interface](api) is an API."]);
    expect(mark("Build APIs and databases.")).toEqual(["Build [APIs](api) and [databases](database)."]);
  });

  it("matches a term written with a space, a hyphen or as one word", () => {
    expect(mark("the back end")).toEqual(["the [back end](back-end)"]);
    expect(mark("back-end developers")).toEqual(["[back-end](back-end) developers"]);
    expect(mark("a Backend Developer")).toEqual(["a [Backend](back-end) Developer"]);
    expect(mark("front-end and back end")).toEqual(["[front-end](front-end) and [back end](back-end)"]);
  });

  it("never matches inside another word", () => {
    expect(mark("MySQL and PostgreSQL")).toEqual(["MySQL and PostgreSQL"]);
    expect(mark("NoSQL or SQL")).toEqual(["[NoSQL](nosql) or [SQL](sql)"]);
    expect(mark("RESTful APIs")).toEqual(["RESTful [APIs](api)"]);
    expect(mark("a database_name column")).toEqual(["a database_name column"]);
    expect(mark("databased")).toEqual(["databased"]);
  });

  it("prefers the longest term at a position: CI/CD over CI, Cloud computing over Cloud", () => {
    expect(mark("Set up CI/CD, then CI.")).toEqual(["Set up [CI/CD](ci-cd), then [CI](ci)."]);
    expect(mark("cloud computing and the cloud")).toEqual(["[cloud computing](cloud-computing) and the [cloud](cloud)"]);
  });

  it("does not mark a shorter term inside a longer one that was already marked", () => {
    expect(mark("CI/CD first. CI/CD again, and CI.")).toEqual(["[CI/CD](ci-cd) first. CI/CD again, and [CI](ci)."]);
  });

  it("matches terms with regex characters in them literally", () => {
    expect(mark("O*NET lists SOC codes; ONET and O-NET are not it.")).toEqual([
      "[O*NET](onet) lists [SOC codes](soc-code); ONET and O-NET are not it.",
    ]);
    expect(mark("an O*NET hot technology")).toEqual(["an [O*NET](onet) [hot technology](hot-technology)"]);
  });

  it("marks only the first occurrence of each term per section, across the section's texts", () => {
    expect(mark("The API and the API.", "Another API, and a database.", "A database.")).toEqual([
      "The [API](api) and the API.",
      "Another API, and a [database](database).",
      "A database.",
    ]);
    // A new call is a new section: the term is marked again.
    expect(mark("The API.")).toEqual(["The [API](api)."]);
  });

  it("never marks a term inside a web address", () => {
    expect(mark("See https://example.com/api/database or www.sql.org, then the API.")).toEqual([
      "See https://example.com/api/database or www.sql.org, then the [API](api).",
    ]);
  });

  it("keeps every character of the text, including empty texts and texts without terms", () => {
    for (const text of ["", "No terms here.", "  API  ", "Front end, back end, API; SQL!"]) {
      expect(
        markGlossaryTerms([text], matcher)[0]!
          .map((s) => s.text)
          .join(""),
      ).toBe(text);
    }
    expect(markGlossaryTerms(["API"], null)).toEqual([[{ text: "API", slug: null }]]);
    expect(buildGlossaryMatcher([])).toBeNull();
  });
});

// If these fail, a profile either ships definitions it never shows or marks terms it cannot define.
describe("choosing the definitions a page needs", () => {
  const texts = [
    "Runs CI/CD pipelines and writes REST APIs, see https://example.com/sql-guide.",
    "Cloud computing and NoSQL databases; the rest of the team rests.",
  ];

  it("keeps the terms that occur and drops the rest, in glossary order", () => {
    expect(definitionsUsedIn(texts, GLOSSARY).map((d) => d.slug)).toEqual(["api", "ci-cd", "cloud-computing", "nosql", "rest", "database"]);
  });

  it("drops a term seen only inside a longer one (CI in CI/CD, Cloud in Cloud computing, SQL in NoSQL)", () => {
    const slugs = definitionsUsedIn(texts, GLOSSARY).map((d) => d.slug);
    expect(slugs).not.toContain("ci");
    expect(slugs).not.toContain("cloud");
    expect(slugs).not.toContain("sql");
  });

  it("marks exactly what the whole glossary marks", () => {
    const subset = buildGlossaryMatcher(definitionsUsedIn(texts, GLOSSARY));
    expect(markGlossaryTerms(texts, subset)).toEqual(markGlossaryTerms(texts, matcher));
  });

  it("needs nothing for texts without terms, or an empty glossary", () => {
    expect(definitionsUsedIn(["No terms here."], GLOSSARY)).toEqual([]);
    expect(definitionsUsedIn(texts, [])).toEqual([]);
  });
});

describe("the glossary index", () => {
  it("files terms under their first letter, accents folded, anything else under #", () => {
    expect(glossaryLetter("API")).toBe("A");
    expect(glossaryLetter("écran")).toBe("E");
    expect(glossaryLetter("3D printing")).toBe("#");
    expect(
      groupByLetter([{ term: "API" }, { term: "Authentication" }, { term: "Back end" }, { term: "3D" }]).map((g) => [
        g.letter,
        g.entries.length,
      ]),
    ).toEqual([
      ["#", 1],
      ["A", 2],
      ["B", 1],
    ]);
  });

  it("links a term to its entry on /glossary", () => {
    expect(glossaryHref("ci-cd")).toBe("/glossary#term-ci-cd");
  });
});
