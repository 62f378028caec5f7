/**
 * Links pinned to a data version (`&data=<tag>`, docs/decisions/008): after a load with a changed figure, a
 * pinned profile keeps the old figures, the unpinned one shows the new, and the banner names the change.
 */
import { count, eq, sql } from "drizzle-orm";
import { createElement } from "react";
import { beforeAll, expect, it } from "vitest";
import { OccupationProfile } from "~/features/occupations/components/occupation-profile";
import * as t from "~db/schema";
import { loadDataset } from "../../seed/load";
import { archiveLatestFiguresIfMissing, seedDatabase } from "../../seed/seed";
import { getRoleComparison } from "~/features/compare/queries.server";
import { getCurrentDataVersion } from "~/features/data-pin/data-version.server";
import { getDataPin, lookUpDataPin } from "~/features/data-pin/queries.server";
import { getRoleProfile } from "~/features/roles/queries.server";
import { loader as csvLoader } from "~/routes/roles_.$slug.$chart[.csv]";
import { loader as profileLoader } from "~/routes/roles.$slug";
import { loader as compareLoader } from "~/routes/compare";
import { loader as compareCsvLoader } from "~/routes/compare[.]csv";
import { loader as compareHandoutLoader } from "~/routes/compare_.handout";
import { loader as presentLoader } from "~/routes/present";
import { loader as presentNotesLoader } from "~/routes/present_.notes";
import type { Deck } from "~/features/present/slides";
import { loader as occupationLoader } from "~/routes/occupations.$code";
import { listInterests } from "~/features/occupations/queries.server";
import { loader as finderLoader } from "~/routes/occupations._index";
import { loader as roleFinderLoader } from "~/routes/roles._index";
import { loader as rolesCsvLoader } from "~/routes/roles[.]csv";
import { RoleFinder } from "~/features/outlook/components/role-finder";
import { loader as occupationsCsvLoader } from "~/routes/occupations[.]csv";
import { OccupationFinder } from "~/features/occupations/components/occupation-finder";
import { loader as occupationCsvLoader } from "~/routes/occupations_.$code.figures[.csv]";
import { loader as skillsExplorerLoader } from "~/routes/explore.skills";
import { UNSAFE_ErrorResponseImpl as ErrorResponse, type MetaDescriptor } from "react-router";
import * as roleRoute from "~/routes/roles.$slug";
import * as occupationRoute from "~/routes/occupations.$code";
import * as roleHandoutRoute from "~/routes/roles_.$slug.handout";
import * as compareRoute from "~/routes/compare";
import * as compareHandoutRoute from "~/routes/compare_.handout";
import * as roleFinderRoute from "~/routes/roles._index";
import * as occupationFinderRoute from "~/routes/occupations._index";
import * as skillsExplorerRoute from "~/routes/explore.skills";
import * as interestsExplorerRoute from "~/routes/explore.interests";
import * as presentRoute from "~/routes/present";
import * as presentNotesRoute from "~/routes/present_.notes";
import { changedPayDataset, describeEachDriver, SOFTWARE_DEVELOPERS_P10, SOFTWARE_DEVELOPERS_PAY, type DbContext } from "./harness";
import { answerOf, queriesOf, routeArgs, thrownResponse, type DataResult, type RouteArgs } from "./route-args";
import { renderInRouter } from "./rendered-page";

const SLUG = "software-engineer";
const { published: OLD_PAY, changed: NEW_PAY } = SOFTWARE_DEVELOPERS_PAY;
const { published: OLD_P10, changed: NEW_P10 } = SOFTWARE_DEVELOPERS_P10;
const SOC = "15-1252";

async function occupationPage(query: string) {
  const { data, headers } = await answerOf(occupationLoader(routeArgs(`/occupations/${SOC}${query}`, { code: SOC })));
  return { ...data, headers };
}

async function profilePage(query: string) {
  const { data, headers } = await answerOf(profileLoader(routeArgs(`/roles/${SLUG}${query}`, { slug: SLUG })));
  return { ...data, headers };
}

/** The status and message of the Response a loader throws. */
async function thrownStatus(run: () => Promise<unknown>): Promise<{ status: number; text: string }> {
  const response = await thrownResponse(run);
  return { status: response.status, text: await response.text() };
}

/** A loader's data and headers, for the routes tested here beyond the profile (none takes path parameters). */
async function load<Result extends DataResult>(loader: (args: RouteArgs) => Promise<Result>, path: string) {
  const { data, headers } = await answerOf(loader(routeArgs(path)));
  return Object.assign({}, data, { headers });
}

/** A rendered page's text, tags left out and white space folded. */
const textOf = (html: string) => html.replace(/<[^>]+>/g, "").replace(/\s+/g, " ");

/** Software developers' (15-1252.00) interest scores on an occupation page, by area: [score, high point]. */
function developersInterests(page: { interests: { onetCode: string; interest: string; score: number; highPoint: number | null }[] }) {
  return Object.fromEntries(page.interests.filter((i) => i.onetCode === "15-1252.00").map((i) => [i.interest, [i.score, i.highPoint]]));
}

/**
 * Runs `check` with Software Developers (15-1252.00, "ICR" in O*NET 30.1) given Social as their third high point in
 * the live table only, as a new O*NET release's load would change them (the archives keep what they had), then puts
 * them back (as tests/db/explore-interests.test.ts does).
 */
async function withChangedLiveInterests(db: DbContext["db"], check: () => Promise<void>) {
  await db.execute(sql`update onet_interests set high_point = null where onet_code = '15-1252.00' and interest = 'Realistic'`);
  await db.execute(sql`update onet_interests set score = 6.5, high_point = 3 where onet_code = '15-1252.00' and interest = 'Social'`);
  try {
    await check();
  } finally {
    await db.execute(sql`update onet_interests set score = 1.88, high_point = null where onet_code = '15-1252.00' and interest = 'Social'`);
    await db.execute(sql`update onet_interests set high_point = 3 where onet_code = '15-1252.00' and interest = 'Realistic'`);
  }
}

