/**
 * Reads the dataset files, validates every row with zod and every cross-file reference, and returns a
 * typed Dataset plus a hash of its contents. Throws DatasetError listing every problem, with file, row,
 * line and field. Reads only: nothing is written here.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode } from "yaml";
import type { z } from "zod";
import { projectRoot } from "../db/config";
import { decodeUtf8, hexByte, MAX_BAD_BYTES_LOCATED, type BadByte } from "./encoding";
import { DatasetError, type DatasetIssue } from "./errors";
import {
  aiApplicabilityRow,
  aiExposureRow,
  aiImpactRow,
  glossaryRow,
  growthBandRow,
  industryRow,
  occupationFactorRow,
  occupationRow,
  occupationTitleRow,
  onetEducationLevelRow,
  onetEmergingTaskRow,
  onetInterestRow,
  onetInterestAreaRow,
  onetInterestExampleRow,
  onetOccupationRow,
  onetRelatedRow,
  onetTaskRow,
  onetTechnologyRow,
  payPercentileRow,
  periodRow,
  PLAIN_NUMBER,
  progressionRow,
  projectionRow,
  roleFile,
  skillRow,
  sourceRow,
  wageRow,
} from "./schema";
import { validateReferences } from "./validate";

/**
 * Bump when the loader's interpretation of the same files changes (a new column, another mapping), so the
 * fingerprint changes and the next start reloads.
 */
export const SEED_FORMAT_VERSION = 4;

export interface RoleDocument {
  file: string;
  role: z.infer<typeof roleFile>;
  /** Line of a field path inside the role file, for cross-reference messages. */
  lineOf(fieldPath: (string | number)[]): number | undefined;
}

export interface Located<T> {
  file: string;
  row: number;
  line?: number;
  value: T;
}

export interface Dataset {
  /** sources.yaml, then sources-generated.yaml. */
  sources: Located<z.infer<typeof sourceRow>>[];
  periods: Located<z.infer<typeof periodRow>>[];
  growthBands: Located<z.infer<typeof growthBandRow>>[];
  occupations: Located<z.infer<typeof occupationRow>>[];
  onetOccupations: Located<z.infer<typeof onetOccupationRow>>[];
  projections: Located<z.infer<typeof projectionRow>>[];
  wages: Located<z.infer<typeof wageRow>>[];
  factors: Located<z.infer<typeof occupationFactorRow>>[];
  payPercentiles: Located<z.infer<typeof payPercentileRow>>[];
  titles: Located<z.infer<typeof occupationTitleRow>>[];
  onetTasks: Located<z.infer<typeof onetTaskRow>>[];
  onetEmergingTasks: Located<z.infer<typeof onetEmergingTaskRow>>[];
  onetRelated: Located<z.infer<typeof onetRelatedRow>>[];
  onetInterests: Located<z.infer<typeof onetInterestRow>>[];
  onetInterestAreas: Located<z.infer<typeof onetInterestAreaRow>>[];
  onetInterestExamples: Located<z.infer<typeof onetInterestExampleRow>>[];
  onetEducation: Located<z.infer<typeof onetEducationLevelRow>>[];
  aiApplicability: Located<z.infer<typeof aiApplicabilityRow>>[];
  skills: Located<z.infer<typeof skillRow>>[];
  onetTechnology: Located<z.infer<typeof onetTechnologyRow>>[];
  industries: Located<z.infer<typeof industryRow>>[];
  roles: RoleDocument[];
  progression: Located<z.infer<typeof progressionRow>>[];
  aiImpact: Located<z.infer<typeof aiImpactRow>>[];
  aiExposure: Located<z.infer<typeof aiExposureRow>>[];
  glossary: Located<z.infer<typeof glossaryRow>>[];
}

export interface LoadedDataset {
  dataset: Dataset;
  /** The dataset's fingerprint (`fingerprintDataset`): sha256 of the loader's format version and every file's path and bytes. */
  hash: string;
}

export const defaultDatasetDir = () => path.join(projectRoot(), "seed", "data");

/** Every dataset file under `dir` (YAML and CSV, subfolders included), by relative path in a fixed order. */
export function datasetFiles(dir = defaultDatasetDir()): string[] {
  const found: string[] = [];
  const walk = (relative: string) => {
    for (const name of readdirSync(path.join(dir, relative)).sort()) {
      const child = relative === "" ? name : `${relative}/${name}`;
      if (statSync(path.join(dir, child)).isDirectory()) walk(child);
      else if (/\.(?:ya?ml|csv)$/.test(name)) found.push(child);
    }
  };
  walk("");
  return found;
}

