/**
 * Finds the publisher files under the shared data directory by name, so a new release is one more file, not a code
 * change: every BLS projections export and workbook (each one projection period), the newest OEWS national file and
 * the newest O*NET release. The period a file holds is read again from its header by its reader and must agree with
 * its name.
 */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { ProjectionVintage } from "../../db/schema/enums";
import { ImportError } from "./errors";

export interface PeriodFiles {
  readonly vintage: ProjectionVintage;
  /** Relative to the shared data directory. */
  readonly export?: string;
  readonly workbook?: string;
}

export interface PublisherFiles {
  readonly reference: string;
  /** Oldest period first. */
  readonly periods: readonly PeriodFiles[];
  readonly oews: { readonly tsv: string; readonly xlsx: string; readonly year: number };
  readonly onet: { readonly dir: string; readonly release: string };
  readonly exposure: string;
  readonly applicability: string;
}

export const FIXED_FILES = {
  reference: "reference/bls-tech-occupations.csv",
  exposure: "ai-exposure/eloundou_gpts-are-gpts_occ_level.csv",
  applicability: "ai-exposure/working-with-ai/soc_ai_applicability_scores.csv",
} as const;

/** The O*NET files read from a release directory. */
export const ONET_FILES = {
  occupations: "Occupation Data.tsv",
  jobZones: "Job Zones.tsv",
  alternateTitles: "Alternate Titles.tsv",
  reportedTitles: "Sample of Reported Titles.tsv",
  tasks: "Task Statements.tsv",
  emergingTasks: "Emerging Tasks.tsv",
  technology: "Technology Skills.tsv",
  related: "Related Occupations.tsv",
  interests: "Interests.tsv",
  basicInterests: "Basic Interests to RIASEC.tsv",
  interestActivities: "Interests Illustrative Activities.tsv",
  interestOccupations: "Interests Illustrative Occupations.tsv",
  contentModel: "Content Model Reference.tsv",
  education: "Education, Training, and Experience.tsv",
  educationCategories: "Education, Training, and Experience Categories.tsv",
} as const;

function list(from: string, dir: string): string[] {
  try {
    return readdirSync(join(from, dir)).sort();
  } catch {
    throw new ImportError(join(from, dir), undefined, undefined, "directory is missing");
  }
}

export function discoverPublisherFiles(from: string): PublisherFiles {
  const periods = new Map<string, { export?: string; workbook?: string }>();
  for (const name of list(from, "bls")) {
    const exported = /^ep-occupation-projections_(\d{4}-\d{2})\.csv$/.exec(name);
    const workbook = /^occupation_(\d{4}-\d{2})\.xlsx$/.exec(name);
    const vintage = exported?.[1] ?? workbook?.[1];
    if (vintage === undefined) continue;
    const entry = periods.get(vintage) ?? {};
    if (exported) entry.export = `bls/${name}`;
    if (workbook) entry.workbook = `bls/${name}`;
    periods.set(vintage, entry);
  }
  if (periods.size === 0) {
    throw new ImportError(
      join(from, "bls"),
      undefined,
      undefined,
      "no ep-occupation-projections_YYYY-YY.csv or occupation_YYYY-YY.xlsx file",
    );
  }

  const oewsYears = list(from, "bls/oews")
    .flatMap((name) => /^national_M(\d{4})_dl\.tsv$/.exec(name)?.[1] ?? [])
    .map(Number)
    .sort((a, b) => a - b);
  const oewsYear = oewsYears.at(-1);
  if (oewsYear === undefined) throw new ImportError(join(from, "bls/oews"), undefined, undefined, "no national_MYYYY_dl.tsv file");
  const oews = { tsv: `bls/oews/national_M${oewsYear}_dl.tsv`, xlsx: `bls/oews/national_M${oewsYear}_dl.xlsx`, year: oewsYear };

  const releases = list(from, "onet")
    .flatMap((name) => {
      const match = /^db_(\d+)_(\d+)_tsv$/.exec(name);
      return match ? [{ dir: `onet/${name}`, major: Number(match[1]), minor: Number(match[2]) }] : [];
    })
    .sort((a, b) => a.major - b.major || a.minor - b.minor);
  const newest = releases.at(-1);
  if (!newest) throw new ImportError(join(from, "onet"), undefined, undefined, "no O*NET release directory db_NN_N_tsv");

  const files: PublisherFiles = {
    reference: FIXED_FILES.reference,
    periods: [...periods].sort(([a], [b]) => (a < b ? -1 : 1)).map(([vintage, entry]) => ({ vintage, ...entry })),
    oews,
    onet: { dir: newest.dir, release: `${newest.major}.${newest.minor}` },
    exposure: FIXED_FILES.exposure,
    applicability: FIXED_FILES.applicability,
  };
  const required = [
    files.reference,
    oews.tsv,
    oews.xlsx,
    files.exposure,
    files.applicability,
    ...Object.values(ONET_FILES).map((f) => `${newest.dir}/${f}`),
  ];
  for (const relative of required) {
    if (!existsSync(join(from, relative))) throw new ImportError(join(from, relative), undefined, undefined, "file is missing");
  }
  return files;
}
