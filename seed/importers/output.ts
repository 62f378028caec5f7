/**
 * Rendering, validating, writing and comparing the generated seed files. Output is byte-stable:
 * no timestamps, fixed column order, sorted rows, "\n" line ends.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { Document, isScalar, visit } from "yaml";
import type { z } from "zod";
import { ImportError } from "./errors";

export interface GeneratedFile {
  /** File name inside the output directory. */
  readonly name: string;
  readonly content: string;
  readonly rows: number;
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
  return { name: options.name, content, rows: options.records.length };
}

/** A YAML seed file: `#` comment header, then a list of records; SOC and O*NET codes are double-quoted. */
export function yamlFile(options: {
  name: string;
  schema: z.ZodType;
  records: readonly object[];
  header: readonly string[];
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
  return { name: options.name, content, rows: options.records.length };
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
