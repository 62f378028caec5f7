/**
 * The role comparison as the compare page and its CSV receive it (built by app/features/compare/queries.server.ts,
 * rendered by app/features/compare/components/*). Plain data only: every figure carries its source id and data year.
 */
import type { CareerCluster, ProjectionVintage, RoleLevel, SkillImportance, SkillKind } from "~db/schema/enums";
import type { SourceCitation } from "~/features/sources/citations";
import type {
  AiNote,
  ExposureScores,
  GrowthComparison,
  OtherWage,
  ProfileIndustry,
  ProgressionEdge,
  PublishedProjection,
} from "~/features/roles/role-profile";
import type { PairOverlap, SkillPresence, WeightedSkill } from "~/features/compare/skill-overlap";
import type { GrowthBand } from "~/features/periods/periods";
import type { PayPercentiles } from "~/features/pay/pay";

/** How many columns (roles and occupations together) the page compares at most, and at least. */
export const MAX_COMPARED_ROLES = 4;
export const MIN_COMPARED_ROLES = 2;

/**
 * The picker's heading for what the address lists: "Roles compared (3 of at most 4)", and for more than can be
 * compared, the count asked for and the limit apart ("Roles listed: 5; at most 4 can be compared"), as the page's
 * too-many message puts it ("5 of at most 4" read as a contradiction).
 */
export function comparedHeading({ roles, occupations }: { roles: number; occupations: number }): string {
  const count = roles + occupations;
  if (count === 0) return "Choose roles or occupations to compare";
  const what = occupations === 0 ? "Roles" : "Roles and occupations";
  return count > MAX_COMPARED_ROLES
    ? `${what} listed: ${count}; at most ${MAX_COMPARED_ROLES} can be compared`
    : `${what} compared (${count} of at most ${MAX_COMPARED_ROLES})`;
}

/** A role as the picker lists it. */
export interface RoleChoice {
  slug: string;
  title: string;
  careerCluster: CareerCluster;
}

/** The primary occupation's BLS projection line in the chosen vintage (figures as published). */
export type ComparedProjection = PublishedProjection;

/** A skill of one role, with the O*NET marks that apply to it for that role. */
export interface ComparedSkill extends WeightedSkill {
  kind: SkillKind;
  importance: SkillImportance;
  level: RoleLevel;
  sourceId: string;
  /** O*NET "Hot Technology" (database-wide). */
  hotTechnology: boolean;
  /** O*NET "In Demand" for this role's own O*NET occupations. */
  inDemandFor: { onetCode: string; onetTitle: string }[];
  /** Source of the O*NET marks, null when the skill has none. */
  onetSourceId: string | null;
}

export interface ComparedRole {
  slug: string;
  title: string;
  summary: string;
  careerCluster: CareerCluster;
  level: RoleLevel;
  occupation: { socCode: string; title: string; onetCode: string | null; sourceId: string };
  /** Null when BLS publishes no projection for the occupation in this vintage. */
  projection: ComparedProjection | null;
  /** The period's verbal growth band the projection falls in (null without one: no band table for the period). */
  growthBand: GrowthBand | null;
  /** Growth against the all-occupations rate of the same vintage, as a fact. */
  growthComparison: GrowthComparison | null;
  /** Median wages another release publishes for the same occupation and vintage (sources disagree). */
  otherWages: OtherWage[];
  entryEducation: string;
  workExperience: string;
  entrySourceId: string;
  /** The entry source's vintage (the data year of education and experience). */
  entryDataYear: string | null;
  skills: ComparedSkill[];
  industries: ProfileIndustry[];
  /** Notes about this role or its occupation; economy-wide notes are in RoleComparison.economyAiNotes. */
  aiImpact: { official: AiNote[]; research: AiNote[]; editorial: AiNote[]; exposure: ExposureScores | null };
  leadsTo: ProgressionEdge[];
}

/**
 * A compared role with the OEWS wage percentiles of the survey its median comes from (null when that survey's
 * percentiles are not loaded): the slide deck and the handout print the 10th–90th percentile spread beside the median.
 */
export type PricedRole = ComparedRole & { pay: PayPercentiles | null };

/** A role comparison whose roles carry their pay spread (getRoleComparison; the compare page reads its columns' own). */
export interface PricedRoleComparison extends RoleComparison {
  roles: PricedRole[];
}

export interface AllOccupationsFigures {
  changePercent: number;
  /** As published (null where the source gives none). */
  changeNumeric: number | null;
  annualOpenings: number | null;
  employmentBase: number;
  employmentProjected: number;
  baseYear: number;
  targetYear: number;
  medianAnnualWage: number | null;
  wageYear: number | null;
  sourceId: string;
}

/** A skill in at least two of the compared roles that O*NET marks Hot Technology or In Demand. */
export interface HotSkillInCommon {
  slug: string;
  name: string;
  kind: SkillKind;
  hotTechnology: boolean;
  /** In Demand for these O*NET occupations (of the roles that need the skill). */
  inDemandFor: { onetCode: string; onetTitle: string }[];
  byRole: (SkillImportance | null)[];
  roleCount: number;
  onetSourceId: string | null;
}

export interface RoleComparison {
  /** Set when the figures are those archived with an earlier data version (a pinned link, `&data=`), by its tag. */
  pinnedDataVersion?: string;
  vintage: ProjectionVintage;
  /** In the order the address lists them. */
  roles: ComparedRole[];
  allOccupations: AllOccupationsFigures | null;
  /** Occupations that two or more of the compared roles share (so their figures are identical). */
  sharedOccupations: { socCode: string; title: string; roleSlugs: string[] }[];
  skills: {
    /** Indexes into roles. */
    overlaps: PairOverlap[];
    sharedByAll: SkillPresence<ComparedSkill>[];
    sharedBySome: SkillPresence<ComparedSkill>[];
    onlyIn: ComparedSkill[][];
  };
  hotSkillsInCommon: HotSkillInCommon[];
  /** AI notes about the whole economy: the same for every role, so shown once. */
  economyAiNotes: { official: AiNote[]; research: AiNote[]; editorial: AiNote[] };
  /** Industries every compared role's sources name. */
  industriesInCommon: { slug: string; name: string }[];
  /** Roles that two or more of the compared roles lead to. */
  destinationsInCommon: { slug: string; title: string; fromSlugs: string[] }[];
  /** Every source the page cites, numbered in order of first use. */
  sources: SourceCitation[];
}

/**
 * The address of a comparison: `/compare?roles=a,b&occupations=15-1252,29-1141` (role slugs, then BLS occupation
 * codes, each in the order shown; commas unescaped so the link reads as it is shared) plus `&vintage=` when not the
 * latest. A role-only comparison has no `occupations=`, so its address is exactly what it was before occupations
 * could be compared (pinned links and lesson bundles store these addresses). `path` may be "/compare.csv".
 */
export function compareHref(
  slugs: readonly string[],
  {
    vintage,
    latest,
    path = "/compare",
    extra = {},
    occupations = [],
  }: { vintage: string; latest: string; path?: string; extra?: Record<string, string>; occupations?: readonly string[] },
): string {
  const parts: string[] = [];
  if (slugs.length > 0) parts.push(`roles=${slugs.map(encodeURIComponent).join(",")}`);
  if (occupations.length > 0) parts.push(`occupations=${occupations.map(encodeURIComponent).join(",")}`);
  if (vintage !== latest) parts.push(`vintage=${encodeURIComponent(vintage)}`);
  for (const [key, value] of Object.entries(extra)) parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(value)}`);
  return parts.length > 0 ? `${path}?${parts.join("&")}` : path;
}
