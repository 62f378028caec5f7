import { describe, expect, it } from "vitest";
import { normalizeTitle } from "~db/text";
import {
  OCCUPATION_ANSWER_SIMILARITY,
  OCCUPATION_SUGGESTION_SIMILARITY,
  TitleIndex,
  compareC,
  pluralStem,
  startsWordsInOrder,
  wordsAround,
  workerForms,
  type OccupationTitleRow,
  type TitleIndexRows,
} from "~/features/search/title-index";
import { similarity, trigramSet, wordSimilarity } from "~/features/search/trigrams";
import { describeOccupationMatch } from "~/features/search/search";

// What would break: the search's floors (0.5 / 0.3 for occupations, 0.3 / 0.5 and 0.15 / 0.3 for roles) were tuned on
// pg_trgm's scores; a port that scores differently changes which close spellings are answers.
describe("the pg_trgm port", () => {
  it("gives the scores PostgreSQL's documentation gives", () => {
    // https://www.postgresql.org/docs/current/pgtrgm.html: similarity 4/11, word_similarity 0.8 for these two.
    expect(similarity("word", "two words")).toBe(Math.fround(4 / 11));
    expect(wordSimilarity("word", "two words")).toBe(Math.fround(0.8));
    expect(trigramSet("cat").sort()).toEqual(["  c", " ca", "at ", "cat"]);
  });

  it("splits words on everything but letters and digits, and pads each one", () => {
    // "c++" is the word "c": the trigrams "  c" and " c ".
    expect(trigramSet("c++").sort()).toEqual(["  c", " c "]);
    expect(trigramSet("C# / .NET").sort()).toEqual(trigramSet("c net").sort());
    expect(similarity("", "anything")).toBe(0);
    expect(wordSimilarity("!!!", "anything")).toBe(0);
  });

  it("scores as float4, so the floors compare as they did in SQL", () => {
    const score = similarity("accountnt", "accountant");
    expect(score).toBe(Math.fround(score));
    expect(score).toBeGreaterThanOrEqual(Math.fround(OCCUPATION_ANSWER_SIMILARITY));
  });
});

const SOURCE = { id: "onet-30-1", title: "O*NET 30.1 Database" };

/** A miniature catalogue: two roles, four BLS lines, a handful of titles. */
function miniIndex(extraTitles: { socCode: string; title: string }[] = []): TitleIndex {
  const rows: TitleIndexRows = {
    roles: [
      { slug: "back-end-developer", title: "Back-End Developer", summary: "Builds servers." },
      { slug: "data-scientist", title: "Data Scientist", summary: "Finds patterns." },
    ],
    aliases: [
      {
        roleSlug: "back-end-developer",
        alias: "Server-Side Developer",
        aliasNormalized: "server side developer",
        origin: "seed_article",
        source: SOURCE,
      },
      { roleSlug: "data-scientist", alias: "ML Scientist", aliasNormalized: "ml scientist", origin: "curated", source: SOURCE },
    ],
    occupations: [
      { socCode: "13-2011", title: "Accountants and auditors", detailed: true, sourceId: "bls" },
      { socCode: "15-1252", title: "Software developers", detailed: true, sourceId: "bls" },
      { socCode: "15-2051", title: "Data scientists", detailed: true, sourceId: "bls" },
      { socCode: "29-1141", title: "Registered nurses", detailed: true, sourceId: "bls" },
    ],
    onetOccupations: [{ onetCode: "29-1141.03", title: "Critical Care Nurses", blsCode: "29-1141", sourceId: "onet-30-1" }],
    roleOccupations: [
      { socCode: "15-1252", onetCode: "15-1252.00", slug: "back-end-developer", title: "Back-End Developer", isPrimary: true },
      { socCode: "15-2051", onetCode: null, slug: "data-scientist", title: "Data Scientist", isPrimary: true },
    ],
  };
  const index = new TitleIndex(rows);
  const titles = [
    { socCode: "13-2011", title: "Accountant" },
    { socCode: "15-1252", title: "Software Engineer" },
    { socCode: "15-1252", title: "Backend Developer" },
    { socCode: "29-1141", title: "Nurse" },
    ...extraTitles,
  ];
  index.addOccupationTitles(
    titles.map(({ socCode, title }) => ({
      socCode,
      title,
      titleNormalized: normalizeTitle(title),
      origin: "onet_alternate_title" as const,
      onetCode: null,
      sourceId: "onet-30-1",
    })),
  );
  return index.finish();
}

