/**
 * O*NET database files (the tab-separated conversion of the Excel edition, db_<release>_tsv/) and the "GPTs are
 * GPTs" occupation-level exposure scores, which are keyed by O*NET-SOC code. Every row of every file is checked,
 * whatever the product keeps of it.
 */
import { ImportError, ValueError } from "./errors";
import { CellReader, readTable } from "./table";
import { oneOf, textCell } from "./values";

const ONET_CODE = "O*NET-SOC Code";

export function onetCodeCell(cell: string): string {
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
  readonly description: string;
  readonly line: number;
}

/** `Occupation Data.tsv`: code -> title and description. */
export function readOnetOccupations(file: string): Map<string, OnetOccupation> {
  const table = readTable(file, { delimiter: "\t", requiredColumns: [ONET_CODE, "Title", "Description"] });
  const occupations = new Map<string, OnetOccupation>();
  for (const row of table.rows) {
    const cells = new CellReader(file, row);
    const code = cells.get(ONET_CODE, onetCodeCell);
    if (occupations.has(code)) cells.fail(ONET_CODE, `${code} appears twice`);
    occupations.set(code, { code, title: cells.get("Title", textCell), description: cells.get("Description", textCell), line: row.line });
  }
  if (occupations.size === 0) throw new ImportError(file, undefined, undefined, "the file has no data rows");
  return occupations;
}

/** Checks a row's O*NET code against Occupation Data (every detail file is keyed by it). */
function knownCode(known: ReadonlyMap<string, unknown>) {
  return (cell: string): string => {
    const code = onetCodeCell(cell);
    if (!known.has(code)) throw new ValueError(`${code} is not an occupation of Occupation Data`);
    return code;
  };
}

export interface OnetTitle {
  readonly onetCode: string;
  readonly title: string;
  readonly shortTitle?: string;
  /** The codes of the sources O*NET lists for an alternate title ("02,04,10"), as it gives them. */
  readonly sources?: string;
}

/** O*NET's Source(s) cell: two-digit codes, comma-separated, each once. */
function sourceCodes(raw: string): string {
  const codes = raw.trim().split(",");
  if (!codes.every((code) => /^\d{2}$/.test(code)))
    throw new ValueError('expected two-digit source codes separated by commas, e.g. "02,10"');
  if (new Set(codes).size !== codes.length) throw new ValueError("a source code is listed twice");
  return codes.join(",");
}

/** `Alternate Titles.tsv` (an absent Short Title is empty, or "n/a" in O*NET's own text edition). */
export function readOnetAlternateTitles(file: string, known: ReadonlyMap<string, unknown>): OnetTitle[] {
  const table = readTable(file, { delimiter: "\t", requiredColumns: [ONET_CODE, "Alternate Title", "Short Title", "Source(s)"] });
  const seen = new Set<string>();
  return table.rows.map((row) => {
    const cells = new CellReader(file, row);
    const onetCode = cells.get(ONET_CODE, knownCode(known));
    const title = cells.get("Alternate Title", textCell);
    const short = cells.raw("Short Title").trim();
    const sources = cells.get("Source(s)", sourceCodes);
    const key = `${onetCode}\t${title}`;
    if (seen.has(key)) cells.fail("Alternate Title", `"${title}" is listed twice for ${onetCode}`);
    seen.add(key);
    return { onetCode, title, sources, ...(short === "" || short === "n/a" ? {} : { shortTitle: short }) };
  });
}

/** `Sample of Reported Titles.tsv`. */
export function readOnetReportedTitles(file: string, known: ReadonlyMap<string, unknown>): OnetTitle[] {
  const table = readTable(file, { delimiter: "\t", requiredColumns: [ONET_CODE, "Reported Job Title"] });
  return table.rows.map((row) => {
    const cells = new CellReader(file, row);
    return { onetCode: cells.get(ONET_CODE, knownCode(known)), title: cells.get("Reported Job Title", textCell) };
  });
}

export interface OnetTask {
  readonly onetCode: string;
  readonly taskId: string;
  readonly task: string;
  /** "Core", "Supplemental", or "" where O*NET has not rated it. */
  readonly taskType: string;
}

