import { sql } from "drizzle-orm";
import { createElement } from "react";
import { expect, it } from "vitest";
import { database, rowsOf } from "~/lib/db.server";
import { MAX_PICKED_SKILLS } from "~/features/explore/explorer-address";
import { SkillsExplorer } from "~/features/explore/components/skills-explorer";
import { ProfileSourcesProvider } from "~/features/sources/components/sources-context";
import { SkillCatalog } from "~/features/skills/components/skill-catalog";
import { SkillRolesTable } from "~/features/skills/components/skill-roles";
import { loader as explorerLoader } from "~/routes/explore.skills";
import { loader as skillLoader } from "~/routes/skills.$slug";
import { loader as skillsLoader } from "~/routes/skills._index";
import { curatedDataset, describeEachDriver } from "./harness";
import { renderInRouter } from "./rendered-page";
import { answerOf, routeArgs } from "./route-args";

/*
 * Every skill a student can pick leads somewhere, or the page says it leads nowhere yet. A student's pass found six
 * catalogue skills (C, Redis, .NET, Django, Express, Spring) offered by the skills explorer and listed on /skills that
 * matched no role: /explore/skills?have=Django said "None of our curated tech roles lists these skills" and /skills
 * "No role on record", though O*NET lists Django for Web Developers, Back-End Developer's occupation.
 */

const explore = (query = "") => answerOf(explorerLoader(routeArgs(`/explore/skills${query}`)));
const have = (...names: string[]) => names.map((n) => `have=${encodeURIComponent(n)}`).join("&");
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, "")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");

/** What the dataset files say, read without the database: whether a curated role lists a skill, or a skill that an O*NET name stands for. */
function datasetReach() {
  const { dataset } = curatedDataset();
  const listed = new Set(dataset.roles.flatMap((d) => d.role.skills.map((s) => s.skill)));
  const skillsNaming = new Map<string, string[]>();
  for (const { value: skill } of dataset.skills) {
    for (const example of skill.onet_examples) skillsNaming.set(example, [...(skillsNaming.get(example) ?? []), skill.slug]);
  }
  return (pick: { name: string; kind: "skill" | "technology"; skillSlug?: string }) =>
    pick.kind === "skill" ? listed.has(pick.skillSlug!) : (skillsNaming.get(pick.name) ?? []).some((slug) => listed.has(slug));
}