/** A detailed BLS line with its employment, for an index of lines alone. */
const line = (socCode: string, title: string, employment: number) => ({ socCode, title, detailed: true, sourceId: "bls", employment });

/** An index of these lines (no roles) and these O*NET alternate titles (each of its line's O*NET occupation .00). */
function linesIndex(
  lines: ReturnType<typeof line>[],
  titles: (Pick<OccupationTitleRow, "socCode" | "title"> & Partial<OccupationTitleRow>)[],
): TitleIndex {
  const index = new TitleIndex({ roles: [], aliases: [], occupations: lines, onetOccupations: [], roleOccupations: [] });
  index.addOccupationTitles(
    titles.map((t) => ({
      titleNormalized: normalizeTitle(t.title),
      origin: "onet_alternate_title" as const,
      onetCode: `${t.socCode}.00`,
      sourceId: "onet-30-1",
      ...t,
    })),
  );
  return index.finish();
}

describe("the title index", () => {
  const index = miniIndex();

  it("ranks exact over partial over close spellings, one result per role, and says why", () => {
    const { results } = index.searchRoles({ q: "server side dev" });
    expect(results[0]).toMatchObject({
      slug: "back-end-developer",
      match: { kind: "alias", quality: "prefix", text: "Server-Side Developer" },
    });
    expect(index.searchRoles({ q: "data scientist" }).results[0]).toMatchObject({ match: { kind: "title", quality: "exact" } });
    expect(index.searchRoles({ q: "data sceintist" }).results[0]).toMatchObject({ slug: "data-scientist", match: { quality: "fuzzy" } });
  });

  // What would break: "tech support" found no role at all (no title has the word "tech"), and "sec analyst" only
  // close spellings, though every word typed starts a word of the title.
  it("matches a role whose words each start with a word typed, in the order typed, as a partial match", () => {
    expect(index.searchRoles({ q: "serv side dev" }).results[0]).toMatchObject({
      slug: "back-end-developer",
      match: { quality: "prefix", text: "Server-Side Developer" },
    });
    expect(index.searchRoles({ q: "dat sci" }).results[0]).toMatchObject({ slug: "data-scientist", match: { quality: "prefix" } });
    // Out of order, or a word that starts none of the title's, is at most a close spelling.
    expect(index.searchRoles({ q: "sci dat" }).results.every((hit) => hit.match.quality === "fuzzy")).toBe(true);
    expect(index.searchRoles({ q: "dat scx" }).results.every((hit) => hit.match.quality === "fuzzy")).toBe(true);
    expect(startsWordsInOrder(["tech", "support"], ["technical", "support", "specialist"])).toBe(true);
    expect(startsWordsInOrder(["support", "tech"], ["technical", "support", "specialist"])).toBe(false);
    expect(startsWordsInOrder(["sup", "sup"], ["technical", "support", "specialist"])).toBe(false);
  });

  // What would break: "tech support" put the occupation Computer user support specialists before IT Support Specialist,
  // whose "Technical Support Specialist" each word typed starts, as if "tech" were another word that happens to begin
  // "Technical" ("art" in "Artificial"). The mark lets answerTitleSearch tell the two apart (ADR 014, 2026-12-06).
  it("marks a role found by the start of each of several words typed, not one found by the start of one word", () => {
    expect(index.searchRoles({ q: "serv side dev" }).results[0]).toMatchObject({
      slug: "back-end-developer",
      partWord: true,
      wordStarts: true,
    });
    expect(index.searchRoles({ q: "dat sci" }).results[0]).toMatchObject({ slug: "data-scientist", partWord: true, wordStarts: true });
    const oneWord = index.searchRoles({ q: "scien" }).results[0];
    expect(oneWord).toMatchObject({ slug: "data-scientist", partWord: true });
    expect(oneWord?.wordStarts).toBeUndefined();
    // What was typed whole is no word only begun.
    const whole = index.searchRoles({ q: "side developer" }).results[0];
    expect(whole).toMatchObject({ slug: "back-end-developer", match: { quality: "prefix" } });
    expect([whole?.partWord, whole?.wordStarts]).toEqual([undefined, undefined]);
  });

  it("finds a whole title side by side in what was typed, and the words around it", () => {
    expect(wordsAround(["software", "engineer", "intern"], ["software", "engineer"])).toEqual(["intern"]);
    expect(wordsAround(["remote", "web", "developer", "jobs"], ["web", "developer"])).toEqual(["remote", "jobs"]);
    // Singular and plural alike; the title's words are not left out where they are typed again.
    expect(wordsAround(["software", "engineers", "intern"], ["software", "engineer"])).toEqual(["intern"]);
    expect(wordsAround(["data", "analyst", "vs", "data", "scientist"], ["data", "scientist"])).toEqual(["analyst", "vs"]);
    expect(wordsAround(["intern", "software", "engineer", "intern"], ["software", "engineer"])).toEqual(["intern"]);
    // Whole words, side by side, in order.
    expect(wordsAround(["softwares", "engineering"], ["software", "engineer"])).toBeNull();
    expect(wordsAround(["engineer", "software"], ["software", "engineer"])).toBeNull();
    expect(wordsAround(["software", "qa", "engineer"], ["software", "engineer"])).toBeNull();
  });

  it("turns a field typed into who works in it, by its last word, for exact titles only", () => {
    // Hand-checked: each field with the worker's title a student means.
    const cases: [string, string][] = [
      ["coding", "coder"],
      ["nursing", "nurse"],
      ["accounting", "accountant"],
      ["engineering", "engineer"],
      ["programming", "programmer"],
      ["consulting", "consultant"],
      ["web development", "web developer"],
      ["project management", "project manager"],
      ["computer science", "computer scientist"],
      ["data analytics", "data analyst"],
      ["data analysis", "data analyst"],
      ["statistics", "statistician"],
      ["physics", "physicist"],
      ["economics", "economist"],
      ["journalism", "journalist"],
      ["animation", "animator"],
      ["photography", "photographer"],
      ["carpentry", "carpenter"],
      ["dentistry", "dentist"],
      ["biology", "biologist"],
      ["library", "librarian"],
      ["architecture", "architect"],
      ["cooking", "cook"],
      ["therapy", "therapist"],
    ];
    for (const [field, worker] of cases) expect(workerForms(field), field).toContain(worker);
    // "-ist" before "-ician": a physicist's field, not a physician's; the first form that names lines wins.
    expect(workerForms("physics").indexOf("physicist")).toBeLessThan(workerForms("physics").indexOf("physician"));
    // A plain word is not a field: "Officer" does not work in "office", nor "Internist" in "intern". A bare stem of
    // three letters is none ("gaming" is not O*NET's short form "GAM"); nothing from words under four letters.
    for (const word of ["office", "intern", "engine", "game", "public", "data", "web", "it", "data ai"])
      expect(workerForms(word), word).toEqual([]);
    expect(workerForms("gaming")).not.toContain("gam");
    expect(workerForms("engineer")).not.toContain("engineer");
  });

  it("puts the title of who works in a field typed first, only for a few lines named for that worker", () => {
    const lines = [
      line("29-1141", "Registered nurses", 3_300_000),
      line("31-1131", "Nursing assistants", 1_400_000),
      line("29-2072", "Medical records specialists", 190_000),
      line("15-1251", "Computer programmers", 140_000),
      line("43-4199", "Information and record clerks, all other", 120_000),
      ...Array.from({ length: 6 }, (_, i) => line(`17-21${i}1`, `Engineers ${i}`, 10_000 + i)),
      line("17-3029", "Engineering technologists and technicians", 70_000),
    ];
    const index = linesIndex(lines, [
      { socCode: "29-1141", title: "Nurse" },
      { socCode: "29-2072", title: "Coder" },
      { socCode: "43-4199", title: "Coding Clerk" },
      ...lines.filter((l) => l.title.startsWith("Engineers")).map((l) => ({ socCode: l.socCode, title: "Engineer" })),
    ]);
    // "nursing": Registered nurses ("Nurse", the line is named for nurses) before the line whose own title contains it.
    const nursing = index.searchOccupations({ q: "nursing" });
    expect(nursing.map((h) => [h.socCode, h.workerOf])).toEqual([
      ["29-1141", "nursing"],
      ["31-1131", null],
    ]);
    expect(describeOccupationMatch(nursing[0]!)).toBe(
      "“Nurse”, the worker’s title for “nursing”, is an O*NET alternate title of Registered nurses",
    );
    // "coding": O*NET's "Coder" belongs to a line not named for coders, so it does not count; the line that contains it.
    expect(index.searchOccupations({ q: "coding" }).map((h) => [h.socCode, h.workerOf])).toEqual([["43-4199", null]]);
    // "engineering": "Engineer" is a title of six lines, more than a field says anything about: the usual order.
    const engineering = index.searchOccupations({ q: "engineering" });
    expect(engineering[0]).toMatchObject({ socCode: "17-3029", workerOf: null });
    expect(engineering.some((h) => h.workerOf !== null)).toBe(false);
  });

  it("says a title is the worker's title for the field typed, not that it contains it", () => {
    const hit = { title: "Biological scientists, all other", quality: "prefix" as const, onetTitle: "Biologists", workerOf: "biology" };
    expect(describeOccupationMatch({ ...hit, matchedText: "Biologists", origin: "onet_title" })).toBe(
      "“Biologists”, the worker’s title for “biology”, is an O*NET occupation counted by BLS under Biological scientists, all other",
    );
    expect(
      describeOccupationMatch({
        ...hit,
        title: "Statisticians",
        matchedText: "Statisticians",
        origin: "bls_title",
        workerOf: "statistics",
      }),
    ).toBe("Its title is the worker’s title for “statistics”");
  });

  it("offers suggestions only when nothing matched, and nothing for gibberish", () => {
    expect(index.searchRoles({ q: "qwzx" })).toMatchObject({ results: [], suggestions: [] });
  });

  it("answers an occupation title exactly, with its BLS line's title and the roles filed under it", () => {
    const [hit] = index.searchOccupations({ q: "software engineer" });
    expect(hit).toMatchObject({
      socCode: "15-1252",
      title: "Software developers",
      quality: "exact",
      confident: true,
      matchedText: "Software Engineer",
      isTech: true,
      roles: [{ slug: "back-end-developer", title: "Back-End Developer" }],
    });
  });

  it("keeps close spellings for when nothing matched exactly or in part, graded by the floors", () => {
    const [typo] = index.searchOccupations({ q: "accountnt" });
    expect(typo).toMatchObject({ socCode: "13-2011", quality: "fuzzy", confident: true });
    // "nurse" matches exactly, so no close spelling of anything else is considered.
    expect(index.searchOccupations({ q: "nurse" }).map((h) => h.quality)).toEqual(["exact"]);
    // Below the answer floor, above the suggestion floor: a look-alike, never an answer.
    const lookAlike = index.searchOccupations({ q: "nurse practitionr" });
    for (const hit of lookAlike) {
      const score = similarity(normalizeTitle(hit.matchedText), "nurse practitionr");
      expect(score).toBeGreaterThanOrEqual(Math.fround(OCCUPATION_SUGGESTION_SIMILARITY));
      expect(hit.confident).toBe(score >= Math.fround(OCCUPATION_ANSWER_SIMILARITY));
    }
  });

  it("matches one- and two-letter queries exactly only, and close spellings from four letters", () => {
    const withShort = miniIndex([{ socCode: "29-1141", title: "RN" }]);
    expect(withShort.searchOccupations({ q: "rn" }).map((h) => h.matchedText)).toEqual(["RN"]);
    expect(withShort.searchOccupations({ q: "r" })).toEqual([]);
    // Three letters: partial matches, but no close spellings ("nrs" is not "nurse").
    expect(withShort.searchOccupations({ q: "nrs" })).toEqual([]);
  });

  it("matches the start of any word, and a query of several words only in the order typed", () => {
    expect(index.searchOccupations({ q: "engin" }).map((h) => h.matchedText)).toEqual(["Software Engineer"]);
    // The line's own title names it ("Software developers"), so it is shown rather than the shorter "Backend Developer".
    expect(index.searchOccupations({ q: "developer" }).map((h) => h.matchedText)).toEqual(["Software developers"]);
    expect(index.searchOccupations({ q: "software engineer" })).toHaveLength(1);
    expect(index.searchOccupations({ q: "engineer software" }).every((h) => h.quality === "fuzzy")).toBe(true);
  });

  it("orders text as PostgreSQL's C collation does (code points)", () => {
    expect(["b", "B", "a", "é", "😀", "\uffff"].sort(compareC)).toEqual(["B", "a", "b", "é", "\uffff", "😀"]);
  });
});

