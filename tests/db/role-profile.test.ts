import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { createStaticHandler } from "react-router";
import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { withQueryStats } from "~db/client";
import { occupations, roleOccupations, roles } from "~db/schema";
import { SKILL_KINDS } from "~db/schema/enums";
import { getRoleProfile, type RoleProfile } from "~/features/roles/queries.server";
import { noteByline } from "~/features/roles/role-profile";
import { loader as profileLoader } from "~/routes/roles.$slug";
import { loader as chartCsvLoader } from "~/routes/roles_.$slug.$chart[.csv]";
import { loader as handoutLoader } from "~/routes/roles_.$slug.handout";
import type { RoleNotFoundData } from "~/features/roles/role-not-found";
import { RoleNotFoundSearch } from "~/features/roles/components/role-not-found";
import { ErrorView } from "~/ui/error-boundary";
import { MAX_SUGGESTED_ROLES } from "~/features/search/role-not-found.server";
import { describeEachDriver } from "./harness";
import { answerOf, queriesOf, readCsv, routeArgs, thrownResponse } from "./route-args";

/** Every source id the profile mentions anywhere, so the test can check each one is in its numbered list. */
function citedSourceIds(profile: RoleProfile): string[] {
  const ids: string[] = [];
  JSON.stringify(profile, (key, value: unknown) => {
    if (
      (key === "sourceId" || key === "allOccupationsSourceId" || key === "entrySourceId" || key === "onetSourceId") &&
      typeof value === "string"
    ) {
      ids.push(value);
    }
    return value;
  });
  return [...new Set(ids)];
}

