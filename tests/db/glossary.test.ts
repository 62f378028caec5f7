import { describe, expect, it } from "vitest";
import { withQueryStats } from "~db/client";
import { getRoleProfile } from "~/features/roles/queries.server";
import { getCurrentDataVersion } from "~/features/data-pin/data-version.server";
import { listGlossaryDefinitions, listGlossaryTerms, type GlossaryEntry } from "~/features/glossary/queries.server";
import { loader as glossaryLoader } from "~/routes/glossary";
import { loader as profileLoader } from "~/routes/roles.$slug";
import { buildGlossaryMatcher, markGlossaryTerms, MAX_GLOSSARY_QUERY_LENGTH } from "~/features/glossary/glossary-terms";
import { curatedDataset, describeEachDriver } from "./harness";
import { answerOf, queriesOf, routeArgs, thrownResponse } from "./route-args";

/** The glossary as the dataset file lists it: the hand-checkable truth. */
const datasetTerms = () => curatedDataset().dataset.glossary.map((g) => g.value);

/** Byte order of the lower-cased term, as the model promises on every driver. */
const byTerm = (a: string, b: string) => {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  return x < y ? -1 : x > y ? 1 : 0;
};

describeEachDriver("glossary models", { seed: true }, () => {
  describe("listGlossaryTerms (/glossary)", () => {
    it("lists every term of the dataset once, A to Z, with definition, source and named see-also links, in one query", async () => {
      const { result, queries } = await withQueryStats(() => listGlossaryTerms());
      expect(queries).toBe(1);
      const expected = datasetTerms();
      expect(result.map((t) => t.slug)).toEqual([...expected].sort((a, b) => byTerm(a.term, b.term)).map((t) => t.slug));
      const names = new Map(expected.map((t) => [t.slug, t.term]));
      for (const source of expected) {
        const entry = result.find((t) => t.slug === source.slug)!;
        expect(entry).toEqual<GlossaryEntry>({
          slug: source.slug,
          term: source.term,
          definition: source.definition,
          sourceId: source.source,
          seeAlso: source.see_also.map((slug) => ({ slug, term: names.get(slug)! })),
        });
      }
    });

    it("defines the terms the issue names for students, citing the back-end article", async () => {
      const terms = await listGlossaryTerms();
      const api = terms.find((t) => t.slug === "api")!;
      expect(api.term).toBe("API (Application Programming Interface)");
      expect(api.definition).toMatch(/messenger between programs/);
      expect(api.sourceId).toBe("article-backend-power-behind-the-scenes");
      expect(api.seeAlso.map((s) => s.term)).toEqual(["REST", "GraphQL", "Front end", "Back end"]);
      for (const slug of ["back-end", "authentication", "scalability"])
        expect(terms.find((t) => t.slug === slug)?.definition, slug).toBeTruthy();
    });

    it("filters on the term, slug or definition in any case, and takes LIKE wildcards literally", async () => {
      const api = await listGlossaryTerms({ q: "aPi" });
      expect(api.map((t) => t.slug)).toContain("api");
      expect(api.map((t) => t.slug)).toContain("rest"); // its definition says "web API"
      expect(api.every((t) => `${t.term} ${t.slug} ${t.definition}`.toLowerCase().includes("api"))).toBe(true);
      expect((await listGlossaryTerms({ q: "back-end" })).map((t) => t.slug)).toContain("back-end");
      expect(await listGlossaryTerms({ q: "%" })).toEqual([]);
      expect(await listGlossaryTerms({ q: "_" })).toEqual([]);
      expect(await listGlossaryTerms({ q: "no such term anywhere" })).toEqual([]);
    });
  });

  describe("listGlossaryDefinitions (inline definitions)", () => {
    it("returns only slug, term and definition for every term, in one query", async () => {
      const { result, queries } = await withQueryStats(() => listGlossaryDefinitions());
      expect(queries).toBe(1);
      expect(result).toHaveLength(datasetTerms().length);
      expect(Object.keys(result[0]!).sort()).toEqual(["definition", "slug", "term"]);
    });

    it("marks API, back end, authentication and scalability in the back-end developer's own text", async () => {
      const [definitions, profile] = await Promise.all([
        listGlossaryDefinitions(),
        getRoleProfile({ slug: "back-end-developer", vintage: "2024-34" }),
      ]);
      const marked = markGlossaryTerms([profile!.role.summary, ...profile!.role.whatTheyDo], buildGlossaryMatcher(definitions));
      const slugs = marked.flat().flatMap((s) => (s.slug ? [s.slug] : []));
      for (const slug of ["api", "back-end", "authentication", "authorization", "scalability", "database", "front-end"])
        expect(slugs, slug).toContain(slug);
      expect(new Set(slugs).size).toBe(slugs.length); // first occurrence only
    });
  });

  describe("routes", () => {
    it("serves /glossary with public cache headers, sources and a constant number of queries", async () => {
      const result = await answerOf(glossaryLoader(routeArgs("/glossary")));
      expect(result.data.entries).toHaveLength(datasetTerms().length);
      expect(new Set(result.data.sources.map((s) => s.id))).toEqual(new Set(datasetTerms().map((t) => t.source)));
      expect(result.headers.get("Cache-Control")).toContain("public");
      expect(result.headers.get("ETag")).toMatch(/^W\/"v\d+-/);
      expect(queriesOf(result.headers)).toBe(3);
      const filtered = await answerOf(glossaryLoader(routeArgs("/glossary?q=%20scalability%20")));
      expect(filtered.data.q).toBe("scalability");
      expect(filtered.data.entries.map((e) => e.slug)).toContain("scalability");
    });

    it("answers a filter that is too long or holds control characters with 400 and a message", async () => {
      const long = await thrownResponse(() => glossaryLoader(routeArgs(`/glossary?q=${"a".repeat(MAX_GLOSSARY_QUERY_LENGTH + 1)}`)));
      expect(long.status).toBe(400);
      expect(await long.text()).toMatch(new RegExp(`“q”.*at most ${MAX_GLOSSARY_QUERY_LENGTH} characters`));
      const control = await thrownResponse(() => glossaryLoader(routeArgs("/glossary?q=api%00")));
      expect(control.status).toBe(400);
      // The cap counts characters after trimming: the longest allowed filter still works.
      const longest = await answerOf(glossaryLoader(routeArgs(`/glossary?q=${"a".repeat(MAX_GLOSSARY_QUERY_LENGTH)}`)));
      expect(longest.data.entries).toEqual([]);
    });

    it("gives the role profile the glossary, read once per data version, the same for every role", async () => {
      await profileLoader(routeArgs("/roles/qa-engineer", { slug: "qa-engineer" })); // the version's first page reads what is kept
      const counts: number[] = [];
      for (const slug of ["back-end-developer", "cto"]) {
        const result = await answerOf(profileLoader(routeArgs(`/roles/${slug}`, { slug })));
        // Only the terms the page's text uses travel with it: some, never the whole glossary.
        const sent = result.data.glossary.map((d) => d.slug);
        expect(sent.length).toBeGreaterThan(0);
        expect(sent.length).toBeLessThan(datasetTerms().length);
        expect(datasetTerms().map((t) => t.slug)).toEqual(expect.arrayContaining(sent));
        if (slug === "back-end-developer") expect(sent).toEqual(expect.arrayContaining(["api", "database", "back-end"]));
        counts.push(queriesOf(result.headers));
      }
      const currentVersion = await getCurrentDataVersion();
      const { queries: profileQueries } = await withQueryStats(() => getRoleProfile({ slug: "cto", vintage: "2024-34", currentVersion }));
      // The data version + getRoleProfile (its sources kept for the version): the loaded periods and the glossary are
      // kept for the data version too, so the glossary costs no query (one, and one for the periods, before 2026-12-07).
      expect(counts).toEqual([profileQueries + 1, profileQueries + 1]);
    });
  });
});
