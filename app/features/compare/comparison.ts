/**
 * A comparison of curated roles and BLS occupations together, as the compare page and its CSV receive it. Roles keep
 * their own comparison (RoleComparison: skills, AI notes, next steps, industries, which only curated roles have);
 * every compared item, role or occupation, is also a column of published figures (CompareColumn), so the quick facts,
 * the charts and the pay table treat them alike. Plain data and pure functions (browser-safe).
 */
import type { OccupationKind, RoleLevel } from "~db/schema/enums";
import type { SourceCitation } from "~/features/sources/citations";
import type { PayPercentiles } from "~/features/pay/pay";
import type { GrowthBand } from "~/features/periods/periods";
import type { GrowthComparison, OtherWage } from "~/features/roles/role-profile";
import type { AllOccupationsFigures, ComparedProjection, ComparedRole, RoleComparison } from "~/features/compare/role-comparison";

/** A BLS occupation as an address names it and the picker shows it. */
export interface OccupationChoice {
  socCode: string;
  title: string;
  /** The BLS release that lists the occupation. */
  sourceId: string;
  /** A detailed occupation, or a summary line such as 29-0000 (which no published growth band labels). */
  kind: OccupationKind;
}

/** The picker's occupation search: what was typed and the occupations whose titles match, each with its "add" address. */
export interface PickerOccupationSearch {
  query: string;
  matches: { socCode: string; title: string; why: string; href: string }[];
}

/** One O*NET technology of an occupation, with O*NET's flags. */
export interface ComparedTechnologyItem {
  example: string;
  commodityTitle: string;
  hotTechnology: boolean;
  inDemand: boolean;
}

export interface ComparedTechnology {
  /** How many technologies the occupation's O*NET occupations list in all. */
  listed: number;
  /** In Demand: frequent in this occupation's job postings. */
  inDemand: ComparedTechnologyItem[];
  /** Hot Technology: frequent in job postings across all occupations. */
  hot: ComparedTechnologyItem[];
  sourceId: string | null;
}

/** A BLS occupation compared as it is: the figures its publishers give, and nothing a curated role adds. */
export interface ComparedOccupation extends OccupationChoice {
  /** The chosen period's line; null when BLS published none for it. */
  projection: ComparedProjection | null;
  growthBand: GrowthBand | null;
  growthComparison: GrowthComparison | null;
  /** BLS's typical entry education and work experience, from the same projection line. */
  entryEducation: string | null;
  workExperience: string | null;
  /** Table 1.10's split of the openings, where BLS published it for the period. */
  laborForceExits: number | null;
  occupationalTransfers: number | null;
  technology: ComparedTechnology;
  ai: {
    /** GPTs are GPTs: share of tasks exposed, per O*NET occupation, rater (gpt4, human) and measure (alpha, beta, gamma). */
    exposure: { onetCode: string; onetTitle: string; rater: string; measure: string; score: number; sourceId: string }[];
    /** Working with AI: measured applicability per SOC code. */
    applicability: { socCode: string; title: string; score: number; sourceId: string }[];
  };
}

/** One column of the comparison: a role (its primary occupation's figures) or an occupation. */
export interface CompareColumn {
  /** The role's slug, or "occupation:<code>" (a slug has no colon). */
  key: string;
  kind: "role" | "occupation";
  title: string;
  /** The role's or the occupation's profile. */
  href: string;
  roleSlug: string | null;
  /** The occupation whose figures the column shows, and the source that files the role there (for an occupation, BLS's line). */
  occupation: { socCode: string; title: string; sourceId: string };
  projection: ComparedProjection | null;
  growthBand: GrowthBand | null;
  growthComparison: GrowthComparison | null;
  otherWages: OtherWage[];
  entryEducation: string | null;
  workExperience: string | null;
  entrySourceId: string | null;
  entryDataYear: string | null;
  /** Career Atlas's career level: curated roles only. */
  level: RoleLevel | null;
  /** OEWS wage percentiles of the column's occupation (newest survey), null where OEWS publishes none. */
  pay: PayPercentiles | null;
}

