/**
 * The user's source articles (../shared/seeds) are named as the documents name themselves (issue 15, item 8): an
 * article's title is a line of its document, word for word; a document without a title is described in square
 * brackets, quoting its opening words where the description does; and since no document names its author, publisher
 * or date, sources.yaml gives none (the pages then say "author not given"). Skipped, saying so, where the documents
 * are absent.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../seed/load";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const seedsDir = process.env.ATLAS_SHARED_SEEDS ? resolve(process.env.ATLAS_SHARED_SEEDS) : resolve(repoRoot, "../shared/seeds");
const haveSeeds = existsSync(seedsDir);

/** A document's lines as a reader sees them: Markdown heading marks and emphasis removed, trimmed. */
function readDocument(file: string): { file: string; text: string; lines: string[] } {
  const text = readFileSync(join(seedsDir, file), "utf8");
  const lines = text.split("\n").map((line) =>
    line
      .replace(/^#+\s*/, "")
      .replaceAll("**", "")
      .trim(),
  );
  return { file, text, lines };
}

describe.skipIf(!haveSeeds)(haveSeeds ? "the source articles against the documents" : `SKIPPED: no documents in ${seedsDir}`, () => {
  const documents = haveSeeds
    ? readdirSync(seedsDir)
        .filter((f) => f.endsWith(".txt"))
        .sort()
        .map(readDocument)
    : [];
  const articles = loadDataset()
    .dataset.sources.map((s) => s.value)
    .filter((s) => s.kind === "article");

  it("has one article source per document", () => {
    expect(documents.length).toBeGreaterThan(0);
    expect(articles).toHaveLength(documents.length);
  });

  it("names each titled article by a line of exactly one document, word for word, and each described one by its opening", () => {
    const matched = new Map<string, string>();
    for (const article of articles) {
      const described = /^\[(.*)\]$/s.exec(article.title);
      const opening = described ? /“([^”]+)”/.exec(described[1]!)?.[1] : undefined;
      const hits = documents.filter((d) =>
        described ? opening !== undefined && d.lines[0]!.startsWith(opening) : d.lines.includes(article.title),
      );
      if (described && opening === undefined) continue;
      expect(
        hits.map((d) => d.file),
        article.id,
      ).toHaveLength(1);
      expect(matched.has(hits[0]!.file), `${hits[0]!.file} is named twice`).toBe(false);
      matched.set(hits[0]!.file, article.id);
    }
    // What is left are untitled documents described without a quotation: as many as such descriptions.
    const unquoted = articles.filter((a) => /^\[[^“]*\]$/.test(a.title));
    expect(documents.length - matched.size).toBe(unquoted.length);
  });

  it("gives no author, publisher or date, as no document states one", () => {
    for (const document of documents) {
      expect(
        document.lines.filter((l) => /^(by|author|written by|published)\b/i.test(l)),
        document.file,
      ).toEqual([]);
    }
    for (const article of articles) {
      expect({ publisher: article.publisher, author: article.author, published_on: article.published_on }, article.id).toEqual({
        publisher: undefined,
        author: undefined,
        published_on: undefined,
      });
    }
  });
});
