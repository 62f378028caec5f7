/**
 * Reads the dataset files, validates every row with zod and every cross-file reference, and returns a
 * typed Dataset plus a hash of its contents. Throws DatasetError listing every problem, with file, row,
 * line and field. Reads only: nothing is written here.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode } from "yaml";
import type { z } from "zod";
import { projectRoot } from "../db/config";
import { DatasetError, type DatasetIssue } from "./errors";
import {
  aiExposureRow,
  aiImpactRow,
  glossaryRow,
  industryRow,
  occupationRow,
  onetTechnologyRow,
  progressionRow,
  projectionRow,
  roleFile,
  skillRow,
  sourceRow,
  wageRow,
} from "./schema";
import { validateReferences } from "./validate";

/** Bump when the seeder's interpretation of the same files changes, so a reload is triggered. */
export const SEED_FORMAT_VERSION = 2;

export interface RoleDocument {
  file: string;
  role: z.infer<typeof roleFile>;
  /** Line of a field path inside the role file, for cross-reference messages. */
  lineOf(fieldPath: (string | number)[]): number | undefined;
}

export interface Located<T> {
  file: string;
  row: number;
  line?: number;
  value: T;
}

export interface Dataset {
  sources: Located<z.infer<typeof sourceRow>>[];
  occupations: Located<z.infer<typeof occupationRow>>[];
  projections: Located<z.infer<typeof projectionRow>>[];
  wages: Located<z.infer<typeof wageRow>>[];
  skills: Located<z.infer<typeof skillRow>>[];
  onetTechnology: Located<z.infer<typeof onetTechnologyRow>>[];
  industries: Located<z.infer<typeof industryRow>>[];
  roles: RoleDocument[];
  progression: Located<z.infer<typeof progressionRow>>[];
  aiImpact: Located<z.infer<typeof aiImpactRow>>[];
  aiExposure: Located<z.infer<typeof aiExposureRow>>[];
  glossary: Located<z.infer<typeof glossaryRow>>[];
}

export interface LoadedDataset {
  dataset: Dataset;
  /** sha256 of the format version and every dataset file's path and bytes. */
  hash: string;
  /** Non-fatal findings (e.g. an O*NET technology name that matched no row). */
  warnings: DatasetIssue[];
}

export const defaultDatasetDir = () => path.join(projectRoot(), "seed", "data");

export function loadDataset(dir = defaultDatasetDir()): LoadedDataset {
  const issues: DatasetIssue[] = [];
  const reader = new FileReader(dir, issues);

  const dataset: Dataset = {
    sources: reader.yamlList("sources.yaml", sourceRow),
    occupations: reader.yamlList("occupations.yaml", occupationRow),
    projections: reader.csv("projections.csv", projectionRow),
    wages: reader.csv("wages.csv", wageRow),
    skills: reader.yamlListsInDir("skills", skillRow),
    onetTechnology: reader.csv("onet-technology.csv", onetTechnologyRow),
    industries: reader.yamlList("industries.yaml", industryRow),
    roles: reader.roleFiles("roles"),
    progression: reader.yamlList("progression.yaml", progressionRow),
    aiImpact: reader.yamlList("ai-impact.yaml", aiImpactRow),
    aiExposure: reader.csv("ai-exposure.csv", aiExposureRow),
    glossary: reader.yamlList("glossary.yaml", glossaryRow),
  };

  const warnings: DatasetIssue[] = [];
  if (issues.length === 0) validateReferences(dataset, issues, warnings);
  if (issues.length > 0) throw new DatasetError(issues);
  return { dataset, hash: reader.hash(), warnings };
}

class FileReader {
  private readonly digest = createHash("sha256").update(`career-atlas-seed-format:${SEED_FORMAT_VERSION}\n`);
  private readonly root = projectRoot();

  constructor(
    private readonly dir: string,
    private readonly issues: DatasetIssue[],
  ) {}

  hash(): string {
    return this.digest.digest("hex");
  }

  /** Path shown in messages: relative to the repository when inside it. */
  private display(absolute: string): string {
    const relative = path.relative(this.root, absolute);
    return relative.startsWith("..") ? absolute : relative;
  }

  private read(relativeName: string): { text: string; file: string } | undefined {
    const absolute = path.join(this.dir, relativeName);
    const file = this.display(absolute);
    let text: string;
    try {
      text = readFileSync(absolute, "utf8");
    } catch {
      this.issues.push({ file, message: "file is missing or unreadable" });
      return undefined;
    }
    this.digest.update(`${relativeName}\n${text.length}\n`).update(text);
    return { text, file };
  }

  csv<S extends z.ZodType>(name: string, schema: S): Located<z.infer<S>>[] {
    const source = this.read(name);
    if (!source) return [];
    let records: { record: Record<string, string>; info: { lines: number } }[];
    try {
      records = parseCsv(source.text, {
        columns: true,
        comment: "#",
        skip_empty_lines: true,
        info: true,
        trim: false,
      }) as typeof records;
    } catch (error) {
      const e = error as { message: string; lines?: number };
      this.issues.push({ file: source.file, line: e.lines, message: `not valid CSV: ${e.message}` });
      return [];
    }
    return this.validateRows(
      records.map((r, i) => ({ row: i + 1, line: r.info.lines, value: r.record })),
      source.file,
      schema,
    );
  }

