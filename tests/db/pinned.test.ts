/**
 * Links pinned to a data version (`&data=<tag>`, docs/decisions/008): after a load with a changed figure, a
 * pinned profile keeps the old figures, the unpinned one shows the new, and the banner names the change.
 */
import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import * as t from "~db/schema";
import { loadDataset } from "../../seed/load";
import { seedDatabase } from "../../seed/seed";
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
import { changedPayDataset, describeEachDriver, SOFTWARE_DEVELOPERS_PAY } from "./harness";
import { answerOf, queriesOf, routeArgs, thrownResponse, type DataResult, type RouteArgs } from "./route-args";

const SLUG = "software-engineer";
const { published: OLD_PAY, changed: NEW_PAY } = SOFTWARE_DEVELOPERS_PAY;

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
      changes: [{ label: "Software developers: median pay", before: "$133,080 (May 2024)", after: "$140,000 (May 2024)" }],
    });
    // The citation names the version whose figures are shown.
    expect(page.dataVersion.tag).toBe(firstTag);
    expect(page.pinnedUrl).toBe(`http://localhost/roles/${SLUG}?vintage=2024-34&data=${firstTag}`);

    const plain = await profilePage("");
    expect(plain.profile.quickFacts.projection!.medianAnnualWage).toBe(NEW_PAY);
    expect(plain.dataPinBanner).toBeNull();
    expect(plain.pinnedUrl).toBe(`http://localhost/roles/${SLUG}?vintage=2024-34&data=${secondTag}`);
  });

  it("costs a constant number of queries: pinned = plain + the 4 queries of its “what changed”", async () => {
    const plain = await profilePage("");
    const pinned = await profilePage(`?data=${firstTag}`);
    // If this grew, something queries per figure or per role.
    expect(queriesOf(pinned.headers)).toBe(queriesOf(plain.headers) + 4);
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
    expect(await response.text()).toContain("15-1252");
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
