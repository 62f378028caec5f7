import { count, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import * as t from "~db/schema";
import { DatasetError } from "../../seed/errors";
import { loadDataset } from "../../seed/load";
import { seedDatabase } from "../../seed/seed";
import { curatedDataset, describeEachDriver, dumpDatabase, editedDataset, rowsOf } from "./harness";

describeEachDriver("seeding the curated dataset", { seed: true }, (ctx) => {
  it("loads at least 30 roles, each mapped to exactly one primary occupation with a projection source", async () => {
    const [roles] = await ctx.db.select({ n: count() }).from(t.roles);
    expect(roles!.n).toBeGreaterThanOrEqual(30);
    const unmapped = await ctx.db.execute(sql`
      select r.slug from roles r
      left join role_occupations ro on ro.role_slug = r.slug and ro.is_primary
      where ro.role_slug is null`);
    expect(rowsOf(unmapped)).toEqual([]);
  });

  it("stores the BLS projections of every detailed line in all 3 periods plus the totals, each with a source", async () => {
    const perKind = rowsOf<{ kind: string; n: number }>(
      await ctx.db.execute(sql`
        select o.kind::text as kind, count(*)::int as n from projections p
        join occupations o on o.soc_code = p.soc_code group by o.kind order by o.kind`),
    );
    const byKind = Object.fromEntries(perKind.map((r) => [r.kind, r.n]));
    expect(byKind.total).toBe(3);
    expect(byKind.detailed).toBe(3 * 832);
    const software = await ctx.db
      .select()
      .from(t.projections)
      .where(sql`${t.projections.socCode} = '15-1252' and ${t.projections.vintage} = '2024-34'`);
    expect(software[0]).toMatchObject({
      employmentBase: 1693800,
      employmentProjected: 1961400,
      changePercent: 15.8,
      medianAnnualWage: 133080,
      wageYear: 2024,
      sourceId: "bls-ep-2024-34",
    });
  });

  it("keeps both CTO mappings, each with its source (BLS 11-3021 primary, O*NET 11-1011)", async () => {
    const mappings = await ctx.db
      .select({ soc: t.roleOccupations.socCode, primary: t.roleOccupations.isPrimary, source: t.roleOccupations.sourceId })
      .from(t.roleOccupations)
      .where(eq(t.roleOccupations.roleSlug, "cto"))
      .orderBy(t.roleOccupations.socCode);
    expect(mappings).toEqual([
      { soc: "11-1011", primary: false, source: "onet-30-1" },
      { soc: "11-3021", primary: true, source: "bls-ep-2024-34-tool" },
    ]);
  });

  it("records a data version whose hash is the dataset's", async () => {
    const versions = await ctx.db.select().from(t.dataVersions);
    expect(versions).toHaveLength(1);
    expect(versions[0]!.datasetHash).toBe(curatedDataset().hash);
    expect(versions[0]!.summary.roles).toBeGreaterThanOrEqual(30);
  });

  it("changes nothing when seeded a second time", async () => {
    const before = await dumpDatabase(ctx.db);
    const outcome = await seedDatabase(ctx.db, curatedDataset());
    expect(outcome.status).toBe("unchanged");
    expect(await dumpDatabase(ctx.db)).toEqual(before);
  });

  it("reloads to identical content when forced, recording a new data version", async () => {
    // data_versions and the figures archived per version are history: a load adds to them (tests/db/pinned.test.ts).
    const history = [
      "data_versions",
      "data_version_projections",
      "data_version_wages",
      "data_version_pay_percentiles",
      "data_version_onet_interests",
    ];
    const before = await dumpDatabase(ctx.db, { except: history });
    const outcome = await seedDatabase(ctx.db, curatedDataset(), { force: true });
    expect(outcome.status).toBe("loaded");
    expect(await dumpDatabase(ctx.db, { except: history })).toEqual(before);
    const [versions] = await ctx.db.select({ n: count() }).from(t.dataVersions);
    expect(versions!.n).toBe(2);
  });

  it("rolls the whole load back when the database rejects a row mid-transaction", async () => {
    const before = await dumpDatabase(ctx.db);
    const loaded = curatedDataset();
    // Bypass the zod layer to prove the database constraint and the transaction hold on their own.
    const projections = loaded.dataset.projections.map((p, i) =>
      i === loaded.dataset.projections.length - 1 ? { ...p, value: { ...p.value, employment_base: -1 } } : p,
    );
    const broken = { hash: "0".repeat(64), dataset: { ...loaded.dataset, projections } };
    await expect(seedDatabase(ctx.db, broken)).rejects.toThrow();
    expect(await dumpDatabase(ctx.db)).toEqual(before);
  });

  it("enforces the data rules in the schema itself (check, unique and foreign-key constraints)", async () => {
    const attempt = (statement: ReturnType<typeof sql>) => ctx.db.execute(statement);
    await expect(
      attempt(sql`insert into projections (soc_code, vintage, base_year, target_year, employment_base, employment_projected, change_percent, source_id)
                  values ('15-1252', '2022-32', 2022, 2032, -5, 10, 1.0, 'bls-ep-2022-32')`),
    ).rejects.toThrow();
    await expect(
      attempt(sql`insert into role_aliases (role_slug, alias, alias_normalized, origin, source_id)
                  values ('back-end-developer', 'Server Side Developer', 'server side developer', 'curated', 'editorial')`),
    ).rejects.toThrow();
    await expect(
      attempt(sql`insert into role_skills (role_slug, skill_slug, importance, level, source_id)
                  values ('back-end-developer', 'no-such-skill', 'core', 'entry', 'editorial')`),
    ).rejects.toThrow();
    await expect(
      attempt(sql`update projections set change_percent = 1500 where soc_code = '15-1252' and vintage = '2024-34'`),
    ).rejects.toThrow();
    await expect(attempt(sql`update projections set source_id = null where soc_code = '15-1252'`)).rejects.toThrow();
  });
});

describeEachDriver("rejecting a bad dataset", { seed: true }, (ctx) => {
  /** Edits the CSV row whose first cells match `key`, replacing one column's value. */
  function editCsvCell(text: string, key: string, column: string, value: string): string {
    const lines = text.split("\n");
    const header = lines.find((l) => !l.startsWith("#"))!.split(",");
    const index = header.indexOf(column);
    if (index < 0) throw new Error(`no column ${column}`);
    const at = lines.findIndex((l) => l.startsWith(key));
    if (at < 0) throw new Error(`no row starting ${key}`);
    const cells = lines[at]!.split(",");
    cells[index] = value;
    lines[at] = cells.join(",");
    return lines.join("\n");
  }

  const cases: { name: string; file: string; edit: (text: string) => string; expected: RegExp }[] = [
    {
      name: "a negative employment",
      file: "projections.csv",
      edit: (text) => editCsvCell(text, "15-1252,2024-34,", "employment_base", "-1693800"),
      expected: /projections\.csv, row \d+, line \d+, field employment_base: must not be negative/,
    },
    {
      name: "a percentage out of range",
      file: "projections.csv",
      edit: (text) => editCsvCell(text, "15-1252,2024-34,", "change_percent", "1580"),
      expected: /projections\.csv, row \d+, line \d+, field change_percent: a percentage change above 1000/,
    },
    {
      name: "a projection without a source",
      file: "projections.csv",
      edit: (text) => editCsvCell(text, "15-1252,2024-34,", "source", ""),
      expected: /projections\.csv, row \d+, line \d+, field source: every projection needs a source/,
    },
    {
      name: "an unknown skill slug",
      file: "roles/back-end-developer.yaml",
      edit: (text) => text.replace(/skill: python\b/, "skill: pythonn"),
      expected: /roles\/back-end-developer\.yaml, line \d+, field skills\.\d+\.skill: unknown skill slug 'pythonn'/,
    },
    {
      name: "a duplicate alias",
      file: "roles/front-end-developer.yaml",
      edit: (text) =>
        text.replace(/aliases:\n/, "aliases:\n  - alias: Server-Side Developer\n    origin: curated\n    source: editorial\n"),
      expected:
        /roles\/front-end-developer\.yaml, line \d+, field aliases\.0\.alias: duplicate alias 'Server-Side Developer' \(already an alias of role 'back-end-developer'\)/,
    },
    {
      // Statisticians are "IC": made "IIC" by a hand edit that names Realistic the first high-point too.
      name: "an interest high-point named twice",
      file: "onet-interests.csv",
      edit: (text) => text.replace(/^15-2041\.00,Realistic,2\.07,,/m, "15-2041.00,Realistic,2.07,1,"),
      expected: /onet-interests\.csv, row \d+, line \d+, field high_point: duplicate interest high-point '15-2041\.00 high-point 1'/,
    },
  ];

  for (const c of cases) {
    it(`rejects ${c.name} with file, row and field, and leaves the database exactly as it was`, async () => {
      const before = await dumpDatabase(ctx.db);
      const dir = editedDataset({ [c.file]: c.edit });
      let error: unknown;
      try {
        await seedDatabase(ctx.db, loadDataset(dir), { force: true });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(DatasetError);
      expect((error as DatasetError).message).toMatch(c.expected);
      expect(await dumpDatabase(ctx.db)).toEqual(before);
    });
  }
});

describe("the curated dataset files", () => {
  it("validate without problems", () => {
    expect(() => loadDataset()).not.toThrow();
  });
});
