import { expect, it } from "vitest";
import { withQueryStats } from "~db/client";
import { getCurrentDataVersion } from "~/features/data-pin/data-version.server";
import {
  getAllOccupationsOutlook,
  groupByOccupation,
  listFilterOptions,
  listRoleOutlooks,
  listTopHotSkills,
} from "~/features/outlook/queries.server";
import { listSourcesByIds } from "~/features/sources/queries.server";
import { describeEachDriver } from "./harness";

/** The newest period of the curated data. */
const NEWEST = "2024-34";

describeEachDriver("outlook models", { seed: true }, () => {
  it("lists every role with its primary occupation's projection, in one query", async () => {
    const { result: roles, queries } = await withQueryStats(() => listRoleOutlooks({ vintage: NEWEST }));
    expect(queries).toBe(1);
    expect(roles.length).toBeGreaterThanOrEqual(30);
    const titles = roles.map((r) => r.title);
    expect(titles).toEqual([...titles].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(roles.find((r) => r.slug === "back-end-developer")).toMatchObject({
      socCode: "15-1254",
      projection: {
        vintage: "2024-34",
        baseYear: 2024,
        targetYear: 2034,
        changePercent: 7.5,
        changeNumeric: 6500,
        annualOpenings: 5400,
        medianAnnualWage: 90930,
        wageYear: 2024,
        sourceId: "bls-ep-2024-34",
      },
    });
  });

  it("shows each vintage's own figures (2022-32 web developers: +17.0%, May 2022 pay)", async () => {
    const roles = await listRoleOutlooks({ vintage: "2022-32" });
    expect(roles.find((r) => r.slug === "back-end-developer")?.projection).toMatchObject({
      changePercent: 17,
      medianAnnualWage: 78580,
      wageYear: 2022,
      sourceId: "bls-ep-2022-32",
    });
  });

  it("filters by cluster, level, education, industry and skill, combined with AND", async () => {
    const security = await listRoleOutlooks({ vintage: NEWEST, filters: { cluster: "security" } });
    expect(security.map((r) => r.slug)).toEqual(["security-analyst"]);
    const entry = await listRoleOutlooks({ vintage: NEWEST, filters: { level: "entry" } });
    expect(entry.every((r) => r.level === "entry")).toBe(true);
    expect(entry.map((r) => r.slug)).toContain("junior-developer");
    // Education is "at most": a Bachelor's degree admits the roles needing less, never those needing a Master's.
    const bachelors = await listRoleOutlooks({ vintage: NEWEST, filters: { education: "Bachelor's degree" } });
    expect(bachelors.map((r) => r.slug)).toContain("it-support-specialist");
    expect(bachelors.some((r) => r.entryEducation === "Master's degree")).toBe(false);
    expect(bachelors.some((r) => r.entryEducation === "Bachelor's degree")).toBe(true);
    const healthcare = await listRoleOutlooks({ vintage: NEWEST, filters: { industry: "healthcare" } });
    expect(healthcare.map((r) => r.slug)).toContain("back-end-developer");
    const python = await listRoleOutlooks({ vintage: NEWEST, filters: { skill: "python" } });
    expect(python.map((r) => r.slug)).toContain("back-end-developer");
    const both = await listRoleOutlooks({
      vintage: NEWEST,
      filters: { skill: "python", cluster: "software-development", level: "mid" },
    });
    expect(both.every((r) => r.careerCluster === "software-development" && r.level === "mid")).toBe(true);
    expect(both.length).toBeLessThan(python.length);
  });

  it("sorts by a figure in SQL, keeping rows without that figure last in both directions", async () => {
    const byPay = await listRoleOutlooks({ vintage: NEWEST, sort: "pay", direction: "desc" });
    const pays = byPay.map((r) => r.projection?.medianAnnualWage ?? null).filter((p): p is number => p !== null);
    expect(pays).toEqual([...pays].sort((a, b) => b - a));
    const byGrowthAsc = await listRoleOutlooks({ vintage: NEWEST, sort: "growth", direction: "asc" });
    expect(byGrowthAsc[0]?.projection?.changePercent).toBe(-6);
    const byOpenings = await listRoleOutlooks({ vintage: NEWEST, sort: "openings", direction: "asc" });
    expect(byOpenings.at(-1)?.projection?.annualOpenings).not.toBeNull();
  });

  it("groups roles by the occupation whose figures they share", async () => {
    const occupations = groupByOccupation(await listRoleOutlooks({ vintage: NEWEST, sort: "growth", direction: "desc" }));
    const codes = occupations.map((o) => o.socCode);
    expect(new Set(codes).size).toBe(codes.length);
    expect(occupations[0]).toMatchObject({ socCode: "15-2051", changePercent: 33.5 });
    const web = occupations.find((o) => o.socCode === "15-1254");
    expect(web?.roles.map((r) => r.slug)).toEqual(
      expect.arrayContaining(["back-end-developer", "front-end-developer", "full-stack-developer", "web-developer"]),
    );
  });

  it("gives the all-occupations average of each vintage as published", async () => {
    expect(await getAllOccupationsOutlook({ vintage: "2024-34" })).toMatchObject({ changePercent: 3.1, employmentBase: 169956100 });
    expect(await getAllOccupationsOutlook({ vintage: "2022-32" })).toMatchObject({ changePercent: 2.8 });
    // 2023-33 totals are published only rounded to 0.1 million, and without a wage.
    expect(await getAllOccupationsOutlook({ vintage: "2023-33" })).toMatchObject({ employmentBase: 167800000, medianAnnualWage: null });
  });

  it("offers only filter values that select at least one role, in a constant 4 queries", async () => {
    const { result: options, queries } = await withQueryStats(() => listFilterOptions());
    expect(queries).toBe(4);
    expect(
      options.periods.map((p) => p.vintage),
      "the loaded periods, newest first",
    ).toEqual(["2024-34", "2023-33", "2022-32"]);
    expect(options.clusters).toContain("security");
    expect(options.levels).toEqual(["entry", "mid", "senior", "lead", "executive"]);
    expect(options.educations.indexOf("Associate's degree")).toBeLessThan(options.educations.indexOf("Bachelor's degree"));
    expect(options.industries.map((i) => i.slug)).toContain("healthcare");
    expect(options.hotSkills.map((s) => s.slug)).toContain("python");
    expect(options.hotSkills.map((s) => s.slug)).not.toContain("problem-solving");
  });

  it("ranks hot skills by the number of tech occupations that flag them In Demand", async () => {
    const skills = await listTopHotSkills({ limit: 10 });
    expect(skills).toHaveLength(10);
    const counts = skills.map((s) => s.inDemandOccupations);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(skills.map((s) => s.slug)).toContain("python");
    expect(skills.find((s) => s.slug === "python")).toMatchObject({ hotTechnology: true });
    expect(skills.every((s) => s.roleCount >= 0 && Number.isInteger(s.roleCount))).toBe(true);
  });

  it("returns citations in the order asked, skipping unknown ids", async () => {
    const sources = await listSourcesByIds({ ids: ["onet-30-1", "nope", "bls-ep-2024-34", "onet-30-1"] });
    expect(sources.map((s) => s.id)).toEqual(["onet-30-1", "bls-ep-2024-34"]);
    expect(sources[0]!.attribution).toContain("CC BY 4.0");
  });

  it("reports the current data version as a short tag", async () => {
    expect((await getCurrentDataVersion())?.tag).toMatch(/^v\d+-[0-9a-f]{8}$/);
  });
});
