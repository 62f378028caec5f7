/**
 * The bulk download (docs/decisions/020): the whole dataset of one data version as a zip, /data/career-atlas-<tag>.zip,
 * holding one CSV per table (written like every CSV of ours: BOM, CRLF, the one header convention), README.md,
 * LICENSES.md and a Frictionless Data Package descriptor (datapackage.json) describing each file's fields.
 *
 * The tables are the database's own, as loaded from the dataset files; internal columns (serial ids, the lower-case
 * titles the search indexes) are left out. The zip is built once per data version and kept (rememberForDataVersion).
 */
import { asc, count, getTableColumns } from "drizzle-orm";
import { getTableConfig, type PgColumn, type PgTable } from "drizzle-orm/pg-core";
import { strToU8, zipSync } from "fflate";
import * as schema from "~db/schema";
import type { DataVersion } from "~/features/data-pin/data-version.server";
import { sourceCredit } from "~/features/sources/citations";
import { CSV_HEADERS as H, inSharedOrder } from "~/lib/csv-headers";
import { csvText, CSV_HEADER_PATTERN } from "~/lib/csv.server";
import { database } from "~/lib/db.server";
import { listTitles } from "~/lib/list-titles";

/** One file of the download: the table it holds and what it is. */
export interface BulkTable {
  table: PgTable;
  description: string;
}

/** Every table of the dataset, in the order the README lists them (lessons, rate limits and archives are not data). */
export const BULK_TABLES: readonly BulkTable[] = [
  { table: schema.sources, description: "Every source the other files cite (source ID), with its licence and attribution." },
  { table: schema.projectionPeriods, description: "The BLS projection periods loaded." },
  {
    table: schema.growthBands,
    description:
      "The verbal growth bands of each period, with their cut-offs: O*NET OnLine's projected growth categories, from the BLS projections and the Occupational Outlook Handbook (2024-34; no verified table for earlier periods).",
  },
  { table: schema.occupations, description: "BLS Employment Projections lines: detailed occupations, summary groups and all occupations." },
  { table: schema.projections, description: "Each line's projection in each period, as BLS publishes it." },
  { table: schema.occupationWages, description: "Median wages other releases publish for an occupation (kept where sources disagree)." },
  { table: schema.payPercentiles, description: "OEWS wage percentiles of each occupation." },
  { table: schema.occupationFactors, description: "BLS's industry-by-occupation factors behind each projection." },
  { table: schema.onetOccupations, description: "O*NET-SOC occupations, their BLS line and job zone." },
  { table: schema.occupationTitles, description: "O*NET's alternate and sample job titles." },
  { table: schema.onetTasks, description: "O*NET task statements." },
  { table: schema.onetEmergingTasks, description: "O*NET emerging tasks." },
  { table: schema.onetTechnologySkills, description: "O*NET technology skills, with Hot Technology and In Demand marks." },
  { table: schema.onetRelatedOccupations, description: "O*NET related occupations." },
  {
    table: schema.onetInterests,
    description: "O*NET interest (RIASEC) scores, each with its place in O*NET's interest code (high_point 1-3).",
  },
  { table: schema.onetInterestAreas, description: "O*NET's interest areas: the six RIASEC areas and the basic interest areas under them." },
  { table: schema.onetInterestExamples, description: "O*NET's example activities and occupations for each interest area." },
  { table: schema.onetEducationLevels, description: "O*NET education level shares." },
  { table: schema.aiExposureScores, description: "GPTs are GPTs (Eloundou et al.): AI exposure scores per O*NET occupation." },
  { table: schema.aiApplicabilityScores, description: "Working with AI (Tomlinson et al.): AI applicability scores per SOC occupation." },
  { table: schema.aiImpactNotes, description: "Career Atlas's notes on AI's effect on roles and occupations, each with its source." },
  { table: schema.roles, description: "The curated tech roles." },
  { table: schema.roleOccupations, description: "The BLS occupations each role is filed under (one primary)." },
  { table: schema.roleAliases, description: "Other titles of each role, with where each comes from." },
  { table: schema.roleStatements, description: "Statements about each role, with their sources." },
  { table: schema.roleLearningSteps, description: "Next steps to learn for each role." },
  { table: schema.discussionQuestions, description: "Discussion questions for each role." },
  { table: schema.skills, description: "The skill catalog." },
  { table: schema.skillFlags, description: "O*NET and role-specific marks on skills." },
  { table: schema.roleSkills, description: "The skills each role lists, core or useful." },
  { table: schema.progressionEdges, description: "Career moves from one role to another." },
  { table: schema.progressionEdgeSkills, description: "The skills each move needs." },
  { table: schema.industries, description: "Industries that hire the roles." },
  { table: schema.roleIndustries, description: "Each role's industries." },
  { table: schema.glossaryTerms, description: "The glossary." },
];

