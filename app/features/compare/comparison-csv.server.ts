import { columnMedian, growthRows, payRows } from "~/features/compare/compare-charts";
import type { CompareChart } from "~/features/compare/compare-charts";
import { SKILL_KIND_LABELS } from "~/features/roles/labels";
import type { Comparison } from "~/features/compare/comparison";
import type { PayPercentiles, PayPoint } from "~/features/pay/pay";
import { PAY_POINT_LABELS } from "~/features/pay/pay";
import { SKILL_WEIGHTS } from "~/features/compare/skill-overlap";
import { csvFile, withDataVersion, type CsvColumn, type CsvFile } from "~/lib/csv.server";
import { sourceCredit } from "~/features/sources/citations";
import { CSV_HEADERS as H } from "~/lib/csv-headers";
import type { CompareCsvTable } from "~/features/compare/compare-csv-tables";
import { ALL_OCCUPATIONS_CODE, type OpeningsSplit } from "~/features/compare/occupation-comparison.server";

/**
 * A comparison as CSV downloads: one chart's rows (`chart`), or one table of the comparison (`table`), each file one
 * kind of row (docs/decisions/020; see the /compare.csv route). `openingsSplits`: the openings split of the roles'
 * occupations and of all occupations, by SOC code (listOpeningsSplits), for the figures table. `dataVersionTag`: the data
 * version the figures are from (the pinned one on a pinned page), the last column of every file, as in our other CSVs.
 */
export function comparisonCsvFile(
  comparison: Comparison,
  choice: { chart: CompareChart } | { table: CompareCsvTable },
  openingsSplits: ReadonlyMap<string, OpeningsSplit>,
  dataVersionTag: string,
): CsvFile {
  const name = `compare-${comparison.columns.map((c) => c.roleSlug ?? c.occupation.socCode).join("-vs-")}-${comparison.vintage}`;
  const cite = citeFrom(comparison);

  if ("table" in choice) {
    const { columns, rows } = COMPARISON_TABLES[choice.table](comparison, cite, openingsSplits);
    // A header and no rows reads as a broken download: say why this comparison has none, and where its data is.
    if (rows.length === 0) {
      throw new Response(`This comparison has no rows for table=${choice.table}: ${whyNoRows(choice.table, comparison)}`, {
        status: 404,
        statusText: "Not Found",
      });
    }
    return csvFile(`${name}-${choice.table}.csv`, ...withDataVersion(columns, rows, dataVersionTag));
  }
  if (choice.chart === "growth") {
    return csvFile(
      `${name}-growth.csv`,
      ...withDataVersion(
        GROWTH_COLUMNS,
        growthRows(comparison).map((r) => ({
          ...r,
          kind: kindLabel(r.kind),
          roleSlug: r.roleSlug ?? "",
          change: r.changePercent.toFixed(1),
          ...cite.row(r.sourceId),
        })),
        dataVersionTag,
      ),
    );
  }
  return csvFile(
    `${name}-pay.csv`,
    ...withDataVersion(
      PAY_COLUMNS,
      payRows(comparison).map((r) => ({ ...r, kind: kindLabel(r.kind), roleSlug: r.roleSlug ?? "", ...cite.row(r.sourceId) })),
      dataVersionTag,
    ),
  );
}

/**
 * Why a table of this comparison has no rows, in the words of the compare page, which shows the same data (each table
 * holds what the page shows, and compareCsvTablesOf offers only the tables with rows).
 */
function whyNoRows(table: CompareCsvTable, { roles, occupations, columns }: Comparison): string {
  const noRoles = roles.length === 0;
  const noOccupations = occupations.length === 0;
  switch (table) {
    case "figures":
      return "it always has one row per compared role or occupation.";
    case "pay-percentiles":
      return "OEWS publishes no wage percentiles for the compared occupations.";
    case "other-pay":
      return noRoles
        ? "it lists the median wages other releases publish for compared roles' occupations, and this comparison has no role."
        : "no other release publishes a median wage for the compared roles' occupations (each role's median is in table=figures).";
    case "skills":
      return noRoles
        ? "skills are curated for roles, and this comparison has only occupations (their technologies are in table=technologies)."
        : "no skills have been curated yet for the compared roles.";
    case "skill-overlap":
      return roles.length < 2
        ? `skill overlap is weighed between two curated roles, and this comparison has ${noRoles ? "none" : "one"}.`
        : "no skills have been curated yet for the compared roles.";
    case "technologies": {
      if (noOccupations) {
        const pages = columns.map((c) => `${c.occupation.title} (${c.title}): /occupations/${c.occupation.socCode}#skills`);
        return `O*NET's technologies are listed for compared BLS occupations, as on the comparison page, and this comparison has only roles. Their skills, with O*NET's Hot Technology and In Demand marks, are in table=skills; the technologies of each role's occupation are on its page: ${[...new Set(pages)].join("; ")}.`;
      }
      return "O*NET marks none of the compared occupations' technologies Hot Technology or In Demand.";
    }
    case "ai-exposure":
      return "the GPTs are GPTs study scores none of the compared roles' or occupations' O*NET occupations.";
    case "ai-applicability":
      return noOccupations
        ? "Working with AI scores are shown for compared BLS occupations, as on the comparison page, and this comparison has only roles (their GPTs are GPTs scores are in table=ai-exposure)."
        : "the Working with AI study scores none of the compared occupations.";
  }
}

