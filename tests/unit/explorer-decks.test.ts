import { describe, expect, it } from "vitest";
import { buildInterestsDeck, type InterestsExplorerList } from "~/features/present/explorer-decks";
import type { InterestOccupation } from "~/features/explore/interests-explorer.server";
import { HOURLY_ONLY_NOTE, type OccupationPay } from "~/features/pay/pay";
import type { Slide } from "~/features/present/slides";
import { actorsPay as actorsFigures, sourceCitation as source } from "./slide-fixtures";

const actorsPay = actorsFigures("oews");

const writersPay: OccupationPay = {
  ...actorsPay,
  socCode: "27-3043",
  annual: { p10: 40000, p25: 50000, median: 72270, p75: 100000, p90: 140000 },
  hourly: { p10: 19.23, p25: 24.04, median: 34.75, p75: 48.08, p90: 67.31 },
};

const occupation = (over: Partial<InterestOccupation> & Pick<InterestOccupation, "title" | "socCode">): InterestOccupation => ({
  onetCode: `${over.socCode}.00`,
  socTitle: over.title,
  tech: false,
  scores: { Realistic: 2, Investigative: 2, Artistic: 7, Social: 4, Enterprising: 4, Conventional: 1.5 },
  interestSourceId: "onet",
  highPoints: ["Artistic", "Social", "Enterprising"],
  code: "ASE",
  fit: { matched: ["Artistic"], total: 7 },
  band: null,
  changePercent: 0.3,
  annualOpenings: 6300,
  medianAnnualWage: null,
  wageYear: null,
  projectionSourceId: "bls",
  median: null,
  pay: null,
  ...over,
});

// Actors as the explorer lists them (listedLineMedian): BLS prints no median, so OEWS's hourly one of the base year.
const actors = occupation({
  title: "Actors",
  socCode: "27-2011",
  median: { value: 23.33, per: "hour", atLeast: false, wageYear: 2024, sourceId: "oews" },
  pay: actorsPay,
});
const writers = occupation({
  title: "Writers and authors",
  socCode: "27-3043",
  changePercent: 3.6,
  medianAnnualWage: 72270,
  wageYear: 2024,
  median: { value: 72270, per: "year", atLeast: false, wageYear: 2024, sourceId: "bls" },
  pay: writersPay,
});

const list = (over: Partial<InterestsExplorerList>) =>
  ({
    picked: ["artistic"],
    pickedNames: ["Artistic"],
    leftOutNames: [],
    period: { vintage: "2024-34", baseYear: 2024, targetYear: 2034, sourceId: "bls", growthBands: [] },
    roles: [],
    tech: [],
    techTotal: 0,
    closestRoles: [],
    closestTech: [],
    other: [writers, actors],
    otherTotal: 2,
    interestSourceId: "onet",
    sources: [source("bls", "2024-34"), source("oews", "May 2024"), source("onet", "30.1"), source("editorial")],
    ...over,
  }) as unknown as InterestsExplorerList;

const deckOf = (explorer: InterestsExplorerList) =>
  buildInterestsDeck(explorer, {
    dataAsOf: "2026-12-01T00:00:00Z",
    pinnedDataVersion: undefined,
    allOccupations: null,
    pays: [actorsPay, writersPay],
  });
const titled = (slides: Slide[], title: string) => slides.find((s) => s.title === title)!;