// What would break: lines that share a title were ordered by name, so "roofer" answered Carpenters (O*NET gives it the
// alternate title "Roofer") and "truck driver" Cargo and Freight Agents; the title-search audit of 2026-12-05 found
// 35 of 276 real titles answered wrong that way.
describe("lines that match a title equally well", () => {
  const index = new TitleIndex({
    roles: [],
    aliases: [],
    occupations: [
      line("47-2031", "Carpenters", 1_000_000),
      line("47-2181", "Roofers", 150_000),
      line("43-5011", "Cargo and freight agents", 5_000_000),
      line("53-3032", "Heavy and tractor-trailer truck drivers", 2_000_000),
      line("13-2051", "Financial and investment analysts", 330_000),
      line("15-2041", "Statisticians", 35_000),
      line("13-2052", "Personal financial advisors", 300_000),
      line("41-3031", "Securities, commodities, and financial services sales agents", 500_000),
      line("25-2021", "Elementary school teachers, except special education", 1_400_000),
      line("25-2023", "Career/technical education teachers, middle school", 10_000),
    ],
    onetOccupations: [],
    roleOccupations: [],
  });
  const titles: [string, string, OccupationTitleRow["origin"]][] = [
    ["47-2031", "Roofer", "onet_alternate_title"],
    ["47-2181", "Roofer", "onet_alternate_title"],
    ["43-5011", "Truck Driver", "onet_alternate_title"],
    ["53-3032", "Truck Driver", "bls_sample_title"],
    ["15-2041", "Financial Analyst", "onet_alternate_title"],
    ["13-2051", "Financial Analyst", "onet_alternate_title"],
    ["41-3031", "Financial Advisor", "onet_alternate_title"],
    ["13-2052", "Financial Advisor", "onet_alternate_title"],
    ["25-2023", "Teacher", "onet_reported_title"],
    ["25-2021", "Teacher", "onet_reported_title"],
    ["53-3032", "Driver", "onet_alternate_title"],
  ];
  index.addOccupationTitles(
    titles.map(([socCode, title, origin]) => ({
      socCode,
      title,
      titleNormalized: normalizeTitle(title),
      origin,
      onetCode: null,
      sourceId: "onet-30-1",
    })),
  );
  index.finish();
  const first = (q: string) => index.searchOccupations({ q })[0]!;

  it("finds the titles of O*NET occupations BLS projects nothing for, to say why there are no figures", () => {
    const military = new TitleIndex({
      roles: [],
      aliases: [],
      occupations: [],
      onetOccupations: [{ onetCode: "55-3016.00", title: "Infantry", blsCode: null, sourceId: "onet-30-1" }],
      roleOccupations: [],
    });
    military.addUnprojectedTitles([{ title: "Soldier", titleNormalized: "soldier", onetCode: "55-3019.00" }]);
    military.finish();
    expect(military.searchUnprojected("Soldiers")).toEqual([{ matchedText: "Soldier", onetCode: "55-3019.00", onetTitle: "Soldier" }]);
    expect(military.searchUnprojected("infantry")).toEqual([{ matchedText: "Infantry", onetCode: "55-3016.00", onetTitle: "Infantry" }]);
    // Never an occupation answer: it has no BLS line to show.
    expect(military.searchOccupations({ q: "infantry" })).toEqual([]);
    expect(military.searchUnprojected("soldier of fortune")).toEqual([]);
  });

  it("puts the line whose own title it is first, singular or plural alike, and says so", () => {
    expect(first("roofer")).toMatchObject({ socCode: "47-2181", quality: "exact", origin: "bls_title", matchedText: "Roofers" });
    expect(first("roofers")).toMatchObject({ socCode: "47-2181", quality: "exact" });
    expect(pluralStem("secretaries and administrative assistants")).toBe("secretary and administrative assistant");
    expect(pluralStem("business analysis boxes")).toBe("business analysis box");
  });

  it("puts BLS's sample title before O*NET's alternate titles, whatever the employment", () => {
    expect(index.searchOccupations({ q: "truck driver" }).map((h) => h.socCode)).toEqual(["53-3032", "43-5011"]);
  });

  it("answers a close spelling only when it spells every word typed; a title that is one of them is “did you mean”", () => {
    // "uber driver" shares every trigram of "driver" (similarity 0.58, above the answer floor), but not a word's worth of "uber".
    const uber = index.searchOccupations({ q: "uber driver" });
    expect(uber.map((h) => [h.matchedText, h.quality, h.confident])).toContainEqual(["Driver", "fuzzy", false]);
    expect(uber.every((h) => !h.confident)).toBe(true);
    expect(index.searchOccupations({ q: "truck drivr" })[0]).toMatchObject({ matchedText: "Truck Driver", confident: true });
  });

  it("then the line for which more of O*NET's sources give the title, then the line that employs more people", () => {
    // "Server": Waiters and Waitresses (sources 02 and 10) before Fast Food and Counter Workers (02), though the
    // latter employs more; with one source each, employment decides.
    const waiters = [line("35-3023", "Fast food and counter workers", 3_600_000), line("35-3031", "Waiters and waitresses", 2_200_000)];
    const server = (socCode: string, onetSources: string) => ({ socCode, title: "Server", onetSources });
    const lines = linesIndex(waiters, [server("35-3023", "02"), server("35-3031", "02,10")]);
    expect(lines.searchOccupations({ q: "server" }).map((h) => h.socCode)).toEqual(["35-3031", "35-3023"]);
    const even = linesIndex(waiters, [server("35-3023", "02"), server("35-3031", "10")]);
    expect(even.searchOccupations({ q: "server" }).map((h) => h.socCode)).toEqual(["35-3023", "35-3031"]);
  });

  // What would break: "mechanic" answered Farm equipment mechanics (three kinds of O*NET sources give it "Mechanic"),
  // not Automotive service technicians and mechanics (one), which employs twenty times more: O*NET gives the title to
  // eleven lines, seven of them named for mechanics.
  it("orders the lines named for a title five lines or more are named for by employment, not by O*NET's sources", () => {
    const mechanic = (socCode: string, onetSources: string) => ({ socCode, title: "Mechanic", onetSources });
    const named = [
      line("49-3023", "Automotive service technicians and mechanics", 800_000),
      line("49-3041", "Farm equipment mechanics and service technicians", 40_000),
      line("49-3042", "Mobile heavy equipment mechanics, except engines", 200_000),
      line("49-3051", "Motorboat mechanics and service technicians", 30_000),
      line("49-9041", "Industrial machinery mechanics", 400_000),
    ];
    const sources = ["02", "02,04,10", "02,10", "02,10", "02,10"];
    const five = linesIndex(
      named,
      named.map((l, i) => mechanic(l.socCode, sources[i]!)),
    );
    expect(five.searchOccupations({ q: "mechanic" }).map((h) => h.socCode)).toEqual([
      "49-3023",
      "49-9041",
      "49-3042",
      "49-3041",
      "49-3051",
    ]);
    // Four named lines: the sources' order stands ("therapist", "server").
    const four = linesIndex(
      named.slice(0, 4),
      named.slice(0, 4).map((l, i) => mechanic(l.socCode, sources[i]!)),
    );
    expect(four.searchOccupations({ q: "mechanic" })[0]!.socCode).toBe("49-3041");
    // A line not named for it keeps its place after the named ones, whatever it employs ("Mechanic" for assemblers).
    const withAssemblers = linesIndex(
      [...named, line("51-2090", "Miscellaneous assemblers and fabricators", 1_500_000)],
      [...named.map((l, i) => mechanic(l.socCode, sources[i]!)), mechanic("51-2090", "04")],
    );
    expect(
      withAssemblers
        .searchOccupations({ q: "mechanic" })
        .map((h) => h.socCode)
        .at(-1),
    ).toBe("51-2090");
  });

  it("then a line whose own title names what was typed, then the line that employs more people", () => {
    expect(first("financial advisor").socCode).toBe("13-2052");
    expect(first("financial analyst").socCode).toBe("13-2051");
    expect(first("teacher").socCode).toBe("25-2021");
  });
});