/** `Task Statements.tsv`. */
export function readOnetTasks(file: string, known: ReadonlyMap<string, unknown>): OnetTask[] {
  const table = readTable(file, { delimiter: "\t", requiredColumns: [ONET_CODE, "Task ID", "Task", "Task Type"] });
  const seen = new Set<string>();
  return table.rows.map((row) => {
    const cells = new CellReader(file, row);
    const onetCode = cells.get(ONET_CODE, knownCode(known));
    const taskId = cells.get("Task ID", (cell) => {
      if (!/^[1-9]\d*$/.test(cell)) throw new ValueError("expected a task number such as 8823");
      return cell;
    });
    if (seen.has(`${onetCode} ${taskId}`)) cells.fail("Task ID", `task ${taskId} is listed twice for ${onetCode}`);
    seen.add(`${onetCode} ${taskId}`);
    return {
      onetCode,
      taskId,
      task: cells.get("Task", textCell),
      taskType: cells.get("Task Type", (cell) => {
        if (cell !== "" && cell !== "Core" && cell !== "Supplemental") throw new ValueError('expected "Core", "Supplemental" or empty');
        return cell;
      }),
    };
  });
}

export interface OnetEmergingTask {
  readonly onetCode: string;
  readonly task: string;
  readonly category: "New" | "Revision";
  readonly originalTask: string;
  readonly collected: string;
}

/** `Emerging Tasks.tsv`: a revision quotes the task it revises. */
export function readOnetEmergingTasks(file: string, known: ReadonlyMap<string, unknown>): OnetEmergingTask[] {
  const table = readTable(file, { delimiter: "\t", requiredColumns: [ONET_CODE, "Task", "Category", "Original Task", "Date"] });
  return table.rows.map((row) => {
    const cells = new CellReader(file, row);
    const category = cells.get("Category", (cell) => {
      if (cell !== "New" && cell !== "Revision") throw new ValueError('expected "New" or "Revision"');
      return cell;
    });
    const originalTask = cells.raw("Original Task").trim();
    if ((category === "Revision") !== (originalTask !== ""))
      cells.fail("Original Task", "a revision (and only a revision) quotes its original task");
    return {
      onetCode: cells.get(ONET_CODE, knownCode(known)),
      task: cells.get("Task", textCell),
      category,
      originalTask,
      collected: cells.get("Date", (cell) => {
        if (!/^(0[1-9]|1[0-2])\/\d{4}$/.test(cell)) throw new ValueError("expected a month written MM/YYYY");
        return cell;
      }),
    };
  });
}

export interface OnetRelated {
  readonly onetCode: string;
  readonly relatedCode: string;
  readonly tier: string;
  readonly rank: string;
}

/** `Related Occupations.tsv`. */
export function readOnetRelated(file: string, known: ReadonlyMap<string, unknown>): OnetRelated[] {
  const table = readTable(file, {
    delimiter: "\t",
    requiredColumns: [ONET_CODE, "Related O*NET-SOC Code", "Relatedness Tier", "Index"],
  });
  return table.rows.map((row) => {
    const cells = new CellReader(file, row);
    return {
      onetCode: cells.get(ONET_CODE, knownCode(known)),
      relatedCode: cells.get("Related O*NET-SOC Code", knownCode(known)),
      tier: cells.get("Relatedness Tier", (cell) => {
        if (!["Primary-Short", "Primary-Long", "Supplemental"].includes(cell)) {
          throw new ValueError('expected "Primary-Short", "Primary-Long" or "Supplemental"');
        }
        return cell;
      }),
      rank: cells.get("Index", (cell) => {
        if (!/^[1-9]\d*$/.test(cell)) throw new ValueError("expected a rank such as 1");
        return cell;
      }),
    };
  });
}

/** A score or percent exactly as written ("3.24", "0"). */
function decimalCell(min: number, max: number, decimals: number) {
  return (cell: string): string => {
    if (!new RegExp(`^\\d+(?:\\.\\d{1,${decimals}})?$`).test(cell))
      throw new ValueError(`expected a number with at most ${decimals} decimals`);
    const value = Number(cell);
    if (value < min || value > max) throw new ValueError(`expected a value from ${min} to ${max}`);
    return cell;
  };
}

export interface OnetInterest {
  readonly onetCode: string;
  readonly interest: string;
  readonly score: string;
  /** Which of O*NET's interest high-points the area is (1-3), if any. */
  readonly highPoint?: number;
}

export const RIASEC = ["Realistic", "Investigative", "Artistic", "Social", "Enterprising", "Conventional"] as const;

/** O*NET's three interest high-points (scale IH), each naming a RIASEC area by its number (1-6; 0 = none). */
const HIGH_POINTS = ["First Interest High-Point", "Second Interest High-Point", "Third Interest High-Point"] as const;

