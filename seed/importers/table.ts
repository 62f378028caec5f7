/**
 * Reading publishers' delimited files (CSV, O*NET TSV) into rows that remember their line number,
 * with a small cell reader that turns any bad value into an ImportError naming file, line and field.
 */
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { ImportError, ValueError } from "./errors";

export interface TableRow {
  /** 1-based line of the file on which the record ends (records here never span lines). */
  readonly line: number;
  readonly cells: Readonly<Record<string, string>>;
}

export interface Table {
  readonly file: string;
  readonly header: readonly string[];
  readonly rows: readonly TableRow[];
}

export interface ReadTableOptions {
  /** "," for CSV, "\t" for O*NET's tab-separated files (which use no quoting). */
  readonly delimiter: "," | "\t";
  /** Columns that must be present in the header row. */
  readonly requiredColumns?: readonly string[];
}

interface CsvParseError extends Error {
  code?: string;
  lines?: number;
}

export function readTable(file: string, options: ReadTableOptions): Table {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new ImportError(file, undefined, undefined, `cannot read the file (${(error as Error).message})`);
  }
  let records: string[][];
  let recordLines: number[];
  try {
    const parsed = parse(text, {
      delimiter: options.delimiter,
      quote: options.delimiter === "\t" ? false : '"',
      bom: true,
      info: true,
      skip_empty_lines: true,
    }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
    records = parsed.map((entry) => entry.record);
    recordLines = parsed.map((entry) => entry.info.lines);
  } catch (error) {
    const csvError = error as CsvParseError;
    throw new ImportError(
      file,
      csvError.lines,
      undefined,
      `not a well-formed ${options.delimiter === "\t" ? "TSV" : "CSV"} file: ${csvError.message}`,
    );
  }
  const header = records[0];
  if (header === undefined) throw new ImportError(file, 1, undefined, "the file is empty (no header row)");
  const seen = new Set<string>();
  for (const column of header) {
    if (seen.has(column)) throw new ImportError(file, recordLines[0], column, "column appears twice in the header");
    seen.add(column);
  }
  for (const column of options.requiredColumns ?? []) {
    if (!seen.has(column)) {
      throw new ImportError(file, recordLines[0], column, `required column is missing from the header (found: ${header.join(" | ")})`);
    }
  }
  const rows: TableRow[] = [];
  for (let index = 1; index < records.length; index += 1) {
    const record = records[index] ?? [];
    const line = recordLines[index] ?? index + 1;
    if (record.length !== header.length) {
      throw new ImportError(file, line, undefined, `expected ${header.length} cells, found ${record.length}`);
    }
    const cells: Record<string, string> = {};
    header.forEach((column, position) => {
      cells[column] = record[position] ?? "";
    });
    rows.push({ line, cells });
  }
  return { file, header, rows };
}

/** Reads one row's cells; every problem becomes an ImportError with the row's file, line and field. */
export class CellReader {
  constructor(
    readonly file: string,
    readonly row: TableRow,
  ) {}

  raw(field: string): string {
    const value = this.row.cells[field];
    if (value === undefined) throw new ImportError(this.file, this.row.line, field, "no such column");
    return value;
  }

  /** Parses a cell; a ValueError from the parser is reported with file, line and field. */
  get<T>(field: string, parseValue: (cell: string) => T): T {
    const cell = this.raw(field);
    try {
      return parseValue(cell);
    } catch (error) {
      if (error instanceof ValueError) {
        throw new ImportError(this.file, this.row.line, field, `${error.message} (cell: ${JSON.stringify(cell)})`);
      }
      throw error;
    }
  }

  fail(field: string | undefined, problem: string): never {
    throw new ImportError(this.file, this.row.line, field, problem);
  }
}
