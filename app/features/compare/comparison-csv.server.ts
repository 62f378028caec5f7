import { growthRows, payRows } from "~/features/compare/compare-charts";
import type { CompareChart } from "~/features/compare/compare-charts";
import { SKILL_KIND_LABELS } from "~/features/roles/labels";
import type { Comparison } from "~/features/compare/comparison";
import type { PayPercentiles, PayPoint } from "~/features/pay/pay";
import { PAY_POINT_LABELS } from "~/features/pay/pay";
import { SKILL_WEIGHTS } from "~/features/compare/skill-overlap";
import { csvResponse, type CsvColumn } from "~/lib/csv.server";
import { sourceCredit } from "~/features/sources/citations";

/**
 * A comparison as a CSV download: one chart's rows (`chart`), or the whole comparison in one table whose first
 * column says what each row is (see the /compare.csv route).
 */
export function comparisonCsvResponse(comparison: Comparison, chart: CompareChart | undefined, headers: Headers): Response {
  const name = `compare-${comparison.columns.map((c) => c.roleSlug ?? c.occupation.socCode).join("-vs-")}-${comparison.vintage}`;
  const cite = citeFrom(comparison);

  if (chart === "growth") {
    return csvResponse(
      `${name}-growth.csv`,
      GROWTH_COLUMNS,
      growthRows(comparison).map((r) => ({
        ...r,
        kind: kindLabel(r.kind),
        roleSlug: r.roleSlug ?? "",
        change: r.changePercent.toFixed(1),
        source: cite(r.sourceId),
      })),
      headers,
    );
  }
  if (chart === "pay") {
    return csvResponse(
      `${name}-pay.csv`,
      PAY_COLUMNS,
      payRows(comparison).map((r) => ({ ...r, kind: kindLabel(r.kind), roleSlug: r.roleSlug ?? "", source: cite(r.sourceId) })),
      headers,
    );
  }
  return csvResponse(`${name}.csv`, [...COMPARISON_COLUMNS], comparisonRows(comparison, cite), headers);
}

/** The "Compared as" column: role, occupation, or all occupations. */
const kindLabel = (kind: "role" | "occupation" | "all") => (kind === "all" ? "all occupations" : kind);

function citeFrom(comparison: Comparison) {
  const byId = new Map(comparison.sources.map((s) => [s.id, sourceCredit(s)]));
  return (id: string) => byId.get(id) ?? id;
}

const GROWTH_COLUMNS: CsvColumn<
  Omit<ReturnType<typeof growthRows>[number], "kind"> & { kind: string; roleSlug: string; change: string; source: string }
>[] = [
  { key: "roleSlug", header: "Role slug" },
  { key: "label", header: "Role or occupation" },
  { key: "socCode", header: "SOC code" },
  { key: "occupationTitle", header: "Occupation" },
  { key: "vintage", header: "Projection" },
  { key: "baseYear", header: "Base year" },
  { key: "targetYear", header: "Target year" },
  { key: "employmentBase", header: "Employment base year" },
  { key: "employmentProjected", header: "Employment target year" },
  { key: "change", header: "Change (%)" },
  { key: "source", header: "Source" },
  { key: "kind", header: "Compared as" },
];

const PAY_COLUMNS: CsvColumn<Omit<ReturnType<typeof payRows>[number], "kind"> & { kind: string; roleSlug: string; source: string }>[] = [
  { key: "roleSlug", header: "Role slug" },
  { key: "label", header: "Role or occupation" },
  { key: "socCode", header: "SOC code" },
  { key: "occupationTitle", header: "Occupation" },
  { key: "medianAnnualWage", header: "Median annual pay (USD)" },
  { key: "wageYear", header: "Pay data year (May)" },
  { key: "source", header: "Source" },
  { key: "kind", header: "Compared as" },
];

type ComparisonRow = Partial<Record<(typeof COMPARISON_COLUMNS)[number]["key"], string | number>>;

