import { describe, expect, it } from "vitest";
import type { SourceCitation } from "~/features/sources/citations";
import { muchFasterBand as muchFaster, pricedRole as compared, sourceCitation as source } from "./slide-fixtures";
import type { PricedRoleComparison } from "~/features/compare/role-comparison";
import type { AiNote, RoleProfile } from "~/features/roles/role-profile";
import { growthSentence } from "~/features/roles/growth-sentence";
import { buildComparisonDeck } from "~/features/present/comparison-deck";
import { OPENINGS_SCOPE } from "~/features/present/comparison-figure-slides";
import { deckAddress, presentHref, sameDeckAddress, slideIndexFromParam } from "~/features/present/deck-address";
import { slideCharacters, sourcePages } from "~/features/present/finish-deck";
import { openingsComparisonSentence, openingsSentence } from "~/features/present/openings-sentences";
import { buildRoleDeck } from "~/features/present/role-deck";
import { applySlideCommand, slideCommandForKey } from "~/features/present/slide-commands";
import { deckChannelName } from "~/features/present/components/use-slide-navigation";
import { citer, mergeCitations, sourceVintage, withoutNamedRelease } from "~/features/present/slide-citations";
import { DENSE_SLIDE_CHARACTERS, SOURCES_SLIDE_CHARACTERS, type Deck, type Slide } from "~/features/present/slides";

const note = (layer: AiNote["layer"], statement: string, extra: Partial<AiNote> = {}): AiNote => ({
  layer,
  aspect: "demand",
  statement,
  asOf: "2025-08-28",
  sourceId: layer === "official" ? "bls-table" : layer === "research" ? "eloundou" : "article",
  author: layer === "editorial" ? "An article" : null,
  reviewedOn: null,
  scope: "occupation",
  ...extra,
});

const projection = {
  socCode: "15-1254",
  occupationTitle: "Web developers",
  occupationKind: "detailed" as const,
  vintage: "2024-34" as const,
  baseYear: 2024,
  targetYear: 2034,
  employmentBase: 86000,
  employmentProjected: 92500,
  changeNumeric: 6500,
  changePercent: 7.5,
  annualOpenings: 5400,
  laborForceExits: null,
  occupationalTransfers: null,
  medianAnnualWage: 90930,
  wageYear: 2024,
  entryEducation: "Bachelor's degree",
  workExperience: "None",
  isDerived: false,
  sourceId: "bls",
  note: null,
};

/** OEWS May 2024, 15-1254 Web developers, as seed/data/pay-percentiles.csv has it. */
const webDeveloperPay = {
  wageYear: 2024,
  employment: 78860,
  annual: { p10: 48560, p25: 63140, median: 90930, p75: 124300, p90: 162870 },
  hourly: { p10: 23.35, p25: 30.36, median: 43.72, p75: 59.76, p90: 78.3 },
  topCoded: [],
  topCodeAnnual: null,
  annualOnly: false,
  sourceId: "oews",
};

function profileFixture(overrides: Partial<RoleProfile> = {}): RoleProfile {
  return {
    vintage: "2024-34",
    role: {
      slug: "back-end-developer",
      title: "Back-End Developer",
      summary: "Builds the server side of apps.",
      whatTheyDo: ["Writes server code.", "Designs databases.", "Builds APIs.", "Secures data.", "Deploys apps."],
      careerCluster: "software-development",
      level: "mid",
    },
    occupation: {
      socCode: "15-1254",
      title: "Web developers",
      kind: "detailed",
      onetCode: "15-1254.00",
      onetTitle: "Web Developers",
      isPrimary: true,
      sourceId: "onet",
      note: "O*NET files back-end titles here.",
    },
    otherOccupations: [],
    sharesFiguresWith: [
      { slug: "front-end-developer", title: "Front-End Developer" },
      { slug: "web-developer", title: "Web Developer" },
    ],
    quickFacts: {
      projection,
      pay: webDeveloperPay,
      comparison: { allOccupationsPercent: 3.1, allOccupationsSourceId: "bls", relation: "multiple", ratio: 2.4 },
      growthBand: null,
      otherWages: [],
      entryEducation: "Bachelor's degree",
      workExperience: "None",
      entrySourceId: "bls",
      entryDataYear: "2024-34",
    },
    outlookStatements: [
      {
        kind: "outlook_as_cited",
        statement: "The article says web developers will grow 16%, much faster than average.",
        figure: 16,
        figureUnit: "percent",
        sourceId: "article",
        note: "That is the 2022-32 group figure.",
      },
    ],
    jobStatements: [],
    aliases: [],
    learningSteps: [],
    skillGroups: [
      {
        kind: "language",
        skills: [
          {
            slug: "python",
            name: "Python",
            description: "",
            importance: "core",
            level: "entry",
            sourceId: "onet",
            marks: {
              hotTechnologies: ["Python"],
              inDemand: [{ onetCode: "15-1254.00", onetTitle: "Web Developers", technologies: ["Python"] }],
              highlights: [],
              onetSourceId: "onet",
            },
          },
          {
            slug: "ruby",
            name: "Ruby",
            description: "",
            importance: "useful",
            level: "entry",
            sourceId: "onet",
            marks: { hotTechnologies: ["Ruby"], inDemand: [], highlights: [], onetSourceId: "onet" },
          },
          {
            slug: "bash",
            name: "Bash",
            description: "",
            importance: "useful",
            level: "entry",
            sourceId: "editorial",
            marks: { hotTechnologies: [], inDemand: [], highlights: [], onetSourceId: null },
          },
        ],
      },
      {
        kind: "ai_data",
        skills: [
          {
            slug: "ai-integration",
            name: "AI integration",
            description: "",
            importance: "useful",
            level: "mid",
            sourceId: "editorial",
            marks: { hotTechnologies: [], inDemand: [], highlights: [{ evidence: "AI skills", sourceId: "article" }], onetSourceId: null },
          },
        ],
      },
    ],
    industries: [],
    charts: {
      employment: [],
      growth: [
        {
          label: "Web developers (this role)",
          socCode: "15-1254",
          occupationTitle: "Web developers",
          kind: "detailed",
          isRoleOccupation: true,
          changePercent: 7.5,
          percentDecimals: 1,
          employmentBase: 86000,
          employmentProjected: 92500,
          isDerived: false,
          vintage: "2024-34",
          sourceId: "bls",
        },
        {
          label: "Web developers and digital designers (OOH group)",
          socCode: "15-1254+15-1255",
          occupationTitle: "Web developers and digital designers",
          kind: "group",
          isRoleOccupation: false,
          changePercent: 7,
          percentDecimals: 0,
          employmentBase: 1,
          employmentProjected: 1,
          isDerived: false,
          vintage: "2024-34",
          sourceId: "bls",
        },
        {
          label: "All occupations",
          socCode: "00-0000",
          occupationTitle: "Total, all occupations",
          kind: "total",
          isRoleOccupation: false,
          changePercent: 3.1,
          percentDecimals: 1,
          employmentBase: 1,
          employmentProjected: 1,
          isDerived: false,
          vintage: "2024-34",
          sourceId: "bls",
        },
      ],
      vintages: [
        {
          label: "2022–32",
          vintage: "2022-32",
          baseYear: 2022,
          targetYear: 2032,
          changePercent: 17,
          employmentBase: 98800,
          employmentProjected: 115500,
          isSelected: false,
          sourceId: "bls-2022",
        },
        {
          label: "2024–34",
          vintage: "2024-34",
          baseYear: 2024,
          targetYear: 2034,
          changePercent: 7.5,
          employmentBase: 86000,
          employmentProjected: 92500,
          isSelected: true,
          sourceId: "bls",
        },
      ],
    },
    aiImpact: {
      official: [
        note("official", "How to read the BLS table.", { aspect: "method_caveat" }),
        note("official", "BLS expects web developers' share to rise.", { asOf: "2023-09-06" }),
      ],
      research: [note("research", "Web developers score high on exposure.", { aspect: "exposure" })],
      editorial: [note("editorial", "AI will take over routine coding.", { scope: "role" })],
      exposure: {
        onetCode: "15-1254.00",
        onetTitle: "Web Developers",
        sourceId: "eloundou",
        rows: [
          { measure: "alpha", gpt4: 0.8653846, human: 0.3076923 },
          { measure: "beta", gpt4: 0.9326923, human: 0.6346153 },
          { measure: "gamma", gpt4: 1, human: 0.9615384 },
        ],
      },
    },
    progression: {
      leadsTo: [
        {
          slug: "lead-developer",
          title: "Lead Developer",
          track: "technical",
          typicalYearsMin: 4,
          typicalYearsMax: 8,
          skillsGained: ["Mentoring"],
          sourceId: "editorial",
          note: null,
        },
        {
          slug: "full-stack-developer",
          title: "Full-Stack Developer",
          track: "technical",
          typicalYearsMin: 2,
          typicalYearsMax: 4,
          skillsGained: ["React"],
          sourceId: "editorial",
          note: null,
        },
      ],
      comesFrom: [],
    },
    discussionQuestions: [
      { position: 1, text: "What is an API?", detail: null, sourceId: "article" },
      { position: 2, text: "Why do AI apps need a back end?", detail: null, sourceId: "article" },
    ],
    sources: [
      source("onet", "30.1 (December 2025)"),
      source("bls", "2024-34"),
      source("bls-2022", "2022-32"),
      source("editorial"),
      source("article"),
      source("bls-table", "2024-34"),
      source("eloundou", "arXiv v5 (August 2023)"),
      source("never-cited"),
      source("onet-bands", "2024–2034"),
      source("oews", "May 2024"),
    ],
    ...overrides,
  };
}

