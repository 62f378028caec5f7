/**
 * The project's curated BLS extract (`reference/bls-tech-occupations.csv`): the authority for employment,
 * percent change, wage, wage year and education of every projection row. Its free-text notes also carry
 * figures that some rows publish (annual openings, employment change) and cross-checks for the others.
 */
import { ENTRY_EDUCATION } from "../schema";
import { PROJECTION_VINTAGE_PATTERN, type ProjectionVintage } from "../../db/schema/enums";
import { ImportError, ValueError } from "./errors";
import { CellReader, readTable } from "./table";
import { groupedInteger, oneOf, percentCell, plainInteger, textCell } from "./values";

export interface ReferenceRow {
  readonly file: string;
  readonly line: number;
  readonly socCode: string;
  readonly title: string;
  readonly vintage: ProjectionVintage;
  /** Persons, written as in the reference. */
  readonly employmentBase: string;
  readonly employmentProjected: string;
  /** Written as in the reference ("25.7", or OOH's whole "25"). */
  readonly changePercent: string;
  /** "" where the source gave none. */
  readonly medianWage: string;
  readonly wageYear: string;
  readonly entryEducation: string;
  readonly notes: string;
  /** Rows the reference computed itself from two detailed lines. */
  readonly derived: boolean;
  readonly published: PublishedInNotes;
}

/** Figures and categories the reference's notes state for a row. */
export interface PublishedInNotes {
  readonly annualOpenings?: number;
  readonly changeNumeric?: number;
  readonly workExperience?: string;
  readonly onTheJobTraining?: string;
  /** "the later data.bls.gov export ... shows May 2023 median wage $132,270" */
  readonly otherWage?: { readonly year: number; readonly dollars: number };
}

export const REFERENCE_COLUMNS = [
  "soc_code",
  "title",
  "projection_period",
  "employment_base",
  "employment_projected",
  "change_percent",
  "median_annual_wage",
  "wage_year",
  "typical_entry_education",
  "source_url_or_repo",
  "notes",
] as const;

function socCodeOrGroup(cell: string): string {
  if (!/^\d{2}-\d{4}(?:\+\d{2}-\d{4})*$/.test(cell))
    throw new ValueError("expected a SOC code such as 15-1252 or a group such as 15-1254+15-1255");
  return cell;
}

function optional<T>(parseValue: (cell: string) => T): (cell: string) => T | "" {
  return (cell) => (cell === "" ? "" : parseValue(cell));
}

/** Reads the figures a note states. Each pattern may match once; a second, different figure is an error. */
export function figuresInNotes(notes: string): PublishedInNotes {
  const single = (patterns: RegExp[], what: string): string | undefined => {
    const found = new Set<string>();
    for (const pattern of patterns) {
      for (const match of notes.matchAll(pattern)) if (match[1] !== undefined) found.add(match[1]);
    }
    if (found.size > 1) throw new ValueError(`notes give ${what} more than once (${[...found].join(", ")})`);
    return [...found][0];
  };
  const openings = single([/annual openings ([\d,]*\d)/g, /([\d,]*\d) openings\/yr/g], "annual openings");
  const change = single([/\bchange ([\d,]*\d)/g], "an employment change");
  const experience = single([/work experience: ([^;]+)/g], "work experience");
  const training = single([/OJT: ([^;]+)/g], "on-the-job training");
  const otherWage = /shows May (\d{4}) median wage \$([\d,]*\d)/.exec(notes);
  return {
    ...(openings === undefined ? {} : { annualOpenings: groupedInteger(openings) }),
    ...(change === undefined ? {} : { changeNumeric: groupedInteger(change) }),
    ...(experience === undefined ? {} : { workExperience: experience.trim() }),
    ...(training === undefined ? {} : { onTheJobTraining: training.trim() }),
    ...(otherWage === null ? {} : { otherWage: { year: Number(otherWage[1]), dollars: groupedInteger(otherWage[2] ?? "") } }),
  };
}

export function readReference(file: string): ReferenceRow[] {
  const table = readTable(file, { delimiter: ",", requiredColumns: REFERENCE_COLUMNS });
  const rows: ReferenceRow[] = [];
  const seen = new Map<string, number>();
  for (const row of table.rows) {
    const cells = new CellReader(file, row);
    const socCode = cells.get("soc_code", socCodeOrGroup);
    const vintage = cells.get("projection_period", (cell) => {
      if (!PROJECTION_VINTAGE_PATTERN.test(cell)) throw new ValueError("expected a projection period such as 2024-34");
      return cell;
    });
    const title = cells.get("title", textCell);
    const medianWage = cells.get("median_annual_wage", optional(plainInteger));
    const wageYear = cells.get(
      "wage_year",
      optional((cell) => {
        if (!/^\d{4}$/.test(cell)) throw new ValueError("expected a year such as 2024");
        return cell;
      }),
    );
    if ((medianWage === "") !== (wageYear === "")) {
      cells.fail("wage_year", "a median wage needs its wage year, and a wage year needs a wage");
    }
    const notes = cells.raw("notes").trim();
    const key = `${socCode}|${vintage}`;
    const previous = seen.get(key);
    if (previous !== undefined) cells.fail("soc_code", `${socCode} ${vintage} already appeared on line ${previous}`);
    seen.set(key, row.line);
    rows.push({
      file,
      line: row.line,
      socCode,
      title,
      vintage,
      employmentBase: cells.get("employment_base", plainInteger),
      employmentProjected: cells.get("employment_projected", plainInteger),
      changePercent: cells.get("change_percent", percentCell),
      medianWage,
      wageYear,
      entryEducation: cells.get("typical_entry_education", optional(oneOf(ENTRY_EDUCATION))),
      notes,
      derived: /\bDERIVED\b/.test(title) || /^DERIVED\b/.test(notes),
      published: cells.get("notes", figuresInNotes),
    });
  }
  if (rows.length === 0) throw new ImportError(file, undefined, undefined, "the reference has no data rows");
  return rows;
}