describe("an explorer deck's pay for an occupation OEWS pays by the hour only", () => {
  it("lists the hourly median as the explorer's list shows it, with its May year and survey cited, never a yearly spread", () => {
    // What would break: Actors listed with growth only (no median) while the list and their profile say "$23.33 an hour".
    const slide = titled(deckOf(list({})).slides, "Other occupations that fit");
    if (slide.body.kind !== "list") throw new Error("list");
    expect(slide.body.items).toEqual([
      expect.stringMatching(/ · \+3\.6% growth, 2024–34 · \$72,270 median pay \(May 2024; 10th–90th percentile: \$40,000 to \$140,000\)$/),
      expect.stringMatching(/^Actors: .* · \+0\.3% growth, 2024–34 · \$23\.33 an hour median pay \(May 2024\)$/),
    ]);
    // The OEWS survey cited for the hourly median, as for the spread beside the annual one.
    expect(slide.citations.find((c) => c.sourceId === "oews")?.dataYear).toBe("May 2024");
  });

  it("gives the hourly median in a career's column, said so, with no spread", () => {
    const deck = deckOf(list({ roles: [{ slug: "actor", title: "Actor", occupation: actors }] }));
    const slide = titled(deck.slides, "Tech roles that fit");
    if (slide.body.kind !== "columns") throw new Error("columns");
    expect(slide.body.columns[0]!.figures.find((f) => f.label.startsWith("Median pay"))).toEqual({
      label: "Median pay, May 2024",
      value: "$23.33 an hour",
      detail: `whole occupation; ${HOURLY_ONLY_NOTE}`,
    });
    expect(JSON.stringify(slide)).not.toContain("Not published");
    expect(slide.citations.map((c) => c.sourceId)).toContain("oews");
  });

  it("still says a median is not published where neither BLS nor OEWS publishes one", () => {
    const none = occupation({ title: "Fishing and hunting workers", socCode: "45-3031" });
    const deck = deckOf(list({ roles: [{ slug: "fisher", title: "Fisher", occupation: none }], other: [none] }));
    const columns = titled(deck.slides, "Tech roles that fit");
    if (columns.body.kind !== "columns") throw new Error("columns");
    expect(columns.body.columns[0]!.figures.find((f) => f.label.startsWith("Median pay"))).toEqual({
      label: "Median pay",
      value: "Not published",
      detail: null,
    });
    const other = titled(deck.slides, "Other occupations that fit");
    if (other.body.kind !== "list") throw new Error("list");
    expect(other.body.items[0]).toMatch(/ · \+0\.3% growth, 2024–34$/);
  });
});

describe("an interests deck where no tech role or tech occupation fits", () => {
  it("names the nearest as not matches, with their scores and O*NET code, instead of leaving the roles out", () => {
    // What would break: for Social the deck went from the areas picked straight to other occupations, as if tech had
    // nothing for a student who likes helping and teaching (the area's own slide says "In tech: supporting users…").
    const support = occupation({
      title: "Computer User Support Specialists",
      socCode: "15-1232",
      socTitle: "Computer user support specialists",
      tech: true,
      scores: { Realistic: 4.06, Investigative: 3.85, Artistic: 1.5, Social: 3.32, Enterprising: 2, Conventional: 5.89 },
      highPoints: ["Conventional", "Realistic", "Investigative"],
      code: "CRI",
      fit: { matched: [], total: 3.32 },
    });
    const deck = deckOf(
      list({
        picked: ["social"],
        pickedNames: ["Social"],
        closestRoles: [{ occupation: support, roles: [{ slug: "it-support-specialist", title: "IT Support Specialist" }] }],
        closestTech: [support],
      }),
    );
    expect(deck.slides.some((s) => s.title === "Tech roles that fit")).toBe(false);
    const roles = titled(deck.slides, "Tech roles that come closest");
    if (roles.body.kind !== "list") throw new Error("list");
    expect(roles.body.lede).toBe("None of our tech roles fits. The occupations our roles are filed under that score highest on Social:");
    expect(roles.body.items).toEqual(["IT Support Specialist (O*NET: Computer User Support Specialists): Social 3.32 (code CRI)"]);
    expect(roles.notes.join(" ")).toContain("None of these is a match: the picked area is in none of their O*NET interest codes.");
    expect(roles.citations.map((c) => c.sourceId)).toEqual(["onet"]);
    const tech = titled(deck.slides, "Tech occupations that come closest");
    if (tech.body.kind !== "list") throw new Error("list");
    expect(tech.body.items).toEqual(["Computer User Support Specialists: Social 3.32 (code CRI)"]);
    // In the list's order: the closest roles where the roles would be, before the other occupations that fit.
    const titles = deck.slides.map((s) => s.title);
    expect(titles.indexOf("Tech roles that come closest")).toBeLessThan(titles.indexOf("Other occupations that fit"));
  });
});
