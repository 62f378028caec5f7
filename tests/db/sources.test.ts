/**
 * Issue 15, item 8: pages named the user's articles "Unattributed career article (user-supplied source document 000)".
 * Every source must be named as a reader can look it up (an article by its title, saying "author not given" when the
 * document names nobody), with no internal label in anything a page prints, and the database must refuse a source
 * that breaks the rules the pages rely on.
 */
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import * as t from "~db/schema";
import { sourceCredit } from "~/features/sources/citations";
import { listSourcesByIds } from "~/features/sources/queries.server";
import { noteByline } from "~/features/roles/role-profile";
import { describeEachDriver } from "./harness";

/** Words of the dataset's own bookkeeping that must never reach a page. */
const INTERNAL_LABEL = /user-supplied|source document|unattributed|document \d{3}|shared\/seeds|seed article/i;

describeEachDriver("how sources are named", { seed: true }, (ctx) => {
  it("gives every source a title and nothing internal in what pages print of it", async () => {
    const rows = await ctx.db.select().from(t.sources);
    expect(rows.length).toBeGreaterThan(20);
    const citations = await listSourcesByIds({ ids: rows.map((r) => r.id) });
    expect(citations).toHaveLength(rows.length);
    for (const source of citations) {
      expect(source.title.trim(), source.id).not.toBe("");
      for (const printed of [sourceCredit(source), source.attribution, source.license]) {
        expect(printed, source.id).not.toMatch(INTERNAL_LABEL);
        // The id is the address of the source's list entry (#source-<id>), never its printed name (a one-word id
        // such as "editorial" is an ordinary word).
        if (source.id.includes("-")) expect(printed, source.id).not.toContain(source.id);
      }
    }
  });

  it("writes no publisher's internal code in a role's notes: O*NET's title-source codes are named in words", async () => {
    // O*NET's Alternate Titles file gives each title's sources as codes (01 industry associations … 10 job listings).
    const notes = [
      ...(await ctx.db.select({ note: t.roleOccupations.note }).from(t.roleOccupations)).map((r) => r.note),
      ...(await ctx.db.select({ note: t.roleAliases.note }).from(t.roleAliases)).map((r) => r.note),
      ...(await ctx.db.select({ note: t.roleStatements.note }).from(t.roleStatements)).map((r) => r.note),
    ];
    expect(notes.filter((n) => n !== null).length).toBeGreaterThan(30);
    for (const note of notes) expect(note ?? "").not.toMatch(/\(sources?\s+\d{2}\b/);
  });

  it("names each article by its title and its author, or says the author is not given", async () => {
    const articles = (await listSourcesByIds({ ids: (await ctx.db.select({ id: t.sources.id }).from(t.sources)).map((r) => r.id) })).filter(
      (s) => s.kind === "article",
    );
    expect(articles.map((a) => a.id).sort()).toEqual([
      "article-backend-core-of-web-apps",
      "article-backend-how-it-powers-websites",
      "article-backend-job-profile",
      "article-backend-power-behind-the-scenes",
    ]);
    const names = Object.fromEntries(articles.map((a) => [a.id, sourceCredit(a)]));
    expect(names).toEqual({
      "article-backend-power-behind-the-scenes": "“Article 2: Back-End Developer – The Power Behind the Scenes”, author not given",
      "article-backend-core-of-web-apps": "“Backend Developer: Building the Core of Web Applications”, author not given",
      // Untitled documents are described in square brackets (not quoted as if it were their title).
      "article-backend-job-profile": "[Untitled job profile: Back-End Developer], author not given",
      "article-backend-how-it-powers-websites":
        "[Untitled blog post: “Understand backend development and how it powers websites behind the scenes”], author not given",
    });
  });

  it("signs the editorial AI notes taken from articles 'Author not given', and no note with an internal label", async () => {
    const notes = await ctx.db
      .select({ layer: t.aiImpactNotes.layer, author: t.aiImpactNotes.author, kind: t.sources.kind, sourceAuthor: t.sources.author })
      .from(t.aiImpactNotes)
      .innerJoin(t.sources, sql`${t.sources.id} = ${t.aiImpactNotes.sourceId}`);
    const editorial = notes.filter((n) => n.layer === "editorial");
    expect(editorial.length).toBeGreaterThan(0);
    for (const note of editorial) {
      expect(noteByline(note)).toBe(note.author ? `Author: ${note.author}` : "Author not given");
      if (!note.author) expect(note).toMatchObject({ kind: "article", sourceAuthor: null });
    }
    for (const note of notes) expect(note.author ?? "").not.toMatch(INTERNAL_LABEL);
  });

  describe("the database's own rules", () => {
    const row = { title: "A test source", license: "Public domain", attribution: "Test", url: "https://example.org/" };
    /** The message of the error the database refused a write with (drizzle wraps it as the cause). */
    async function refusal(write: Promise<unknown>): Promise<string> {
      try {
        await write;
      } catch (error) {
        const cause = (error as { cause?: unknown }).cause;
        return String(cause instanceof Error ? cause.message : error);
      }
      throw new Error("the database accepted the row");
    }

    it("refuses a source other than an article without a publisher, and accepts an article without one", async () => {
      expect(await refusal(ctx.db.insert(t.sources).values({ ...row, id: "test-no-publisher", kind: "official_statistics" }))).toContain(
        "sources_publisher_unless_article",
      );
      await ctx.db.insert(t.sources).values({ ...row, id: "test-article-no-publisher", kind: "article" });
    });

    it("refuses an author on anything but an article", async () => {
      const write = ctx.db
        .insert(t.sources)
        .values({ ...row, id: "test-research-author", kind: "research", publisher: "Someone", author: "Jane Example" });
      expect(await refusal(write)).toContain("sources_author_of_article");
    });
  });
});
