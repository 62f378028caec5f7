/**
 * Issue 13 item 9: the dataset check must reject what the load would mangle or the database would refuse, with
 * file, line and field. Each case edits a temporary copy of the curated dataset and runs the real reader
 * (`loadDataset`, which `npm run seed -- check` and `load` both call before anything is written).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { DatasetError, formatIssue, type DatasetIssue } from "../../seed/errors";
import { defaultDatasetDir, fingerprintDataset, loadDataset } from "../../seed/load";

// Each case copies and reads the whole dataset: 1-2 s on an idle machine, past the unit project's 5 s default on a
// busy one (seen at load 10 on 2 cores).
vi.setConfig({ testTimeout: 30_000 });

const copies: string[] = [];
afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the curated dataset with files replaced by edited text (or raw bytes). */
function editedDataset(edits: Record<string, (text: string) => string | Uint8Array>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "atlas-seed-validation-"));
  copies.push(dir);
  cpSync(defaultDatasetDir(), dir, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const target = path.join(dir, file);
    const before = readFileSync(target, "utf8");
    const after = edit(before);
    if (after === before) throw new Error(`the edit of ${file} changed nothing`);
    writeFileSync(target, after);
  }
  return dir;
}

/** The problems `loadDataset` reports, formatted as the CLI prints them (none: it loaded). */
function problems(dir: string): string[] {
  try {
    loadDataset(dir);
    return [];
  } catch (error) {
    if (!(error instanceof DatasetError)) throw error;
    return error.issues.map((i: DatasetIssue) => formatIssue(i));
  }
}

const lineOf = (text: string, startsWith: string): number => {
  const index = text.split("\n").findIndex((l) => l.startsWith(startsWith));
  if (index < 0) throw new Error(`no line starting ${startsWith}`);
  return index + 1;
};

const SOFTWARE_2024 = "15-1252,2024-34,";
const projectionsText = readFileSync(path.join(defaultDatasetDir(), "projections.csv"), "utf8");
const softwareLine = lineOf(projectionsText, SOFTWARE_2024);

/** Replaces one cell of the projections.csv row starting with `key` (cells before the quoted note only). */
function editCell(text: string, key: string, column: string, value: string): string {
  const lines = text.split("\n");
  const header = lines.find((l) => !l.startsWith("#"))!.split(",");
  const index = header.indexOf(column);
  const at = lines.findIndex((l) => l.startsWith(key));
  if (index < 0 || at < 0) throw new Error(`no cell ${key} ${column}`);
  const cells = lines[at]!.split(",");
  cells[index] = value;
  lines[at] = cells.join(",");
  return lines.join("\n");
}

/** The UTF-8 bytes of `text` with one raw byte inserted before the first occurrence of `marker` after `from`. */
function withByte(text: string, from: string, marker: string, byte: number): Uint8Array {
  const at = text.indexOf(marker, text.indexOf(from) + from.length);
  if (at < 0) throw new Error(`no ${marker} after ${from}`);
  return Buffer.concat([Buffer.from(text.slice(0, at), "utf8"), Buffer.from([byte]), Buffer.from(text.slice(at), "utf8")]);
}

