/**
 * What pages keep per data version (issue 13, item 4: cold renders; ADR 013, amended 2026-12-07): the loaded periods,
 * the glossary, the sources, the compare picker's role list and the interests explorer's lists depend on the data
 * version alone, so a page reads them once per version and then only what its address decides. What would break if
 * these failed: every cold render paying those statements again (PGlite's fixed cost is ~0.5 ms each, and its
 * statements queue in one session), a page kept with another version's figures, or a load left unseen.
 *
 * Counted with the query counter every public page reports in Server-Timing (`withQueryStats`, db/client.ts): it counts
 * each statement drizzle sends, which on PGlite is each call of the driver's `query` (compared one for one while
 * measuring, 2026-12-07).
 */
import { createElement } from "react";
import { expect, it, vi } from "vitest";
import { openDatabase } from "~db/client";
import { InterestsExplorer } from "~/features/explore/components/interests-explorer";
import { SkillsExplorer } from "~/features/explore/components/skills-explorer";
import { OLDER_VERSION_GRACE_MS, rememberForDataVersion } from "~/lib/data-version-memo.server";
import { loader as compareLoader } from "~/routes/compare";
import { loader as interestsLoader } from "~/routes/explore.interests";
import { loader as skillsLoader } from "~/routes/explore.skills";
import { loader as occupationLoader } from "~/routes/occupations.$code";
import { loader as profileLoader } from "~/routes/roles.$slug";
import { loadDataset } from "../../seed/load";
import { seedDatabase } from "../../seed/seed";
import { describeEachDriver, editedDataset, recordDataLoad, type DbContext } from "./harness";
import { renderInRouter } from "./rendered-page";
import { answerOf, queriesOf, routeArgs } from "./route-args";

const profile = (slug: string) => answerOf(profileLoader(routeArgs(`/roles/${slug}`, { slug })));
const compare = (query: string) => answerOf(compareLoader(routeArgs(`/compare?${query}`)));
const skills = (query = "") => answerOf(skillsLoader(routeArgs(`/explore/skills${query}`)));
const interests = (query = "") => answerOf(interestsLoader(routeArgs(`/explore/interests${query}`)));

interface Page {
  name: string;
  load: () => Promise<{ data: unknown; headers: Headers }>;
  /** Statements once the version's shared parts are kept. */
  kept: number;
  /** Statements on every request before they were kept (main at 9149f65). */
  before: number;
  /** The page's server HTML, for the pages whose component takes the loader's data as it is. */
  render?: (data: never) => string;
}

const PAGES: Page[] = [
  { name: "role profile", load: () => profile("back-end-developer"), kept: 11, before: 14 },
  {
    name: "occupation profile",
    load: () => answerOf(occupationLoader(routeArgs("/occupations/15-1252", { code: "15-1252" }))),
    kept: 16,
    before: 17,
  },
  { name: "comparison of roles", load: () => compare("roles=back-end-developer,data-scientist"), kept: 11, before: 14 },
  {
    name: "comparison of a role and an occupation",
    load: () => compare("roles=back-end-developer&occupations=29-1141"),
    kept: 16,
    before: 19,
  },
  { name: "comparison of occupations", load: () => compare("occupations=15-1252,29-1141"), kept: 7, before: 10 },
  { name: "compare picker", load: () => compare("roles=cto"), kept: 1, before: 3 },
  {
    name: "skills explorer",
    load: () => skills(),
    kept: 1,
    before: 3,
    render: (explorer) => renderInRouter(createElement(SkillsExplorer, { explorer, presentHref: null })),
  },
  {
    name: "skills explorer with skills",
    load: () => skills("?have=Python&have=SQL"),
    kept: 2,
    before: 4,
    render: (explorer) => renderInRouter(createElement(SkillsExplorer, { explorer, presentHref: null })),
  },
  {
    name: "interests explorer",
    load: () => interests(),
    kept: 1,
    before: 5,
    render: (explorer) => renderInRouter(createElement(InterestsExplorer, { explorer, presentHref: null })),
  },
  {
    name: "interests explorer with areas",
    load: () => interests("?like=investigative&like=conventional"),
    kept: 1,
    before: 5,
    render: (explorer) => renderInRouter(createElement(InterestsExplorer, { explorer, presentHref: null })),
  },
];

