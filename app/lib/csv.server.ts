import { stringify } from "csv-stringify/sync";
import { columnsOutOfOrder, CSV_HEADERS } from "~/lib/csv-headers";

export interface CsvColumn<Row> {
  key: keyof Row & string;
  header: string;
}

/**
 * The one header convention of every CSV we publish (docs/decisions/020): words as a person reads them, first letter
 * upper case, no underscores ("SOC code", "Median annual wage (USD)"), and a figure's unit in parentheses.
 * Acronyms and O*NET keep their own spelling. Checked by csvText, so a header that breaks it fails the first test
 * that downloads the file.
 */
export const CSV_HEADER_PATTERN = /^[A-Z0-9*][^_\r\n"]*$/;

/** Excel on Windows reads a CSV as the ANSI code page unless it starts with this byte order mark ("â€“" for "–"). */
export const UTF8_BOM = "\uFEFF";

/**
 * A CSV document as RFC 4180 describes it and Excel opens it: a UTF-8 byte order mark, one header row, CRLF after
 * every record (the last included), fields quoted where they hold a comma, quote or line break (csv-stringify), and
 * figures written raw (no thousands separators). Empty cells for missing values. The shared columns come in one order
 * in every file (CSV_COLUMN_ORDER), and no header names two columns.
 */
export function csvText<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string {
  for (const column of columns) {
    if (!CSV_HEADER_PATTERN.test(column.header)) throw new Error(`CSV header “${column.header}” breaks the header convention`);
  }
  // A header twice would leave a spreadsheet (and a script reading by header) to guess which column is meant.
  const twice = columns.map((c) => c.header).filter((header, i, all) => all.indexOf(header) !== i);
  if (twice.length > 0) throw new Error(`CSV header “${twice[0]}” names two columns`);
  const misplaced = columnsOutOfOrder(columns.map((c) => c.header));
  if (misplaced.length > 0) throw new Error(`CSV columns out of the shared order (CSV_COLUMN_ORDER): ${misplaced.join(", ")}`);
  return stringify(
    rows.map((row) => columns.map((c) => row[c.key] ?? "")),
    {
      header: true,
      columns: columns.map((c) => c.header),
      eof: true,
      bom: true,
      record_delimiter: "windows",
      // csv-stringify quotes a field holding the record delimiter (CRLF); a lone LF or CR needs quotes too (RFC 4180).
      quoted_match: /[\r\n]/,
    },
  );
}

/** A CSV document (csvText) and the name it is downloaded under: what a download states (csvFile). */
export interface CsvFile {
  filename: string;
  text: string;
}

/** The CSV file of `rows` under `columns` (csvText), downloaded as `filename`. */
export function csvFile<Row>(filename: string, columns: readonly CsvColumn<Row>[], rows: readonly Row[]): CsvFile {
  return { filename, text: csvText(columns, rows) };
}

/** A CSV download (csvFile) with its file name and the caller's headers (the cache headers of a public page). */
export function csvResponse({ filename, text }: CsvFile, headers?: HeadersInit): Response {
  const result = new Headers(headers);
  result.set("Content-Type", "text/csv; charset=utf-8; header=present");
  result.set("Content-Disposition", `attachment; filename="${filename.replace(/[^A-Za-z0-9._-]/g, "_")}"`);
  return new Response(text, { headers: result });
}

/**
 * `columns` and `rows` with the data version the figures are from as the last column (CSV_COLUMN_ORDER ends with it),
 * for files whose rows do not carry it: one tag for the whole file (a pinned download names the pinned version).
 */
export function withDataVersion<Row>(
  columns: readonly CsvColumn<Row>[],
  rows: readonly Row[],
  tag: string,
): [CsvColumn<Row & { dataVersion: string }>[], (Row & { dataVersion: string })[]] {
  return [[...columns, { key: "dataVersion", header: CSV_HEADERS.dataVersion }], rows.map((row) => ({ ...row, dataVersion: tag }))];
}