const allOccupations = {
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
};

const roleDeck = (overrides: Partial<RoleProfile> = {}) =>
  buildRoleDeck({ profile: profileFixture(overrides), allOccupations, dataAsOf: "2026-11-21T08:30:00.000Z" });

const slideOf = (deck: Deck, topic: Slide["topic"]) => {
  const slide = deck.slides.find((s) => s.topic === topic);
  if (!slide) throw new Error(`no ${topic} slide`);
  return slide;
};

/** Everything a slide shows as text (not its notes or footer). */
const slideText = (slide: Slide) => JSON.stringify([slide.title, slide.caveat, slide.body]);

describe("keys and the slide counter", () => {
  it("maps arrows, Page Up/Down (clickers), space / shift+space, Home and End; the browser keeps Ctrl/Alt/Meta combinations", () => {
    // If this failed, a presentation clicker (which sends Page Up / Page Down) or the space bar would not move the slides.
    expect(["ArrowRight", "ArrowDown", "PageDown", " "].map((key) => slideCommandForKey({ key }))).toEqual([
      "next",
      "next",
      "next",
      "next",
    ]);
    expect(["ArrowLeft", "ArrowUp", "PageUp"].map((key) => slideCommandForKey({ key }))).toEqual(["previous", "previous", "previous"]);
    expect(slideCommandForKey({ key: " ", shiftKey: true })).toBe("previous");
    expect(slideCommandForKey({ key: "Home" })).toBe("first");
    expect(slideCommandForKey({ key: "End" })).toBe("last");
    expect(slideCommandForKey({ key: "ArrowRight", altKey: true })).toBeNull();
    expect(slideCommandForKey({ key: "ArrowLeft", metaKey: true })).toBeNull();
    expect(slideCommandForKey({ key: "Home", ctrlKey: true })).toBeNull();
    expect(slideCommandForKey({ key: "a" })).toBeNull();
  });

  it("stops at the first and last slide instead of wrapping", () => {
    expect(applySlideCommand(0, 12, "previous")).toBe(0);
    expect(applySlideCommand(11, 12, "next")).toBe(11);
    expect(applySlideCommand(4, 12, "next")).toBe(5);
    expect(applySlideCommand(4, 12, "previous")).toBe(3);
    expect(applySlideCommand(4, 12, "first")).toBe(0);
    expect(applySlideCommand(4, 12, "last")).toBe(11);
  });

  it("reads ?slide= as 1-based and shows the last slide for a number past the end (a deck can shrink after a data load)", () => {
    expect(slideIndexFromParam(undefined, 12)).toBe(0);
    expect(slideIndexFromParam(null, 12)).toBe(0);
    expect(slideIndexFromParam("3", 12)).toBe(2);
    expect(slideIndexFromParam(3, 12)).toBe(2);
    expect(slideIndexFromParam(40, 12)).toBe(11);
    expect(slideIndexFromParam("0", 12)).toBe(0);
    expect(slideIndexFromParam("abc", 12)).toBe(0);
  });

  it("writes the presenter's address the way the profile and compare pages link to it", () => {
    const latest = { vintage: "2024-34", latestVintage: "2024-34" };
    expect(presentHref({ slugs: ["back-end-developer"], ...latest })).toBe("/present?role=back-end-developer");
    expect(presentHref({ slugs: ["a", "b"], vintage: "2022-32", latestVintage: "2024-34" }, { slide: 3, notes: true })).toBe(
      "/present?roles=a,b&vintage=2022-32&slide=3&notes=1",
    );
    expect(presentHref({ slugs: ["a"], ...latest }, { path: "/present/notes", slide: 1 })).toBe("/present/notes?role=a");
  });

  it("keeps a deck's data pin in every address it writes (slides, notes toggle, notes window), after the vintage", () => {
    // A pinned deck whose links dropped `data=` would switch to the current figures in the middle of a class.
    const pinned = { slugs: ["a", "b"], vintage: "2022-32", latestVintage: "2024-34", dataVersion: "v3-1a2b3c4d" };
    expect(presentHref(pinned)).toBe("/present?roles=a,b&vintage=2022-32&data=v3-1a2b3c4d");
    expect(presentHref(pinned, { slide: 4, notes: true })).toBe("/present?roles=a,b&vintage=2022-32&data=v3-1a2b3c4d&slide=4&notes=1");
    expect(presentHref({ ...pinned, slugs: ["a"], vintage: "2024-34" }, { path: "/present/notes", slide: 2 })).toBe(
      "/present/notes?role=a&data=v3-1a2b3c4d&slide=2",
    );
    expect(presentHref({ ...pinned, dataVersion: undefined })).toBe("/present?roles=a,b&vintage=2022-32");
  });

  it("does not repeat in the data year a release the source's name already gives", () => {
    // The footer read "O*NET 30.1 Database (30.1 (December 2025))".
    expect(withoutNamedRelease("National Center for O*NET Development, O*NET 30.1 Database", "30.1 (December 2025)")).toBe("December 2025");
    const onet = { ...source("onet", "30.1 (December 2025)"), title: "O*NET 30.1 Database (Occupation Data, Job Zones)" };
    expect(citer([onet])("onet", sourceVintage)).toEqual({
      sourceId: "onet",
      label: "Publisher of onet, O*NET 30.1 Database",
      dataYear: "December 2025",
    });
    // Kept where the name does not give the release, or the data year is not "release (date)".
    expect(withoutNamedRelease("National Center for O*NET Development, O*NET OnLine", "30.1 (December 2025)")).toBe("30.1 (December 2025)");
    expect(withoutNamedRelease("Eloundou et al., GPTs are GPTs, arXiv", "arXiv v5 (August 2023)")).toBe("arXiv v5 (August 2023)");
    expect(withoutNamedRelease("Employment Projections 2024-34", "2024–34 release; pay May 2024")).toBe("2024–34 release; pay May 2024");
  });

  it("merges a slide's citations by source, listing each data year once even when one names several", () => {
    const merged = mergeCitations([
      { sourceId: "bls", label: "BLS", dataYear: "2024–34 release; pay May 2024" },
      { sourceId: "onet", label: "O*NET", dataYear: "30.1 (December 2025)" },
      { sourceId: "bls", label: "BLS", dataYear: "2024–34 release; pay May 2024" },
      { sourceId: "bls", label: "BLS", dataYear: "2024–34 release; pay May 2023" },
    ]);
    expect(merged).toEqual([
      { sourceId: "bls", label: "BLS", dataYear: "2024–34 release; pay May 2024; pay May 2023" },
      { sourceId: "onet", label: "O*NET", dataYear: "30.1 (December 2025)" },
    ]);
  });

  it("writes an explorer list's presenter address with the explorer's own parameters, and one channel per list", () => {
    const latest = { slugs: [], vintage: "2024-34", latestVintage: "2024-34" };
    const skills = { ...latest, explorer: { kind: "skills" as const, have: ["C++", "SQL", "Microsoft Excel"], scope: "all" as const } };
    const href = presentHref(skills, { slide: 2 });
    expect(href).toBe("/present?explore=skills&have=C%2B%2B&have=SQL&have=Microsoft%20Excel&scope=all&slide=2");
    // What the page reads back is what was written: the names in order, the scope.
    const params = new URL(href, "http://localhost").searchParams;
    expect(params.getAll("have")).toEqual(["C++", "SQL", "Microsoft Excel"]);
    expect(params.get("scope")).toBe("all");
    expect(presentHref({ ...skills, explorer: { ...skills.explorer, scope: "tech" } })).toBe(
      "/present?explore=skills&have=C%2B%2B&have=SQL&have=Microsoft%20Excel",
    );
    const interests = {
      ...latest,
      explorer: { kind: "interests" as const, like: ["investigative", "social"] },
      dataVersion: "v3-1a2b3c4d",
    };
    expect(presentHref(interests, { path: "/present/notes" })).toBe(
      "/present/notes?explore=interests&like=investigative&like=social&data=v3-1a2b3c4d",
    );
    expect(deckAddress({ slugs: [], vintage: "2024-34", explorer: interests.explorer }, "2024-34").explorer).toEqual(interests.explorer);
    // Two lists never share a notes channel; a role deck's channel is unchanged by the explorer's.
    expect(deckChannelName(skills)).not.toBe(deckChannelName({ ...skills, explorer: { ...skills.explorer, have: ["C++"] } }));
    expect(deckChannelName(interests)).toBe("career-atlas-present:explore=interests&like=investigative&like=social:2024-34:v3-1a2b3c4d");
    expect(deckChannelName({ slugs: ["a", "b"], vintage: "2024-34" })).toBe("career-atlas-present:roles=a,b:2024-34");
  });

  it("reads a deck's address from the deck: its roles, vintage and data pin", () => {
    expect(deckAddress({ slugs: ["a"], vintage: "2024-34", pinnedDataVersion: "v3-1a2b3c4d" }, "2024-34")).toEqual({
      slugs: ["a"],
      vintage: "2024-34",
      latestVintage: "2024-34",
      dataVersion: "v3-1a2b3c4d",
    });
    expect(deckAddress({ slugs: ["a"], vintage: "2024-34" }, "2024-34").dataVersion).toBeUndefined();
  });

  it("treats slide and notes changes as the same deck (no reload) and a change of role, vintage or data version as another", () => {
    const u = (s: string) => new URL(s, "http://x");
    expect(sameDeckAddress(u("/present?role=a&slide=2"), u("/present?slide=5&role=a&notes=1"))).toBe(true);
    expect(sameDeckAddress(u("/present?role=a"), u("/present?role=b"))).toBe(false);
    expect(sameDeckAddress(u("/present?role=a"), u("/present?role=a&vintage=2022-32"))).toBe(false);
    expect(sameDeckAddress(u("/present?role=a"), u("/present/notes?role=a"))).toBe(false);
    // Another data version is another deck (new figures): it must reload; moving within a pinned deck must not.
    expect(sameDeckAddress(u("/present?role=a"), u("/present?role=a&data=v3-1a2b3c4d"))).toBe(false);
    expect(sameDeckAddress(u("/present?role=a&data=v3-1a2b3c4d"), u("/present?role=a&data=v4-1a2b3c4d"))).toBe(false);
    expect(sameDeckAddress(u("/present?role=a&data=v3-1a2b3c4d&slide=2"), u("/present?role=a&slide=3&data=v3-1a2b3c4d&notes=1"))).toBe(
      true,
    );
  });
});