describeEachDriver("every skill the explorer offers reaches a curated role, or says it does not", { seed: true }, () => {
  // What would break: a catalogue skill or technology no role lists was picked and the roles list was silently empty.
  it("labels, of every choice in the add box, exactly those no curated role lists: of our own skills, Express alone", async () => {
    const reaches = datasetReach();
    const { choices } = (await explore()).data;
    expect(choices.filter((c) => c.kind === "skill")).toHaveLength(curatedDataset().dataset.skills.length);
    const withoutRole: string[] = [];
    for (let at = 0; at < choices.length; at += MAX_PICKED_SKILLS) {
      const batch = choices.slice(at, at + MAX_PICKED_SKILLS);
      const { data } = await explore(`?${have(...batch.map((c) => c.name))}`);
      // Every choice is a name the explorer knows (the technology "Bash" is the curated skill whose slug is "bash").
      expect(data.readings.filter((r) => r.status !== "exact").map((r) => r.input)).toEqual([]);
      const labelled = new Set(data.picksWithoutRole);
      const matchedByARole = new Set(data.roles.flatMap((r) => r.fit.matched));
      data.picks.forEach((pick, i) => {
        expect(labelled.has(i), `${pick.name}: labelled "no curated role lists it yet"`).toBe(!reaches(pick));
        expect(matchedByARole.has(i), `${pick.name}: on a role's row`).toBe(reaches(pick));
        if (pick.kind === "skill" && !reaches(pick)) withoutRole.push(pick.name);
      });
    }
    // A new catalogue skill no role lists fails here: link it to the roles a source ties it to, or add it with the
    // reason it stays (seed/data/skills/catalog.yaml says Express's).
    expect(withoutRole).toEqual(["Express"]);
  });

  // What would break: Django, Spring, .NET, Redis and C reached no role although O*NET lists them for the roles' occupations.
  it("leads Django to Back-End and Full-Stack Developer, and the other four to the roles O*NET's occupations list them for", async () => {
    const { data } = await explore(`?${have("Django")}`);
    expect(data.roles.map((r) => r.slug).sort()).toEqual(["back-end-developer", "full-stack-developer"]);
    expect(data.picksWithoutRole).toEqual([]);
    const db = await database();
    const links = rowsOf<{ skill: string; role: string; importance: string; source: string }>(
      await db.execute(sql`
        select skill_slug as skill, role_slug as role, importance, source_id as source from role_skills
         where skill_slug in ('c', 'django', 'dotnet', 'redis', 'spring') order by 1, 2`),
    );
    expect(links).toEqual(
      [
        ["c", "machine-learning-engineer"],
        ["c", "research-scientist"],
        ["c", "software-engineer"],
        ["django", "back-end-developer"],
        ["django", "full-stack-developer"],
        ["dotnet", "software-engineer"],
        ["redis", "back-end-developer"],
        ["redis", "full-stack-developer"],
        ["spring", "back-end-developer"],
        ["spring", "software-engineer"],
      ].map(([skill, role]) => ({ skill, role, importance: "useful", source: "onet-30-1" })),
    );
  });

  // What would break: a role skill cited to O*NET 30.1 that O*NET does not list for the role's occupation (a citation
  // that does not say what it is cited for). Holds for every such link, the ten above included.
  it("cites O*NET 30.1 for a role's skill only where O*NET lists one of the skill's names for the role's primary occupation", async () => {
    const db = await database();
    const unsupported = rowsOf<{ role: string; skill: string }>(
      await db.execute(sql`
        select rs.role_slug as role, rs.skill_slug as skill from role_skills rs
          join skills s on s.slug = rs.skill_slug
          join role_occupations ro on ro.role_slug = rs.role_slug and ro.is_primary
         where rs.source_id = 'onet-30-1'
           and not exists (select 1 from onet_technology_skills ots
                            where ots.onet_code = ro.onet_code and ots.example = any(s.onet_examples))
         order by 1, 2`),
    );
    expect(unsupported).toEqual([]);
    const [cited] = rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from role_skills where source_id = 'onet-30-1'`));
    expect(cited!.n).toBeGreaterThan(100);
  });

  // What would break: the explorer said only "None of our curated tech roles lists these skills; the occupations below
  // may" (none did: Express stands for no O*NET name), and /skills "No role on record", which reads as missing data.
  it("says in words, on the explorer, the catalogue and the skill page, that no curated role lists Express yet", async () => {
    const both = (await explore(`?${have("Express", "Django")}`)).data;
    const bothText = textOf(renderInRouter(createElement(SkillsExplorer, { explorer: both, presentHref: null })));
    expect(bothText).toContain("Express · our skill catalogue · no curated role lists it yet Remove");
    expect(bothText).toContain("Django · our skill catalogue Remove");
    expect(bothText).toContain("No curated tech role lists Express yet.");
    expect(bothText).toContain("Express stands for no O*NET technology, so no occupation is matched on it.");

    const alone = (await explore(`?${have("Express")}`)).data;
    expect(alone.roles).toEqual([]);
    const aloneText = textOf(renderInRouter(createElement(SkillsExplorer, { explorer: alone, presentHref: null })));
    expect(aloneText).toContain("No curated tech role lists Express yet.");
    expect(aloneText).not.toContain("the occupations below may");
    expect(aloneText).not.toContain("No tech occupations list these technologies");

    const catalogue = (await answerOf(skillsLoader(routeArgs("/skills?kind=framework")))).data;
    const rows = renderInRouter(
      createElement(ProfileSourcesProvider, {
        sources: catalogue.sources,
        children: createElement(SkillCatalog, { groups: catalogue.groups, onetRelease: catalogue.onetRelease }),
      }),
    ).match(/<tr>.*?<\/tr>/gs);
    const expressRow = textOf(rows!.find((r) => r.includes('href="/skills/express"'))!);
    expect(expressRow).toContain("No curated role lists it yet");
    const djangoRow = textOf(rows!.find((r) => r.includes('href="/skills/django"'))!);
    expect(djangoRow).toContain("2 roles");
    expect(djangoRow).toContain("0 core · 2 useful");

    const page = (await answerOf(skillLoader(routeArgs("/skills/express", { slug: "express" })))).data;
    const pageText = textOf(
      renderInRouter(
        createElement(ProfileSourcesProvider, {
          sources: page.detail.sources,
          children: createElement(SkillRolesTable, { detail: page.detail }),
        }),
      ),
    );
    expect(pageText).toContain("No curated role lists Express yet, so there is no role’s growth or pay to show.");
  });
});