/** Loads a dataset as another instance would: on PostgreSQL through a connection of its own, on PGlite (one opener) through the suite's. */
async function loadFromElsewhere(ctx: DbContext, dir: string): Promise<void> {
  const other = ctx.handle.target.driver === "postgres" ? await openDatabase(ctx.handle.target) : null;
  try {
    expect((await seedDatabase(other?.db ?? ctx.db, loadDataset(dir))).status).toBe("loaded");
  } finally {
    await other?.close();
  }
}

describeEachDriver("what pages keep per data version", { seed: true }, (ctx) => {
  it("costs each page fewer statements once its data version's shared parts are read, and answers the same", async () => {
    // A new version: nothing is kept for it yet, whatever ran before.
    await recordDataLoad(ctx.db);
    for (const page of PAGES) {
      const first = await page.load();
      // Rendered between the two requests, as the server would: a render that changed what is kept would show below.
      const firstHtml = page.render?.(first.data as never);
      const second = await page.load();
      expect(queriesOf(second.headers), page.name).toBe(page.kept);
      expect(page.kept, page.name).toBeLessThan(page.before);
      expect(queriesOf(first.headers), page.name).toBeGreaterThanOrEqual(page.kept);
      expect(JSON.stringify(second.data), page.name).toBe(JSON.stringify(first.data));
      expect(second.headers.get("ETag"), page.name).toBe(first.headers.get("ETag"));
      if (page.render) expect(page.render(second.data as never), page.name).toBe(firstHtml);
    }
  });

  it("reads a new load's periods, glossary, sources, role list and interest scores on the next request", async () => {
    const before = {
      profile: await profile("back-end-developer"),
      picker: await compare("roles=cto"),
      interests: await interests("?like=investigative"),
    };
    // Software developers: behind a tech role (the software engineer) or among the tech occupations.
    const developers = (list: typeof before.interests) =>
      [...list.data.roles.map((r) => r.occupation), ...list.data.tech].find((o) => o.onetCode === "15-1252.00");
    expect(before.profile.data.profile.quickFacts.growthBand?.label).toBe("Much faster than average (7% or higher)");
    expect(before.profile.data.glossary.find((d) => d.slug === "back-end")?.definition).toMatch(/^The behind-the-scenes part/);
    expect(before.profile.data.profile.sources.find((s) => s.id === "bls-ep-2024-34")?.title).toMatch(/^Employment Projections 2024-34,/);
    expect(before.picker.data.choices.find((c) => c.slug === "qa-engineer")?.title).toBe("QA Engineer");
    expect(developers(before.interests)?.scores.Investigative).toBe(5.86);
    // Kept: the second request of each reads only the data version where the first read more.
    expect(queriesOf((await compare("roles=cto")).headers)).toBe(1);

    await loadFromElsewhere(
      ctx,
      editedDataset({
        "growth-bands.yaml": (text) =>
          text.replace("label: Much faster than average (7% or higher)", "label: Much faster than average (7% or more)"),
        "glossary.yaml": (text) => text.replace("The behind-the-scenes part of a website", "The hidden part of a website"),
        "sources.yaml": (text) =>
          text.replace(
            'title: "Employment Projections 2024-34, occupation.xlsx',
            'title: "Employment Projections 2024-34 (edited), occupation.xlsx',
          ),
        "roles/qa-engineer.yaml": (text) => text.replace("title: QA Engineer", "title: QA and Test Engineer"),
        "onet-interests.csv": (text) => text.replace("15-1252.00,Investigative,5.86,1,", "15-1252.00,Investigative,5.9,1,"),
      }),
    );

    const after = {
      profile: await profile("back-end-developer"),
      picker: await compare("roles=cto"),
      interests: await interests("?like=investigative"),
    };
    expect(after.profile.data.dataVersion.tag).not.toBe(before.profile.data.dataVersion.tag);
    expect(after.profile.data.profile.quickFacts.growthBand?.label).toBe("Much faster than average (7% or more)");
    expect(after.profile.data.glossary.find((d) => d.slug === "back-end")?.definition).toMatch(/^The hidden part/);
    expect(after.profile.data.profile.sources.find((s) => s.id === "bls-ep-2024-34")?.title).toMatch(
      /^Employment Projections 2024-34 \(edited\),/,
    );
    expect(after.picker.data.choices.find((c) => c.slug === "qa-engineer")?.title).toBe("QA and Test Engineer");
    expect(developers(after.interests)?.scores.Investigative).toBe(5.9);
    // The first requests after the load read the new version's parts (the picker: the version and the role list, the
    // profile before it having read the periods); the next reads only the version again.
    expect(queriesOf(after.picker.headers)).toBe(2);
    expect(queriesOf((await compare("roles=cto")).headers)).toBe(1);
  });
});

