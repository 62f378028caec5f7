import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { loader as pageLoader } from "~/routes/technologies.$slug";
import { createElement } from "react";
import TechnologiesPage, { loader as listLoader } from "~/routes/technologies._index";
import { loader as mapLoader } from "~/routes/map";
import { MAX_SLUG_LENGTH } from "~/lib/params.server";
import { database, rowsOf } from "~/lib/db.server";
import { describeEachDriver } from "./harness";
import { answerOf, queriesOf, routeArgs, thrownResponse } from "./route-args";
import { medianCells, renderInRouter, sourceLinksNamed } from "./rendered-page";
import { TechnologyPage } from "~/features/skills/components/technology-page";

const technology = (slug: string, query = "") => answerOf(pageLoader(routeArgs(`/technologies/${slug}${query}`, { slug })));

describeEachDriver("a page for every hot or in-demand technology (/technologies)", { seed: true }, () => {
  it("lists every technology O*NET marks Hot or In Demand anywhere, each with its own address", async () => {
    const { data } = await answerOf(listLoader(routeArgs("/technologies")));
    const db = await database();
    const [expected] = rowsOf<{ n: number }>(
      await db.execute(sql`select count(distinct example)::int as n from onet_technology_skills where hot_technology or in_demand`),
    );
    expect(data.technologies).toHaveLength(expected!.n);
    expect(new Set(data.technologies.map((t) => t.slug)).size).toBe(expected!.n);
    for (let i = 1; i < data.technologies.length; i++) {
      expect(data.technologies[i - 1]!.inDemandLines).toBeGreaterThanOrEqual(data.technologies[i]!.inDemandLines);
    }
    expect(data.technologies.map((t) => t.slug)).toContain("c-plus-plus");
    expect(data.technologies.map((t) => t.slug)).toContain("c-sharp");
    // What would break: the column said "BLS occupations marking it In Demand"; O*NET sets the marks (the caption names
    // O*NET), BLS does not.
    const html = renderInRouter(createElement(TechnologiesPage, { loaderData: data } as never));
    expect(html).toContain("In Demand for (BLS occupations)");
    expect(html).toContain("Technologies marked Hot or In Demand in O*NET");
    expect(html).not.toContain("BLS occupations marking it");
    // Each row's source link is named after its source, not "[1]" alone (a screen reader pass, 2026-12-06).
    expect(sourceLinksNamed(html).count).toBeGreaterThan(10);
    expect(sourceLinksNamed(html).unnamed).toEqual([]);
  });

  it("shows a technology with the occupations and roles that ask for it, counted from O*NET", async () => {
    await technology("python"); // the data version's pay percentiles are read once, on first use
    const { data, headers } = await technology("python");
    expect(data.technology).toMatchObject({ name: "Python", hot: true, inDemand: true });
    const db = await database();
    const [counts] = rowsOf<{ listed: number }>(
      await db.execute(sql`select count(distinct onet_code)::int as listed from onet_technology_skills where example = 'Python'`),
    );
    expect(data.technology.listed).toBe(counts!.listed);
    expect(data.technology.skills.map((s) => s.slug)).toEqual(["python"]);
    const scientists = data.occupations.find((o) => o.socCode === "15-2051");
    expect(scientists).toMatchObject({ inDemand: true, tech: true, changePercent: 33.5 });
    expect(data.roles.map((r) => r.slug)).toContain("data-scientist");
    expect(data.sources.map((s) => s.id)).toContain(data.technology.sourceId);
    const excel = await technology("microsoft-excel");
    expect(queriesOf(excel.headers)).toBe(queriesOf(headers));
    expect(excel.data.occupations.length).toBeGreaterThan(data.occupations.length);
  });

  // OEWS publishes only hourly pay for actors (27-2011), and BLS prints no median with their projection: the page said
  // "not published" where the actors' profile says "$23.33 an hour (May 2024)".
  it("shows an hourly-only median by the hour, from the base year's OEWS survey, cited, with no yearly spread", async () => {
    const { data } = await technology("facebook");
    const actors = data.occupations.find((o) => o.socCode === "27-2011");
    expect(actors?.medianAnnualWage).toBeNull();
    expect(actors?.median).toEqual({ value: 23.33, per: "hour", atLeast: false, wageYear: 2024, sourceId: "bls-oews-2024" });
    const number = new Map(data.sources.map((s, i) => [s.id, i + 1]));
    expect(number.has("bls-oews-2024")).toBe(true);
    const html = renderInRouter(createElement(TechnologyPage, { ...data, onetRelease: "O*NET 30.1" }));
    expect(sourceLinksNamed(html).unnamed).toEqual([]);
    const row = (html.match(/<tr>.*?<\/tr>/gs) ?? []).find((r) => r.includes('href="/occupations/27-2011"'));
    expect(medianCells(row ?? "")).toEqual([
      { text: `$23.33 an hour May 2024 [${number.get("bls-oews-2024")}]`, sourceId: "bls-oews-2024" },
    ]);
    // A line's own median is shown as before, citing its projection line.
    const own = data.occupations.find((o) => o.medianAnnualWage !== null)!;
    expect(own.median).toMatchObject({ value: own.medianAnnualWage, wageYear: own.wageYear, sourceId: own.projectionSourceId });
  });

  it("opens every address, the longest too: its page and the map started from it", async () => {
    // An 80-character bound once answered 404 for the 95-character VHDL simulation software listed on /technologies.
    const db = await database();
    const [longest] = rowsOf<{ n: number }>(await db.execute(sql`select max(length(slug))::int as n from technologies`));
    expect(longest!.n).toBeGreaterThan(80);
    expect(longest!.n).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    const { data } = await answerOf(listLoader(routeArgs("/technologies")));
    const listed = data.technologies.reduce((a, b) => (b.slug.length > a.slug.length ? b : a));
    expect(listed.slug.length).toBeGreaterThan(80);
    expect((await technology(listed.slug)).data.technology.name).toBe(listed.name);
    const map = await answerOf(mapLoader(routeArgs(`/map?technology=${listed.slug}`)));
    expect(map.data.technology?.name).toBe(listed.name);
  });

  it("answers an unknown technology with a 404 that says where the list is", async () => {
    const response = await thrownResponse(() => technology("no-such-technology"));
    expect(response.status).toBe(404);
    expect(await response.text()).toContain("/technologies");
    expect((await thrownResponse(() => technology("Python"))).status).toBe(404);
  });
});
