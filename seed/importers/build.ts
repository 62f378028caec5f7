/**
 * Builds the generated seed files from the publishers' files: every BLS line of every projection period (exports and
 * workbooks), OEWS percentiles, every O*NET occupation with its detail and titles, both AI evidence sets. Everything
 * is read and checked before anything is returned, so a bad row anywhere means no file is written.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { z } from "zod";
import { parse as parseYaml, LineCounter, parseDocument, isSeq, type Node as YamlNode } from "yaml";
import type { ProjectionVintage } from "../../db/schema/enums";
import {
  aiApplicabilityRow,
  aiExposureRow,
  crosswalkRow,
  occupationFactorRow,
  occupationRow,
  occupationTitleRow,
  onetEducationLevelRow,
  onetEmergingTaskRow,
  onetInterestRow,
  onetInterestAreaRow,
  onetInterestExampleRow,
  onetOccupationRow,
  onetRelatedRow,
  onetTaskRow,
  onetTechnologyRow,
  payPercentileRow,
  periodRow,
  projectionRow,
  sourceRow,
  wageRow,
  type CrosswalkRow,
  projectionNoteRow,
  type SourceRow,
} from "../schema";
import { readApplicabilityScores } from "./ai";
import { readEpExport, type EpExport, type EpExportRow } from "./bls-export";
import { readEpWorkbook, type EpWorkbook, type WorkbookLine } from "./bls-workbook";
import { discoverPublisherFiles, ONET_FILES, type PublisherFiles } from "./discover";
import { ImportError } from "./errors";
import {
  EXPOSURE_COLUMNS,
  readExposureScores,
  readOnetAlternateTitles,
  readOnetEducationLevels,
  readOnetEmergingTasks,
  readOnetInterests,
  readOnetInterestAreas,
  readOnetInterestExamples,
  readOnetJobZones,
  readOnetOccupations,
  readOnetRelated,
  readOnetReportedTitles,
  readOnetTasks,
  readOnetTechnologySkills,
  type ExposureMeasure,
  type ExposureRater,
} from "./onet";
import { PERCENTILES, readOews, readOewsTopCodes, type OewsWage } from "./oews";
import { csvFile, yamlFile, type GeneratedFile } from "./output";
import { readReference, type ReferenceRow } from "./reference";
import { sameDecimal, type PublishedWage } from "./values";

export type Logger = (line: string) => void;
export const stderrLogger: Logger = (line) => {
  process.stderr.write(`${line}\n`);
};

export const OUTPUT_FILES = {
  sourcesGenerated: "sources-generated.yaml",
  periods: "projection-periods.csv",
  occupations: "occupations.csv",
  onetOccupations: "onet-occupations.csv",
  projections: "projections.csv",
  wages: "wages.csv",
  factors: "occupation-factors.csv",
  payPercentiles: "pay-percentiles.csv",
  titles: "occupation-titles.csv",
  onetTasks: "onet-tasks.csv",
  onetEmergingTasks: "onet-emerging-tasks.csv",
  onetTechnology: "onet-technology.csv",
  onetRelated: "onet-related-occupations.csv",
  onetInterests: "onet-interests.csv",
  onetInterestAreas: "onet-interest-areas.csv",
  onetInterestExamples: "onet-interest-examples.csv",
  onetEducation: "onet-education-levels.csv",
  aiExposure: "ai-exposure.csv",
  aiApplicability: "ai-applicability.csv",
} as const;

/** Hand-made seed files the importer reads (from the output directory) besides the publishers' files. */
export const CURATED_INPUTS = {
  sources: "sources.yaml",
  crosswalk: "onet-bls-crosswalk.yaml",
  projectionNotes: "projection-notes.yaml",
} as const;

const ONET_ATTRIBUTION =
  "This page includes information from O*NET OnLine by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license.";
const BLS_EP_CREDIT = "Source: U.S. Bureau of Labor Statistics, Employment Projections program (public domain).";
const REGENERATE = "Regenerate with: npm run import -- --from ../shared/data (never edit by hand).";
const EXPOSURE_SOURCE = "eloundou-2023-gpts-are-gpts";
const APPLICABILITY_SOURCE = "tomlinson-2025-working-with-ai";

/** Source ids of publisher files follow one pattern each, so a new period or release maps to an id without code. */
export const sourceIds = {
  workbook: (vintage: string) => `bls-ep-${vintage}`,
  export: (vintage: string) => `bls-ep-${vintage}-tool`,
  factors: (vintage: string) => `bls-ep-${vintage}-table-1-12`,
  oews: (year: number) => `bls-oews-${year}`,
  onet: (release: string) => `onet-${release.replace(".", "-")}`,
};

const OCCUPATION_NOTES: Record<string, string> = {
  "00-0000": "Every occupation in the U.S. economy; the benchmark for comparing growth rates.",
  "15-1252+15-1253":
    "Occupational Outlook Handbook profile that combines software developers (15-1252) with software quality assurance analysts and testers (15-1253).",
  "15-1254+15-1255":
    "Occupational Outlook Handbook profile that combines web developers (15-1254) with web and digital interface designers (15-1255); its projections here are sums of the two detailed lines.",
  "15-1299": "A catch-all line: BLS projects only the line as a whole; O*NET files several specialties under it (15-1299.01 to .09).",
};

type CsvRecord = Record<string, string>;
type LineKind = "total" | "summary" | "detailed" | "group";

interface Period {
  readonly vintage: ProjectionVintage;
  readonly baseYear: number;
  readonly targetYear: number;
  readonly exported?: EpExport;
  readonly workbook?: EpWorkbook;
}

interface Line {
  readonly socCode: string;
  readonly kind: LineKind;
  readonly title: string;
  readonly source: string;
  readonly file: string;
}

const compare = (left: string, right: string): number => (left < right ? -1 : left > right ? 1 : 0);
const cell = (value: number | string | undefined): string => (value === undefined ? "" : String(value));

function wageCells(wage: PublishedWage, wageYear: number): { median_annual_wage: string; wage_year: string; note?: string } {
  if (wage.kind === "exact") return { median_annual_wage: String(wage.dollars), wage_year: String(wageYear) };
  if (wage.kind === "at_least") {
    return {
      median_annual_wage: "",
      wage_year: "",
      note: `BLS publishes the May ${wageYear} median wage only as at least $${wage.dollars.toLocaleString("en-US")}, so no figure is stored.`,
    };
  }
  return { median_annual_wage: "", wage_year: "" };
}

function mismatch(file: string, line: number, field: string, ours: unknown, otherFile: string, otherLine: number, theirs: unknown): never {
  throw new ImportError(
    file,
    line,
    field,
    `${JSON.stringify(ours)} here, but ${otherFile} line ${otherLine} says ${JSON.stringify(theirs)}`,
  );
}

