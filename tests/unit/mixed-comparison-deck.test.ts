import { describe, expect, it } from "vitest";
import { comparisonColumns, type CompareColumn, type Comparison } from "~/features/compare/comparison";
import { deckAddress, presentHref } from "~/features/present/deck-address";
import { buildMixedComparisonDeck, comparedCount } from "~/features/present/mixed-comparison-deck";
import { MIXED_OPENINGS_SCOPE } from "~/features/present/comparison-figure-slides";
import type { Slide } from "~/features/present/slides";
import { pricedRole, sourceCitation as source } from "./slide-fixtures";
import { HOURLY_ONLY_NOTE } from "~/features/pay/pay";

const projection = (socCode: string, changePercent: number, annualOpenings: number, medianAnnualWage: number, employmentBase: number) => ({
  socCode,
  occupationTitle: socCode,
  occupationKind: "detailed" as const,
  vintage: "2024-34" as const,
  baseYear: 2024,
  targetYear: 2034,
  employmentBase,
  employmentProjected: employmentBase + 1000,
  changeNumeric: 1000,
  changePercent,
  annualOpenings,
  laborForceExits: null,
  occupationalTransfers: null,
  medianAnnualWage,
  wageYear: 2024,
  entryEducation: "Bachelor's degree",
  workExperience: "None",
  isDerived: false,
  sourceId: "bls",
  note: null,
});

const pay = (p10: number, p90: number) => ({
  wageYear: 2024,
  employment: 1000,
  annual: { p10, p25: p10 + 1, median: p10 + 2, p75: p90 - 1, p90 },
  hourly: { p10: 1, p25: 2, median: 3, p75: 4, p90: 5 },
  topCoded: [],
  topCodeAnnual: null,
  annualOnly: false,
  sourceId: "oews",
});

const column = (over: Partial<CompareColumn> & Pick<CompareColumn, "key" | "kind" | "title" | "occupation">): CompareColumn => ({
  href: "/",
  roleSlug: null,
  projection: null,
  growthBand: null,
  growthComparison: null,
  otherWages: [],
  entryEducation: "Bachelor's degree",
  workExperience: "None",
  entrySourceId: "bls",
  entryDataYear: "2024-34",
  level: null,
  pay: null,
  ...over,
});

/** Software Engineer (filed under Software developers) beside Registered nurses, shaped as getComparison returns it. */
const comparison: Comparison = {
  vintage: "2024-34",
  columns: [
    column({
      key: "software-engineer",
      kind: "role",
      title: "Software Engineer",
      roleSlug: "software-engineer",
      occupation: { socCode: "15-1252", title: "Software developers", sourceId: "onet" },
      projection: projection("15-1252", 15.8, 129200, 133080, 1693800),
      pay: pay(79850, 211450),
    }),
    column({
      key: "occupation:29-1141",
      kind: "occupation",
      title: "Registered nurses",
      occupation: { socCode: "29-1141", title: "Registered nurses", sourceId: "bls" },
      projection: projection("29-1141", 5.2, 189100, 93600, 3391000),
      pay: pay(66030, 135320),
    }),
  ],
  roles: [],
  roleComparison: null,
  occupations: [],
  allOccupations: {
    changePercent: 3.1,
    changeNumeric: null,
    annualOpenings: 18863300,
    employmentBase: 169956100,
    employmentProjected: 175167900,
    baseYear: 2024,
    targetYear: 2034,
    medianAnnualWage: 49500,
    wageYear: 2024,
    sourceId: "bls",
  },
  sharedOccupations: [],
  sources: [source("onet", "30.1 (December 2025)"), source("bls", "2024-34"), source("oews", "May 2024"), source("editorial")],
};
comparison.occupations = [
  {
    socCode: "29-1141",
    title: "Registered nurses",
    sourceId: "bls",
    kind: "detailed",
    projection: comparison.columns[1]!.projection,
    growthBand: null,
    growthComparison: null,
    entryEducation: "Bachelor's degree",
    workExperience: "None",
    laborForceExits: null,
    occupationalTransfers: null,
    technology: { listed: 0, inDemand: [], hot: [], sourceId: null },
    ai: { exposure: [], applicability: [] },
  },
];

const deck = buildMixedComparisonDeck({ comparison, questions: [], questionSources: [], dataAsOf: "2026-11-21T08:30:00.000Z" });
const slideOf = (topic: Slide["topic"]) => {
  const slide = deck.slides.find((s) => s.topic === topic);
  if (slide?.body.kind !== "figures") throw new Error(`no ${topic} figures`);
  return { slide, body: slide.body };
};