// What would break: "auto mechanic" answered First-line supervisors of mechanics ("Auto Mechanic Supervisor" starts
// with it), though O*NET gives "Auto Mechanic" as the short form of two of Automotive service technicians' titles.
describe("O*NET's short forms of alternate titles", () => {
  const index = linesIndex(
    [
      line("49-1011", "First-line supervisors of mechanics, installers, and repairers", 2_000_000),
      line("49-3023", "Automotive service technicians and mechanics", 800_000),
    ],
    [
      { socCode: "49-1011", title: "Auto Mechanic Supervisor" },
      { socCode: "49-3023", title: "Automobile Mechanic (Auto Mechanic)", shortTitle: "Auto Mechanic" },
    ],
  );

  it("are titles of their own: typed whole, they are the title typed, quoted in full", () => {
    expect(index.searchOccupations({ q: "Auto mechanics" })[0]).toMatchObject({
      socCode: "49-3023",
      quality: "exact",
      matchedText: "Automobile Mechanic (Auto Mechanic)",
    });
    expect(index.searchOccupations({ q: "automobile mechanic" })[0]).toMatchObject({ socCode: "49-3023", quality: "prefix" });
    expect(index.occupationTitleCount).toBe(2 + 2 + 1);
  });

  // A helper's pass: "apps" answered only Registered nurses, "Exact match", through O*NET's "Advanced Practice Provider
  // (APP)", and "app" put it before every tech role.
  it("count an acronym typed in capitals as exact; typed in lower case, as a partial match of itself only", () => {
    const acronyms = linesIndex(
      [line("29-1141", "Registered nurses", 3_300_000), line("15-1252", "Software developers", 1_600_000)],
      [
        { socCode: "29-1141", title: "Advanced Practice Provider (APP)", shortTitle: "APP" },
        { socCode: "15-1252", title: "App Developer" },
      ],
    );
    expect(acronyms.searchOccupations({ q: "APP" })[0]).toMatchObject({ socCode: "29-1141", quality: "exact" });
    const app = acronyms.searchOccupations({ q: "app" });
    expect(app.map((h) => [h.socCode, h.quality])).toEqual([
      ["15-1252", "prefix"],
      ["29-1141", "prefix"],
    ]);
    // "apps" is not "APP", in the short form or in the whole title: only the singular's whole words, written as words.
    expect(acronyms.searchOccupations({ q: "apps" }).map((h) => [h.socCode, h.quality, h.matchedText])).toEqual([
      ["15-1252", "prefix", "App Developer"],
    ]);
    // Typed in capitals, with or without a plural "s", the acronym is meant.
    expect(acronyms.searchOccupations({ q: "APPs" })[0]).toMatchObject({ socCode: "29-1141", quality: "exact" });
    // Two letters match whole titles only, acronyms included, in any case ("rn").
    expect(acronyms.searchOccupations({ q: "ap" })).toEqual([]);
  });
});

