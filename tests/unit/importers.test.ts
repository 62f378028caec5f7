/**
 * The importers turn the publishers' files (../shared/data, never committed) into the generated seed files.
 * Parsers are tested on their own; with the publisher files present, these tests also prove the committed files
 * are exactly what the importers produce, that a new projection period is one more file and no code, and that a bad
 * row stops the import (file, line, field) before anything is written. Without the files those tests are skipped,
 * and say so.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";
import { parse as parseYaml } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  blsWageCell,
  buildSeedFiles,
  CURATED_INPUTS,
  describeChanges,
  figuresInNotes,
  formatChanges,
  ImportError,
  importSeedFiles,
  oewsWageCell,
  OUTPUT_FILES,
  publishedDecimal,
  thousandsToPersons,
  workbookWageCell,
  type GeneratedFile,
} from "../../seed/importers";
import { csvFile } from "../../seed/importers/output";
import { readOnetAlternateTitles, readOnetInterests } from "../../seed/importers/onet";
import { wageRow } from "../../seed/schema";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const sharedData = process.env.ATLAS_SHARED_DATA ? resolve(process.env.ATLAS_SHARED_DATA) : resolve(repoRoot, "../shared/data");
const seedData = join(repoRoot, "seed/data");
const quiet = () => {};

type CsvRow = Record<string, string>;
const readCsv = (text: string): CsvRow[] => parse(text, { columns: true, comment: "#", skip_empty_lines: true }) as CsvRow[];

/** A fresh directory under the system's temporary one, removed when this file's tests end. */
const scratchDirs: string[] = [];
function scratchDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  scratchDirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of scratchDirs) rmSync(dir, { recursive: true, force: true });
});