/** Where a workbook and an export give a figure for the same line and period, the two must be equal. */
function crossCheckExport(period: Period, workbookLine: WorkbookLine, row: EpExportRow): void {
  const exported = period.exported!;
  const workbook = period.workbook!;
  const check = (field: string, ours: unknown, theirs: unknown, column: string) => {
    if (ours !== theirs) mismatch(exported.file, row.line, column, theirs, workbookLine.file, workbookLine.line, ours);
    return field;
  };
  const { columns } = exported;
  check("title", workbookLine.title, row.title, columns.title);
  check("kind", workbookLine.kind, "detailed", columns.code);
  check("employment_base", workbookLine.employmentBase, row.employmentBase, columns.employmentBase);
  check("employment_projected", workbookLine.employmentProjected, row.employmentProjected, columns.employmentProjected);
  check("change_numeric", workbookLine.changeNumeric, row.changeNumeric, columns.changeNumeric);
  check("change_percent", workbookLine.changePercent, row.changePercent, columns.changePercent);
  check("annual_openings", workbookLine.annualOpenings, row.annualOpenings, columns.annualOpenings);
  check("entry_education", workbookLine.entryEducation, row.entryEducation, columns.entryEducation);
  check("work_experience", workbookLine.workExperience, row.workExperience, columns.workExperience);
  check("on_the_job_training", workbookLine.onTheJobTraining, row.onTheJobTraining, columns.onTheJobTraining);
  if (exported.wageYear === workbook.wageYear) {
    check("median_annual_wage", JSON.stringify(workbookLine.medianWage), JSON.stringify(row.medianWage), columns.medianWage);
  }
}

interface Built {
  readonly projections: CsvRecord[];
  readonly wages: CsvRecord[];
  readonly lines: Map<string, Line>;
}

/** Projections and other wages of every line in every period, checked against each other and the reference. */
function buildProjections(periods: readonly Period[], reference: readonly ReferenceRow[], notes: ProjectionNotes): Built {
  const records = new Map<string, CsvRecord>();
  const wages: CsvRecord[] = [];
  const lines = new Map<string, Line>();
  const noteLine = (line: Line, vintage: string) => {
    const previous = lines.get(line.socCode);
    if (previous && previous.kind !== line.kind) {
      throw new ImportError(
        line.file,
        undefined,
        "Occupation type",
        `${line.socCode} is a ${line.kind} line in ${vintage} but a ${previous.kind} line in ${previous.file}`,
      );
    }
    lines.set(line.socCode, line); // periods come oldest first: the newest title and source win
  };

  for (const period of periods) {
    const { vintage, workbook, exported } = period;
    if (workbook) {
      const source = sourceIds.workbook(vintage);
      for (const line of workbook.lines.values()) {
        const separations = workbook.separations.get(line.socCode);
        if (!separations)
          throw new ImportError(line.file, line.line, "code", `${line.socCode} has no row in ${workbook.sheets.separations}`);
        for (const field of ["employmentBase", "employmentProjected", "changeNumeric", "changePercent", "annualOpenings"] as const) {
          if (separations[field] !== line[field])
            mismatch(separations.file, separations.line, field, separations[field], line.file, line.line, line[field]);
        }
        const wage = wageCells(line.medianWage, workbook.wageYear);
        const key = `${line.socCode}|${vintage}`;
        const note = [notes.rowNote(key), wage.note].filter(Boolean).join(" ");
        records.set(key, {
          soc_code: line.socCode,
          vintage,
          employment_base: String(line.employmentBase),
          employment_projected: String(line.employmentProjected),
          change_numeric: String(line.changeNumeric),
          change_percent: line.changePercent,
          annual_openings: String(line.annualOpenings),
          median_annual_wage: wage.median_annual_wage,
          wage_year: wage.wage_year,
          labor_force_exits: String(separations.laborForceExits),
          occupational_transfers: String(separations.occupationalTransfers),
          entry_education: cell(line.entryEducation),
          work_experience: cell(line.workExperience),
          on_the_job_training: cell(line.onTheJobTraining),
          derived: "no",
          source,
          note,
        });
        noteLine({ socCode: line.socCode, kind: line.kind, title: line.title, source, file: line.file }, vintage);
      }
      for (const code of workbook.separations.keys()) {
        if (!workbook.lines.has(code)) {
          const extra = workbook.separations.get(code)!;
          throw new ImportError(extra.file, extra.line, "code", `${code} is not a line of ${workbook.sheets.projections}`);
        }
      }
    }
    if (exported) {
      const source = sourceIds.export(vintage);
      for (const row of exported.rows.values()) {
        const key = `${row.socCode}|${vintage}`;
        if (workbook) {
          const line = workbook.lines.get(row.socCode);
          if (!line)
            throw new ImportError(exported.file, row.line, exported.columns.code, `${row.socCode} is not a line of ${workbook.file}`);
          crossCheckExport(period, line, row);
          if (exported.wageYear !== workbook.wageYear && row.medianWage.kind === "exact") {
            wages.push({
              soc_code: row.socCode,
              wage_year: String(exported.wageYear),
              median_annual_wage: String(row.medianWage.dollars),
              source,
              note: `May ${exported.wageYear} median shown by the ${vintage} data-tool export; the ${vintage} workbook's May ${workbook.wageYear} median is in projections.csv.`,
            });
          }
          continue;
        }
        const wage = wageCells(row.medianWage, exported.wageYear);
        records.set(key, {
          soc_code: row.socCode,
          vintage,
          employment_base: String(row.employmentBase),
          employment_projected: String(row.employmentProjected),
          change_numeric: String(row.changeNumeric),
          change_percent: row.changePercent,
          annual_openings: String(row.annualOpenings),
          median_annual_wage: wage.median_annual_wage,
          wage_year: wage.wage_year,
          labor_force_exits: "",
          occupational_transfers: "",
          entry_education: row.entryEducation,
          work_experience: row.workExperience,
          on_the_job_training: row.onTheJobTraining,
          derived: "no",
          source,
          note: [notes.rowNote(key), wage.note].filter(Boolean).join(" "),
        });
        noteLine({ socCode: row.socCode, kind: "detailed", title: row.title, source, file: exported.file }, vintage);
      }
      if (workbook) {
        for (const line of workbook.lines.values()) {
          if (line.kind === "detailed" && !exported.rows.has(line.socCode)) {
            throw new ImportError(line.file, line.line, "code", `the detailed line ${line.socCode} is missing from ${exported.file}`);
          }
        }
      }
    }
  }

  // The curated reference extract: where a publisher file has the row, every figure must agree; else it adds it.
  const used = new Set<string>();
  const wageOf = new Map(wages.map((w) => [`${w.soc_code}|${w.wage_year}`, Number(w.median_annual_wage)]));
  for (const row of reference) {
    const key = `${row.socCode}|${row.vintage}`;
    const record = records.get(key);
    if (record) {
      crossCheckReference(row, record, lines.get(row.socCode)!, wageOf);
      continue;
    }
    const special = notes.referenceOnly.get(key);
    if (!special) {
      throw new ImportError(
        row.file,
        row.line,
        "soc_code",
        `no publisher file here has ${key}: give its source and note as a reference_only entry of ${notes.file}`,
      );
    }
    used.add(key);
    if (row.socCode.includes("+")) checkGroupSums(row, records);
    records.set(key, {
      soc_code: row.socCode,
      vintage: row.vintage,
      employment_base: row.employmentBase,
      employment_projected: row.employmentProjected,
      change_numeric: cell(row.published.changeNumeric),
      change_percent: row.changePercent,
      annual_openings: cell(row.published.annualOpenings),
      median_annual_wage: row.medianWage,
      wage_year: row.wageYear,
      labor_force_exits: "",
      occupational_transfers: "",
      entry_education: row.entryEducation,
      work_experience: row.published.workExperience ?? "",
      on_the_job_training: row.published.onTheJobTraining ?? "",
      derived: row.derived ? "yes" : "no",
      source: special.source,
      note: special.note,
    });
    if (row.socCode.includes("+")) {
      const source = notes.groupSources.get(row.socCode)?.source;
      if (source === undefined)
        throw new ImportError(
          row.file,
          row.line,
          "soc_code",
          `no source is set for the group ${row.socCode}: add a group_source entry to ${notes.file}`,
        );
      lines.set(row.socCode, { socCode: row.socCode, kind: "group", title: plainTitle(row.title), source, file: row.file });
    } else if (!lines.has(row.socCode)) {
      throw new ImportError(row.file, row.line, "soc_code", `${row.socCode} is in no publisher file, so it has no BLS title`);
    }
  }
  for (const [key, entry] of notes.referenceOnly) {
    if (!used.has(key))
      throw new ImportError(
        notes.file,
        entry.line,
        "soc_code",
        `not needed: the reference has no row ${key} that the publishers' files lack`,
      );
  }
  for (const [key, entry] of notes.rowNotes) {
    if (!records.has(key)) throw new ImportError(notes.file, entry.line, "soc_code", `not needed: no projection row ${key}`);
  }
  for (const [socCode, entry] of notes.groupSources) {
    if (!lines.has(socCode)) throw new ImportError(notes.file, entry.line, "soc_code", `not needed: no group line ${socCode}`);
  }

  const projections = [...records.values()].sort(
    (a, b) => compare(a.soc_code ?? "", b.soc_code ?? "") || compare(a.vintage ?? "", b.vintage ?? ""),
  );
  wages.sort((a, b) => compare(a.soc_code ?? "", b.soc_code ?? "") || compare(a.wage_year ?? "", b.wage_year ?? ""));
  return { projections, wages, lines };
}

