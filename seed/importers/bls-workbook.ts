/**
 * BLS Employment Projections workbooks (occupation.xlsx): the occupational projections table with worker
 * characteristics (Table 1.2 in the 2024-34 workbook, Table 1.7 in the 2022-32 one), the separations and
 * openings table (Table 1.10) and the factors affecting occupational utilization (Table 1.12). Tables are found
 * by their columns, not their numbers, since the numbering changed between releases. Levels are thousands with
 * one decimal, stored by Excel as doubles; `publishedDecimal` recovers the published figure exactly.
 */
import type { ProjectionVintage } from "../../db/schema/enums";
import { ENTRY_EDUCATION, WORK_EXPERIENCE } from "../schema";
import { ImportError, ValueError } from "./errors";
import { CellReader, type Table } from "./table";
import { oneOf, publishedDecimal, textCell, thousandsToPersons, type PublishedWage } from "./values";
import { readWorkbook, sheetTable, type Workbook, type WorkbookSheet } from "./xlsx";

export interface WorkbookLine {
  readonly file: string;
  readonly line: number;
  readonly socCode: string;
  readonly title: string;
  readonly kind: "total" | "summary" | "detailed";
  readonly employmentBase: number;
  readonly employmentProjected: number;
  readonly changeNumeric: number;
  /** One decimal, as published ("15.8"). */
  readonly changePercent: string;
  readonly annualOpenings: number;
  /** undefined where the table prints "—". */
  readonly medianWage: PublishedWage;
  readonly entryEducation?: (typeof ENTRY_EDUCATION)[number];
  readonly workExperience?: (typeof WORK_EXPERIENCE)[number];
  readonly onTheJobTraining?: string;
}

export interface WorkbookSeparations {
  readonly file: string;
  readonly line: number;
  readonly socCode: string;
  readonly employmentBase: number;
  readonly employmentProjected: number;
  readonly changeNumeric: number;
  readonly changePercent: string;
  readonly annualOpenings: number;
  readonly laborForceExits: number;
  readonly occupationalTransfers: number;
}

export interface WorkbookFactor {
  readonly file: string;
  readonly line: number;
  readonly socCode: string;
  readonly industryCode: string;
  readonly industryTitle: string;
  readonly factor: string;
}

export interface EpWorkbook {
  readonly file: string;
  readonly vintage: ProjectionVintage;
  readonly baseYear: number;
  readonly targetYear: number;
  /** May of this year: the OEWS wages the projections table prints. */
  readonly wageYear: number;
  /** The sheet names the tables were found in ("Table 1.2", "Table 1.10", "Table 1.12"). */
  readonly sheets: { readonly projections: string; readonly separations: string; readonly factors?: string };
  readonly lines: ReadonlyMap<string, WorkbookLine>;
  readonly separations: ReadonlyMap<string, WorkbookSeparations>;
  readonly factors: readonly WorkbookFactor[];
}

const DASH = "[-\u2013]";
const CODE = /^(\d{4}) National Employment Matrix code$/;
const TITLE = /^(\d{4}) National Employment Matrix title$/;
const EDUCATION = "Typical education needed for entry";
const EXPERIENCE = "Work experience in a related occupation";
const TRAINING = "Typical on-the-job training needed to attain competency in the occupation";
const FACTOR = "Factors affecting occupational utilization";
const NOT_PUBLISHED = "\u2014";

const columnIndex = (pattern: RegExp | string) => (header: readonly string[]) =>
  header.findIndex((column) => (typeof pattern === "string" ? column === pattern : pattern.test(column)));

function findColumn(table: Table, pattern: RegExp, what: string): string {
  const column = table.header.find((name) => pattern.test(name));
  if (column === undefined) {
    throw new ImportError(table.file, undefined, what, `no column matches ${pattern} (found: ${table.header.join(" | ")})`);
  }
  return column;
}

function findSheet(workbook: Workbook, has: (header: readonly string[]) => boolean): WorkbookSheet | undefined {
  return workbook.sheets.find((sheet) => sheet.rows.slice(0, 5).some((row) => has(row.map((cell) => cell.trim()))));
}

const socCode = (cell: string): string => {
  const code = cell.trim();
  if (!/^\d{2}-\d{4}$/.test(code)) throw new ValueError("expected a SOC code such as 15-1252");
  return code;
};
const thousands = (cell: string): number => thousandsToPersons(publishedDecimal(cell, 1));
const percent = (cell: string): string => publishedDecimal(cell, 1);