/**
 * The dataset's fingerprint: sha256 of the loader's format version and every dataset file's relative path, length
 * and bytes. Reading and hashing ~15 MB takes tens of milliseconds, so a start compares it with the newest data
 * version's and skips parsing and validation entirely when they match.
 */
export function fingerprintDataset(dir = defaultDatasetDir()): string {
  const digest = createHash("sha256").update(`career-atlas-seed-format:${SEED_FORMAT_VERSION}\n`);
  for (const relative of datasetFiles(dir)) {
    const bytes = readFileSync(path.join(dir, relative));
    digest.update(`${relative}\n${bytes.length}\n`).update(bytes);
  }
  return digest.digest("hex");
}

export function loadDataset(dir = defaultDatasetDir()): LoadedDataset {
  const issues: DatasetIssue[] = [];
  const reader = new FileReader(dir, issues);

  const dataset: Dataset = {
    sources: [...reader.yamlList("sources.yaml", sourceRow), ...reader.yamlList("sources-generated.yaml", sourceRow)],
    periods: reader.csv("projection-periods.csv", periodRow),
    growthBands: reader.yamlList("growth-bands.yaml", growthBandRow),
    occupations: reader.csv("occupations.csv", occupationRow),
    onetOccupations: reader.csv("onet-occupations.csv", onetOccupationRow),
    projections: reader.csv("projections.csv", projectionRow),
    wages: reader.csv("wages.csv", wageRow),
    factors: reader.csv("occupation-factors.csv", occupationFactorRow),
    payPercentiles: reader.csv("pay-percentiles.csv", payPercentileRow),
    titles: reader.csv("occupation-titles.csv", occupationTitleRow),
    onetTasks: reader.csv("onet-tasks.csv", onetTaskRow),
    onetEmergingTasks: reader.csv("onet-emerging-tasks.csv", onetEmergingTaskRow),
    onetRelated: reader.csv("onet-related-occupations.csv", onetRelatedRow),
    onetInterests: reader.csv("onet-interests.csv", onetInterestRow),
    onetInterestAreas: reader.csv("onet-interest-areas.csv", onetInterestAreaRow),
    onetInterestExamples: reader.csv("onet-interest-examples.csv", onetInterestExampleRow),
    onetEducation: reader.csv("onet-education-levels.csv", onetEducationLevelRow),
    aiApplicability: reader.csv("ai-applicability.csv", aiApplicabilityRow),
    skills: reader.yamlListsInDir("skills", skillRow),
    onetTechnology: reader.csv("onet-technology.csv", onetTechnologyRow),
    industries: reader.yamlList("industries.yaml", industryRow),
    roles: reader.roleFiles("roles"),
    progression: reader.yamlList("progression.yaml", progressionRow),
    aiImpact: reader.yamlList("ai-impact.yaml", aiImpactRow),
    aiExposure: reader.csv("ai-exposure.csv", aiExposureRow),
    glossary: reader.yamlList("glossary.yaml", glossaryRow),
  };

  if (issues.length === 0) validateReferences(dataset, issues);
  if (issues.length > 0) throw new DatasetError(issues);
  return { dataset, hash: fingerprintDataset(dir) };
}

class FileReader {
  private readonly root = projectRoot();

  constructor(
    private readonly dir: string,
    private readonly issues: DatasetIssue[],
  ) {}

  /** Path shown in messages: relative to the repository when inside it. */
  private display(absolute: string): string {
    const relative = path.relative(this.root, absolute);
    return relative.startsWith("..") ? absolute : relative;
  }

