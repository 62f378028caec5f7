/**
 * A pinned occupation page's O*NET interest scores after a newer load changes which BLS line O*NET occupations are filed
 * under (ADR 019, amended 2026-12-07): the page shows the archived scores it was pinned with, filed as the pinned version
 * filed them, including those of codes that have since been retired or moved, each named with its code, title and
 * release; never the scores of a code filed under the line only since.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { createElement } from "react";
import { beforeAll, expect, it } from "vitest";
import { OccupationProfile } from "~/features/occupations/components/occupation-profile";
import { getCurrentDataVersion } from "~/features/data-pin/data-version.server";
import { loader as occupationLoader } from "~/routes/occupations.$code";
import { defaultDatasetDir, loadDataset } from "../../seed/load";
import { seedDatabase } from "../../seed/seed";
import { describeEachDriver, editedDataset } from "./harness";
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
  return section
    .replace(/<[^>]+>/g, "")
    .replace(/\s+/g, " ")
    .replace(/&amp;/g, "&");
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
    const live = await ctx.db.execute(sql`select bls_code from onet_occupations where onet_code in (${RETIRED.code}, ${MOVED.code})`);
    expect((Array.isArray(live) ? live : (live as { rows: unknown[] }).rows).length).toBe(1);
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
  });

  it("names each score's O*NET code, its title then and its release, and says where the code is now", async () => {
    const pinned = await occupationPage(CATCH_ALL, `?data=${firstTag}`);
    const text = interestsSectionText(pinned);
    expect(text).toContain(
      `${RETIRED.title} (O*NET ${RETIRED.code}) Filed under this occupation in O*NET 30.1 (December 2025), as data version ${firstTag} kept it; the O*NET release loaded now no longer lists the code.`,
    );
    expect(text).toContain(
      `${MOVED.title} (O*NET ${MOVED.code}) Filed under this occupation in O*NET 30.1 (December 2025), as data version ${firstTag} kept it; now filed under Information security analysts (${SECURITY}).`,
    );
    expect(text).toMatch(/Document Management Specialists[^]*Interests \(O\*NET 30\.1 \(December 2025\), 1 = low to 7 = high\): Conventional 6\.75, Investigative 3\.81/);
    expect(text).toContain("O*NET’s interest code: CI (Conventional, Investigative");
    // A code still filed here under another title: the scores name the title they were kept under.
    expect(text).toContain(`${RETITLED.newTitle}`);
    expect(text).toContain(`as “${RETITLED.title}” in O*NET 30.1 (December 2025)`);
  });

  it("leaves the plain pages as they are, and costs no query more", async () => {
    const plain = await occupationPage(CATCH_ALL);
    expect(scoresOf(plain, RETIRED.code)).toEqual([]);
    expect(scoresOf(plain, MOVED.code)).toEqual([]);
    const text = interestsSectionText(plain);
    expect(text).not.toContain(RETIRED.title);
    expect(text).not.toContain("Filed under this occupation in");
    expect(text).toContain("Interests (O*NET, 1 = low to 7 = high)");
    expect(scoresOf(await occupationPage(SECURITY), MOVED.code)).toHaveLength(6);
    const pinned = await occupationPage(CATCH_ALL, `?data=${firstTag}`);
    expect(queriesOf(pinned.headers)).toBe(queriesOf(plain.headers) + 6);
  });
});