const COMPARISON_COLUMNS = [
  { key: "rowType", header: "Row type" },
  { key: "roleSlug", header: "Role slug" },
  { key: "role", header: "Role or occupation" },
  { key: "socCode", header: "SOC code" },
  { key: "occupation", header: "Occupation" },
  { key: "projection", header: "Projection" },
  { key: "baseYear", header: "Base year" },
  { key: "employmentBase", header: "Employment base year" },
  { key: "targetYear", header: "Target year" },
  { key: "employmentProjected", header: "Employment target year" },
  { key: "changePercent", header: "Change (%)" },
  { key: "changeNumeric", header: "Change in jobs" },
  { key: "annualOpenings", header: "Openings a year" },
  { key: "medianAnnualWage", header: "Median annual pay (USD)" },
  { key: "wageYear", header: "Pay data year (May)" },
  { key: "source", header: "Source" },
  { key: "entryEducation", header: "Typical entry education" },
  { key: "workExperience", header: "Work experience" },
  { key: "entryDataYear", header: "Education data year" },
  { key: "entrySource", header: "Education source" },
  { key: "sameOccupationAs", header: "Same occupation as" },
  { key: "skill", header: "Skill" },
  { key: "skillKind", header: "Skill kind" },
  { key: "importance", header: "Core or useful" },
  { key: "alsoListedBy", header: "Also listed by" },
  { key: "hotTechnology", header: "O*NET Hot Technology" },
  { key: "inDemandFor", header: "O*NET In Demand for" },
  { key: "comparedWith", header: "Compared with" },
  { key: "overlapPercent", header: "Weighted skill overlap (%)" },
  { key: "overlapPoints", header: "Overlap points (shared / all)" },
  // Added with occupations (after the role columns, so a role-only download keeps its columns where they were).
  { key: "laborForceExits", header: "Openings from labor force exits a year" },
  { key: "occupationalTransfers", header: "Openings from occupational transfers a year" },
  { key: "annualP10", header: "Annual pay, 10th percentile (USD)" },
  { key: "annualP25", header: "Annual pay, 25th percentile (USD)" },
  { key: "annualP75", header: "Annual pay, 75th percentile (USD)" },
  { key: "annualP90", header: "Annual pay, 90th percentile (USD)" },
  { key: "inDemand", header: "O*NET In Demand for this occupation" },
  { key: "onetCode", header: "O*NET code" },
  { key: "aiMeasure", header: "AI measure" },
  { key: "aiRater", header: "AI rater" },
  { key: "aiScore", header: "AI score (0 to 1)" },
] as const satisfies readonly CsvColumn<Record<string, unknown>>[];

