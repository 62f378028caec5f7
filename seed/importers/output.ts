/**
 * Rendering, validating, writing and comparing the generated seed files. Output is byte-stable:
 * no timestamps, fixed column order, sorted rows, "\n" line ends.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { Document, isScalar, parse as parseYaml, visit } from "yaml";
import type { z } from "zod";
import { ImportError } from "./errors";

export interface GeneratedFile {
  /** File name inside the output directory. */
  readonly name: string;
  readonly content: string;
  readonly rows: number;
  readonly format: "csv" | "yaml";
  /** The columns (fields) that identify a row, for the change summary: same key, other values = revised. */
  readonly key: readonly string[];
}

function commentHeader(lines: readonly string[]): string {
  return lines.map((line) => `# ${line}`.trimEnd()).join("\n") + "\n";
}

function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join(".") || "(row)"}: ${issue.message}`).join("; ");
}

type ObjectSchema = z.ZodType & { shape: Record<string, unknown> };

/**
 * A CSV seed file: `#` comment header, then the columns in the schema's order. Every record is validated
 * with the schema, and the rendered text is read back (as the seed loader will, with comment "#")
 * to prove it round-trips.
 */
export function csvFile(options: {
  name: string;
  schema: ObjectSchema;
  records: ReadonlyArray<Record<string, string | undefined>>;
  header: readonly string[];
  key: readonly string[];
}): GeneratedFile {
  const columns = Object.keys(options.schema.shape);
  options.records.forEach((record, index) => {
    const extra = Object.keys(record).filter((key) => !columns.includes(key));
    if (extra.length > 0)
      throw new ImportError(options.name, undefined, extra.join(", "), `row ${index + 1} has columns the schema does not know`);
    const result = options.schema.safeParse(Object.fromEntries(columns.map((column) => [column, record[column] ?? ""])));
    if (!result.success) {
      throw new ImportError(
        options.name,
        undefined,
        undefined,
        `generated row ${index + 1} (${JSON.stringify(record)}) fails the schema: ${describeIssues(result.error)}`,
      );
    }
  });
  const body = stringify(
    options.records.map((record) => columns.map((column) => record[column] ?? "")),
    // A field holding "#" (e.g. the technology "C#") must be quoted, or a reader with comment "#" would cut it.
    { header: true, columns, quoted_match: /#/, record_delimiter: "unix" },
  );
  const content = commentHeader(options.header) + body;
  const readBack = parse(content, { columns: true, comment: "#", skip_empty_lines: true }) as Array<Record<string, string>>;
  const same =
    readBack.length === options.records.length &&
    readBack.every((row, index) => columns.every((column) => row[column] === (options.records[index]?.[column] ?? "")));
  if (!same) throw new ImportError(options.name, undefined, undefined, "the rendered CSV does not read back to the same rows");
  return { name: options.name, content, rows: options.records.length, format: "csv", key: options.key };
}

/** A YAML seed file: `#` comment header, then a list of records; SOC and O*NET codes are double-quoted. */
export function yamlFile(options: {
  name: string;
  schema: z.ZodType;
  records: readonly object[];
  header: readonly string[];
  key: readonly string[];
}): GeneratedFile {
  options.records.forEach((record, index) => {
    const result = options.schema.safeParse(record);
    if (!result.success) {
      throw new ImportError(
        options.name,
        undefined,
        undefined,
        `generated entry ${index + 1} fails the schema: ${describeIssues(result.error)}`,
      );
    }
  });
  const document = new Document(options.records);
  visit(document, {
    Scalar(_key, node) {
      if (isScalar(node) && typeof node.value === "string" && /^\d{2}-\d{4}/.test(node.value)) node.type = "QUOTE_DOUBLE";
    },
  });
  const content = commentHeader(options.header) + "\n" + document.toString({ lineWidth: 0 });
  return { name: options.name, content, rows: options.records.length, format: "yaml", key: options.key };
}

/** Writes every file (each via a temporary file and a rename), only once all of them are built. */
export function writeSeedFiles(outDir: string, files: readonly GeneratedFile[], log: (line: string) => void): void {
  mkdirSync(outDir, { recursive: true });
  const staged: Array<{ file: GeneratedFile; target: string; temporary: string }> = [];
  try {
    for (const file of files) {
      const target = join(outDir, file.name);
      const temporary = `${target}.tmp-${process.pid}`;
      staged.push({ file, target, temporary });
      writeFileSync(temporary, file.content, "utf8");
    }
  } catch (error) {
    for (const { temporary } of staged) rmSync(temporary, { force: true });
    throw error;
  }
  for (const { file, target, temporary } of staged) {
    const unchanged = existsSync(target) && readFileSync(target, "utf8") === file.content;
    renameSync(temporary, target);
    log(`${unchanged ? "unchanged" : "wrote"} ${target} (${file.rows} rows)`);
  }
}

export interface FileDifference {
  readonly name: string;
  readonly path: string;
  readonly summary: string;
}

/** What differs between the files we would write and those in the output directory. */
export function compareSeedFiles(outDir: string, files: readonly GeneratedFile[]): FileDifference[] {
  const differences: FileDifference[] = [];
  for (const file of files) {
    const path = join(outDir, file.name);
    if (!existsSync(path)) {
      differences.push({ name: file.name, path, summary: `missing (would write ${file.rows} rows)` });
      continue;
    }
    const committed = readFileSync(path, "utf8");
    if (committed === file.content) continue;
    const expected = file.content.split("\n");
    const actual = committed.split("\n");
    const firstDifference = expected.findIndex((line, index) => line !== actual[index]);
    const lineNumber = (firstDifference === -1 ? expected.length : firstDifference) + 1;
    const expectedSet = new Set(expected);
    const actualSet = new Set(actual);
    const added = expected.filter((line) => !actualSet.has(line)).length;
    const removed = actual.filter((line) => !expectedSet.has(line)).length;
    differences.push({
      name: file.name,
      path,
      summary:
        `differs: ${added} line(s) would be added, ${removed} removed; first difference at line ${lineNumber}: ` +
        `committed ${JSON.stringify(actual[lineNumber - 1] ?? "<end of file>")}, generated ${JSON.stringify(expected[lineNumber - 1] ?? "<end of file>")}`,
    });
  }
  return differences;
}

export interface FileChanges {
  readonly name: string;
  /** The file did not exist before. */
  readonly created: boolean;
  readonly added: number;
  readonly removed: number;
  /** Rows whose key stayed and at least one value changed. */
  readonly revised: number;
  /** Values that changed in the revised rows. */
  readonly revisedValues: number;
  readonly unchanged: boolean;
}

type Row = Record<string, unknown>;

function rowsOf(format: GeneratedFile["format"], content: string): Row[] {
  if (format === "csv") return parse(content, { columns: true, comment: "#", skip_empty_lines: true }) as Row[];
  const parsed = parseYaml(content) as unknown;
  return Array.isArray(parsed) ? (parsed as Row[]) : [];
}

/**
 * What an import changes, per file: rows added and removed (by key), and rows revised (same key, another value).
 * `previous` is the file's text before the import (undefined: it did not exist).
 */
export function describeChanges(file: GeneratedFile, previous: string | undefined): FileChanges {
  if (previous === file.content)
    return { name: file.name, created: false, added: 0, removed: 0, revised: 0, revisedValues: 0, unchanged: true };
  const keyOf = (row: Row) => file.key.map((column) => JSON.stringify(row[column] ?? "")).join("|");
  const before = new Map<string, Row>();
  try {
    for (const row of previous === undefined ? [] : rowsOf(file.format, previous)) before.set(keyOf(row), row);
  } catch {
    // An unreadable old file counts as all rows removed and all new rows added.
  }
  let added = 0;
  let revised = 0;
  let revisedValues = 0;
  const seen = new Set<string>();
  for (const row of rowsOf(file.format, file.content)) {
    const key = keyOf(row);
    seen.add(key);
    const old = before.get(key);
    if (!old) {
      added += 1;
      continue;
    }
    const columns = new Set([...Object.keys(old), ...Object.keys(row)]);
    const changed = [...columns].filter((column) => JSON.stringify(old[column] ?? "") !== JSON.stringify(row[column] ?? "")).length;
    if (changed > 0) {
      revised += 1;
      revisedValues += changed;
    }
  }
  const removed = [...before.keys()].filter((key) => !seen.has(key)).length;
  return { name: file.name, created: previous === undefined, added, removed, revised, revisedValues, unchanged: false };
}

export function formatChanges(changes: FileChanges): string {
  if (changes.unchanged) return `${changes.name}: unchanged`;
  const n = (value: number) => value.toLocaleString("en-US");
  return (
    `${changes.name}: ${changes.created ? "new file, " : ""}${n(changes.added)} added, ${n(changes.removed)} removed, ` +
    `${n(changes.revised)} revised (${n(changes.revisedValues)} value${changes.revisedValues === 1 ? "" : "s"})` +
    (changes.added + changes.removed + changes.revised === 0 ? " (comments or order only)" : "")
  );
}

/** The change summary of every file against the output directory as it is now. */
export function summarizeChanges(outDir: string, files: readonly GeneratedFile[]): FileChanges[] {
  return files.map((file) => {
    const path = join(outDir, file.name);
    return describeChanges(file, existsSync(path) ? readFileSync(path, "utf8") : undefined);
  });
}
