import { describe, expect, it } from "vitest";
import { citedSources, pageCitationText, type PageCitation, type SourceCitation } from "~/features/sources/citations";

/** "Cite this page" (issue 15, item 10): what the shared block shows and copies. */
const bls: SourceCitation = {
  id: "bls-ep-2024",
  kind: "official_statistics",
  publisher: "U.S. Bureau of Labor Statistics",
  author: null,
  title: "Employment Projections 2024-34",
  vintage: "2024-34",
  publishedOn: null,
  url: null,
  attribution: "",
  license: "Public domain",
};
const citation: PageCitation = {
  title: "Back-End Developer",
  pageUrl: "https://atlas.example/roles/back-end-developer",
  pinnedUrl: "https://atlas.example/roles/back-end-developer?data=v3-1a2b3c4d",
  dataVersion: { tag: "v3-1a2b3c4d", loadedAt: "2026-12-01T10:00:00.000Z" },
};

describe("pageCitationText", () => {
  it("names the page, Career Atlas, the data version, each source once with its release, the pinned address and the access date", () => {
    expect(pageCitationText(citation, [bls, bls], "2026-12-03")).toBe(
      "“Back-End Developer.” Career Atlas, data version v3-1a2b3c4d (loaded December 1, 2026). " +
        "Sources: U.S. Bureau of Labor Statistics, Employment Projections 2024-34, release 2024-34. " +
        "https://atlas.example/roles/back-end-developer?data=v3-1a2b3c4d. Accessed December 3, 2026.",
    );
  });

  it("cites the page's own address where there is no pinned one, and leaves out an access date it does not know", () => {
    const text = pageCitationText({ ...citation, pinnedUrl: null }, [], null);
    expect(text).toBe(
      "“Back-End Developer.” Career Atlas, data version v3-1a2b3c4d (loaded December 1, 2026). https://atlas.example/roles/back-end-developer.",
    );
  });

  // What would break: a role profile's citation named each of its 16 sources in full (2,500 characters), too long to
  // paste into a bibliography; the page's source list has them all.
  it("names a publisher's several sources once, with their releases; each article by its title", () => {
    const oews: SourceCitation = { ...bls, id: "oews", title: "OEWS May 2024 national estimates", vintage: "May 2024" };
    const older: SourceCitation = { ...bls, id: "bls-ep-2022", title: "Employment Projections 2022-32", vintage: "2022-32" };
    const onet: SourceCitation = {
      ...bls,
      id: "onet",
      publisher: "National Center for O*NET Development",
      title: "O*NET 30.1",
      vintage: "30.1",
    };
    const article: SourceCitation = { ...bls, id: "a", kind: "article", publisher: null, title: "Backend Developer", vintage: null };
    expect(citedSources([bls, onet, oews, article, older, article, bls])).toEqual([
      "U.S. Bureau of Labor Statistics, releases 2024-34, May 2024 and 2022-32",
      "National Center for O*NET Development, O*NET 30.1, release 30.1",
      "“Backend Developer”, author not given",
    ]);
  });
});
