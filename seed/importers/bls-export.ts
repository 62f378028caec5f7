/**
 * BLS Employment Projections data-tool exports ("Employment Projections.csv" from
 * https://data.bls.gov/projections/occupationProj): one row per detailed occupation, levels in thousands.
 */
import { ENTRY_EDUCATION, WORK_EXPERIENCE } from "../schema";
import type { ProjectionVintage } from "../../db/schema/enums";
import { ImportError } from "./errors";
import { CellReader, readTable } from "./table";
import {
  blsWageCell,
  oneDecimalPercent,
  oneOf,
  percentCell,
  socCodeCell,
  textCell,
  thousandsToPersons,
  type PublishedWage,
} from "./values";

export interface EpExportRow {
  readonly line: number;
  readonly socCode: string;
  /** The BLS title, without the sample job titles that follow it in the same cell. */
  readonly title: string;
  readonly sampleTitles: readonly string[];
  readonly employmentBase: number;
  readonly employmentProjected: number;
  readonly changeNumeric: number;
  /** As published, with BLS's one decimal, e.g. "25.7" (a re-saved "10" is "10.0"). */
  readonly changePercent: string;
  readonly annualOpenings: number;
  readonly medianWage: PublishedWage;
  readonly entryEducation: (typeof ENTRY_EDUCATION)[number];
  readonly workExperience: (typeof WORK_EXPERIENCE)[number];
  readonly onTheJobTraining: string;
}

export interface EpExport {
  readonly file: string;
  /** Read from the header ("Employment 2024", "Employment 2034" -> "2024-34"), never from a list in code. */
  readonly vintage: ProjectionVintage;
  readonly baseYear: number;
  readonly targetYear: number;
  /** The year of the OEWS wages in the wage column ("Median Annual Wage 2023" -> 2023). */
  readonly wageYear: number;
  readonly columns: EpExportColumns;
  readonly rows: ReadonlyMap<string, EpExportRow>;
}

export interface EpExportColumns {
  readonly title: string;
  readonly code: string;
  readonly employmentBase: string;
  readonly employmentProjected: string;
  readonly changeNumeric: string;
  readonly changePercent: string;
  readonly annualOpenings: string;
  readonly medianWage: string;
  readonly entryEducation: string;
  readonly workExperience: string;
  readonly onTheJobTraining: string;
}

const TITLE = "Occupation Title";
const CODE = "Occupation Code";
const EDUCATION = "Typical Entry-Level Education";
const EXPERIENCE = "Work Experience in a Related Occupation";
const TRAINING = "Typical on-the-job Training";

function findColumn(file: string, header: readonly string[], pattern: RegExp, description: string): [string, RegExpExecArray] {
  for (const column of header) {
    const match = pattern.exec(column);
    if (match) return [column, match];
  }
  throw new ImportError(file, 1, description, `no header column matches ${pattern} (found: ${header.join(" | ")})`);
}

/** Works out the columns (their names carry the years) and the projection period from the header row. */
export function exportColumns(
  file: string,
  header: readonly string[],
): { columns: EpExportColumns; wageYear: number; vintage: ProjectionVintage; baseYear: number; targetYear: number } {
  const employment = header.filter((column) => /^Employment \d{4}$/.test(column));
  const [employmentBase, employmentProjected] = employment;
  if (employment.length !== 2 || employmentBase === undefined || employmentProjected === undefined) {
    throw new ImportError(file, 1, "Employment YYYY", `expected two "Employment YYYY" columns, found ${employment.length}`);
  }
  const baseYear = Number(employmentBase.slice(-4));
  const projectedYear = Number(employmentProjected.slice(-4));
  const vintage = `${baseYear}-${String(projectedYear).slice(2)}`;
  if (projectedYear !== baseYear + 10) {
    throw new ImportError(file, 1, employmentProjected, `expected a ten-year projection period, found ${baseYear}-${projectedYear}`);
  }
  const period = `${baseYear}-${projectedYear}`;
  const [changeNumeric] = findColumn(file, header, new RegExp(`^Employment Change, ${period}$`), "Employment Change");
  const [changePercent] = findColumn(file, header, new RegExp(`^Employment Percent Change, ${period}$`), "Employment Percent Change");
  const [annualOpenings] = findColumn(
    file,
    header,
    new RegExp(`^Occupational Openings, ${period} Annual Average$`),
    "Occupational Openings",
  );
  const [medianWage, wageMatch] = findColumn(file, header, /^Median Annual Wage (\d{4})$/, "Median Annual Wage");
  for (const column of [TITLE, CODE, EDUCATION, EXPERIENCE, TRAINING]) {
    if (!header.includes(column)) throw new ImportError(file, 1, column, "required column is missing from the header");
  }
  return {
    columns: {
      title: TITLE,
      code: CODE,
      employmentBase,
      employmentProjected,
      changeNumeric,
      changePercent,
      annualOpenings,
      medianWage,
      entryEducation: EDUCATION,
      workExperience: EXPERIENCE,
      onTheJobTraining: TRAINING,
    },
    wageYear: Number(wageMatch[1]),
    vintage,
    baseYear,
    targetYear: projectedYear,
  };
}

/** "Software developers    * Application Integration Engineer* Applications Developer" */
function splitTitleCell(cell: string): { title: string; sampleTitles: string[] } {
  const [title = "", ...samples] = cell.split("*");
  return {
    title: textCell(title),
    sampleTitles: samples.map((sample) => sample.trim()).filter((sample) => sample !== ""),
  };
}

/** Reads and checks every row of one export (all 832 detailed occupations). The period comes from its header. */
export function readEpExport(file: string): EpExport {
  const table = readTable(file, { delimiter: "," });
  const { columns, wageYear, vintage, baseYear, targetYear } = exportColumns(file, table.header);
  const rows = new Map<string, EpExportRow>();
  for (const row of table.rows) {
    const cells = new CellReader(file, row);
    const socCode = cells.get(columns.code, socCodeCell);
    const { title, sampleTitles } = cells.get(columns.title, splitTitleCell);
    const parsed: EpExportRow = {
      line: row.line,
      socCode,
      title,
      sampleTitles,
      employmentBase: cells.get(columns.employmentBase, thousandsToPersons),
      employmentProjected: cells.get(columns.employmentProjected, thousandsToPersons),
      changeNumeric: cells.get(columns.changeNumeric, thousandsToPersons),
      changePercent: cells.get(columns.changePercent, (cell) => oneDecimalPercent(percentCell(cell))),
      annualOpenings: cells.get(columns.annualOpenings, thousandsToPersons),
      medianWage: cells.get(columns.medianWage, blsWageCell),
      entryEducation: cells.get(columns.entryEducation, oneOf(ENTRY_EDUCATION)),
      workExperience: cells.get(columns.workExperience, oneOf(WORK_EXPERIENCE)),
      onTheJobTraining: cells.get(columns.onTheJobTraining, textCell),
    };
    if (parsed.employmentBase < 0) cells.fail(columns.employmentBase, "employment cannot be negative");
    if (parsed.employmentProjected < 0) cells.fail(columns.employmentProjected, "employment cannot be negative");
    if (parsed.annualOpenings < 0) cells.fail(columns.annualOpenings, "openings cannot be negative");
    const previous = rows.get(socCode);
    if (previous) cells.fail(columns.code, `SOC code ${socCode} already appeared on line ${previous.line}`);
    rows.set(socCode, parsed);
  }
  if (rows.size === 0) throw new ImportError(file, undefined, undefined, "the export has no data rows");
  return { file, vintage, baseYear, targetYear, wageYear, columns, rows };
}
