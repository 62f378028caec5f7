/**
 * Builds the generated seed files (projections, wages, occupations, O*NET technology, AI exposure)
 * from the publishers' files. Everything is read and checked before anything is returned, so a bad
 * row anywhere means no file is written.
 */
import { join } from "node:path";
import type { ProjectionVintage } from "../../db/schema/enums";
import { PROJECTION_VINTAGES } from "../../db/schema/enums";
import { aiExposureRow, occupationRow, onetTechnologyRow, projectionRow, wageRow, type OccupationRow } from "../schema";
import { readEpExport, type EpExport, type EpExportRow } from "./bls-export";
import { ImportError } from "./errors";
import {
  EXPOSURE_COLUMNS,
  readExposureScores,
  readOnetJobZones,
  readOnetOccupations,
  readOnetTechnologySkills,
  type ExposureMeasure,
  type ExposureRater,
} from "./onet";
import { csvFile, yamlFile, type GeneratedFile } from "./output";
import { readReference, type ReferenceRow } from "./reference";
import { oneDecimalPercent, sameDecimal } from "./values";

export type Logger = (line: string) => void;
export const stderrLogger: Logger = (line) => {
  process.stderr.write(`${line}\n`);
};

/** Where each publisher file sits under the shared data directory. */
export const PUBLISHER_FILES = {
  reference: "reference/bls-tech-occupations.csv",
  epExports: {
    "2022-32": "bls/ep-occupation-projections_2022-32.csv",
    "2023-33": "bls/ep-occupation-projections_2023-33.csv",
    "2024-34": "bls/ep-occupation-projections_2024-34.csv",
  } satisfies Record<ProjectionVintage, string>,
  onetOccupations: "onet/db_29_3_tsv/Occupation Data.tsv",
  onetJobZones: "onet/db_29_3_tsv/Job Zones.tsv",
  onetTechnologySkills: "onet/db_29_3_tsv/Technology Skills.tsv",
  exposure: "ai-exposure/eloundou_gpts-are-gpts_occ_level.csv",
} as const;

export const OUTPUT_FILES = {
  projections: "projections.csv",
  wages: "wages.csv",
  occupations: "occupations.yaml",
  onetTechnology: "onet-technology.csv",
  aiExposure: "ai-exposure.csv",
} as const;

const ONET_ATTRIBUTION =
  "This page includes information from O*NET OnLine by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license.";
const EXPOSURE_SOURCE = "eloundou-2023-gpts-are-gpts";
const ONET_SOURCE = "onet-29-3";

/** Detailed rows of the reference take the source of the BLS table they were read from. */
const DETAILED_SOURCE: Record<ProjectionVintage, string> = {
  "2022-32": "bls-ep-2022-32",
  "2023-33": "bls-ep-2023-33",
  "2024-34": "bls-ep-2024-34",
};

/** How the change, openings, experience and training of detailed rows relate to the reference's table. */
function detailedNote(reference: ReferenceRow, exported: EpExport): string {
  switch (reference.vintage) {
    case "2022-32":
      return (
        `Wage is the May ${reference.wageYear} median of the 2022-32 workbook (Table 1.7); the 2022-32 data-tool export's ` +
        `May ${exported.wageYear} median is in wages.csv. Change, openings, experience and training are from that export, ` +
        "whose employment figures equal the workbook's."
      );
    case "2023-33":
      return (
        "Read from the 2023-33 data-tool export (no copy of a 2023-33 workbook was found)." +
        (/match BLS TED 2025-03-11/.test(reference.notes) ? " Employment and change agree with BLS TED 2025-03-11." : "")
      );
    case "2024-34":
      return "Change, openings, experience and training are from the 2024-34 data-tool export, whose figures equal the workbook's.";
  }
}

/**
 * Total, summary and group rows of the reference: the source the reference names and its caveats, in short.
 * Figures other than the reference's columns come only from what its notes publish.
 */