describe("one role's deck", () => {
  const deck = roleDeck();

  it("numbers the slides 1..N with anchors, opens with the title and ends with the sources", () => {
    expect(deck.slides.map((s) => s.number)).toEqual(deck.slides.map((_, i) => i + 1));
    expect(deck.slides.map((s) => s.id)).toEqual(deck.slides.map((_, i) => `slide-${i + 1}`));
    expect(deck.slides.map((s) => s.topic)).toEqual([
      "title",
      "what-they-do",
      "pay",
      "growth",
      "openings",
      "skills",
      "leads-to",
      "ai-impact",
      "discussion",
      "discussion",
      "sources",
    ]);
    expect(deck).toMatchObject({
      kind: "role",
      title: "Back-End Developer",
      slugs: ["back-end-developer"],
      vintage: "2024-34",
      dataAsOf: "2026-11-21T08:30:00.000Z",
    });
  });

  it("carries the profile's data pin (footers and addresses name it), and none for the current figures", () => {
    expect(deck.pinnedDataVersion).toBeUndefined();
    expect(roleDeck({ pinnedDataVersion: "v3-1a2b3c4d" }).pinnedDataVersion).toBe("v3-1a2b3c4d");
  });

  it("gives every slide a citation with a data year and talking points (the footer and notes are never empty)", () => {
    for (const slide of deck.slides) {
      expect(slide.citations.length, slide.title).toBeGreaterThan(0);
      for (const c of slide.citations) expect(c.dataYear.length, `${slide.title}: ${c.sourceId}`).toBeGreaterThan(0);
      expect(slide.notes.length, slide.title).toBeGreaterThan(0);
    }
    expect(slideOf(deck, "pay").citations).toEqual([
      { sourceId: "bls", label: "Publisher of bls, Title of bls", dataYear: "2024–34 release; pay May 2024" },
      { sourceId: "oews", label: "Publisher of oews, Title of oews", dataYear: "May 2024, percentiles" },
    ]);
  });

  it("shows pay as published with its May year and 10th–90th percentile, next to the all-occupations median", () => {
    const pay = slideOf(deck, "pay");
    expect(pay.body).toMatchObject({
      kind: "figures",
      figures: [
        { label: "Median annual pay, May 2024", value: "$90,930", detail: "10th–90th percentile: $48,560 to $162,870" },
        { label: "All occupations, May 2024", value: "$49,500" },
      ],
      takeaway: "Pay of all web developers, not only back-end developers. The 10th percentile is not a starting salary.",
    });
    expect(pay.notes.join(" ")).toContain("A tenth of all web developers earn less than the first figure");
  });

  it("shows a top-coded 90th percentile as OEWS publishes it, never as a number, and no spread without percentiles", () => {
    const topCoded = { ...webDeveloperPay, annual: { ...webDeveloperPay.annual, p90: null }, topCoded: [90], topCodeAnnual: 239200 };
    const pay = slideOf(roleDeck({ quickFacts: { ...profileFixture().quickFacts, pay: topCoded } }), "pay");
    if (pay.body.kind !== "figures") throw new Error("figures");
    expect(pay.body.figures[0]!.detail).toBe("10th–90th percentile: $48,560 to $239,200 or more");
    const none = slideOf(roleDeck({ quickFacts: { ...profileFixture().quickFacts, pay: null } }), "pay");
    if (none.body.kind !== "figures") throw new Error("figures");
    expect(none.body.figures[0]!.detail).toBe("Web developers");
    expect(slideText(none)).not.toMatch(/percentile/);
  });

  it("shows the period's published verbal band verbatim beside the percent, citing it, when the period has one", () => {
    const growth = slideOf(roleDeck({ quickFacts: { ...profileFixture().quickFacts, growthBand: muchFaster } }), "growth");
    if (growth.body.kind !== "figures") throw new Error("figures");
    expect(growth.body.figures[0]).toEqual({
      label: "Projected change in jobs, 2024–34",
      value: "+7.5%",
      detail: "Much faster than average (7% or higher) · Web developers",
    });
    expect(growth.citations).toContainEqual({
      sourceId: "onet-bands",
      label: "Publisher of onet-bands, Title of onet-bands",
      dataYear: "growth band, 2024–34",
    });
    expect(growth.notes.join(" ")).toContain("“Much faster than average (7% or higher)” is the verbal band published for 2024–34");
  });

  it("compares growth with the all-occupations rate of the same vintage, and shows no verbal band for a period without one", () => {
    const growth = slideOf(deck, "growth");
    expect(growth.title).toBe("Growth, 2024–34");
    expect(growth.body).toMatchObject({ kind: "figures", takeaway: "About 2.4 times the all-occupations rate of +3.1% (2024–34)." });
    expect(slideText(growth)).not.toMatch(/faster than (the )?average/i);
    // The OOH group row keeps the whole percent BLS publishes for it.
    if (growth.body.kind !== "figures") throw new Error("figures");
    expect(growth.body.charts[0]!.rows.map((r) => [r.text, r.emphasis])).toEqual([
      ["+7.5%", true],
      ["+7%", false],
      ["+3.1%", false],
    ]);
    // The article's "16%, much faster than average" is a talking point, quoted, with the note that it is a group figure of an older vintage.
    expect(growth.notes.join(" ")).toContain("That is the 2022-32 group figure.");
    expect(growth.notes.join(" ")).toContain("+17.0% in 2022–32");
  });

  it("marks a group Career Atlas summed, on its bar and beside the citation, as the profile does; a published group stays unmarked", () => {
    // What would break: the slide showed "Web developers and digital designers (OOH group) +7.2%", a sum Career Atlas
    // made of two BLS lines, under the BLS citation alone, while the profile's chart marks it "(summed by Career Atlas)".
    const charts = profileFixture().charts;
    const growthRows = charts.growth.map((r) =>
      r.kind === "group" ? { ...r, changePercent: 7.2, percentDecimals: 1 as const, isDerived: true } : r,
    );
    const summed = slideOf(roleDeck({ charts: { ...charts, growth: growthRows } }), "growth");
    if (summed.body.kind !== "figures") throw new Error("figures");
    expect(summed.body.charts[0]!.rows.map((r) => [r.label, r.text])).toEqual([
      ["Web developers", "+7.5%"],
      ["Web developers and digital designers (OOH group) (summed by Career Atlas)", "+7.2%"],
      ["All occupations", "+3.1%"],
    ]);
    expect(summed.citations).toContainEqual({
      sourceId: "bls",
      label: "Publisher of bls, Title of bls",
      dataYear: "2024–34; a group marked as a sum was added up by Career Atlas from published lines",
    });
    expect(summed.notes.join(" ")).toContain(
      "Web developers and digital designers (15-1254+15-1255) is not a BLS table row: Career Atlas added up the published lines it covers",
    );

    const published = slideOf(deck, "growth");
    expect(JSON.stringify([published.body, published.citations, published.notes])).not.toMatch(/summed|added up by Career Atlas/);
  });

  it("sets openings against growth, the common misconception, in the slide and the notes", () => {
    const openings = slideOf(deck, "openings");
    expect(openings.body).toMatchObject({
      kind: "figures",
      figures: [
        { label: "Jobs in 2024", value: "86,000" },
        { label: "New jobs, 2024–34", value: "+6,500" },
        { label: "Openings each year, 2024–34 average", value: "5,400" },
      ],
      takeaway:
        "5,400 openings every year, against +6,500 new jobs over all 10 years: most openings come from workers who retire or change occupations.",
    });
    expect(openings.notes.join(" ")).toMatch(/fastest-growing occupation is not always the one with the most openings/);
    // The openings are the whole occupation's, which the slide says beside them.
    expect(openings.caveat).toBe("Openings of all web developers, not only back-end developers.");
  });

  it("says on the figure slides that roles sharing the occupation show the same numbers", () => {
    for (const topic of ["pay", "growth"] as const) {
      expect(slideOf(deck, topic).caveat).toBe(
        "Figures for the whole occupation Web developers (SOC 15-1254): Front-End Developer and Web Developer show the same numbers.",
      );
    }
    expect(slideOf(deck, "title").notes.join(" ")).toMatch(/BLS counts occupations, not job titles/);
  });

  it("ranks O*NET in-demand skills first, marks them in words, and keeps the articles' highlights apart", () => {
    const skills = slideOf(deck, "skills");
    expect(skills.body).toMatchObject({
      kind: "skills",
      skills: [
        { name: "Python", marks: ["In demand", "O*NET Hot Technology", "Core"] },
        { name: "Ruby", marks: ["O*NET Hot Technology", "Useful"] },
      ],
      takeaway: "The role's articles single out AI integration as skills to watch.",
    });
    expect(skills.citations.map((c) => c.sourceId)).toEqual(["onet", "article"]);
  });

  it("lists where the role leads, soonest first, with the years as an editorial estimate", () => {
    const leads = slideOf(deck, "leads-to");
    expect(leads.body).toMatchObject({
      kind: "list",
      items: ["Full-Stack Developer: 2–4 years (technical track)", "Lead Developer: 4–8 years (technical track)"],
    });
    expect(leads.citations).toEqual([
      { sourceId: "editorial", label: "Publisher of editorial, Title of editorial", dataYear: "editorial estimate, not dated" },
    ]);
  });

  it("keeps the three AI layers in separate columns, exposure scores to two decimals, and says exposure is not job loss", () => {
    const ai = slideOf(deck, "ai-impact");
    expect(ai.caveat).toMatch(/not a forecast of job loss/);
    if (ai.body.kind !== "columns") throw new Error("columns");
    expect(ai.body.columns.map((c) => c.heading)).toEqual(["Official statements (BLS)", "Research: exposure to AI", "Editorial notes"]);
    // A finding is shown before a method caveat; the caveat stays in the notes.
    expect(ai.body.columns[0]!.items).toEqual(["BLS expects web developers' share to rise."]);
    expect(ai.body.columns[1]!.figures.map((f) => f.value)).toEqual(["0.93", "0.63"]);
    expect(ai.body.columns[2]!.items).toEqual(["AI will take over routine coding."]);
    expect(ai.notes.join(" ")).toMatch(/does not mean "will lose their jobs"/);
    expect(ai.notes.join(" ")).toContain("How to read the BLS table.");
    expect(ai.citations.map((c) => [c.sourceId, c.dataYear])).toEqual([
      ["bls-table", "as of September 6, 2023"],
      ["eloundou", "arXiv v5 (August 2023)"],
      ["article", "as of August 28, 2025"],
    ]);
  });

  it("leaves out the AI slide of a role with nothing in any layer, rather than three empty columns citing nothing", () => {
    const none = roleDeck({ aiImpact: { official: [], research: [], editorial: [], exposure: null } });
    expect(none.slides.map((s) => s.topic)).not.toContain("ai-impact");
    for (const slide of none.slides) expect(slide.citations.length, slide.title).toBeGreaterThan(0);
    // One layer is enough to keep it, the others saying they have nothing.
    const editorialOnly = roleDeck({
      aiImpact: { official: [], research: [], editorial: [note("editorial", "AI will take over routine coding.")], exposure: null },
    });
    expect(slideOf(editorialOnly, "ai-impact").citations.map((c) => c.sourceId)).toEqual(["article"]);
  });

  it("gives each discussion question its own slide", () => {
    const questions = deck.slides.filter((s) => s.topic === "discussion");
    expect(questions.map((s) => [s.title, s.body])).toEqual([
      ["Discussion 1 of 2", { kind: "question", label: "Back-End Developer", question: "What is an API?" }],
      ["Discussion 2 of 2", { kind: "question", label: "Back-End Developer", question: "Why do AI apps need a back end?" }],
    ]);
  });

  it("lists only the sources the slides cite, in order of first use", () => {
    const sources = slideOf(deck, "sources");
    if (sources.body.kind !== "sources") throw new Error("sources");
    // "never-cited" and "bls-2022" (only named in the notes) are not on the slides.
    expect(sources.body.sources.map((s) => s.id)).toEqual(["onet", "bls", "editorial", "oews", "article", "bls-table", "eloundou"]);
  });

  // Issue 15 (slides): a four-role deck cites ~3,950 characters of sources, which its one sources slide set at 12 px
  // on a 1024×768 projector.
  it("goes on to more sources slides, shared out evenly and numbered on, when the sources are long", () => {
    const long = (id: string, length: number): SourceCitation => ({ ...source(id), attribution: "x".repeat(length) });
    const sizes = [800, 500, 600, 400, 700, 300].map((n, i) => long(`s${i}`, n));
    // 3,300 characters of attribution (and ~40 of credit and licence each) is two slides of about 1,800, not one of
    // 2,200 and one of 1,300.
    expect(sourcePages(sizes).map((p) => p.map((s) => s.id))).toEqual([
      ["s0", "s1", "s2"],
      ["s3", "s4", "s5"],
    ]);
    // No slide over the limit where another slide would do: 3,900 characters that two even slides cannot hold without
    // one of ~2,300 go on three.
    const characters = (page: SourceCitation[]) => page.reduce((n, s) => n + s.attribution.length + 41, 0);
    for (const lengths of [
      [800, 800, 700, 800, 800],
      [1000, 1300, 1000],
      [900, 600, 700, 500, 800, 400],
    ]) {
      const pages = sourcePages(lengths.map((n, i) => long(`s${i}`, n)));
      expect(pages.flat()).toHaveLength(lengths.length);
      for (const page of pages) expect(characters(page), `${lengths}`).toBeLessThanOrEqual(SOURCES_SLIDE_CHARACTERS);
    }
    expect(sourcePages([long("a", SOURCES_SLIDE_CHARACTERS * 2), long("b", 10)]).map((p) => p.length)).toEqual([1, 1]);
    expect(sourcePages([])).toEqual([[]]);

    // The deck's seven cited sources at ~650 characters each: three slides, the last one last in the deck.
    const deck = roleDeck({ sources: profileFixture().sources.map((s) => ({ ...s, attribution: "x".repeat(600) })) });
    const sourceSlides = deck.slides.filter((s) => s.topic === "sources");
    expect(sourceSlides.map((s) => s.title)).toEqual(["Sources (1 of 3)", "Sources (2 of 3)", "Sources (3 of 3)"]);
    expect(deck.slides.at(-1)).toBe(sourceSlides[2]);
    const bodies = sourceSlides.map((s) => (s.body.kind === "sources" ? s.body : null)!);
    expect(bodies.flatMap((b) => b.sources.map((x) => x.id))).toEqual([
      "onet",
      "bls",
      "editorial",
      "oews",
      "article",
      "bls-table",
      "eloundou",
    ]);
    expect(bodies.map((b) => b.start)).toEqual([
      1,
      1 + bodies[0]!.sources.length,
      1 + bodies[0]!.sources.length + bodies[1]!.sources.length,
    ]);
    expect(sourceSlides[1]!.notes).toEqual([`The sources, continued from number ${bodies[1]!.start}.`]);
    expect(
      roleDeck()
        .slides.filter((s) => s.topic === "sources")
        .map((s) => s.title),
    ).toEqual(["Sources"]);
  });

  it("leaves out the figure slides when BLS publishes no projection for the vintage", () => {
    const without = roleDeck({ quickFacts: { ...profileFixture().quickFacts, projection: null, comparison: null } });
    expect(without.slides.map((s) => s.topic)).not.toContain("pay");
    expect(without.slides.map((s) => s.topic)).not.toContain("openings");
  });

  it("shows how people reach a top rung when it leads nowhere, and drops the slide when neither exists", () => {
    const top = roleDeck({ progression: { leadsTo: [], comesFrom: profileFixture().progression.leadsTo } });
    expect(slideOf(top, "leads-to").title).toBe("How people get here");
    const none = roleDeck({ progression: { leadsTo: [], comesFrom: [] } });
    expect(none.slides.some((s) => s.topic === "leads-to")).toBe(false);
  });

  it("marks slides with much text as dense, so they get smaller type", () => {
    const long = roleDeck({ role: { ...profileFixture().role, whatTheyDo: Array.from({ length: 4 }, () => "x".repeat(200)) } });
    expect(slideOf(long, "what-they-do").dense).toBe(true);
    expect(slideCharacters(slideOf(long, "what-they-do"))).toBeGreaterThan(DENSE_SLIDE_CHARACTERS);
    expect(slideOf(deck, "pay").dense).toBe(false);
  });
});

