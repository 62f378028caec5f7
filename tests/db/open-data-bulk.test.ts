import { parse } from "csv-parse/sync";
import { strFromU8, unzipSync } from "fflate";
import { expect, it } from "vitest";
import { withQueryStats } from "~db/client";
import { getCurrentDataVersion } from "~/features/data-pin/data-version.server";
import { BULK_TABLES, bulkFileName, countBulkRows } from "~/features/open-data/bulk-download.server";
import { loader as dataLoader } from "~/routes/data";
import { loader as fileLoader } from "~/routes/data_.$file";
import { describeEachDriver } from "./harness";
import { loader as rolesCsvLoader } from "~/routes/roles[.]csv";
import { loader as occupationsCsvLoader } from "~/routes/occupations[.]csv";
import { loader as compareCsvLoader } from "~/routes/compare[.]csv";
import { CSV_HEADERS as H } from "~/lib/csv-headers";
import { answerOf, queriesOf, readCsv, routeArgs, TEST_BUILD_VERSION, thrownResponse } from "./route-args";

const download = (file: string, headers: Record<string, string> = {}) =>
  fileLoader(routeArgs(new Request(`http://localhost/data/${file}`, { headers }), { file }));

interface DataPackage {
  profile: string;
  version: string;
  licenses: { name: string; title: string }[];
  resources: { path: string; schema: { fields: { name: string; type: string }[] } }[];
}

