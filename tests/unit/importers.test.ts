/**
 * The importers turn the publishers' files (../shared/data, never committed) into the generated seed files.
 * With the publisher files present, these tests prove the committed files are exactly what the importers
 * produce, that the reference extract stays the authority for the headline figures, and that a bad row
 * stops the import before anything is written. Without them, those tests are skipped and say so.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";
import { parse as parseYaml } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  blsWageCell,
  buildSeedFiles,
  figuresInNotes,
  ImportError,
  importSeedFiles,
  OUTPUT_FILES,
  PUBLISHER_FILES,
  thousandsToPersons,
  type GeneratedFile,
} from "../../seed/importers";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const sharedData = process.env.ATLAS_SHARED_DATA ? resolve(process.env.ATLAS_SHARED_DATA) : resolve(repoRoot, "../shared/data");
const seedData = join(repoRoot, "seed/data");
const quiet = () => {};

type CsvRow = Record<string, string>;
const readCsv = (text: string): CsvRow[] => parse(text, { columns: true, comment: "#", skip_empty_lines: true }) as CsvRow[];

describe("importer value parsers", () => {
  it("turns BLS thousands into exact persons (else levels would be off by float error or by 1,000)", () => {
    expect(thousandsToPersons("1,594.5")).toBe(1_594_500);
    expect(thousandsToPersons("1,693.80")).toBe(1_693_800);
    expect(thousandsToPersons("57")).toBe(57_000);
    expect(thousandsToPersons("-0.5")).toBe(-500);
    expect(() => thousandsToPersons("41O.4")).toThrow(/thousands/);
    expect(() => thousandsToPersons("1,59.5")).toThrow();
  });

  it("reads BLS wage cells, including N/A and top-coded values (else those rows would abort or be stored as exact)", () => {
    expect(blsWageCell("132,270")).toEqual({ kind: "exact", dollars: 132_270 });
    expect(blsWageCell("N/A")).toEqual({ kind: "not_available" });
    expect(blsWageCell(">=239,200")).toEqual({ kind: "at_least", dollars: 239_200 });
    expect(() => blsWageCell("$132,270")).toThrow();
  });

  it("reads the figures the reference notes publish (else group rows would lose their openings and change)", () => {
    expect(figuresInNotes("BLS summary line; change 586,800; no wage given in that source")).toEqual({ changeNumeric: 586_800 });
    expect(figuresInNotes("employment change 327,900, about 140,100 openings/yr")).toMatchObject({
      changeNumeric: 327_900,
      annualOpenings: 140_100,
    });
    expect(figuresInNotes("annual openings 8,300; work experience: None; OJT: None; employment/change figures match")).toEqual({
      annualOpenings: 8_300,
      workExperience: "None",
      onTheJobTraining: "None",
    });
  });
});

const haveSharedData = existsSync(sharedData);
const describeWithSharedData = haveSharedData ? describe : describe.skip;

describeWithSharedData(
  haveSharedData
    ? `importers against the publisher files in ${sharedData}`
    : "importers: SKIPPED: ../shared/data not found (set ATLAS_SHARED_DATA to run)",
  () => {
    let generated: GeneratedFile[] = [];
    const workDirs: string[] = [];

    beforeAll(() => {
      generated = buildSeedFiles({ from: sharedData, log: quiet });
    });

    afterAll(() => {
      for (const dir of workDirs) rmSync(dir, { recursive: true, force: true });
    });

    it("regenerates exactly the committed seed files (else they were edited by hand or the importer drifted)", () => {
      expect(generated.map((file) => file.name).sort()).toEqual(Object.values(OUTPUT_FILES).sort());
      for (const file of generated) {
        const committed = readFileSync(join(seedData, file.name), "utf8");
        expect(committed, `${file.name} differs from the importer's output; run npx tsx seed/importers/cli.ts --from ../shared/data`).toBe(
          file.content,
        );
      }
    });

    it("keeps employment, percent, wage, wage year and education exactly as in the reference CSV", () => {
      const reference = readCsv(readFileSync(join(sharedData, PUBLISHER_FILES.reference), "utf8"));
      const projections = readCsv(readFileSync(join(seedData, OUTPUT_FILES.projections), "utf8"));
      expect(reference).toHaveLength(66);
      for (const expected of reference) {
        const key = `${expected.soc_code} ${expected.projection_period}`;
        const matches = projections.filter((row) => row.soc_code === expected.soc_code && row.vintage === expected.projection_period);
        expect(matches, key).toHaveLength(1);
        const [actual] = matches;
        expect(
          {
            employment_base: actual?.employment_base,
            employment_projected: actual?.employment_projected,
            change_percent: actual?.change_percent,
            median_annual_wage: actual?.median_annual_wage,
            wage_year: actual?.wage_year,
            entry_education: actual?.entry_education,
            derived: actual?.derived,
          },
          key,
        ).toEqual({
          employment_base: expected.employment_base,
          employment_projected: expected.employment_projected,
          change_percent: expected.change_percent,
          median_annual_wage: expected.median_annual_wage,
          wage_year: expected.wage_year,
          entry_education: expected.typical_entry_education,
          derived: /DERIVED/.test(expected.title ?? "") ? "yes" : "no",
        });
      }
      const extra = projections.filter(
        (row) => !reference.some((expected) => expected.soc_code === row.soc_code && expected.projection_period === row.vintage),
      );
      expect(extra.map((row) => `${row.soc_code} ${row.vintage}`)).toEqual(["11-1011 2022-32", "11-1011 2023-33", "11-1011 2024-34"]);
    });

    it("cites only sources that exist in sources.yaml (else the checker and the UI cannot resolve them)", () => {
      const sources = new Set(
        (parseYaml(readFileSync(join(seedData, "sources.yaml"), "utf8")) as Array<{ id: string }>).map((source) => source.id),
      );
      for (const name of [OUTPUT_FILES.projections, OUTPUT_FILES.wages, OUTPUT_FILES.aiExposure]) {
        for (const row of readCsv(readFileSync(join(seedData, name), "utf8")))
          expect(sources, `${name}: ${row.source}`).toContain(row.source);
      }
      const occupations = parseYaml(readFileSync(join(seedData, OUTPUT_FILES.occupations), "utf8")) as Array<{ source: string }>;
      for (const occupation of occupations) expect(sources).toContain(occupation.source);
    });

    it("keeps a '#' inside a value when the file is read with comment '#' (else 'C#' would be cut to 'C')", () => {
      const technology = readCsv(readFileSync(join(seedData, OUTPUT_FILES.onetTechnology), "utf8"));
      expect(technology.some((row) => row.example === "C#")).toBe(true);
      expect(technology.every((row) => /^\d{8}$/.test(row.commodity_code ?? ""))).toBe(true);
    });

    it("stops on a malformed BLS export row, naming file, line and field, and writes nothing", () => {
      const workDir = mkdtempSync(join(tmpdir(), "atlas-importer-"));
      workDirs.push(workDir);
      const from = join(workDir, "data");
      const out = join(workDir, "out");
      mkdirSync(join(from, "bls"), { recursive: true });
      mkdirSync(out);
      for (const dir of ["reference", "onet", "ai-exposure"]) symlinkSync(join(sharedData, dir), join(from, dir));
      for (const relative of Object.values(PUBLISHER_FILES.epExports)) {
        writeFileSync(join(from, relative), readFileSync(join(sharedData, relative)));
      }
      const badFile = join(from, PUBLISHER_FILES.epExports["2022-32"]);
      const lines = readFileSync(badFile, "utf8").split("\n");
      const index = lines.findIndex((line) => line.includes('=""15-1252""'));
      expect(index).toBeGreaterThan(0);
      // Software developers' employment change, 410.4 thousand, becomes "41O.4" (letter O).
      expect(lines[index]).toContain('"410.4"');
      lines[index] = (lines[index] ?? "").replace('"410.4"', '"41O.4"');
      writeFileSync(badFile, lines.join("\n"));
      const sentinel = join(out, OUTPUT_FILES.projections);
      writeFileSync(sentinel, "sentinel\n");

      let failure: unknown;
      try {
        importSeedFiles({ from, out, log: quiet });
      } catch (error) {
        failure = error;
      }
      expect(failure).toBeInstanceOf(ImportError);
      const message = (failure as Error).message;
      expect(message).toContain(badFile);
      expect(message).toContain(`line ${index + 1}`);
      expect(message).toContain('field "Employment Change, 2022-2032"');
      expect(readdirSync(out)).toEqual([OUTPUT_FILES.projections]);
      expect(readFileSync(sentinel, "utf8")).toBe("sentinel\n");
    });
  },
);