describe("openings and growth sentences", () => {
  it("says most openings replace leavers only when a year's openings times the years exceed twice the new jobs", () => {
    expect(openingsSentence(5400, 6500, 10)).toMatch(/most openings come from workers who retire or change occupations/);
    expect(openingsSentence(1000, 8000, 10)).toMatch(/growth is a large part of the openings/);
    expect(openingsSentence(6600, -8000, 10)).toMatch(/Jobs are projected to shrink, yet there are 6,600 openings a year/);
    expect(openingsSentence(null, 6500, 10)).toBeNull();
    expect(openingsSentence(5400, null, 10)).toBeNull();
  });

  it("names the pair where the faster-growing occupation has fewer openings, and treats shared occupations as one", () => {
    const role = (title: string, soc: string, changePercent: number, annualOpenings: number | null) => ({
      title,
      occupation: { socCode: soc },
      projection: { changePercent, annualOpenings },
    });
    expect(
      openingsComparisonSentence([role("Data Scientist", "15-2051", 33.5, 23400), role("Software Engineer", "15-1252", 15.8, 129200)]),
    ).toBe(
      "Data Scientist grows faster (+33.5%) than Software Engineer (+15.8%), but Software Engineer has more openings each year (129,200 against 23,400).",
    );
    expect(openingsComparisonSentence([role("A", "1", 10, 100), role("B", "2", 5, 50)])).toMatch(
      /^Here the faster-growing roles also have more openings each year, but that is not a rule/,
    );
    expect(openingsComparisonSentence([role("Back-End", "15-1254", 7.5, 5400), role("Front-End", "15-1254", 7.5, 5400)])).toMatch(
      /share one occupation/,
    );
    expect(openingsComparisonSentence([role("A", "1", 10, null), role("B", "2", 5, 50)])).toBeNull();
  });

  it("words each growth relation as the profile does", () => {
    const c = (relation: "multiple" | "close" | "below" | "decline", ratio: number | null = null) => ({
      relation,
      ratio,
      allOccupationsPercent: 3.1,
    });
    // On a slide the period is named in brackets; under a heading that names it, not at all; on the profile, "the same period".
    expect(growthSentence(c("multiple", 5.1), { period: "2024–34" })).toBe("About 5.1 times the all-occupations rate of +3.1% (2024–34).");
    expect(growthSentence(c("close"), "none")).toBe("Close to the all-occupations rate of +3.1%.");
    expect(growthSentence(c("below"), { period: "2024–34" })).toBe("Below the all-occupations rate of +3.1% (2024–34).");
    expect(growthSentence(c("decline"), { period: "2024–34" })).toBe(
      "A decline, while employment across all occupations changes by +3.1% (2024–34).",
    );
    expect(growthSentence(c("multiple", 5.1), "same")).toBe("About 5.1 times the all-occupations rate of +3.1% for the same period.");
    expect(growthSentence(c("decline"), "same")).toBe(
      "A decline, while employment across all occupations changes by +3.1% over the same period.",
    );
  });
});

