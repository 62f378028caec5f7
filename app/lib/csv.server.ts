import { stringify } from "csv-stringify/sync";

export interface CsvColumn<Row> {
  key: keyof Row & string;
  header: string;
}

/**
 * A CSV download (RFC 4180 quoting by csv-stringify). A first comment-free header row, then one row per item;
 * figures are written raw (no thousands separators), with source and data-year columns supplied by the caller.
 */
export function csvResponse<Row>(filename: string, columns: CsvColumn<Row>[], rows: Row[], headers?: HeadersInit): Response {
  const body = stringify(
    rows.map((row) => columns.map((c) => row[c.key] ?? "")),
    { header: true, columns: columns.map((c) => c.header), eof: true },
  );
  const result = new Headers(headers);
  result.set("Content-Type", "text/csv; charset=utf-8");
  result.set("Content-Disposition", `attachment; filename="${filename.replace(/[^A-Za-z0-9._-]/g, "_")}"`);
  return new Response(body, { headers: result });
}
