/**
 * A pinned occupation page's O*NET interest scores after a newer load changes which BLS line O*NET occupations are filed
 * under (ADR 019, amended 2026-12-07): the page shows the archived scores it was pinned with, filed as the pinned version
 * filed them, including those of codes that have since been retired or moved, each named with its code, title and
 * release; never the scores of a code filed under the line only since. A pinned interests list likewise shows the
 * careers it showed while its version was current, filed and titled as then.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { createElement } from "react";
import { beforeAll, expect, it } from "vitest";
import { OccupationProfile } from "~/features/occupations/components/occupation-profile";
import { getCurrentDataVersion } from "~/features/data-pin/data-version.server";
import { loader as occupationLoader } from "~/routes/occupations.$code";
import { loader as interestsLoader } from "~/routes/explore.interests";
import { loader as presentLoader } from "~/routes/present";
import { listInterestProfiles } from "~/features/explore/queries.server";
import { defaultDatasetDir, loadDataset } from "../../seed/load";
import { seedDatabase } from "../../seed/seed";
import { describeEachDriver, editedDataset, rowsOf } from "./harness";
import { answerOf, queriesOf, routeArgs } from "./route-args";
import { renderInRouter } from "./rendered-page";

/** Computer occupations, all other: a catch-all line O*NET files ten occupations under. */
const CATCH_ALL = "15-1299";
/** Information security analysts: where the newer load files Digital Forensics Analysts. */
const SECURITY = "15-1212";
const RETIRED = { code: "15-1299.03", title: "Document Management Specialists" };
const MOVED = { code: "15-1299.06", title: "Digital Forensics Analysts" };
const RETITLED = { code: "15-1299.05", title: "Information Security Engineers", newTitle: "Information Security Architects" };

/**
 * The curated dataset as a newer O*NET release might leave it: Document Management Specialists retired (every row of the code
 * gone), Digital Forensics Analysts filed under Information security analysts, Information Security Engineers retitled.
 */
function refiledDataset(): string {
  const dropRetired = (text: string) =>
    text
      .split("\n")
      .filter((line) => !line.includes(RETIRED.code))
      .join("\n");
  // Every generated file that has a row of the retired code loses it (its tasks, technologies, titles, education…).
  const withRetiredCode = readdirSync(defaultDatasetDir()).filter(
    (file) => file.endsWith(".csv") && readFileSync(path.join(defaultDatasetDir(), file), "utf8").includes(RETIRED.code),
  );
  return editedDataset({
    ...Object.fromEntries(withRetiredCode.map((file) => [file, dropRetired])),
    "onet-occupations.csv": (text) =>
      dropRetired(text)
        .replace(new RegExp(`^(${MOVED.code},${MOVED.title},)${CATCH_ALL},`, "m"), `$1${SECURITY},`)
        .replace(new RegExp(`^(${RETITLED.code},)${RETITLED.title},`, "m"), `$1${RETITLED.newTitle},`),
  });
}

async function occupationPage(code: string, query = "") {
  const { data, headers } = await answerOf(occupationLoader(routeArgs(`/occupations/${code}${query}`, { code })));
  return { ...data, headers };
}

type Page = Awaited<ReturnType<typeof occupationPage>>;

/** Each interest score on a page, by O*NET code and area: "15-1299.03 Investigative 3.81 (2)". */
const scoresOf = (page: Page, code?: string) =>
  page.interests
    .filter((i) => code === undefined || i.onetCode === code)
    .map((i) => `${i.onetCode} ${i.interest} ${i.score} (${i.highPoint ?? "-"})`)
    .sort();