const SPECIAL_ROWS: Record<string, { source: string; note: string }> = {
  "00-0000|2022-32": {
    source: "bls-ep-2022-32",
    note: "Exact levels from the 2022-32 workbook; the news release (USDL-23-1941) rounds them to 164.5 and 169.1 million. Wage is May 2022 (Table 1.7). BLS gives no education category for the total.",
  },
  "00-0000|2023-33": {
    source: "bls-ted-2024-11-22",
    note: "Levels published only rounded to 0.1 million (167.8 and 174.6 million); exact levels and an all-occupation median wage for this vintage were not seen.",
  },
  "00-0000|2024-34": {
    source: "bls-ep-2024-34",
    note: "Exact levels from the 2024-34 workbook; the news release (USDL-25-1324) gives 175.2 million in 2034, up 3.1%. BLS gives no education category for the total.",
  },
  "15-1200|2022-32": {
    source: "bls-ep-2022-32",
    note: "BLS summary line for all computer occupations, not a detailed occupation. Wage is May 2022 (Table 1.7).",
  },
  "15-1200|2023-33": {
    source: "bls-ted-2025-03-11",
    note: "BLS summary line for all computer occupations; the TED article gives the levels and the change but no wage.",
  },
  "15-1200|2024-34": {
    source: "bls-ep-2024-34",
    note: "BLS summary line for all computer occupations, not a detailed occupation.",
  },
  "15-1252+15-1253|2022-32": {
    source: "bls-ooh-software-developers-2022-32",
    note: "OOH Quick Facts; the OOH rounds the percent to a whole number. Group median pay is May 2022. Projected level is the sum of the two detailed workbook lines.",
  },
  "15-1252+15-1253|2023-33": {
    source: "bls-ooh-software-developers-2023-33",
    note: "OOH Quick Facts; the OOH rounds the percent to a whole number. Group median pay is May 2023. Projected level is the sum of the two detailed lines (OOH base plus change gives 2,225,000).",
  },
  "15-1252+15-1253|2024-34": {
    source: "bls-ooh-software-developers-2024-34",
    note: "2024-34 OOH page not seen directly (figures via a secondary copy); its group median pay of $131,450 was seen only there: verify before publishing. Base, change and openings equal the sums of the detailed lines; projected level is their sum (base plus change gives 2,183,400).",
  },
  "15-1254+15-1255|2022-32": {
    source: "bls-ooh-web-developers-2022-32",
    note: "DERIVED by summing the 15-1254 and 15-1255 lines of the 2022-32 workbook; the 2022-32 OOH publishes 16% for the group. No group median wage was seen.",
  },
  "15-1254+15-1255|2023-33": {
    source: "bls-ep-2023-33",
    note: "DERIVED by summing the 15-1254 and 15-1255 lines of the 2023-33 data-tool export; the OOH group page was not available, so no OOH percent or group median wage.",
  },
  "15-1254+15-1255|2024-34": {
    source: "bls-ep-2024-34",
    note: "DERIVED by summing the 15-1254 and 15-1255 lines of the 2024-34 workbook; the OOH group page was not available, so no OOH percent or group median wage.",
  },
};

/** Occupations outside the reference extract, read straight from the data-tool exports. */
const EXTRA_OCCUPATIONS: ReadonlyArray<{
  socCode: string;
  sources: Record<ProjectionVintage, string>;
  why: string;
}> = [
  {
    socCode: "11-1011",
    sources: { "2022-32": "bls-ep-2022-32-tool", "2023-33": "bls-ep-2023-33", "2024-34": "bls-ep-2024-34-tool" },
    why: "O*NET files the Chief Technology Officer (CTO) title under this occupation (11-1011.00).",
  },
];

/**
 * O*NET-SOC codes per SOC code. By default a detailed occupation gets its `.00` code. The catch-all
 * 15-1299 has no `.00` data of its own; it gets the tech specialties O*NET files under it
 * (15-1299.02 GIS technologists and .03 document management specialists are left out: no tech role maps there).
 */
const ONET_CODES_OVERRIDE: Record<string, readonly string[]> = {
  "15-1299": ["15-1299.01", "15-1299.04", "15-1299.05", "15-1299.06", "15-1299.07", "15-1299.08", "15-1299.09"],
};