export interface Comparison {
  /** Set when the figures are those archived with an earlier data version (`&data=`), by its tag. */
  pinnedDataVersion?: string;
  vintage: string;
  /** Roles in the address's order, then occupations in theirs. */
  columns: CompareColumn[];
  /** The compared roles, in the address's order (their figures are also in `columns`). */
  roles: ComparedRole[];
  /** The roles' own comparison (skills, AI notes, next steps, industries) with the page's sources; null without roles. */
  roleComparison: RoleComparison | null;
  occupations: ComparedOccupation[];
  allOccupations: AllOccupationsFigures | null;
  /** Occupations that two or more columns show (a role filed under a compared occupation, or two roles under one). */
  sharedOccupations: { socCode: string; title: string; columnTitles: string[]; includesOccupation: boolean }[];
  sources: SourceCitation[];
}

export const occupationColumnKey = (socCode: string) => `occupation:${socCode}`;

/** The columns of a comparison: the roles (their primary occupation's figures), then the occupations. */
export function comparisonColumns(
  roles: readonly ComparedRole[],
  occupations: readonly ComparedOccupation[],
  pay: ReadonlyMap<string, PayPercentiles>,
): CompareColumn[] {
  return [
    ...roles.map((role): CompareColumn => ({
      key: role.slug,
      kind: "role",
      title: role.title,
      href: `/roles/${role.slug}`,
      roleSlug: role.slug,
      occupation: { socCode: role.occupation.socCode, title: role.occupation.title, sourceId: role.occupation.sourceId },
      projection: role.projection,
      growthBand: role.growthBand,
      growthComparison: role.growthComparison,
      otherWages: role.otherWages,
      entryEducation: role.entryEducation,
      workExperience: role.workExperience,
      entrySourceId: role.entrySourceId,
      entryDataYear: role.entryDataYear,
      level: role.level,
      pay: pay.get(role.occupation.socCode) ?? null,
    })),
    ...occupations.map((occupation): CompareColumn => ({
      key: occupationColumnKey(occupation.socCode),
      kind: "occupation",
      title: occupation.title,
      href: `/occupations/${occupation.socCode}`,
      roleSlug: null,
      occupation: { socCode: occupation.socCode, title: occupation.title, sourceId: occupation.sourceId },
      projection: occupation.projection,
      growthBand: occupation.growthBand,
      growthComparison: occupation.growthComparison,
      otherWages: [],
      entryEducation: occupation.entryEducation,
      workExperience: occupation.workExperience,
      // BLS publishes entry education and experience with the projection line, for its period.
      entrySourceId: occupation.projection?.sourceId ?? null,
      entryDataYear: occupation.projection?.vintage ?? null,
      level: null,
      pay: pay.get(occupation.socCode) ?? null,
    })),
  ];
}

/** Occupations that two or more columns show, so their figures are the same (statistics exist per occupation). */
export function sharedOccupationsOf(columns: readonly CompareColumn[]): Comparison["sharedOccupations"] {
  const bySoc = new Map<string, Comparison["sharedOccupations"][number]>();
  for (const column of columns) {
    const { socCode, title } = column.occupation;
    const entry = bySoc.get(socCode) ?? { socCode, title, columnTitles: [], includesOccupation: false };
    entry.columnTitles.push(column.title);
    entry.includesOccupation ||= column.kind === "occupation";
    bySoc.set(socCode, entry);
  }
  return [...bySoc.values()].filter((o) => o.columnTitles.length > 1);
}

/** The source ids of the occupation columns' figures, in the order the page first shows them. */
export function occupationSourceIds(occupations: readonly ComparedOccupation[], columns: readonly CompareColumn[]): string[] {
  return [
    ...occupations.map((o) => o.sourceId),
    ...occupations.flatMap((o) => (o.projection ? [o.projection.sourceId] : [])),
    ...occupations.flatMap((o) => (o.growthBand ? [o.growthBand.sourceId] : [])),
    ...columns.flatMap((c) => (c.pay ? [c.pay.sourceId] : [])),
    ...occupations.flatMap((o) => (o.technology.sourceId ? [o.technology.sourceId] : [])),
    ...occupations.flatMap((o) => [...o.ai.exposure.map((e) => e.sourceId), ...o.ai.applicability.map((a) => a.sourceId)]),
  ];
}
