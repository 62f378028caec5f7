/**
 * "Working with AI" (Tomlinson, Jaffe, Wang, Counts & Suri, Microsoft Research, 2025, CC BY 4.0):
 * soc_ai_applicability_scores.csv, one generative-AI applicability score per detailed SOC 2018 code. Kept apart
 * from the "GPTs are GPTs" exposure scores (onet.ts): a different kind of evidence, never blended.
 */
import { ImportError, ValueError } from "./errors";
import { CellReader, readTable } from "./table";
import { textCell } from "./values";

export interface ApplicabilityScore {
  readonly line: number;
  readonly socCode: string;
  readonly title: string;
  /** As written in the file ("0.155502898114603"). */
  readonly score: string;
}

export function readApplicabilityScores(file: string): ApplicabilityScore[] {
  const table = readTable(file, { delimiter: ",", requiredColumns: ["SOC Code", "title", "ai_applicability_score"] });
  const seen = new Map<string, number>();
  const scores = table.rows.map((row) => {
    const cells = new CellReader(file, row);
    const socCode = cells.get("SOC Code", (cell) => {
      if (!/^\d{2}-\d{4}$/.test(cell)) throw new ValueError("expected a detailed SOC code such as 15-1252");
      return cell;
    });
    const first = seen.get(socCode);
    if (first !== undefined) cells.fail("SOC Code", `${socCode} already appeared on line ${first}`);
    seen.set(socCode, row.line);
    return {
      line: row.line,
      socCode,
      title: cells.get("title", textCell),
      score: cells.get("ai_applicability_score", (cell) => {
        if (!/^(?:0|[1-9]\d*)(?:\.\d+)?$/.test(cell)) throw new ValueError("expected a decimal score such as 0.1555");
        if (Number(cell) > 1) throw new ValueError("a score must be between 0 and 1");
        return cell;
      }),
    };
  });
  if (scores.length === 0) throw new ImportError(file, undefined, undefined, "the file has no data rows");
  return scores;
}
