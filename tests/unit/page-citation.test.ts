import { describe, expect, it } from "vitest";
import { pageCitationText, type PageCitation, type SourceCitation } from "~/features/sources/citations";

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
});