/** The value on the deck's pay slide for each role (one figure per role on a comparison, the role's first on its own). */
function payValues(deck: Deck): string[] {
  const pay = deck.slides.find((s) => s.topic === "pay");
  if (pay?.body.kind !== "figures") throw new Error("no pay slide");
  return pay.body.figures.map((f) => f.value);
}

describeEachDriver("pinned data versions", { seed: true }, (ctx) => {
  let changedDir: string;
  let firstTag: string;
  let secondTag: string;

  beforeAll(async () => {
    firstTag = (await getCurrentDataVersion())!.tag;
    changedDir = changedPayDataset();
    const outcome = await seedDatabase(ctx.db, loadDataset(changedDir));
    expect(outcome.status).toBe("loaded");
    secondTag = (await getCurrentDataVersion())!.tag;
  });

  it("archives each load's figures, and a later load keeps the earlier archive", async () => {
    // If the archive were truncated with the dataset, pinned links would lose their figures at the next load.
    const rows = await ctx.db
      .select({ id: t.dataVersionProjections.dataVersionId, pay: t.dataVersionProjections.medianAnnualWage })
      .from(t.dataVersionProjections)
      .where(eq(t.dataVersionProjections.socCode, "15-1252"));
    const pays = rows.filter((r) => r.pay !== null).map((r) => `${r.id}:${r.pay}`);
    expect(pays).toContain(`1:${OLD_PAY}`);
    expect(pays).toContain(`2:${NEW_PAY}`);
    // The OEWS percentiles too: a pinned page's pay spread is the one published with its median.
    const surveys = await ctx.db
      .select({ id: t.dataVersionPayPercentiles.dataVersionId, p10: t.dataVersionPayPercentiles.annualP10 })
      .from(t.dataVersionPayPercentiles)
      .where(eq(t.dataVersionPayPercentiles.socCode, SOC));
    expect(surveys.map((r) => `${r.id}:${r.p10}`)).toEqual(expect.arrayContaining([`1:${OLD_P10}`, `2:${NEW_P10}`]));
    const [archived] = await ctx.db
      .select({ n: count() })
      .from(t.dataVersionPayPercentiles)
      .where(eq(t.dataVersionPayPercentiles.dataVersionId, 2));
    const [live] = await ctx.db.select({ n: count() }).from(t.payPercentiles);
    expect(archived!.n).toBe(live!.n);
  });

  it("pairs a pinned median with the pay spread archived with it, on profiles, comparisons and the explorers", async () => {
    // Before migration 0015 a pinned profile showed the current spread beside the old median, and the others none.
    const pinned = await getRoleProfile({ slug: SLUG, vintage: "2024-34", dataVersion: { id: 1, tag: firstTag } });
    const current = await getRoleProfile({ slug: SLUG, vintage: "2024-34" });
    expect(pinned!.quickFacts.pay!.annual.p10).toBe(OLD_P10);
    expect(current!.quickFacts.pay!.annual.p10).toBe(NEW_P10);

    const compared = await load(compareLoader, `/compare?roles=${SLUG},data-scientist&occupations=${SOC}&data=${firstTag}`);
    expect(compared.comparison!.columns.map((c) => c.pay?.annual.p10)).toEqual([OLD_P10, expect.any(Number), OLD_P10]);

    // Reading the archive costs no query more: pinned to the current version (no banner), one fewer for the roles.
    for (const items of [`roles=${SLUG},data-scientist&occupations=${SOC}`, `occupations=${SOC},15-1254`, `roles=${SLUG},data-scientist`]) {
      const plain = await load(compareLoader, `/compare?${items}`);
      const pinnedToCurrent = await load(compareLoader, `/compare?${items}&data=${secondTag}`);
      expect(queriesOf(pinnedToCurrent.headers), items).toBe(queriesOf(plain.headers) - (items.startsWith("roles") ? 1 : 0));
    }

    const explorer = await load(skillsExplorerLoader, `/explore/skills?have=Java&have=SQL&data=${firstTag}`);
    const developers = explorer.occupations.find((o) => o.socCode === SOC);
    expect(developers?.pay?.annual.p10).toBe(OLD_P10);
  });

  it("shows the pinned version's figures on a pinned profile and the new ones on the plain profile", async () => {
    const pinned = await getRoleProfile({ slug: SLUG, vintage: "2024-34", dataVersion: { id: 1, tag: firstTag } });
    const current = await getRoleProfile({ slug: SLUG, vintage: "2024-34" });
    expect(pinned!.quickFacts.projection!.medianAnnualWage).toBe(OLD_PAY);
    expect(pinned!.pinnedDataVersion).toBe(firstTag);
    expect(current!.quickFacts.projection!.medianAnnualWage).toBe(NEW_PAY);
    expect(current!.pinnedDataVersion).toBeUndefined();
    // Everything else is the same page: the charts come from the same (unchanged) employment figures.
    expect(pinned!.charts).toEqual(current!.charts);
  });

  it("renders the banner with both versions and names the changed figure; the citation offers the pinned link", async () => {
    const page = await profilePage(`?vintage=2024-34&data=${firstTag}`);
    expect(page.profile.quickFacts.projection!.medianAnnualWage).toBe(OLD_PAY);
    expect(page.dataPinBanner).toMatchObject({
      pinned: { tag: firstTag },
      current: { tag: secondTag },
      currentHref: `/roles/${SLUG}?vintage=2024-34`,
      changes: [
        { label: "Software developers: median pay", before: "$133,080 (May 2024)", after: "$140,000 (May 2024)" },
        { label: "Software developers: pay, 10th percentile (OEWS May 2024)", before: "$79,850", after: "$81,000" },
        { label: "Software developers: pay, median (OEWS May 2024)", before: "$133,080", after: "$140,000" },
      ],
    });
    // The citation names the version whose figures are shown.
    expect(page.dataVersion.tag).toBe(firstTag);
    expect(page.pinnedUrl).toBe(`http://localhost/roles/${SLUG}?vintage=2024-34&data=${firstTag}`);

    const plain = await profilePage("");
    expect(plain.profile.quickFacts.projection!.medianAnnualWage).toBe(NEW_PAY);
    expect(plain.dataPinBanner).toBeNull();
    expect(plain.pinnedUrl).toBe(`http://localhost/roles/${SLUG}?vintage=2024-34&data=${secondTag}`);
  });

  it("costs a constant number of queries: pinned = plain + the 6 queries of its “what changed”", async () => {
    const plain = await profilePage("");
    const pinned = await profilePage(`?data=${firstTag}`);
    // If this grew, something queries per figure or per role.
    expect(queriesOf(pinned.headers)).toBe(queriesOf(plain.headers) + 6);
  });

  it("pins an occupation's page: archived projections and percentiles, a banner of its changes, a pinned citation and CSV", async () => {
    const pinned = await occupationPage(`?data=${firstTag}`);
    const plain = await occupationPage("");
    const latest = (page: typeof plain) => page.projections.find((p) => p.vintage === "2024-34")!;
    // If the page ignored `data=`, a counselor's link would show this term's figures, not the ones handed out.
    expect(latest(pinned).medianAnnualWage).toBe(OLD_PAY);
    expect(pinned.pay[0]!.annual.p10).toBe(OLD_P10);
    expect(latest(plain).medianAnnualWage).toBe(NEW_PAY);
    expect(plain.pay[0]!.annual.p10).toBe(NEW_P10);
    // Every period is on the page, so each change names its period.
    expect(pinned.dataPinBanner).toMatchObject({
      pinned: { tag: firstTag },
      currentHref: `/occupations/${SOC}`,
      changes: [
        { label: "Software developers, 2024–34: median pay", before: "$133,080 (May 2024)", after: "$140,000 (May 2024)" },
        { label: "Software developers: pay, 10th percentile (OEWS May 2024)", before: "$79,850", after: "$81,000" },
        { label: "Software developers: pay, median (OEWS May 2024)", before: "$133,080", after: "$140,000" },
      ],
    });
    expect(plain.dataPinBanner).toBeNull();
    // The figures are the same lines, texts and sources otherwise.
    expect(pinned.projections.map((p) => p.vintage)).toEqual(plain.projections.map((p) => p.vintage));
    expect(pinned.projections.map((p) => p.onTheJobTraining)).toEqual(plain.projections.map((p) => p.onTheJobTraining));
    expect(pinned.tasks).toEqual(plain.tasks);
    // The citation names the version shown; links that show figures keep an older pin.
    expect(pinned.dataVersion.tag).toBe(firstTag);
    expect(pinned.pinnedUrl).toBe(`http://localhost/occupations/${SOC}?data=${firstTag}`);
    expect(plain.pinnedUrl).toBe(`http://localhost/occupations/${SOC}?data=${secondTag}`);
    expect(pinned.links).toEqual({
      figuresCsv: `/occupations/${SOC}/figures.csv?data=${firstTag}`,
      compare: `/compare?occupations=${SOC}&data=${firstTag}`,
    });
    expect(plain.links).toEqual({ figuresCsv: `/occupations/${SOC}/figures.csv`, compare: `/compare?occupations=${SOC}` });
    expect(pinned.dataPinBanner!.percentilesKept).toBe(true);
    // Cached like the current page; a pin adds six queries ("what changed"), naming the versions costs none.
    expect(pinned.headers.get("ETag")).toContain(secondTag);
    expect(queriesOf(pinned.headers)).toBe(queriesOf(plain.headers) + 6);
    expect(queriesOf((await occupationPage(`?data=${secondTag}`)).headers)).toBe(queriesOf(plain.headers));

    // As the reader sees it: the banner, the pinned pay spread, a pinned citation and downloads.
    const html = renderInRouter(createElement(OccupationProfile, { profile: pinned }));
    const text = (fragment: string) => fragment.replace(/<[^>]+>/g, "").replace(/\s+/g, " ");
    expect(text(html)).toContain(`These figures are pinned to data version ${firstTag}`);
    expect(text(html)).toContain("Software developers: pay, 10th percentile (OEWS May 2024): $79,850 → changed to $81,000");
    const paySection = /<section[^>]*id="pay".*?<\/section>/s.exec(html)![0];
    expect(text(paySection)).toContain("$79,850");
    expect(text(paySection)).not.toContain("$81,000");
    expect(html).toContain(`href="/occupations/${SOC}/figures.csv?data=${firstTag}"`);
    expect(html).toContain(`/occupations/${SOC}?data=${firstTag}`);

    const csv = await occupationCsvLoader(routeArgs(pinned.links.figuresCsv, { code: SOC }));
    const csvText = await csv.text();
    expect(csvText).toMatch(new RegExp(`Median annual wage,${OLD_PAY},USD,2024-34,.*,${firstTag}`));
    expect(csvText).toMatch(new RegExp(`"Annual wage, 10th percentile",${OLD_P10},USD,May 2024,.*,${firstTag}`));
    const plainCsv = await (await occupationCsvLoader(routeArgs(`/occupations/${SOC}/figures.csv`, { code: SOC }))).text();
    expect(plainCsv).toMatch(new RegExp(`Median annual wage,${NEW_PAY},USD,2024-34,.*,${secondTag}`));

    for (const run of [
      () => occupationPage("?data=latest"),
      () => occupationCsvLoader(routeArgs(`/occupations/${SOC}/figures.csv?data=latest`, { code: SOC })),
    ]) {
      const malformed = await thrownStatus(run);
      expect(malformed.status).toBe(400);
      expect(malformed.text).toMatch(/“data”: use a data version tag/);
    }
    // The CSV answers a data version it does not know as the page does, with or without a period (issue 15).
    for (const run of [
      () => occupationPage("?data=v999-1a2b3c4d"),
      () => occupationCsvLoader(routeArgs(`/occupations/${SOC}/figures.csv?data=v999-1a2b3c4d`, { code: SOC })),
      () => occupationCsvLoader(routeArgs(`/occupations/${SOC}/figures.csv?data=v999-1a2b3c4d&vintage=2024-34`, { code: SOC })),
    ]) {
      const unknown = await thrownStatus(run);
      expect(unknown.status).toBe(404);
      expect(unknown.text).toMatch(/There is no data version “v999-1a2b3c4d”/);
    }
    // A pinned file of one period: that period's figures of the pinned version (vintage= was ignored: every period).
    const pinnedPeriod = await (
      await occupationCsvLoader(routeArgs(`/occupations/${SOC}/figures.csv?data=${firstTag}&vintage=2024-34`, { code: SOC }))
    ).text();
    expect(pinnedPeriod).toMatch(new RegExp(`Median annual wage,${OLD_PAY},USD,2024-34,.*,${firstTag}`));
    expect(pinnedPeriod).toMatch(new RegExp(`"Annual wage, 10th percentile",${OLD_P10},USD,May 2024,.*,${firstTag}`));
    expect(pinnedPeriod).not.toMatch(/,2022-32,|,2023-33,/);
  });

  it("pins an occupation's interest scores and interest code: the archived ones after the live scores change; the live ones unpinned or pinned to the current version", async () => {
    // What would break (issue 14): a pinned occupation page showed today's O*NET interest scores and interest code (RIASEC
    // high points) under a banner saying its figures were the pinned version's, where the interests explorer kept them.
    const before = await occupationPage(`?data=${firstTag}`);
    expect(developersInterests(before)).toMatchObject({ Investigative: [5.86, 1], Social: [1.88, null] });
    await withChangedLiveInterests(ctx.db, async () => {
      const pinned = await occupationPage(`?data=${firstTag}`);
      const plain = await occupationPage("");
      const pinnedToCurrent = await occupationPage(`?data=${secondTag}`);
      // The pinned page: version 1's archive, every score and high point as before the change.
      expect(pinned.interests).toEqual(before.interests);
      expect(developersInterests(pinned)).toMatchObject({ Social: [1.88, null] });
      expect(developersInterests(pinned)["Realistic"]![1]).toBe(3);
      expect(pinned.dataPinBanner!.interestScoresKept).toBe(true);
      // The query the loader runs, given the archive: the archived rows; without one, the live rows.
      expect((await listInterests(SOC, 1)).scores).toEqual(before.interests);
      expect((await listInterests(SOC)).scores).toEqual(plain.interests);
      // The plain page and a pin to the current version read the live scores (the current version's own).
      expect(developersInterests(plain)).toMatchObject({ Social: [6.5, 3] });
      expect(developersInterests(plain)["Realistic"]![1]).toBeNull();
      expect(pinnedToCurrent.interests).toEqual(plain.interests);
      expect(pinnedToCurrent.dataPinBanner).toBeNull();
      // No query more: the scores are read in the query that reads the live ones otherwise.
      expect(queriesOf(pinned.headers)).toBe(queriesOf(plain.headers) + 6);
      expect(queriesOf(pinnedToCurrent.headers)).toBe(queriesOf(plain.headers));

      // As the reader sees them: the pinned code and scores, labelled with the release they were kept from, not as current.
      const pinnedText = textOf(renderInRouter(createElement(OccupationProfile, { profile: pinned })));
      expect(pinnedText).toContain("O*NET’s interest code: ICR (Investigative, Conventional, Realistic");
      expect(pinnedText).toMatch(/Interests \(O\*NET 30\.1 \(December 2025\), 1 = low to 7 = high\):[^[]*Social 1\.88/);
      expect(pinnedText).not.toContain("current scores");
      const plainText = textOf(renderInRouter(createElement(OccupationProfile, { profile: plain })));
      expect(plainText).toContain("O*NET’s interest code: ICS (Investigative, Conventional, Social");
    });
  });

  it("pins the occupation finder: archived figures, filters and order, a banner for the page's occupations, pinned links", async () => {
    const finder = async (query: string) => {
      const { data, headers } = await answerOf(finderLoader(routeArgs(`/occupations${query}`)));
      return { ...data, headers };
    };
    const pinned = await finder(`?group=15-0000&data=${firstTag}`);
    const plain = await finder("?group=15-0000");
    const developers = (page: typeof plain) => page.rows.find((r) => r.socCode === SOC);
    expect(developers(pinned)!.medianAnnualWage).toBe(OLD_PAY);
    expect(developers(plain)!.medianAnnualWage).toBe(NEW_PAY);
    expect(pinned.dataPinBanner!.changes).toContainEqual({
      label: "Software developers: median pay",
      before: "$133,080 (May 2024)",
      after: "$140,000 (May 2024)",
    });
    // The pinned address names the period shown, though the address asked left it to the default (the latest).
    expect(pinned.citation.pinnedUrl).toBe(`http://localhost/occupations?group=15-0000&vintage=2024-34&data=${firstTag}`);
    expect(plain.citation.pinnedUrl).toBe(`http://localhost/occupations?group=15-0000&vintage=2024-34&data=${secondTag}`);
    // The filters read the archive too: $135,000 and up leaves out the pinned $133,080, not the current $140,000.
    expect(developers(await finder(`?group=15-0000&pay=135000&data=${firstTag}`))).toBeUndefined();
    expect(developers(await finder("?group=15-0000&pay=135000"))).toBeDefined();
    // Naming the version costs no query; an older one's changes six.
    expect(queriesOf((await finder(`?group=15-0000&data=${secondTag}`)).headers)).toBe(queriesOf(plain.headers));
    expect(queriesOf(pinned.headers)).toBe(queriesOf(plain.headers) + 6);

    // Every link of the pinned list keeps its pin: sorting, the filter form, the CSV.
    const html = renderInRouter(createElement(OccupationFinder, { finder: pinned }));
    expect(html).toContain(`href="/occupations?group=15-0000&amp;sort=growth&amp;data=${firstTag}"`);
    expect(html).toContain(`<input type="hidden" name="data" value="${firstTag}"/>`);
    expect(html).toContain(`href="/occupations.csv?group=15-0000&amp;data=${firstTag}"`);
    const csv = await (await occupationsCsvLoader(routeArgs(`/occupations.csv?group=15-0000&data=${firstTag}`))).text();
    expect(csv).toMatch(new RegExp(`\\n15-1252,Software developers,2024-34,.*,${OLD_PAY},.*,${firstTag}\\r`));
    const malformed = await thrownStatus(() => finder("?data=latest"));
    expect(malformed.status).toBe(400);
  });

  // What would break: /roles?data=… answered 301 to /roles (the pin dropped without a word), and /roles.csv?data=…
  // gave the current figures naming the current version, though a counselor's pinned list must keep its figures.
  it("pins the role finder: archived figures, filters and order, a banner for its roles, pinned links and CSV", async () => {
    const finder = async (query: string) => {
      const { data, headers } = await answerOf(roleFinderLoader(routeArgs(`/roles${query}`)));
      return { ...data, headers };
    };
    const pinned = await finder(`?cluster=software-development&data=${firstTag}`);
    const plain = await finder("?cluster=software-development");
    const engineer = (page: typeof plain) => page.roles.find((r) => r.slug === SLUG);
    expect(engineer(pinned)!.projection!.medianAnnualWage).toBe(OLD_PAY);
    expect(engineer(plain)!.projection!.medianAnnualWage).toBe(NEW_PAY);
    expect(pinned.dataPinBanner!.changes).toContainEqual(
      expect.objectContaining({ before: "$133,080 (May 2024)", after: "$140,000 (May 2024)" }),
    );
    expect(plain.dataPinBanner).toBeNull();
    expect(pinned.dataVersion).toBe(firstTag);
    expect(pinned.citation.pinnedUrl).toBe(`http://localhost/roles?cluster=software-development&vintage=2024-34&data=${firstTag}`);
    expect(plain.citation.pinnedUrl).toBe(`http://localhost/roles?cluster=software-development&vintage=2024-34&data=${secondTag}`);
    // The pay spread is the one archived with the pinned median.
    expect(engineer(pinned)!.pay!.annual.p10).toBe(OLD_P10);
    // The filters read the archive too: $135,000 and up leaves out the pinned $133,080, not the current $140,000.
    expect(engineer(await finder(`?cluster=software-development&pay=135000&data=${firstTag}`))).toBeUndefined();
    expect(engineer(await finder("?cluster=software-development&pay=135000"))).toBeDefined();

    // Every link of the pinned list keeps its pin: sorting, the filter form, reset, comparing, the CSV.
    const html = renderInRouter(createElement(RoleFinder, { finder: pinned }));
    expect(html).toContain(`href="/roles?cluster=software-development&amp;sort=growth&amp;dir=desc&amp;data=${firstTag}"`);
    expect(html.match(new RegExp(`<input type="hidden" name="data" value="${firstTag}"/>`, "g"))).toHaveLength(2);
    expect(html).toContain(`href="/roles?data=${firstTag}"`);
    expect(html).toContain(`href="/roles.csv?cluster=software-development&amp;data=${firstTag}"`);
    const csv = await (await rolesCsvLoader(routeArgs(`/roles.csv?cluster=software-development&data=${firstTag}`))).text();
    expect(csv).toMatch(new RegExp(`\\n${SLUG},Software Engineer,15-1252,Software developers,2024-34,.*,${OLD_PAY},.*,${firstTag}\\r`));
    const plainCsv = await (await rolesCsvLoader(routeArgs("/roles.csv?cluster=software-development"))).text();
    expect(plainCsv).toMatch(new RegExp(`\\n${SLUG},Software Engineer,15-1252,.*,${NEW_PAY},.*,${secondTag}\\r`));
    // A malformed tag is a 400 and an unknown one a 404, on the page and its CSV alike.
    expect((await thrownStatus(() => finder("?data=latest"))).status).toBe(400);
    expect((await thrownStatus(() => finder("?data=v999-1a2b3c4d"))).status).toBe(404);
    expect((await thrownStatus(() => rolesCsvLoader(routeArgs("/roles.csv?data=v999-1a2b3c4d")))).status).toBe(404);
  });

  it("shows no banner when the tag is the current version", async () => {
    const page = await profilePage(`?data=${secondTag}`);
    expect(page.dataPinBanner).toBeNull();
    expect(page.profile.quickFacts.projection!.medianAnnualWage).toBe(NEW_PAY);
  });

  it("passes an older pin on to the page's slides and handout links, and adds none for the current figures", async () => {
    // If these lost the pin, slides or a printout made from a pinned page would show other figures than the page.
    const pinned = await profilePage(`?data=${firstTag}`);
    expect(pinned.actions.present).toBe(`/present?role=${SLUG}&data=${firstTag}`);
    expect(pinned.actions.handout).toBe(`/roles/${SLUG}/handout?data=${firstTag}`);
    for (const query of ["", `?data=${secondTag}`]) {
      const page = await profilePage(query);
      expect(page.actions.present, query).toBe(`/present?role=${SLUG}`);
      expect(page.actions.handout, query).toBe(`/roles/${SLUG}/handout`);
    }

    const roles = `roles=${SLUG},data-scientist`;
    const compared = await load(compareLoader, `/compare?${roles}&data=${firstTag}`);
    expect(compared.actions?.present).toBe(`/present?${roles}&data=${firstTag}`);
    expect(compared.actions?.handout).toBe(`/compare/handout?${roles}&data=${firstTag}`);
    const current = await load(compareLoader, `/compare?${roles}&data=${secondTag}`);
    expect(current.actions).toEqual({ present: `/present?${roles}`, handout: `/compare/handout?${roles}` });
  });

  it("keeps the pinned figures after yet another load", async () => {
    await seedDatabase(ctx.db, loadDataset(changedDir), { force: true });
    const page = await profilePage(`?data=${firstTag}`);
    expect(page.profile.quickFacts.projection!.medianAnnualWage).toBe(OLD_PAY);
    expect(page.dataPinBanner!.current.tag).not.toBe(secondTag);
    // The second version is now a pin too, with no change for this page.
    const second = await profilePage(`?data=${secondTag}`);
    expect(second.dataPinBanner!.changes).toEqual([]);
  });

  it("pins a comparison too: the pinned figures, a banner naming the change, pinned downloads", async () => {
    const slugs = [SLUG, "data-scientist"];
    const pinned = await getRoleComparison({ slugs, vintage: "2024-34", dataVersion: { id: 1, tag: firstTag } });
    const current = await getRoleComparison({ slugs, vintage: "2024-34" });
    expect(pinned.roles[0]!.projection!.medianAnnualWage).toBe(OLD_PAY);
    expect(current.roles[0]!.projection!.medianAnnualWage).not.toBe(OLD_PAY);
    // Everything the archive does not change is the same comparison.
    expect({ ...pinned.roles[1], skills: undefined }).toEqual({ ...current.roles[1], skills: undefined });
    expect(pinned.allOccupations).toEqual(current.allOccupations);
    expect(pinned.pinnedDataVersion).toBe(firstTag);

    const page = await answerOf(compareLoader(routeArgs(`/compare?roles=${slugs.join(",")}&data=${firstTag}`)));
    expect(page.data.comparison!.roles[0]!.projection!.medianAnnualWage).toBe(OLD_PAY);
    expect(page.data.dataPinBanner!.changes.map((c) => c.label)).toContain("Software developers: median pay");
    expect(page.data.dataPinBanner!.currentHref).toBe(`/compare?roles=${slugs.join(",")}`);
    expect(page.data.csvHref).toContain(`data=${firstTag}`);
    const csv = await compareCsvLoader(routeArgs(page.data.csvHref));
    expect(await csv.text()).toContain(String(OLD_PAY));
    const bad = await thrownStatus(() => compareLoader(routeArgs(`/compare?roles=${slugs.join(",")}&data=nope`)));
    expect(bad.status).toBe(400);
  });

  it("prints a pinned comparison handout with the archived figures, citing the pinned version and pinning its QR code to it", async () => {
    const slugs = [SLUG, "data-scientist"];
    const base = `/compare/handout?roles=${slugs.join(",")}`;
    const pinned = await load(compareHandoutLoader, `${base}&data=${firstTag}`);
    const current = await load(compareHandoutLoader, base);
    const currentTag = (await getCurrentDataVersion())!.tag;
    // If the handout ignored `data=`, it would print the current pay and cite the current version.
    expect(pinned.handout.roles[0]!.projection!.medianAnnualWage).toBe(OLD_PAY);
    expect(current.handout.roles[0]!.projection!.medianAnnualWage).toBe(NEW_PAY);
    expect(pinned.citation).toMatch(new RegExp(`Career Atlas data version ${firstTag} loaded \\w+ \\d{1,2}, \\d{4}\\.$`));
    expect(current.citation).toContain(`data version ${currentTag} loaded`);
    expect(pinned.qr.text).toBe(`http://localhost/compare?roles=${slugs.join(",")}&vintage=2024-34&data=${firstTag}`);
    expect(pinned.backHref).toBe(`/compare?roles=${slugs.join(",")}&data=${firstTag}`);
    expect(current.backHref).toBe(`/compare?roles=${slugs.join(",")}`);
    // Cached like the current page: the ETag follows the current version.
    expect(pinned.headers.get("ETag")).toContain(currentTag);
    // Constant queries: the archived projections take one query instead of two, and no "what changed" is printed.
    const four = await load(compareHandoutLoader, `/compare/handout?roles=${SLUG},data-scientist,qa-engineer,cto&data=${firstTag}`);
    expect(queriesOf(pinned.headers)).toBe(queriesOf(current.headers) - 1);
    expect(queriesOf(four.headers)).toBe(queriesOf(pinned.headers));

    const malformed = await thrownStatus(() => load(compareHandoutLoader, `${base}&data=v1`));
    expect(malformed.status).toBe(400);
    expect(malformed.text).toMatch(/“data”: use a data version tag such as v3-1a2b3c4d/);
    const unknown = await thrownStatus(() => load(compareHandoutLoader, `${base}&data=v999-1a2b3c4d`));
    expect(unknown.status).toBe(404);
    expect(unknown.text).toMatch(/There is no data version “v999-1a2b3c4d”/);
  });

  it("presents a pinned deck with the archived figures, dated and named by the pinned version, noting that newer data exists", async () => {
    const currentTag = (await getCurrentDataVersion())!.tag;
    const [first] = await ctx.db.select({ loadedAt: t.dataVersions.loadedAt }).from(t.dataVersions).where(eq(t.dataVersions.id, 1));
    const pinned = await load(presentLoader, `/present?role=${SLUG}&data=${firstTag}&slide=3`);
    const current = await load(presentLoader, `/present?role=${SLUG}&slide=3`);
    // If the deck ignored `data=`, its pay slide would show the current pay and its footers the current date.
    expect(payValues(pinned.deck)[0]).toBe("$133,080");
    expect(payValues(current.deck)[0]).toBe("$140,000");
    expect(pinned.deck.pinnedDataVersion).toBe(firstTag);
    expect(pinned.deck.dataAsOf).toBe(first!.loadedAt.toISOString());
    expect(current.deck.pinnedDataVersion).toBeUndefined();
    expect(pinned.newerData).toMatchObject({ pinned: { tag: firstTag }, current: { tag: currentTag } });
    expect(current.newerData).toBeNull();
    // The same queries as the plain deck: the profile and the all-occupations line read the archive instead.
    expect(queriesOf(pinned.headers)).toBe(queriesOf(current.headers));
    expect(pinned.headers.get("ETag")).toContain(currentTag);

    const slugs = [SLUG, "data-scientist", "qa-engineer"];
    const comparison = await load(presentNotesLoader, `/present/notes?roles=${slugs.join(",")}&data=${firstTag}`);
    const plainComparison = await load(presentNotesLoader, `/present/notes?roles=${slugs.join(",")}`);
    expect(payValues(comparison.deck)[0]).toBe("$133,080");
    expect(payValues(plainComparison.deck)[0]).toBe("$140,000");
    expect(comparison.deck.pinnedDataVersion).toBe(firstTag);
    expect(comparison.newerData!.pinned.tag).toBe(firstTag);
    expect(queriesOf(comparison.headers)).toBe(queriesOf(plainComparison.headers) - 1);

    const malformed = await thrownStatus(() => load(presentLoader, `/present?role=${SLUG}&data=latest`));
    expect(malformed.status).toBe(400);
    expect(malformed.text).toMatch(/“data”: use a data version tag/);
    const unknown = await thrownStatus(() => load(presentNotesLoader, `/present/notes?roles=${slugs.join(",")}&data=v999-1a2b3c4d`));
    expect(unknown.status).toBe(404);
    expect(unknown.text).toMatch(/There is no data version “v999-1a2b3c4d”/);
  });

  it("downloads the pinned figures as CSV", async () => {
    const response = await csvLoader(routeArgs(`/roles/${SLUG}/growth.csv?data=${firstTag}`, { slug: SLUG, chart: "growth" }));
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toContain("15-1252");
    // Each row names the pinned version its figures are from, not the current one.
    expect(firstTag).not.toBe(secondTag);
    for (const line of text.trim().split("\r\n").slice(1)) expect(line.endsWith(`,${firstTag}`), line).toBe(true);
  });

  it("answers a malformed tag with 400 and an unknown one with 404, each with a message (never a 500)", async () => {
    const malformed = await thrownStatus(() => profilePage("?data=latest"));
    expect(malformed.status).toBe(400);
    expect(malformed.text).toMatch(/“data”: use a data version tag such as v3-1a2b3c4d/);
    for (const tag of ["v999-1a2b3c4d", `v1-${"0".repeat(8)}`, "v1234567890-1a2b3c4d"]) {
      const unknown = await thrownStatus(() => profilePage(`?data=${tag}`));
      expect(unknown.status, tag).toBe(tag.length > 19 ? 400 : 404);
    }
    const unknown = await thrownStatus(() => profilePage("?data=v999-1a2b3c4d"));
    expect(unknown.text).toMatch(/There is no data version “v999-1a2b3c4d”/);
  });

  // A counselor's pass (2026-12-06): /roles/back-end-developer?data=garbage (400) and ?data=v1-00000000 (404) were titled
  // "Role not found — Career Atlas" (the 404 with a search for the role), and /occupations/15-1252?data=garbage
  // "Occupation not found"; other pinnable pages kept their usual title over the error. What would break: a page whose
  // title blames its subject, or says nothing, when only the pin is wrong.
  it("titles a page with a bad pin after the pin, on every page that takes one, and an unknown subject as before", async () => {
    type PageRoute = { loader: (args: never) => Promise<unknown>; meta: (args: never) => MetaDescriptor[] | undefined };
    const pages: [PageRoute, string, Record<string, string>][] = [
      [roleRoute, "/roles/back-end-developer", { slug: "back-end-developer" }],
      [occupationRoute, "/occupations/15-1252", { code: "15-1252" }],
      [roleHandoutRoute, "/roles/back-end-developer/handout", { slug: "back-end-developer" }],
      [compareRoute, "/compare?roles=back-end-developer,data-scientist", {}],
      [compareHandoutRoute, "/compare/handout?roles=back-end-developer,data-scientist", {}],
      [roleFinderRoute, "/roles", {}],
      [occupationFinderRoute, "/occupations", {}],
      [skillsExplorerRoute, "/explore/skills?have=python", {}],
      [interestsExplorerRoute, "/explore/interests?like=investigative", {}],
      [presentRoute, "/present?role=back-end-developer", {}],
      [presentNotesRoute, "/present/notes?role=back-end-developer", {}],
    ];
    /** The page's title as React Router renders it for what its loader throws. */
    const titleFor = async ({ loader, meta }: PageRoute, path: string, params: Record<string, string>) => {
      const thrown = await thrownResponse(() => loader(routeArgs(path, params) as never));
      const error = new ErrorResponse(thrown.status, thrown.statusText, await thrown.text());
      const title = meta({ data: undefined, loaderData: undefined, error, params, location: new URL(`http://localhost${path}`) } as never)
        ?.map((d) => ("title" in d ? d.title : null))
        .find(Boolean);
      return `${thrown.status} ${String(title)}`;
    };
    const join = (path: string, query: string) => `${path}${path.includes("?") ? "&" : "?"}${query}`;
    for (const [route, path, params] of pages) {
      expect(await titleFor(route, join(path, "data=garbage"), params), path).toBe("400 Bad link: data version — Career Atlas");
      expect(await titleFor(route, join(path, `data=v1-${"0".repeat(8)}`), params), path).toBe(
        "404 Pinned data version not found — Career Atlas",
      );
    }
    // The subject's own 404 keeps its title.
    expect(await titleFor(roleRoute, "/roles/astronaut", { slug: "astronaut" })).toBe("404 Role not found — Career Atlas");
    expect(await titleFor(occupationRoute, "/occupations/15-9999", { code: "15-9999" })).toMatch(/^404 Occupation not found/);
    expect(await titleFor(roleRoute, "/roles/back-end-developer?vintage=2099-09", { slug: "back-end-developer" })).toBe(
      "400 Bad link: projection period — Career Atlas",
    );
  });

  it("says so, and shows no spread, where a version's percentiles were loaded before they were archived", async () => {
    await ctx.db.delete(t.dataVersionPayPercentiles).where(eq(t.dataVersionPayPercentiles.dataVersionId, 1));
    const page = await occupationPage(`?data=${firstTag}`);
    expect(page.dataPinBanner!.percentilesKept).toBe(false);
    // The banner says so once, not by listing every current percentile as new.
    expect(page.dataPinBanner!.changes.filter((c) => c.label.includes("percentile"))).toEqual([]);
    expect(page.pay).toEqual([]);
    // Its projections are still the archived ones.
    expect(page.projections.find((p) => p.vintage === "2024-34")!.medianAnnualWage).toBe(OLD_PAY);
    const profile = await getRoleProfile({ slug: SLUG, vintage: "2024-34", dataVersion: { id: 1, tag: firstTag } });
    expect(profile!.quickFacts.pay).toBeNull();

    // The newest version's percentiles are still in the dataset tables: a start archives them if they are missing.
    const latest = (await getCurrentDataVersion())!;
    const archivedRows = async () =>
      (
        await ctx.db
          .select({ n: count() })
          .from(t.dataVersionPayPercentiles)
          .where(eq(t.dataVersionPayPercentiles.dataVersionId, latest.id))
      )[0]!.n;
    const before = await archivedRows();
    await ctx.db.delete(t.dataVersionPayPercentiles).where(eq(t.dataVersionPayPercentiles.dataVersionId, latest.id));
    expect(await archiveLatestFiguresIfMissing(ctx.db)).toBe(true);
    expect(await archivedRows()).toBe(before);
    expect(await archiveLatestFiguresIfMissing(ctx.db)).toBe(false);
  });

  it("shows an occupation's current interest scores, labelled as such, where its pinned version was loaded before interest scores were archived", async () => {
    // What would break: a version archived before migration 0018 kept no interest scores; its pinned occupation page must
    // neither fail (500) nor lose its interests, and must not pass today's scores off as the pinned version's.
    await ctx.db.delete(t.dataVersionOnetInterests).where(eq(t.dataVersionOnetInterests.dataVersionId, 1));
    await withChangedLiveInterests(ctx.db, async () => {
      const pinned = await occupationPage(`?data=${firstTag}`);
      const plain = await occupationPage("");
      expect(pinned.interests).toEqual(plain.interests);
      expect(developersInterests(pinned)).toMatchObject({ Social: [6.5, 3] });
      expect(pinned.dataPinBanner!.interestScoresKept).toBe(false);
      // Its outlook figures are still the pinned version's.
      expect(pinned.projections.find((p) => p.vintage === "2024-34")!.medianAnnualWage).toBe(OLD_PAY);
      const html = renderInRouter(createElement(OccupationProfile, { profile: pinned }));
      expect(textOf(html)).toContain(
        "This version was loaded before Career Atlas kept each version’s O*NET interest scores, so this page shows O*NET’s current interest scores and interest code, labelled “current scores”",
      );
      const interests = textOf(/<section[^>]*id="education".*?<\/section>/s.exec(html)![0]);
      expect(interests).toMatch(/Interests \(O\*NET, current scores, 1 = low to 7 = high\):[^[]*Social 6\.50/);
      expect(interests).toContain("O*NET’s current interest code: ICS");
      // The plain page labels nothing.
      expect(textOf(renderInRouter(createElement(OccupationProfile, { profile: plain })))).not.toContain("current scores");
    });
  });

  it("names the period shown in every single-period page's pinned link, so it shows the same figures after BLS's next period loads", async () => {
    // What would break: the compare page, both finders and both explorers pinned "?data=<tag>" without the period; once
    // a newer period loads it is the default, the pinned version never had it, and the pinned link shows no figures.
    const cited = async (loader: (args: RouteArgs) => unknown, path: string) =>
      ((await answerOf(loader(routeArgs(path)) as Promise<DataResult>)).data as { citation: { pinnedUrl: string | null } }).citation
        .pinnedUrl;
    // The current version (an earlier test here loads another).
    const tag = (await getCurrentDataVersion())!.tag;
    expect(await cited(compareLoader as never, "/compare?roles=back-end-developer,data-scientist")).toBe(
      `http://localhost/compare?roles=back-end-developer,data-scientist&vintage=2024-34&data=${tag}`,
    );
    expect(await cited(roleFinderLoader as never, "/roles?sort=growth")).toBe(
      `http://localhost/roles?sort=growth&vintage=2024-34&data=${tag}`,
    );
    expect(await cited(skillsExplorerLoader as never, "/explore/skills?have=Python")).toBe(
      `http://localhost/explore/skills?have=Python&vintage=2024-34&data=${tag}`,
    );
    // A period asked for is kept as asked, not written twice.
    expect(await cited(roleFinderLoader as never, "/roles?vintage=2022-32")).toBe(`http://localhost/roles?vintage=2022-32&data=${tag}`);
  });

  it("refuses a version loaded before figures were archived with a 404 that says so", async () => {
    await ctx.db.delete(t.dataVersionProjections).where(eq(t.dataVersionProjections.dataVersionId, 1));
    expect((await lookUpDataPin({ tag: firstTag })).status).toBe("not_archived");
    const refused = await thrownStatus(() => profilePage(`?data=${firstTag}`));
    expect(refused.status).toBe(404);
    expect(refused.text).toMatch(/was loaded before Career Atlas kept the figures/);
    // Other pins still work.
    expect((await getDataPin({ tag: secondTag, slugs: [SLUG], vintage: "2024-34" })).status).toBe("pinned");
  });
});

it("is a tagged version whose tag parses back", async () => {
  const { parseDataVersionTag, dataVersionTag } = await import("~/features/data-pin/data-pin");
  expect(parseDataVersionTag(dataVersionTag(12, "1a2b3c4d5e"))).toEqual({ id: 12, hashPrefix: "1a2b3c4d" });
  expect(parseDataVersionTag("v0-1a2b3c4d")).toBeNull();
});