describe("a comparison deck", () => {
  const comparison: PricedRoleComparison = {
    vintage: "2024-34",
    roles: [
      compared(
        "data-scientist",
        "Data Scientist",
        "15-2051",
        33.5,
        23400,
        112590,
        {
          official: [note("official", "BLS expects data scientists' share to rise.")],
          editorial: [note("editorial", "Data scientists will spend less time cleaning data.", { scope: "role" })],
        },
        { ...webDeveloperPay, annual: { p10: 63650, p25: 83000, median: 112590, p75: 150000, p90: 194410 } },
      ),
      compared("software-engineer", "Software Engineer", "15-1252", 15.8, 129200, 133080, {
        exposure: {
          onetCode: "15-1252.00",
          onetTitle: "Software Developers",
          sourceId: "eloundou",
          rows: [
            { measure: "beta", gpt4: 0.8, human: 0.5 },
            { measure: "alpha", gpt4: 0.5, human: 0.2 },
            { measure: "gamma", gpt4: 1, human: 0.9 },
          ],
        },
      }),
    ],
    allOccupations,
    sharedOccupations: [],
    skills: { overlaps: [], sharedByAll: [], sharedBySome: [], onlyIn: [[], []] },
    hotSkillsInCommon: [
      {
        slug: "python",
        name: "Python",
        kind: "language",
        hotTechnology: true,
        inDemandFor: [{ onetCode: "15-2051.00", onetTitle: "Data Scientists" }],
        byRole: ["core", "core"],
        roleCount: 2,
        onetSourceId: "onet",
      },
    ],
    economyAiNotes: { official: [], research: [], editorial: [] },
    industriesInCommon: [],
    destinationsInCommon: [{ slug: "lead-developer", title: "Lead Developer", fromSlugs: ["data-scientist", "software-engineer"] }],
    sources: [
      source("onet", "30.1 (December 2025)"),
      source("bls", "2024-34"),
      source("editorial"),
      source("bls-table", "2024-34"),
      source("eloundou", "arXiv v5 (August 2023)"),
      source("onet-bands", "2024–2034"),
      source("oews", "May 2024"),
      source("article"),
    ],
  };
  const deck = buildComparisonDeck({
    comparison,
    questions: [
      { roleSlug: "software-engineer", position: 2, text: "Second question?", sourceId: "editorial" },
      { roleSlug: "software-engineer", position: 1, text: "First question?", sourceId: "editorial" },
    ],
    questionSources: [source("editorial")],
    dataAsOf: "2026-11-21T08:30:00.000Z",
  });

  it("carries the comparison's data pin, and none for the current figures", () => {
    expect(deck.pinnedDataVersion).toBeUndefined();
    const pinned = buildComparisonDeck({
      comparison: { ...comparison, pinnedDataVersion: "v3-1a2b3c4d" },
      questions: [],
      questionSources: [],
      dataAsOf: "2026-09-01T08:30:00.000Z",
    });
    expect(pinned).toMatchObject({ pinnedDataVersion: "v3-1a2b3c4d", dataAsOf: "2026-09-01T08:30:00.000Z" });
  });

  it("covers the same topics with the roles side by side, AI in three separate slides", () => {
    expect(deck.title).toBe("Data Scientist vs Software Engineer");
    expect(deck.slides.map((s) => s.topic)).toEqual([
      "title",
      "what-they-do",
      "pay",
      "growth",
      "openings",
      "skills",
      "leads-to",
      "ai-official",
      "ai-research",
      "ai-editorial",
      "discussion",
      "sources",
    ]);
  });

  it("shows one figure per role on the pay and growth slides, with the all-occupations reference", () => {
    expect(slideOf(deck, "pay").body).toMatchObject({
      figures: [
        { label: "Data Scientist", value: "$112,590" },
        { label: "Software Engineer", value: "$133,080" },
      ],
    });
    const growth = slideOf(deck, "growth");
    if (growth.body.kind !== "figures") throw new Error("figures");
    expect(growth.body.charts[0]!.rows.map((r) => `${r.label} ${r.text}`)).toEqual([
      "Data Scientist +33.5%",
      "Software Engineer +15.8%",
      "All occupations +3.1%",
    ]);
    // Whose growth it is, then each role's published band, word for word, before the comparison with all occupations;
    // the footer cites the band once.
    const sentence = growthSentence({ allOccupationsPercent: 3.1, relation: "multiple", ratio: 2 }, "none");
    expect(growth.body.figures.map((f) => f.detail)).toEqual([
      `Growth of all data Scientist occupation, not only data scientists · Much faster than average (7% or higher) · ${sentence}`,
      `Growth of all software Engineer occupation, not only software engineers · Much faster than average (7% or higher) · ${sentence}`,
    ]);
    // The openings slide's bars name roles only: the slide says whose figures they are.
    expect(slideOf(deck, "openings").caveat).toBe(OPENINGS_SCOPE);
    expect(growth.citations.filter((c) => c.sourceId === "onet-bands")).toEqual([
      { sourceId: "onet-bands", label: "Publisher of onet-bands, Title of onet-bands", dataYear: "growth band, 2024–34" },
    ]);
  });

  it("says under each median whose pay it is and its 10th–90th percentile spread, never a starting salary", () => {
    // The occupations these roles are filed under, as BLS titles them.
    const occupationTitles: Record<string, string> = { "data-scientist": "Data scientists", "software-engineer": "Software developers" };
    const filed = buildComparisonDeck({
      comparison: {
        ...comparison,
        roles: comparison.roles.map((r) => ({ ...r, occupation: { ...r.occupation, title: occupationTitles[r.slug]! } })),
      },
      questions: [],
      questionSources: [],
      dataAsOf: "2026-11-21T08:30:00.000Z",
    });
    const pay = slideOf(filed, "pay");
    if (pay.body.kind !== "figures") throw new Error("figures");
    expect(pay.body.figures.map((f) => f.detail)).toEqual([
      "Pay of all data scientists, at every level of experience. 10th–90th percentile: $63,650 to $194,410 (May 2024).",
      // No percentiles loaded for its median's survey: whose pay it is, and no spread.
      "Pay of all software developers, not only software engineers.",
    ]);
    expect(pay.body.takeaway).toBe("All occupations: $49,500 (May 2024). The 10th percentile is not a starting salary.");
    expect(pay.citations).toContainEqual({
      sourceId: "oews",
      label: "Publisher of oews, Title of oews",
      dataYear: "May 2024, percentiles",
    });
    expect(pay.notes.join(" ")).toContain("Data Scientist (Data scientists): $63,650 to $194,410 (May 2024).");
    expect(JSON.stringify(pay)).not.toMatch(/starting salary of|starts at|entry-level pay/i);
    // Without any spread, the takeaway is the all-occupations median alone.
    const bare = buildComparisonDeck({
      comparison: { ...comparison, roles: comparison.roles.map((r) => ({ ...r, pay: null })) },
      questions: [],
      questionSources: [],
      dataAsOf: "2026-11-21T08:30:00.000Z",
    });
    expect(slideOf(bare, "pay").body).toMatchObject({ takeaway: "All occupations: $49,500 (May 2024)." });
  });

  it("draws growth and openings side by side and names the misconception", () => {
    const openings = slideOf(deck, "openings");
    if (openings.body.kind !== "figures") throw new Error("figures");
    expect(openings.body.charts.map((c) => c.rows.map((r) => r.text))).toEqual([
      ["+33.5%", "+15.8%"],
      ["23,400", "129,200"],
    ]);
    expect(openings.body.takeaway).toMatch(/^Data Scientist grows faster .* but Software Engineer has more openings each year/);
  });

  it("keeps each AI layer on its own slide, with a column per role and an honest empty state", () => {
    const official = slideOf(deck, "ai-official");
    if (official.body.kind !== "columns") throw new Error("columns");
    expect(official.body.columns.map((c) => c.items)).toEqual([
      ["BLS expects data scientists' share to rise."],
      ["No BLS statement on record for this occupation."],
    ]);
    const research = slideOf(deck, "ai-research");
    if (research.body.kind !== "columns") throw new Error("columns");
    expect(research.body.columns[1]!.figures.map((f) => f.value)).toEqual(["0.80", "0.50"]);
    expect(research.caveat).toMatch(/not a forecast of job loss/);
    // Only one role has editorial notes: the slide stays, says which role has none, and cites the one it shows.
    const editorial = slideOf(deck, "ai-editorial");
    if (editorial.body.kind !== "columns") throw new Error("columns");
    expect(editorial.body.columns.map((c) => c.items)).toEqual([
      ["Data scientists will spend less time cleaning data."],
      ["No editorial notes written for this role yet."],
    ]);
    expect(editorial.notes).toContain("Career Atlas has written no editorial notes yet for Software Engineer.");
    expect(editorial.citations.map((c) => c.sourceId)).toEqual(["article"]);
  });

  // A counselor's pass (2026-12-06): /present?roles=cto,network-support-specialist showed "AI impact: what career
  // articles say" holding only "No editorial notes written for this role yet." in every column, above a footer reading
  // "Source:" and nothing else. Only back-end-developer has editorial notes, so most comparisons showed it.
  it("leaves out an AI layer's slide when no compared role has anything in it, so no slide cites nothing", () => {
    const withoutEditorial = buildComparisonDeck({
      comparison: { ...comparison, roles: comparison.roles.map((r) => ({ ...r, aiImpact: { ...r.aiImpact, editorial: [] } })) },
      questions: [{ roleSlug: "software-engineer", position: 1, text: "First question?", sourceId: "editorial" }],
      questionSources: [source("editorial")],
      dataAsOf: "2026-11-21T08:30:00.000Z",
    });
    expect(withoutEditorial.slides.map((s) => s.topic)).toEqual([
      "title",
      "what-they-do",
      "pay",
      "growth",
      "openings",
      "skills",
      "leads-to",
      "ai-official",
      "ai-research",
      "discussion",
      "sources",
    ]);
    // Numbered on without a gap, so ?slide= and the counter still agree.
    expect(withoutEditorial.slides.map((s) => [s.number, s.id])).toEqual(withoutEditorial.slides.map((_, i) => [i + 1, `slide-${i + 1}`]));
    for (const slide of withoutEditorial.slides) expect(slide.citations.length, slide.title).toBeGreaterThan(0);
    expect(JSON.stringify(withoutEditorial.slides)).not.toContain("No editorial notes");

    // No layer at all: no AI slide, and the title slide does not promise AI impact.
    const noAi = buildComparisonDeck({
      comparison: {
        ...comparison,
        roles: comparison.roles.map((r) => ({ ...r, aiImpact: { official: [], research: [], editorial: [], exposure: null } })),
      },
      questions: [],
      questionSources: [],
      dataAsOf: "2026-11-21T08:30:00.000Z",
    });
    expect(noAi.slides.filter((s) => s.topic.startsWith("ai-"))).toEqual([]);
    expect(slideOf(noAi, "title").body).toMatchObject({
      lede: "Data Scientist and Software Engineer: pay, growth, openings, skills and next steps, side by side.",
    });
    expect(slideOf(deck, "title").body).toMatchObject({
      lede: "Data Scientist and Software Engineer: pay, growth, openings, skills, next steps and AI impact, side by side.",
    });
  });

  it("puts each role's questions in order on one slide, and skips roles without any", () => {
    const discussion = deck.slides.filter((s) => s.topic === "discussion");
    expect(discussion.map((s) => [s.title, s.body])).toEqual([
      ["Discussion: Software Engineer", { kind: "list", lede: null, items: ["First question?", "Second question?"], takeaway: null }],
    ]);
  });

  it("names a destination both roles lead to", () => {
    expect(slideOf(deck, "leads-to").body).toMatchObject({
      takeaway: "Data Scientist and Software Engineer can both lead to Lead Developer.",
    });
  });
});