/** Source and note of each occupation line in occupations.yaml. */
const OCCUPATION_SOURCE: Record<string, string> = {
  "00-0000": "bls-ep-2024-34",
  "15-1200": "bls-ep-2024-34",
  "15-1252+15-1253": "bls-ooh-software-developers-2023-33",
  "15-1254+15-1255": "bls-ooh-web-developers-2022-32",
};
const DETAILED_OCCUPATION_SOURCE = "bls-ep-2024-34";
const OCCUPATION_NOTES: Record<string, string> = {
  "00-0000": "Every occupation in the U.S. economy; the benchmark for comparing growth rates.",
  "15-1200": "BLS summary line covering all computer occupations (SOC minor group 15-1200), not a detailed occupation.",
  "15-1252+15-1253":
    "Occupational Outlook Handbook profile that combines software developers (15-1252) with software quality assurance analysts and testers (15-1253).",
  "15-1254+15-1255":
    "Occupational Outlook Handbook profile that combines web developers (15-1254) with web and digital interface designers (15-1255); its projections here are sums of the two detailed lines.",
  "15-1299":
    "A catch-all line: BLS projects only the line as a whole. The O*NET codes listed are the tech specialties O*NET files under it.",
  "11-1011": "Not one of the reference extract's occupations; included because O*NET files the Chief Technology Officer (CTO) title here.",
};

function occupationKind(socCode: string): OccupationRow["kind"] {
  if (socCode === "00-0000") return "total";
  if (socCode.includes("+")) return "group";
  // SOC 2018 detailed codes never end in 0; codes that do are broad, minor or major groups.
  return socCode.endsWith("0") ? "summary" : "detailed";
}

/** The reference writes "... (OOH group) - DERIVED" or "(summary group)"; the occupation title is the BLS title alone. */
function plainTitle(referenceTitle: string): string {
  return referenceTitle.replace(/\s+-\s+DERIVED$/, "").replace(/\s+\((?:OOH group|summary group)\)$/, "");
}

type CsvRecord = Record<string, string>;

function numberCell(value: number | undefined): string {
  return value === undefined ? "" : String(value);
}

interface Inputs {
  reference: ReferenceRow[];
  exports: Record<ProjectionVintage, EpExport>;
}

function mismatch(
  reference: ReferenceRow,
  field: string,
  referenceValue: unknown,
  exported: EpExport,
  row: EpExportRow,
  column: string,
  exportValue: unknown,
): never {
  throw new ImportError(
    reference.file,
    reference.line,
    field,
    `the reference says ${JSON.stringify(referenceValue)} but ${exported.file} line ${row.line} (column "${column}") says ${JSON.stringify(exportValue)}`,
  );
}

/** The reference is the authority, but a detailed row must agree with the BLS export it sits beside. */
function crossCheck(reference: ReferenceRow, exported: EpExport, row: EpExportRow): void {
  const { columns } = exported;
  if (reference.title !== row.title) mismatch(reference, "title", reference.title, exported, row, columns.title, row.title);
  if (Number(reference.employmentBase) !== row.employmentBase) {
    mismatch(reference, "employment_base", reference.employmentBase, exported, row, columns.employmentBase, row.employmentBase);
  }
  if (Number(reference.employmentProjected) !== row.employmentProjected) {
    mismatch(
      reference,
      "employment_projected",
      reference.employmentProjected,
      exported,
      row,
      columns.employmentProjected,
      row.employmentProjected,
    );
  }
  if (!sameDecimal(reference.changePercent, row.changePercent)) {
    mismatch(reference, "change_percent", reference.changePercent, exported, row, columns.changePercent, row.changePercent);
  }
  if (reference.entryEducation !== row.entryEducation) {
    mismatch(reference, "typical_entry_education", reference.entryEducation, exported, row, columns.entryEducation, row.entryEducation);
  }
  const exportWage = row.medianWage.kind === "exact" ? row.medianWage.dollars : row.medianWage.kind;
  if (Number(reference.wageYear) === exported.wageYear && Number(reference.medianWage) !== exportWage) {
    mismatch(reference, "median_annual_wage", reference.medianWage, exported, row, columns.medianWage, exportWage);
  }
  const { published } = reference;
  if (published.otherWage && published.otherWage.year === exported.wageYear && published.otherWage.dollars !== exportWage) {
    mismatch(
      reference,
      "notes",
      `May ${published.otherWage.year} wage ${published.otherWage.dollars}`,
      exported,
      row,
      columns.medianWage,
      exportWage,
    );
  }
  if (published.annualOpenings !== undefined && published.annualOpenings !== row.annualOpenings) {
    mismatch(reference, "notes", `annual openings ${published.annualOpenings}`, exported, row, columns.annualOpenings, row.annualOpenings);
  }
  if (published.workExperience !== undefined && published.workExperience !== row.workExperience) {
    mismatch(reference, "notes", `work experience: ${published.workExperience}`, exported, row, columns.workExperience, row.workExperience);
  }
  if (published.onTheJobTraining !== undefined && published.onTheJobTraining !== row.onTheJobTraining) {
    mismatch(reference, "notes", `OJT: ${published.onTheJobTraining}`, exported, row, columns.onTheJobTraining, row.onTheJobTraining);
  }
}

