import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { withQueryStats } from "~db/client";
import { normalizeTitle } from "~db/text";
import { rowsOf } from "~/lib/db.server";
import { getCurrentDataVersion } from "~/features/data-pin/data-version.server";
import { searchOccupations } from "~/features/search/occupation-search.server";
import { searchTitles } from "~/features/search/queries.server";
import { currentTitleIndex } from "~/features/search/title-index.server";
import { similarity, wordSimilarity } from "~/features/search/trigrams";
import { loadDataset } from "../../seed/load";
import { seedDatabase } from "../../seed/seed";
import { describeEachDriver, editedDataset } from "./harness";

/*
 * The in-process title index (ADR 015) against the database it is built from: its scores are pg_trgm's, it holds
 * every title, and a new data version is searched as soon as it is loaded.
 */
describeEachDriver("title index", { seed: true }, (ctx) => {
  it("scores every sampled title exactly as pg_trgm does (similarity and word_similarity)", async () => {
    // What would break: the floors of ADR 007 and 014 were tuned on pg_trgm's scores.
    const queries = [
      "manager",
      "accountnt",
      "bakend developr",
      "registerd nurse",
      "c++ programmer",
      "enjinear",
      "Développeur",
      "データ サイエンティスト",
      "qa",
    ];
    let compared = 0;
    for (const q of queries) {
      const rows = rowsOf<{ title: string; sim: number; word_sim: number }>(
        await ctx.db.execute(sql`
          select title_normalized as title, similarity(title_normalized, ${q}) as sim, word_similarity(${q}, title_normalized) as word_sim
            from occupation_titles where id % 97 = 0
          union all
          select alias_normalized, similarity(alias_normalized, ${q}), word_similarity(${q}, alias_normalized) from role_aliases
        `),
      );
      for (const row of rows) {
        // float4 comes back as its shortest decimal text; Math.fround restores the float4 itself.
        expect(similarity(row.title, q), `similarity(${row.title}, ${q})`).toBe(Math.fround(Number(row.sim)));
        expect(wordSimilarity(q, row.title), `word_similarity(${q}, ${row.title})`).toBe(Math.fround(Number(row.word_sim)));
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(5_000);
  });

  it("holds every title with a BLS line, and every detailed BLS and O*NET occupation title", async () => {
    const [counts] = rowsOf<{ titles: number; bls: number; onet: number }>(
      await ctx.db.execute(sql`
        select (select count(*) from occupation_titles where soc_code is not null)::int as titles,
               (select count(*) from occupations where kind = 'detailed')::int as bls,
               (select count(*) from onet_occupations where bls_code is not null)::int as onet
      `),
    );
    // O*NET's short forms that differ from their title are searchable titles too ("Auto Mechanic").
    const shortForms = rowsOf<{ short: string; normalized: string }>(
      await ctx.db.execute(sql`
        select short_title as short, title_normalized as normalized
          from occupation_titles where soc_code is not null and short_title is not null
      `),
    ).filter((row) => normalizeTitle(row.short) !== "" && normalizeTitle(row.short) !== row.normalized).length;
    expect(shortForms).toBeGreaterThan(3_000);
    const index = await currentTitleIndex();
    expect(index.occupationTitleCount).toBe(counts!.titles + counts!.bls + counts!.onet + shortForms);
    expect(index.occupationTitleCount).toBeGreaterThan(70_000);
  });

  it("is built once per data version: a search then costs one query (which version is current)", async () => {
    await currentTitleIndex();
    const { queries } = await withQueryStats(() => searchOccupations({ q: "manager" }));
    expect(queries).toBe(1);
    expect(await currentTitleIndex()).toBe(await currentTitleIndex());
  });

  describe("when a new data version is loaded", () => {
    let before: Awaited<ReturnType<typeof searchOccupations>>;
    let beforeTag: string;

    beforeAll(async () => {
      beforeTag = (await getCurrentDataVersion())!.tag;
      before = await searchOccupations({ q: "adversary emulation engineer" });
      // The same dataset with one O*NET title renamed: a new data version whose titles differ by one.
      const dir = editedDataset({
        "occupation-titles.csv": (text) =>
          text.replace(
            /^Offensive Security Engineer,,(\d{2}),onet_alternate_title,15-1299\.06,/m,
            "Adversary Emulation Engineer,,$1,onet_alternate_title,15-1299.06,",
          ),
      });
      expect((await seedDatabase(ctx.db, loadDataset(dir))).status).toBe("loaded");
    });

    it("searches the new version's titles at once, and no longer finds the old one", async () => {
      // What would break: an index kept across versions would answer from data the page no longer shows.
      expect((await getCurrentDataVersion())!.tag).not.toBe(beforeTag);
      expect(before.find((hit) => hit.matchedText === "Adversary Emulation Engineer")).toBeUndefined();
      const [renamed] = await searchOccupations({ q: "adversary emulation engineer" });
      expect(renamed).toMatchObject({ socCode: "15-1299", quality: "exact", matchedText: "Adversary Emulation Engineer" });
      const old = await searchOccupations({ q: "offensive security engineer" });
      expect(old.find((hit) => hit.matchedText === "Offensive Security Engineer")).toBeUndefined();
      // Role titles come from the same index: still all there.
      expect((await searchTitles({ q: "back-end developer" })).results[0]).toMatchObject({ slug: "back-end-developer" });
    });
  });
});
