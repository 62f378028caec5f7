/**
 * O*NET 29.3 database files (tab-separated conversion of the Excel edition) and the "GPTs are GPTs"
 * occupation-level exposure scores, which are keyed by O*NET-SOC code.
 */
import { ImportError, ValueError } from "./errors";
import { CellReader, readTable } from "./table";
import { textCell } from "./values";

const ONET_CODE = "O*NET-SOC Code";

function onetCodeCell(cell: string): string {
  if (!/^\d{2}-\d{4}\.\d{2}$/.test(cell)) throw new ValueError("expected an O*NET-SOC code such as 15-1252.00");
  return cell;
}

function flagCell(cell: string): "Y" | "N" {
  if (cell !== "Y" && cell !== "N") throw new ValueError('expected "Y" or "N"');
  return cell;
}

export interface OnetOccupation {
  readonly code: string;
  readonly title: string;
  readonly line: number;
}

/** `Occupation Data.tsv`: code -> title. */
export function readOnetOccupations(file: string): Map<string, OnetOccupation> {
  const table = readTable(file, { delimiter: "\t", requiredColumns: [ONET_CODE, "Title"] });
  const occupations = new Map<string, OnetOccupation>();
  for (const row of table.rows) {
    const cells = new CellReader(file, row);
    const code = cells.get(ONET_CODE, onetCodeCell);
    if (occupations.has(code)) cells.fail(ONET_CODE, `${code} appears twice`);
    occupations.set(code, { code, title: cells.get("Title", textCell), line: row.line });
  }
  return occupations;
}

/** `Job Zones.tsv`: code -> job zone 1-5. */
export function readOnetJobZones(file: string): Map<string, number> {
  const table = readTable(file, { delimiter: "\t", requiredColumns: [ONET_CODE, "Job Zone"] });
  const zones = new Map<string, number>();
  for (const row of table.rows) {
    const cells = new CellReader(file, row);
    const code = cells.get(ONET_CODE, onetCodeCell);
    const zone = cells.get("Job Zone", (cell) => {
      if (!/^[1-5]$/.test(cell)) throw new ValueError("expected a job zone from 1 to 5");
      return Number(cell);
    });
    if (zones.has(code)) cells.fail(ONET_CODE, `${code} has two job zones`);
    zones.set(code, zone);
  }
  return zones;
}

export interface OnetTechnology {
  readonly onetCode: string;
  readonly example: string;
  readonly commodityCode: string;
  readonly commodityTitle: string;
  readonly hotTechnology: "Y" | "N";
  readonly inDemand: "Y" | "N";
}

/** `Technology Skills.tsv`, every row checked, then filtered to the wanted codes. */
export function readOnetTechnologySkills(file: string, wanted: ReadonlySet<string>): { rows: OnetTechnology[]; total: number } {
  const table = readTable(file, {
    delimiter: "\t",
    requiredColumns: [ONET_CODE, "Example", "Commodity Code", "Commodity Title", "Hot Technology", "In Demand"],
  });
  const rows: OnetTechnology[] = [];
  for (const row of table.rows) {
    const cells = new CellReader(file, row);
    const technology: OnetTechnology = {
      onetCode: cells.get(ONET_CODE, onetCodeCell),
      example: cells.get("Example", textCell),
      commodityCode: cells.get("Commodity Code", (cell) => {
        if (!/^\d{8}$/.test(cell)) throw new ValueError("expected an 8-digit UNSPSC commodity code");
        return cell;
      }),
      commodityTitle: cells.get("Commodity Title", textCell),
      hotTechnology: cells.get("Hot Technology", flagCell),
      inDemand: cells.get("In Demand", flagCell),
    };
    if (wanted.has(technology.onetCode)) rows.push(technology);
  }
  return { rows, total: table.rows.length };
}

export const EXPOSURE_COLUMNS = {
  gpt4: { alpha: "dv_rating_alpha", beta: "dv_rating_beta", gamma: "dv_rating_gamma" },
  human: { alpha: "human_rating_alpha", beta: "human_rating_beta", gamma: "human_rating_gamma" },
} as const;

export type ExposureRater = keyof typeof EXPOSURE_COLUMNS;
export type ExposureMeasure = keyof (typeof EXPOSURE_COLUMNS)["gpt4"];

export interface ExposureScores {
  readonly onetCode: string;
  readonly line: number;
  /** Scores exactly as written in the file (e.g. "0.8200000000000001"). */
  readonly scores: Readonly<Record<ExposureRater, Readonly<Record<ExposureMeasure, string>>>>;
}

function shareCell(cell: string): string {
  if (!/^\d+(?:\.\d+)?(?:[eE]-?\d+)?$/.test(cell)) throw new ValueError("expected a decimal share such as 0.46");
  const value = Number(cell);
  if (!(value >= 0 && value <= 1)) throw new ValueError("an exposure share must be between 0 and 1");
  return cell;
}

/** `eloundou_gpts-are-gpts_occ_level.csv`: code -> six scores. */
export function readExposureScores(file: string): Map<string, ExposureScores> {
  const columns = [...Object.values(EXPOSURE_COLUMNS.gpt4), ...Object.values(EXPOSURE_COLUMNS.human)];
  const table = readTable(file, { delimiter: ",", requiredColumns: [ONET_CODE, ...columns] });
  const byCode = new Map<string, ExposureScores>();
  for (const row of table.rows) {
    const cells = new CellReader(file, row);
    const onetCode = cells.get(ONET_CODE, onetCodeCell);
    const read = (rater: ExposureRater): Record<ExposureMeasure, string> => ({
      alpha: cells.get(EXPOSURE_COLUMNS[rater].alpha, shareCell),
      beta: cells.get(EXPOSURE_COLUMNS[rater].beta, shareCell),
      gamma: cells.get(EXPOSURE_COLUMNS[rater].gamma, shareCell),
    });
    const previous = byCode.get(onetCode);
    if (previous) cells.fail(ONET_CODE, `${onetCode} already appeared on line ${previous.line}`);
    byCode.set(onetCode, { onetCode, line: row.line, scores: { gpt4: read("gpt4"), human: read("human") } });
  }
  if (byCode.size === 0) throw new ImportError(file, undefined, undefined, "the file has no data rows");
  return byCode;
}