/**
 * `Interests.tsv`: the six scores (scale OI, occupational interests, 1-7) of each occupation, each marked with the
 * high-point it is (scale IH: O*NET's interest code, one to three areas that stand out, "IC" for statisticians).
 * A high-point naming no area is 0; one naming an area twice, or skipping one (a third without a second), is an error.
 */
export function readOnetInterests(file: string, known: ReadonlyMap<string, unknown>): OnetInterest[] {
  const table = readTable(file, { delimiter: "\t", requiredColumns: [ONET_CODE, "Element Name", "Scale ID", "Data Value"] });
  const interests: OnetInterest[] = [];
  // Per occupation, the area each high-point names and the row that names it (an error points at that row).
  const highPoints = new Map<string, { named: ((typeof RIASEC)[number] | null)[]; rows: CellReader[] }>();
  for (const row of table.rows) {
    const cells = new CellReader(file, row);
    const onetCode = cells.get(ONET_CODE, knownCode(known));
    const scale = cells.raw("Scale ID");
    if (scale === "IH") {
      const which = HIGH_POINTS.indexOf(cells.get("Element Name", oneOf(HIGH_POINTS)));
      const area = cells.get("Data Value", (cell) => {
        if (!/^[0-6]$/.test(cell)) throw new ValueError("expected a RIASEC area's number, 1 to 6 (0 for none)");
        return Number(cell);
      });
      const points = highPoints.get(onetCode) ?? { named: [null, null, null], rows: [] };
      points.named[which] = area === 0 ? null : RIASEC[area - 1]!;
      points.rows[which] = cells;
      highPoints.set(onetCode, points);
      continue;
    }
    if (scale !== "OI") continue;
    interests.push({
      onetCode,
      interest: cells.get("Element Name", oneOf(RIASEC)),
      score: cells.get("Data Value", decimalCell(1, 7, 2)),
    });
  }
  for (const [onetCode, { named, rows }] of highPoints) {
    const twice = named.findIndex((area, i) => area !== null && named.indexOf(area) !== i);
    const gap = named.findIndex((area, i) => area !== null && named.slice(0, i).includes(null));
    const at = twice >= 0 ? twice : gap;
    if (at >= 0) {
      const shown = named.map((a) => a ?? "none").join(", ");
      rows[at]!.fail(
        "Data Value",
        `${onetCode}'s interest high-points (${shown}) ${twice >= 0 ? `name ${named[twice]} twice` : "skip one"}`,
      );
    }
  }
  return interests.map((interest) => {
    const point = highPoints.get(interest.onetCode)?.named.indexOf(interest.interest as (typeof RIASEC)[number]) ?? -1;
    return point >= 0 ? { ...interest, highPoint: point + 1 } : interest;
  });
}

/** One of O*NET's interest areas: a RIASEC area, or a basic interest area under one RIASEC area. */
export interface OnetInterestArea {
  /** O*NET's element ID: 1.B.1.a-f for the RIASEC areas, 1.B.3.a-ao for the basic interest areas. */
  readonly elementId: string;
  readonly name: string;
  /** O*NET's description of the area (Content Model Reference). */
  readonly description: string;
  /** The RIASEC area it belongs to (its own name for a RIASEC area). */
  readonly riasecArea: (typeof RIASEC)[number];
}

export interface OnetInterestExample {
  readonly elementId: string;
  readonly kind: "activity" | "occupation";
  /** An activity ("Build kitchen cabinets.") or an occupation's title. */
  readonly example: string;
  /** The occupation's O*NET-SOC code (occupations only). */
  readonly onetCode?: string;
}

const RIASEC_ELEMENT = /^1\.B\.1\.[a-f]$/;
const BASIC_INTEREST_ELEMENT = /^1\.B\.3\.[a-z]{1,2}$/;

/**
 * O*NET's interest areas: the six RIASEC areas and the basic interest areas of `Basic Interests to RIASEC.tsv`
 * (a basic area under two RIASEC areas is one row for each), each with its description from `Content Model
 * Reference.tsv`. O*NET 30.1 scores occupations on the RIASEC areas only (`Interests.tsv`).
 */
