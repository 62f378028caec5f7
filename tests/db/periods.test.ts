/**
 * Projection periods are data (issue 12): a period loaded into projection_periods, with its projections, shows up in
 * every list of periods and becomes every page's default, with no code change; a well-formed period that is not
 * loaded is a 400 naming the loaded ones; verbal growth bands show where a period has them, verbatim and cited.
 * If a list of periods crept back into code, the new period would be missing from these pages.
 */
import { eq } from "drizzle-orm";
import { renderToStaticMarkup } from "react-dom/server";
import { createElement, type ReactElement } from "react";
import { createRoutesStub } from "react-router";
import { beforeAll, describe, expect, it } from "vitest";
import { withQueryStats } from "~db/client";
import * as t from "~db/schema";
import { getCurrentDataVersion } from "~/features/data-pin/data-version.server";
import { ComparePicker } from "~/features/compare/components/compare-picker";
import { LessonForm } from "~/features/lessons/components/lesson-form";
import { LessonView } from "~/features/lessons/components/lesson-view";
import { Dashboard } from "~/features/outlook/components/dashboard";
import { RoleFinder } from "~/features/outlook/components/role-finder";
import { ProfileHeader } from "~/features/roles/components/profile-header";
import { QuickFacts } from "~/features/roles/components/quick-facts";
import { CompareQuickFacts } from "~/features/compare/components/compare-quick-facts";
import { ProfileSourcesProvider } from "~/features/sources/components/sources-context";
import { createLessonBundle, getLessonBundle, updateLessonBundle } from "~/features/lessons/queries.server";
import { listProjectionPeriods } from "~/features/periods/queries.server";
import type { GrowthBand } from "~/features/periods/periods";
import { loader as dashboardLoader } from "~/routes/_index";
import { loader as compareLoader } from "~/routes/compare";
import { loader as compareCsvLoader } from "~/routes/compare[.]csv";
import { loader as compareHandoutLoader } from "~/routes/compare_.handout";
import { loader as lessonLoader } from "~/routes/lessons.$code";
import { loader as editLessonLoader } from "~/routes/lessons.$code_.edit";
import { loader as newLessonLoader } from "~/routes/lessons.new";
import { loader as mapLoader } from "~/routes/map";
import { loader as ladderLoader } from "~/routes/paths.$slug";
import { loader as laddersLoader } from "~/routes/paths._index";
import { loader as presentLoader } from "~/routes/present";
import { loader as occupationLoader } from "~/routes/occupations.$code";
import { loader as profileLoader } from "~/routes/roles.$slug";
import { loader as finderLoader } from "~/routes/roles._index";
import { loader as finderCsvLoader } from "~/routes/roles[.]csv";
import { loader as outlookCsvLoader } from "~/routes/outlook[.]csv";
import { loader as chartCsvLoader } from "~/routes/roles_.$slug.$chart[.csv]";
import { loader as roleHandoutLoader } from "~/routes/roles_.$slug.handout";
import { loader as skillLoader } from "~/routes/skills.$slug";
import { describeEachDriver, recordDataLoad } from "./harness";
import { answerOf, cookieFrom, queriesOf, redirectOf, routeArgs, thrownResponse } from "./route-args";

const ROLE = "software-engineer"; // filed under 15-1252 Software developers
const SOC = "15-1252";

/** The 2024–34 bands as data/reference/growth-bands.md gives them (O*NET OnLine's labels, BLS one-decimal percents). */
const BANDS: Omit<GrowthBand, "sourceId">[] = [
  { rank: 1, label: "Much faster than average (7% or higher)", minPercent: 6.5, maxPercent: null, isDerived: false },
  { rank: 2, label: "Faster than average (5% to 6%)", minPercent: 4.5, maxPercent: 6.4, isDerived: false },
  { rank: 3, label: "Average (3% to 4%)", minPercent: 2.5, maxPercent: 4.4, isDerived: false },
  { rank: 4, label: "Slower than average (1% to 2%)", minPercent: 0.5, maxPercent: 2.4, isDerived: false },
  { rank: 5, label: "Little or no change", minPercent: -0.5, maxPercent: 0.4, isDerived: false },
  { rank: 6, label: "Decline (-1% or lower)", minPercent: null, maxPercent: -0.6, isDerived: false },
];
const BAND_SOURCE = "test-onet-online-growth-bands";