// What would break: "FBI agent" found nothing (no title has those words side by side), and "HVAC technician" answered
// Installation, Maintenance, and Repair Workers, All Other, through "Geothermal HVAC Technician" alone.
// A helper's pass: "video games" and "apps" missed the singular's titles; a review: every word ending in "s" is not a
// plural ("windows" sent Windows Administrator below Window Washer).
describe("a plural typed", () => {
  const index = linesIndex(
    [line("15-1244", "Network and computer systems administrators", 400_000), line("37-2011", "Janitors and cleaners", 2_000_000)],
    [
      { socCode: "15-1244", title: "Windows Administrator" },
      { socCode: "37-2011", title: "Window Washer" },
    ],
  );

  it("meets the singular's whole words after the titles that have what was typed", () => {
    expect(index.searchOccupations({ q: "windows" }).map((h) => h.matchedText)).toEqual(["Windows Administrator", "Window Washer"]);
    expect(index.searchOccupations({ q: "window washers" }).map((h) => [h.matchedText, h.quality])).toEqual([["Window Washer", "exact"]]);
    // Whole words only: "windo" begins both, "windos" neither.
    expect(index.searchOccupations({ q: "windos" }).filter((h) => h.quality !== "fuzzy")).toEqual([]);
  });
});

describe("titles with every word typed, not side by side", () => {
  const index = linesIndex(
    [
      line("33-3021", "Detectives and criminal investigators", 110_000),
      line("49-9021", "Heating, air conditioning, and refrigeration mechanics and installers", 440_000),
      line("49-9099", "Installation, maintenance, and repair workers, all other", 160_000),
    ],
    [
      { socCode: "33-3021", title: "FBI Special Agent" },
      { socCode: "49-9021", title: "HVAC Service Technician" },
      { socCode: "49-9099", title: "Geothermal HVAC Technician" },
    ],
  );

  it("are partial matches, said to have every word typed, in the order typed, singular or plural", () => {
    const [fbi] = index.searchOccupations({ q: "FBI agents" });
    expect(fbi).toMatchObject({ socCode: "33-3021", quality: "prefix", scattered: true, matchedText: "FBI Special Agent" });
    expect(describeOccupationMatch(fbi!)).toBe(
      "“FBI Special Agent” (has every word you typed) is an O*NET alternate title of Detectives and criminal investigators",
    );
    expect(index.searchOccupations({ q: "agent FBI" }).some((h) => h.scattered)).toBe(false);
    // Ranked with the titles that contain the words side by side: then the larger line.
    expect(index.searchOccupations({ q: "HVAC technician" }).map((h) => [h.socCode, h.scattered])).toEqual([
      ["49-9021", true],
      ["49-9099", false],
    ]);
    expect(describeOccupationMatch({ ...fbi!, origin: "bls_title" })).toBe("Its title has every word you typed");
    // A word only begun is not a word typed: "FBI ag" is at most a "did you mean".
    expect(index.searchOccupations({ q: "FBI ag" }).some((h) => h.confident || h.scattered)).toBe(false);
  });
});

