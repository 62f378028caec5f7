import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { getCurrentDataVersion } from "~/features/data-pin/data-version.server";
import { formatCount, formatDollars, formatPercentChange } from "~/lib/format";
import { loader as compareLoader } from "~/routes/compare";
import { loader as handoutLoader } from "~/routes/compare_.handout";
import { loader as presentLoader } from "~/routes/present";
import { loader as notesLoader } from "~/routes/present_.notes";
import type { Slide } from "~/features/present/slides";
import { HOURLY_ONLY_NOTE } from "~/features/pay/pay";
import { ComparisonHandoutBody } from "~/features/handout/components/comparison-handout";
import { ProfileSourcesProvider } from "~/features/sources/components/sources-context";
import { renderInRouter } from "./rendered-page";
import { describeEachDriver } from "./harness";
import { answerOf, queriesOf, routeArgs, sourcesOf, thrownResponse } from "./route-args";

/** The counselor's comparison: a tech role and Registered nurses. */
const MIX = "roles=software-engineer&occupations=29-1141";

const figuresOf = (slide: Slide | undefined) => {
  if (slide?.body.kind !== "figures") throw new Error(`no figures slide: ${slide?.title}`);
  return slide.body;
};

describeEachDriver("slides and a handout for a comparison with occupations", { seed: true }, () => {
  describe("/present", () => {
    it("shows each item's pay, growth, openings and jobs exactly as the compare page does, in a constant number of queries", async () => {
      // What would break: the slides showing other figures than the page the counselor presents from.
      const { data: page } = await answerOf(compareLoader(routeArgs(`/compare?${MIX}`)));
      const { data, headers } = await answerOf(presentLoader(routeArgs(`/present?${MIX}`)));
      const { deck } = data;
      expect(deck).toMatchObject({ kind: "comparison", title: "Software Engineer vs Registered nurses", slugs: ["software-engineer"] });
      expect(deck.occupations).toEqual(["29-1141"]);
      const columns = page.comparison!.columns;
      expect(columns.map((c) => c.title)).toEqual(["Software Engineer", "Registered nurses"]);

      const pay = figuresOf(deck.slides.find((s) => s.topic === "pay"));
      expect(pay.figures.map((f) => [f.label, f.value])).toEqual(
        columns.map((c) => [c.title, formatDollars(c.projection!.medianAnnualWage!)]),
      );
      // The nurses' median with its whole-occupation scope and the 10th–90th spread of the same survey.
      expect(pay.figures[1]!.detail).toMatch(/^Pay of all registered nurses, at every level of experience\. 10th–90th percentile: \$/);
      const growth = figuresOf(deck.slides.find((s) => s.topic === "growth"));
      expect(growth.figures.map((f) => f.value)).toEqual(columns.map((c) => formatPercentChange(c.projection!.changePercent)));
      // One bar per BLS line, the role and the occupation named apart, all occupations last.
      const rows = growth.charts[0]!.rows;
      expect(rows.map((r) => r.label)).toEqual(
        expect.arrayContaining(["Role: Software Engineer", "Occupation: Registered nurses", "All occupations"]),
      );
      expect(rows.at(-1)!.label).toBe("All occupations");
      expect(rows.find((r) => r.label === "Role: Software Engineer")!.detail).toMatch(/^BLS: Software developers/);
      const openings = figuresOf(deck.slides.find((s) => s.topic === "openings"));
      expect(openings.charts[1]!.rows.map((r) => r.text)).toEqual(columns.map((c) => formatCount(c.projection!.annualOpenings!)));
      const entry = figuresOf(deck.slides.find((s) => s.topic === "entry"));
      expect(entry.figures.map((f) => f.value)).toEqual(columns.map((c) => formatCount(c.projection!.employmentBase)));
      expect(entry.figures[1]!.detail).toContain(`Typical entry: ${columns[1]!.entryEducation!.charAt(0).toLowerCase()}`);

      // Every slide cites its sources with a data year; the sources slide lists them.
      for (const slide of deck.slides) {
        expect(slide.citations.length, slide.title).toBeGreaterThan(0);
        for (const citation of slide.citations) expect(citation.dataYear, slide.title).not.toBe("");
      }
      expect(sourcesOf(deck).length).toBeGreaterThan(0);
      // Skills, next steps and AI notes need two curated roles: this comparison has one.
      expect(deck.slides.map((s) => s.topic)).not.toContain("skills");
      expect(queriesOf(headers)).toBe(
        queriesOf((await answerOf(presentLoader(routeArgs("/present?roles=cto&occupations=29-1141,47-2111,15-1252")))).headers),
      );
    });

    it("keeps roles' own slides for two roles beside an occupation, and serves the notes window, the vintage and a pin", async () => {
      const two = await answerOf(presentLoader(routeArgs("/present?roles=software-engineer,data-scientist&occupations=29-1141")));
      expect(two.data.deck.slides.map((s) => s.topic)).toEqual(expect.arrayContaining(["skills", "ai-official", "ai-research"]));
      const tag = (await getCurrentDataVersion())!.tag;
      const notes = await answerOf(notesLoader(routeArgs(`/present/notes?${MIX}&vintage=2022-32&data=${tag}&slide=3`)));
      expect(notes.data.deck).toMatchObject({ vintage: "2022-32", pinnedDataVersion: tag, occupations: ["29-1141"] });
      const onlyOccupations = await answerOf(presentLoader(routeArgs("/present?occupations=29-1141,15-1252")));
      expect(onlyOccupations.data.deck).toMatchObject({ slugs: [], occupations: ["29-1141", "15-1252"] });
    });

    it.each([
      ["/present?roles=software-engineer&occupations=29-1141x", /“occupations”: “29-1141x” is not an occupation code/],
      ["/present?role=software-engineer&occupations=29-1141", /lists its roles as roles=/],
      ["/present?occupations=29-1141", /a comparison needs 2 to 4 different roles and occupations/],
      ["/present?roles=a,b,c&occupations=29-1141,15-1252", /lists 5 roles and occupations; a comparison shows at most 4/],
      ["/present?explore=skills&have=Python&occupations=29-1141", /not both/],
    ])("answers %s with a 400 naming the parameter", async (path, message) => {
      const response = await thrownResponse(() => presentLoader(routeArgs(path)));
      expect(response.status).toBe(400);
      expect(await response.text()).toMatch(message);
    });

    it.each([
      ["/present?roles=software-engineer&occupations=99-9999", /no occupation with the code “99-9999”/],
      ["/present/notes?roles=software-engineer&occupations=00-0000", /00-0000 is all occupations together/],
      ["/present?roles=astronaut&occupations=29-1141", /no role at the address “astronaut”/],
    ])("answers %s with a 404 naming what is unknown", async (path, message) => {
      const loader = path.startsWith("/present/notes") ? notesLoader : presentLoader;
      const response = await thrownResponse(() => loader(routeArgs(path)));
      expect(response.status).toBe(404);
      expect(await response.text()).toMatch(message);
    });
  });

  // OEWS publishes only hourly pay for actors (27-2011; seed/data/pay-percentiles.csv: May 2024, hourly median 23.33, no
  // annual figures), and BLS prints no median with their 2024-34 projection. The slides and the handout said "Not
  // published" where the actors' profile and the compare page say "$23.33 an hour (May 2024)".
  describe("an occupation OEWS pays by the hour only (Actors, 27-2011)", () => {
    const ACTORS = "roles=software-engineer&occupations=27-2011";

    it("shows the hourly median on the pay slide, said so and cited, with no yearly spread or figure", async () => {
      const { data } = await answerOf(presentLoader(routeArgs(`/present?${ACTORS}`)));
      const slide = data.deck.slides.find((s) => s.topic === "pay")!;
      const pay = figuresOf(slide);
      expect(pay.lede).toBe("Median pay, May 2024");
      const actors = pay.figures.find((f) => f.label === "Actors")!;
      expect(actors.value).toBe("$23.33 an hour");
      expect(actors.detail).toBe(`Pay of all actors, at every level of experience. ${HOURLY_ONLY_NOTE}; May 2024.`);
      expect(JSON.stringify(slide)).not.toContain("Not published");
      // The software engineer's median and spread as before.
      expect(pay.figures[0]!.value).toMatch(/^\$\d{3},\d{3}$/);
      expect(pay.figures[0]!.detail).toContain("10th–90th percentile: $");
      expect(slide.citations.find((c) => c.sourceId === "bls-oews-2024")?.dataYear).toContain("May 2024, median");
      expect(slide.notes).toContain(
        `Actors: ${HOURLY_ONLY_NOTE}, so its median is $23.33 an hour (May 2024), not turned into a yearly figure.`,
      );
    });

    it("prints the hourly median in the handout's quick facts, cited, with no yearly spread", async () => {
      const { data } = await answerOf(handoutLoader(routeArgs(`/compare/handout?${ACTORS}`)));
      const { handout } = data;
      const actors = handout.roles.find((r) => r.slug === "occupation:27-2011")!;
      expect(actors.median).toEqual({ value: 23.33, per: "hour", atLeast: false, wageYear: 2024, sourceId: "bls-oews-2024" });
      expect(actors.pay).toBeNull();
      expect(handout.sources.map((s) => s.id)).toContain("bls-oews-2024");
      const html = renderInRouter(
        createElement(ProfileSourcesProvider, { sources: handout.sources, children: createElement(ComparisonHandoutBody, { handout }) }),
      );
      const text = (header: RegExp) => {
        const row = (html.match(/<tr>.*?<\/tr>/gs) ?? []).find((r) => header.test(r))!;
        return row
          .replace(/<[^>]+>/g, " ")
          .replace(/\s+/g, " ")
          .trim();
      };
      const number = handout.sources.findIndex((s) => s.id === "bls-oews-2024") + 1;
      expect(text(/<th scope="row">Median pay, May 2024/)).toMatch(
        new RegExp(
          `^Median pay, May 2024 \\$\\d{3},\\d{3} \\[\\d+\\] \\$23\\.33 an hour \\[${number}\\] ${HOURLY_ONLY_NOTE.replace(/[()]/g, "\\$&")} \\$`,
        ),
      );
      expect(text(/<th scope="row">10th–90th percentile/)).toMatch(/^10th–90th percentile, May 2024 \$[\d,]+ to \$[\d,]+ \[\d+\] — —$/);
      expect(html).not.toContain("Not published");
    });
  });

  describe("/compare/handout", () => {
    it("prints the compare page's figures for the role and the occupation, with a QR code of the pinned address", async () => {
      const { data: page } = await answerOf(compareLoader(routeArgs(`/compare?${MIX}`)));
      const { data } = await answerOf(handoutLoader(routeArgs(`/compare/handout?${MIX}`)));
      const { handout } = data;
      expect(handout.roles.map((r) => [r.kind, r.title])).toEqual([
        ["role", "Software Engineer"],
        ["occupation", "Registered nurses"],
      ]);
      const columns = page.comparison!.columns;
      expect(handout.roles.map((r) => r.projection?.medianAnnualWage)).toEqual(columns.map((c) => c.projection?.medianAnnualWage));
      expect(handout.roles.map((r) => r.projection?.annualOpenings)).toEqual(columns.map((c) => c.projection?.annualOpenings));
      expect(handout.roles[1]!.entryEducation).toBe(columns[1]!.entryEducation);
      expect(handout.roles[1]!.pay?.annual.p10).toBe(columns[1]!.pay!.annual.p10);
      // Growth bars for both and all occupations; every printed source in the handout's list.
      expect(handout.growthBars.map((b) => b.label)).toEqual(["Software Engineer", "Registered nurses", "All occupations"]);
      const listed = handout.sources.map((s) => s.id);
      for (const role of handout.roles) expect(listed).toContain(role.projection!.sourceId);
      // Skills in common need two roles; the occupation has no next steps of its own.
      expect(handout.hotSkillsInCommon).toEqual([]);
      expect(handout.roles[1]!.leadsTo).toEqual([]);
      const tag = (await getCurrentDataVersion())!.tag;
      expect(data.qr.text).toBe(`http://localhost/compare?${MIX}&vintage=2024-34&data=${tag}`);
      expect(data.backHref).toBe(`/compare?${MIX}`);
    });

    it.each([
      ["/compare/handout?roles=software-engineer&occupations=nurse", 400, /“occupations”: “nurse” is not an occupation code/],
      // An unknown code is a 400 as an unknown role is, on the compare page, its CSV and its handout alike.
      ["/compare/handout?roles=software-engineer&occupations=99-9999", 400, /no occupation with the code “99-9999”/],
      ["/compare/handout?occupations=29-1141", 400, /needs 2 to 4 roles and occupations/],
    ])("answers %s with %i and a message naming it", async (path, status, message) => {
      const response = await thrownResponse(() => handoutLoader(routeArgs(path)));
      expect(response.status).toBe(status);
      expect(await response.text()).toMatch(message);
    });
  });
});
