/**
 * Printing helpers for the benchmark: markdown tables (so the output pastes into docs/PERFORMANCE.md as is),
 * percentiles, byte and millisecond formats, and the machine description every recorded figure needs.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import os from "node:os";

export type Cell = string | number;

/** A markdown table; numbers are right-aligned. */
export function markdownTable(headers: string[], rows: Cell[][]): string {
  const text = rows.map((row) => row.map((cell) => String(cell)));
  const widths = headers.map((h, i) => Math.max(h.length, ...text.map((row) => (row[i] ?? "").length)));
  const numeric = headers.map((_, i) => rows.length > 0 && rows.every((row) => typeof row[i] === "number"));
  const pad = (value: string, i: number) => (numeric[i] ? value.padStart(widths[i]!) : value.padEnd(widths[i]!));
  const line = (cells: string[]) => `| ${cells.map((c, i) => pad(c, i)).join(" | ")} |`;
  const rule = `|${widths.map((w, i) => (numeric[i] ? `${"-".repeat(w + 1)}:` : "-".repeat(w + 2))).join("|")}|`;
  return [line(headers), rule, ...text.map(line)].join("\n");
}

/** Nearest-rank percentile (p in 0..100) of unsorted values; NaN for an empty list. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1]!;
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : "n/a");
export const met = (ok: boolean | undefined) => (ok === undefined ? "n/a" : ok ? "met" : "NOT met");

export interface Machine {
  date: string;
  cpus: number;
  cpuModel: string;
  ramGiB: number;
  node: string;
  os: string;
  commit: string;
  loadAverage: string;
}

/** Date, machine and commit, recorded with the figures. The commit is marked dirty when the tree has changes. */
export function describeMachine(root: string, ref?: string): Machine {
  let cpuModel = os.cpus()[0]?.model ?? "unknown";
  try {
    const match = /^model name\s*:\s*(.+)$/m.exec(readFileSync("/proc/cpuinfo", "utf8"));
    if (match) cpuModel = match[1]!.trim();
  } catch {
    // Not Linux: os.cpus() is the best we have.
  }
  let commit = "unknown";
  try {
    commit = execFileSync("git", ["rev-parse", "--short=12", `${ref ?? "HEAD"}^{commit}`], { cwd: root, encoding: "utf8" }).trim();
    if (ref) {
      commit += ` (--ref=${ref})`;
    } else {
      const status = execFileSync("git", ["status", "--porcelain"], { cwd: root, encoding: "utf8" }).trim();
      if (status) commit += " + uncommitted changes";
    }
  } catch {
    // Not a git checkout (e.g. an unpacked archive).
  }
  return {
    date: new Date().toISOString(),
    cpus: os.availableParallelism(),
    cpuModel,
    ramGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    commit,
    loadAverage: loadAverage(),
  };
}

export function loadAverage(): string {
  return os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" / ");
}

export function section(title: string): void {
  console.log(`\n## ${title}\n`);
}

export function note(text: string): void {
  console.log(text);
}
