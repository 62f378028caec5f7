/**
 * The occupation page's "Education and interests" part, pinned to a data version whose O*NET filing has changed since
 * (ADR 019, amended 2026-12-07): what it says where the database test's one load does not reach (a line O*NET files
 * nothing under now, a code filed under no line, several unplaced codes), and that an unpinned page reads as before.
 */
import { createElement, type ComponentProps } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { createRoutesStub } from "react-router";
import { describe, expect, it } from "vitest";
import { OccupationPeople } from "~/features/occupations/components/occupation-people";
import type { InterestScore, KeptInterestFiling } from "~/features/occupations/queries.server";

type Props = ComponentProps<typeof OccupationPeople>;

function text(props: Props): string {
  const Stub = createRoutesStub([{ path: "*", Component: () => createElement(OccupationPeople, props) }]);
  return renderToStaticMarkup(createElement(Stub, { initialEntries: ["/occupations/15-1299"] }))
    .replace(/<\/(h3|p|div)>/g, " ")
    .replace(/<[^>]+>/g, "")
    .replace(/\s+/g, " ");
}

const RELEASE = "30.1 (December 2025)";

/** Six scores of one O*NET code, highest first, the first two its high points. */
function scores(onetCode: string, kept?: Omit<KeptInterestFiling, "release">): InterestScore[] {
  const areas = ["Conventional", "Investigative", "Enterprising", "Social", "Artistic", "Realistic"];
  return areas.map((interest, i) => ({
    onetCode,
    interest,
    score: 6 - i * 0.5,
    highPoint: i < 2 ? i + 1 : null,
    sourceId: "onet-30-1",
    ...(kept ? { kept: { ...kept, release: RELEASE } } : {}),
  }));
}

const webAdministrators = { onetCode: "15-1299.01", title: "Web Administrators", description: null, jobZone: 4, sourceId: "onet-30-1" };

describe("an occupation page's interest scores", () => {
  it("reads as before on a plain page", () => {
    const plain = text({ onet: [webAdministrators], education: [], interests: scores("15-1299.01") });
    expect(plain).toBe(
      "Job zone: 4 of 5 Interests (O*NET, 1 = low to 7 = high): Conventional 6.00, Investigative 5.50, Enterprising 5.00, Social 4.50, Artistic 4.00, Realistic 3.50. O*NET’s interest code: CI (Conventional, Investigative: the areas that stand out, highest first). ",
    );
    expect(text({ onet: [], education: [], interests: [] })).toBe("O*NET has no worker survey for this BLS line. ");
  });

  it("keeps a pinned line's scores when O*NET now files nothing under it, naming each code and where it is now", () => {
    // What would break: "O*NET has no worker survey for this BLS line" in place of the scores the pinned page showed.
    const pinned = text({
      onet: [],
      education: [],
      interests: [
        ...scores("15-1299.07", { title: "Blockchain Engineers", now: { status: "moved", blsCode: null, blsTitle: null } }),
        ...scores("15-1299.08", { title: "Computer Systems Engineers/Architects", now: { status: "unlisted" } }),
      ],
      pinnedTag: "v1-1a2b3c4d",
    });
    expect(pinned).toContain("The O*NET release loaded now files no O*NET occupation under this BLS line.");
    expect(pinned).toContain(
      "Blockchain Engineers (O*NET 15-1299.07) Filed under this occupation in O*NET 30.1 (December 2025), as data version v1-1a2b3c4d kept it; the O*NET release loaded now files it under no BLS line. Interests (O*NET 30.1 (December 2025), 1 = low to 7 = high): Conventional 6.00,",
    );
    expect(pinned).toContain("Computer Systems Engineers/Architects (O*NET 15-1299.08) Filed under this occupation in");
    expect(pinned).not.toContain("no worker survey");
  });

  it("counts, in words, the scores a pinned version kept without a filing", () => {
    const pinned = text({
      onet: [webAdministrators],
      education: [],
      interests: scores("15-1299.01", { title: "Web Administrators", now: { status: "here" } }),
      pinnedTag: "v1-1a2b3c4d",
      unplaced: [{ release: "29.3 (August 2025)", onetCodes: ["15-1299.10", "15-1299.11"], scores: 12 }],
    });
    expect(pinned).toContain(
      "Data version v1-1a2b3c4d also kept 12 interest scores from O*NET 29.3 (August 2025) for 2 O*NET codes (15-1299.10, 15-1299.11) that the O*NET release loaded now no longer lists. Career Atlas did not record which occupation they were filed under then, so no occupation page shows them.",
    );
    // Same title then and now: no sentence about it.
    expect(pinned).not.toContain("was titled");
  });

  it("says where the scores of a code filed here only since are, even when the pinned version filed it under no line", () => {
    const pinned = text({
      onet: [webAdministrators],
      education: [],
      interests: [],
      pinnedTag: "v1-1a2b3c4d",
      filedElsewhereThen: [{ onetCode: "15-1299.01", blsCode: null, blsTitle: null }],
    });
    expect(pinned).toBe(
      "Job zone: 4 of 5 No interest scores here: data version v1-1a2b3c4d filed this O*NET occupation under no BLS line. ",
    );
  });
});