describe("a deck of a role and an occupation", () => {
  it("names what it compares and addresses it as /compare does (roles=, then occupations=, even for one role)", () => {
    expect(deck.title).toBe("Software Engineer vs Registered nurses");
    expect(comparedCount(comparison.columns)).toBe("1 role and 1 occupation");
    expect(deck.slides.map((s) => s.topic)).toEqual(["title", "what-they-do", "pay", "growth", "openings", "entry", "sources"]);
    const address = deckAddress(deck, "2024-34");
    // What would break: `role=software-engineer` (one role's deck) or a link that drops the occupation.
    expect(presentHref(address, { slide: 3 })).toBe("/present?roles=software-engineer&occupations=29-1141&slide=3");
    expect(presentHref({ ...address, slugs: [], dataVersion: "v3-1a2b3c4d" }, { path: "/present/notes", notes: true })).toBe(
      "/present/notes?occupations=29-1141&data=v3-1a2b3c4d&notes=1",
    );
  });

  it("shows each item's median with whose pay it is and its spread, citing the projections and the OEWS survey with their years", () => {
    const { slide, body } = slideOf("pay");
    expect(body.figures.map((f) => [f.label, f.value])).toEqual([
      ["Software Engineer", "$133,080"],
      ["Registered nurses", "$93,600"],
    ]);
    expect(body.figures[0]!.detail).toMatch(/^Pay of all software developers, not only software engineers\./);
    // An occupation is not "filed under" itself: its figures are every nurse's.
    expect(body.figures[1]!.detail).toMatch(
      /^Pay of all registered nurses, at every level of experience\. 10th–90th percentile: \$66,030 to \$135,320/,
    );
    expect(slide.citations.map((c) => [c.sourceId, c.dataYear])).toEqual([
      ["bls", "2024–34 release; pay May 2024"],
      ["oews", "May 2024, percentiles"],
    ]);
  });

  it("draws growth one bar per BLS line, the role and the occupation named apart, and says whose openings they are", () => {
    const { body } = slideOf("growth");
    expect(body.charts[0]!.rows.map((r) => [r.label, r.detail ?? null, r.text])).toEqual([
      ["Role: Software Engineer", "BLS: Software developers", "+15.8%"],
      ["Occupation: Registered nurses", null, "+5.2%"],
      ["All occupations", null, "+3.1%"],
    ]);
    expect(slideOf("openings").slide.caveat).toBe(MIXED_OPENINGS_SCOPE);
  });

  it("shows jobs and typical entry education for each item, cited with the entry data's period", () => {
    const { slide, body } = slideOf("entry");
    expect(body.figures.map((f) => [f.value, f.detail])).toEqual([
      ["1,693,800", "jobs in 2024. Typical entry: bachelor's degree; work experience: none."],
      ["3,391,000", "jobs in 2024. Typical entry: bachelor's degree; work experience: none."],
    ]);
    expect(slide.citations).toEqual([expect.objectContaining({ sourceId: "bls", dataYear: "2024–34; entry education, 2024–34" })]);
  });

  it("leaves out a spread from another survey than the median's", () => {
    const older = { ...comparison.columns[1]!, pay: { ...pay(1, 2), wageYear: 2023 } };
    const other = buildMixedComparisonDeck({
      comparison: { ...comparison, columns: [comparison.columns[0]!, older] },
      questions: [],
      questionSources: [],
      dataAsOf: "2026-11-21T08:30:00.000Z",
    });
    const paySlide = other.slides.find((s) => s.topic === "pay")!;
    if (paySlide.body.kind !== "figures") throw new Error("figures");
    expect(paySlide.body.figures[1]!.detail).toBe("Pay of all registered nurses, at every level of experience.");
  });
});

