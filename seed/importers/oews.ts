/**
 * OEWS national wage estimates (bls/oews/national_M<year>_dl.tsv, the first sheet of BLS's xlsx as text) and the
 * top codes its notes define ("# = a wage equal to or greater than $115.00 per hour or $239,200 per year"), read
 * from the workbook's "Field Descriptions" sheet so a new year's thresholds need no code change.
 */
import { ImportError, ValueError } from "./errors";
import { CellReader, readTable } from "./table";
import { textCell } from "./values";
import { readWorkbook } from "./xlsx";

export const PERCENTILES = [10, 25, 50, 75, 90] as const;
export type Percentile = (typeof PERCENTILES)[number];

const ANNUAL_COLUMNS: Record<Percentile, string> = { 10: "A_PCT10", 25: "A_PCT25", 50: "A_MEDIAN", 75: "A_PCT75", 90: "A_PCT90" };
const HOURLY_COLUMNS: Record<Percentile, string> = { 10: "H_PCT10", 25: "H_PCT25", 50: "H_MEDIAN", 75: "H_PCT75", 90: "H_PCT90" };

/** A published wage cell: a figure as written, "#" (at or above the top code) or "*" (not available). */
export type OewsWage =
  { readonly kind: "figure"; readonly text: string } | { readonly kind: "top_coded" } | { readonly kind: "not_available" };

export function oewsWageCell(decimals: 0 | 2): (cell: string) => OewsWage {
  const pattern = decimals === 0 ? /^\d+$/ : /^\d+(?:\.\d{1,2})?$/;
  return (cell) => {
    const value = cell.trim();
    if (value === "#") return { kind: "top_coded" };
    if (value === "*") return { kind: "not_available" };
    if (!pattern.test(value)) {
      throw new ValueError(
        decimals === 0 ? 'expected whole dollars such as 133080, "#" or "*"' : 'expected dollars and cents such as 63.98, "#" or "*"',
      );
    }
    if (Number(value) <= 0) throw new ValueError("a wage must be positive");
    return { kind: "figure", text: decimals === 0 ? value : Number(value).toFixed(2) };
  };
}

export interface OewsRow {
  readonly line: number;
  readonly socCode: string;
  readonly title: string;
  readonly group: string;
  /** null where OEWS publishes "**" (employment not available). */
  readonly employment: number | null;
  readonly annual: Readonly<Record<Percentile, OewsWage>>;
  readonly hourly: Readonly<Record<Percentile, OewsWage>>;
  readonly annualOnly: boolean;
  readonly hourlyOnly: boolean;
}

export interface OewsFile {
  readonly file: string;
  readonly wageYear: number;
  readonly rows: ReadonlyMap<string, OewsRow>;
}

const flagCell = (cell: string): boolean => {
  if (cell === "") return false;
  if (cell === "TRUE") return true;
  throw new ValueError('expected "TRUE" or an empty cell');
};

/**
 * Reads every row. OEWS lists an occupation it publishes only at the broad level twice ("broad" and "detailed",
 * same figures): the second copy must equal the first and is dropped.
 */
export function readOews(file: string, wageYear: number): OewsFile {
  const table = readTable(file, {
    delimiter: "\t",
    requiredColumns: [
      "OCC_CODE",
      "OCC_TITLE",
      "O_GROUP",
      "TOT_EMP",
      "ANNUAL",
      "HOURLY",
      ...Object.values(ANNUAL_COLUMNS),
      ...Object.values(HOURLY_COLUMNS),
    ],
  });
  const rows = new Map<string, OewsRow>();
  for (const row of table.rows) {
    const cells = new CellReader(file, row);
    const socCode = cells.get("OCC_CODE", (cell) => {
      if (!/^\d{2}-\d{4}$/.test(cell)) throw new ValueError("expected a SOC code such as 15-1252");
      return cell;
    });
    const read = (columns: Record<Percentile, string>, decimals: 0 | 2) =>
      Object.fromEntries(PERCENTILES.map((p) => [p, cells.get(columns[p], oewsWageCell(decimals))])) as Record<Percentile, OewsWage>;
    const parsed: OewsRow = {
      line: row.line,
      socCode,
      title: cells.get("OCC_TITLE", textCell),
      group: cells.get("O_GROUP", textCell),
      employment: cells.get("TOT_EMP", (cell) => {
        if (cell === "**") return null;
        if (!/^\d+$/.test(cell)) throw new ValueError('expected a whole number of workers or "**"');
        return Number(cell);
      }),
      annual: read(ANNUAL_COLUMNS, 0),
      hourly: read(HOURLY_COLUMNS, 2),
      annualOnly: cells.get("ANNUAL", flagCell),
      hourlyOnly: cells.get("HOURLY", flagCell),
    };
    for (const p of PERCENTILES) {
      // An hourly figure at the top code must be top-coded in annual terms too (the two codes are the same wage).
      if (parsed.hourly[p].kind === "top_coded" && parsed.annual[p].kind === "figure") {
        cells.fail(HOURLY_COLUMNS[p], `hourly is "#" but annual ${ANNUAL_COLUMNS[p]} is a figure`);
      }
    }
    const previous = rows.get(socCode);
    if (previous) {
      const same = JSON.stringify({ ...previous, line: 0, group: "" }) === JSON.stringify({ ...parsed, line: 0, group: "" });
      if (!same) cells.fail("OCC_CODE", `${socCode} appears again (line ${previous.line}) with different figures`);
      continue;
    }
    rows.set(socCode, parsed);
  }
  if (rows.size === 0) throw new ImportError(file, undefined, undefined, "the file has no data rows");
  return { file, wageYear, rows };
}

export interface OewsTopCodes {
  readonly file: string;
  readonly annual: number;
  /** Dollars and cents, as written ("115.00"). */
  readonly hourly: string;
}

/** The "#" note of the workbook's field descriptions. */
export async function readOewsTopCodes(file: string): Promise<OewsTopCodes> {
  const workbook = await readWorkbook(file);
  for (const sheet of workbook.sheets) {
    for (const row of sheet.rows) {
      for (const cell of row) {
        const match = /^#\s*=.*?\$(\d+\.\d{2}) per hour or \$((?:\d{1,3}(?:,\d{3})+)|\d+) per year/.exec(cell.trim());
        if (match) return { file, hourly: match[1] ?? "", annual: Number((match[2] ?? "").replaceAll(",", "")) };
      }
    }
  }
  throw new ImportError(file, undefined, undefined, 'no note defines "#" (a wage at or above $X per hour or $Y per year)');
}