describeEachDriver("role profile model", { seed: true }, (context) => {
  describe("back-end developer, latest projections (2024-34)", () => {
    let profile: RoleProfile;
    beforeAll(async () => {
      const loaded = await getRoleProfile({ slug: "back-end-developer", vintage: "2024-34" });
      if (!loaded) throw new Error("back-end-developer did not load");
      profile = loaded;
    });

    it("describes the role", () => {
      expect(profile.role).toMatchObject({
        slug: "back-end-developer",
        title: "Back-End Developer",
        careerCluster: "software-development",
        level: "mid",
      });
      expect(profile.role.whatTheyDo.length).toBeGreaterThan(3);
    });

    it("says which occupation the figures describe, and which roles share them", () => {
      expect(profile.occupation).toMatchObject({
        socCode: "15-1254",
        title: "Web developers",
        onetCode: "15-1254.00",
        isPrimary: true,
        sourceId: "onet-30-1",
      });
      expect(profile.otherOccupations.map((o) => [o.socCode, o.sourceId])).toEqual([["15-1252", "editorial"]]);
      expect(profile.otherOccupations[0]!.projection).toMatchObject({ changePercent: 15.8 });
      expect(profile.sharesFiguresWith.map((r) => r.slug)).toEqual(expect.arrayContaining(["front-end-developer", "web-developer"]));
      expect(profile.sharesFiguresWith.map((r) => r.slug)).not.toContain("back-end-developer");
    });

    it("gives the quick facts as BLS published them, with the all-occupations comparison of the same vintage", () => {
      const facts = profile.quickFacts;
      expect(facts.projection).toMatchObject({
        vintage: "2024-34",
        changePercent: 7.5,
        changeNumeric: 6500,
        annualOpenings: 5400,
        employmentBase: 86000,
        baseYear: 2024,
        medianAnnualWage: 90930,
        wageYear: 2024,
        sourceId: "bls-ep-2024-34",
      });
      expect(facts.comparison).toEqual({
        allOccupationsPercent: 3.1,
        allOccupationsSourceId: "bls-ep-2024-34",
        relation: "multiple",
        ratio: 2.4,
      });
      expect(facts.otherWages).toEqual([]);
      expect(facts).toMatchObject({
        entryEducation: "Bachelor's degree",
        workExperience: "None",
        entrySourceId: "bls-ep-2024-34",
        entryDataYear: "2024-34",
      });
    });

    it("lists aliases with their origin and source (O*NET titles with their O*NET code)", () => {
      expect(profile.aliases).toContainEqual(
        expect.objectContaining({
          alias: "Server-Side Developer",
          origin: "seed_article",
          sourceId: "article-backend-job-profile",
          onetCode: null,
        }),
      );
      expect(profile.aliases).toContainEqual(
        expect.objectContaining({
          alias: "Back End Developer",
          origin: "onet_alternate_title",
          onetCode: "15-1254.00",
          onetTitle: "Web Developers",
        }),
      );
    });

    it("keeps the article's 16% (as cited) and its uncited 20% claim apart from BLS figures", () => {
      const byKind = Object.fromEntries(profile.outlookStatements.filter((s) => s.figure !== null).map((s) => [s.kind, s]));
      expect(byKind.outlook_as_cited).toMatchObject({
        figure: 16,
        figureUnit: "percent",
        sourceId: "article-backend-power-behind-the-scenes",
      });
      expect(byKind.uncited_claim).toMatchObject({ figure: 20, figureUnit: "percent" });
      expect(byKind.uncited_claim!.statement).toContain("20% or more");
      // Job descriptions (importance, ways of working) go to "What they do", not to the outlook.
      expect(profile.jobStatements.map((s) => s.kind)).toEqual(expect.arrayContaining(["importance", "work_arrangement"]));
      expect(profile.jobStatements.some((s) => s.kind === "uncited_claim" || s.kind === "outlook_as_cited")).toBe(false);
    });

    it("has the article's four discussion questions and its learning steps, in order, with sources", () => {
      expect(profile.discussionQuestions.map((q) => q.position)).toEqual([1, 2, 3, 4]);
      expect(profile.discussionQuestions[0]).toMatchObject({
        text: "What is an API, and why is it useful in web development?",
        sourceId: "article-backend-power-behind-the-scenes",
      });
      expect(profile.learningSteps[0]).toMatchObject({
        text: "Learn programming fundamentals",
        sourceId: "article-backend-core-of-web-apps",
      });
    });

    it("groups skills by kind in catalog order, core first, with O*NET and source-highlight marks", () => {
      const kinds = profile.skillGroups.map((g) => g.kind);
      expect(kinds).toEqual(SKILL_KINDS.filter((k) => kinds.includes(k)));
      for (const group of profile.skillGroups) {
        const importance = group.skills.map((s) => s.importance);
        expect(importance).toEqual([...importance].sort((a, b) => (a === b ? 0 : a === "core" ? -1 : 1)));
      }
      const skill = (slug: string) => profile.skillGroups.flatMap((g) => g.skills).find((s) => s.slug === slug)!;
      expect(skill("python").marks.hotTechnologies).toEqual(["Python"]);
      expect(skill("python").marks.inDemand).toContainEqual({
        onetCode: "15-1254.00",
        onetTitle: "Web Developers",
        technologies: ["Python"],
      });
      expect(skill("python").marks.onetSourceId).toBe("onet-30-1");
      expect(skill("aws").marks.highlights).toEqual([
        {
          evidence: "Hot Skills for the Future: knowledge of cloud platforms (like AWS, Azure)",
          sourceId: "article-backend-power-behind-the-scenes",
        },
      ]);
      // Another role's highlight for the same skill must not leak in.
      expect(skill("cybersecurity").marks.highlights).toHaveLength(1);
    });

    it("lists industries by the source's rank", () => {
      expect(profile.industries.map((i) => i.rank)).toEqual([1, 2, 3, 4, 5, 6]);
      expect(profile.industries[0]).toMatchObject({ slug: "tech-startups", sourceId: "article-backend-power-behind-the-scenes" });
    });

    it("builds chart-ready rows: employment now and projected, growth against group, summary and total, three vintages", () => {
      expect(profile.charts.employment.map((r) => [r.year, r.employment])).toEqual([
        [2024, 86000],
        [2034, 92500],
      ]);
      expect(profile.charts.growth.map((r) => [r.socCode, r.changePercent, r.isRoleOccupation])).toEqual([
        ["15-1254", 7.5, true],
        ["15-1254+15-1255", 7.2, false],
        ["15-1200", 8.6, false],
        ["00-0000", 3.1, false],
      ]);
      expect(profile.charts.growth[1]).toMatchObject({ isDerived: true, percentDecimals: 1 });
      expect(profile.charts.vintages.map((r) => [r.vintage, r.changePercent, r.isSelected])).toEqual([
        ["2022-32", 17, false],
        ["2023-33", 9, false],
        ["2024-34", 7.5, true],
      ]);
    });

    it("keeps the AI-impact layers separate and dated, with both raters' exposure scores for 15-1254.00", () => {
      const { official, research, editorial, exposure } = profile.aiImpact;
      expect(official.length).toBeGreaterThan(0);
      expect(official.every((n) => n.layer === "official" && /^\d{4}-\d{2}-\d{2}$/.test(n.asOf))).toBe(true);
      expect(research.every((n) => n.layer === "research")).toBe(true);
      expect(editorial.length).toBeGreaterThan(0);
      expect(editorial.every((n) => n.layer === "editorial" && n.reviewedOn !== null && n.scope === "role")).toBe(true);
      // Taken from the articles, none of which names its author: each is signed so, never with an internal label.
      expect(new Set(editorial.map((n) => noteByline(n)))).toEqual(new Set(["Author not given"]));
      expect(official.some((n) => n.scope === "occupation")).toBe(true);
      expect(exposure).toMatchObject({ onetCode: "15-1254.00", onetTitle: "Web Developers", sourceId: "eloundou-2023-gpts-are-gpts" });
      const beta = exposure!.rows.find((r) => r.measure === "beta")!;
      expect(beta.gpt4).toBeCloseTo(0.9327, 4);
      expect(beta.human).toBeCloseTo(0.6346, 4);
      expect(exposure!.rows.map((r) => r.measure)).toEqual(["alpha", "beta", "gamma"]);
    });

    it("shows where the role leads (lead developer, architect, CTO) and where it comes from", () => {
      const next = profile.progression.leadsTo.map((e) => e.slug);
      expect(next).toEqual(expect.arrayContaining(["lead-developer", "software-architect", "cto"]));
      const toLead = profile.progression.leadsTo.find((e) => e.slug === "lead-developer")!;
      expect(toLead).toMatchObject({
        title: "Lead Developer",
        track: "technical",
        typicalYearsMin: 4,
        typicalYearsMax: 8,
        sourceId: "article-backend-core-of-web-apps",
      });
      expect(toLead.skillsGained).toEqual(expect.arrayContaining(["Mentoring", "Code review"]));
      expect(profile.progression.comesFrom.map((e) => e.slug)).toEqual(expect.arrayContaining(["junior-developer", "web-developer"]));
    });

    it("cites every source it uses exactly once, with O*NET's CC BY 4.0 attribution", () => {
      const listed = profile.sources.map((s) => s.id);
      expect(new Set(listed).size).toBe(listed.length);
      expect(listed).toEqual(expect.arrayContaining(citedSourceIds(profile)));
      expect(profile.sources.find((s) => s.id === "onet-30-1")?.attribution).toContain("CC BY 4.0");
    });
  });

  it("shows both published median wages where the 2022-32 workbook (May 2022) and data tool (May 2023) disagree", async () => {
    const profile = (await getRoleProfile({ slug: "back-end-developer", vintage: "2022-32" }))!;
    expect(profile.quickFacts.projection).toMatchObject({
      changePercent: 17,
      medianAnnualWage: 78580,
      wageYear: 2022,
      sourceId: "bls-ep-2022-32",
    });
    expect(profile.quickFacts.otherWages).toEqual([
      expect.objectContaining({ medianAnnualWage: 84960, wageYear: 2023, sourceId: "bls-ep-2022-32-tool" }),
    ]);
    expect(profile.quickFacts.comparison).toMatchObject({ allOccupationsPercent: 2.8 });
    expect(profile.charts.growth.find((r) => r.kind === "group")).toMatchObject({
      socCode: "15-1254+15-1255",
      changePercent: 16,
      sourceId: "bls-ooh-web-developers-2022-32",
    });
  });

  it("keeps OOH group percents whole, as the OOH publishes them", async () => {
    const profile = (await getRoleProfile({ slug: "software-engineer", vintage: "2022-32" }))!;
    expect(profile.charts.growth.find((r) => r.kind === "group")).toMatchObject({
      socCode: "15-1252+15-1253",
      changePercent: 25,
      percentDecimals: 0,
      isDerived: false,
    });
  });

  it("shows the CTO under BLS's 11-3021 with O*NET's 11-1011 Chief Executives as a second view", async () => {
    const profile = (await getRoleProfile({ slug: "cto", vintage: "2024-34" }))!;
    expect(profile.occupation).toMatchObject({
      socCode: "11-3021",
      title: "Computer and information systems managers",
      sourceId: "bls-ep-2024-34-tool",
    });
    expect(profile.otherOccupations).toEqual([
      expect.objectContaining({
        socCode: "11-1011",
        title: "Chief executives",
        onetCode: "11-1011.00",
        isPrimary: false,
        sourceId: "onet-30-1",
      }),
    ]);
    expect(profile.otherOccupations[0]!.projection).toMatchObject({ changePercent: 4.3, medianAnnualWage: 206420, wageYear: 2024 });
    expect(profile.quickFacts.projection).toMatchObject({ changePercent: 15.2, medianAnnualWage: 171200 });
    // 11-3021 belongs to no OOH group: it is compared with its BLS minor group (11-3000 Operations specialties managers) and all occupations.
    expect(profile.charts.growth.map((r) => r.socCode)).toEqual(["11-3021", "11-3000", "00-0000"]);
    expect(profile.aiImpact.exposure?.onetCode).toBe("11-3021.00");
  });

  it("costs the same small number of queries for any role", async () => {
    const counts = [];
    for (const slug of ["back-end-developer", "cto", "technical-writer"]) {
      const { result, queries } = await withQueryStats(() => getRoleProfile({ slug, vintage: "2024-34" }));
      expect(result?.role.slug).toBe(slug);
      counts.push(queries);
    }
    expect(new Set(counts).size).toBe(1);
    expect(counts[0]).toBeLessThanOrEqual(12);
  });

  it("returns null for an unknown role", async () => {
    expect(await getRoleProfile({ slug: "no-such-role", vintage: "2024-34" })).toBeNull();
  });

  it("says so, rather than failing, when a role's occupation has no projection for the vintage", async () => {
    // No curated role lacks a projection, so add one whose occupation has none, and remove it afterwards.
    const db = context.db;
    await db
      .insert(occupations)
      .values({ socCode: "15-1998", kind: "detailed", title: "Test occupation without projections", sourceId: "editorial" });
    await db.insert(roles).values({
      slug: "test-role-without-projection",
      title: "Test role without projection",
      summary: "A role used only by this test.",
      whatTheyDo: ["Nothing"],
      careerCluster: "software-development",
      level: "entry",
      entryEducation: "Bachelor's degree",
      workExperience: "None",
      entrySourceId: "editorial",
    });
    await db
      .insert(roleOccupations)
      .values({ roleSlug: "test-role-without-projection", socCode: "15-1998", isPrimary: true, sourceId: "editorial", note: "Test." });
    try {
      const profile = (await getRoleProfile({ slug: "test-role-without-projection", vintage: "2024-34" }))!;
      expect(profile.occupation.socCode).toBe("15-1998");
      expect(profile.quickFacts.projection).toBeNull();
      expect(profile.quickFacts.comparison).toBeNull();
      expect(profile.charts).toEqual({ employment: [], growth: [], vintages: [] });
      expect(profile.aiImpact.exposure).toBeNull();
    } finally {
      await db.delete(roles).where(eq(roles.slug, "test-role-without-projection"));
      await db.delete(occupations).where(eq(occupations.socCode, "15-1998"));
    }
  });

  describe("routes", () => {
    it("answers a malformed ?vintage, and one that is not loaded, with 400 and a message", async () => {
      const malformed = await thrownResponse(() =>
        profileLoader(routeArgs("/roles/back-end-developer?vintage=2021", { slug: "back-end-developer" })),
      );
      expect(malformed.status).toBe(400);
      expect(await malformed.text()).toContain("“vintage”: write a projection period");
      const response = await thrownResponse(() =>
        profileLoader(routeArgs("/roles/back-end-developer?vintage=2021-31", { slug: "back-end-developer" })),
      );
      expect(response.status).toBe(400);
      expect(await response.text()).toContain(
        "no BLS projections for the period 2021-31. The periods loaded are 2024-34 (the newest), 2023-33 and 2022-32.",
      );
    });

    it("answers an unknown role with 404", async () => {
      const response = await thrownResponse(() => profileLoader(routeArgs("/roles/no-such-role", { slug: "no-such-role" })));
      expect(response.status).toBe(404);
      expect(await response.text()).toContain("/roles/no-such-role");
    });

    // Issue 15, item 10: an address written from another name of a role leads to the role.
    it("redirects another name of a role (/roles/backend-developer) to the role's address with 301, keeping the period and pin", async () => {
      const alias = await thrownResponse(() => profileLoader(routeArgs("/roles/backend-developer", { slug: "backend-developer" })));
      expect(alias.status).toBe(301);
      expect(alias.headers.get("Location")).toBe("/roles/back-end-developer");

      const { data: page } = await answerOf(profileLoader(routeArgs("/roles/web-developer", { slug: "web-developer" })));
      const tag = page.dataVersion.tag;
      const pinned = await thrownResponse(() =>
        profileLoader(routeArgs(`/roles/server-side-developer?vintage=2022-32&data=${tag}`, { slug: "server-side-developer" })),
      );
      expect(pinned.status).toBe(301);
      expect(pinned.headers.get("Location")).toBe(`/roles/back-end-developer?vintage=2022-32&data=${tag}`);
      // An O*NET alternate title the dataset keeps as an alias leads to its role too.
      const onet = await thrownResponse(() => profileLoader(routeArgs("/roles/back-end-engineer", { slug: "back-end-engineer" })));
      expect(onet.headers.get("Location")).toBe("/roles/back-end-developer");
    });

    it("leads an address typed in capitals, and a handout under another name, to the role's own address", async () => {
      const capitals = await thrownResponse(() =>
        profileLoader(routeArgs("/roles/Back-End-Developer?vintage=2022-32", { slug: "Back-End-Developer" })),
      );
      expect(capitals.status).toBe(301);
      expect(capitals.headers.get("Location")).toBe("/roles/back-end-developer?vintage=2022-32");
      const handout = await thrownResponse(() =>
        handoutLoader(routeArgs("/roles/backend-developer/handout?vintage=2022-32", { slug: "backend-developer" })),
      );
      expect(handout.status).toBe(301);
      expect(handout.headers.get("Location")).toBe("/roles/back-end-developer/handout?vintage=2022-32");
      const unknown = await thrownResponse(() => handoutLoader(routeArgs("/roles/nobody-at-all/handout", { slug: "nobody-at-all" })));
      expect(unknown.status).toBe(404);
    });

    it("answers a bad period on an alias address with its 400 before any redirect, and a name no role has with 404", async () => {
      const badPeriod = await thrownResponse(() =>
        profileLoader(routeArgs("/roles/backend-developer?vintage=2021-31", { slug: "backend-developer" })),
      );
      expect(badPeriod.status).toBe(400);
      // "developer" alone is a word of many aliases, not the whole of one: no redirect.
      const partial = await thrownResponse(() => profileLoader(routeArgs("/roles/developer", { slug: "developer" })));
      expect(partial.status).toBe(404);
    });

    // Issue 12/15 polish (a browser pass): /roles/frontend-developer, a spelling no curated alias holds, was a bare 404
    // with an empty search box, while /search?q=frontend+developer finds Front-End Developer exactly. What would break:
    // the 404 offering nothing, offering a guess the search itself does not make, or turning odd addresses into a 500.
    describe("a 404 that reads the address as a title", () => {
      const notFound = async (path: string, slug: string, page: "profile" | "handout" = "profile") => {
        const args = routeArgs(path, { slug });
        const response = await thrownResponse(() => (page === "profile" ? profileLoader(args) : handoutLoader(args)));
        expect(response.status, path).toBe(404);
        return (await response.json()) as RoleNotFoundData;
      };

      it("offers the role the search answers exactly, on the same kind of page, and fills the search box with the words", async () => {
        const found = await notFound("/roles/frontend-developer", "frontend-developer");
        expect(found).toEqual({
          message: "We have no role at the address “/roles/frontend-developer”.",
          words: "frontend developer",
          suggestions: [{ href: "/roles/front-end-developer", title: "Front-End Developer", why: "Its title is what you typed" }],
          spelling: "match",
        });
        // The period and pin the address chose go with the link, as the redirect of another name keeps them.
        const period = await notFound("/roles/frontend-developer?vintage=2022-32", "frontend-developer");
        expect(period.suggestions.map((s) => s.href)).toEqual(["/roles/front-end-developer?vintage=2022-32"]);
        const handout = await notFound("/roles/frontend-developer/handout", "frontend-developer", "handout");
        expect(handout.message).toContain("so there is no handout for it");
        expect(handout.suggestions.map((s) => s.href)).toEqual(["/roles/front-end-developer/handout"]);
        // A word of three roles' names: the three, each with its reason (Database Administrator only has "data" begin a word).
        const data = await notFound("/roles/data", "data");
        expect(data.suggestions.map((s) => [s.title, s.why])).toEqual([
          ["Data Engineer", "Its title contains what you typed"],
          ["Data Scientist", "“Data Analyst” is another name for Data Scientist — O*NET alternate title (O*NET 30.1 Database)"],
          ["Database Architect", "“Data Modeler” is another name for Database Architect — O*NET alternate title (O*NET 30.1 Database)"],
        ]);
        // A title typed with more words: the role, and which words are not part of its name.
        const intern = await notFound("/roles/software-engineer-intern", "software-engineer-intern");
        expect(intern.suggestions).toEqual([
          {
            href: "/roles/software-engineer",
            title: "Software Engineer",
            why: "What you typed has its title; “intern” is not part of it",
          },
        ]);
      });

      it("reaches the error view as React Router hands it the thrown response: message, suggestion and filled box", async () => {
        // The server's own path from a thrown Response to the ErrorBoundary's error (its JSON body parsed into `data`).
        const handler = createStaticHandler([
          { id: "role", path: "/roles/:slug", loader: ({ request, params }) => profileLoader(routeArgs(request, { slug: params.slug! })) },
        ]);
        const context = await handler.query(new Request("http://localhost/roles/frontend-developer"));
        if (context instanceof Response) throw new Error(`expected a render context, got a ${context.status} Response`);
        expect(context.statusCode).toBe(404);
        const error = context.errors?.role;
        const html = renderToStaticMarkup(createElement(ErrorView, { error, notFound: createElement(RoleNotFoundSearch, { error }) }));
        expect(html).toContain('<h1 id="error-title">Page not found</h1>');
        expect(html).toContain("We have no role at the address “/roles/frontend-developer”.");
        expect(html).toContain('Did you mean <a href="/roles/front-end-developer">Front-End Developer</a>?');
        expect(html).toMatch(/<input id="role-not-found-q"[^>]* name="q" value="frontend developer"\/>/);
      });

      it("offers nothing for words no title has, words many roles share, or a word only begun", async () => {
        const nonsense = await notFound("/roles/qwxzy-plonk", "qwxzy-plonk");
        expect(nonsense).toMatchObject({ words: "qwxzy plonk", suggestions: [] });
        // "developer" is in many roles' names, and the occupation Software developers is the title typed.
        expect((await notFound("/roles/developer", "developer")).suggestions).toEqual([]);
        // "web dev" starts words of four roles' names: more than MAX_SUGGESTED_ROLES, so the search box lists them instead.
        expect(await notFound("/roles/web-dev", "web-dev")).toMatchObject({ words: "web dev", suggestions: [] });
        // "frontend dev": "dev" only begins "Developer", a partial match the search shows but no confident answer.
        expect((await notFound("/roles/frontend-dev", "frontend-dev")).suggestions).toEqual([]);
      });

      it("says a close spelling is one, never the answer", async () => {
        const typo = await notFound("/roles/frontent-developer", "frontent-developer");
        expect(typo.spelling).toBe("close");
        expect(typo.suggestions[0]).toEqual({
          href: "/roles/front-end-developer",
          title: "Front-End Developer",
          why: "Its title is close to what you typed",
        });
        expect(typo.suggestions.length).toBeLessThanOrEqual(MAX_SUGGESTED_ROLES);
      });

      it("reads underscores as spaces, and answers an address that is no title with a plain 404, never a 500", async () => {
        const underscores = await notFound("/roles/frontend_developer", "frontend_developer");
        expect(underscores.words).toBe("frontend developer");
        expect(underscores.suggestions.map((s) => s.href)).toEqual(["/roles/front-end-developer"]);
        for (const hostile of ["<script>alert(1)</script>", "'; drop table roles;--", "\u0000", "🚀", "a".repeat(5000), "100%", "%E0%A4"]) {
          const found = await notFound(`/roles/${encodeURIComponent(hostile)}`, hostile);
          expect(found, hostile).toMatchObject({ words: null, suggestions: [] });
          expect(found.message, hostile).toContain("We have no role at the address");
        }
        // Too many words for a title, each of them plausible.
        const long = Array.from({ length: 11 }, () => "data").join("-");
        expect(await notFound(`/roles/${long}`, long)).toMatchObject({ words: null, suggestions: [] });
      });
    });

    it("serves the profile with cache headers, an ETag and Server-Timing", async () => {
      const result = await answerOf(profileLoader(routeArgs("/roles/back-end-developer?vintage=2022-32", { slug: "back-end-developer" })));
      expect(result.data.profile.vintage).toBe("2022-32");
      expect(result.data.pageUrl).toBe("http://localhost/roles/back-end-developer?vintage=2022-32");
      expect(result.headers.get("Cache-Control")).toContain("public");
      expect(result.headers.get("ETag")).toMatch(/^W\/"v\d+-/);
      expect(queriesOf(result.headers)).toBeGreaterThan(0);
    });

    it("downloads each chart's data as CSV with its header row", async () => {
      const response = await chartCsvLoader(
        routeArgs("/roles/back-end-developer/growth.csv?vintage=2022-32", { slug: "back-end-developer", chart: "growth" }),
      );
      expect(response.headers.get("Content-Disposition")).toContain("back-end-developer-growth-2022-32.csv");
      const { lines } = await readCsv(response);
      expect(lines[0]).toBe(
        "SOC code,Occupation or group,Line kind,Projection period,Employment in base year (jobs),Employment in target year (jobs),Change (%),Derived by Career Atlas,Source,Source URL,Data version",
      );
      expect(lines[1]).toMatch(/^15-1254,Web developers,detailed,2022-32,98800,115500,17\.0,no,"U\.S\. Bureau of Labor Statistics/);
      // Each row's source's address beside it, as in every CSV with a Source column (issue 15).
      expect(lines[1]).toMatch(/",https:\/\/[^,"]+,v\d+-[0-9a-f]{8}$/);
      for (const chart of ["employment", "vintages"]) {
        const { header } = await readCsv(
          await chartCsvLoader(routeArgs(`/roles/back-end-developer/${chart}.csv`, { slug: "back-end-developer", chart })),
        );
        expect(header.slice(-3), chart).toEqual(["Source", "Source URL", "Data version"]);
      }
      expect(lines).toHaveLength(5);
    });

    it("answers an unknown chart with 404 and a bad CSV ?vintage with 400", async () => {
      const unknownChart = await thrownResponse(() =>
        chartCsvLoader(routeArgs("/roles/back-end-developer/pay.csv", { slug: "back-end-developer", chart: "pay" })),
      );
      expect(unknownChart.status).toBe(404);
      const badVintage = await thrownResponse(() =>
        chartCsvLoader(
          routeArgs("/roles/back-end-developer/employment.csv?vintage=latest", { slug: "back-end-developer", chart: "employment" }),
        ),
      );
      expect(badVintage.status).toBe(400);
      const unknownRole = await thrownResponse(() =>
        chartCsvLoader(routeArgs("/roles/nobody/employment.csv", { slug: "nobody", chart: "employment" })),
      );
      expect(unknownRole.status).toBe(404);
    });
  });
});