  yamlList<S extends z.ZodType>(name: string, schema: S): Located<z.infer<S>>[] {
    const source = this.read(name);
    if (!source) return [];
    const parsed = this.parseYaml(source.text, source.file);
    if (!parsed) return [];
    const { doc, lineCounter } = parsed;
    if (!isSeq(doc.contents)) {
      this.issues.push({ file: source.file, message: "must be a YAML list (each item starting with '- ')" });
      return [];
    }
    const rows = doc.contents.items.map((item, i) => ({
      row: i + 1,
      line: lineOfNode(item as YamlNode, lineCounter),
      value: (item as YamlNode).toJSON() as unknown,
      node: item as YamlNode,
    }));
    return this.validateRows(rows, source.file, schema, lineCounter);
  }

  yamlListsInDir<S extends z.ZodType>(subdir: string, schema: S): Located<z.infer<S>>[] {
    return this.listYamlFiles(subdir).flatMap((name) => this.yamlList(path.join(subdir, name), schema));
  }

  roleFiles(subdir: string): RoleDocument[] {
    const documents: RoleDocument[] = [];
    for (const name of this.listYamlFiles(subdir)) {
      const source = this.read(path.join(subdir, name));
      if (!source) continue;
      const parsed = this.parseYaml(source.text, source.file);
      if (!parsed) continue;
      const { doc, lineCounter } = parsed;
      const lineOf = (fieldPath: (string | number)[]) => lineOfPath(doc, fieldPath, lineCounter);
      const result = roleFile.safeParse(doc.toJSON());
      if (!result.success) {
        for (const issue of result.error.issues) {
          const fieldPath = issue.path.map((p) => (typeof p === "number" ? p : String(p)));
          this.issues.push({
            file: source.file,
            line: lineOf(fieldPath),
            field: fieldPath.join("."),
            message: issue.message,
          });
        }
        continue;
      }
      const expectedSlug = name.replace(/\.ya?ml$/, "");
      if (result.data.slug !== expectedSlug) {
        this.issues.push({
          file: source.file,
          line: lineOf(["slug"]),
          field: "slug",
          message: `must equal the file name ('${expectedSlug}')`,
        });
        continue;
      }
      documents.push({ file: source.file, role: result.data, lineOf });
    }
    return documents;
  }

  private listYamlFiles(subdir: string): string[] {
    const absolute = path.join(this.dir, subdir);
    try {
      return readdirSync(absolute)
        .filter((n) => /\.ya?ml$/.test(n))
        .sort();
    } catch {
      this.issues.push({ file: this.display(absolute), message: "directory is missing" });
      return [];
    }
  }

  private parseYaml(text: string, file: string): { doc: Document; lineCounter: LineCounter } | undefined {
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { lineCounter, prettyErrors: false });
    if (doc.errors.length > 0) {
      for (const error of doc.errors) {
        this.issues.push({ file, line: error.linePos?.[0]?.line, message: `not valid YAML: ${error.message.split("\n")[0]}` });
      }
      return undefined;
    }
    return { doc, lineCounter };
  }

  private validateRows<S extends z.ZodType>(
    rows: { row: number; line?: number; value: unknown; node?: YamlNode }[],
    file: string,
    schema: S,
    lineCounter?: LineCounter,
  ): Located<z.infer<S>>[] {
    const valid: Located<z.infer<S>>[] = [];
    for (const { row, line, value, node } of rows) {
      const result = schema.safeParse(value);
      if (result.success) {
        valid.push({ file, row, line, value: result.data });
        continue;
      }
      for (const issue of result.error.issues) {
        const fieldPath = issue.path.map((p) => (typeof p === "number" ? p : String(p)));
        const fieldLine = node && lineCounter ? lineOfNodePath(node, fieldPath, lineCounter) : undefined;
        this.issues.push({ file, row, line: fieldLine ?? line, field: fieldPath.join(".") || undefined, message: issue.message });
      }
    }
    return valid;
  }
}

function lineOfNode(node: YamlNode | null | undefined, lineCounter: LineCounter): number | undefined {
  const offset = node?.range?.[0];
  return offset === undefined ? undefined : lineCounter.linePos(offset).line;
}

/** The line of the deepest node that exists along `fieldPath` below `node`. */
function lineOfNodePath(node: YamlNode, fieldPath: (string | number)[], lineCounter: LineCounter): number | undefined {
  let current: unknown = node;
  let line = lineOfNode(node, lineCounter);
  for (const key of fieldPath) {
    if (isMap(current) || isSeq(current)) {
      const next = current.get(key, true) as YamlNode | undefined;
      if (!next) break;
      current = next;
      line = lineOfNode(next, lineCounter) ?? line;
    } else break;
  }
  return line;
}

function lineOfPath(doc: Document, fieldPath: (string | number)[], lineCounter: LineCounter): number | undefined {
  return doc.contents ? lineOfNodePath(doc.contents as YamlNode, fieldPath, lineCounter) : undefined;
}