/** Group rows must be the sums the reference says they are. */
function checkGroupSums(reference: ReferenceRow, all: readonly ReferenceRow[]): void {
  const members = reference.socCode.split("+").map((code) => {
    const member = all.find((row) => row.socCode === code && row.vintage === reference.vintage);
    if (!member) throw new ImportError(reference.file, reference.line, "soc_code", `group member ${code} has no ${reference.vintage} row`);
    return member;
  });
  for (const field of ["employmentBase", "employmentProjected"] as const) {
    const sum = members.reduce((total, member) => total + Number(member[field]), 0);
    if (sum !== Number(reference[field])) {
      const column = field === "employmentBase" ? "employment_base" : "employment_projected";
      throw new ImportError(
        reference.file,
        reference.line,
        column,
        `group value ${reference[field]} is not the sum of its detailed lines (${sum})`,
      );
    }
  }
}

function exportRowFor(exported: EpExport, socCode: string, neededBy: string): EpExportRow {
  const row = exported.rows.get(socCode);
  if (!row) throw new ImportError(exported.file, undefined, exported.columns.code, `no row for SOC ${socCode}, needed by ${neededBy}`);
  return row;
}

function buildProjections({ reference, exports }: Inputs): CsvRecord[] {
  const records: CsvRecord[] = [];
  const usedSpecial = new Set<string>();
  for (const row of reference) {
    const kind = occupationKind(row.socCode);
    const base = {
      soc_code: row.socCode,
      vintage: row.vintage,
      employment_base: row.employmentBase,
      employment_projected: row.employmentProjected,
      change_percent: row.changePercent,
      median_annual_wage: row.medianWage,
      wage_year: row.wageYear,
      entry_education: row.entryEducation,
    };
    if (kind === "detailed") {
      const exported = exports[row.vintage];
      const exportRow = exportRowFor(exported, row.socCode, `${row.file} line ${row.line}`);
      crossCheck(row, exported, exportRow);
      if (row.derived) throw new ImportError(row.file, row.line, "notes", "a detailed BLS line cannot be DERIVED");
      records.push({
        ...base,
        change_numeric: String(exportRow.changeNumeric),
        annual_openings: String(exportRow.annualOpenings),
        work_experience: exportRow.workExperience,
        on_the_job_training: exportRow.onTheJobTraining,
        derived: "no",
        source: DETAILED_SOURCE[row.vintage],
        note: detailedNote(row, exported),
      });
      continue;
    }
    const key = `${row.socCode}|${row.vintage}`;
    const special = SPECIAL_ROWS[key];
    if (!special) {
      throw new ImportError(
        row.file,
        row.line,
        "soc_code",
        `no source and note are set for the ${kind} row ${key}: add it to SPECIAL_ROWS in seed/importers/build.ts`,
      );
    }
    usedSpecial.add(key);
    if (kind === "group") checkGroupSums(row, reference);
    records.push({
      ...base,
      change_numeric: numberCell(row.published.changeNumeric),
      annual_openings: numberCell(row.published.annualOpenings),
      work_experience: row.published.workExperience ?? "",
      on_the_job_training: row.published.onTheJobTraining ?? "",
      derived: row.derived ? "yes" : "no",
      source: special.source,
      note: special.note,
    });
  }
  const unused = Object.keys(SPECIAL_ROWS).filter((key) => !usedSpecial.has(key));
  if (unused.length > 0) {
    throw new ImportError(
      reference[0]?.file ?? PUBLISHER_FILES.reference,
      undefined,
      undefined,
      `expected rows for ${unused.join(", ")}, which the reference no longer has`,
    );
  }

  for (const extra of EXTRA_OCCUPATIONS) {
    for (const vintage of PROJECTION_VINTAGES) {
      const exported = exports[vintage];
      const row = exportRowFor(exported, extra.socCode, "the occupations added beside the reference");
      const wage = row.medianWage;
      const baseYear = Number(vintage.slice(0, 4));
      const wageNote =
        wage.kind === "exact"
          ? exported.wageYear === baseYear
            ? `wages are May ${exported.wageYear}`
            : `its wage column is May ${exported.wageYear} ("${exported.columns.medianWage}"), not the ${vintage} workbook's May ${baseYear}`
          : wage.kind === "at_least"
            ? `BLS gives the May ${exported.wageYear} wage only as at least $${wage.dollars.toLocaleString("en-US")}, so none is stored`
            : `BLS gives no May ${exported.wageYear} wage`;
      records.push({
        soc_code: extra.socCode,
        vintage,
        employment_base: String(row.employmentBase),
        employment_projected: String(row.employmentProjected),
        change_numeric: String(row.changeNumeric),
        change_percent: oneDecimalPercent(row.changePercent),
        annual_openings: String(row.annualOpenings),
        median_annual_wage: wage.kind === "exact" ? String(wage.dollars) : "",
        wage_year: wage.kind === "exact" ? String(exported.wageYear) : "",
        entry_education: row.entryEducation,
        work_experience: row.workExperience,
        on_the_job_training: row.onTheJobTraining,
        derived: "no",
        source: extra.sources[vintage],
        note: `Not in the reference extract: read from the ${vintage} data-tool export; ${wageNote}. ${extra.why}`,
      });
    }
  }
  return records.sort(
    (left, right) => compare(left.soc_code ?? "", right.soc_code ?? "") || compare(left.vintage ?? "", right.vintage ?? ""),
  );
}