/** The reference writes "... (OOH group) - DERIVED" or "(summary group)"; the occupation title is the BLS title alone. */
function plainTitle(referenceTitle: string): string {
  return referenceTitle.replace(/\s+-\s+DERIVED$/, "").replace(/\s+\((?:OOH group|summary group)\)$/, "");
}

function crossCheckReference(row: ReferenceRow, record: CsvRecord, line: Line, otherWages: ReadonlyMap<string, number>): void {
  const fail = (field: string, theirs: unknown, ours: unknown): never => {
    throw new ImportError(
      row.file,
      row.line,
      field,
      `the reference says ${JSON.stringify(theirs)} but ${line.file} gives ${JSON.stringify(ours)}`,
    );
  };
  if (plainTitle(row.title) !== line.title) fail("title", plainTitle(row.title), line.title);
  if (row.derived) fail("notes", "DERIVED", "a published BLS line");
  if (row.employmentBase !== record.employment_base) fail("employment_base", row.employmentBase, record.employment_base);
  if (row.employmentProjected !== record.employment_projected)
    fail("employment_projected", row.employmentProjected, record.employment_projected);
  if (!sameDecimal(row.changePercent, record.change_percent ?? "")) fail("change_percent", row.changePercent, record.change_percent);
  if (row.medianWage !== record.median_annual_wage || row.wageYear !== record.wage_year) {
    fail("median_annual_wage", `${row.medianWage} (${row.wageYear})`, `${record.median_annual_wage} (${record.wage_year})`);
  }
  if (row.entryEducation !== "" && row.entryEducation !== record.entry_education)
    fail("typical_entry_education", row.entryEducation, record.entry_education);
  const { published } = row;
  if (published.annualOpenings !== undefined && String(published.annualOpenings) !== record.annual_openings) {
    fail("notes", `annual openings ${published.annualOpenings}`, record.annual_openings);
  }
  if (published.changeNumeric !== undefined && String(published.changeNumeric) !== record.change_numeric) {
    fail("notes", `change ${published.changeNumeric}`, record.change_numeric);
  }
  if (published.workExperience !== undefined && published.workExperience !== record.work_experience) {
    fail("notes", `work experience: ${published.workExperience}`, record.work_experience);
  }
  if (published.onTheJobTraining !== undefined && published.onTheJobTraining !== record.on_the_job_training) {
    fail("notes", `OJT: ${published.onTheJobTraining}`, record.on_the_job_training);
  }
  if (published.otherWage) {
    const other = otherWages.get(`${row.socCode}|${published.otherWage.year}`);
    if (other !== published.otherWage.dollars) fail("notes", `May ${published.otherWage.year} wage ${published.otherWage.dollars}`, other);
  }
}

/** Group rows must be the sums the reference says they are. */
function checkGroupSums(row: ReferenceRow, records: ReadonlyMap<string, CsvRecord>): void {
  const members = row.socCode.split("+").map((code) => {
    const member = records.get(`${code}|${row.vintage}`);
    if (!member) throw new ImportError(row.file, row.line, "soc_code", `group member ${code} has no ${row.vintage} row`);
    return member;
  });
  for (const [field, column] of [
    ["employmentBase", "employment_base"],
    ["employmentProjected", "employment_projected"],
  ] as const) {
    const sum = members.reduce((total, member) => total + Number(member[column]), 0);
    if (sum !== Number(row[field])) {
      throw new ImportError(row.file, row.line, column, `group value ${row[field]} is not the sum of its detailed lines (${sum})`);
    }
  }
}

