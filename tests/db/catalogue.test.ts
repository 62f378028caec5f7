/**
 * The whole catalogue loads: every BLS line in every period, every O*NET 30.1 occupation with its detail and titles,
 * OEWS percentiles, both AI layers, growth bands, with the counts of the seed files and the published figures exact.
 * The set-based insert carries any text unchanged, and a start with unchanged files parses nothing.
 */
import { count, eq, sql } from "drizzle-orm";
import { expect, it } from "vitest";
import * as t from "~db/schema";
import { fingerprintDataset } from "../../seed/load";
import { prepareDatabase } from "../../seed/prepare";
import { insertSetBased } from "../../seed/seed";
import { curatedDataset, describeEachDriver, rowsOf } from "./harness";

describeEachDriver("loading the whole catalogue", { seed: true }, (ctx) => {
  it("fills every table with exactly the rows of the seed files (else a table was skipped or rows were lost)", async () => {
    const { dataset } = curatedDataset();
    const counts = async (table: Parameters<ReturnType<typeof ctx.db.select>["from"]>[0]) =>
      (await ctx.db.select({ n: count() }).from(table))[0]!.n;
    expect(await counts(t.projectionPeriods)).toBe(dataset.periods.length);
    expect(await counts(t.occupations)).toBe(dataset.occupations.length);
    expect(await counts(t.onetOccupations)).toBe(1016);
    expect(await counts(t.projections)).toBe(dataset.projections.length);
    expect(await counts(t.occupationWages)).toBe(dataset.wages.length);
    expect(await counts(t.occupationFactors)).toBe(dataset.factors.length);
    expect(await counts(t.payPercentiles)).toBe(dataset.payPercentiles.length);
    expect(await counts(t.occupationTitles)).toBe(dataset.titles.length);
    expect(await counts(t.onetTasks)).toBe(dataset.onetTasks.length);
    expect(await counts(t.onetEmergingTasks)).toBe(dataset.onetEmergingTasks.length);
    expect(await counts(t.onetTechnologySkills)).toBe(dataset.onetTechnology.length);
    expect(await counts(t.onetRelatedOccupations)).toBe(dataset.onetRelated.length);
    expect(await counts(t.onetInterests)).toBe(dataset.onetInterests.length);
    expect(await counts(t.onetInterestAreas)).toBe(dataset.onetInterestAreas.length);
    expect(await counts(t.onetInterestExamples)).toBe(dataset.onetInterestExamples.length);
    expect(await counts(t.onetEducationLevels)).toBe(dataset.onetEducation.length);
    expect(await counts(t.aiApplicabilityScores)).toBe(dataset.aiApplicability.length);
    expect(await counts(t.aiExposureScores)).toBe(dataset.aiExposure.length);
    expect(await counts(t.growthBands)).toBe(6);
    expect(dataset.titles.length).toBeGreaterThan(56_505 + 7_955);
  });

  it("has the 832 detailed BLS lines in every period and the summary lines where a workbook exists", async () => {
    const perPeriod = rowsOf<{ vintage: string; kind: string; n: number }>(
      await ctx.db.execute(sql`
        select p.vintage, o.kind::text as kind, count(*)::int as n from projections p
        join occupations o on o.soc_code = p.soc_code group by 1, 2 order by 1, 2`),
    );
    const of = (vintage: string, kind: string) => perPeriod.find((r) => r.vintage === vintage && r.kind === kind)?.n;
    for (const vintage of ["2022-32", "2023-33", "2024-34"]) expect(of(vintage, "detailed"), vintage).toBe(832);
    expect(of("2022-32", "summary")).toBe(280);
    expect(of("2024-34", "summary")).toBe(280);
    expect(of("2024-34", "total")).toBe(1);
    expect(of("2024-34", "group")).toBe(2);
  });

  it("stores figures exactly as published, with separations and sources (309.39999999999998 in the workbook is 309,400 persons)", async () => {
    const [chiefs] = await ctx.db
      .select()
      .from(t.projections)
      .where(sql`${t.projections.socCode} = '11-1011' and ${t.projections.vintage} = '2024-34'`);
    expect(chiefs).toMatchObject({ employmentBase: 309_400, employmentProjected: 322_700, changePercent: 4.3, sourceId: "bls-ep-2024-34" });
    const [software] = await ctx.db
      .select()
      .from(t.projections)
      .where(sql`${t.projections.socCode} = '15-1252' and ${t.projections.vintage} = '2024-34'`);
    expect(software).toMatchObject({
      laborForceExits: 30_700,
      occupationalTransfers: 57_700,
      annualOpenings: 115_200,
      baseYear: 2024,
      targetYear: 2034,
    });
    const [period] = await ctx.db.select().from(t.projectionPeriods).where(eq(t.projectionPeriods.vintage, "2023-33"));
    expect(period).toEqual({ vintage: "2023-33", baseYear: 2023, targetYear: 2033, sourceId: "bls-ep-2023-33-tool" });
  });

  it("files each O*NET occupation under the BLS line carrying its figures (same code, broad group, crosswalk, none)", async () => {
    const rows = await ctx.db
      .select({
        onet: t.onetOccupations.onetCode,
        soc: t.onetOccupations.socCode,
        bls: t.onetOccupations.blsCode,
        zone: t.onetOccupations.jobZone,
      })
      .from(t.onetOccupations)
      .where(sql`${t.onetOccupations.onetCode} in ('15-1299.08', '13-1021.00', '21-1014.00', '55-3016.00')`)
      .orderBy(t.onetOccupations.onetCode);
    expect(rows).toEqual([
      { onet: "13-1021.00", soc: "13-1021", bls: "13-1020", zone: 4 },
      { onet: "15-1299.08", soc: "15-1299", bls: "15-1299", zone: 3 },
      { onet: "21-1014.00", soc: "21-1014", bls: "21-1018", zone: 5 },
      { onet: "55-3016.00", soc: "55-3016", bls: null, zone: null },
    ]);
  });

  it("keeps OEWS top-coded percentiles as null with the top codes, and hourly-only occupations as such", async () => {
    const [anesthesiologists] = await ctx.db.select().from(t.payPercentiles).where(eq(t.payPercentiles.socCode, "29-1211"));
    expect(anesthesiologists).toMatchObject({
      annualP10: 124_450,
      annualMedian: null,
      annualP90: null,
      hourlyMedian: null,
      topCoded: [50, 75, 90],
      topCodeAnnual: 239_200,
      topCodeHourly: 115,
      wageYear: 2024,
      sourceId: "bls-oews-2024",
    });
    const [actors] = await ctx.db.select().from(t.payPercentiles).where(eq(t.payPercentiles.socCode, "27-2011"));
    expect(actors).toMatchObject({ hourlyOnly: true, annualOnly: false, annualMedian: null, hourlyMedian: 23.33, topCoded: [] });
  });

  it("makes every title searchable under its occupation, normalized, with O*NET titles on their BLS line", async () => {
    const titles = await ctx.db
      .select({
        origin: t.occupationTitles.origin,
        onet: t.occupationTitles.onetCode,
        soc: t.occupationTitles.socCode,
        normalized: t.occupationTitles.titleNormalized,
      })
      .from(t.occupationTitles)
      .where(sql`${t.occupationTitles.titleNormalized} = 'penetration tester'`)
      .orderBy(t.occupationTitles.origin);
    expect(titles).toContainEqual({ origin: "onet_alternate_title", onet: "15-1299.04", soc: "15-1299", normalized: "penetration tester" });
    const [bls] = await ctx.db
      .select({ n: count() })
      .from(t.occupationTitles)
      .where(sql`${t.occupationTitles.origin} = 'bls_sample_title' and ${t.occupationTitles.socCode} = '15-1252'`);
    expect(bls!.n).toBeGreaterThan(10);
  });

  it("has the six 2024-34 growth bands with their inclusive bounds, and none for the other periods", async () => {
    const bands = await ctx.db
      .select({ vintage: t.growthBands.vintage, label: t.growthBands.label, min: t.growthBands.minPercent, max: t.growthBands.maxPercent })
      .from(t.growthBands)
      .orderBy(t.growthBands.rank);
    expect(bands.map((b) => b.vintage)).toEqual(Array(6).fill("2024-34"));
    expect(bands[0]).toEqual({ vintage: "2024-34", label: "Much faster than average (7% or higher)", min: 6.5, max: null });
    expect(bands[5]).toEqual({ vintage: "2024-34", label: "Decline (-1% or lower)", min: null, max: -0.6 });
  });

  it("archives the separations with each data version's figures (pinned links keep them)", async () => {
    const [archived] = await ctx.db
      .select({ exits: t.dataVersionProjections.laborForceExits, transfers: t.dataVersionProjections.occupationalTransfers })
      .from(t.dataVersionProjections)
      .where(sql`${t.dataVersionProjections.socCode} = '15-1252' and ${t.dataVersionProjections.vintage} = '2024-34'`);
    expect(archived).toEqual({ exits: 30_700, transfers: 57_700 });
  });

  it("records the files' fingerprint, so a start with unchanged files loads nothing (else every restart re-parses 15 MB)", async () => {
    const [latest] = await ctx.db
      .select()
      .from(t.dataVersions)
      .orderBy(sql`${t.dataVersions.id} desc`)
      .limit(1);
    expect(latest!.datasetHash).toBe(fingerprintDataset());
    const outcome = await prepareDatabase(ctx.handle, "if-changed");
    expect(outcome).toEqual({ status: "unchanged", dataVersionId: latest!.id, hash: latest!.datasetHash });
  });

  it("inserts text set-based without changing a character (quotes, backslashes, braces, commas, the word NULL)", async () => {
    const tricky = ['He said "hi", then {left}', "back\\slash \\\\ double", "NULL", "", "C#, C++ & F#", "naïve 👩‍💻 – café"];
    await ctx.db
      .transaction(async (tx) => {
        await insertSetBased(
          tx,
          t.occupationTitles,
          tricky.map((title) => ({
            socCode: "15-1252",
            title,
            titleNormalized: title,
            origin: "bls_sample_title",
            sourceId: "bls-ep-2024-34-tool",
          })),
        );
        const stored = await tx
          .select({ title: t.occupationTitles.title })
          .from(t.occupationTitles)
          .where(sql`${t.occupationTitles.id} > (select max(id) - ${tricky.length} from occupation_titles)`)
          .orderBy(t.occupationTitles.id);
        expect(stored.map((row) => row.title)).toEqual(tricky);
        tx.rollback();
      })
      .catch((error: unknown) => {
        if (!(error instanceof Error && /rollback/i.test(error.message))) throw error;
      });
  });
});