/** Median wages another BLS table publishes for the same rows (the 2022-32 tool export's newer wages). */
function buildWages({ exports }: Inputs, projections: readonly CsvRecord[]): CsvRecord[] {
  const vintage: ProjectionVintage = "2022-32";
  const source = "bls-ep-2022-32-tool";
  const exported = exports[vintage];
  const inProjections = new Set(projections.map((row) => `${row.soc_code}|${row.wage_year}|${row.source}`));
  const detailed = [...new Set(projections.map((row) => row.soc_code ?? ""))].filter((code) => occupationKind(code) === "detailed");
  const records: CsvRecord[] = [];
  for (const socCode of detailed.sort()) {
    const row = exportRowFor(exported, socCode, "wages.csv");
    if (row.medianWage.kind !== "exact") continue;
    if (inProjections.has(`${socCode}|${exported.wageYear}|${source}`)) continue;
    records.push({
      soc_code: socCode,
      wage_year: String(exported.wageYear),
      median_annual_wage: String(row.medianWage.dollars),
      source,
      note: `May ${exported.wageYear} median shown by the 2022-32 data-tool export; the 2022-32 workbook in projections.csv gives the May 2022 median.`,
    });
  }
  return records;
}

function onetCodesFor(socCode: string): string[] {
  const kind = occupationKind(socCode);
  // Groups list no O*NET codes of their own: each O*NET code sits under exactly one detailed SOC line.
  if (kind !== "detailed") return [];
  return [...(ONET_CODES_OVERRIDE[socCode] ?? [`${socCode}.00`])];
}