/** A hand-made YAML list, each entry checked with its zod schema and given its line. */
function readCuratedList<T>(file: string, schema: z.ZodType<T>): (T & { line: number })[] {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    throw new ImportError(file, undefined, undefined, "file is missing or unreadable");
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  if (doc.errors.length > 0)
    throw new ImportError(file, lineCounter.linePos(doc.errors[0]!.pos[0]).line, undefined, doc.errors[0]!.message);
  if (!isSeq(doc.contents)) throw new ImportError(file, undefined, undefined, "must be a YAML list");
  return doc.contents.items.map((item) => {
    const node = item as YamlNode;
    const line = lineCounter.linePos(node.range?.[0] ?? 0).line;
    const result = schema.safeParse(node.toJSON());
    if (!result.success) {
      const issue = result.error.issues[0]!;
      throw new ImportError(file, line, issue.path.join(".") || undefined, issue.message);
    }
    return { ...result.data, line };
  });
}

/** Reads onet-bls-crosswalk.yaml (hand-made). */
function readCrosswalk(file: string): Map<string, CrosswalkRow & { line: number }> {
  const entries = new Map<string, CrosswalkRow & { line: number }>();
  for (const entry of readCuratedList(file, crosswalkRow)) {
    if (entries.has(entry.onet_code)) throw new ImportError(file, entry.line, "onet_code", `${entry.onet_code} is listed twice`);
    entries.set(entry.onet_code, entry);
  }
  return entries;
}

/** What projection-notes.yaml says, by "soc_code|vintage" (rows) and by group line; each entry with its line. */
interface ProjectionNotes {
  file: string;
  referenceOnly: Map<string, { source: string; note: string; line: number }>;
  rowNotes: Map<string, { note: string; line: number }>;
  groupSources: Map<string, { source: string; line: number }>;
  rowNote(key: string): string | undefined;
}

/** Reads projection-notes.yaml (hand-made): a key given twice is refused, naming its line. */
function readProjectionNotes(file: string): ProjectionNotes {
  const notes: ProjectionNotes = {
    file,
    referenceOnly: new Map(),
    rowNotes: new Map(),
    groupSources: new Map(),
    rowNote: (key) => notes.rowNotes.get(key)?.note,
  };
  const once = <V>(map: Map<string, V>, key: string, value: V, line: number) => {
    if (map.has(key)) throw new ImportError(file, line, "soc_code", `${key} is listed twice`);
    map.set(key, value);
  };
  for (const entry of readCuratedList(file, projectionNoteRow)) {
    if (entry.kind === "group_source") once(notes.groupSources, entry.soc_code, { source: entry.source, line: entry.line }, entry.line);
    else if (entry.kind === "row_note")
      once(notes.rowNotes, `${entry.soc_code}|${entry.vintage}`, { note: entry.note, line: entry.line }, entry.line);
    else
      once(
        notes.referenceOnly,
        `${entry.soc_code}|${entry.vintage}`,
        { source: entry.source, note: entry.note, line: entry.line },
        entry.line,
      );
  }
  return notes;
}

function readSourceIds(file: string): Set<string> {
  let parsed: unknown;
  try {
    parsed = parseYaml(readFileSync(file, "utf8"));
  } catch (error) {
    throw new ImportError(file, undefined, undefined, `cannot read the sources (${(error as Error).message})`);
  }
  if (!Array.isArray(parsed)) throw new ImportError(file, undefined, undefined, "must be a YAML list");
  return new Set(parsed.map((entry) => String((entry as { id?: unknown }).id)));
}

/** Entries for publisher files sources.yaml does not describe yet: a new period loads without a hand edit. */
function generatedSources(known: ReadonlySet<string>, files: PublisherFiles, periods: readonly Period[]): SourceRow[] {
  const generated: SourceRow[] = [];
  const provenance = (relative: string) =>
    `file ${relative} of the shared data directory; where it was copied from is not recorded yet: describe it in sources.yaml, which replaces this entry`;
  const publicDomain = { license: "Public domain (U.S. government work)" };
  const add = (source: SourceRow) => {
    if (!known.has(source.id)) generated.push(source);
  };
  for (const period of periods) {
    if (period.workbook) {
      add({
        id: sourceIds.workbook(period.vintage),
        kind: "official_statistics",
        publisher: "U.S. Bureau of Labor Statistics, Employment Projections program",
        title: `Employment Projections ${period.vintage}, occupation.xlsx (${period.workbook.sheets.projections} Occupational projections and worker characteristics; ${period.workbook.sheets.separations} Occupational separations and openings)`,
        vintage: period.vintage,
        url: "https://www.bls.gov/emp/tables.htm",
        accessed_via: provenance(files.periods.find((p) => p.vintage === period.vintage)?.workbook ?? ""),
        ...publicDomain,
        attribution: "Source: U.S. Bureau of Labor Statistics, Employment Projections program",
        note: `Median wages are May ${period.workbook.wageYear} OEWS figures. Generated by the importer.`,
      });
      if (period.workbook.factors.length > 0) {
        add({
          id: sourceIds.factors(period.vintage),
          kind: "official_statistics",
          publisher: "U.S. Bureau of Labor Statistics, Employment Projections program",
          title: `Employment Projections ${period.vintage}, occupation.xlsx ${period.workbook.sheets.factors ?? ""} (factors affecting occupational utilization)`,
          vintage: period.vintage,
          url: "https://www.bls.gov/emp/tables.htm",
          accessed_via: provenance(files.periods.find((p) => p.vintage === period.vintage)?.workbook ?? ""),
          ...publicDomain,
          attribution: "Source: U.S. Bureau of Labor Statistics, Employment Projections program",
          note: "Generated by the importer.",
        });
      }
    }
    if (period.exported) {
      add({
        id: sourceIds.export(period.vintage),
        kind: "official_statistics",
        publisher: "U.S. Bureau of Labor Statistics, Employment Projections program",
        title: `Occupational projections data tool export, ${period.vintage} (data.bls.gov/projections/occupationProj)`,
        vintage: period.vintage,
        url: "https://data.bls.gov/projections/occupationProj",
        accessed_via: provenance(files.periods.find((p) => p.vintage === period.vintage)?.export ?? ""),
        ...publicDomain,
        attribution: "Source: U.S. Bureau of Labor Statistics, Employment Projections program",
        note: `Median wages are May ${period.exported.wageYear} OEWS figures. Generated by the importer.`,
      });
    }
  }
  add({
    id: sourceIds.oews(files.oews.year),
    kind: "official_statistics",
    publisher: "U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics",
    title: `OEWS May ${files.oews.year} national cross-industry estimates`,
    vintage: `May ${files.oews.year}`,
    url: "https://www.bls.gov/oes/tables.htm",
    accessed_via: provenance(files.oews.tsv),
    ...publicDomain,
    attribution: `Source: U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, May ${files.oews.year}`,
    note: "Generated by the importer.",
  });
  add({
    id: sourceIds.onet(files.onet.release),
    kind: "occupational_database",
    publisher: "National Center for O*NET Development, for USDOL/ETA",
    title: `O*NET ${files.onet.release} Database`,
    vintage: files.onet.release,
    url: "https://www.onetcenter.org/database.html",
    accessed_via: provenance(files.onet.dir),
    license: "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)",
    attribution: ONET_ATTRIBUTION,
    note: "Generated by the importer.",
  });
  for (const id of [EXPOSURE_SOURCE, APPLICABILITY_SOURCE]) {
    if (!known.has(id))
      throw new ImportError(CURATED_INPUTS.sources, undefined, "id", `the source ${id} must be described in sources.yaml`);
  }
  return generated;
}