/** The "Compared as" column: role, occupation, or all occupations. */
const kindLabel = (kind: "role" | "occupation" | "all") => (kind === "all" ? "all occupations" : kind);

/**
 * A source's credit by ID (the per-figure source columns), and a row's Source and Source URL columns (`row`), as
 * /roles.csv and /occupations.csv give them: both empty for a row with no source.
 */
interface Cite {
  (id: string): string;
  row(id: string | null | undefined): { source: string; sourceUrl: string };
}

function citeFrom(comparison: Comparison): Cite {
  const byId = new Map(comparison.sources.map((s) => [s.id, s]));
  const credit = (id: string) => {
    const source = byId.get(id);
    return source ? sourceCredit(source) : id;
  };
  return Object.assign(credit, {
    row: (id: string | null | undefined) =>
      id ? { source: credit(id), sourceUrl: byId.get(id)?.url ?? "" } : { source: "", sourceUrl: "" },
  });
}

const GROWTH_COLUMNS: CsvColumn<
  Omit<ReturnType<typeof growthRows>[number], "kind"> & {
    kind: string;
    roleSlug: string;
    change: string;
    source: string;
    sourceUrl: string;
  }
>[] = [
  { key: "kind", header: "Compared as" },
  { key: "roleSlug", header: H.roleSlug },
  { key: "label", header: "Role or occupation" },
  { key: "socCode", header: H.socCode },
  { key: "occupationTitle", header: H.occupation },
  { key: "vintage", header: H.projectionPeriod },
  { key: "baseYear", header: H.baseYear },
  { key: "targetYear", header: H.targetYear },
  { key: "employmentBase", header: H.employmentBase },
  { key: "employmentProjected", header: H.employmentProjected },
  { key: "change", header: H.changePercent },
  { key: "source", header: H.source },
  { key: "sourceUrl", header: H.sourceUrl },
];

const PAY_COLUMNS: CsvColumn<
  Omit<ReturnType<typeof payRows>[number], "kind"> & { kind: string; roleSlug: string; source: string; sourceUrl: string }
>[] = [
  { key: "kind", header: "Compared as" },
  { key: "roleSlug", header: H.roleSlug },
  { key: "label", header: "Role or occupation" },
  { key: "socCode", header: H.socCode },
  { key: "occupationTitle", header: H.occupation },
  { key: "medianAnnualWage", header: H.medianAnnualWage },
  { key: "wageYear", header: H.wageYear },
  { key: "source", header: H.source },
  { key: "sourceUrl", header: H.sourceUrl },
];

type Cell = string | number | undefined;
type Table = { columns: CsvColumn<Record<string, Cell>>[]; rows: Record<string, Cell>[] };

/** Columns by key and header, in file order. */
const cols = (entries: [key: string, header: string][]): CsvColumn<Record<string, Cell>>[] =>
  entries.map(([key, header]) => ({ key, header }));

const ITEM_COLUMNS: [string, string][] = [
  ["comparedAs", "Compared as"],
  ["roleSlug", H.roleSlug],
  ["title", "Role or occupation"],
  ["socCode", H.socCode],
  ["occupation", H.occupation],
];

/** Every table of a comparison, one kind of row each. */
const COMPARISON_TABLES: Record<
  CompareCsvTable,
  (comparison: Comparison, cite: Cite, openingsSplits: ReadonlyMap<string, OpeningsSplit>) => Table
