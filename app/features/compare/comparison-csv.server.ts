import { compareGrowthRows, comparePayRows } from "~/features/compare/compare-charts";
import type { CompareChart } from "~/features/compare/compare-charts";
import { SKILL_KIND_LABELS } from "~/features/roles/labels";
import type { RoleComparison } from "~/features/compare/role-comparison";
import { SKILL_WEIGHTS } from "~/features/compare/skill-overlap";
import { csvResponse, type CsvColumn } from "~/lib/csv.server";

/**
 * A comparison as a CSV download: one chart's rows (`chart`), or the whole comparison in one table whose first
 * column says what each row is (see the /compare.csv route).
 */
export function comparisonCsvResponse(comparison: RoleComparison, chart: CompareChart | undefined, headers: Headers): Response {
  const name = `compare-${comparison.roles.map((r) => r.slug).join("-vs-")}-${comparison.vintage}`;
  const cite = citeFrom(comparison);

  if (chart === "growth") {
    return csvResponse(
      `${name}-growth.csv`,
      GROWTH_COLUMNS,
      compareGrowthRows(comparison).map((r) => ({
        ...r,
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
      comparePayRows(comparison).map((r) => ({ ...r, roleSlug: r.roleSlug ?? "", source: cite(r.sourceId) })),
      headers,
    );
  }
  return csvResponse(`${name}.csv`, [...COMPARISON_COLUMNS], comparisonRows(comparison, cite), headers);
}

function citeFrom(comparison: RoleComparison) {
  const byId = new Map(comparison.sources.map((s) => [s.id, `${s.publisher}, ${s.title}`]));
  return (id: string) => byId.get(id) ?? id;
}

const GROWTH_COLUMNS: CsvColumn<ReturnType<typeof compareGrowthRows>[number] & { roleSlug: string; change: string; source: string }>[] = [
  { key: "roleSlug", header: "Role slug" },
  { key: "label", header: "Role" },
  { key: "socCode", header: "SOC code" },
  { key: "occupationTitle", header: "Occupation" },
  { key: "vintage", header: "Projection" },
  { key: "baseYear", header: "Base year" },
  { key: "targetYear", header: "Target year" },
  { key: "employmentBase", header: "Employment base year" },
  { key: "employmentProjected", header: "Employment target year" },
  { key: "change", header: "Change (%)" },
  { key: "source", header: "Source" },
];

const PAY_COLUMNS: CsvColumn<ReturnType<typeof comparePayRows>[number] & { roleSlug: string; source: string }>[] = [
  { key: "roleSlug", header: "Role slug" },
  { key: "label", header: "Role" },
  { key: "socCode", header: "SOC code" },
  { key: "occupationTitle", header: "Occupation" },
  { key: "medianAnnualWage", header: "Median annual pay (USD)" },
  { key: "wageYear", header: "Pay data year (May)" },
  { key: "source", header: "Source" },
];

type ComparisonRow = Partial<Record<(typeof COMPARISON_COLUMNS)[number]["key"], string | number>>;

const COMPARISON_COLUMNS = [
  { key: "rowType", header: "Row type" },
  { key: "roleSlug", header: "Role slug" },
  { key: "role", header: "Role" },
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
] as const satisfies readonly CsvColumn<Record<string, unknown>>[];

function comparisonRows(comparison: RoleComparison, cite: (id: string) => string): ComparisonRow[] {
  const { roles, allOccupations: total, vintage } = comparison;
  const rows: ComparisonRow[] = [];
  for (const role of roles) {
    const p = role.projection;
    rows.push({
      rowType: "role",
      roleSlug: role.slug,
      role: role.title,
      socCode: role.occupation.socCode,
      occupation: role.occupation.title,
      projection: vintage,
      baseYear: p?.baseYear,
      employmentBase: p?.employmentBase,
      targetYear: p?.targetYear,
      employmentProjected: p?.employmentProjected,
      changePercent: p?.changePercent.toFixed(1),
      changeNumeric: p?.changeNumeric ?? undefined,
      annualOpenings: p?.annualOpenings ?? undefined,
      medianAnnualWage: p?.medianAnnualWage ?? undefined,
      wageYear: p?.wageYear ?? undefined,
      source: p ? cite(p.sourceId) : "",
      entryEducation: role.entryEducation,
      workExperience: role.workExperience,
      entryDataYear: role.entryDataYear ?? "",
      entrySource: cite(role.entrySourceId),
      sameOccupationAs: roles
        .filter((r) => r.slug !== role.slug && r.occupation.socCode === role.occupation.socCode)
        .map((r) => r.slug)
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
  for (const pair of comparison.skills.overlaps) {
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
  return rows;
}
