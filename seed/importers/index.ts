/**
 * Importers: publishers' files (BLS, O*NET, "GPTs are GPTs") -> the generated seed files.
 * `importSeedFiles` reads and checks everything first and writes only when all of it is good.
 */
import { buildSeedFiles, stderrLogger, type Logger } from "./build";
import { compareSeedFiles, writeSeedFiles, type FileDifference, type GeneratedFile } from "./output";

export { buildSeedFiles, OUTPUT_FILES, PUBLISHER_FILES, stderrLogger, type Logger } from "./build";
export { readEpExport, type EpExport, type EpExportRow } from "./bls-export";
export { ImportError } from "./errors";
export { readReference, figuresInNotes, type ReferenceRow } from "./reference";
export { readExposureScores, readOnetJobZones, readOnetOccupations, readOnetTechnologySkills } from "./onet";
export { compareSeedFiles, writeSeedFiles, type FileDifference, type GeneratedFile } from "./output";
export { blsWageCell, thousandsToPersons } from "./values";

export interface ImportOptions {
  /** The shared data directory (../shared/data). */
  readonly from: string;
  /** Where the seed files go (seed/data). */
  readonly out: string;
  readonly log?: Logger;
}

/** Builds every file, then writes them all. Throws (an ImportError for bad input) before writing anything. */
export function importSeedFiles(options: ImportOptions): GeneratedFile[] {
  const log = options.log ?? stderrLogger;
  const files = buildSeedFiles({ from: options.from, log });
  writeSeedFiles(options.out, files, log);
  return files;
}

/** Builds every file and compares it with what is in the output directory; writes nothing. */
export function checkSeedFiles(options: ImportOptions): { files: GeneratedFile[]; differences: FileDifference[] } {
  const files = buildSeedFiles({ from: options.from, log: options.log ?? stderrLogger });
  return { files, differences: compareSeedFiles(options.out, files) };
}