/** Columns that are the database's own machinery, not data: serial ids and the search's lower-cased copies. */
const isInternal = (column: PgColumn) =>
  (column.name === "id" && column.columnType === "PgSerial") || column.name === "title_normalized" || column.name === "alias_normalized";

/** Headers of columns whose plain words would not say what they hold, or lack their unit. */
const COLUMN_HEADERS: Record<string, string> = {
  soc_code: H.socCode,
  onet_code: H.onetCode,
  vintage: H.projectionPeriod,
  base_year: H.baseYear,
  target_year: H.targetYear,
  employment_base: H.employmentBase,
  employment_projected: H.employmentProjected,
  change_numeric: H.changeNumeric,
  change_percent: H.changePercent,
  annual_openings: H.annualOpenings,
  labor_force_exits: H.laborForceExits,
  occupational_transfers: H.occupationalTransfers,
  median_annual_wage: H.medianAnnualWage,
  wage_year: H.wageYear,
  entry_education: H.entryEducation,
  work_experience: H.workExperience,
  on_the_job_training: H.onTheJobTraining,
  role_slug: H.roleSlug,
  source_id: "Source ID",
  entry_source_id: "Entry education source ID",
  employment: H.oewsEmployment,
  annual_p10: H.annualP10,
  annual_p25: H.annualP25,
  annual_median: H.annualMedian,
  annual_p75: H.annualP75,
  annual_p90: H.annualP90,
  // An hourly figure's unit is "USD an hour", as in /occupations.csv's hourly median.
  hourly_p10: "Hourly wage, 10th percentile (USD an hour)",
  hourly_p25: "Hourly wage, 25th percentile (USD an hour)",
  hourly_median: "Hourly wage, median (USD an hour)",
  hourly_p75: "Hourly wage, 75th percentile (USD an hour)",
  hourly_p90: "Hourly wage, 90th percentile (USD an hour)",
  top_coded: H.topCoded,
  top_code_annual: H.topCodeAnnual,
  top_code_hourly: H.topCodeHourly,
  min_percent: "Band from, change (%)",
  max_percent: "Band to, change (%)",
  score: "Score (as published)",
  percent: "Share of workers (%)",
  share_percent: "Share of the role's jobs (%)",
  figure: "Figure (unit in Figure unit)",
  typical_years_min: "Typical years, at least (years)",
  typical_years_max: "Typical years, at most (years)",
  job_zone: "O*NET job zone (1 to 5)",
  rank: "Rank (1 first)",
  position: "Position (1 first)",
  category: "O*NET category number",
  task_id: "O*NET task ID",
  commodity_code: H.commodityCode,
  commodity_title: H.commodityTitle,
  hot_technology: H.hotTechnology,
  in_demand: H.inDemandForOccupation,
  skill_slug: H.skillSlug,
  importance: H.skillImportance,
  from_role: "From role slug",
  to_role: "To role slug",
  bls_code: "BLS line (SOC code)",
  related_onet_code: "Related O*NET-SOC code",
  is_primary: "Primary occupation",
  is_derived: "Derived by Career Atlas",
  url: "URL",
  // Where a column name means something else in one table.
  // The key and name of a role or an occupation, as /roles.csv and /occupations.csv head them (a counselor's pass found
  // "Slug, Title" in the bulk download's roles.csv and "Role slug, Role" in /roles.csv).
  "roles.slug": H.roleSlug,
  "roles.title": H.role,
  "occupations.title": H.occupation,
  "sources.vintage": "Release",
  "sources.id": "Source ID",
  "sources.url": H.sourceUrl,
  // The same things as the downloads from the pages head them (/compare.csv's skills, technologies and AI tables): a
  // counselor's pass found "Slug, Name, Kind" here against "Skill, Skill kind" there, and "Score (as published)" for an
  // AI exposure score, an AI applicability score and an O*NET interest score alike.
  "skills.slug": H.skillSlug,
  "skills.name": H.skill,
  "skills.kind": H.skillKind,
  "industries.slug": "Industry slug",
  "industries.name": "Industry",
  "glossary_terms.slug": "Term slug",
  "onet_technology_skills.example": H.technology,
  "onet_occupations.title": H.onetOccupation,
  "ai_exposure_scores.measure": H.aiMeasure,
  "ai_exposure_scores.rater": H.aiRater,
  "ai_exposure_scores.score": H.aiExposureScore,
  "ai_applicability_scores.title": H.occupation,
  "ai_applicability_scores.score": H.aiApplicabilityScore,
  "onet_interests.score": "Interest score (1 to 7)",
  element_id: "O*NET element ID",
  riasec_area: "RIASEC area",
  "onet_emerging_tasks.category": "Category",
};