describe("a deck with an occupation OEWS pays by the hour only", () => {
  // Actors (27-2011): BLS prints no median with the 2024-34 projection; OEWS May 2024 publishes hourly wages only.
  const actorsPay = {
    ...pay(0, 0),
    annual: { p10: null, p25: null, median: null, p75: null, p90: null },
    hourly: { p10: 14, p25: 16.94, median: 23.33, p75: 41.09, p90: 97.19 },
  };
  const actors = column({
    key: "occupation:27-2011",
    kind: "occupation",
    title: "Actors",
    occupation: { socCode: "27-2011", title: "Actors", sourceId: "bls" },
    projection: { ...projection("27-2011", 0.3, 6300, 0, 57000), medianAnnualWage: null, wageYear: null },
    pay: actorsPay,
  });
  const withActors = buildMixedComparisonDeck({
    comparison: { ...comparison, columns: [comparison.columns[0]!, actors] },
    questions: [],
    questionSources: [],
    dataAsOf: "2026-11-21T08:30:00.000Z",
  });
  const paySlide = withActors.slides.find((s) => s.topic === "pay")!;
  if (paySlide.body.kind !== "figures") throw new Error("figures");
  const { body } = paySlide;

  it("shows its hourly median as the compare page does, said so, never a yearly figure or spread", () => {
    // What would break: "Not published" for Actors where their profile and the compare page say "$23.33 an hour".
    expect(body.lede).toBe("Median pay, May 2024");
    expect(body.figures.map((f) => [f.label, f.value])).toEqual([
      ["Software Engineer", "$133,080"],
      ["Actors", "$23.33 an hour"],
    ]);
    expect(body.figures[1]!.detail).toBe(`Pay of all actors, at every level of experience. ${HOURLY_ONLY_NOTE}; May 2024.`);
    expect(body.figures[0]!.detail).toContain("10th–90th percentile: $79,850 to $211,450 (May 2024)");
    expect(paySlide.notes.filter((n) => n.includes("Actors"))).toEqual([
      `Actors: ${HOURLY_ONLY_NOTE}, so its median is $23.33 an hour (May 2024), not turned into a yearly figure.`,
    ]);
  });

  it("cites the OEWS survey the hourly median comes from", () => {
    expect(paySlide.citations.find((c) => c.sourceId === "oews")?.dataYear).toBe("May 2024, median; May 2024, percentiles");
  });

  it("pairs it only with the survey of the projection's base year", () => {
    const older = buildMixedComparisonDeck({
      comparison: { ...comparison, columns: [comparison.columns[0]!, { ...actors, pay: { ...actorsPay, wageYear: 2023 } }] },
      questions: [],
      questionSources: [],
      dataAsOf: "2026-11-21T08:30:00.000Z",
    }).slides.find((s) => s.topic === "pay")!;
    if (older.body.kind !== "figures") throw new Error("figures");
    expect(older.body.figures[1]!.value).toBe("Not published");
    expect(older.body.lede).toBe("Median annual pay, May 2024");
  });
});

describe("a deck of two roles and an occupation", () => {
  // Neither role has editorial notes (in the seed only back-end-developer has any); one has a BLS statement and both
  // research scores.
  const exposure = { onetCode: "15-1252.00", onetTitle: "Software Developers", sourceId: "eloundou", rows: [] };
  const roles = [
    pricedRole("software-engineer", "Software Engineer", "15-1252", 15.8, 129200, 133080, {
      official: [
        {
          layer: "official",
          aspect: "demand",
          statement: "BLS expects software developers' share to rise.",
          asOf: "2025-08-28",
          sourceId: "bls-table",
          author: null,
          reviewedOn: null,
          scope: "occupation",
        },
      ],
      exposure,
    }),
    pricedRole("qa-engineer", "QA Engineer", "15-1253", 10, 20000, 100000, { exposure }),
  ];
  const roleComparison = {
    vintage: "2024-34" as const,
    roles,
    allOccupations: comparison.allOccupations,
    sharedOccupations: [],
    skills: { overlaps: [], sharedByAll: [], sharedBySome: [], onlyIn: [[], []] },
    hotSkillsInCommon: [],
    economyAiNotes: { official: [], research: [], editorial: [] },
    industriesInCommon: [],
    destinationsInCommon: [],
    sources: [...comparison.sources, source("bls-table", "2024-34"), source("eloundou", "arXiv v5 (August 2023)")],
  };
  const mixed = buildMixedComparisonDeck({
    comparison: {
      ...comparison,
      columns: [...comparisonColumns(roles, [], new Map()), comparison.columns[1]!],
      roles,
      roleComparison,
      sources: roleComparison.sources,
    },
    questions: [],
    questionSources: [],
    dataAsOf: "2026-11-21T08:30:00.000Z",
  });

  // A counselor's pass (2026-12-06): such decks showed "AI impact: what career articles say" with only "No editorial
  // notes written for this role yet." under each role, and a footer reading "Source:" alone.
  it("leaves out the editorial and skills slides when no compared role has anything for them, and every slide cites a source", () => {
    expect(mixed.slides.map((s) => s.topic)).toEqual([
      "title",
      "what-they-do",
      "pay",
      "growth",
      "openings",
      "entry",
      // The fixture's roles have no skill O*NET marks: that slide too would cite nothing.
      "leads-to",
      "ai-official",
      "ai-research",
      "sources",
    ]);
    expect(mixed.slides.map((s) => s.number)).toEqual(mixed.slides.map((_, i) => i + 1));
    for (const slide of mixed.slides) expect(slide.citations.length, slide.title).toBeGreaterThan(0);
    // The BLS slide stays for the one role with a statement, and says which has none.
    expect(mixed.slides.find((s) => s.topic === "ai-official")!.notes).toContain(
      "BLS has published no statement about AI for QA Engineer.",
    );
    expect(mixed.slides[0]!.body).toMatchObject({
      lede: "Software Engineer, QA Engineer and Registered nurses: pay, growth, openings and the way in, side by side; the roles' next steps and AI impact after.",
    });
  });
});
