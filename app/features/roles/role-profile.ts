/**
 * The role profile as the page receives it (built by ./queries.server.ts, rendered by ./components/*). Plain data only: every figure carries the id of its source and its data year.
 */
import {
  type AiImpactAspect,
  type AiImpactLayer,
  type AliasOrigin,
  type OccupationKind,
  type ProgressionTrack,
  type ProjectionVintage,
  type RoleLevel,
  type RoleStatementKind,
  type SkillImportance,
  type SkillKind,
} from "~db/schema/enums";
import type { SourceCitation } from "~/features/sources/citations";
import type { projections } from "~db/schema";
import type { GrowthBand } from "~/features/periods/periods";
import type { PayPercentiles } from "~/features/pay/pay";

export type { ProjectionVintage };

/** The charts a profile draws; each one's data also downloads as `/roles/<slug>/<chart>.csv`. */
export const PROFILE_CHARTS = ["employment", "growth", "vintages"] as const;
export type ProfileChart = (typeof PROFILE_CHARTS)[number];

type ProjectionRow = typeof projections.$inferSelect;

/**
 * One BLS projection line (an occupation, an OOH group, a summary line or the total) for one vintage: the stored
 * row's figures as published (`changeNumeric` null where the source gives none; `isDerived` where Career Atlas
 * summed published detailed lines), with its occupation's title and kind.
 */
export type ProjectionFigures = Omit<ProjectionRow, "id" | "onTheJobTraining"> & {
  occupationTitle: string;
  occupationKind: OccupationKind;
};

/** A projection line's figures alone, as the lists and the comparison show them, with the source that publishes them. */
export type PublishedProjection = Pick<
  ProjectionRow,
  | "vintage"
  | "baseYear"
  | "targetYear"
  | "changePercent"
  | "changeNumeric"
  | "employmentBase"
  | "employmentProjected"
  | "annualOpenings"
  | "medianAnnualWage"
  | "wageYear"
  | "sourceId"
>;

/** A median wage some other source publishes for the same occupation and vintage (sources disagree). */
export interface OtherWage {
  socCode: string;
  medianAnnualWage: number;
  wageYear: number;
  sourceId: string;
  note: string | null;
}

export interface OccupationMapping {
  socCode: string;
  title: string;
  /** The kind of BLS line (a growth band labels detailed occupations only). */
  kind: OccupationKind;
  onetCode: string | null;
  onetTitle: string | null;
  isPrimary: boolean;
  sourceId: string;
  note: string;
}

/** Where a role's growth stands against the all-occupations rate of the same vintage, as a fact (the verbal band is separate). */
export interface GrowthComparison {
  allOccupationsPercent: number;
  allOccupationsSourceId: string;
  /** "about 2.4 times the all-occupations rate", "close to", "below", "a decline while all occupations grow". */
  relation: "multiple" | "close" | "above" | "below" | "decline" | "no_growth";
  /** Occupation rate divided by the all-occupations rate, one decimal (only for "multiple"). */
  ratio: number | null;
}

export interface QuickFacts {
  /** Null when BLS publishes no projection for the occupation in the chosen vintage. */
  projection: ProjectionFigures | null;
  /**
   * The OEWS percentiles of the survey the projection's median comes from (same occupation, same May year): the
   * 10th-90th spread beside it. Null without a wage, or when that survey is not loaded (never another year's).
   */
  pay: PayPercentiles | null;
  comparison: GrowthComparison | null;
  /**
   * The verbal growth band of the period that the projection's percent falls in, shown verbatim with its source;
   * null without a projection or for a period with no verified band table (then none is shown, none derived).
   */
  growthBand: GrowthBand | null;
  otherWages: OtherWage[];
  entryEducation: string;
  workExperience: string;
  entrySourceId: string;
  /** The entry source's vintage, e.g. "2024-34" (the data year of education and experience). */
  entryDataYear: string | null;
}

export interface RoleAlias {
  alias: string;
  origin: AliasOrigin;
  onetCode: string | null;
  onetTitle: string | null;
  sourceId: string;
  note: string | null;
}

export interface SkillMarks {
  /** O*NET "Hot Technology" technology names this skill stands for (database-wide flag). */
  hotTechnologies: string[];
  /** O*NET "In Demand" flags for the role's O*NET occupations. */
  inDemand: { onetCode: string; onetTitle: string; technologies: string[] }[];
  /** A source's own "hot / future skill" wording for this role. */
  highlights: { evidence: string; sourceId: string }[];
  /** Source of the O*NET marks (null when the skill has none). */
  onetSourceId: string | null;
}

export interface ProfileSkill {
  slug: string;
  name: string;
  description: string;
  importance: SkillImportance;
  level: RoleLevel;
  sourceId: string;
  marks: SkillMarks;
}

export interface SkillGroup {
  kind: SkillKind;
  skills: ProfileSkill[];
}

export interface ProfileIndustry {
  slug: string;
  name: string;
  description: string;
  rank: number | null;
  sharePercent: number | null;
  sourceId: string;
}

export interface RoleStatement {
  kind: RoleStatementKind;
  statement: string;
  figure: number | null;
  figureUnit: string | null;
  sourceId: string;
  note: string | null;
}

export interface SourcedText {
  position: number;
  text: string;
  detail: string | null;
  sourceId: string;
}

export interface AiNote {
  layer: AiImpactLayer;
  aspect: AiImpactAspect;
  statement: string;
  asOf: string;
  sourceId: string;
  author: string | null;
  reviewedOn: string | null;
  /** What the note is about: the role's occupation, the role itself, or the whole economy. */
  scope: "occupation" | "role" | "economy";
}