const WORDS: Record<string, string> = { soc: "SOC", onet: "O*NET", bls: "BLS", url: "URL", id: "ID", ai: "AI", unspsc: "UNSPSC" };

/** A column's header: the vocabulary's, or its words as a person reads them ("task_type" is "Task type"). */
export function bulkColumnHeader(column: string, table: string): string {
  const known = COLUMN_HEADERS[`${table}.${column}`] ?? COLUMN_HEADERS[column];
  if (known) return known;
  const words = column.split("_").map((word) => WORDS[word] ?? word);
  const first = words[0]!;
  return [first === first.toLowerCase() ? first[0]!.toUpperCase() + first.slice(1) : first, ...words.slice(1)].join(" ");
}

/**
 * The exported columns of a table, with their headers and Frictionless types: in the table's order, but for the columns
 * every CSV shares, which keep the order they have in every other download (a role before its occupation).
 */
export function bulkColumns(table: PgTable) {
  return inSharedOrder(
    Object.values(getTableColumns(table) as Record<string, PgColumn>)
      .filter((column) => !isInternal(column))
      .map((column) => ({
        column,
        name: column.name,
        header: bulkColumnHeader(column.name, getTableConfig(table).name),
        type: frictionlessType(column),
      })),
  );
}

export const bulkFileName = (table: PgTable) => `${getTableConfig(table).name.replace(/_/g, "-")}.csv`;

/** The zip's name for a data version: career-atlas-v3-1a2b3c4d.zip. */
export const bulkDownloadName = (tag: string) => `career-atlas-${tag}.zip`;

function frictionlessType(column: PgColumn): string {
  switch (column.columnType) {
    case "PgInteger":
    case "PgSmallInt":
    case "PgSerial":
      return "integer";
    case "PgNumericNumber":
    case "PgDoublePrecision":
      return "number";
    case "PgBoolean":
      return "boolean";
    case "PgDateString":
      return "date";
    default:
      return "string";
  }
}

/** A cell as the CSV writes it: arrays joined with "; ", booleans true/false (Frictionless's default), the rest as is. */
function cell(value: unknown): string | number {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return value.join("; ");
  if (typeof value === "boolean") return value ? "true" : "false";
  if (value instanceof Date) return value.toISOString();
  return value as string | number;
}

export interface BulkFile {
  name: string;
  description: string;
  rows: number;
  text: string;
  fields: { name: string; type: string }[];
  primaryKey: string[];
}

/** Each table as a CSV, read in one query per table, in primary key order (so two downloads of a version are equal). */
export async function readBulkFiles(): Promise<BulkFile[]> {
  const db = await database();
  const files: BulkFile[] = [];
  for (const { table, description } of BULK_TABLES) {
    const columns = bulkColumns(table);
    const config = getTableConfig(table);
    const keyColumns = [...config.columns.filter((c) => c.primary && !isInternal(c)), ...config.primaryKeys.flatMap((key) => key.columns)];
    // Rows in key order, or for a table keyed by a serial id alone by its columns as the table lists them (not as the
    // file does, which may move its shared columns: the rows keep the order they had).
    const order = keyColumns.length > 0 ? keyColumns : config.columns.filter((c) => !isInternal(c));
    const rows = await db
      .select(Object.fromEntries(columns.map((c) => [c.name, c.column])))
      .from(table)
      .orderBy(
        ...order.map((c) => asc(c)),
        ...config.columns
          .filter(isInternal)
          .filter((c) => c.name === "id")
          .map((c) => asc(c)),
      );
    const csvColumns = columns.map((c) => ({ key: c.name, header: c.header }));
    files.push({
      name: bulkFileName(table),
      description,
      rows: rows.length,
      text: csvText(
        csvColumns,
        rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, cell(v)]))),
      ),
      fields: columns.map((c) => ({ name: c.header, type: c.type })),
      primaryKey: keyColumns.map((c) => bulkColumnHeader(c.name, config.name)),
    });
  }
  return files;
}

/** The row count of every exported table, by file name: what the download must hold (tests compare the two). */
export async function countBulkRows(): Promise<Record<string, number>> {
  const db = await database();
  const counts = await Promise.all(
    BULK_TABLES.map(async ({ table }) => [bulkFileName(table), (await db.select({ n: count() }).from(table))[0]!.n] as const),
  );
  return Object.fromEntries(counts);
}

