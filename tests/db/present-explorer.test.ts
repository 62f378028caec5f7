import { createElement } from "react";
import { expect, it } from "vitest";
import { getCurrentDataVersion } from "~/features/data-pin/data-version.server";
import { loader as presentLoader } from "~/routes/present";
import { loader as notesLoader } from "~/routes/present_.notes";
import { loader as skillsLoader } from "~/routes/explore.skills";
import { loader as interestsLoader } from "~/routes/explore.interests";
import { formatDollars, formatPercentChange, formatWageYear } from "~/lib/format";
import { payFor, paySpreadText } from "~/features/pay/pay";
import { onetAndBlsTitles } from "~/features/explore/interests";
import { listTitles } from "~/lib/list-titles";
import { listPayPercentiles } from "~/features/pay/queries.server";
import type { Slide } from "~/features/present/slides";
import { InterestsExplorer } from "~/features/explore/components/interests-explorer";
import { describeEachDriver } from "./harness";
import { renderInRouter } from "./rendered-page";
import { answerOf, routeArgs, sourcesOf, thrownResponse } from "./route-args";

const have = (...names: string[]) => names.map((n) => `have=${encodeURIComponent(n)}`).join("&");
const slide = (slides: Slide[], title: string) => {
  const found = slides.find((s) => s.title === title);
  if (!found) throw new Error(`no slide “${title}” in ${slides.map((s) => s.title).join(" | ")}`);
  return found;
};

/**
 * The growth slide's bars against the careers it was given: each career (with a projection) on exactly one bar,
 * named as a role or an occupation, with its own figure; a role's bar names its BLS line; one bar per line; fastest
 * first; all occupations last.
 */
function expectGrowthBars(
  growth: Slide,
  careers: { kind: "role" | "occupation"; title: string; socCode: string; socTitle: string; changePercent: number | null }[],
) {
  if (growth.body.kind !== "figures") throw new Error("figures");
  const rows = growth.body.charts[0]!.rows;
  const bars = rows.slice(0, -1);
  expect(rows.at(-1)!.label).toBe("All occupations");
  const drawn = careers.filter((c) => c.changePercent !== null);
  expect(bars).toHaveLength(new Set(drawn.map((c) => c.socCode)).size);
  for (const c of drawn) {
    // The part of a bar's label that names the career ("Roles: A and B; occupation: C"): a whole title in a list.
    const part = (label: string) =>
      label.split("; ").find((p) => new RegExp(`(: |, | and )${c.title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(,| and |$)`).test(p));
    const on = bars.filter((b) => part(b.label) !== undefined);
    expect(on, c.title).toHaveLength(1);
    expect(part(on[0]!.label), c.title).toMatch(c.kind === "role" ? /^roles?: /i : /^occupations?: /i);
    expect(on[0]!.value, c.title).toBe(c.changePercent);
    if (c.kind === "role" || c.title.toLowerCase() !== c.socTitle.toLowerCase()) expect(on[0]!.detail, c.title).toBe(`BLS: ${c.socTitle}`);
  }
  const values = bars.map((b) => b.value);
  expect(values).toEqual([...values].sort((a, b) => b - a));
}