/** "46310", ">=$239,200" (top-coded) or "—" (no wage published). */
export function workbookWageCell(cell: string): PublishedWage {
  const value = cell.trim();
  if (value === NOT_PUBLISHED) return { kind: "not_available" };
  const topCoded = /^>=\s*\$?((?:\d{1,3}(?:,\d{3})+)|\d+)$/.exec(value);
  if (topCoded) return { kind: "at_least", dollars: Number((topCoded[1] ?? "").replaceAll(",", "")) };
  if (!/^\d+$/.test(value)) throw new ValueError('expected whole dollars such as 46310, ">=$239,200" or "—"');
  const dollars = Number(value);
  if (dollars <= 0) throw new ValueError("a wage must be positive");
  return { kind: "exact", dollars };
}

/** A worker-characteristic cell: one of the category names, or "—" on summary lines. */
const categoryOrDash =
  <T extends string>(allowed: readonly T[] | undefined) =>
  (cell: string): T | string | undefined => {
    const value = cell.trim();
    if (value === NOT_PUBLISHED) return undefined;
    return allowed ? oneOf(allowed)(value) : textCell(value);
  };

function lineKind(cell: string, code: string): WorkbookLine["kind"] {
  const value = cell.trim();
  if (value === "Line item") return "detailed";
  if (value === "Summary") return code === "00-0000" ? "total" : "summary";
  throw new ValueError('expected "Line item" or "Summary"');
}