function buildOccupations(
  { reference, exports }: Inputs,
  projections: readonly CsvRecord[],
  onet: { occupations: Map<string, { title: string }>; jobZones: Map<string, number>; occupationsFile: string },
): OccupationRow[] {
  const codes = [...new Set(projections.map((row) => row.soc_code ?? ""))];
  const kindOrder: OccupationRow["kind"][] = ["total", "summary", "detailed", "group"];
  codes.sort((left, right) => kindOrder.indexOf(occupationKind(left)) - kindOrder.indexOf(occupationKind(right)) || compare(left, right));
  return codes.map((socCode) => {
    const kind = occupationKind(socCode);
    const latestReference = [...reference].reverse().find((row) => row.socCode === socCode);
    const latestExport = exports["2024-34"].rows.get(socCode);
    const title = latestReference ? plainTitle(latestReference.title) : latestExport?.title;
    if (title === undefined) throw new ImportError(PUBLISHER_FILES.reference, undefined, "title", `no BLS title found for ${socCode}`);
    const source =
      OCCUPATION_SOURCE[socCode] ??
      (latestReference ? DETAILED_OCCUPATION_SOURCE : EXTRA_OCCUPATIONS.find((extra) => extra.socCode === socCode)?.sources["2024-34"]);
    if (source === undefined)
      throw new ImportError(PUBLISHER_FILES.reference, undefined, "source", `no source set for occupation ${socCode}`);
    const onetEntries = onetCodesFor(socCode).map((code) => {
      const occupation = onet.occupations.get(code);
      if (!occupation)
        throw new ImportError(onet.occupationsFile, undefined, "O*NET-SOC Code", `no occupation ${code} (needed for ${socCode})`);
      const jobZone = onet.jobZones.get(code);
      return { code, title: occupation.title, ...(jobZone === undefined ? {} : { job_zone: jobZone }) };
    });
    const note = OCCUPATION_NOTES[socCode];
    return {
      soc_code: socCode,
      kind,
      title,
      source,
      onet: onetEntries,
      ...(note === undefined ? {} : { note }),
    };
  });
}

