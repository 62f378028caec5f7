import { beforeAll, describe, expect, it } from "vitest";
import { withQueryStats } from "~db/client";
import { getRoleComparison } from "~/features/compare/queries.server";
import { getCurrentDataVersion } from "~/features/data-pin/data-version.server";
import { getPresentation, listDiscussionQuestions } from "~/features/present/queries.server";
import { getRoleProfile } from "~/features/roles/queries.server";
import { loader as presentLoader } from "~/routes/present";
import { loader as notesLoader } from "~/routes/present_.notes";
import type { Deck } from "~/features/present/slides";
import { describeEachDriver } from "./harness";
import { answerOf, queriesOf, routeArgs, sourcesOf, thrownResponse } from "./route-args";

async function deckOf(slugs: string[], vintage: "2024-34" | "2022-32" = "2024-34") {
  const { result, queries } = await withQueryStats(() => getPresentation({ slugs, vintage }));
  if (!result.found) throw new Error(`no deck for ${slugs.join(",")}`);
  return { deck: result.deck, dataPin: result.dataPin, queries };
}

describeEachDriver("presenter model and routes", { seed: true }, () => {
  describe("one role: back-end developer", () => {
    let deck: Deck;
    let queries: number;
    beforeAll(async () => {
      ({ deck, queries } = await deckOf(["back-end-developer"]));
    });

    it("builds the deck from the profile model's figures (as published, with the May year) in 13 queries", async () => {
      // If the count grew, some slide queries per item; if the figures differed, the slides would contradict the profile.
      expect(queries).toBe(13);
      const profile = (await getRoleProfile({ slug: "back-end-developer", vintage: "2024-34" }))!;
      const pay = deck.slides.find((s) => s.topic === "pay")!;
      expect(pay.body).toMatchObject({
        figures: [
          { label: "Median annual pay, May 2024", value: "$90,930" },
          { label: "All occupations, May 2024", value: "$49,500" },
        ],
      });
      expect(profile.quickFacts.projection!.medianAnnualWage).toBe(90930);
      const growth = deck.slides.find((s) => s.topic === "growth")!;
      expect(growth.body).toMatchObject({ takeaway: "About 2.4 times the all-occupations rate of +3.1% (2024–34)." });
      expect(deck.slides.filter((s) => s.topic === "discussion")).toHaveLength(profile.discussionQuestions.length);
    });

    it("dates the deck with the loaded data version and cites a source on every slide", async () => {
      const version = (await getCurrentDataVersion())!;
      expect(deck.dataAsOf).toBe(version.loadedAt);
      for (const slide of deck.slides) expect(slide.citations.length, slide.title).toBeGreaterThan(0);
      expect(deck.slides.at(-1)!.topic).toBe("sources");
      // O*NET's CC BY attribution travels with the slides (on one of the sources slides: a long list goes on).
      expect(sourcesOf(deck).find((s) => s.id === "onet-30-1")?.attribution).toMatch(/CC BY 4\.0/);
    });

    it("marks the group Career Atlas summed on the growth slide, in the profile's words, beside the BLS citation", async () => {
      // What would break: slide 4 showed "Web developers and digital designers (OOH group) +7.2%" credited to BLS alone
      // (a counselor's report); BLS publishes no such row, and the profile and growth.csv say Career Atlas summed it.
      const profile = (await getRoleProfile({ slug: "back-end-developer", vintage: "2024-34" }))!;
      expect(profile.charts.growth.filter((r) => r.isDerived).map((r) => [r.socCode, r.changePercent])).toEqual([["15-1254+15-1255", 7.2]]);
      const growth = deck.slides.find((s) => s.topic === "growth")!;
      if (growth.body.kind !== "figures") throw new Error("figures");
      expect(growth.body.charts[0]!.rows.map((r) => [r.label, r.text])).toEqual([
        ["Web developers", "+7.5%"],
        ["Web developers and digital designers (OOH group) (summed by Career Atlas)", "+7.2%"],
        ["Computer occupations (all 15-12xx)", "+8.6%"],
        ["All occupations", "+3.1%"],
      ]);
      const bls = growth.citations.find((c) => c.sourceId === profile.charts.growth[1]!.sourceId)!;
      expect(bls.dataYear).toBe("2024–34; a group marked as a sum was added up by Career Atlas from published lines");
    });

    it("uses the vintage asked for", async () => {
      const { deck: older } = await deckOf(["back-end-developer"], "2022-32");
      expect(older.vintage).toBe("2022-32");
      expect(older.slides.find((s) => s.topic === "growth")!.title).toBe("Growth, 2022–32");
    });
  });

  describe("comparisons", () => {
    it("costs the same 13 queries for 2 and for 4 roles (nothing is queried per role)", async () => {
      const two = await deckOf(["back-end-developer", "data-scientist"]);
      const four = await deckOf(["back-end-developer", "data-scientist", "qa-engineer", "cto"]);
      expect(two.queries).toBe(13);
      expect(four.queries).toBe(13);
      expect(four.deck.slugs).toEqual(["back-end-developer", "data-scientist", "qa-engineer", "cto"]);
    });

    it("shows each role's figures as the compare model gives them, side by side", async () => {
      const slugs = ["data-scientist", "qa-engineer"];
      const { deck } = await deckOf(slugs);
      const comparison = await getRoleComparison({ slugs, vintage: "2024-34" });
      const pay = deck.slides.find((s) => s.topic === "pay")!;
      if (pay.body.kind !== "figures") throw new Error("figures");
      expect(pay.body.figures.map((f) => f.label)).toEqual(comparison.roles.map((r) => r.title));
      expect(pay.body.figures.map((f) => f.value)).toEqual(
        comparison.roles.map((r) => `$${r.projection!.medianAnnualWage!.toLocaleString("en-US")}`),
      );
      // Neither role has editorial notes in the seed (only back-end-developer has any): no slide of empty columns.
      expect(deck.slides.filter((s) => s.topic.startsWith("ai-")).map((s) => s.topic)).toEqual(["ai-official", "ai-research"]);
    });

    // A counselor's pass (2026-12-06): /present?roles=cto,network-support-specialist showed, as slide 10 of 14, "AI
    // impact: what career articles say" with "No editorial notes written for this role yet." for each role and a bare
    // "Source:" footer. What would break: that slide back, or a slide of any deck citing nothing.
    it("shows the editorial slide only when a compared role has editorial notes, and cites a source on every slide", async () => {
      const { deck: without } = await deckOf(["cto", "network-support-specialist"]);
      expect(without.slides.map((s) => s.topic)).not.toContain("ai-editorial");
      const { deck: some } = await deckOf(["back-end-developer", "cto"]);
      const editorial = some.slides.find((s) => s.topic === "ai-editorial")!;
      if (editorial.body.kind !== "columns") throw new Error("columns");
      expect(editorial.body.columns.map((c) => [c.heading, c.items.length])).toEqual([
        ["Back-End Developer", 1],
        ["Chief Technology Officer (CTO)", 1],
      ]);
      expect(editorial.body.columns[1]!.items).toEqual(["No editorial notes written for this role yet."]);
      expect(editorial.notes).toContain("Career Atlas has written no editorial notes yet for Chief Technology Officer (CTO).");
      for (const d of [without, some]) {
        expect(d.slides.map((s) => s.number)).toEqual(d.slides.map((_, i) => i + 1));
        for (const slide of d.slides) expect(slide.citations.length, slide.title).toBeGreaterThan(0);
      }
    });

    it("brings the seed's discussion questions, with their sources, for every compared role", async () => {
      const questions = await listDiscussionQuestions({ slugs: ["back-end-developer", "cto"] });
      expect(questions.length).toBeGreaterThan(0);
      expect(new Set(questions.map((q) => q.roleSlug))).toEqual(new Set(["back-end-developer", "cto"]));
      expect(questions.every((q) => q.source.title.length > 0)).toBe(true);
      const { deck } = await deckOf(["back-end-developer", "cto"]);
      const discussion = deck.slides.filter((s) => s.topic === "discussion");
      expect(discussion.map((s) => s.title)).toEqual(["Discussion: Back-End Developer", "Discussion: Chief Technology Officer (CTO)"]);
      for (const q of questions) expect(sourcesOf(deck).map((s) => s.id)).toContain(q.source.id);
    });

    it("says which slugs are unknown instead of presenting fewer roles", async () => {
      const result = await getPresentation({ slugs: ["back-end-developer", "astronaut"], vintage: "2024-34" });
      expect(result).toMatchObject({ found: false, unknownSlugs: ["astronaut"] });
      expect(await getPresentation({ slugs: ["astronaut"], vintage: "2024-34" })).toMatchObject({
        found: false,
        unknownSlugs: ["astronaut"],
      });
    });
  });

  describe("the routes", () => {
    it("answers a public, cacheable page with the slides and the query count", async () => {
      const result = await answerOf(presentLoader(routeArgs("/present?role=back-end-developer&slide=3&notes=1")));
      expect(result.data.deck.kind).toBe("role");
      expect(result.data.latestVintage).toBe("2024-34");
      expect(result.headers.get("Cache-Control")).toMatch(/^public/);
      expect(result.headers.get("ETag")).toBeTruthy();
      // The loaded periods, then the deck's thirteen (a comparison deck's thirteen too).
      expect(queriesOf(result.headers)).toBe(14);
      const notes = await answerOf(notesLoader(routeArgs("/present/notes?roles=back-end-developer,data-scientist&vintage=2023-33")));
      expect(notes.data.deck).toMatchObject({ kind: "comparison", slugs: ["back-end-developer", "data-scientist"], vintage: "2023-33" });
      expect(queriesOf(notes.headers)).toBe(14);
    });

    it("keeps a pin to the current data version: same figures, the version named, no notice, the same queries", async () => {
      // The deck's footers and addresses read pinnedDataVersion: without it a pinned deck would drop its pin at the next slide.
      const plain = await answerOf(presentLoader(routeArgs("/present?role=back-end-developer")));
      const tag = (await getCurrentDataVersion())!.tag;
      const pinned = await answerOf(presentLoader(routeArgs(`/present?role=back-end-developer&data=${tag}&slide=2`)));
      expect(pinned.data.deck.pinnedDataVersion).toBe(tag);
      expect(plain.data.deck.pinnedDataVersion).toBeUndefined();
      expect(pinned.data.newerData).toBeNull();
      expect(pinned.data.deck.slides).toEqual(plain.data.deck.slides);
      expect(queriesOf(pinned.headers)).toBe(queriesOf(plain.headers));
      const notes = await answerOf(notesLoader(routeArgs(`/present/notes?roles=back-end-developer,data-scientist&data=${tag}`)));
      expect(notes.data.deck.pinnedDataVersion).toBe(tag);
    });

    it("shows a role listed twice once", async () => {
      const result = await answerOf(presentLoader(routeArgs("/present?roles=back-end-developer,data-scientist,back-end-developer")));
      expect(result.data.deck.slugs).toEqual(["back-end-developer", "data-scientist"]);
    });

    it.each([
      ["/present", /name what to present/],
      ["/present?role=back-end-developer&roles=a,b", /either role= \(one role\) or roles=/],
      ["/present?roles=back-end-developer", /a comparison needs 2 to 4 different roles/],
      ["/present?roles=back-end-developer,back-end-developer", /a comparison needs 2 to 4 different roles/],
      ["/present?roles=a,b,c,d,e", /lists 5 roles; a comparison shows at most 4/],
      ["/present?role=Back%20End", /lower-case letters, digits and hyphens/],
      ["/present?roles=a,B!", /is not a role address/],
      ["/present?role=back-end-developer&vintage=1999", /“vintage”: write a projection period/],
      [
        "/present?role=back-end-developer&vintage=1999-09",
        /no BLS projections for the period 1999-09\. The periods loaded are 2024-34 \(the newest\)/,
      ],
      ["/present?role=back-end-developer&slide=abc", /“slide”: must be a slide number/],
      ["/present?role=back-end-developer&slide=0", /“slide”: starts at 1/],
      ["/present?role=back-end-developer&slide=2.5", /“slide”: must be a whole slide number/],
      ["/present?role=back-end-developer&notes=yes", /“notes”: use 1 to show the speaker notes/],
      ["/present/notes?role=back-end-developer&slide=-1", /“slide”: starts at 1/],
      ["/present?role=back-end-developer&data=latest", /“data”: use a data version tag such as v3-1a2b3c4d/],
      ["/present/notes?roles=back-end-developer,cto&data=v1", /“data”: use a data version tag/],
    ])("answers %s with a 400 that says what is wrong", async (path, message) => {
      const loader = path.startsWith("/present/notes") ? notesLoader : presentLoader;
      const response = await thrownResponse(() => loader(routeArgs(path)));
      expect(response.status).toBe(400);
      expect(await response.text()).toMatch(message);
    });

    it.each([
      ["/present?role=astronaut", /no role at the address “astronaut”/],
      ["/present?roles=back-end-developer,astronaut,wizard", /no roles at the addresses “astronaut”, “wizard”/],
      ["/present/notes?role=astronaut", /no role at the address “astronaut”/],
      ["/present?role=back-end-developer&data=v999-1a2b3c4d", /There is no data version “v999-1a2b3c4d”/],
      ["/present/notes?roles=back-end-developer,cto&data=v999-1a2b3c4d", /There is no data version “v999-1a2b3c4d”/],
    ])("answers %s with a 404 naming the unknown role or data version", async (path, message) => {
      const loader = path.startsWith("/present/notes") ? notesLoader : presentLoader;
      const response = await thrownResponse(() => loader(routeArgs(path)));
      expect(response.status).toBe(404);
      expect(await response.text()).toMatch(message);
    });

    it("accepts a slide number past the end (the view then shows the last slide) instead of failing", async () => {
      const result = await answerOf(presentLoader(routeArgs("/present?role=back-end-developer&slide=400")));
      expect(result.data.deck.slides.length).toBeGreaterThan(5);
    });
  });
});