export function readOnetInterestAreas(basicFile: string, referenceFile: string): OnetInterestArea[] {
  const reference = readTable(referenceFile, { delimiter: "\t", requiredColumns: ["Element ID", "Element Name", "Description"] });
  const described = new Map<string, { name: string; description: string }>();
  for (const row of reference.rows) {
    const cells = new CellReader(referenceFile, row);
    const elementId = cells.raw("Element ID");
    if (RIASEC_ELEMENT.test(elementId) || BASIC_INTEREST_ELEMENT.test(elementId))
      described.set(elementId, { name: cells.get("Element Name", textCell), description: cells.get("Description", textCell) });
  }
  const areas: OnetInterestArea[] = [];
  for (const [elementId, { name, description }] of described) {
    if (!RIASEC_ELEMENT.test(elementId)) continue;
    const riasecArea = oneOf(RIASEC)(name);
    areas.push({ elementId, name, description, riasecArea });
  }
  if (areas.length !== RIASEC.length)
    throw new ImportError(referenceFile, undefined, "Element ID", "the six RIASEC areas (1.B.1.a-f) are not all described");
  const table = readTable(basicFile, {
    delimiter: "\t",
    requiredColumns: ["Basic Interests Element ID", "Basic Interests Element Name", "RIASEC Element ID", "RIASEC Element Name"],
  });
  for (const row of table.rows) {
    const cells = new CellReader(basicFile, row);
    const elementId = cells.get("Basic Interests Element ID", (cell) => {
      if (!BASIC_INTEREST_ELEMENT.test(cell)) throw new ValueError("expected a basic interest element ID such as 1.B.3.a");
      if (!described.has(cell)) throw new ValueError(`${cell} is not described in Content Model Reference`);
      return cell;
    });
    const { name, description } = described.get(elementId)!;
    if (cells.get("Basic Interests Element Name", textCell) !== name)
      cells.fail("Basic Interests Element Name", `differs from Content Model Reference's name for ${elementId}, ${name}`);
    const riasecArea = cells.get("RIASEC Element Name", oneOf(RIASEC));
    if (areas.some((a) => a.elementId === elementId && a.riasecArea === riasecArea))
      cells.fail("RIASEC Element Name", `${elementId} under ${riasecArea} appears twice`);
    areas.push({ elementId, name, description, riasecArea });
  }
  if (areas.length === RIASEC.length) throw new ImportError(basicFile, undefined, undefined, "the file has no data rows");
  return areas;
}

/**
 * O*NET's illustrative activities and occupations for each interest area (`Interests Illustrative Activities.tsv`,
 * `Interests Illustrative Occupations.tsv`): "General" rows for a RIASEC area, "Basic" rows for a basic one.
 */
export function readOnetInterestExamples(
  activitiesFile: string,
  occupationsFile: string,
  areas: readonly OnetInterestArea[],
  known: ReadonlyMap<string, unknown>,
): OnetInterestExample[] {
  const names = new Map(areas.map((a) => [a.elementId, a.name]));
  const examples: OnetInterestExample[] = [];
  const seen = new Set<string>();
  for (const [file, kind] of [
    [activitiesFile, "activity"],
    [occupationsFile, "occupation"],
  ] as const) {
    const columns = kind === "activity" ? ["Activity"] : [ONET_CODE, "Title"];
    const table = readTable(file, { delimiter: "\t", requiredColumns: ["Element ID", "Element Name", "Interest Type", ...columns] });
    for (const row of table.rows) {
      const cells = new CellReader(file, row);
      const elementId = cells.get("Element ID", (cell) => {
        if (!names.has(cell))
          throw new ValueError(`${cell} is not an interest area of Basic Interests to RIASEC or Content Model Reference`);
        return cell;
      });
      if (cells.get("Element Name", textCell) !== names.get(elementId)) cells.fail("Element Name", `differs from ${names.get(elementId)}`);
      const type = cells.get("Interest Type", oneOf(["General", "Basic"] as const));
      if ((type === "General") !== RIASEC_ELEMENT.test(elementId)) cells.fail("Interest Type", `${type} does not fit element ${elementId}`);
      const example = cells.get(kind === "activity" ? "Activity" : "Title", textCell);
      const onetCode = kind === "occupation" ? cells.get(ONET_CODE, knownCode(known)) : undefined;
      const key = `${elementId} ${kind} ${example}`;
      if (seen.has(key)) cells.fail(kind === "activity" ? "Activity" : "Title", `appears twice for ${elementId}`);
      seen.add(key);
      examples.push(onetCode ? { elementId, kind, example, onetCode } : { elementId, kind, example });
    }
    if (table.rows.length === 0) throw new ImportError(file, undefined, undefined, "the file has no data rows");
  }
  return examples;
}