describe("numeric CSV cells", () => {
  const cellCases: { name: string; column: string; value: string; expected: RegExp }[] = [
    { name: "a blank required count (was loaded as 0)", column: "employment_base", value: "", expected: /is required/ },
    { name: "a whitespace-only count (was loaded as 0)", column: "employment_base", value: " ", expected: /plain digits/ },
    { name: "a hexadecimal count (0x10 was loaded as 16)", column: "employment_base", value: "0x10", expected: /plain digits/ },
    { name: "an exponent (1e6 was loaded as 1000000)", column: "employment_projected", value: "1e6", expected: /plain digits/ },
    { name: "a leading plus sign", column: "change_numeric", value: "+267700", expected: /plain digits/ },
    {
      name: "a count beyond PostgreSQL integer (3,000,000,000 passed check, then failed load)",
      column: "employment_base",
      value: "3000000000",
      expected: /at most 2,147,483,647/,
    },
    {
      name: "a negative change beyond PostgreSQL integer",
      column: "change_numeric",
      value: "-2147483649",
      expected: /at least -2,147,483,648/,
    },
    { name: "a wage beyond PostgreSQL integer", column: "median_annual_wage", value: "2147483648", expected: /at most 2,147,483,647/ },
    { name: "a decimal count", column: "annual_openings", value: "115200.5", expected: /whole number/ },
    { name: "a hexadecimal percentage", column: "change_percent", value: "0xF", expected: /plain digits/ },
    { name: "a blank required percentage", column: "change_percent", value: "", expected: /is required/ },
    {
      name: "a percentage with more decimals than the column keeps (it would be rounded)",
      column: "change_percent",
      value: "15.84",
      expected: /one decimal/,
    },
  ];

  for (const c of cellCases) {
    it(`rejects ${c.name} with file, row, line and field`, () => {
      const dir = editedDataset({ "projections.csv": (text) => editCell(text, SOFTWARE_2024, c.column, c.value) });
      const found = problems(dir);
      expect(found).toHaveLength(1);
      expect(found[0]).toMatch(new RegExp(`projections\\.csv, row \\d+, line ${softwareLine}, field ${c.column}: `));
      expect(found[0]).toMatch(c.expected);
    });
  }

  it("rejects a hexadecimal score in ai-exposure.csv", () => {
    const dir = editedDataset({ "ai-exposure.csv": (text) => text.replace(/(\n11-1011\.00,gpt4,alpha,)0\.1,/, "$10x1,") });
    expect(problems(dir)).toEqual([expect.stringMatching(/ai-exposure\.csv, row \d+, line \d+, field score: .*plain digits/)]);
  });

  it("rejects O*NET source codes that are not two-digit codes, or on a title other than an alternate title", () => {
    const bad = editedDataset({
      "occupation-titles.csv": (text) =>
        text.replace("\nAgency Owner,,10,onet_alternate_title,", "\nAgency Owner,,1O,onet_alternate_title,"),
    });
    expect(problems(bad)).toEqual([
      expect.stringMatching(/occupation-titles\.csv, row \d+, line \d+, field onet_sources: two-digit O\*NET source codes/),
    ]);
    const reported = editedDataset({
      "occupation-titles.csv": (text) => text.replace(/\n([^\n]*),,,onet_reported_title,/, "\n$1,,02,onet_reported_title,"),
    });
    expect(problems(reported)).toEqual([
      expect.stringMatching(
        /occupation-titles\.csv, row \d+, line \d+, field onet_sources: only O\*NET's alternate titles list their sources/,
      ),
    ]);
  });

  it("rejects a blank required wage year in wages.csv", () => {
    const dir = editedDataset({ "wages.csv": (text) => text.replace(/\n11-3021,2023,/, "\n11-3021,,") });
    expect(problems(dir)).toEqual([expect.stringMatching(/wages\.csv, row \d+, line \d+, field wage_year: is required/)]);
  });

  it("names the line and field of a CSV syntax error", () => {
    const dir = editedDataset({ "projections.csv": (text) => editCell(text, SOFTWARE_2024, "entry_education", 'Bachelor"s degree') });
    expect(problems(dir)).toEqual([
      expect.stringMatching(
        new RegExp(`projections\\.csv, line ${softwareLine}, field entry_education: not valid CSV: Invalid Opening Quote`),
      ),
    ]);
  });

  it("reads a blank optional cell as not published (null), never 0", () => {
    const { dataset } = loadDataset();
    const total = dataset.projections.find((p) => p.value.soc_code === "00-0000" && p.value.vintage === "2023-33")!;
    expect(total.value.annual_openings).toBeUndefined();
    expect(total.value.median_annual_wage).toBeUndefined();
    expect(total.value.change_numeric).toBeUndefined();
    const software = dataset.projections.find((p) => p.value.soc_code === "15-1252" && p.value.vintage === "2024-34")!;
    expect(software.value).toMatchObject({ employment_base: 1_693_800, change_percent: 15.8, annual_openings: 115_200 });
  });
});

