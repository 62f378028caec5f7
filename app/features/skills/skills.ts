/**
 * The skills catalogue (/skills) and skill pages (/skills/:slug) as the pages receive them: built by
 * app/features/skills/queries.server.ts, rendered by app/features/skills/components/*. Plain data; every mark and figure carries
 * the id of its source.
 */
import {
  SKILL_KINDS,
  type ProgressionTrack,
  type ProjectionVintage,
  type RoleLevel,
  type SkillImportance,
  type SkillKind,
} from "~db/schema/enums";
import type { SourceCitation } from "~/features/sources/citations";
import type { PayPercentiles } from "~/features/pay/pay";
import { MAX_QUERY_LENGTH } from "~/features/search/query-length";

export { SKILL_KINDS };

/** Longest `?q=` the skills search accepts (the same cap as title search; the input's maxLength stops typing more). */
export const MAX_SKILL_QUERY_LENGTH = MAX_QUERY_LENGTH;

/** A source's own "hot / future skill" words for one role. */
export interface SkillHighlight {
  evidence: string;
  roleSlug: string;
  roleTitle: string;
  sourceId: string;
}

/** One O*NET occupation that flags the skill "In Demand", with the O*NET technology names it was found under. */
export interface InDemandOccupation {
  onetCode: string;
  onetTitle: string;
  technologies: string[];
}

/** Hot / in-demand evidence for a skill. Marks are shown as text badges with their release or source. */
export interface SkillMarks {
  /** O*NET "Hot Technology" technology names (database-wide flag). */
  hotTechnologies: string[];
  /** O*NET occupations that flag it "In Demand", by O*NET code. */
  inDemand: InDemandOccupation[];
  highlights: SkillHighlight[];
  /** Source of the O*NET marks (null when the skill has none). */
  onetSourceId: string | null;
}

/** Marks as the catalogue lists them: In Demand occupations without their technology names (shown on the skill page). */
export interface SkillSummaryMarks extends Omit<SkillMarks, "inDemand"> {
  inDemand: Omit<InDemandOccupation, "technologies">[];
}

export interface SkillSummary {
  slug: string;
  name: string;
  kind: SkillKind;
  description: string;
  /** Roles that list it as core / as useful. */
  coreRoles: number;
  usefulRoles: number;
  marks: SkillSummaryMarks;
  /** True when the role finder can filter by it (`/roles?skill=`): an O*NET-marked skill that a role needs. */
  inRoleFinder: boolean;
}

export interface SkillKindGroup {
  kind: SkillKind;
  skills: SkillSummary[];
}

export interface SkillFilters {
  kind?: SkillKind;
  /** Only skills with a hot / in-demand mark (O*NET Hot Technology, O*NET In Demand, or a source highlight). */
  hot?: boolean;
  /** Name or description contains this text, case-insensitively. */
  q?: string;
}

/** One O*NET name a skill stands for, with its own page (/technologies/:slug) and its In Demand counts in every occupation. */
export interface SkillTechnology {
  name: string;
  slug: string;
  /** O*NET occupations that list it. */
  listed: number;
  /** O*NET occupations, in every family, that flag it In Demand. */
  inDemandOnetOccupations: number;
  /** BLS occupations with an O*NET occupation that flags it In Demand (the technology page's count). */
  inDemandLines: number;
}

/** A role that needs the skill, with its occupation's figures for the chosen vintage. */
export interface SkillRole {
  slug: string;
  title: string;
  /** The role's own career level. */
  roleLevel: RoleLevel;
  importance: SkillImportance;
  /** The career level at which the skill starts to matter in this role. */
  level: RoleLevel;
  /** Source of the role-skill link. */
  sourceId: string;
  socCode: string;
  occupationTitle: string;
  /** Null when BLS publishes no projection for the occupation in this vintage. */
  projection: {
    changePercent: number;
    medianAnnualWage: number | null;
    wageYear: number | null;
    sourceId: string;
  } | null;
  /** The OEWS percentiles of the median's survey (its 10th–90th spread), where loaded. */
  pay: PayPercentiles | null;
}

/** A typical move on which people usually add the skill. */
export interface SkillProgressionStep {
  fromSlug: string;
  fromTitle: string;
  toSlug: string;
  toTitle: string;
  toLevel: RoleLevel;
  track: ProgressionTrack;
  typicalYearsMin: number;
  typicalYearsMax: number;
  sourceId: string;
}

export interface SkillDetail {
  vintage: ProjectionVintage;
  skill: {
    slug: string;
    name: string;
    kind: SkillKind;
    description: string;
    /** The exact O*NET Technology Skills names this skill stands for. */
    onetExamples: string[];
  };
  marks: SkillMarks;
  /** The O*NET names it stands for, in the catalogue's order, with their counts in every occupation. */
  technologies: SkillTechnology[];
  /**
   * How many BLS occupations our curated roles map to: `marks.inDemand` counts the O*NET occupations filed under these
   * only (Blockchain Engineers under 15-1299 Computer occupations, all other, Cloud Engineer's line).
   */
  roleOccupationLines: number;
  inRoleFinder: boolean;
  /** Core roles first, then useful; each by title. */
  roles: SkillRole[];
  /** The all-occupations growth rate of the same vintage, for comparison. */
  allOccupations: { changePercent: number; sourceId: string } | null;
  leadsTo: {
    /** Moves whose "skills gained" include this skill. */
    steps: SkillProgressionStep[];
    /** Lead and executive roles that need it (a subset of `roles`). */
    leadershipRoles: SkillRole[];
  };
  /** Every source the page cites, numbered in order of first use. */
  sources: SourceCitation[];
}

/** Levels at which a role counts as a progression (leadership) role. */
export const LEADERSHIP_LEVELS: readonly RoleLevel[] = ["lead", "executive"];

/**
 * "O*NET 30.1, December 2025" from the O*NET source's vintage "30.1 (December 2025)", the way the release is named
 * next to every O*NET mark.
 */
export function onetReleaseLabel(citation: Pick<SourceCitation, "vintage"> | undefined): string {
  const vintage = citation?.vintage?.trim();
  if (!vintage) return "O*NET";
  const match = /^(\S+)\s*\((.+)\)$/.exec(vintage);
  return match ? `O*NET ${match[1]}, ${match[2]}` : `O*NET ${vintage}`;
}

/** True when the skill carries any hot / in-demand mark. */
export function hasAnyMark(marks: SkillSummaryMarks): boolean {
  return marks.hotTechnologies.length > 0 || marks.inDemand.length > 0 || marks.highlights.length > 0;
}

/** The query string of the catalogue's filters, omitting empty ones (the URL is the state). */
export function skillQueryString(filters: SkillFilters): string {
  const params = new URLSearchParams();
  if (filters.kind) params.set("kind", filters.kind);
  if (filters.hot) params.set("hot", "1");
  if (filters.q) params.set("q", filters.q);
  const text = params.toString();
  return text ? `?${text}` : "";
}