/**
 * Who wrote a note, as pages print it: "Author: …", or "Author not given" for an editorial note taken from an article
 * that names no author (the only editorial notes without one: seed/validate.ts); null for official and research
 * notes, whose source names who speaks.
 */
export function noteByline(note: Pick<AiNote, "layer" | "author">): string | null {
  if (note.author) return `Author: ${note.author}`;
  return note.layer === "editorial" ? "Author not given" : null;
}

export interface ExposureRow {
  measure: "alpha" | "beta" | "gamma";
  gpt4: number | null;
  human: number | null;
}

export interface ExposureScores {
  onetCode: string;
  onetTitle: string;
  sourceId: string;
  rows: ExposureRow[];
}

export interface ProgressionEdge {
  slug: string;
  title: string;
  track: ProgressionTrack;
  typicalYearsMin: number;
  typicalYearsMax: number;
  skillsGained: string[];
  sourceId: string;
  note: string | null;
}

export interface EmploymentChartRow {
  label: string;
  year: number;
  point: "base" | "projected";
  employment: number;
  socCode: string;
  occupationTitle: string;
  vintage: ProjectionVintage;
  sourceId: string;
}

export interface GrowthChartRow {
  label: string;
  socCode: string;
  occupationTitle: string;
  kind: OccupationKind;
  /** True for the role's own occupation (the bar the chart is about). */
  isRoleOccupation: boolean;
  changePercent: number;
  /** Decimals as published: OOH group pages give whole numbers, BLS tables one decimal. */
  percentDecimals: 0 | 1;
  employmentBase: number;
  employmentProjected: number;
  isDerived: boolean;
  vintage: ProjectionVintage;
  sourceId: string;
}

export interface VintageChartRow {
  label: string;
  vintage: ProjectionVintage;
  baseYear: number;
  targetYear: number;
  changePercent: number;
  employmentBase: number;
  employmentProjected: number;
  isSelected: boolean;
  sourceId: string;
}

export interface RoleProfile {
  vintage: ProjectionVintage;
  /**
   * Set when the figures (quick facts, outlook charts) are those archived with an earlier data version, named by
   * its tag (a pinned link, `&data=`); absent for the current figures. Everything else on the page is current.
   */
  pinnedDataVersion?: string;
  role: {
    slug: string;
    title: string;
    summary: string;
    whatTheyDo: string[];
    careerCluster: string;
    level: RoleLevel;
  };
  occupation: OccupationMapping;
  otherOccupations: (OccupationMapping & { projection: ProjectionFigures | null; pay: PayPercentiles | null })[];
  /** Other roles whose primary occupation is the same, and so show the same figures (ADR 004). */
  sharesFiguresWith: { slug: string; title: string }[];
  quickFacts: QuickFacts;
  /** Role statements by section: outlook (cited figures, uncited claims, demand...) and the job itself. */
  outlookStatements: RoleStatement[];
  jobStatements: RoleStatement[];
  aliases: RoleAlias[];
  learningSteps: SourcedText[];
  skillGroups: SkillGroup[];
  industries: ProfileIndustry[];
  charts: {
    employment: EmploymentChartRow[];
    growth: GrowthChartRow[];
    vintages: VintageChartRow[];
  };
  aiImpact: {
    official: AiNote[];
    research: AiNote[];
    editorial: AiNote[];
    exposure: ExposureScores | null;
  };
  progression: { leadsTo: ProgressionEdge[]; comesFrom: ProgressionEdge[] };
  discussionQuestions: SourcedText[];
  /** Every source the page cites, numbered in order of first use. */
  sources: SourceCitation[];
}

/** The texts "What they do" marks glossary terms in, in reading order (one section: a term is marked once). */
export function whatTheyDoTexts(profile: Pick<RoleProfile, "role" | "jobStatements" | "learningSteps">): string[] {
  return [
    profile.role.summary,
    ...profile.role.whatTheyDo,
    ...profile.jobStatements.map((s) => s.statement),
    ...profile.learningSteps.flatMap((step) => [step.text, step.detail ?? ""]),
  ];
}

/** Every text of a profile that defines glossary terms inline: what the page's glossary is chosen for. */
export function glossaryTextsOf(profile: RoleProfile): string[] {
  return [...whatTheyDoTexts(profile), ...profile.discussionQuestions.map((q) => q.text)];
}

/** Statement kinds shown with the outlook (quick facts); the rest describe the job. */
export const OUTLOOK_STATEMENT_KINDS: readonly RoleStatementKind[] = [
  "outlook_as_cited",
  "uncited_claim",
  "demand",
  "competition",
  "salary",
];

/**
 * Growth against the all-occupations rate, as a factual comparison. It never derives a verbal band: a band is
 * shown only where the period's published band table is loaded (growth_bands, growthBandFor).
 */
export function compareGrowth(occupationPercent: number, allOccupationsPercent: number): Pick<GrowthComparison, "relation" | "ratio"> {
  if (occupationPercent < 0) return { relation: "decline", ratio: null };
  if (occupationPercent === 0) return { relation: "no_growth", ratio: null };
  if (allOccupationsPercent <= 0) return { relation: "above", ratio: null };
  const ratio = occupationPercent / allOccupationsPercent;
  if (ratio >= 1.5) return { relation: "multiple", ratio: Math.round(ratio * 10) / 10 };
  if (ratio >= 0.9 && ratio <= 1.1) return { relation: "close", ratio: null };
  return { relation: ratio > 1 ? "above" : "below", ratio: null };
}
