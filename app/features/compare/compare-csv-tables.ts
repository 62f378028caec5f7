import type { Comparison } from "~/features/compare/comparison";

/**
 * The tables of /compare.csv?table=…: one kind of row each (docs/decisions/020), so every file opens as a plain table
 * in a spreadsheet. Browser-safe: the page lists the tables a comparison has rows for.
 */
export const COMPARE_CSV_TABLES = [
  "figures",
  "pay-percentiles",
  "other-pay",
  "skills",
  "skill-overlap",
  "technologies",
  "ai-exposure",
  "ai-applicability",
] as const;

export type CompareCsvTable = (typeof COMPARE_CSV_TABLES)[number];

export const COMPARE_CSV_TABLE_LABELS: Record<CompareCsvTable, string> = {
  figures: "Figures (one row per role, occupation and all occupations)",
  "pay-percentiles": "Pay percentiles",
  "other-pay": "Other published pay",
  skills: "Skills",
  "skill-overlap": "Skill overlap",
  technologies: "Technologies",
  "ai-exposure": "AI exposure (GPTs are GPTs)",
  "ai-applicability": "AI applicability (Working with AI)",
};

/** The tables this comparison has rows for, in the order of COMPARE_CSV_TABLES. */
export function compareCsvTablesOf(comparison: Comparison): CompareCsvTable[] {
  const has: Record<CompareCsvTable, boolean> = {
    figures: true,
    "pay-percentiles": comparison.columns.some((c) => c.pay),
    "other-pay": comparison.roles.some((r) => r.otherWages.length > 0),
    skills: comparison.roles.some((r) => r.skills.length > 0),
    "skill-overlap": (comparison.roleComparison?.skills.overlaps.length ?? 0) > 0,
    technologies: comparison.occupations.some((o) => o.technology.hot.length + o.technology.inDemand.length > 0),
    "ai-exposure":
      comparison.roles.some((r) => r.aiImpact.exposure?.rows.some((row) => row.gpt4 !== null || row.human !== null)) ||
      comparison.occupations.some((o) => o.ai.exposure.length > 0),
    "ai-applicability": comparison.occupations.some((o) => o.ai.applicability.length > 0),
  };
  return COMPARE_CSV_TABLES.filter((table) => has[table]);
}