/** Reads every publisher file, checks it, and returns the generated files (nothing is written here). */
export function buildSeedFiles(options: { from: string; log?: Logger }): GeneratedFile[] {
  const log = options.log ?? stderrLogger;
  const path = (relative: string) => join(options.from, relative);

  const reference = readReference(path(PUBLISHER_FILES.reference));
  log(`read ${PUBLISHER_FILES.reference}: ${reference.length} rows`);
  const exports = {} as Record<ProjectionVintage, EpExport>;
  for (const vintage of PROJECTION_VINTAGES) {
    const relative = PUBLISHER_FILES.epExports[vintage];
    exports[vintage] = readEpExport(path(relative), vintage);
    log(`read ${relative}: ${exports[vintage].rows.size} rows (${vintage} projections, wages May ${exports[vintage].wageYear})`);
  }
  const onetOccupations = readOnetOccupations(path(PUBLISHER_FILES.onetOccupations));
  log(`read ${PUBLISHER_FILES.onetOccupations}: ${onetOccupations.size} rows`);
  const jobZones = readOnetJobZones(path(PUBLISHER_FILES.onetJobZones));
  log(`read ${PUBLISHER_FILES.onetJobZones}: ${jobZones.size} rows`);

  const inputs: Inputs = { reference, exports };
  const projections = buildProjections(inputs);
  const wages = buildWages(inputs, projections);
  const occupations = buildOccupations(inputs, projections, {
    occupations: onetOccupations,
    jobZones,
    occupationsFile: path(PUBLISHER_FILES.onetOccupations),
  });
  const onetCodes = [...new Set(occupations.flatMap((occupation) => occupation.onet.map((entry) => entry.code)))].sort();
  const wanted = new Set(onetCodes);

  const technology = readOnetTechnologySkills(path(PUBLISHER_FILES.onetTechnologySkills), wanted);
  const flagged = technology.rows
    .filter((row) => row.hotTechnology === "Y" || row.inDemand === "Y")
    .sort(
      (left, right) =>
        compare(left.onetCode, right.onetCode) || compare(left.example, right.example) || compare(left.commodityCode, right.commodityCode),
    );
  log(
    `read ${PUBLISHER_FILES.onetTechnologySkills}: ${technology.total} rows (${technology.rows.length} for our ${onetCodes.length} O*NET codes, ${flagged.length} hot or in demand)`,
  );
  const exposure = readExposureScores(path(PUBLISHER_FILES.exposure));
  log(`read ${PUBLISHER_FILES.exposure}: ${exposure.size} rows`);

  const exposureRecords: CsvRecord[] = [];
  const missingExposure: string[] = [];
  for (const code of onetCodes) {
    const scores = exposure.get(code);
    if (!scores) {
      missingExposure.push(code);
      continue;
    }
    for (const rater of Object.keys(EXPOSURE_COLUMNS) as ExposureRater[]) {
      for (const measure of Object.keys(EXPOSURE_COLUMNS[rater]) as ExposureMeasure[]) {
        exposureRecords.push({ onet_code: code, rater, measure, score: scores.scores[rater][measure], source: EXPOSURE_SOURCE });
      }
    }
  }

  const sourcesOf = (records: readonly CsvRecord[]) => [...new Set(records.map((record) => record.source ?? ""))].sort().join(", ");
  const regenerate = "Regenerate with: npx tsx seed/importers/cli.ts --from ../shared/data (never edit by hand).";
  const exportFiles = PROJECTION_VINTAGES.map((vintage) => PUBLISHER_FILES.epExports[vintage]).join(", ");

  return [
    csvFile({
      name: OUTPUT_FILES.projections,
      schema: projectionRow,
      records: projections,
      header: [
        "Generated by seed/importers/cli.ts. " + regenerate,
        `Read from: ${PUBLISHER_FILES.reference} (the project's curated BLS extract: authority for employment,`,
        "change_percent, median wage, wage year and education) and the BLS data-tool exports",
        `${exportFiles} (change, openings, experience, training; 11-1011 rows).`,
        "Employment, change and openings are persons (BLS publishes thousands; multiplied by 1,000).",
        "Empty cell = not published by the cited source.",
        `Sources (ids in sources.yaml): ${sourcesOf(projections)}.`,
        "Source: U.S. Bureau of Labor Statistics, Employment Projections program (public domain).",
      ],
    }),
    csvFile({
      name: OUTPUT_FILES.wages,
      schema: wageRow,
      records: wages,
      header: [
        "Generated by seed/importers/cli.ts. " + regenerate,
        `Read from: ${PUBLISHER_FILES.epExports["2022-32"]} (BLS data-tool export of the 2022-32 projections,`,
        `whose wage column is May ${exports["2022-32"].wageYear}, while the 2022-32 workbook in projections.csv has May 2022 wages).`,
        `Sources (ids in sources.yaml): ${sourcesOf(wages)}.`,
        "Source: U.S. Bureau of Labor Statistics, Employment Projections program (public domain).",
      ],
    }),
    yamlFile({
      name: OUTPUT_FILES.occupations,
      schema: occupationRow,
      records: occupations,
      header: [
        "Generated by seed/importers/cli.ts. " + regenerate,
        `Read from: ${PUBLISHER_FILES.reference}, ${PUBLISHER_FILES.epExports["2024-34"]} (BLS titles),`,
        `${PUBLISHER_FILES.onetOccupations} and ${PUBLISHER_FILES.onetJobZones} (O*NET 29.3 codes, titles, job zones).`,
        `Sources (ids in sources.yaml): ${[...new Set([...occupations.map((occupation) => occupation.source), ONET_SOURCE])].sort().join(", ")}.`,
        ONET_ATTRIBUTION,
      ],
    }),
    csvFile({
      name: OUTPUT_FILES.onetTechnology,
      schema: onetTechnologyRow,
      records: flagged.map((row) => ({
        onet_code: row.onetCode,
        example: row.example,
        commodity_code: row.commodityCode,
        commodity_title: row.commodityTitle,
        hot_technology: row.hotTechnology,
        in_demand: row.inDemand,
      })),
      header: [
        "Generated by seed/importers/cli.ts. " + regenerate,
        `Read from: ${PUBLISHER_FILES.onetTechnologySkills} (O*NET 29.3): the rows flagged Hot Technology or In Demand`,
        `for the O*NET codes in occupations.yaml (${onetCodes.join(", ")}).`,
        `Source (id in sources.yaml): ${ONET_SOURCE}.`,
        ONET_ATTRIBUTION,
      ],
    }),
    csvFile({
      name: OUTPUT_FILES.aiExposure,
      schema: aiExposureRow,
      records: exposureRecords,
      header: [
        "Generated by seed/importers/cli.ts. " + regenerate,
        `Read from: ${PUBLISHER_FILES.exposure} (Eloundou, Manning, Mishkin & Rock, "GPTs are GPTs", occ_level.csv, MIT license):`,
        "rater gpt4 = dv_rating_*, human = human_rating_*; scores exactly as written in that file.",
        "Exposure = share of an occupation's tasks an LLM could speed up a lot; it is not a forecast of job loss.",
        ...(missingExposure.length > 0 ? [`No scores published for: ${missingExposure.join(", ")}.`] : []),
        `Source (id in sources.yaml): ${EXPOSURE_SOURCE}.`,
        ONET_ATTRIBUTION,
      ],
    }),
  ];
}

function compare(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}