describe("numbers in YAML files", () => {
  it("rejects a hexadecimal number (0x10 was loaded as 16) with file, line and field", () => {
    const text = readFileSync(path.join(defaultDatasetDir(), "progression.yaml"), "utf8");
    const line = lineOf(text, "  typical_years_max: 3");
    const dir = editedDataset({ "progression.yaml": (t) => t.replace("  typical_years_max: 3\n", "  typical_years_max: 0x3\n") });
    expect(problems(dir)).toEqual([
      expect.stringMatching(new RegExp(`progression\\.yaml, row 1, line ${line}, field typical_years_max: .*0x3`)),
    ]);
  });

  it("rejects an exponent and a non-number (.inf) in a role file", () => {
    const dir = editedDataset({
      "roles/back-end-developer.yaml": (t) =>
        t.replace("    rank: 1\n", "    rank: 1e0\n").replace("    figure: 16\n", "    figure: .inf\n"),
    });
    const found = problems(dir);
    expect(found).toContainEqual(expect.stringMatching(/back-end-developer\.yaml, line \d+, field industries\.0\.rank: .*1e0/));
    expect(found).toContainEqual(expect.stringMatching(/back-end-developer\.yaml, line \d+, field statements\.0\.figure: .*\.inf/));
  });

  it("rejects an integer beyond PostgreSQL integer (passed check, then failed load)", () => {
    const dir = editedDataset({ "roles/back-end-developer.yaml": (t) => t.replace("    rank: 1\n", "    rank: 3000000000\n") });
    expect(problems(dir)).toEqual([
      expect.stringMatching(/back-end-developer\.yaml, line \d+, field industries\.0\.rank: .*at most 2,147,483,647/),
    ]);
  });
});

describe("text encoding", () => {
  it("rejects a Latin-1 byte in a CSV cell (was read as U+FFFD) with file, row, line, column and field", () => {
    const dir = editedDataset({ "projections.csv": (text) => withByte(text, SOFTWARE_2024, "degree", 0xe9) });
    const found = problems(dir);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(
      new RegExp(`projections\\.csv, row \\d+, line ${softwareLine}, column \\d+, field entry_education: .*0xE9.*not valid UTF-8`),
    );
  });

  it("rejects a Latin-1 byte in a YAML role file with file, line and field", () => {
    const text = readFileSync(path.join(defaultDatasetDir(), "roles/back-end-developer.yaml"), "utf8");
    const line = lineOf(text, "title:");
    const dir = editedDataset({ "roles/back-end-developer.yaml": (t) => withByte(t, "\ntitle:", "\n", 0xe9) });
    const found = problems(dir);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(new RegExp(`back-end-developer\\.yaml, line ${line}, column \\d+, field title: .*0xE9.*not valid UTF-8`));
  });

  it("rejects an invalid byte in a comment with file and line", () => {
    const dir = editedDataset({ "glossary.yaml": (t) => withByte(t, "", "\n", 0xff) });
    expect(problems(dir)).toEqual([expect.stringMatching(/glossary\.yaml, line 1, column \d+: .*0xFF.*not valid UTF-8/)]);
  });

  it("accepts multi-byte UTF-8 text", () => {
    const dir = editedDataset({ "glossary.yaml": (t) => `# Café – naïve “quotes” 🚀\n${t}` });
    expect(problems(dir)).toEqual([]);
  });
});

describe("YAML syntax", () => {
  it("names the file, line and column of a syntax error", () => {
    const text = readFileSync(path.join(defaultDatasetDir(), "progression.yaml"), "utf8");
    const line = lineOf(text, "  track: technical");
    const dir = editedDataset({ "progression.yaml": (t) => t.replace("  track: technical\n", '  track: "technical\n') });
    const found = problems(dir);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]).toMatch(/progression\.yaml, row 1, line \d+, column \d+, field track: not valid YAML: Missing closing "quote/);
    expect(Number(/line (\d+)/.exec(found[0]!)![1])).toBeGreaterThanOrEqual(line);
  });

  it("names the line and column of a bad indentation in a role file", () => {
    const dir = editedDataset({ "roles/back-end-developer.yaml": (t) => t.replace("\ntitle:", "\n   title:") });
    expect(problems(dir)[0]).toMatch(/back-end-developer\.yaml, line 1, column \d+, field slug: not valid YAML/);
  });
});

