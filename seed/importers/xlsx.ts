/**
 * Reading publishers' .xlsx workbooks (BLS Employment Projections, OEWS) with read-excel-file, a maintained
 * reader (docs/decisions/014-every-occupation.md). Numbers are kept as the text the workbook stores
 * ("309.39999999999998"), never as JavaScript numbers, so `publishedDecimal` can prove which published figure
 * a cell holds. Rows keep their spreadsheet row number for error messages.
 */
import readXlsxFile from "read-excel-file/node";
import { ImportError } from "./errors";
import type { Table, TableRow } from "./table";

export interface WorkbookSheet {
  readonly name: string;
  /** Row i is spreadsheet row i + 1; an empty cell is "". */
  readonly rows: readonly (readonly string[])[];
}

export interface Workbook {
  readonly file: string;
  readonly sheets: readonly WorkbookSheet[];
}

function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return "";
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell);
}

export async function readWorkbook(file: string): Promise<Workbook> {
  let sheets: Awaited<ReturnType<typeof readXlsxFile<string>>>;
  try {
    sheets = await readXlsxFile<string>(file, { parseNumber: (stored) => stored, trim: false });
  } catch (error) {
    throw new ImportError(file, undefined, undefined, `cannot read the workbook (${(error as Error).message})`);
  }
  return {
    file,
    sheets: sheets.map((sheet) => ({ name: sheet.sheet, rows: sheet.data.map((row) => row.map(cellText)) })),
  };
}

/**
 * The table of a sheet whose header row (within its first rows) holds every required column, as a Table the
 * CellReader can read: data rows are the rows after the header that have a value in `keyColumn`, up to the
 * footnotes. The table's `file` names the workbook and the sheet.
 */
export function sheetTable(
  workbook: Workbook,
  sheet: WorkbookSheet,
  options: { headerWithin?: number; keyColumn: (header: readonly string[]) => number },
): Table & { readonly headerLine: number } {
  const file = `${workbook.file} [sheet "${sheet.name}"]`;
  const headerIndex = findHeader(sheet, options.headerWithin ?? 5, options.keyColumn);
  if (headerIndex === undefined) throw new ImportError(file, undefined, undefined, "no header row found");
  const header = (sheet.rows[headerIndex] ?? []).map((cell) => cell.trim());
  const keyIndex = options.keyColumn(header);
  const rows: TableRow[] = [];
  let footnotesFrom: number | undefined;
  for (let index = headerIndex + 1; index < sheet.rows.length; index += 1) {
    const row = sheet.rows[index] ?? [];
    const key = (row[keyIndex] ?? "").trim();
    if (key === "") {
      footnotesFrom ??= index + 1;
      continue;
    }
    if (footnotesFrom !== undefined) {
      throw new ImportError(file, index + 1, header[keyIndex], `a data row follows the blank or footnote row ${footnotesFrom}`);
    }
    const cells: Record<string, string> = {};
    header.forEach((column, position) => {
      if (column !== "") cells[column] = row[position] ?? "";
    });
    rows.push({ line: index + 1, cells });
  }
  return { file, header, rows, headerLine: headerIndex + 1 };
}

function findHeader(sheet: WorkbookSheet, within: number, keyColumn: (header: readonly string[]) => number): number | undefined {
  for (let index = 0; index < Math.min(within, sheet.rows.length); index += 1) {
    if (keyColumn((sheet.rows[index] ?? []).map((cell) => cell.trim())) >= 0) return index;
  }
  return undefined;
}