  /**
   * Reads a file's bytes and decodes them as UTF-8, strictly. A file with bytes that are not UTF-8 is reported
   * (file, line, column and, where `locate` finds it, row and field) and yields undefined.
   */
  private read(relativeName: string, locate: Locator): { text: string; file: string } | undefined {
    const absolute = path.join(this.dir, relativeName);
    const file = this.display(absolute);
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(absolute);
    } catch {
      this.issues.push({ file, message: "file is missing or unreadable" });
      return undefined;
    }
    const decoded = decodeUtf8(bytes);
    if (!decoded.ok) {
      const places = locate(decoded.lenientText, decoded.badBytes);
      decoded.badBytes.forEach((bad, i) => {
        this.issues.push({
          file,
          row: places[i]?.row,
          line: bad.line,
          column: bad.column,
          field: places[i]?.field,
          message: `byte ${hexByte(bad.byte)} is not valid UTF-8 (save the file as UTF-8, not Latin-1 or Windows-1252)`,
        });
      });
      const unlocated = decoded.badByteCount - MAX_BAD_BYTES_LOCATED;
      if (unlocated > 0) this.issues.push({ file, message: `and ${unlocated} more bytes that are not valid UTF-8` });
      return undefined;
    }
    return { text: decoded.text, file };
  }

  csv<S extends z.ZodType>(name: string, schema: S): Located<z.infer<S>>[] {
    const source = this.read(name, locateInCsv);
    if (!source) return [];
    let records: Record<string, string>[];
    try {
      records = parseCsv(source.text, CSV_OPTIONS) as Record<string, string>[];
    } catch (error) {
      const e = error as { message: string; lines?: number; column?: unknown };
      const field = typeof e.column === "string" ? e.column : undefined;
      this.issues.push({ file: source.file, line: e.lines, field, message: `not valid CSV: ${e.message}` });
      return [];
    }
    // Line numbers are only needed to report a problem: csv-parse's per-record info costs more than the parse
    // itself on the large generated files, so the file is parsed again with it only when a line is asked for.
    const text = source.text;
    let lines: number[] | undefined;
    const lineOfRow = (row: number) => {
      lines ??= parseCsvRecords(text).map((r) => r.info.lines);
      return lines[row - 1];
    };
    const valid: Located<z.infer<S>>[] = [];
    records.forEach((record, index) => {
      const result = schema.safeParse(record);
      if (result.success) {
        valid.push(new CsvRow(source.file, index + 1, result.data, lineOfRow));
        return;
      }
      for (const issue of result.error.issues) {
        const field = issue.path.map((p) => (typeof p === "number" ? p : String(p))).join(".") || undefined;
        this.issues.push({ file: source.file, row: index + 1, line: lineOfRow(index + 1), field, message: issue.message });
      }
    });
    return valid;
  }

  yamlList<S extends z.ZodType>(name: string, schema: S): Located<z.infer<S>>[] {
    const source = this.read(name, locateInYaml(asListPlace));
    if (!source) return [];
    const parsed = this.parseYaml(source.text, source.file, asListPlace);
    if (!parsed) return [];
    const { doc, lineCounter } = parsed;
    if (!isSeq(doc.contents)) {
      this.issues.push({ file: source.file, message: "must be a YAML list (each item starting with '- ')" });
      return [];
    }
    const rows = doc.contents.items.map((item, i) => ({
      row: i + 1,
      line: lineOfNode(item as YamlNode, lineCounter),
      value: (item as YamlNode).toJSON() as unknown,
      node: item as YamlNode,
    }));
    for (const { row, node } of rows) {
      for (const number of oddlyWrittenNumbers(node)) {
        this.issues.push({
          file: source.file,
          row,
          line: lineOfNode(number.node, lineCounter),
          field: number.path.join("."),
          message: number.message,
        });
      }
    }
    return this.validateRows(rows, source.file, schema, lineCounter);
  }

  yamlListsInDir<S extends z.ZodType>(subdir: string, schema: S): Located<z.infer<S>>[] {
    return this.listYamlFiles(subdir).flatMap((name) => this.yamlList(path.join(subdir, name), schema));
  }

  roleFiles(subdir: string): RoleDocument[] {
    const documents: RoleDocument[] = [];
    for (const name of this.listYamlFiles(subdir)) {
      const source = this.read(path.join(subdir, name), locateInYaml(asDocumentPlace));
      if (!source) continue;
      const parsed = this.parseYaml(source.text, source.file, asDocumentPlace);
      if (!parsed) continue;
      const { doc, lineCounter } = parsed;
      const lineOf = (fieldPath: (string | number)[]) => lineOfPath(doc, fieldPath, lineCounter);
      const numbers = oddlyWrittenNumbers(doc.contents);
      for (const number of numbers) {
        this.issues.push({
          file: source.file,
          line: lineOfNode(number.node, lineCounter),
          field: number.path.join("."),
          message: number.message,
        });
      }
      const result = roleFile.safeParse(doc.toJSON());
      if (!result.success) {
        for (const issue of result.error.issues) {
          const fieldPath = issue.path.map((p) => (typeof p === "number" ? p : String(p)));
          this.issues.push({
            file: source.file,
            line: lineOf(fieldPath),
            field: fieldPath.join("."),
            message: issue.message,
          });
        }
        continue;
      }
      if (numbers.length > 0) continue;
      const expectedSlug = name.replace(/\.ya?ml$/, "");
      if (result.data.slug !== expectedSlug) {
        this.issues.push({
          file: source.file,
          line: lineOf(["slug"]),
          field: "slug",
          message: `must equal the file name ('${expectedSlug}')`,
        });
        continue;
      }
      documents.push({ file: source.file, role: result.data, lineOf });
    }
    return documents;
  }

  private listYamlFiles(subdir: string): string[] {
    const absolute = path.join(this.dir, subdir);
    try {
      return readdirSync(absolute)
        .filter((n) => /\.ya?ml$/.test(n))
        .sort();
    } catch {
      this.issues.push({ file: this.display(absolute), message: "directory is missing" });
      return [];
    }
  }

  /** Parses one YAML document; syntax errors are reported with line, column and (where known) row and field. */
  private parseYaml(text: string, file: string, place: PlaceOfPath): { doc: Document; lineCounter: LineCounter } | undefined {
    const { doc, lineCounter } = parseYamlText(text);
    if (doc.errors.length > 0) {
      for (const error of doc.errors) {
        const { line, col } = lineCounter.linePos(error.pos[0]);
        // The partial document around a syntax error can hold odd keys: name the field only down to plain keys.
        const near = pathAtOffset(doc, error.pos[0]) ?? [];
        const clean = near.findIndex((k) => typeof k === "string" && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(k));
        const fieldPath = clean < 0 ? near : near.slice(0, clean);
        this.issues.push({
          file,
          ...place(fieldPath),
          line,
          column: col,
          message: `not valid YAML: ${error.message.split("\n")[0]}`,
        });
      }
      return undefined;
    }
    return { doc, lineCounter };
  }

  private validateRows<S extends z.ZodType>(
    rows: { row: number; line?: number; value: unknown; node?: YamlNode }[],
    file: string,
    schema: S,
    lineCounter?: LineCounter,
  ): Located<z.infer<S>>[] {
    const valid: Located<z.infer<S>>[] = [];
    for (const { row, line, value, node } of rows) {
      const result = schema.safeParse(value);
      if (result.success) {
        valid.push({ file, row, line, value: result.data });
        continue;
      }
      for (const issue of result.error.issues) {
        const fieldPath = issue.path.map((p) => (typeof p === "number" ? p : String(p)));
        const fieldLine = node && lineCounter ? lineOfNodePath(node, fieldPath, lineCounter) : undefined;
        this.issues.push({ file, row, line: fieldLine ?? line, field: fieldPath.join(".") || undefined, message: issue.message });
      }
    }
    return valid;
  }
}

