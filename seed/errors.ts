/** One problem in the dataset, located as precisely as the file format allows. */
export interface DatasetIssue {
  /** Path relative to the repository root, e.g. seed/data/projections.csv. */
  file: string;
  /** 1-based data row (list item) where the file is a list; absent for single-document files. */
  row?: number;
  /** 1-based line in the file, where known. */
  line?: number;
  /** 1-based column on that line, where the format gives one (YAML syntax errors, bytes that are not UTF-8). */
  column?: number;
  /** Dotted field path, e.g. employment_base or aliases.2.alias. */
  field?: string;
  message: string;
}

export function formatIssue(issue: DatasetIssue): string {
  const where = [issue.file];
  if (issue.row !== undefined) where.push(`row ${issue.row}`);
  if (issue.line !== undefined) where.push(`line ${issue.line}`);
  if (issue.line !== undefined && issue.column !== undefined) where.push(`column ${issue.column}`);
  if (issue.field) where.push(`field ${issue.field}`);
  return `${where.join(", ")}: ${issue.message}`;
}

/** Thrown when the dataset does not validate. Nothing has been written when this is thrown. */
export class DatasetError extends Error {
  constructor(readonly issues: DatasetIssue[]) {
    const shown = issues.slice(0, 20).map((i) => `  - ${formatIssue(i)}`);
    const more = issues.length > 20 ? [`  ... and ${issues.length - 20} more`] : [];
    super(`The dataset has ${issues.length} problem${issues.length === 1 ? "" : "s"}:\n${[...shown, ...more].join("\n")}`);
    this.name = "DatasetError";
  }
}
