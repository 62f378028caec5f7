/**
 * Importers: publishers' files (BLS, OEWS, O*NET, "GPTs are GPTs", "Working with AI") -> the generated seed files.
 * `importSeedFiles` reads and checks everything first and writes only when all of it is good.
 */
import { buildSeedFiles, stderrLogger, type Logger } from "./build";
import {
  compareSeedFiles,
  formatChanges,
  summarizeChanges,
  writeSeedFiles,
  type FileChanges,
  type FileDifference,
  type GeneratedFile,
} from "./output";

export { buildSeedFiles, CURATED_INPUTS, OUTPUT_FILES, sourceIds, stderrLogger, type Logger } from "./build";
export { discoverPublisherFiles, FIXED_FILES, ONET_FILES, type PublisherFiles } from "./discover";
export { readEpExport, type EpExport, type EpExportRow } from "./bls-export";
export { readEpWorkbook, workbookWageCell, type EpWorkbook } from "./bls-workbook";
export { ImportError } from "./errors";
export { readOews, oewsWageCell, readOewsTopCodes } from "./oews";
export { readReference, figuresInNotes, type ReferenceRow } from "./reference";
export { readExposureScores, readOnetJobZones, readOnetOccupations, readOnetTechnologySkills } from "./onet";
export {
  compareSeedFiles,
  describeChanges,
  formatChanges,
  summarizeChanges,
  writeSeedFiles,
  type FileChanges,
  type FileDifference,
  type GeneratedFile,
} from "./output";
export { blsWageCell, publishedDecimal, thousandsToPersons } from "./values";

export interface ImportOptions {
  /** The shared data directory (../shared/data). */
  readonly from: string;
  /** Where the seed files go (seed/data); the hand-made files the importer reads (sources.yaml, the crosswalk) are there too. */
  readonly out: string;
  readonly log?: Logger;
}

/** Builds every file, then writes them all. Throws (an ImportError for bad input) before writing anything. */
export async function importSeedFiles(options: ImportOptions): Promise<{ files: GeneratedFile[]; changes: FileChanges[] }> {
  const log = options.log ?? stderrLogger;
  const files = await buildSeedFiles({ from: options.from, curated: options.out, log });
  const changes = summarizeChanges(options.out, files);
  writeSeedFiles(options.out, files, log);
  log("changes since the last import (rows by key; revised = same key, another value):");
  for (const change of changes) log(`  ${formatChanges(change)}`);
  return { files, changes };
}

/** Builds every file and compares it with what is in the output directory; writes nothing. */
export async function checkSeedFiles(
  options: ImportOptions,
): Promise<{ files: GeneratedFile[]; differences: FileDifference[]; changes: FileChanges[] }> {
  const files = await buildSeedFiles({ from: options.from, curated: options.out, log: options.log ?? stderrLogger });
  return { files, differences: compareSeedFiles(options.out, files), changes: summarizeChanges(options.out, files) };
}