function lineOfNode(node: YamlNode | null | undefined, lineCounter: LineCounter): number | undefined {
  const offset = node?.range?.[0];
  return offset === undefined ? undefined : lineCounter.linePos(offset).line;
}

/** The line of the deepest node that exists along `fieldPath` below `node`. */
function lineOfNodePath(node: YamlNode, fieldPath: (string | number)[], lineCounter: LineCounter): number | undefined {
  let current: unknown = node;
  let line = lineOfNode(node, lineCounter);
  for (const key of fieldPath) {
    if (isMap(current) || isSeq(current)) {
      const next = current.get(key, true) as YamlNode | undefined;
      if (!next) break;
      current = next;
      line = lineOfNode(next, lineCounter) ?? line;
    } else break;
  }
  return line;
}

function lineOfPath(doc: Document, fieldPath: (string | number)[], lineCounter: LineCounter): number | undefined {
  return doc.contents ? lineOfNodePath(doc.contents as YamlNode, fieldPath, lineCounter) : undefined;
}

/** Row and field of a place in a file. */
interface Place {
  row?: number;
  field?: string;
}
/** Finds the row and field each bad byte falls in (same order), from the leniently decoded text. */
type Locator = (lenientText: string, badBytes: BadByte[]) => (Place | undefined)[];
/** Turns a YAML field path into the row and field of the file's kind. */
type PlaceOfPath = (fieldPath: (string | number)[]) => Place;