> = {
  // One row per compared role or occupation, then the all-occupations line: every figure of the page, and the split of
  // the openings (BLS Table 1.10, from the same projection line, so under the row's source).
  figures: ({ columns, allOccupations: total, vintage, occupations }, cite, openingsSplits) => {
    const rows: Record<string, Cell>[] = columns.map((column) => {
      const p = column.projection;
      const occupation = occupations.find((o) => o.socCode === column.occupation.socCode && column.kind === "occupation");
      // A role's figures are its occupation's line's, the split too; an occupation's comes with its comparison.
      const split = p ? (column.kind === "role" ? openingsSplits.get(column.occupation.socCode) : occupation) : undefined;
      const median = columnMedian(column);
      return {
        comparedAs: column.kind,
        roleSlug: column.roleSlug ?? "",
        title: column.title,
        socCode: column.occupation.socCode,
        occupation: column.occupation.title,
        projectionPeriod: vintage,
        baseYear: p?.baseYear,
        employmentBase: p?.employmentBase,
        targetYear: p?.targetYear,
        employmentProjected: p?.employmentProjected,
        changePercent: p?.changePercent.toFixed(1),
        changeNumeric: p?.changeNumeric ?? undefined,
        annualOpenings: p?.annualOpenings ?? undefined,
        laborForceExits: split?.laborForceExits ?? undefined,
        occupationalTransfers: split?.occupationalTransfers ?? undefined,
        medianAnnualWage: p?.medianAnnualWage ?? undefined,
        // Where BLS prints no median: OEWS's top code, or its hourly median (never turned into a yearly one).
        medianAnnualWageAtLeast: median?.atLeast ? median.value : undefined,
        medianAnnualWageAtLeastSource: median?.atLeast ? cite(median.sourceId) : "",
        medianHourlyWage: median?.per === "hour" ? median.value : undefined,
        medianHourlyWageSource: median?.per === "hour" ? cite(median.sourceId) : "",
        wageYear: p?.wageYear ?? median?.wageYear ?? undefined,
        ...cite.row(p?.sourceId),
        entryEducation: column.entryEducation ?? "",
        workExperience: column.workExperience ?? "",
        entryDataYear: column.entryDataYear ?? "",
        entrySource: column.entrySourceId ? cite(column.entrySourceId) : "",
        sameOccupationAs: columns
          .filter((c) => c.key !== column.key && c.occupation.socCode === column.occupation.socCode)
          .map((c) => c.roleSlug ?? c.occupation.socCode)
          .join("; "),
      };
    });
    if (total) {
      const totalSplit = openingsSplits.get(ALL_OCCUPATIONS_CODE);
      rows.push({
        comparedAs: "all occupations",
        title: "All occupations",
        socCode: "00-0000",
        occupation: "Total, all occupations",
        projectionPeriod: vintage,
        baseYear: total.baseYear,
        employmentBase: total.employmentBase,
        targetYear: total.targetYear,
        employmentProjected: total.employmentProjected,
        changePercent: total.changePercent.toFixed(1),
        changeNumeric: total.changeNumeric ?? undefined,
        annualOpenings: total.annualOpenings ?? undefined,
        laborForceExits: totalSplit?.laborForceExits ?? undefined,
        occupationalTransfers: totalSplit?.occupationalTransfers ?? undefined,
        medianAnnualWage: total.medianAnnualWage ?? undefined,
        wageYear: total.wageYear ?? undefined,
        ...cite.row(total.sourceId),
      });
    }
    return {
      columns: cols([
        ...ITEM_COLUMNS,
        ["projectionPeriod", H.projectionPeriod],
        ["baseYear", H.baseYear],
        ["targetYear", H.targetYear],
        ["employmentBase", H.employmentBase],
        ["employmentProjected", H.employmentProjected],
        ["changeNumeric", H.changeNumeric],
        ["changePercent", H.changePercent],
        ["annualOpenings", H.annualOpenings],
        ["laborForceExits", H.laborForceExits],
        ["occupationalTransfers", H.occupationalTransfers],
        ["medianAnnualWage", H.medianAnnualWage],
        ["medianAnnualWageAtLeast", H.medianAnnualWageAtLeast],
        ["medianAnnualWageAtLeastSource", H.medianAnnualWageAtLeastSource],
        ["medianHourlyWage", H.medianHourlyWage],
        ["medianHourlyWageSource", H.medianHourlyWageSource],
        ["wageYear", H.wageYear],
        ["source", H.source],
        ["sourceUrl", H.sourceUrl],
        ["entryEducation", H.entryEducation],
        ["workExperience", H.workExperience],
        ["entryDataYear", H.entryEducationDataYear],
        ["entrySource", H.entryEducationSource],
        ["sameOccupationAs", "Same occupation as"],
      ]),
      rows,
    };
  },
  // OEWS annual pay percentiles of each item's occupation (a pinned download's as archived with its version).
  "pay-percentiles": ({ columns }, cite) => ({
    columns: cols([
      ...ITEM_COLUMNS,
      ["p10", H.annualP10],
      ["p25", H.annualP25],
      ["median", H.annualMedian],
      ["p75", H.annualP75],
      ["p90", H.annualP90],
      ["wageYear", H.wageYear],
      ["source", H.source],
      ["sourceUrl", H.sourceUrl],
    ]),
    rows: columns.flatMap((column) => {
      const pay = column.pay;
      if (!pay) return [];
      return [
        {
          comparedAs: column.kind,
          roleSlug: column.roleSlug ?? "",
          title: column.title,
          socCode: column.occupation.socCode,
          occupation: column.occupation.title,
          p10: percentile(pay, "p10"),
          p25: percentile(pay, "p25"),
          median: percentile(pay, "median"),
          p75: percentile(pay, "p75"),
          p90: percentile(pay, "p90"),
          wageYear: pay.wageYear,
          ...cite.row(pay.sourceId),
        },
      ];
    }),
  }),
  // A median wage another release publishes for a role's occupation (sources disagree: both are kept).
  "other-pay": ({ roles, vintage }, cite) => ({
    columns: cols([
      ["roleSlug", H.roleSlug],
      ["title", H.role],
      ["socCode", H.socCode],
      ["occupation", H.occupation],
      ["projectionPeriod", H.projectionPeriod],
      ["medianAnnualWage", H.medianAnnualWage],
      ["wageYear", H.wageYear],
      ["source", H.source],
      ["sourceUrl", H.sourceUrl],
    ]),
    rows: roles.flatMap((role) =>
      role.otherWages.map((wage) => ({
        roleSlug: role.slug,
        title: role.title,
        socCode: wage.socCode,
        occupation: role.occupation.title,
        projectionPeriod: vintage,
        medianAnnualWage: wage.medianAnnualWage,
        wageYear: wage.wageYear,
        ...cite.row(wage.sourceId),
      })),
    ),
  }),
  // One row per skill of each role: kind, core or useful, the other compared roles that list it, O*NET marks.
  skills: ({ roles }, cite) => ({
    columns: cols([
      ["roleSlug", H.roleSlug],
      ["title", H.role],
      ["skill", H.skill],
      ["skillKind", H.skillKind],
      ["importance", H.skillImportance],
      ["alsoListedBy", "Also listed by"],
      ["hotTechnology", H.hotTechnology],
      ["inDemandFor", H.inDemandForCodes],
      ["source", H.source],
      ["sourceUrl", H.sourceUrl],
    ]),
    rows: roles.flatMap((role) =>
      role.skills.map((skill) => ({
        roleSlug: role.slug,
        title: role.title,
        skill: skill.name,
        skillKind: SKILL_KIND_LABELS[skill.kind],
        importance: skill.importance,
        alsoListedBy: roles
          .filter((r) => r.slug !== role.slug && r.skills.some((s) => s.slug === skill.slug))
          .map((r) => r.slug)
          .join("; "),
        hotTechnology: skill.hotTechnology ? "yes" : "no",
        inDemandFor: skill.inDemandFor.map((d) => d.onetCode).join("; "),
        ...cite.row(skill.sourceId),
      })),
    ),
  }),
  // One row per pair of roles: the weighted overlap (core = 2, useful = 1) and its points.
  "skill-overlap": ({ roles, roleComparison }) => ({
    columns: cols([
      ["roleSlug", H.roleSlug],
      ["title", H.role],
      ["comparedWith", "Compared with (role slug)"],
      ["overlapPercent", "Weighted skill overlap (%)"],
      ["overlapPoints", "Overlap points (shared / all)"],
      ["source", H.source],
      ["sourceUrl", H.sourceUrl],
    ]),
    rows: (roleComparison?.skills.overlaps ?? []).map((pair) => {
      const a = roles[pair.a]!;
      const b = roles[pair.b]!;
      return {
        roleSlug: a.slug,
        title: a.title,
        comparedWith: b.slug,
        overlapPercent: pair.percent,
        overlapPoints: `${pair.sharedPoints}/${pair.totalPoints}`,
        source: `Career Atlas calculation: weighted Jaccard index of the two skill lists, core = ${SKILL_WEIGHTS.core}, useful = ${SKILL_WEIGHTS.useful}`,
        // Our own calculation: no address of its own.
        sourceUrl: "",
      };
    }),
  }),
  // Each compared occupation's O*NET Hot Technology and In Demand technologies.
  technologies: ({ occupations }, cite) => ({
    columns: cols([
      ["socCode", H.socCode],
      ["occupation", H.occupation],
      ["technology", H.technology],
      ["commodity", H.commodityTitle],
      ["hotTechnology", H.hotTechnology],
      ["inDemand", H.inDemandForOccupation],
      ["source", H.source],
      ["sourceUrl", H.sourceUrl],
    ]),
    rows: occupations.flatMap((occupation) =>
      [...new Map([...occupation.technology.inDemand, ...occupation.technology.hot].map((t) => [t.example, t])).values()]
        .sort((a, b) => (a.example < b.example ? -1 : a.example > b.example ? 1 : 0))
        .map((technology) => ({
          socCode: occupation.socCode,
          occupation: occupation.title,
          technology: technology.example,
          commodity: technology.commodityTitle,
          hotTechnology: technology.hotTechnology ? "yes" : "no",
          inDemand: technology.inDemand ? "yes" : "no",
          ...cite.row(occupation.technology.sourceId),
        })),
    ),
  }),
  // GPTs are GPTs (Eloundou et al.): exposure scores as published, the page's two tables in one file: a role's primary
  // O*NET occupation's (the page's "by role's O*NET occupation"), then every O*NET occupation under a compared line.
  "ai-exposure": ({ roles, occupations }, cite) => ({
    columns: cols([
      ...ITEM_COLUMNS,
      ["onetCode", H.onetCode],
      ["onetTitle", H.onetOccupation],
      ["measure", H.aiMeasure],
      ["rater", H.aiRater],
      ["score", H.aiExposureScore],
      ["source", H.source],
      ["sourceUrl", H.sourceUrl],
    ]),
    rows: [
      ...roles.flatMap((role) => {
        const exposure = role.aiImpact.exposure;
        if (!exposure) return [];
        return exposure.rows.flatMap(({ measure, ...byRater }) =>
          (["gpt4", "human"] as const).flatMap((rater) => {
            const score = byRater[rater];
            if (score === null) return [];
            return [
              {
                comparedAs: "role",
                roleSlug: role.slug,
                title: role.title,
                socCode: role.occupation.socCode,
                occupation: role.occupation.title,
                onetCode: exposure.onetCode,
                onetTitle: exposure.onetTitle,
                measure,
                rater,
                score: String(score),
                ...cite.row(exposure.sourceId),
              },
            ];
          }),
        );
      }),
      ...occupations.flatMap((occupation) =>
        occupation.ai.exposure.map((score) => ({
          comparedAs: "occupation",
          roleSlug: "",
          title: occupation.title,
          socCode: occupation.socCode,
          occupation: occupation.title,
          onetCode: score.onetCode,
          onetTitle: score.onetTitle,
          measure: score.measure,
          rater: score.rater,
          score: String(score.score),
          ...cite.row(score.sourceId),
        })),
      ),
    ],
  }),
  // Working with AI (Tomlinson et al.): the AI applicability score of each SOC occupation under the compared line.
  "ai-applicability": ({ occupations }, cite) => ({
    columns: cols([
      ["comparedSocCode", "Compared SOC code"],
      ["socCode", H.socCode],
      ["occupation", H.occupation],
      ["score", H.aiApplicabilityScore],
      ["source", H.source],
      ["sourceUrl", H.sourceUrl],
    ]),
    rows: occupations.flatMap((occupation) =>
      occupation.ai.applicability.map((score) => ({
        comparedSocCode: occupation.socCode,
        socCode: score.socCode,
        occupation: score.title,
        score: String(score.score),
        ...cite.row(score.sourceId),
      })),
    ),
  }),
};

/** A published percentile, or OEWS's top code as "239200 or more" where it publishes no figure above it. */
function percentile(pay: PayPercentiles, point: PayPoint): number | string | undefined {
  const value = pay.annual[point];
  if (value !== null) return value;
  return pay.topCoded.includes(PAY_POINT_LABELS[point].percentile) && pay.topCodeAnnual !== null
    ? `${pay.topCodeAnnual} or more`
    : undefined;
}