describeEachDriver("the bulk download", { seed: true }, () => {
  it("offers the current version's download on /data, with the API's addresses (one query)", async () => {
    const tag = (await getCurrentDataVersion())!.tag;
    const page = await answerOf(dataLoader(routeArgs("/data")));
    expect(page.data.bulkHref).toBe(`/data/career-atlas-${tag}.zip`);
    expect(page.data.bulkFiles.map((f) => f.name)).toEqual(BULK_TABLES.map(({ table }) => bulkFileName(table)));
    expect(page.data.operations.map((o) => o.path)).toContain("/api/v1/projections");
    // What would break: growth-bands.csv was described as "BLS's verbal growth bands"; O*NET OnLine publishes the labels.
    const bands = page.data.bulkFiles.find((f) => f.name === "growth-bands.csv")!;
    expect(bands.description).toContain("O*NET OnLine");
    expect(bands.description).not.toMatch(/BLS's verbal/);
    expect(page.headers.get("ETag")).toMatch(new RegExp(`^W/"${tag}-`));
    expect(queriesOf(page.headers)).toBe(1);
  });

  it("holds one CSV per table with every row of the database, a README, the licences and a Frictionless descriptor", async () => {
    const tag = (await getCurrentDataVersion())!.tag;
    const latest = await thrownResponse(() => download("career-atlas-latest.zip"));
    expect(latest.status).toBe(302);
    expect(latest.headers.get("Location")).toBe(`/data/career-atlas-${tag}.zip`);

    const response = await download(`career-atlas-${tag}.zip`);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/zip");
    expect(response.headers.get("Content-Disposition")).toBe(`attachment; filename="career-atlas-${tag}.zip"`);
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    const csvNames = BULK_TABLES.map(({ table }) => bulkFileName(table));
    expect(Object.keys(files).sort()).toEqual(["LICENSES.md", "README.md", "datapackage.json", ...csvNames].sort());

    const expected = await countBulkRows();
    const descriptor = JSON.parse(strFromU8(files["datapackage.json"]!)) as DataPackage;
    expect(descriptor.profile).toBe("tabular-data-package");
    expect(descriptor.version).toBe(tag);
    expect(descriptor.resources.map((r) => r.path)).toEqual(csvNames);
    for (const resource of descriptor.resources) {
      const bytes = files[resource.path]!;
      expect([bytes[0], bytes[1], bytes[2]], `${resource.path} starts with a UTF-8 BOM`).toEqual([0xef, 0xbb, 0xbf]);
      const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
      expect(text.endsWith("\r\n"), resource.path).toBe(true);
      const [header, ...records] = parse(text, { bom: true }) as string[][];
      expect(header, resource.path).toEqual(resource.schema.fields.map((f) => f.name));
      expect(records.length, resource.path).toBe(expected[resource.path]);
      expect(records.length, resource.path).toBeGreaterThan(0);
      // Typed columns hold what their type says (integers and numbers raw, booleans true/false).
      for (const [index, field] of resource.schema.fields.entries()) {
        const pattern = { integer: /^-?\d+$/, number: /^-?\d+(\.\d+)?(e-?\d+)?$/, boolean: /^(true|false)$/, date: /^\d{4}-\d{2}-\d{2}$/ }[
          field.type
        ];
        if (!pattern) continue;
        for (const record of records) {
          if (record[index] !== "") expect(record[index], `${resource.path}: ${field.name}`).toMatch(pattern);
        }
      }
    }

    // A role and an occupation are headed as /roles.csv and /occupations.csv head them (a counselor's pass found "Slug,
    // Title" here against "Role slug, Role" there).
    const headerOf = (path: string) => descriptor.resources.find((r) => r.path === path)!.schema.fields.map((f) => f.name);
    expect(headerOf("roles.csv").slice(0, 2)).toEqual(["Role slug", "Role"]);
    expect(headerOf("occupations.csv")).toEqual(expect.arrayContaining(["SOC code", "Occupation"]));

    const readme = strFromU8(files["README.md"]!);
    expect(readme).toContain(`data version ${tag}`);
    expect(readme).toContain(`| projections.csv | ${expected["projections.csv"]} |`);
    // What would break: the README said every row names its source, though some files have no source column; it now
    // names those files, and each file it does not name has one.
    const unsourced = descriptor.resources
      .filter((r) => !r.schema.fields.some((f) => f.name === "Source ID" || f.name.endsWith(" source ID")))
      .map((r) => r.path);
    expect(unsourced).toEqual(["skills.csv", "progression-edge-skills.csv", "industries.csv"]);
    for (const path of unsourced) expect(readme.replace(/\n/g, " ")).toContain(path);
    expect(readme).not.toContain("every row names its source");
    const licences = strFromU8(files["LICENSES.md"]!);
    for (const words of ["Public domain (U.S. government work)", "CC BY 4.0", "MIT", "O*NET", "GPTs are GPTs", "Working with AI"]) {
      expect(licences).toContain(words);
    }
    expect(descriptor.licenses.map((l) => l.name)).toEqual(expect.arrayContaining(["CC-BY-4.0", "MIT", "other-pd"]));
  });

  // Issue 15 (a counselor's pass, 2026-12-06): /roles.csv and this zip headed OEWS's top-coded percentiles "Percentiles at
  // or above the top code" beside /occupations.csv's "… where published only as the top code"; the zip headed the
  // comparison's "AI exposure score (0 to 1)" "Score (as published)", its "Skill, Skill kind" "Name, Kind" and its "O*NET
  // Hot Technology" "Hot technology"; per-figure sources were "Wage percentiles: source" here and "Growth band source" there.
  it("heads a column as the pages' downloads head the same column", async () => {
    const tag = (await getCurrentDataVersion())!.tag;
    const files = unzipSync(new Uint8Array(await (await download(`career-atlas-${tag}.zip`)).arrayBuffer()));
    const zipped = (name: string) => (parse(strFromU8(files[name]!), { bom: true, to_line: 1 }) as string[][])[0]!;
    const served = async (path: string) =>
      (
        await readCsv(
          await (path.startsWith("/roles") ? rolesCsvLoader : path.startsWith("/occupations") ? occupationsCsvLoader : compareCsvLoader)(
            routeArgs(path),
          ),
        )
      ).header;
    const ITEMS = "roles=back-end-developer,data-scientist&occupations=15-1252,15-2051";
    const roles = await served("/roles.csv");
    const occupations = await served("/occupations.csv");
    const figures = await served(`/compare.csv?${ITEMS}&table=figures`);
    // OEWS's top code: the percentiles published only as it, and the code itself, under one header each in both files;
    // a median published only as it says so in the same words.
    for (const header of [H.topCoded, H.topCodeAnnual]) {
      expect(roles).toContain(header);
      expect(zipped("pay-percentiles.csv")).toContain(header);
    }
    expect(H.topCoded).toBe("Wage percentiles published only as the top code");
    for (const header of [occupations, figures]) expect(header).toContain(H.medianAnnualWageAtLeast);
    expect(H.medianAnnualWageAtLeast).toContain("published only as the top code");
    // A figure's own source is "<figure> source" in every file.
    for (const header of [...roles, ...occupations, ...figures]) expect(header).not.toMatch(/:/);
    expect(roles).toContain("Wage percentiles source");
    expect(figures).toEqual(expect.arrayContaining(["Entry education source", "Entry education data year", "Median hourly wage source"]));
    expect(zipped("roles.csv")).toContain("Entry education source ID");
    // The comparison's skills, technologies and AI tables and the zip's tables of the same things.
    const shared = (a: string[], b: string[]) => b.filter((h) => a.includes(h));
    expect(shared(await served(`/compare.csv?${ITEMS}&table=ai-exposure`), zipped("ai-exposure-scores.csv"))).toEqual(
      zipped("ai-exposure-scores.csv").filter((h) => h !== "Source ID"),
    );
    expect(shared(await served(`/compare.csv?${ITEMS}&table=ai-applicability`), zipped("ai-applicability-scores.csv"))).toEqual(
      zipped("ai-applicability-scores.csv").filter((h) => h !== "Source ID"),
    );
    expect(shared(await served(`/compare.csv?${ITEMS}&table=technologies`), zipped("onet-technology-skills.csv"))).toEqual([
      "Technology",
      "UNSPSC commodity title",
      "O*NET Hot Technology",
      "O*NET In Demand for this occupation",
    ]);
    const skills = await served(`/compare.csv?${ITEMS}&table=skills`);
    expect(shared(skills, zipped("skills.csv"))).toEqual(["Skill", "Skill kind"]);
    expect(shared(skills, zipped("role-skills.csv"))).toEqual(["Role slug", "Core or useful"]);
    // A different thing under a different header: OEWS's wage and salary jobs are not the projections' employment, and
    // an O*NET interest score (1 to 7) is not an AI score.
    expect(zipped("pay-percentiles.csv")).toContain("Wage and salary employment, OEWS (jobs)");
    expect(zipped("onet-interests.csv")).toContain("Interest score (1 to 7)");
    expect(zipped("sources.csv")).toContain("Source URL");
  });

  it("keeps the built zip per data version and answers 304 to its ETag; another version's name is a 404", async () => {
    const tag = (await getCurrentDataVersion())!.tag;
    const first = await download(`career-atlas-${tag}.zip`);
    // What would break: the ETag named the data version only, so after a deploy that changed the files (their columns)
    // but not the data, a client revalidating got a 304 and kept the old build's zip.
    const etag = `"${tag}-${TEST_BUILD_VERSION}"`;
    expect(first.headers.get("ETag")).toBe(etag);
    const { result: again, queries } = await withQueryStats(async () => download(`career-atlas-${tag}.zip`));
    expect(queries, "the second download reads only the data version").toBe(1);
    // Byte for byte the same zip (compared as buffers: a deep equality of 2 MB element by element takes seconds).
    expect(Buffer.from(await again.arrayBuffer()).equals(Buffer.from(await first.arrayBuffer()))).toBe(true);
    expect((await download(`career-atlas-${tag}.zip`, { "If-None-Match": etag })).status).toBe(304);
    expect((await download(`career-atlas-${tag}.zip`, { "If-None-Match": `"${tag}"` })).status, "the ETag before the build was named").toBe(
      200,
    );
    // The weak comparison of RFC 9110: the tag with W/, or in a list.
    expect((await download(`career-atlas-${tag}.zip`, { "If-None-Match": `"old", W/${etag}` })).status).toBe(304);
    const older = await thrownResponse(() => download("career-atlas-v999-1a2b3c4d.zip"));
    expect(older.status).toBe(404);
    expect(await older.text()).toContain(`/data/career-atlas-${tag}.zip`);
    expect((await thrownResponse(() => download("passwords.txt"))).status).toBe(404);
  });
});