const asListPlace: PlaceOfPath = ([index, ...rest]) =>
  typeof index === "number" ? { row: index + 1, field: rest.join(".") || undefined } : {};
const asDocumentPlace: PlaceOfPath = (fieldPath) => ({ field: fieldPath.join(".") || undefined });

interface CsvRecord {
  record: Record<string, string>;
  info: { lines: number };
}

const CSV_OPTIONS = { columns: true, comment: "#", skip_empty_lines: true, trim: false } as const;

function parseCsvRecords(text: string): CsvRecord[] {
  return parseCsv(text, { ...CSV_OPTIONS, info: true }) as CsvRecord[];
}

/** A validated CSV row whose line number is worked out only when a message needs it. */
class CsvRow<T> implements Located<T> {
  constructor(
    readonly file: string,
    readonly row: number,
    readonly value: T,
    private readonly lineOfRow: (row: number) => number | undefined,
  ) {}

  get line(): number | undefined {
    return this.lineOfRow(this.row);
  }
}

/** A bad byte is in the first record ending on or after its line, in the n-th cell holding a U+FFFD there. */
const locateInCsv: Locator = (lenientText, badBytes) => {
  let records: CsvRecord[];
  try {
    records = parseCsvRecords(lenientText);
  } catch {
    return [];
  }
  const used = new Map<number, number>();
  return badBytes.map((bad) => {
    const index = records.findIndex((r) => r.info.lines >= bad.line);
    if (index < 0) return undefined;
    const cells = Object.entries(records[index]!.record).flatMap(([column, value]) =>
      Array.from({ length: value.split("\uFFFD").length - 1 }, () => column),
    );
    const nth = used.get(index) ?? 0;
    used.set(index, nth + 1);
    const field = cells[nth];
    return field === undefined ? undefined : { row: index + 1, field };
  });
};

const locateInYaml =
  (place: PlaceOfPath): Locator =>
  (lenientText, badBytes) => {
    const { doc } = parseYamlText(lenientText);
    return badBytes.map((bad) => {
      const fieldPath = pathAtOffset(doc, bad.charOffset);
      return fieldPath ? place(fieldPath) : undefined;
    });
  };

function parseYamlText(text: string): { doc: Document; lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  return { doc, lineCounter };
}

/** The field path of the deepest node (a key counts as its field) holding the character at `offset`. */
function pathAtOffset(doc: Document, offset: number): (string | number)[] | undefined {
  const holds = (node: unknown): node is YamlNode => isNode(node) && !!node.range && node.range[0] <= offset && offset < node.range[2];
  const descend = (node: YamlNode, fieldPath: (string | number)[]): (string | number)[] => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        if (holds(pair.key)) return [...fieldPath, key];
        if (holds(pair.value)) return descend(pair.value, [...fieldPath, key]);
      }
    } else if (isSeq(node)) {
      for (const [i, item] of node.items.entries()) if (holds(item)) return descend(item, [...fieldPath, i]);
    }
    return fieldPath;
  };
  return holds(doc.contents) ? descend(doc.contents, []) : undefined;
}

/**
 * Numbers written other than plainly (0x10, 0o17, 1e3, +5, 007, .inf, .nan): YAML reads them as numbers, but a
 * publisher never writes them, so they are typos or spreadsheet artefacts, and never silently converted.
 */
function oddlyWrittenNumbers(root: unknown): { node: YamlNode; path: (string | number)[]; message: string }[] {
  const found: { node: YamlNode; path: (string | number)[]; message: string }[] = [];
  const walk = (node: unknown, fieldPath: (string | number)[]) => {
    if (isMap(node)) {
      for (const pair of node.items) walk(pair.value, [...fieldPath, isScalar(pair.key) ? String(pair.key.value) : String(pair.key)]);
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => walk(item, [...fieldPath, i]));
    } else if (isScalar(node) && typeof node.value === "number" && !PLAIN_NUMBER.test(node.source ?? "")) {
      found.push({
        node,
        path: fieldPath,
        message: `must be a number in plain digits, like 12 or 4.5, not '${node.source ?? String(node.value)}'`,
      });
    }
  };
  walk(root, []);
  return found;
}