/** The zip of one data version: the CSVs, README.md, LICENSES.md and datapackage.json. */
export async function buildBulkDownload(version: DataVersion): Promise<Uint8Array> {
  const db = await database();
  const [files, sourceRows] = await Promise.all([readBulkFiles(), db.select().from(schema.sources).orderBy(asc(schema.sources.id))]);
  const licences = new Map<string, string[]>();
  for (const source of sourceRows) licences.set(source.license, [...(licences.get(source.license) ?? []), sourceCredit(source)]);
  const descriptor = {
    profile: "tabular-data-package",
    name: "career-atlas",
    title: "Career Atlas: tech roles, BLS occupations and projections, O*NET and AI research, with sources",
    version: version.tag,
    created: version.loadedAt,
    homepage: "/data",
    licenses: [...licences.keys()].map(licenceEntry),
    sources: sourceRows.map((s) => ({ title: sourceCredit(s), ...(s.url ? { path: s.url } : {}) })),
    resources: files.map((file) => ({
      name: file.name.replace(/\.csv$/, ""),
      path: file.name,
      profile: "tabular-data-resource",
      description: file.description,
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8",
      dialect: { delimiter: ",", lineTerminator: "\r\n", quoteChar: '"', doubleQuote: true, header: true },
      schema: { fields: file.fields, ...(file.primaryKey.length > 0 ? { primaryKey: file.primaryKey } : {}) },
    })),
  };
  const entries: Record<string, Uint8Array> = {
    "README.md": strToU8(readme(version, files)),
    "LICENSES.md": strToU8(licencesText(licences)),
    "datapackage.json": strToU8(`${JSON.stringify(descriptor, null, 2)}\n`),
  };
  for (const file of files) entries[file.name] = strToU8(file.text);
  // A fixed date keeps two builds of one version byte-identical (the ETag is the version's).
  return zipSync(entries, { level: 6, mtime: new Date(version.loadedAt) });
}

/** A licence as Frictionless names it: SPDX where there is one, else the licence's own words. */
function licenceEntry(licence: string) {
  if (licence.startsWith("CC BY 4.0")) return { name: "CC-BY-4.0", path: "https://creativecommons.org/licenses/by/4.0/", title: licence };
  if (licence.startsWith("MIT")) return { name: "MIT", path: "https://opensource.org/licenses/MIT", title: licence };
  if (licence.startsWith("Public domain")) return { name: "other-pd", title: licence };
  return { name: "other-nc", title: licence };
}

/** A column naming the source of its row's figures: "Source ID", or one per figure ("Entry education source ID"). */
const isSourceColumn = (header: string) => header === COLUMN_HEADERS.source_id || header.endsWith(" source ID");

function readme(version: DataVersion, files: BulkFile[]): string {
  // A few tables are the catalogue's own lists (names, descriptions and links between rows), with no source column:
  // the README names them rather than claim that every row names its source.
  const unsourced = files.filter((f) => !f.fields.some((field) => isSourceColumn(field.name)));
  return [
    `# Career Atlas dataset, data version ${version.tag}`,
    "",
    `Loaded ${version.loadedAt}. Every figure is as its publisher published it, and each row names its sources in its file's`,
    "source ID columns (Source ID, or one per figure, e.g. Entry education source ID), described in sources.csv with their",
    "licences.",
    ...(unsourced.length > 0
      ? [
          `${listTitles(unsourced.map((f) => f.name))} have no such column: they are Career Atlas's own lists (names,`,
          "descriptions and links between rows) and hold no published figure.",
        ]
      : []),
    "LICENSES.md lists which licence covers what; datapackage.json describes every file and field (Frictionless Data Package).",
    "",
    "The CSV files are RFC 4180 with a UTF-8 byte order mark (Excel opens them as UTF-8), CRLF line ends and one header row.",
    "Headers are words with the unit in parentheses, e.g. “Employment in base year (jobs)”, “Median annual wage (USD)”.",
    "Lists inside a cell are separated by “; ”; true and false are written as such; an empty cell is a missing value.",
    "",
    "| file | rows | what it holds |",
    "| --- | ---: | --- |",
    ...files.map((f) => `| ${f.name} | ${f.rows} | ${f.description} |`),
    "",
    "The same data is served as JSON at /api/v1 (OpenAPI description at /api/v1/openapi.json); see /data on Career Atlas.",
    "",
  ].join("\n");
}

function licencesText(licences: Map<string, string[]>): string {
  return [
    "# Licences",
    "",
    "Each source keeps its own licence; cite the source named in each row. In short: BLS figures are public domain (U.S.",
    "government work); O*NET data is CC BY 4.0 (U.S. Department of Labor, Employment and Training Administration; O*NET® is",
    "a trademark of USDOL/ETA); Working with AI is CC BY 4.0; GPTs are GPTs is MIT. Every source, by licence:",
    "",
    ...[...licences].flatMap(([licence, credits]) => [`## ${licence}`, "", ...credits.map((c) => `- ${c}`), ""]),
  ].join("\n");
}

/** The header convention holds for every exported column (checked when written, tested without a database). */
export function bulkHeadersBreakingConvention(): string[] {
  return BULK_TABLES.flatMap(({ table }) => bulkColumns(table).map((c) => c.header)).filter((h) => !CSV_HEADER_PATTERN.test(h));
}