describeEachDriver("presenting an explorer list (/present?explore=…)", { seed: true }, () => {
  it("builds the skills list's slides from the figures the explorer page shows", async () => {
    const page = await answerOf(skillsLoader(routeArgs(`/explore/skills?${have("Python", "SQL", "Microsoft Excel")}`)));
    const { data, headers } = await answerOf(
      presentLoader(routeArgs(`/present?explore=skills&${have("Python", "SQL", "Microsoft Excel")}`)),
    );
    const { deck } = data;
    expect(deck.kind).toBe("skills");
    expect(deck.explorer).toEqual({ kind: "skills", have: ["Python", "SQL", "Microsoft Excel"], scope: "tech" });
    expect(deck.title).toBe("Careers for Python, SQL and Microsoft Excel");
    // Then the sources: one slide, or more where they are long (finish-deck.ts).
    const topics = deck.slides.map((s) => s.topic);
    expect(topics.slice(0, 7)).toEqual(["title", "fit", "matches", "matches", "learn-next", "growth", "discussion"]);
    expect(topics.slice(7).length).toBeGreaterThan(0);
    expect(topics.slice(7).every((t) => t === "sources")).toBe(true);

    // The best-fitting roles, as the page ranks them, with the page's fit, growth and pay.
    const roles = slide(deck.slides, "Tech roles that fit best");
    if (roles.body.kind !== "columns") throw new Error("columns");
    expect(roles.body.columns.map((c) => c.heading)).toEqual(page.data.roles.slice(0, 3).map((r) => r.title));
    const top = page.data.roles[0]!;
    expect(roles.body.columns[0]!.figures).toEqual([
      { label: "Fit, points", value: `${top.fit.points} of 6`, detail: top.fit.matched.map((i) => page.data.picks[i]!.name).join(", ") },
      { label: "Growth, 2024–34", value: formatPercentChange(top.changePercent!), detail: top.band?.label ?? null },
      {
        label: `Median pay, ${formatWageYear(top.wageYear!)}`,
        value: formatDollars(top.medianAnnualWage!),
        // The OEWS spread of the median's own survey, read from the percentiles the role profile shows.
        detail: `whole occupation; 10th–90th percentile: ${paySpreadText(payFor(await listPayPercentiles(top.socCode), top.socCode, top.wageYear)!)}`,
      },
    ]);
    expect(roles.caveat).toMatch(/whole occupation/);
    expect(roles.notes.join(" ")).toContain("The 10th percentile is not a starting salary.");
    expect(roles.citations.map((c) => `${c.label} (${c.dataYear})`).join(" · ")).toMatch(
      /Occupational Employment and Wage Statistics[^·]*\(May 2024\)/,
    );

    // The worked example adds up the top role's points, skill by skill.
    const rules = slide(deck.slides, "How the fit is worked out");
    if (rules.body.kind !== "list") throw new Error("list");
    expect(rules.body.takeaway).toBe(
      `For ${top.title}: ${page.data.picks
        .map((p, i) => `${p.name} ${top.fit.strong.includes(i) ? 2 : top.fit.matched.includes(i) ? 1 : 0}`)
        .join(" + ")} = ${top.fit.points} of 6 points.`,
    );

    // Occupations and learn next, in the page's order.
    const occupations = slide(deck.slides, "Tech occupations that fit best");
    if (occupations.body.kind !== "list") throw new Error("list");
    expect(occupations.body.items.map((i) => i.split(":")[0])).toEqual(page.data.occupations.slice(0, 6).map((o) => o.title));
    // Each median on the list with its spread, as the page shows it under the median (issue 15, item 1).
    page.data.occupations.slice(0, 6).forEach((o, i) => {
      const spread = o.pay && paySpreadText(o.pay);
      if (o.medianAnnualWage === null || !spread) return;
      expect(occupations.body.kind === "list" && occupations.body.items[i]).toContain(
        `${formatDollars(o.medianAnnualWage)} median pay (${formatWageYear(o.wageYear!)}; 10th–90th percentile: ${spread})`,
      );
    });
    expect(page.data.occupations.slice(0, 6).some((o) => o.pay)).toBe(true);
    expect(occupations.notes.join(" ")).toContain("The 10th percentile is not a starting salary.");
    expect(occupations.citations.map((c) => c.label).join(" · ")).toMatch(/Occupational Employment and Wage Statistics/);
    const learn = slide(deck.slides, "What to learn next");
    if (learn.body.kind !== "skills") throw new Error("skills");
    expect(learn.body.skills.map((s) => s.name)).toEqual(page.data.learn.map((l) => l.name));
    expect(page.data.learn.length).toBeGreaterThan(0);

    // The growth chart: the roles shown, then occupations not already drawn as a role's, one bar per BLS line.
    const shownSoc = page.data.roles.slice(0, 3).map((r) => r.socCode);
    const growth = slide(deck.slides, "How fast these careers grow, 2024–34");
    expectGrowthBars(growth, [
      ...page.data.roles.slice(0, 3).map((r) => ({ ...r, kind: "role" as const, socTitle: r.occupationTitle })),
      ...page.data.occupations
        .filter((o) => !shownSoc.includes(o.socCode))
        .slice(0, 3)
        .map((o) => ({ ...o, kind: "occupation" as const, socTitle: o.title })),
    ]);
    if (growth.body.kind !== "figures") throw new Error("figures");
    expect(growth.body.charts[0]!.rows.at(-1)).toEqual({
      label: "All occupations",
      value: page.data.allOccupations!.changePercent,
      text: formatPercentChange(page.data.allOccupations!.changePercent!),
      emphasis: true,
    });

    // Every slide cites a source by name (the method slides cite the editorial source, listed on the sources slide).
    for (const s of deck.slides) {
      expect(s.citations.length, s.title).toBeGreaterThan(0);
      for (const c of s.citations) expect(c.label, `${s.title}: ${c.sourceId}`).not.toBe(c.sourceId);
    }
    expect(sourcesOf(deck).map((s) => s.id)).toContain("editorial");

    const version = (await getCurrentDataVersion())!;
    expect(deck.dataAsOf).toBe(version.loadedAt);
    expect(headers.get("ETag")).toContain(version.tag);
  });

  it("leaves out a skill it does not know, and says so in the notes", async () => {
    const { data } = await answerOf(presentLoader(routeArgs(`/present?explore=skills&${have("Python", "Quxbazzle")}`)));
    expect(data.deck.explorer).toMatchObject({ have: ["Python"] });
    expect(data.deck.slides[0]!.notes.join(" ")).toMatch(/Not recognised, so left out: “Quxbazzle”/);
  });

  it("builds the interests list's slides: the areas picked, the roles and occupations that fit, growth", async () => {
    const page = await answerOf(interestsLoader(routeArgs("/explore/interests?like=investigative&like=conventional")));
    const { data } = await answerOf(presentLoader(routeArgs("/present?explore=interests&like=investigative&like=conventional")));
    const { deck } = data;
    expect(deck.kind).toBe("interests");
    expect(deck.explorer).toEqual({ kind: "interests", like: ["investigative", "conventional"] });
    expect(deck.title).toBe("Careers for Investigative and Conventional interests");
    const areas = slide(deck.slides, "The interest areas picked");
    if (areas.body.kind !== "columns") throw new Error("columns");
    expect(areas.body.columns.map((c) => c.heading)).toEqual(["Investigative", "Conventional"]);
    // Each picked area in O*NET's words, as the explorer page's guide gives it (the page without picks shows it).
    const guide = (await answerOf(interestsLoader(routeArgs("/explore/interests")))).data.areaGuide!;
    expect(deck.slides.slice(2, 4).map((s) => s.title)).toEqual(["Investigative, in O*NET's words", "Conventional, in O*NET's words"]);
    for (const name of ["Investigative", "Conventional"]) {
      const onet = slide(deck.slides, `${name}, in O*NET's words`);
      if (onet.body.kind !== "list") throw new Error("list");
      const area = guide[name]!;
      expect(onet.body.lede).toBe(`“${area.description}”`);
      expect(onet.body.items[0]).toBe(`Basic interest areas under it: ${area.basic.map((b) => b.name).join(", ")}.`);
      expect(onet.body.items[1]).toBe(`For example: “${area.activities[0]}” “${area.activities[1]}”`);
      expect(onet.body.items[2]).toContain(area.occupations[0]!.title);
      // Every basic area's own description is in the notes; the slide cites O*NET's release.
      for (const basic of area.basic) expect(onet.notes.join("\n")).toContain(`${basic.name}: ${basic.description}`);
      expect(onet.citations.map((c) => `${c.label} (${c.dataYear})`).join(" · ")).toMatch(/O\*NET 30\.1/);
    }
    expect(guide.Investigative!.basic.map((b) => b.name)).toContain("Mathematics/Statistics");
    const roles = slide(deck.slides, "Tech roles that fit");
    if (roles.body.kind !== "columns") throw new Error("columns");
    expect(roles.body.columns.map((c) => c.heading)).toEqual(page.data.roles.slice(0, 3).map((r) => r.title));
    // The O*NET occupation the fit is scored on, and the BLS one the figures are for where that is another one.
    expect(roles.body.columns.map((c) => c.meta)).toEqual(page.data.roles.slice(0, 3).map((r) => onetAndBlsTitles(r.occupation)));
    expect(roles.body.columns[0]!.figures[0]).toEqual({
      label: "O*NET interest code",
      value: page.data.roles[0]!.occupation.code,
      detail: page.data.roles[0]!.occupation.fit.matched.join(", "),
    });
    // Under each role's median, its occupation's OEWS spread.
    for (const column of roles.body.columns)
      expect(column.figures.at(-1)!.detail).toMatch(/^whole occupation; 10th–90th percentile: \$[\d,]+ to \$[\d,]+/);
    const tech = slide(deck.slides, "Tech occupations that fit");
    if (tech.body.kind !== "list") throw new Error("list");
    // The O*NET title first (then, where it is another, the BLS line the figures are for: tested below).
    expect(tech.body.items.map((i) => i.split(/ \(BLS: |: /)[0])).toEqual(page.data.tech.slice(0, 6).map((o) => o.title));
    expect(tech.body.items.filter((i) => /10th–90th percentile: \$[\d,]+ to \$[\d,]+/.test(i))).toHaveLength(
      page.data.tech.slice(0, 6).filter((o) => o.pay && paySpreadText(o.pay) && o.medianAnnualWage !== null).length,
    );
    expect(tech.notes.join(" ")).toContain("The 10th percentile is not a starting salary.");
    expect(deck.slides.some((s) => s.topic === "growth")).toBe(true);
    expect(deck.slides[0]!.notes.join(" ")).toContain("https://www.mynextmove.org/explore/ip");
  });

  it("gives the Social list's nearest tech roles a slide of their own, as the explorer's list names them", async () => {
    // What would break: no curated role has Social in its O*NET code, and the deck went from the areas picked to the
    // occupations, as if tech had nothing for a student who likes helping and teaching.
    const page = await answerOf(interestsLoader(routeArgs("/explore/interests?like=social")));
    const { deck } = (await answerOf(presentLoader(routeArgs("/present?explore=interests&like=social")))).data;
    expect(page.data.roles).toEqual([]);
    const closest = slide(deck.slides, "Tech roles that come closest");
    if (closest.body.kind !== "list") throw new Error("list");
    expect(closest.body.items).toEqual(
      page.data.closestRoles.map(
        (g) =>
          `${listTitles(g.roles.map((r) => r.title))} (${onetAndBlsTitles(g.occupation)}): Social ${g.occupation.scores.Social.toFixed(2)} (code ${g.occupation.code})`,
      ),
    );
    expect(closest.body.items[0]).toBe("IT Support Specialist (O*NET: Computer User Support Specialists): Social 3.32 (code CRI)");
    expect(closest.citations.map((c) => `${c.label} (${c.dataYear})`).join(" · ")).toMatch(/O\*NET 30\.1/);
    expect(deck.slides.some((s) => s.title === "Tech roles that fit")).toBe(false);
    expect(deck.slides[0]!.body).toMatchObject({
      meta: [`0 of our tech roles, 1 tech occupation and ${page.data.otherTotal} other occupations fit`],
    });
    // The one tech occupation with Social among its high points is listed as a fit, not as "closest".
    expect(slide(deck.slides, "Tech occupations that fit").body).toMatchObject({
      items: [expect.stringMatching(/^Health Informatics Specialists \(BLS: Computer systems analysts\): Social 4\.63 \(code ICS\) · /)],
    });
  });

  // OEWS publishes only hourly pay for actors (27-2011; seed/data/pay-percentiles.csv: May 2024, hourly median 23.33, no
  // annual figures), and BLS prints no median with their projection: the slides listed them with growth only, while
  // their profile and the explorer's list say "$23.33 an hour (May 2024)".
  it("gives an hourly-only median by the hour on the interests deck, as the explorer's list does, and cites its survey", async () => {
    const page = await answerOf(interestsLoader(routeArgs("/explore/interests?like=artistic")));
    const { deck } = (await answerOf(presentLoader(routeArgs("/present?explore=interests&like=artistic")))).data;
    const actors = page.data.other.find((o) => o.socCode === "27-2011")!;
    expect(actors.median).toMatchObject({ value: 23.33, per: "hour", wageYear: 2024 });
    const other = slide(deck.slides, "Other occupations that fit");
    if (other.body.kind !== "list") throw new Error("list");
    const lines = [...other.body.items, ...other.notes].filter((line) => line.includes("Actors"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`${formatPercentChange(actors.changePercent!)} growth, 2024–34 · $23.33 an hour median pay (May 2024)`);
    // Never a yearly figure or spread beside it.
    expect(lines[0]).not.toMatch(/percentile|\$\d{2,3},\d{3}/);
    // The OEWS survey is cited on the slide that shows it, and every hourly-only occupation listed is given by the hour.
    const shown = page.data.other.slice(0, 6);
    if (shown.some((o) => o.median?.per === "hour")) {
      expect(other.citations.find((c) => c.sourceId === "bls-oews-2024")?.dataYear).toContain("May 2024");
    }
    for (const o of page.data.other.filter((c) => c.median?.per === "hour")) {
      expect([...other.body.items, ...other.notes].join("\n")).toContain(`$${o.median!.value.toFixed(2)} an hour median pay (May 2024)`);
    }
  });

  it("names the BLS line an O*NET occupation's figures are for, where it has another title, as the explorer's list does", async () => {
    // What would break: the list slide showed "Poets, Lyricists and Creative Writers … +3.6% growth … $72,270 median pay",
    // the figures of BLS's "Writers and authors", under the O*NET title alone (a counselor's report), while the
    // explorer's list and its printout say "BLS: Writers and authors" beside the title.
    const query = "like=investigative&like=artistic";
    const page = await answerOf(interestsLoader(routeArgs(`/explore/interests?${query}`)));
    const { deck } = (await answerOf(presentLoader(routeArgs(`/present?explore=interests&${query}`)))).data;
    const poets = page.data.other.find((o) => o.title === "Poets, Lyricists and Creative Writers")!;
    expect([poets.socTitle, poets.changePercent, poets.medianAnnualWage]).toEqual(["Writers and authors", 3.6, 72270]);
    expect(renderInRouter(createElement(InterestsExplorer, { explorer: page.data, presentHref: null }))).toContain(
      "BLS: Writers and authors",
    );

    // Each row of both list slides, and each occupation's bar, is named as the page names it: the O*NET title, and
    // the BLS line after it wherever the two titles are not the same.
    const named = (o: { title: string; socTitle: string }) =>
      o.title.toLowerCase() === o.socTitle.toLowerCase() ? o.title : `${o.title} (BLS: ${o.socTitle})`;
    const other = slide(deck.slides, "Other occupations that fit");
    const tech = slide(deck.slides, "Tech occupations that fit");
    if (other.body.kind !== "list" || tech.body.kind !== "list") throw new Error("list");
    expect(other.body.items[0]).toMatch(
      /^Poets, Lyricists and Creative Writers \(BLS: Writers and authors\): .* · \+3\.6% growth, 2024–34 · \$72,270 median pay/,
    );
    const shown = [...page.data.other.slice(0, 6), ...page.data.tech.slice(0, 6)];
    [...other.body.items, ...tech.body.items].forEach((item, i) => expect(item.startsWith(`${named(shown[i]!)}: `), item).toBe(true));
    expect(shown.filter((o) => named(o) !== o.title).length).toBeGreaterThanOrEqual(2); // Poets, Neuropsychologists, …
    // The notes list the rest of the other occupations the same way, with their SOC code.
    const filed = page.data.other.slice(6).find((o) => named(o) !== o.title)!;
    expect(other.notes.join("\n")).toContain(`Also: ${filed.title} (BLS: ${filed.socTitle}, SOC ${filed.socCode}), `);
    // The growth chart's occupation bars too: with Investigative and Conventional one has another title
    // (Bioinformatics Technicians, filed under a catch-all BLS line), named under the bar.
    for (const areas of [query, "like=investigative&like=conventional"]) {
      const list = (await answerOf(interestsLoader(routeArgs(`/explore/interests?${areas}`)))).data;
      const slides = (await answerOf(presentLoader(routeArgs(`/present?explore=interests&${areas}`)))).data.deck.slides;
      const roleSoc = list.roles.slice(0, 3).map((r) => r.occupation.socCode);
      expectGrowthBars(slide(slides, "How fast these careers grow, 2024–34"), [
        ...list.roles.slice(0, 3).map((r) => ({ ...r.occupation, kind: "role" as const, title: r.title })),
        ...list.tech
          .filter((o) => !roleSoc.includes(o.socCode))
          .slice(0, 3)
          .map((o) => ({ ...o, kind: "occupation" as const })),
      ]);
    }
    const conventional = await answerOf(presentLoader(routeArgs("/present?explore=interests&like=investigative&like=conventional")));
    const bars = slide(conventional.data.deck.slides, "How fast these careers grow, 2024–34");
    if (bars.body.kind !== "figures") throw new Error("figures");
    expect(bars.body.charts[0]!.rows).toContainEqual(
      expect.objectContaining({
        label: "Occupation: Bioinformatics Technicians",
        detail: "BLS: Mathematical science occupations, all other",
      }),
    );
  });

  it("draws roles filed under one BLS line as one bar, fastest first, and cites only what the growth slide shows", async () => {
    // What would break: the Investigative deck drew Machine Learning Engineer and Research Scientist as two bars of
    // +19.7% (one BLS line, Computer and information research scientists), so a class read two careers growing
    // equally; the bars ran in list order (+33.5, +19.7, +8.7, +21.8); and the footer read "(2024–34 release; pay
    // May 2024; 2024–34)" on a slide that shows no pay.
    const list = (await answerOf(interestsLoader(routeArgs("/explore/interests?like=investigative")))).data;
    const [ml, research] = ["Machine Learning Engineer", "Research Scientist"].map((t) => list.roles.find((r) => r.title === t)!);
    expect(ml!.occupation.socCode).toBe(research!.occupation.socCode);
    expect(list.roles.slice(0, 3).map((r) => r.title)).toEqual(expect.arrayContaining(["Machine Learning Engineer", "Research Scientist"]));
    const { deck } = (await answerOf(presentLoader(routeArgs("/present?explore=interests&like=investigative")))).data;
    const growth = slide(deck.slides, "How fast these careers grow, 2024–34");
    if (growth.body.kind !== "figures") throw new Error("figures");
    const rows = growth.body.charts[0]!.rows;
    const shared = rows.filter((r) => r.label.includes("Research Scientist") || r.label.includes("Machine Learning Engineer"));
    expect(shared).toEqual([
      {
        label: "Roles: Machine Learning Engineer and Research Scientist",
        detail: `BLS: ${ml!.occupation.socTitle}`,
        value: ml!.occupation.changePercent,
        text: formatPercentChange(ml!.occupation.changePercent!),
        emphasis: false,
      },
    ]);
    expect(growth.notes.join("\n")).toContain(
      `Machine Learning Engineer and Research Scientist are both filed under BLS's ${ml!.occupation.socTitle} (SOC ${ml!.occupation.socCode}), so they share one bar`,
    );
    expect(growth.body.lede).toMatch(/fastest first, all occupations last/);

    // The skills deck of the tester's report too: sorted, and its footer names the period once, no pay.
    const skills = (await answerOf(presentLoader(routeArgs(`/present?explore=skills&${have("Python", "SQL", "Microsoft Excel")}`)))).data
      .deck;
    for (const s of [growth, slide(skills.slides, "How fast these careers grow, 2024–34")]) {
      expect(s.citations.map((c) => c.dataYear)).toEqual(["2024–34"]);
      expect(s.citations[0]!.label).toMatch(/Employment Projections/);
      expect(s.caveat).not.toMatch(/pay/i);
    }
  });

  it("keeps a pin (data=) in the deck and in the notes window, and shows the same slides for the current version", async () => {
    const version = (await getCurrentDataVersion())!;
    const path = `/present?explore=skills&${have("Python", "SQL")}`;
    const plain = await answerOf(presentLoader(routeArgs(path)));
    const pinned = await answerOf(presentLoader(routeArgs(`${path}&data=${version.tag}`)));
    expect(pinned.data.deck.pinnedDataVersion).toBe(version.tag);
    expect(plain.data.deck.pinnedDataVersion).toBeUndefined();
    expect(pinned.data.newerData).toBeNull();
    expect(pinned.data.deck.slides).toEqual(plain.data.deck.slides);
    const notes = await answerOf(notesLoader(routeArgs(`/present/notes?explore=interests&like=social&data=${version.tag}`)));
    expect(notes.data.deck.kind).toBe("interests");
    expect(notes.data.deck.pinnedDataVersion).toBe(version.tag);
  });

  it.each([
    ["/present?explore=skills", /“have”: name the skills of the list to present/],
    ["/present?explore=skills&have=%20", /“have”: name the skills of the list to present/],
    ["/present?explore=interests", /“like”: name the interest areas/],
    ["/present?explore=maps&have=Python", /“explore”: must be skills or interests/],
    ["/present?explore=skills&have=Python&role=cto", /“explore”: present either an explorer list/],
    ["/present?have=Python", /“explore”: have=, scope= and like= belong to an explorer list/],
    ["/present?explore=skills&have=Python&like=social", /“like”: belongs to explore=interests/],
    ["/present?explore=interests&like=social&scope=all", /“have”: have= and scope= belong to explore=skills/],
    ["/present?explore=interests&like=astronomy", /“like”: must be one of: realistic/],
    ["/present?explore=skills&have=Python&scope=everything", /“scope”: must be tech/],
    ["/present/notes?explore=skills&have=Python&data=latest", /“data”: use a data version tag/],
  ])("answers %s with a 400 that says what is wrong", async (path, message) => {
    const loader = path.startsWith("/present/notes") ? notesLoader : presentLoader;
    const response = await thrownResponse(() => loader(routeArgs(path)));
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(message);
  });

  it("answers a list whose skills are all unknown with a 404 that names them", async () => {
    const response = await thrownResponse(() => presentLoader(routeArgs(`/present?explore=skills&${have("Quxbazzle", "Flumph")}`)));
    expect(response.status).toBe(404);
    expect(await response.text()).toMatch(/None of the skills named \(“Quxbazzle”, “Flumph”\) is one we know/);
  });
});