/** Reads one occupation.xlsx. `expected` is the period its file name states; the columns must agree. */
export async function readEpWorkbook(file: string, expected: ProjectionVintage): Promise<EpWorkbook> {
  const workbook = await readWorkbook(file);
  const projectionsSheet = findSheet(workbook, (h) => h.includes("Occupation type") && h.includes(EDUCATION));
  if (!projectionsSheet) {
    throw new ImportError(file, undefined, undefined, `no sheet has the occupational projections with "${EDUCATION}"`);
  }
  const projections = sheetTable(workbook, projectionsSheet, { keyColumn: columnIndex(CODE) });
  const base = findColumn(projections, /^Employment, (\d{4})$/, "Employment, YYYY");
  const years = projections.header.flatMap((column) => /^Employment, (\d{4})$/.exec(column)?.[1] ?? []).map(Number);
  const [baseYear, targetYear] = years;
  if (years.length !== 2 || baseYear === undefined || targetYear === undefined || targetYear !== baseYear + 10) {
    throw new ImportError(projections.file, projections.headerLine, base, `expected two "Employment, YYYY" columns ten years apart`);
  }
  const vintage = `${baseYear}-${String(targetYear).slice(2)}`;
  if (vintage !== expected) {
    throw new ImportError(
      projections.file,
      projections.headerLine,
      base,
      `the file name says ${expected} but the columns are for ${vintage}`,
    );
  }
  const period = `${baseYear}${DASH}(?:${targetYear}|${String(targetYear).slice(2)})`;
  const columns = {
    code: findColumn(projections, CODE, "National Employment Matrix code"),
    title: findColumn(projections, TITLE, "National Employment Matrix title"),
    type: "Occupation type",
    base,
    projected: `Employment, ${targetYear}`,
    changeNumeric: findColumn(projections, new RegExp(`^Employment change, numeric, ${period}$`), "Employment change, numeric"),
    changePercent: findColumn(projections, new RegExp(`^Employment change, percent, ${period}$`), "Employment change, percent"),
    openings: findColumn(projections, new RegExp(`^Occupational openings, ${period} annual average$`), "Occupational openings"),
    wage: findColumn(projections, /^Median annual wage, (?:dollars, )?\d{4}\W*\d*\W*$/, "Median annual wage"),
  };
  const wageYear = Number(/(\d{4})/.exec(columns.wage)?.[1]);
  for (const column of [columns.projected, EXPERIENCE, TRAINING]) {
    if (!projections.header.includes(column))
      throw new ImportError(projections.file, projections.headerLine, column, "required column is missing");
  }

  const lines = new Map<string, WorkbookLine>();
  for (const row of projections.rows) {
    const cells = new CellReader(projections.file, row);
    const code = cells.get(columns.code, socCode);
    const kind = cells.get(columns.type, (cell) => lineKind(cell, code));
    const line: WorkbookLine = {
      file: projections.file,
      line: row.line,
      socCode: code,
      title: cells.get(columns.title, textCell),
      kind,
      employmentBase: cells.get(columns.base, thousands),
      employmentProjected: cells.get(columns.projected, thousands),
      changeNumeric: cells.get(columns.changeNumeric, thousands),
      changePercent: cells.get(columns.changePercent, percent),
      annualOpenings: cells.get(columns.openings, thousands),
      medianWage: cells.get(columns.wage, workbookWageCell),
      entryEducation: cells.get(EDUCATION, categoryOrDash(ENTRY_EDUCATION)) as WorkbookLine["entryEducation"],
      workExperience: cells.get(EXPERIENCE, categoryOrDash(WORK_EXPERIENCE)) as WorkbookLine["workExperience"],
      onTheJobTraining: cells.get(TRAINING, categoryOrDash(undefined)),
    };
    if (
      kind === "detailed" &&
      (line.entryEducation === undefined || line.workExperience === undefined || line.onTheJobTraining === undefined)
    ) {
      cells.fail(EDUCATION, "a detailed line needs its education, experience and training categories");
    }
    if (line.employmentBase < 0 || line.employmentProjected < 0) cells.fail(columns.base, "employment cannot be negative");
    if (line.annualOpenings < 0) cells.fail(columns.openings, "openings cannot be negative");
    const previous = lines.get(code);
    if (previous) cells.fail(columns.code, `${code} already appeared on row ${previous.line}`);
    lines.set(code, line);
  }
  if (lines.size === 0) throw new ImportError(projections.file, undefined, undefined, "the table has no data rows");

  const separationsSheet = findSheet(workbook, (h) => h.some((column) => /^Labor force exits, /.test(column)));
  if (!separationsSheet) throw new ImportError(file, undefined, undefined, 'no sheet has "Labor force exits" (Table 1.10)');
  const separationsTable = sheetTable(workbook, separationsSheet, { keyColumn: columnIndex(CODE) });
  const separationColumns = {
    code: findColumn(separationsTable, CODE, "National Employment Matrix code"),
    base: `Employment, ${baseYear}`,
    projected: `Employment, ${targetYear}`,
    changeNumeric: findColumn(separationsTable, new RegExp(`^Employment change, numeric, ${period}$`), "Employment change, numeric"),
    changePercent: findColumn(separationsTable, new RegExp(`^Employment change, percent, ${period}$`), "Employment change, percent"),
    exits: findColumn(separationsTable, new RegExp(`^Labor force exits, ${period} annual average$`), "Labor force exits"),
    transfers: findColumn(separationsTable, new RegExp(`^Occupational transfers, ${period} annual average$`), "Occupational transfers"),
    openings: findColumn(separationsTable, new RegExp(`^Occupational openings, ${period} annual average$`), "Occupational openings"),
  };
  const separations = new Map<string, WorkbookSeparations>();
  for (const row of separationsTable.rows) {
    const cells = new CellReader(separationsTable.file, row);
    const code = cells.get(separationColumns.code, socCode);
    const entry: WorkbookSeparations = {
      file: separationsTable.file,
      line: row.line,
      socCode: code,
      employmentBase: cells.get(separationColumns.base, thousands),
      employmentProjected: cells.get(separationColumns.projected, thousands),
      changeNumeric: cells.get(separationColumns.changeNumeric, thousands),
      changePercent: cells.get(separationColumns.changePercent, percent),
      annualOpenings: cells.get(separationColumns.openings, thousands),
      laborForceExits: cells.get(separationColumns.exits, thousands),
      occupationalTransfers: cells.get(separationColumns.transfers, thousands),
    };
    if (entry.laborForceExits < 0 || entry.occupationalTransfers < 0) cells.fail(separationColumns.exits, "separations cannot be negative");
    const previous = separations.get(code);
    if (previous) cells.fail(separationColumns.code, `${code} already appeared on row ${previous.line}`);
    separations.set(code, entry);
  }

  const factorsSheet = findSheet(workbook, (h) => h.includes(FACTOR));
  const factors: WorkbookFactor[] = [];
  if (factorsSheet) {
    const occupationCode = /^(\d{4}) National Employment Matrix occupation code$/;
    const factorsTable = sheetTable(workbook, factorsSheet, { keyColumn: columnIndex(occupationCode) });
    const factorColumns = {
      code: findColumn(factorsTable, occupationCode, "National Employment Matrix occupation code"),
      industryTitle: findColumn(factorsTable, /^\d{4} National Employment Matrix industry title$/, "industry title"),
      industryCode: findColumn(factorsTable, /^\d{4} National Employment Matrix industry code$/, "industry code"),
    };
    for (const row of factorsTable.rows) {
      const cells = new CellReader(factorsTable.file, row);
      factors.push({
        file: factorsTable.file,
        line: row.line,
        socCode: cells.get(factorColumns.code, socCode),
        industryTitle: cells.get(factorColumns.industryTitle, textCell),
        industryCode: cells.get(factorColumns.industryCode, (cell) => {
          if (!/^[A-Z0-9]{4,6}(?:-\d)?$/.test(cell.trim()))
            throw new ValueError("expected an industry code such as TE1000, 441100 or 1131-2");
          return cell.trim();
        }),
        factor: cells.get(FACTOR, textCell),
      });
    }
  }

  return {
    file,
    vintage,
    baseYear,
    targetYear,
    wageYear,
    sheets: {
      projections: projectionsSheet.name,
      separations: separationsSheet.name,
      ...(factorsSheet ? { factors: factorsSheet.name } : {}),
    },
    lines,
    separations,
    factors,
  };
}