/** The links of some HTML: address, text and whether it is marked as the current page. */
function linksOf(html: string): { href: string; text: string; current: boolean }[] {
  return [...html.matchAll(/<a ([^>]*)>([^<]*)<\/a>/g)].map(([, attributes, text]) => ({
    href: /href="([^"]*)"/.exec(attributes!)?.[1] ?? "",
    text: text!,
    current: attributes!.includes('aria-current="page"'),
  }));
}

/** What a reader sees of some HTML: the text without tags (tooltips included), entities decoded. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, "")
    .replaceAll("&#x27;", "'")
    .replaceAll("&amp;", "&");
}

/** A page component's server HTML, inside a router as the app renders it. */
function render(element: ReactElement): string {
  const Stub = createRoutesStub([{ path: "*", Component: () => element }]);
  return renderToStaticMarkup(createElement(Stub, { initialEntries: ["/"] }));
}

describeEachDriver("projection periods as data", { seed: true }, (ctx) => {
  /** The newest period of the curated data, and the one this suite loads after it (2025-35 while 2024-34 is the newest). */
  let previous: string;
  let added: string;
  let addedLabel: string;
  let curated: string[];
  /** Queries per page before the extra period was loaded. */
  const before = new Map<string, number>();
  const PAGES: [string, () => Promise<Headers>][] = [
    ["profile", async () => (await answerOf(profileLoader(routeArgs(`/roles/${ROLE}`, { slug: ROLE })))).headers],
    ["dashboard", async () => (await answerOf(dashboardLoader(routeArgs("/")))).headers],
    ["compare", async () => (await answerOf(compareLoader(routeArgs(`/compare?roles=${ROLE},data-scientist`)))).headers],
    ["present", async () => (await answerOf(presentLoader(routeArgs(`/present?role=${ROLE}`)))).headers],
  ];

  beforeAll(async () => {
    const db = ctx.db;
    const loaded = await listProjectionPeriods();
    curated = loaded.map((p) => p.vintage);
    const newest = loaded[0]!;
    previous = newest.vintage;
    const baseYear = newest.baseYear + 1;
    added = `${baseYear}-${String(baseYear + 10).slice(-2)}`;
    addedLabel = `${baseYear}–${String(baseYear + 10).slice(-2)}`;
    // Each page's second request: what is kept per data version is then read (the first after a load reads it).
    for (const [name, headers] of PAGES) {
      await headers();
      before.set(name, queriesOf(await headers()));
    }

    await db.insert(t.sources).values([
      {
        id: "test-new-period-release",
        kind: "official_statistics",
        publisher: "U.S. Bureau of Labor Statistics",
        title: `Employment Projections ${added} (test release)`,
        vintage: added,
        url: "https://www.bls.gov/emp/",
        license: "Public domain",
        attribution: "U.S. Bureau of Labor Statistics",
      },
      {
        id: BAND_SOURCE,
        kind: "occupational_database",
        publisher: "O*NET OnLine",
        title: `Projected growth (${newest.baseYear}-${newest.targetYear})`,
        vintage: previous,
        url: "https://www.onetonline.org/",
        license: "CC BY 4.0",
        attribution: "O*NET OnLine, by the U.S. Department of Labor, Employment and Training Administration (CC BY 4.0)",
      },
    ]);
    // The newest curated period's bands are the importer's to load; this suite's own rows keep its figures fixed.
    await db.delete(t.growthBands).where(eq(t.growthBands.vintage, previous));
    await db.insert(t.growthBands).values(BANDS.map((b) => ({ ...b, vintage: previous, sourceId: BAND_SOURCE })));

    // A new BLS release, as the importer would load it: the period, then its lines (the role's occupation and the
    // total), then, as a load does, a new data version with them archived. No bands: none verified.
    await db
      .insert(t.projectionPeriods)
      .values({ vintage: added, baseYear, targetYear: baseYear + 10, sourceId: "test-new-period-release" });
    const line = {
      vintage: added,
      baseYear,
      targetYear: baseYear + 10,
      isDerived: false,
      sourceId: "test-new-period-release",
      note: null,
    };
    const lines = [
      { ...line, socCode: SOC, employmentBase: 1700000, employmentProjected: 1870000, changeNumeric: 170000, changePercent: 10 },
      {
        ...line,
        socCode: "00-0000",
        employmentBase: 171000000,
        employmentProjected: 176000000,
        changeNumeric: 5000000,
        changePercent: 2.9,
      },
    ].map((l) => ({ ...l, annualOpenings: 100000, medianAnnualWage: 135000, wageYear: baseYear }));
    await db.insert(t.projections).values(lines);
    // As a load does: a new data version, with its figures archived.
    await recordDataLoad(db);
  });

  it("lists the loaded periods newest first, each with its verbal bands, in one query", async () => {
    const { result, queries } = await withQueryStats(() => listProjectionPeriods());
    expect(queries).toBe(1);
    expect(result.map((p) => p.vintage)).toEqual([added, ...curated]);
    expect(result[0]!.growthBands, "no band table for the new period: none, and none derived").toEqual([]);
    expect(result[1]!.growthBands).toEqual(BANDS.map((b) => ({ ...b, sourceId: BAND_SOURCE })));
  });

  describe("a new period needs no code change", () => {
    it("is the role profile's default and in its period switch, with its own figures", async () => {
      const { data } = await answerOf(profileLoader(routeArgs(`/roles/${ROLE}`, { slug: ROLE })));
      expect(data.profile.vintage).toBe(added);
      expect(data.profile.quickFacts.projection).toMatchObject({ vintage: added, changePercent: 10 });
      expect(data.profile.quickFacts.comparison).toMatchObject({ allOccupationsPercent: 2.9 });
      expect(data.periods.latest).toBe(added);
      expect(data.periods.options[0]).toEqual({ vintage: added, label: addedLabel, hasGrowthBands: false });
      expect(data.periods.options.map((o) => o.vintage)).toEqual([added, ...curated]);
      expect(data.profile.charts.vintages.map((r) => r.label)).toContain(addedLabel);
      expect(data.pageUrl, "the newest period is left out of the address").toBe(`http://localhost/roles/${ROLE}`);
      expect(data.profile.quickFacts.growthBand, "no bands for the new period").toBeNull();
    });

    it("makes the former newest period one that addresses must name", async () => {
      const { data } = await answerOf(profileLoader(routeArgs(`/roles/${ROLE}?vintage=${previous}`, { slug: ROLE })));
      expect(data.profile.vintage).toBe(previous);
      expect(data.pageUrl).toBe(`http://localhost/roles/${ROLE}?vintage=${previous}`);
      expect(data.actions.compare).toBe(`/compare?roles=${ROLE}&vintage=${previous}`);
      expect(data.actions.present).toBe(`/present?role=${ROLE}&vintage=${previous}`);
      expect(data.actions.handout).toBe(`/roles/${ROLE}/handout?vintage=${previous}`);
    });

    it("is the default and an option of the dashboard, the role finder, the comparison, the slides and the lesson form", async () => {
      const dashboard = await answerOf(dashboardLoader(routeArgs("/")));
      expect(dashboard.data.query.vintage).toBe(added);
      expect(dashboard.data.options.periods.options.map((o) => o.vintage)).toEqual([added, ...curated]);
      const finder = await answerOf(finderLoader(routeArgs("/roles")));
      expect(finder.data.query.vintage).toBe(added);
      expect(finder.data.roles.find((r) => r.slug === ROLE)?.projection).toMatchObject({ vintage: added, changePercent: 10 });
      expect(finder.data.options.periods.latest).toBe(added);
      const compare = await answerOf(compareLoader(routeArgs(`/compare?roles=${ROLE},data-scientist`)));
      expect(compare.data.vintage).toBe(added);
      expect(compare.data.periods.options[0]).toEqual({ vintage: added, label: addedLabel, hasGrowthBands: false });
      const present = await answerOf(presentLoader(routeArgs(`/present?role=${ROLE}`)));
      expect(present.data.deck.vintage).toBe(added);
      expect(present.data.latestVintage).toBe(added);
      const lessonForm = await answerOf(newLessonLoader(routeArgs("/lessons/new")));
      expect(lessonForm.data.periods.options.map((o) => o.vintage)).toEqual([added, ...curated]);
      const skill = await answerOf(skillLoader(routeArgs("/skills/python", { slug: "python" })));
      expect(skill.data.detail.vintage).toBe(added);
      const ladder = await answerOf(ladderLoader(routeArgs(`/paths/${ROLE}`, { slug: ROLE })));
      expect(ladder.data.path.vintage).toBe(added);
      expect(ladder.data.periods.latest).toBe(added);
      const map = await answerOf(mapLoader(routeArgs("/map")));
      expect(map.data.vintage).toBe(added);
    });

    it("is offered by every list of periods the pages render: switches, radios and selects", async () => {
      const profile = await answerOf(profileLoader(routeArgs(`/roles/${ROLE}?vintage=${previous}`, { slug: ROLE })));
      const header = linksOf(render(createElement(ProfileHeader, profile.data)));
      expect(header).toContainEqual({ href: `/roles/${ROLE}`, text: `${addedLabel} (latest)`, current: false });
      expect(header).toContainEqual({ href: `/roles/${ROLE}?vintage=${previous}`, text: previous.replace("-", "–"), current: true });
      const dashboard = await answerOf(dashboardLoader(routeArgs("/")));
      expect(render(createElement(Dashboard, { dashboard: dashboard.data }))).toContain(
        `<input type="radio" name="vintage" checked="" value="${added}"/> ${addedLabel}`,
      );
      const finder = await answerOf(finderLoader(routeArgs(`/roles?vintage=${previous}`)));
      const finderHtml = render(createElement(RoleFinder, { finder: finder.data }));
      expect(finderHtml).toContain(`<option value="${added}">${addedLabel}</option>`);
      expect(finderHtml, "the compare form keeps a period that is not the newest").toContain(
        `<input type="hidden" name="vintage" value="${previous}"/>`,
      );
      const compare = await answerOf(compareLoader(routeArgs(`/compare?roles=${ROLE}`)));
      const { chosen, choices, vintage, periods } = compare.data;
      expect(linksOf(render(createElement(ComparePicker, { chosen, choices, vintage, periods })))).toContainEqual({
        href: `/compare?roles=${ROLE}`,
        text: `${addedLabel} (latest)`,
        current: true,
      });
      const lessonForm = await answerOf(newLessonLoader(routeArgs("/lessons/new")));
      const values = { title: "", note: "", vintage: "", roles: [], questions: [], ownQuestions: [] };
      const form = render(
        createElement(LessonForm, { ...lessonForm.data, values, errors: undefined, action: "/lessons/new", submitLabel: "Save" }),
      );
      expect(form).toMatch(
        new RegExp(`<option (selected="" value="${added}"|value="${added}" selected="")>BLS projections ${addedLabel}</option>`),
      );
    });

    it("costs every page the queries it cost before: none per period", async () => {
      for (const [name, headers] of PAGES) {
        await headers();
        expect(queriesOf(await headers()), name).toBe(before.get(name));
      }
    });
  });

  describe("a period that is not loaded", () => {
    const loaded = () => [added, ...curated].map((v, i) => (i === 0 ? `${v} (the newest)` : v));
    const pages: [string, () => Promise<unknown>][] = [
      ["/roles/:slug", () => profileLoader(routeArgs(`/roles/${ROLE}?vintage=2030-40`, { slug: ROLE }))],
      [
        "/roles/:slug/growth.csv",
        () => chartCsvLoader(routeArgs(`/roles/${ROLE}/growth.csv?vintage=2030-40`, { slug: ROLE, chart: "growth" })),
      ],
      ["/roles/:slug/handout", () => roleHandoutLoader(routeArgs(`/roles/${ROLE}/handout?vintage=2030-40`, { slug: ROLE }))],
      ["/", () => dashboardLoader(routeArgs("/?vintage=2030-40"))],
      ["/roles", () => finderLoader(routeArgs("/roles?vintage=2030-40"))],
      ["/roles.csv", () => finderCsvLoader(routeArgs("/roles.csv?vintage=2030-40"))],
      ["/outlook.csv", () => outlookCsvLoader(routeArgs("/outlook.csv?vintage=2030-40"))],
      ["/compare", () => compareLoader(routeArgs(`/compare?roles=${ROLE},cto&vintage=2030-40`))],
      ["/compare.csv", () => compareCsvLoader(routeArgs(`/compare.csv?roles=${ROLE},cto&vintage=2030-40&table=figures`))],
      ["/compare/handout", () => compareHandoutLoader(routeArgs(`/compare/handout?roles=${ROLE},cto&vintage=2030-40`))],
      ["/present", () => presentLoader(routeArgs(`/present?role=${ROLE}&vintage=2030-40`))],
      ["/skills/:slug", () => skillLoader(routeArgs("/skills/python?vintage=2030-40", { slug: "python" }))],
      ["/paths", () => laddersLoader(routeArgs("/paths?vintage=2030-40"))],
      ["/paths/:slug", () => ladderLoader(routeArgs(`/paths/${ROLE}?vintage=2030-40`, { slug: ROLE }))],
      // Shows every loaded period, so vintage= selects nothing there; an unloaded one is still said to be (ADR 013).
      ["/occupations/:code", () => occupationLoader(routeArgs("/occupations/15-1252?vintage=2030-40", { code: "15-1252" }))],
    ];

    it.each(pages)("is a 400 on %s naming the periods that are loaded, never another period or a 500", async (_page, load) => {
      const response = await thrownResponse(load);
      expect(response.status).toBe(400);
      const names = loaded();
      expect(await response.text()).toBe(
        `Career Atlas has no BLS projections for the period 2030-40. The periods loaded are ${names.slice(0, -1).join(", ")} and ${names.at(-1)}. ` +
          "Leave out “vintage=” for the newest projections.",
      );
    });

    // A counselor's pass (2026-12-06): /occupations/15-1252?vintage=2099-09 was a 301 to the page without it, as for any
    // parameter the page does not read, where /roles/back-end-developer?vintage=2099-09 said what was wrong. What would
    // break: a mistyped period on an occupation's page dropped without a word, or a loaded one kept as a second address.
    it("is checked on an occupation's page, which shows every period: malformed or unloaded a 400, loaded a 301 without it", async () => {
      const occupation = (query: string) => occupationLoader(routeArgs(`/occupations/15-1252${query}`, { code: "15-1252" }));
      const malformed = await thrownResponse(() => occupation("?vintage=garbage"));
      expect(malformed.status).toBe(400);
      expect(await malformed.text()).toMatch(/^This address has a parameter we cannot use\. “vintage”: write a projection period/);
      const dataTag = (await getCurrentDataVersion())!.tag;
      const loadedPeriod = await redirectOf(() => occupation(`?vintage=${curated[0]}&data=${dataTag}`));
      expect(loadedPeriod.status).toBe(301);
      expect(loadedPeriod.headers.get("Location")).toBe(`/occupations/15-1252?data=${dataTag}`);
      expect((await answerOf(occupation(""))).status).toBe(200);
    });

    it("is refused by the lesson form, naming the loaded periods", async () => {
      const made = await createLessonBundle({
        input: { title: "A lesson", note: "", vintage: "2030-40", roles: [ROLE], questions: [], ownQuestions: [] },
      });
      expect(made).toEqual({
        ok: false,
        errors: {
          vintage: `Choose one of the projection periods in the list: Career Atlas has ${[addedLabel, ...curated.map((v) => v.replace("-", "–"))].join(", ")}, not 2030-40.`,
        },
      });
    });
  });

  describe("verbal growth bands", () => {
    it("show on the profile the band of the period's published table that the percent falls in, with its source", async () => {
      const { data } = await answerOf(profileLoader(routeArgs(`/roles/${ROLE}?vintage=${previous}`, { slug: ROLE })));
      const percent = data.profile.quickFacts.projection!.changePercent;
      const expected = BANDS.find(
        (b) => (b.minPercent === null || percent >= b.minPercent) && (b.maxPercent === null || percent <= b.maxPercent),
      )!;
      expect(data.profile.quickFacts.growthBand).toEqual({ ...expected, sourceId: BAND_SOURCE });
      const number = data.profile.sources.findIndex((s) => s.id === BAND_SOURCE) + 1;
      expect(number).toBeGreaterThan(0);
      const html = render(
        createElement(ProfileSourcesProvider, { sources: data.profile.sources, children: createElement(QuickFacts, data) }),
      );
      // The band beside the percent, then its source on demand (the tooltip) and its number in the source list.
      expect(textOf(html)).toContain(
        `Growth band, ${previous.replace("-", "–")}: ${expected.label}Source: [${number}] O*NET OnLine, Projected growth`,
      );
    });

    it("show on the comparison for each role, cited once", async () => {
      const { data } = await answerOf(compareLoader(routeArgs(`/compare?roles=${ROLE},data-scientist,cto&vintage=${previous}`)));
      for (const role of data.comparison!.roles) {
        expect(role.growthBand?.label, role.slug).toBe(
          BANDS.find(
            (b) =>
              (b.minPercent === null || role.projection!.changePercent >= b.minPercent) &&
              (b.maxPercent === null || role.projection!.changePercent <= b.maxPercent),
          )!.label,
        );
      }
      expect(data.comparison!.sources.filter((s) => s.id === BAND_SOURCE)).toHaveLength(1);
      const html = render(
        createElement(ProfileSourcesProvider, {
          sources: data.comparison!.sources,
          children: createElement(CompareQuickFacts, { comparison: data.comparison! }),
        }),
      );
      expect(textOf(html)).toContain("Much faster than average (7% or higher)");
    });

    it("show on the growth slide beside the percent, and on no slide of a period without bands", async () => {
      const growthSlide = async (path: string) => {
        const { data } = await answerOf(presentLoader(routeArgs(path)));
        return data.deck.slides.find((s) => s.topic === "growth")!;
      };
      const withBand = await growthSlide(`/present?role=${ROLE}&vintage=${previous}`);
      expect(JSON.stringify(withBand.body)).toContain("Much faster than average (7% or higher)");
      expect(withBand.citations.map((c) => c.sourceId)).toContain(BAND_SOURCE);
      const without = await growthSlide(`/present?role=${ROLE}`);
      expect(JSON.stringify(without.body)).not.toMatch(/than average/);
    });
  });

  describe("a lesson whose period is no longer loaded", () => {
    it("still shows the figures archived with its data version, says the period is gone, and can still be edited", async () => {
      const made = await createLessonBundle({
        input: { title: "Newest projections", note: "", vintage: added, roles: [ROLE], questions: [], ownQuestions: [] },
      });
      if (!made.ok) throw new Error(JSON.stringify(made.errors));
      // The new period is unloaded again (a later load without it); the lesson's data version keeps its archive.
      await ctx.db.delete(t.projections).where(eq(t.projections.vintage, added));
      await ctx.db.delete(t.projectionPeriods).where(eq(t.projectionPeriods.vintage, added));
      await recordDataLoad(ctx.db);

      const { data } = await answerOf(lessonLoader(routeArgs(`/lessons/${made.code}`, { code: made.code })));
      expect(data.lesson).toMatchObject({ vintage: added, periodLoaded: false });
      expect(data.lesson.roles[0]!.figures).toMatchObject({ socCode: SOC, changePercent: 10, medianAnnualWage: 135000 });
      const html = render(createElement(LessonView, { lesson: data.lesson, citation: data.citation }));
      expect(textOf(html)).toContain(`The ${addedLabel} projections are no longer in Career Atlas's current data.`);
      // Its citation names the lesson's own data version, whose figures it shows (not the current one).
      expect(textOf(html)).toContain(`“Newest projections.” Career Atlas, data version ${data.lesson.dataVersion.tag}`);
      // A profile can show only a loaded period: the link goes to the current profile, never to a 400.
      expect(html).toContain(`href="/roles/${ROLE}"`);
      expect(html).not.toContain(`vintage=${added}`);

      // The edit form offers the lesson's own period (marked) besides the loaded ones, and saving keeps it.
      // An edit link is exchanged for the lesson's key cookie (ADR 009), then the form opens without the key in its address.
      const opened = await redirectOf(() =>
        editLessonLoader(routeArgs(`/lessons/${made.code}/edit?key=${made.secret}`, { code: made.code })),
      );
      const editRequest = new Request(`http://localhost/lessons/${made.code}/edit`, { headers: { Cookie: cookieFrom(opened) } });
      const edit = await answerOf(editLessonLoader(routeArgs(editRequest, { code: made.code })));
      expect(edit.data.bundle.values.vintage).toBe(added);
      expect(edit.data.periods.options.map((o) => o.vintage)).toEqual(curated);
      const saved = await updateLessonBundle({
        code: made.code,
        secret: made.secret,
        version: edit.data.bundle.version,
        input: { title: "Still the newest projections", note: "", vintage: added, roles: [ROLE], questions: [], ownQuestions: [] },
      });
      expect(saved.ok).toBe(true);
      const [row] = await ctx.db
        .select({ vintage: t.lessonBundles.vintage })
        .from(t.lessonBundles)
        .where(eq(t.lessonBundles.code, made.code));
      expect(row!.vintage).toBe(added);
      // A new lesson cannot pick it.
      const refused = await createLessonBundle({
        input: { title: "Too late", note: "", vintage: added, roles: [ROLE], questions: [], ownQuestions: [] },
      });
      expect(refused.ok).toBe(false);
      expect((await getLessonBundle({ code: made.code }))!.title).toBe("Still the newest projections");
    });
  });
});