// What would break (a helper's pass, 2026-12-06): "nurse" listed the nursery lines before Licensed practical nurses,
// "engineer" Engineering Manager before Software Engineer, and "police" Secretaries first through the loose "Police".
describe("whole words and lines named for what was typed", () => {
  const index = linesIndex(
    [
      line("29-2061", "Licensed practical and licensed vocational nurses", 650_000),
      line("39-9011", "Childcare workers", 900_000),
      line("33-3051", "Police and sheriff's patrol officers", 660_000),
      line("43-6014", "Secretaries and administrative assistants, except legal, medical, and executive", 1_700_000),
      line("33-3021", "Detectives and criminal investigators", 110_000),
      line("33-3052", "Transit and railroad police", 5_000),
      line("35-3031", "Waiters and waitresses", 2_200_000),
      line("35-3041", "Food servers, nonrestaurant", 230_000),
    ],
    [
      { socCode: "39-9011", title: "Nursery Worker" },
      { socCode: "29-2061", title: "Licensed Practical Nurse" },
      { socCode: "43-6014", title: "Police", onetSources: "02" },
      { socCode: "33-3051", title: "Police Officer" },
      { socCode: "33-3021", title: "Police Detective" },
      { socCode: "33-3052", title: "Railroad Police" },
      { socCode: "35-3031", title: "Server", onetSources: "02,10" },
      { socCode: "35-3041", title: "Food Server" },
    ],
  );
  const codes = (q: string) => index.searchOccupations({ q }).map((h) => h.socCode);

  it("puts a title with what was typed as whole words before one where it begins a longer word", () => {
    expect(codes("nurse")).toEqual(["29-2061", "39-9011"]);
    // While a word is being typed, the title that starts with it comes first as before.
    expect(codes("nurs")).toEqual(["39-9011", "29-2061"]);
    const roles = new TitleIndex({
      roles: [
        { slug: "engineering-manager", title: "Engineering Manager", summary: "Leads engineers." },
        { slug: "software-engineer", title: "Software Engineer", summary: "Builds software." },
        { slug: "back-end-developer", title: "Back End Developer", summary: "Builds servers." },
        { slug: "backend-ops", title: "Backendless Operator", summary: "A made-up title that begins with the word." },
      ],
      aliases: [],
      occupations: [],
      onetOccupations: [],
      roleOccupations: [],
    }).finish();
    const slugs = (q: string) => roles.searchRoles({ q }).results.map((r) => r.slug);
    expect(slugs("engineer").slice(0, 2)).toEqual(["software-engineer", "engineering-manager"]);
    expect(slugs("engin")[0]).toBe("engineering-manager");
    // The first words written as one are whole words too.
    expect(slugs("backend").slice(0, 2)).toEqual(["back-end-developer", "backend-ops"]);
  });

  it("puts a line named for what was typed before an exact title one kind of O*NET source alone gives", () => {
    // Moved just after the first named line; the rest keep their order (a title starting with "police" before one that
    // only holds it, though only the latter's line is named for police).
    expect(codes("police")).toEqual(["33-3051", "43-6014", "33-3021", "33-3052"]);
    // Two kinds of sources give Waiters and waitresses "Server": it stays first.
    expect(codes("server")[0]).toBe("35-3031");
  });
});