export interface OnetEducationLevel {
  readonly onetCode: string;
  readonly category: string;
  readonly label: string;
  readonly percent: string;
  /** O*NET's "Recommend Suppress" = Y: an estimate of low precision, which O*NET advises not to show. */
  readonly recommendSuppress: boolean;
}

/**
 * `Education, Training, and Experience.tsv`, scale RL (required level of education, categories 1-12), labelled
 * with the category descriptions of `Education, Training, and Experience Categories.tsv`.
 */
export function readOnetEducationLevels(file: string, categoriesFile: string, known: ReadonlyMap<string, unknown>): OnetEducationLevel[] {
  const categoryTable = readTable(categoriesFile, { delimiter: "\t", requiredColumns: ["Scale ID", "Category", "Category Description"] });
  const labels = new Map<string, string>();
  for (const row of categoryTable.rows) {
    const cells = new CellReader(categoriesFile, row);
    if (cells.raw("Scale ID") !== "RL") continue;
    labels.set(cells.raw("Category"), cells.get("Category Description", textCell));
  }
  if (labels.size === 0) throw new ImportError(categoriesFile, undefined, "Scale ID", "no RL categories");
  const table = readTable(file, {
    delimiter: "\t",
    requiredColumns: [ONET_CODE, "Scale ID", "Category", "Data Value", "Recommend Suppress"],
  });
  const levels: OnetEducationLevel[] = [];
  const seen = new Set<string>();
  for (const row of table.rows) {
    const cells = new CellReader(file, row);
    const onetCode = cells.get(ONET_CODE, knownCode(known));
    if (cells.raw("Scale ID") !== "RL") continue;
    const category = cells.get("Category", (cell) => {
      if (!labels.has(cell)) throw new ValueError(`not an RL category of ${categoriesFile}`);
      return cell;
    });
    if (seen.has(`${onetCode} ${category}`)) cells.fail("Category", `category ${category} is listed twice for ${onetCode}`);
    seen.add(`${onetCode} ${category}`);
    levels.push({
      onetCode,
      category,
      label: labels.get(category) ?? "",
      percent: cells.get("Data Value", decimalCell(0, 100, 2)),
      recommendSuppress: cells.get("Recommend Suppress", (cell) => {
        if (cell !== "" && cell !== "Y" && cell !== "N") throw new ValueError('expected "Y", "N" or empty');
        return cell === "Y";
      }),
    });
  }
  return levels;
}

/** `Job Zones.tsv`: code -> job zone 1-5. */
export function readOnetJobZones(file: string, known?: ReadonlyMap<string, unknown>): Map<string, number> {
  const table = readTable(file, { delimiter: "\t", requiredColumns: [ONET_CODE, "Job Zone"] });
  const zones = new Map<string, number>();
  for (const row of table.rows) {
    const cells = new CellReader(file, row);
    const code = cells.get(ONET_CODE, known ? knownCode(known) : onetCodeCell);
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

/** `Technology Skills.tsv`, every row. */
export function readOnetTechnologySkills(file: string, known: ReadonlyMap<string, unknown>): OnetTechnology[] {
  const table = readTable(file, {
    delimiter: "\t",
    requiredColumns: [ONET_CODE, "Example", "Commodity Code", "Commodity Title", "Hot Technology", "In Demand"],
  });
  const rows: OnetTechnology[] = [];
  const seen = new Set<string>();
  for (const row of table.rows) {
    const cells = new CellReader(file, row);
    const technology: OnetTechnology = {
      onetCode: cells.get(ONET_CODE, knownCode(known)),
      example: cells.get("Example", textCell),
      commodityCode: cells.get("Commodity Code", (cell) => {
        if (!/^\d{8}$/.test(cell)) throw new ValueError("expected an 8-digit UNSPSC commodity code");
        return cell;
      }),
      commodityTitle: cells.get("Commodity Title", textCell),
      hotTechnology: cells.get("Hot Technology", flagCell),
      inDemand: cells.get("In Demand", flagCell),
    };
    const key = `${technology.onetCode}\t${technology.example}\t${technology.commodityCode}`;
    if (seen.has(key))
      cells.fail("Example", `"${technology.example}" (${technology.commodityCode}) is listed twice for ${technology.onetCode}`);
    seen.add(key);
    rows.push(technology);
  }
  return rows;
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