function comparisonRows(comparison: Comparison, cite: (id: string) => string): ComparisonRow[] {
  const { columns, allOccupations: total, vintage, occupations } = comparison;
  const { roles } = comparison;
  const rows: ComparisonRow[] = [];
  for (const column of columns) {
    const p = column.projection;
    const occupation = occupations.find((o) => o.socCode === column.occupation.socCode && column.kind === "occupation");
    rows.push({
      rowType: column.kind,
      roleSlug: column.roleSlug ?? "",
      role: column.title,
      socCode: column.occupation.socCode,
      occupation: column.occupation.title,
      projection: vintage,
      baseYear: p?.baseYear,
      employmentBase: p?.employmentBase,
      targetYear: p?.targetYear,
      employmentProjected: p?.employmentProjected,
      changePercent: p?.changePercent.toFixed(1),
      changeNumeric: p?.changeNumeric ?? undefined,
      annualOpenings: p?.annualOpenings ?? undefined,
      laborForceExits: occupation?.laborForceExits ?? undefined,
      occupationalTransfers: occupation?.occupationalTransfers ?? undefined,
      medianAnnualWage: p?.medianAnnualWage ?? undefined,
      wageYear: p?.wageYear ?? undefined,
      source: p ? cite(p.sourceId) : "",
      entryEducation: column.entryEducation ?? "",
      workExperience: column.workExperience ?? "",
      entryDataYear: column.entryDataYear ?? "",
      entrySource: column.entrySourceId ? cite(column.entrySourceId) : "",
      sameOccupationAs: columns
        .filter((c) => c.key !== column.key && c.occupation.socCode === column.occupation.socCode)
        .map((c) => c.roleSlug ?? c.occupation.socCode)
        .join("; "),
    });
  }
  if (total) {
    rows.push({
      rowType: "all occupations",
      role: "All occupations",
      socCode: "00-0000",
      occupation: "Total, all occupations",
      projection: vintage,
      baseYear: total.baseYear,
      employmentBase: total.employmentBase,
      targetYear: total.targetYear,
      employmentProjected: total.employmentProjected,
      changePercent: total.changePercent.toFixed(1),
      changeNumeric: total.changeNumeric ?? undefined,
      annualOpenings: total.annualOpenings ?? undefined,
      medianAnnualWage: total.medianAnnualWage ?? undefined,
      wageYear: total.wageYear ?? undefined,
      source: cite(total.sourceId),
    });
  }
  for (const column of columns) {
    if (!column.pay) continue;
    const pay = column.pay;
    rows.push({
      rowType: "pay percentiles",
      roleSlug: column.roleSlug ?? "",
      role: column.title,
      socCode: column.occupation.socCode,
      occupation: column.occupation.title,
      medianAnnualWage: percentile(pay, "median"),
      wageYear: pay.wageYear,
      annualP10: percentile(pay, "p10"),
      annualP25: percentile(pay, "p25"),
      annualP75: percentile(pay, "p75"),
      annualP90: percentile(pay, "p90"),
      source: cite(pay.sourceId),
    });
  }
  for (const role of roles) {
    for (const wage of role.otherWages) {
      rows.push({
        rowType: "other published pay",
        roleSlug: role.slug,
        role: role.title,
        socCode: wage.socCode,
        occupation: role.occupation.title,
        projection: vintage,
        medianAnnualWage: wage.medianAnnualWage,
        wageYear: wage.wageYear,
        source: cite(wage.sourceId),
      });
    }
  }
  for (const role of roles) {
    for (const skill of role.skills) {
      rows.push({
        rowType: "skill",
        roleSlug: role.slug,
        role: role.title,
        skill: skill.name,
        skillKind: SKILL_KIND_LABELS[skill.kind],
        importance: skill.importance,
        alsoListedBy: roles
          .filter((r) => r.slug !== role.slug && r.skills.some((s) => s.slug === skill.slug))
          .map((r) => r.slug)
          .join("; "),
        hotTechnology: skill.hotTechnology ? "yes" : "no",
        inDemandFor: skill.inDemandFor.map((d) => d.onetCode).join("; "),
        source: cite(skill.sourceId),
      });
    }
  }
  for (const pair of comparison.roleComparison?.skills.overlaps ?? []) {
    const a = roles[pair.a]!;
    const b = roles[pair.b]!;
    rows.push({
      rowType: "skill overlap",
      roleSlug: a.slug,
      role: a.title,
      comparedWith: b.slug,
      overlapPercent: pair.percent,
      overlapPoints: `${pair.sharedPoints}/${pair.totalPoints}`,
      source: `Career Atlas calculation: weighted Jaccard index of the two skill lists, core = ${SKILL_WEIGHTS.core}, useful = ${SKILL_WEIGHTS.useful}`,
    });
  }
  for (const occupation of occupations) {
    const technologies = [
      ...new Map([...occupation.technology.inDemand, ...occupation.technology.hot].map((t) => [t.example, t])).values(),
    ];
    for (const technology of technologies.sort((a, b) => (a.example < b.example ? -1 : a.example > b.example ? 1 : 0))) {
      rows.push({
        rowType: "technology",
        role: occupation.title,
        socCode: occupation.socCode,
        occupation: occupation.title,
        skill: technology.example,
        skillKind: technology.commodityTitle,
        hotTechnology: technology.hotTechnology ? "yes" : "no",
        inDemand: technology.inDemand ? "yes" : "no",
        source: occupation.technology.sourceId ? cite(occupation.technology.sourceId) : "",
      });
    }
    for (const score of occupation.ai.exposure) {
      rows.push({
        rowType: "AI exposure (GPTs are GPTs)",
        role: occupation.title,
        socCode: occupation.socCode,
        occupation: occupation.title,
        onetCode: score.onetCode,
        aiMeasure: score.measure,
        aiRater: score.rater,
        aiScore: String(score.score),
        source: cite(score.sourceId),
      });
    }
    for (const score of occupation.ai.applicability) {
      rows.push({
        rowType: "AI applicability (Working with AI)",
        role: occupation.title,
        socCode: score.socCode,
        occupation: score.title,
        aiMeasure: "applicability",
        aiScore: String(score.score),
        source: cite(score.sourceId),
      });
    }
  }
  return rows;
}

/** A published percentile, or OEWS's top code as "239200 or more" where it publishes no figure above it. */
function percentile(pay: PayPercentiles, point: PayPoint): number | string | undefined {
  const value = pay.annual[point];
  if (value !== null) return value;
  return pay.topCoded.includes(PAY_POINT_LABELS[point].percentile) && pay.topCodeAnnual !== null
    ? `${pay.topCodeAnnual} or more`
    : undefined;
}