describe("the dataset fingerprint", () => {
  it("changes with any byte of any dataset file and not otherwise (else a start would skip a changed dataset, or reload an unchanged one)", () => {
    const same = editedDataset({});
    expect(fingerprintDataset(same)).toBe(fingerprintDataset());
    const csv = editedDataset({
      "occupation-titles.csv": (t) => t.replace("Aeronautics Commission Director", "Aeronautics Commission Directer"),
    });
    const yaml = editedDataset({ "skills/catalog.yaml": (t) => `${t}\n` });
    expect(new Set([fingerprintDataset(), fingerprintDataset(csv), fingerprintDataset(yaml)]).size).toBe(3);
  });
});

describe("how sources are named (issue 15, item 8)", () => {
  const ARTICLE = "- id: article-backend-core-of-web-apps\n  kind: article\n";

  it("lets only an article leave out its publisher, and only an article name an author", () => {
    const dir = editedDataset({
      "sources.yaml": (t) =>
        t
          .replace(
            "- id: onet-30-1\n  kind: occupational_database\n  publisher: National Center for O*NET Development, for USDOL/ETA\n",
            "- id: onet-30-1\n  kind: occupational_database\n",
          )
          .replace("- id: editorial\n  kind: editorial\n", "- id: editorial\n  kind: editorial\n  author: Career Atlas editors\n"),
    });
    const found = problems(dir);
    expect(found).toContainEqual(
      expect.stringMatching(/sources\.yaml, row \d+, line \d+, field publisher: only an article may leave out its publisher/),
    );
    expect(found).toContainEqual(expect.stringMatching(/sources\.yaml, row \d+, line \d+, field author: only articles name an author/));
  });

  it("rejects a description of an untitled document whose bracket is not closed", () => {
    const dir = editedDataset({
      "sources.yaml": (t) =>
        t.replace(`${ARTICLE}  title: "Backend Developer: Building`, `${ARTICLE}  title: "[Backend Developer: Building`),
    });
    expect(problems(dir)).toEqual([expect.stringMatching(/sources\.yaml, row \d+, line \d+, field title: a title in square brackets/)]);
  });

  // Pages print "Author not given" for an editorial note without an author: that must be true of its source.
  it("rejects an editorial note without author whose article names one", () => {
    const named = editedDataset({ "sources.yaml": (t) => t.replace(ARTICLE, `${ARTICLE}  author: Jane Example\n`) });
    expect(problems(named)).toEqual([
      expect.stringMatching(/ai-impact\.yaml, row \d+, line \d+, field author: .*'article-backend-core-of-web-apps' names Jane Example/),
    ]);
  });

  it("rejects an editorial note without author whose source is not an article", () => {
    const notArticle = editedDataset({
      "ai-impact.yaml": (t) => t.replace("  source: article-backend-core-of-web-apps\n", "  source: editorial\n"),
    });
    expect(problems(notArticle)).toEqual([
      expect.stringMatching(/ai-impact\.yaml, row \d+, line \d+, field author: .*'editorial' is not an article/),
    ]);
  });
});

// A skill stands for O*NET names: a misspelt one would silently match no occupation, and one name under two skills
// would make a technology a student picks count as either.
describe("the O*NET names a skill stands for", () => {
  it("rejects a name O*NET does not list, and a name two skills list", () => {
    const dir = editedDataset({
      "skills/catalog.yaml": (t) =>
        t
          .replace("    - Wireshark\n", "    - Wireshrak\n")
          .replace("  onet_examples:\n    - Python\n", "  onet_examples:\n    - Python\n    - Tcpdump\n"),
    });
    // Python (listed first) keeps Tcpdump; Computer networking's own Tcpdump is the second listing.
    expect(problems(dir)).toEqual([
      expect.stringMatching(
        /skills\/catalog\.yaml, row \d+, line \d+, field onet_examples\.1: 'Wireshrak' is no technology name in onet-technology\.csv$/,
      ),
      expect.stringMatching(
        /skills\/catalog\.yaml, row \d+, line \d+, field onet_examples\.\d+: 'Tcpdump' is already listed by skill 'python'$/,
      ),
    ]);
  });
});