/** A rendered page's "Education and interests" section as text, tags left out and white space folded. */
function interestsSectionText(page: Page): string {
  const html = renderInRouter(createElement(OccupationProfile, { profile: page }));
  const section = /<section[^>]*id="education".*?<\/section>/s.exec(html)![0];
  // Block ends become spaces, so a heading and the paragraph under it read as two sentences.
  return section
    .replace(/<\/(h3|p|div)>/g, " ")
    .replace(/<[^>]+>/g, "")
    .replace(/&#x27;/g, "'")
    .replace(/\s+/g, " ");
}

describeEachDriver("pinned occupation pages after O*NET refiles its codes", { seed: true }, (ctx) => {
  let firstTag: string;
  let pinnedThen: { catchAll: Page; security: Page };

  beforeAll(async () => {
    firstTag = (await getCurrentDataVersion())!.tag;
    // What a link pinned to version 1 showed while version 1 was current: the live pages.
    pinnedThen = { catchAll: await occupationPage(CATCH_ALL), security: await occupationPage(SECURITY) };
    expect(scoresOf(pinnedThen.catchAll, RETIRED.code)).toHaveLength(6);
    expect(scoresOf(pinnedThen.catchAll, MOVED.code)).toHaveLength(6);
    expect(await seedDatabase(ctx.db, loadDataset(refiledDataset()))).toMatchObject({ status: "loaded" });
    const live = await ctx.db.execute(
      sql`select onet_code, bls_code from onet_occupations where onet_code in (${RETIRED.code}, ${MOVED.code})`,
    );
    expect(rowsOf(live)).toEqual([{ onet_code: MOVED.code, bls_code: SECURITY }]);
  });

  it("keeps every score a pinned page showed, those of a retired and a moved code included", async () => {
    // What would break (issue 14's review): the archived scores were filtered by today's O*NET filing, so a newer load
    // that retired Document Management Specialists and moved Digital Forensics Analysts took twelve scores off a pinned page unsaid.
    const pinned = await occupationPage(CATCH_ALL, `?data=${firstTag}`);
    expect(pinned.dataPinBanner!.interestScoresKept).toBe(true);
    expect(scoresOf(pinned)).toEqual(scoresOf(pinnedThen.catchAll));
    expect(scoresOf(pinned, RETIRED.code)).toContain(`${RETIRED.code} Investigative 3.81 (2)`);
    expect(scoresOf(pinned, MOVED.code)).toContain(`${MOVED.code} Investigative 6.1 (1)`);
  });

  it("shows no scores a pinned page did not show: a code filed under the line only since", async () => {
    // What would break: Information security analysts pinned to version 1 gained Digital Forensics Analysts' scores,
    // which that page never showed, once a newer load filed the code under it.
    const pinned = await occupationPage(SECURITY, `?data=${firstTag}`);
    expect(scoresOf(pinned)).toEqual(scoresOf(pinnedThen.security));
    expect(scoresOf(pinned, MOVED.code)).toEqual([]);
    // Its block (the current job zone and education: texts are current) says where its scores then are, not nothing.
    expect(pinned.interestsFiledElsewhereThen).toEqual([
      { onetCode: MOVED.code, blsCode: CATCH_ALL, blsTitle: "Computer occupations, all other" },
    ]);
    const text = interestsSectionText(pinned);
    expect(text).toContain(`${MOVED.title} Job zone: 4 of 5`);
    expect(text).toContain(
      `No interest scores here: data version ${firstTag} filed this O*NET occupation under Computer occupations, all other (${CATCH_ALL}), whose page pinned to that version shows them.`,
    );
    const html = renderInRouter(createElement(OccupationProfile, { profile: pinned }));
    expect(html).toContain(`href="/occupations/${CATCH_ALL}?data=${firstTag}"`);
  });

  it("names each score's O*NET code, its title then and its release, and says where the code is now", async () => {
    const pinned = await occupationPage(CATCH_ALL, `?data=${firstTag}`);
    const text = interestsSectionText(pinned);
    const kept = `Filed under this occupation in O*NET 30.1 (December 2025), as data version ${firstTag} kept it;`;
    expect(text).toContain(`${RETIRED.title} (O*NET ${RETIRED.code}) ${kept} the O*NET release loaded now no longer lists the code.`);
    expect(text).toContain(`${MOVED.title} (O*NET ${MOVED.code}) ${kept} now filed under Information security analysts (${SECURITY}).`);
    // Its scores and interest code, labelled with their release (the source list may one day lack a retired release).
    expect(text).toMatch(
      /no longer lists the code\. Interests \(O\*NET 30\.1 \(December 2025\), 1 = low to 7 = high\): Conventional 6\.75, Investigative 3\.81, Enterprising 3\.02, Social 2\.39, Artistic 1\.85, Realistic 1\.67\. \[\d+\] O\*NET’s interest code: CI \(Conventional, Investigative/,
    );
    // A code still filed here under another title: the scores say which title they were kept under.
    const start = text.indexOf(`${RETITLED.newTitle} Job zone`);
    const retitledBlock = text.slice(start, text.indexOf("Job zone", start + RETITLED.newTitle.length + 10));
    expect(retitledBlock).toContain(
      `In O*NET 30.1 (December 2025), as data version ${firstTag} kept it, this occupation was titled “${RETITLED.title}”. Interests (O*NET 30.1 (December 2025), 1 = low to 7 = high): Conventional 6.04,`,
    );
    expect(text).not.toContain("no occupation page shows");
  });

  it("leaves the plain pages as they are, and costs no query more", async () => {
    const plain = await occupationPage(CATCH_ALL);
    expect(scoresOf(plain, RETIRED.code)).toEqual([]);
    expect(scoresOf(plain, MOVED.code)).toEqual([]);
    const text = interestsSectionText(plain);
    expect(text).not.toContain(RETIRED.title);
    expect(text).not.toContain("Filed under this occupation in");
    expect(text).toContain("Interests (O*NET, 1 = low to 7 = high)");
    const security = await occupationPage(SECURITY);
    expect(scoresOf(security, MOVED.code)).toHaveLength(6);
    expect(interestsSectionText(security)).not.toContain("No interest scores here");
    const pinned = await occupationPage(CATCH_ALL, `?data=${firstTag}`);
    expect(queriesOf(pinned.headers)).toBe(queriesOf(plain.headers) + 6);
  });

  it("archives each score with its O*NET occupation as the load files it, and its release", async () => {
    // What would break: a load that kept the scores but not their filing, so pinned pages fell back on today's.
    const filing = async (version: number, code: string) =>
      rowsOf<{ title: string | null; line: string | null; release: string | null; scores: number }>(
        await ctx.db.execute(sql`
          select min(onet_title) as title, min(bls_code) as line, min(source_vintage) as release, count(*)::int as scores
            from data_version_onet_interests where data_version_id = ${version} and onet_code = ${code}`),
      )[0];
    expect(await filing(1, MOVED.code)).toEqual({ title: MOVED.title, line: CATCH_ALL, release: "30.1 (December 2025)", scores: 6 });
    expect(await filing(2, MOVED.code)).toEqual({ title: MOVED.title, line: SECURITY, release: "30.1 (December 2025)", scores: 6 });
    expect(await filing(1, RETITLED.code)).toMatchObject({ title: RETITLED.title, line: CATCH_ALL });
    expect(await filing(2, RETITLED.code)).toMatchObject({ title: RETITLED.newTitle, line: CATCH_ALL });
    expect(await filing(2, RETIRED.code)).toMatchObject({ scores: 0 });
    const unfiled = await ctx.db.execute(sql`select count(*)::int as n from data_version_onet_interests where onet_title is null`);
    expect(rowsOf<{ n: number }>(unfiled)[0]!.n).toBe(0);
  });

  it("gives scores archived before migration 0019 the filing in force when migration 0020 runs, and counts, in words, those it cannot place", async () => {
    // What would break: a database archived before migration 0019 kept no filing; without the backfill every pinned page
    // of its versions would lose its interest scores, and a score the backfill cannot file must not vanish unsaid.
    await ctx.db.execute(
      sql`update data_version_onet_interests set onet_title = null, bls_code = null, source_vintage = null where data_version_id = 1`,
    );
    const backfill = readdirSync(path.join("db", "migrations")).find((file) => file.startsWith("0020_"))!;
    for (const statement of readFileSync(path.join("db", "migrations", backfill), "utf8").split("--> statement-breakpoint")) {
      await ctx.db.execute(sql.raw(statement));
    }
    // Filed as onet_occupations files the codes when it runs (the newest version's filing): Digital Forensics Analysts
    // under Information security analysts; the retired code under none.
    const kept = rowsOf<{ onetCode: string; title: string | null; line: string | null; release: string | null }>(
      await ctx.db.execute(sql`
        select distinct onet_code as "onetCode", onet_title as title, bls_code as line, source_vintage as release
          from data_version_onet_interests where data_version_id = 1 and onet_code in (${RETIRED.code}, ${MOVED.code}, ${RETITLED.code})
         order by 1`),
    );
    expect(kept).toEqual([
      { onetCode: RETIRED.code, title: null, line: null, release: "30.1 (December 2025)" },
      { onetCode: RETITLED.code, title: RETITLED.newTitle, line: CATCH_ALL, release: "30.1 (December 2025)" },
      { onetCode: MOVED.code, title: MOVED.title, line: SECURITY, release: "30.1 (December 2025)" },
    ]);
    const unplaced = `Data version ${firstTag} also kept 6 interest scores from O*NET 30.1 (December 2025) for an O*NET code (${RETIRED.code}) that the O*NET release loaded now no longer lists. Career Atlas did not record which occupation it was filed under then, so no occupation page shows them.`;
    for (const code of [CATCH_ALL, SECURITY]) {
      const pinned = await occupationPage(code, `?data=${firstTag}`);
      expect(scoresOf(pinned, RETIRED.code)).toEqual([]);
      expect(pinned.unplacedInterests).toEqual([{ release: "30.1 (December 2025)", onetCodes: [RETIRED.code], scores: 6 }]);
      expect(interestsSectionText(pinned)).toContain(unplaced);
    }
    // The plain page says nothing of it.
    expect(interestsSectionText(await occupationPage(CATCH_ALL))).not.toContain("no occupation page shows");
  });
});

async function interestsList(query: string) {
  const { data, headers } = await answerOf(interestsLoader(routeArgs(`/explore/interests${query}`)));
  return { ...data, headers };
}

type InterestsList = Awaited<ReturnType<typeof interestsList>>;

/** Everything an interests list shows of its careers, in its order: each career's codes, titles, line, scores, fit and outlook. */
function careersOf(list: InterestsList) {
  type Career = InterestsList["tech"][number];
  const career = (o: Career) => ({
    onetCode: o.onetCode,
    title: o.title,
    socCode: o.socCode,
    socTitle: o.socTitle,
    tech: o.tech,
    scores: o.scores,
    code: o.code,
    fit: o.fit,
    changePercent: o.changePercent,
    median: o.median,
  });
  return {
    roles: list.roles.map((r) => ({ slug: r.slug, occupation: career(r.occupation) })),
    tech: list.tech.map(career),
    techTotal: list.techTotal,
    other: list.other.map(career),
    otherTotal: list.otherTotal,
    closestRoles: list.closestRoles.map((g) => ({ occupation: career(g.occupation), roles: g.roles })),
    closestTech: list.closestTech.map(career),
    examples: list.examples,
  };
}

/** Where a list shows the retired, moved and retitled codes, in its order: "tech 15-1299 Document Management Specialists". */
const placesOf = (list: InterestsList) =>
  [...list.tech.map((o) => ({ group: "tech", o })), ...list.other.map((o) => ({ group: "other", o }))]
    .filter(({ o }) => [RETIRED.code, MOVED.code, RETITLED.code].includes(o.onetCode))
    .map(({ group, o }) => `${group} ${o.socCode} ${o.title}`);

describeEachDriver("pinned interests lists after O*NET refiles its codes", { seed: true }, (ctx) => {
  // Conventional: Document Management Specialists (6.75), Digital Forensics Analysts (6.05) and Information Security
  // Engineers (6.04) are all among the twenty tech occupations shown. The other lists are compared whole too.
  const CONVENTIONAL = "?like=conventional";
  const PICKS = [CONVENTIONAL, "?like=conventional&like=investigative", "?like=investigative", ""];
  let firstTag: string;
  let vintage: string;
  /** What each list, pinned to version 1, showed while version 1 was current: the live lists then. */
  const shownThen = new Map<string, InterestsList>();
  let profilesThen: Awaited<ReturnType<typeof listInterestProfiles>>;
  const asThen = [`tech ${CATCH_ALL} ${RETIRED.title}`, `tech ${CATCH_ALL} ${MOVED.title}`, `tech ${CATCH_ALL} ${RETITLED.title}`];

  beforeAll(async () => {
    firstTag = (await getCurrentDataVersion())!.tag;
    for (const picks of PICKS) shownThen.set(picks, await interestsList(picks));
    vintage = shownThen.get("")!.period.vintage;
    profilesThen = await listInterestProfiles(vintage);
    expect(placesOf(shownThen.get(CONVENTIONAL)!)).toEqual(asThen);
    expect(await seedDatabase(ctx.db, loadDataset(refiledDataset()))).toMatchObject({ status: "loaded" });
  });

  it("shows what the list showed while its version was current: the same careers, filed, titled, scored and ordered as then", async () => {
    // What would break (issue 14): a pinned list matched its version's archived scores to today's O*NET filing, so a
    // newer load that retired Document Management Specialists took them off the list, moved Digital Forensics Analysts
    // to another BLS line (its outlook and link with it) and showed Information Security Engineers under their new title.
    for (const picks of PICKS) {
      const pinned = await interestsList(`${picks}${picks ? "&" : "?"}data=${firstTag}`);
      expect(pinned.dataPinBanner!.interestScoresKept).toBe(true);
      expect(careersOf(pinned), picks || "nothing picked").toEqual(careersOf(shownThen.get(picks)!));
    }
    expect(placesOf(await interestsList(`${CONVENTIONAL}&data=${firstTag}`))).toEqual(asThen);
    // Every O*NET occupation the list ranks, not only those shown: as then.
    expect(await listInterestProfiles(vintage, 1)).toEqual(profilesThen);
  });

  it("leaves the plain list on today's filing, and costs no query more than before", async () => {
    await interestsList(CONVENTIONAL); // the version's lists are read by its first request, then kept
    const plain = await interestsList(CONVENTIONAL);
    expect(placesOf(plain)).toEqual([`tech ${SECURITY} ${MOVED.title}`, `tech ${CATCH_ALL} ${RETITLED.newTitle}`]);
    // The first pinned request after the load reads the archive's lists, kept for the version; the second shows what one
    // costs: the plain list's one (the data version) plus the pin's own, the version (one) and what changed (six).
    await interestsList(`${CONVENTIONAL}&data=${firstTag}`);
    const pinned = await interestsList(`${CONVENTIONAL}&data=${firstTag}`);
    expect(queriesOf(plain.headers)).toBe(1);
    expect(queriesOf(pinned.headers)).toBe(queriesOf(plain.headers) + 7);
  });

  it("builds the pinned deck from the same list", async () => {
    const deck = await answerOf(presentLoader(routeArgs(`/present?explore=interests&like=conventional&data=${firstTag}`)));
    const slides = JSON.stringify(deck.data.deck.slides);
    for (const title of [RETIRED.title, MOVED.title, RETITLED.title]) expect(slides).toContain(title);
    expect(slides).toContain(`${MOVED.title} (BLS: Computer occupations, all other, SOC ${CATCH_ALL})`);
    expect(slides).not.toContain(RETITLED.newTitle);
  });
});