describe("O*NET's interest high-points (Interests.tsv, scale IH)", () => {
  const header = "O*NET-SOC Code\tTitle\tElement ID\tElement Name\tScale ID\tScale Name\tData Value\tDate\tDomain Source";
  const areas = ["Realistic", "Investigative", "Artistic", "Social", "Enterprising", "Conventional"];
  const points = ["First Interest High-Point", "Second Interest High-Point", "Third Interest High-Point"];
  /** A file for 15-2041.00 with O*NET 30.1's scores and the given high-points (area numbers, 0 = none). */
  function interestsFile(highPoints: number[]): string {
    const scores = ["2.07", "6.63", "1.76", "1.69", "1.82", "5.93"];
    const rows = [
      ...areas.map(
        (area, i) =>
          `15-2041.00\tStatisticians\t1.B.1.${"abcdef"[i]}\t${area}\tOI\tOccupational Interests\t${scores[i]}\t11/2023\tMachine Learning`,
      ),
      ...points.map(
        (point, i) =>
          `15-2041.00\tStatisticians\t1.B.1.${"ghi"[i]}\t${point}\tIH\tOccupational Interest High-Point\t${highPoints[i]}\t11/2023\tMachine Learning`,
      ),
    ];
    const dir = scratchDir("atlas-interests-");
    const file = join(dir, "Interests.tsv");
    writeFileSync(file, [header, ...rows].join("\n") + "\n");
    return file;
  }
  const known = new Map([["15-2041.00", {}]]);

  it("marks each area with its place in O*NET's interest code; a high-point of 0 names none (Statisticians: IC)", () => {
    const read = readOnetInterests(interestsFile([2, 6, 0]), known);
    expect(read.map((i) => [i.interest, i.score, i.highPoint])).toEqual([
      ["Realistic", "2.07", undefined],
      ["Investigative", "6.63", 1],
      ["Artistic", "1.76", undefined],
      ["Social", "1.69", undefined],
      ["Enterprising", "1.82", undefined],
      ["Conventional", "5.93", 2],
    ]);
  });

  it("refuses high-points that name an area twice, skip one or name no area, with file, line and field", () => {
    // Line 1 is the header, 2-7 the six scores, 8-10 the first to third high-point: each error names the row at fault.
    expect(() => readOnetInterests(interestsFile([2, 2, 0]), known)).toThrow(/line 9, field "Data Value": .*name Investigative twice/);
    expect(() => readOnetInterests(interestsFile([0, 2, 2]), known)).toThrow(/line 10, field "Data Value": .*name Investigative twice/);
    expect(() => readOnetInterests(interestsFile([2, 0, 6]), known)).toThrow(/line 10, field "Data Value": .*skip one/);
    expect(() => readOnetInterests(interestsFile([2, 7, 0]), known)).toThrow(/expected a RIASEC area's number, 1 to 6/);
  });
});

describe("O*NET's alternate titles (Alternate Titles.tsv)", () => {
  const known = new Map([["15-1252.00", {}]]);
  function titlesFile(sources: string): string {
    const dir = scratchDir("atlas-titles-");
    const file = join(dir, "Alternate Titles.tsv");
    const header = "O*NET-SOC Code\tTitle\tAlternate Title\tShort Title\tSource(s)";
    writeFileSync(file, `${header}\n15-1252.00\tSoftware Developers\tSoftware Engineer\tn/a\t${sources}\n`);
    return file;
  }

  it("keeps each title's source codes as O*NET gives them: they order titles many lines share (ADR 014)", () => {
    expect(readOnetAlternateTitles(titlesFile("02,04,06,08,10"), known)).toEqual([
      { onetCode: "15-1252.00", title: "Software Engineer", sources: "02,04,06,08,10" },
    ]);
  });

  it("refuses a source cell that is not two-digit codes, or names one twice, with file, line and field", () => {
    expect(() => readOnetAlternateTitles(titlesFile("2,10"), known)).toThrow(
      /line 2, field "Source\(s\)": expected two-digit source codes/,
    );
    expect(() => readOnetAlternateTitles(titlesFile(""), known)).toThrow(/field "Source\(s\)"/);
    expect(() => readOnetAlternateTitles(titlesFile("02,02"), known)).toThrow(/listed twice/);
  });
});

describe("importer value parsers", () => {
  it("turns BLS thousands into exact persons (else levels would be off by float error or by 1,000)", () => {
    expect(thousandsToPersons("1,594.5")).toBe(1_594_500);
    expect(thousandsToPersons("1,693.80")).toBe(1_693_800);
    expect(thousandsToPersons("57")).toBe(57_000);
    expect(thousandsToPersons("-0.5")).toBe(-500);
    expect(() => thousandsToPersons("41O.4")).toThrow(/thousands/);
    expect(() => thousandsToPersons("1,59.5")).toThrow();
  });

  it("reads a workbook's stored double back to the published one-decimal figure, exactly (else 309.4 would be 309.39999999999998)", () => {
    expect(publishedDecimal("309.39999999999998", 1)).toBe("309.4");
    expect(publishedDecimal("4520.1000000000004", 1)).toBe("4520.1");
    expect(publishedDecimal("149.19999999999999", 1)).toBe("149.2");
    expect(publishedDecimal("-2.2000000000000002", 1)).toBe("-2.2");
    expect(publishedDecimal("17", 1)).toBe("17.0");
    expect(publishedDecimal("-0", 1)).toBe("0.0");
    expect(thousandsToPersons(publishedDecimal("18342.099999999999", 1))).toBe(18_342_100);
  });

  it("refuses a stored number with more decimals than published, never rounding it (else 0.05 would become 0.1)", () => {
    expect(() => publishedDecimal("0.05", 1)).toThrow(/not a number with 1 decimal/);
    expect(() => publishedDecimal("309.44999999999999", 1)).toThrow(/not a number with 1 decimal/);
    expect(() => publishedDecimal("—", 1)).toThrow(/expected a number/);
    expect(() => publishedDecimal("1e3", 1)).toThrow(/expected a number/);
  });

  it("reads BLS wage cells of exports and workbooks: figures, top codes and no-wage marks (else those rows abort or look exact)", () => {
    expect(blsWageCell("132,270")).toEqual({ kind: "exact", dollars: 132_270 });
    expect(blsWageCell("N/A")).toEqual({ kind: "not_available" });
    expect(blsWageCell(">=239,200")).toEqual({ kind: "at_least", dollars: 239_200 });
    expect(() => blsWageCell("$132,270")).toThrow();
    expect(workbookWageCell("46310")).toEqual({ kind: "exact", dollars: 46_310 });
    expect(workbookWageCell(">=$239,200")).toEqual({ kind: "at_least", dollars: 239_200 });
    expect(workbookWageCell("\u2014")).toEqual({ kind: "not_available" });
    expect(() => workbookWageCell("46310.5")).toThrow();
  });

  it('reads OEWS "#" as top-coded and "*" as not available, never as a figure (else a capped wage would look exact)', () => {
    const annual = oewsWageCell(0);
    const hourly = oewsWageCell(2);
    expect(annual("133080")).toEqual({ kind: "figure", text: "133080" });
    expect(annual("#")).toEqual({ kind: "top_coded" });
    expect(annual("*")).toEqual({ kind: "not_available" });
    expect(hourly("63.9")).toEqual({ kind: "figure", text: "63.90" });
    expect(hourly("#")).toEqual({ kind: "top_coded" });
    expect(() => annual("133,080")).toThrow(/whole dollars/);
    expect(() => hourly("63.981")).toThrow(/dollars and cents/);
  });

  it("reads the figures the reference notes publish (else group rows would lose their openings and change)", () => {
    expect(figuresInNotes("BLS summary line; change 586,800; no wage given in that source")).toEqual({ changeNumeric: 586_800 });
    expect(figuresInNotes("annual openings 8,300; work experience: None; OJT: None; employment/change figures match")).toEqual({
      annualOpenings: 8_300,
      workExperience: "None",
      onTheJobTraining: "None",
    });
  });
});

describe("the change summary of an import", () => {
  const render = (records: Array<Record<string, string>>): GeneratedFile =>
    csvFile({ name: "wages.csv", schema: wageRow, records, header: ["test"], key: ["soc_code", "wage_year", "source"] });
  const row = (soc: string, wage: string, note = "") => ({
    soc_code: soc,
    wage_year: "2023",
    median_annual_wage: wage,
    source: "bls-ep-2022-32-tool",
    note,
  });

  it("counts added, removed and revised rows by key, and the values revised (else a refresh could change figures unnoticed)", () => {
    const before = render([row("15-1252", "132270"), row("15-1253", "101800"), row("15-1254", "84960")]);
    const after = render([row("15-1252", "132930", "revised"), row("15-1254", "84960"), row("15-1255", "98540")]);
    const changes = describeChanges(after, before.content);
    expect(changes).toMatchObject({ added: 1, removed: 1, revised: 1, revisedValues: 2, unchanged: false, created: false });
    expect(formatChanges(changes)).toBe("wages.csv: 1 added, 1 removed, 1 revised (2 values)");
  });

  it("says unchanged for the same bytes and counts every row of a new file as added", () => {
    const file = render([row("15-1252", "132270")]);
    expect(formatChanges(describeChanges(file, file.content))).toBe("wages.csv: unchanged");
    expect(describeChanges(file, undefined)).toMatchObject({ created: true, added: 1, removed: 0 });
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

    beforeAll(async () => {
      generated = await buildSeedFiles({ from: sharedData, curated: seedData, log: quiet });
    }, 120_000);

    afterAll(() => {
      for (const dir of workDirs) rmSync(dir, { recursive: true, force: true });
    });

    /** A scratch copy of the shared data (symlinks, except the folders a test edits) and of the curated inputs. */
    function scratch(copied: string[] = []): { from: string; out: string } {
      const workDir = mkdtempSync(join(tmpdir(), "atlas-importer-"));
      workDirs.push(workDir);
      const from = join(workDir, "data");
      const out = join(workDir, "out");
      mkdirSync(from);
      mkdirSync(out);
      for (const dir of readdirSync(sharedData)) {
        if (copied.includes(dir)) cpSync(join(sharedData, dir), join(from, dir), { recursive: true });
        else symlinkSync(join(sharedData, dir), join(from, dir));
      }
      for (const name of Object.values(CURATED_INPUTS)) cpSync(join(seedData, name), join(out, name));
      return { from, out };
    }

    it("regenerates exactly the committed seed files (else they were edited by hand or the importer drifted)", () => {
      expect(generated.map((file) => file.name).sort()).toEqual(Object.values(OUTPUT_FILES).sort());
      for (const file of generated) {
        const committed = readFileSync(join(seedData, file.name), "utf8");
        expect(committed, `${file.name} differs from the importer's output; run npm run import -- --from ../shared/data`).toBe(
          file.content,
        );
      }
    });

    it("keeps every generated file under 10 MiB (the size a seed file may have)", () => {
      for (const file of generated) expect(Buffer.byteLength(file.content), file.name).toBeLessThan(10 * 1024 * 1024);
    });

    it("finds every period from the files present and maps every O*NET occupation to a BLS line or to none (military)", () => {
      const periods = readCsv(generated.find((f) => f.name === OUTPUT_FILES.periods)!.content);
      expect(periods.map((p) => p.vintage)).toEqual(["2022-32", "2023-33", "2024-34"]);
      const onet = readCsv(generated.find((f) => f.name === OUTPUT_FILES.onetOccupations)!.content);
      expect(onet).toHaveLength(1016);
      const bls = new Map(onet.map((o) => [o.onet_code, o.bls_code]));
      expect(bls.get("15-1252.00")).toBe("15-1252");
      expect(bls.get("15-1299.08")).toBe("15-1299");
      expect(bls.get("13-1021.00")).toBe("13-1020");
      expect(bls.get("21-1011.00")).toBe("21-1018");
      expect(bls.get("53-1042.01")).toBe("53-1047");
      expect(bls.get("55-1011.00")).toBe("");
      expect(onet.filter((o) => o.bls_code === "")).toHaveLength(19);
    });

    it("cites only sources that exist (else the checker and the UI cannot resolve them)", () => {
      const sources = new Set(
        (parseYaml(readFileSync(join(seedData, "sources.yaml"), "utf8")) as Array<{ id: string }>).map((source) => source.id),
      );
      for (const file of generated.filter((f) => f.format === "csv")) {
        const unknown = new Set(readCsv(file.content).flatMap((row) => (sources.has(row.source ?? "") ? [] : [row.source])));
        expect([...unknown], file.name).toEqual([]);
      }
    });

    it("loads a new period (a synthetic 2025-35 export) with no code change: its rows, a period and a generated source", async () => {
      const { from, out } = scratch(["bls"]);
      const text = readFileSync(join(sharedData, "bls/ep-occupation-projections_2024-34.csv"), "utf8");
      const [header = "", ...rest] = text.split("\n");
      const shifted = header.replaceAll("2034", "2035").replaceAll("2024", "2025");
      writeFileSync(join(from, "bls/ep-occupation-projections_2025-35.csv"), [shifted, ...rest].join("\n"));
      const files = await buildSeedFiles({ from, curated: out, log: quiet });
      const byName = (name: string) => files.find((f) => f.name === name)!.content;
      expect(readCsv(byName(OUTPUT_FILES.periods)).map((p) => `${p.vintage} ${p.source}`)).toContain("2025-35 bls-ep-2025-35-tool");
      const rows = readCsv(byName(OUTPUT_FILES.projections)).filter((p) => p.vintage === "2025-35");
      expect(rows).toHaveLength(832);
      expect(rows.find((p) => p.soc_code === "15-1252")).toMatchObject({
        employment_base: "1693800",
        wage_year: "2025",
        source: "bls-ep-2025-35-tool",
      });
      const generatedSources = parseYaml(byName(OUTPUT_FILES.sourcesGenerated)) as Array<{ id: string; vintage: string }>;
      expect(generatedSources).toEqual([expect.objectContaining({ id: "bls-ep-2025-35-tool", vintage: "2025-35" })]);
    }, 120_000);

    it("refuses an export whose file name and columns name different periods", async () => {
      const { from, out } = scratch(["bls"]);
      cpSync(join(sharedData, "bls/ep-occupation-projections_2024-34.csv"), join(from, "bls/ep-occupation-projections_2025-35.csv"));
      await expect(buildSeedFiles({ from, curated: out, log: quiet })).rejects.toThrow(
        /file name says 2025-35 but the columns are for 2024-34/,
      );
    }, 120_000);

    it("stops on a malformed BLS export row, naming file, line and field, and writes nothing", async () => {
      const { from, out } = scratch(["bls"]);
      const badFile = join(from, "bls/ep-occupation-projections_2022-32.csv");
      const lines = readFileSync(badFile, "utf8").split("\n");
      const index = lines.findIndex((line) => line.includes('=""15-1252""'));
      expect(lines[index]).toContain('"410.4"');
      // Software developers' employment change, 410.4 thousand, becomes "41O.4" (letter O).
      lines[index] = (lines[index] ?? "").replace('"410.4"', '"41O.4"');
      writeFileSync(badFile, lines.join("\n"));
      const sentinel = join(out, OUTPUT_FILES.projections);
      writeFileSync(sentinel, "sentinel\n");
      const failure = await importSeedFiles({ from, out, log: quiet }).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(ImportError);
      const message = (failure as Error).message;
      expect(message).toContain(badFile);
      expect(message).toContain(`line ${index + 1}`);
      expect(message).toContain('field "Employment Change, 2022-2032"');
      expect(readdirSync(out).sort()).toEqual([...Object.values(CURATED_INPUTS), OUTPUT_FILES.projections].sort());
      expect(readFileSync(sentinel, "utf8")).toBe("sentinel\n");
    }, 120_000);

    it("stops on an OEWS row whose hourly wage is top-coded but annual is a figure, naming line and field", async () => {
      const { from, out } = scratch(["bls"]);
      const file = join(from, "bls/oews/national_M2024_dl.tsv");
      const lines = readFileSync(file, "utf8").split("\n");
      const index = lines.findIndex((line) => line.split("\t")[8] === "15-1252");
      const cells = (lines[index] ?? "").split("\t");
      cells[24] = "#"; // H_PCT90, while A_PCT90 keeps its figure
      lines[index] = cells.join("\t");
      writeFileSync(file, lines.join("\n"));
      await expect(buildSeedFiles({ from, curated: out, log: quiet })).rejects.toThrow(
        new RegExp(`line ${index + 1}, field "H_PCT90": hourly is "#" but annual A_PCT90 is a figure`),
      );
    }, 120_000);

    it("requires a crosswalk entry for every O*NET code no rule places, and refuses one a rule already covers", async () => {
      const missing = scratch();
      const crosswalk = readFileSync(join(seedData, CURATED_INPUTS.crosswalk), "utf8");
      writeFileSync(
        join(missing.out, CURATED_INPUTS.crosswalk),
        crosswalk.replace(/- onet_code: "21-1011\.00"[\s\S]*?(?=- onet_code)/, ""),
      );
      await expect(buildSeedFiles({ from: missing.from, curated: missing.out, log: quiet })).rejects.toThrow(
        /no BLS line carries 21-1011\.00 .*add it to/,
      );
      const needless = scratch();
      writeFileSync(
        join(needless.out, CURATED_INPUTS.crosswalk),
        `${crosswalk}- onet_code: "15-1252.00"\n  onet_title: Software Developers\n  bls_code: "15-1252"\n  bls_title: Software developers\n  source: bls-ep-2024-34\n  note: test\n`,
      );
      await expect(buildSeedFiles({ from: needless.from, curated: needless.out, log: quiet })).rejects.toThrow(
        /onet-bls-crosswalk\.yaml, line \d+, field "onet_code": not needed: 15-1252\.00 is on the BLS line 15-1252 by rule/,
      );
      const wrongTitle = scratch();
      writeFileSync(
        join(wrongTitle.out, CURATED_INPUTS.crosswalk),
        crosswalk.replace("bls_title: Teaching assistants, except postsecondary", "bls_title: Teaching assistants"),
      );
      await expect(buildSeedFiles({ from: wrongTitle.from, curated: wrongTitle.out, log: quiet })).rejects.toThrow(
        /field "bls_title": BLS titles 25-9045 "Teaching assistants, except postsecondary"/,
      );
    }, 240_000);

    // Issue 12: periods are data. What a reference-only row's source is, and the notes on a few rows, are hand-made
    // data (projection-notes.yaml), not constants keyed by period in the importer's code.
    it("takes the sources and notes of rows no publisher file explains from projection-notes.yaml, and refuses a missing or needless one", async () => {
      const notes = readFileSync(join(seedData, CURATED_INPUTS.projectionNotes), "utf8");
      const missing = scratch();
      writeFileSync(
        join(missing.out, CURATED_INPUTS.projectionNotes),
        notes.replace(/- kind: reference_only\n {2}soc_code: "15-1200"\n[\s\S]*?(?=\n- kind)/, ""),
      );
      await expect(buildSeedFiles({ from: missing.from, curated: missing.out, log: quiet })).rejects.toThrow(
        /no publisher file here has 15-1200\|2023-33: give its source and note as a reference_only entry of .*projection-notes\.yaml/,
      );
      const needless = scratch();
      writeFileSync(
        join(needless.out, CURATED_INPUTS.projectionNotes),
        `${notes}\n- kind: row_note\n  soc_code: "15-1252"\n  vintage: "2019-29"\n  note: test\n`,
      );
      await expect(buildSeedFiles({ from: needless.from, curated: needless.out, log: quiet })).rejects.toThrow(
        /projection-notes\.yaml, line \d+, field "soc_code": not needed: no projection row 15-1252\|2019-29/,
      );
    }, 240_000);
  },
);