describeEachDriver("rememberForDataVersion", { seed: false }, () => {
  const v = (tag: string) => ({ tag });
  it("keeps an answer for the newest version seen, by its tag, and nothing for an older version, a failure or no version", async () => {
    const remember = (tag: string | undefined, answer: () => Promise<string>) =>
      rememberForDataVersion(tag ? v(tag) : undefined, "key", answer);
    expect(await remember("v5-aaaaaaaa", async () => "five")).toBe("five");
    expect(await remember("v5-aaaaaaaa", async () => "five again")).toBe("five");
    // A request that read an older version (it began before a load) computes its own answer and keeps nothing.
    expect(await remember("v4-aaaaaaaa", async () => "four")).toBe("four");
    expect(await remember("v4-aaaaaaaa", async () => "four again")).toBe("four again");
    expect(await remember("v5-aaaaaaaa", async () => "five, third")).toBe("five");
    // The same id with another hash is other data (a database emptied and loaded again): computed afresh, then kept.
    expect(await remember("v5-bbbbbbbb", async () => "other five")).toBe("other five");
    expect(await remember("v5-bbbbbbbb", async () => "other five again")).toBe("other five");
    // A newer version drops what the older one kept; a failure is not kept.
    await expect(remember("v6-aaaaaaaa", () => Promise.reject(new Error("unreachable")))).rejects.toThrow("unreachable");
    expect(await remember("v6-aaaaaaaa", async () => "six")).toBe("six");
    expect(await remember("v6-aaaaaaaa", async () => "six again")).toBe("six");
    // No version loaded: nothing to key on, nothing kept.
    expect(await remember(undefined, async () => "none")).toBe("none");
    expect(await remember(undefined, async () => "none again")).toBe("none again");
  });

  it("keeps answers again for a database emptied and loaded afresh (lower ids) once the newer version is no longer read", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      const remember = (tag: string, answer: () => Promise<string>) => rememberForDataVersion(v(tag), "reset", answer);
      expect(await remember("v9-cccccccc", async () => "nine")).toBe("nine");
      // Within the grace a lower id is a request that began before a load: computed, not kept.
      vi.advanceTimersByTime(OLDER_VERSION_GRACE_MS - 1);
      expect(await remember("v1-dddddddd", async () => "one")).toBe("one");
      expect(await remember("v1-dddddddd", async () => "one again")).toBe("one again");
      // Each read of the newer version starts the grace again.
      expect(await remember("v9-cccccccc", async () => "nine again")).toBe("nine");
      vi.advanceTimersByTime(OLDER_VERSION_GRACE_MS - 1);
      expect(await remember("v1-dddddddd", async () => "one, third")).toBe("one, third");
      // Past it, the lower id is what the database holds now: kept.
      vi.advanceTimersByTime(2);
      expect(await remember("v1-dddddddd", async () => "one, kept")).toBe("one, kept");
      expect(await remember("v1-dddddddd", async () => "one, fifth")).toBe("one, kept");
    } finally {
      vi.useRealTimers();
    }
  });
});