function oewsCell(wage: OewsWage): string {
  return wage.kind === "figure" ? wage.text : "";
}

/** Reads every publisher file, checks it, and returns the generated files (nothing is written here). */
export async function buildSeedFiles(options: { from: string; curated: string; log?: Logger }): Promise<GeneratedFile[]> {
  const log = options.log ?? stderrLogger;
  const started = performance.now();
  const path = (relative: string) => join(options.from, relative);
  const progress = (what: string) => log(`[${((performance.now() - started) / 1000).toFixed(1).padStart(5)} s] ${what}`);
  const files = discoverPublisherFiles(options.from);
  progress(
    `found ${files.periods.length} projection periods (${files.periods.map((p) => `${p.vintage}: ${[p.export && "export", p.workbook && "workbook"].filter(Boolean).join(" + ")}`).join("; ")}), OEWS May ${files.oews.year}, O*NET ${files.onet.release}`,
  );

  const periods: Period[] = [];
  for (const entry of files.periods) {
    const exported = entry.export ? readEpExport(path(entry.export)) : undefined;
    if (exported && exported.vintage !== entry.vintage) {
      throw new ImportError(
        exported.file,
        1,
        exported.columns.employmentBase,
        `the file name says ${entry.vintage} but the columns are for ${exported.vintage}`,
      );
    }
    if (exported) progress(`read ${entry.export}: ${exported.rows.size} lines (${exported.vintage}, wages May ${exported.wageYear})`);
    const workbook = entry.workbook ? await readEpWorkbook(path(entry.workbook), entry.vintage) : undefined;
    if (workbook) {
      progress(
        `read ${entry.workbook}: ${workbook.lines.size} lines in ${workbook.sheets.projections}, ${workbook.separations.size} in ${workbook.sheets.separations}, ${workbook.factors.length} factors${workbook.sheets.factors ? ` in ${workbook.sheets.factors}` : ""} (wages May ${workbook.wageYear})`,
      );
    }
    const baseYear = Number(entry.vintage.slice(0, 4));
    periods.push({ vintage: entry.vintage, baseYear, targetYear: baseYear + 10, exported, workbook });
  }
  const reference = readReference(path(files.reference));
  progress(`read ${files.reference}: ${reference.length} rows`);

  const { projections, wages, lines } = buildProjections(
    periods,
    reference,
    readProjectionNotes(join(options.curated, CURATED_INPUTS.projectionNotes)),
  );
  const knownSources = readSourceIds(join(options.curated, CURATED_INPUTS.sources));
  const newSources = generatedSources(knownSources, files, periods);

  // Occupations: every line, the newest period's title and kind.
  const kindOrder: LineKind[] = ["total", "summary", "detailed", "group"];
  const occupationRecords = [...lines.values()]
    .sort((a, b) => kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind) || compare(a.socCode, b.socCode))
    .map((line) => ({
      soc_code: line.socCode,
      kind: line.kind,
      title: line.title,
      source: line.source,
      note: OCCUPATION_NOTES[line.socCode] ?? "",
    }));
  const detailedLines = new Map([...lines.values()].filter((line) => line.kind === "detailed").map((line) => [line.socCode, line]));

  // O*NET.
  const onetDir = (name: string) => path(`${files.onet.dir}/${name}`);
  const onetSource = sourceIds.onet(files.onet.release);
  const onetOccupations = readOnetOccupations(onetDir(ONET_FILES.occupations));
  const jobZones = readOnetJobZones(onetDir(ONET_FILES.jobZones), onetOccupations);
  progress(`read O*NET ${files.onet.release} ${ONET_FILES.occupations}: ${onetOccupations.size} occupations, ${jobZones.size} job zones`);
  const crosswalkFile = join(options.curated, CURATED_INPUTS.crosswalk);
  const crosswalk = readCrosswalk(crosswalkFile);
  const usedCrosswalk = new Set<string>();
  const blsCodeOf = new Map<string, string | null>();
  for (const occupation of onetOccupations.values()) {
    const soc = occupation.code.slice(0, 7);
    const broad = `${soc.slice(0, 6)}0`;
    const entry = crosswalk.get(occupation.code);
    const byRule = detailedLines.has(soc) ? soc : detailedLines.has(broad) ? broad : undefined;
    if (byRule !== undefined) {
      if (entry)
        throw new ImportError(
          crosswalkFile,
          entry.line,
          "onet_code",
          `not needed: ${occupation.code} is on the BLS line ${byRule} by rule`,
        );
      blsCodeOf.set(occupation.code, byRule);
      continue;
    }
    if (!entry) {
      throw new ImportError(
        path(`${files.onet.dir}/${ONET_FILES.occupations}`),
        occupation.line,
        "O*NET-SOC Code",
        `no BLS line carries ${occupation.code} ${occupation.title} (neither ${soc} nor ${broad} is a detailed line): add it to ${crosswalkFile}`,
      );
    }
    usedCrosswalk.add(occupation.code);
    if (entry.onet_title !== occupation.title)
      throw new ImportError(crosswalkFile, entry.line, "onet_title", `O*NET titles ${occupation.code} "${occupation.title}"`);
    if (entry.bls_code !== null) {
      const line = detailedLines.get(entry.bls_code);
      if (!line) throw new ImportError(crosswalkFile, entry.line, "bls_code", `${entry.bls_code} is not a detailed BLS line`);
      if (line.title !== entry.bls_title)
        throw new ImportError(crosswalkFile, entry.line, "bls_title", `BLS titles ${entry.bls_code} "${line.title}" (${line.file})`);
    }
    blsCodeOf.set(occupation.code, entry.bls_code);
  }
  for (const entry of crosswalk.values()) {
    if (!usedCrosswalk.has(entry.onet_code))
      throw new ImportError(crosswalkFile, entry.line, "onet_code", `${entry.onet_code} is not an O*NET ${files.onet.release} occupation`);
  }
  const onetRecords = [...onetOccupations.values()].map((occupation) => ({
    onet_code: occupation.code,
    title: occupation.title,
    bls_code: blsCodeOf.get(occupation.code) ?? "",
    job_zone: cell(jobZones.get(occupation.code)),
    description: occupation.description,
    source: onetSource,
  }));

  const alternate = readOnetAlternateTitles(onetDir(ONET_FILES.alternateTitles), onetOccupations);
  const reported = readOnetReportedTitles(onetDir(ONET_FILES.reportedTitles), onetOccupations);
  progress(`read ${ONET_FILES.alternateTitles} (${alternate.length}) and ${ONET_FILES.reportedTitles} (${reported.length})`);
  const titleRecords: CsvRecord[] = [
    ...alternate.map((t) => ({
      title: t.title,
      short_title: t.shortTitle ?? "",
      onet_sources: t.sources ?? "",
      origin: "onet_alternate_title",
      onet_code: t.onetCode,
      soc_code: "",
      source: onetSource,
    })),
    ...reported.map((t) => ({
      title: t.title,
      short_title: "",
      onet_sources: "",
      origin: "onet_reported_title",
      onet_code: t.onetCode,
      soc_code: "",
      source: onetSource,
    })),
  ];
  // BLS sample titles: the newest export that lists a title is its source.
  const sampleSeen = new Set<string>();
  let sampleCount = 0;
  for (const period of [...periods].reverse()) {
    if (!period.exported) continue;
    for (const row of period.exported.rows.values()) {
      for (const title of row.sampleTitles) {
        const key = `${row.socCode}\t${title}`;
        if (sampleSeen.has(key)) continue;
        sampleSeen.add(key);
        sampleCount += 1;
        titleRecords.push({
          title,
          short_title: "",
          onet_sources: "",
          origin: "bls_sample_title",
          onet_code: "",
          soc_code: row.socCode,
          source: sourceIds.export(period.vintage),
        });
      }
    }
  }
  progress(`BLS sample titles: ${sampleCount} distinct (line, title) pairs over ${periods.filter((p) => p.exported).length} exports`);

  const tasks = readOnetTasks(onetDir(ONET_FILES.tasks), onetOccupations);
  const emerging = readOnetEmergingTasks(onetDir(ONET_FILES.emergingTasks), onetOccupations);
  const technology = readOnetTechnologySkills(onetDir(ONET_FILES.technology), onetOccupations);
  const related = readOnetRelated(onetDir(ONET_FILES.related), onetOccupations);
  const interests = readOnetInterests(onetDir(ONET_FILES.interests), onetOccupations);
  const interestAreas = readOnetInterestAreas(onetDir(ONET_FILES.basicInterests), onetDir(ONET_FILES.contentModel));
  const interestExamples = readOnetInterestExamples(
    onetDir(ONET_FILES.interestActivities),
    onetDir(ONET_FILES.interestOccupations),
    interestAreas,
    onetOccupations,
  );
  const education = readOnetEducationLevels(onetDir(ONET_FILES.education), onetDir(ONET_FILES.educationCategories), onetOccupations);
  progress(
    `read O*NET detail: ${tasks.length} tasks, ${emerging.length} emerging tasks, ${technology.length} technologies, ${related.length} related, ${interests.length} interest scores, ${new Set(interestAreas.map((a) => a.elementId)).size} interest areas with ${interestExamples.length} examples, ${education.length} education levels`,
  );

  const exposure = readExposureScores(path(files.exposure));
  const exposureRecords: CsvRecord[] = [];
  for (const scores of exposure.values()) {
    if (!onetOccupations.has(scores.onetCode)) {
      throw new ImportError(
        path(files.exposure),
        scores.line,
        "O*NET-SOC Code",
        `${scores.onetCode} is not an O*NET ${files.onet.release} occupation`,
      );
    }
    for (const rater of Object.keys(EXPOSURE_COLUMNS) as ExposureRater[]) {
      for (const measure of Object.keys(EXPOSURE_COLUMNS[rater]) as ExposureMeasure[]) {
        exposureRecords.push({ onet_code: scores.onetCode, rater, measure, score: scores.scores[rater][measure], source: EXPOSURE_SOURCE });
      }
    }
  }
  const applicability = readApplicabilityScores(path(files.applicability));
  progress(`read ${files.exposure} (${exposure.size} occupations) and ${files.applicability} (${applicability.length})`);

  // OEWS percentiles of every line OEWS publishes under the same code.
  const oews = readOews(path(files.oews.tsv), files.oews.year);
  const topCodes = await readOewsTopCodes(path(files.oews.xlsx));
  const oewsSource = sourceIds.oews(files.oews.year);
  const payRecords: CsvRecord[] = [];
  for (const occupation of occupationRecords) {
    const row = oews.rows.get(occupation.soc_code);
    if (!row) continue;
    const topCoded = PERCENTILES.filter((p) => row.annual[p].kind === "top_coded" || row.hourly[p].kind === "top_coded");
    payRecords.push({
      soc_code: row.socCode,
      wage_year: String(oews.wageYear),
      employment: cell(row.employment ?? undefined),
      annual_p10: oewsCell(row.annual[10]),
      annual_p25: oewsCell(row.annual[25]),
      annual_median: oewsCell(row.annual[50]),
      annual_p75: oewsCell(row.annual[75]),
      annual_p90: oewsCell(row.annual[90]),
      hourly_p10: oewsCell(row.hourly[10]),
      hourly_p25: oewsCell(row.hourly[25]),
      hourly_median: oewsCell(row.hourly[50]),
      hourly_p75: oewsCell(row.hourly[75]),
      hourly_p90: oewsCell(row.hourly[90]),
      top_coded: topCoded.join(" "),
      top_code_annual: topCoded.length > 0 ? String(topCodes.annual) : "",
      top_code_hourly: topCoded.length > 0 ? topCodes.hourly : "",
      annual_only: row.annualOnly ? "yes" : "no",
      hourly_only: row.hourlyOnly ? "yes" : "no",
      source: oewsSource,
    });
  }
  progress(
    `read ${files.oews.tsv}: ${oews.rows.size} codes, ${payRecords.length} of them BLS projection lines; top codes $${topCodes.hourly}/hour, $${topCodes.annual}/year`,
  );

  const factorRecords: CsvRecord[] = [];
  for (const period of periods) {
    for (const factor of period.workbook?.factors ?? []) {
      if (!lines.has(factor.socCode))
        throw new ImportError(factor.file, factor.line, "occupation code", `${factor.socCode} is not a BLS line`);
      factorRecords.push({
        soc_code: factor.socCode,
        vintage: period.vintage,
        industry_code: factor.industryCode,
        industry_title: factor.industryTitle,
        factor: factor.factor,
        source: sourceIds.factors(period.vintage),
      });
    }
  }

  const periodRecords = periods.map((period) => ({
    vintage: period.vintage,
    base_year: String(period.baseYear),
    target_year: String(period.targetYear),
    source: period.workbook ? sourceIds.workbook(period.vintage) : sourceIds.export(period.vintage),
  }));

  const sourcesOf = (records: readonly CsvRecord[]) => [...new Set(records.map((record) => record.source ?? ""))].sort().join(", ");
  const exportFiles = files.periods.flatMap((p) => p.export ?? []).join(", ");
  const workbookFiles = files.periods.flatMap((p) => p.workbook ?? []).join(", ");
  const onetFrom = (...names: string[]) =>
    `Read from: ${names.map((name) => `${files.onet.dir}/${name}`).join(", ")} (O*NET ${files.onet.release}).`;
  const generated = "Generated by seed/importers/cli.ts. " + REGENERATE;

  const result = [
    yamlFile({
      name: OUTPUT_FILES.sourcesGenerated,
      schema: sourceRow,
      records: newSources,
      key: ["id"],
      header: [
        generated,
        "Sources for publisher files that sources.yaml does not describe yet (a new projection period, OEWS year or O*NET",
        "release), so a new release loads without a hand edit. Describe the file in sources.yaml (same id, with where it was",
        "copied from) and re-import: its entry then leaves this file. Empty when every publisher file is described.",
      ],
    }),
    csvFile({
      name: OUTPUT_FILES.periods,
      schema: periodRow,
      records: periodRecords,
      key: ["vintage"],
      header: [
        generated,
        `The BLS projection periods found in ${exportFiles}${workbookFiles ? `, ${workbookFiles}` : ""}`,
        "(each period read from the files' column headers). Source: the workbook where there is one, else the data-tool export.",
        BLS_EP_CREDIT,
      ],
    }),
    csvFile({
      name: OUTPUT_FILES.occupations,
      schema: occupationRow,
      records: occupationRecords,
      key: ["soc_code"],
      header: [
        generated,
        `Every BLS line of every period: detailed occupations ("Line item"), summary lines and the total (workbooks'`,
        `"Occupation type"), and the OOH groups of ${files.reference}. Title and source: the newest period that has the line.`,
        `Sources (ids in sources.yaml): ${sourcesOf(occupationRecords)}.`,
        BLS_EP_CREDIT,
      ],
    }),
    csvFile({
      name: OUTPUT_FILES.onetOccupations,
      schema: onetOccupationRow,
      records: onetRecords,
      key: ["onet_code"],
      header: [
        generated,
        onetFrom(ONET_FILES.occupations, ONET_FILES.jobZones),
        "bls_code: the BLS line carrying the occupation's figures: its SOC code where BLS projects it, else its SOC broad group",
        `where BLS projects that (13-1021.00 -> 13-1020), else the hand-checked entry of ${CURATED_INPUTS.crosswalk}; empty = none (military).`,
        `Source (id in sources.yaml): ${onetSource}.`,
        ONET_ATTRIBUTION,
      ],
    }),
    csvFile({
      name: OUTPUT_FILES.projections,
      schema: projectionRow,
      records: projections,
      key: ["soc_code", "vintage"],
      header: [
        generated,
        `Read from: the BLS workbooks ${workbookFiles} (projections with worker characteristics, and separations: Table 1.10)`,
        `and data-tool exports ${exportFiles}; where both have a line, every figure must be equal (the exports' wages of another`,
        `year go to wages.csv). Rows no publisher file here has (OOH groups, the 2023-33 total and computer occupations) come from`,
        `${files.reference}, the project's curated extract, which must also agree with every publisher row it repeats.`,
        "Employment, change, openings, labor force exits and occupational transfers are persons (BLS publishes thousands with one",
        "decimal; the workbooks store them as binary floats such as 309.39999999999998, read back to the published 309.4 exactly).",
        "Empty cell = not published by the cited source.",
        `Sources (ids in sources.yaml): ${sourcesOf(projections)}.`,
        BLS_EP_CREDIT,
      ],
    }),
    csvFile({
      name: OUTPUT_FILES.wages,
      schema: wageRow,
      records: wages,
      key: ["soc_code", "wage_year", "source"],
      header: [
        generated,
        "Median wages a data-tool export shows for another year than its period's workbook (the 2022-32 tool had been refreshed",
        "with May 2023 wages; the workbook in projections.csv has May 2022): both are kept, each with its source and year.",
        `Sources (ids in sources.yaml): ${sourcesOf(wages)}.`,
        BLS_EP_CREDIT,
      ],
    }),
    csvFile({
      name: OUTPUT_FILES.factors,
      schema: occupationFactorRow,
      records: factorRecords,
      key: ["soc_code", "vintage", "industry_code"],
      header: [
        generated,
        `Read from: ${workbookFiles} (Table 1.12, factors affecting occupational utilization), in BLS's words, one row per industry.`,
        `Sources (ids in sources.yaml): ${sourcesOf(factorRecords)}.`,
        BLS_EP_CREDIT,
      ],
    }),
    csvFile({
      name: OUTPUT_FILES.payPercentiles,
      schema: payPercentileRow,
      records: payRecords,
      key: ["soc_code", "wage_year"],
      header: [
        generated,
        `Read from: ${files.oews.tsv} (OEWS May ${files.oews.year}, national, cross-industry) for every code that is a BLS line in`,
        `occupations.csv; top codes from the "#" note of ${files.oews.xlsx}. A "#" percentile (at or above $${topCodes.hourly}/hour,`,
        `$${topCodes.annual.toLocaleString("en-US")}/year) is empty and listed in top_coded; "*" (not available) is empty. annual_only / hourly_only:`,
        "OEWS releases only annual (teachers, pilots) or only hourly (actors) wages. Employment excludes the self-employed.",
        "The 10th and 25th percentiles are what lower-paid workers earn, not a starting salary.",
        `Source (id in sources.yaml): ${oewsSource}. Source: U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics (public domain).`,
      ],
    }),
    csvFile({
      name: OUTPUT_FILES.titles,
      schema: occupationTitleRow,
      records: titleRecords,
      key: ["origin", "onet_code", "soc_code", "title"],
      header: [
        generated,
        onetFrom(ONET_FILES.alternateTitles, ONET_FILES.reportedTitles) + " BLS sample job titles from the title cells of",
        `${exportFiles} (each title under its BLS line; source: the newest export listing it).`,
        "short_title: O*NET's short form of an alternate title; onet_sources: the codes in O*NET's Source(s) column for it.",
        `Sources (ids in sources.yaml): ${sourcesOf(titleRecords)}.`,
        ONET_ATTRIBUTION,
        "BLS sample titles: U.S. Bureau of Labor Statistics, Employment Projections program (public domain).",
      ],
    }),
    csvFile({
      name: OUTPUT_FILES.onetTasks,
      schema: onetTaskRow,
      records: tasks.map((t) => ({ onet_code: t.onetCode, task_id: t.taskId, task_type: t.taskType, task: t.task, source: onetSource })),
      key: ["onet_code", "task_id"],
      header: [generated, onetFrom(ONET_FILES.tasks) + " task_type empty = not rated by O*NET.", ONET_ATTRIBUTION],
    }),
    csvFile({
      name: OUTPUT_FILES.onetEmergingTasks,
      schema: onetEmergingTaskRow,
      records: emerging.map((t) => ({
        onet_code: t.onetCode,
        category: t.category,
        task: t.task,
        original_task: t.originalTask,
        collected: t.collected,
        source: onetSource,
      })),
      key: ["onet_code", "task"],
      header: [generated, onetFrom(ONET_FILES.emergingTasks), ONET_ATTRIBUTION],
    }),
    csvFile({
      name: OUTPUT_FILES.onetTechnology,
      schema: onetTechnologyRow,
      records: technology.map((t) => ({
        onet_code: t.onetCode,
        example: t.example,
        commodity_code: t.commodityCode,
        commodity_title: t.commodityTitle,
        hot_technology: t.hotTechnology,
        in_demand: t.inDemand,
        source: onetSource,
      })),
      key: ["onet_code", "example", "commodity_code"],
      header: [
        generated,
        onetFrom(ONET_FILES.technology) + " Every technology of every occupation, with O*NET's flags: Hot Technology (frequent",
        "in job postings across all occupations, so the same for a technology everywhere) and In Demand (frequent in postings for this occupation).",
        ONET_ATTRIBUTION,
      ],
    }),
    csvFile({
      name: OUTPUT_FILES.onetRelated,
      schema: onetRelatedRow,
      records: related.map((r) => ({
        onet_code: r.onetCode,
        related_onet_code: r.relatedCode,
        tier: r.tier,
        rank: r.rank,
        source: onetSource,
      })),
      key: ["onet_code", "related_onet_code"],
      header: [generated, onetFrom(ONET_FILES.related) + " rank = O*NET's Index (1 = most related).", ONET_ATTRIBUTION],
    }),
    csvFile({
      name: OUTPUT_FILES.onetInterests,
      schema: onetInterestRow,
      records: interests.map((i) => ({
        onet_code: i.onetCode,
        interest: i.interest,
        score: i.score,
        high_point: cell(i.highPoint),
        source: onetSource,
      })),
      key: ["onet_code", "interest"],
      header: [
        generated,
        onetFrom(ONET_FILES.interests) +
          " Scale OI (occupational interests, RIASEC, 1 to 7); high_point = the area's place in O*NET's interest code (scale IH: first, second or third high-point; blank if none).",
        ONET_ATTRIBUTION,
      ],
    }),
    csvFile({
      name: OUTPUT_FILES.onetInterestAreas,
      schema: onetInterestAreaRow,
      records: interestAreas.map((a) => ({
        element_id: a.elementId,
        name: a.name,
        riasec_area: a.riasecArea,
        description: a.description,
        source: onetSource,
      })),
      key: ["element_id", "riasec_area"],
      header: [
        generated,
        onetFrom(ONET_FILES.basicInterests, ONET_FILES.contentModel) + " The six RIASEC areas (1.B.1.a-f) and the basic interest",
        "areas (1.B.3.*), each under the RIASEC area it belongs to (a row for each where it belongs to two), with O*NET's description.",
        ONET_ATTRIBUTION,
      ],
    }),
    csvFile({
      name: OUTPUT_FILES.onetInterestExamples,
      schema: onetInterestExampleRow,
      records: interestExamples.map((e) => ({
        element_id: e.elementId,
        kind: e.kind,
        example: e.example,
        onet_code: e.onetCode ?? "",
        source: onetSource,
      })),
      key: ["element_id", "kind", "example"],
      header: [
        generated,
        onetFrom(ONET_FILES.interestActivities, ONET_FILES.interestOccupations) + " O*NET's illustrative activities and occupations",
        "for each interest area (element_id as in onet-interest-areas.csv); onet_code for occupations only.",
        ONET_ATTRIBUTION,
      ],
    }),
    csvFile({
      name: OUTPUT_FILES.onetEducation,
      schema: onetEducationLevelRow,
      records: education.map((e) => ({
        onet_code: e.onetCode,
        category: e.category,
        label: e.label,
        percent: e.percent,
        recommend_suppress: e.recommendSuppress ? "yes" : "no",
        source: onetSource,
      })),
      key: ["onet_code", "category"],
      header: [
        generated,
        onetFrom(ONET_FILES.education, ONET_FILES.educationCategories) + " Scale RL (required level of education, categories 1-12):",
        'percent of workers at each level. recommend_suppress = O*NET\'s "Recommend Suppress" (Y: low precision; O*NET advises not to show it).',
        ONET_ATTRIBUTION,
      ],
    }),
    csvFile({
      name: OUTPUT_FILES.aiExposure,
      schema: aiExposureRow,
      records: exposureRecords,
      key: ["onet_code", "rater", "measure"],
      header: [
        generated,
        `Read from: ${files.exposure} (Eloundou, Manning, Mishkin & Rock, "GPTs are GPTs", occ_level.csv, MIT license):`,
        "rater gpt4 = dv_rating_*, human = human_rating_*; scores exactly as written in that file.",
        "Exposure = share of an occupation's tasks an LLM could speed up a lot; it is not a forecast of job loss.",
        `Source (id in sources.yaml): ${EXPOSURE_SOURCE}. Kept apart from ai-applicability.csv: never blended.`,
        ONET_ATTRIBUTION,
      ],
    }),
    csvFile({
      name: OUTPUT_FILES.aiApplicability,
      schema: aiApplicabilityRow,
      records: applicability.map((a) => ({ soc_code: a.socCode, title: a.title, score: a.score, source: APPLICABILITY_SOURCE })),
      key: ["soc_code"],
      header: [
        generated,
        `Read from: ${files.applicability} (Tomlinson, Jaffe, Wang, Counts & Suri, "Working with AI", Microsoft Research, 2025,`,
        "CC BY 4.0): AI applicability score per detailed SOC 2018 code, exactly as written. Measured use of one AI assistant in",
        "2024, not a forecast of job loss; kept apart from the GPTs-are-GPTs exposure scores (ai-exposure.csv): never blended.",
        `Source (id in sources.yaml): ${APPLICABILITY_SOURCE}. O*NET-derived parts: O*NET 29.0, CC BY 4.0.`,
      ],
    }),
  ];
  progress(`built ${result.length} files`);
  return result;
}
