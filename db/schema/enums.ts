/**
 * Value sets shared by the database schema (as pg enums) and the seed dataset schema (as zod enums).
 * Keep each list ordered the way the UI should list it.
 */
export const SOURCE_KINDS = [
  "official_statistics", // BLS tables, releases and articles
  "occupational_database", // O*NET
  "research", // peer-reviewed or preprint research
  "article", // the user's seed articles and other secondary texts
  "editorial", // Career Atlas's own curated judgement
] as const;

export const OCCUPATION_KINDS = [
  "detailed", // a SOC 2018 detailed occupation, e.g. 15-1252
  "summary", // a BLS summary line, e.g. 15-1200 Computer occupations
  "group", // an Occupational Outlook Handbook group of detailed occupations, e.g. 15-1254+15-1255
  "total", // 00-0000 Total, all occupations
] as const;

/**
 * How a BLS projection period is written: base year, hyphen, the target year's last two digits ("2024-34").
 * Which periods exist is data (the projection_periods table), never a list in code: a new BLS release is one
 * importer run. Pages default to the newest period loaded.
 */
export const PROJECTION_VINTAGE_PATTERN = /^(\d{4})-(\d{2})$/;

/** BLS "typical education needed for entry" categories, in BLS's order (lowest first): filters list them so. */
export const ENTRY_EDUCATION = [
  "No formal educational credential",
  "High school diploma or equivalent",
  "Some college, no degree",
  "Postsecondary nondegree award",
  "Associate's degree",
  "Bachelor's degree",
  "Master's degree",
  "Doctoral or professional degree",
] as const;

/**
 * The entry education categories up to and including `level`, lowest first: what "needs at most `level`" admits
 * (the finders' education filter). An Associate's degree admits "Some college, no degree" too.
 */
export function entryEducationUpTo(level: (typeof ENTRY_EDUCATION)[number]): (typeof ENTRY_EDUCATION)[number][] {
  return ENTRY_EDUCATION.slice(0, ENTRY_EDUCATION.indexOf(level) + 1);
}

/** Every address segment naming a role, skill, industry or ladder: lowercase words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const ROLE_LEVELS = ["entry", "mid", "senior", "lead", "executive"] as const;

export const CAREER_CLUSTERS = [
  "software-development",
  "data-ai",
  "infrastructure-cloud",
  "security",
  "design-content",
  "it-support",
  "leadership",
] as const;

export const ALIAS_ORIGINS = [
  "seed_article", // named in one of the user's source documents
  "onet_alternate_title", // O*NET Alternate Titles file
  "onet_reported_title", // O*NET Sample of Reported Titles file
  "bls_sample_title", // BLS Employment Projections sample job titles
  "curated", // Career Atlas editorial
] as const;

export const SKILL_KINDS = ["language", "database", "framework", "cloud", "practice", "security", "ai_data", "soft_skill"] as const;

export const SKILL_IMPORTANCE = ["core", "useful"] as const;

/**
 * The axes engineering ladders use to describe growth (e.g. Jorge Pinto's "Engineering Ladders"):
 * technology (tools, languages, platforms), system (design and architecture of whole systems), people
 * (working with, growing and managing people), process (how a team ships: methods, quality, delivery) and
 * influence (reach beyond the team: direction, strategy, stakeholders). Each skill sits on one axis, so a
 * career ladder can group "what to learn next" by it.
 */
export const LADDER_AXES = ["technology", "system", "people", "process", "influence"] as const;

export const SKILL_FLAGS = [
  "onet_hot_technology", // O*NET "Hot Technology": frequent in postings across all occupations
  "onet_in_demand", // O*NET "In Demand": frequent in postings for one occupation
  "source_highlight", // a source names it a hot / future skill for a role
] as const;

export const AI_IMPACT_LAYERS = ["official", "research", "editorial"] as const;

export const AI_IMPACT_ASPECTS = [
  "automation_of_routine_work",
  "new_skills",
  "demand",
  "competition",
  "role_evolution",
  "productivity",
  "exposure",
  "method_caveat",
] as const;

export const EXPOSURE_RATERS = ["gpt4", "human"] as const;
export const EXPOSURE_MEASURES = ["alpha", "beta", "gamma"] as const;

export const PROGRESSION_TRACKS = ["technical", "management"] as const;

export const ROLE_STATEMENT_KINDS = [
  "outlook_as_cited", // a source restates an official figure (e.g. the article quoting BLS)
  "uncited_claim", // a figure or claim a source gives without a citation; never shown as official
  "demand", // how a source characterises demand
  "competition", // how a source characterises competition for jobs
  "salary", // how a source characterises pay, without figures of its own
  "work_arrangement", // freelance, remote, employer types
  "classification", // how a source files the role (category labels)
  "importance", // why the role matters, in the source's words
] as const;

export type SourceKind = (typeof SOURCE_KINDS)[number];
export type OccupationKind = (typeof OCCUPATION_KINDS)[number];
/** A projection period in PROJECTION_VINTAGE_PATTERN's form; which ones exist is data. */
export type ProjectionVintage = string;
export type EntryEducation = (typeof ENTRY_EDUCATION)[number];
export type RoleLevel = (typeof ROLE_LEVELS)[number];
export type CareerCluster = (typeof CAREER_CLUSTERS)[number];
export type AliasOrigin = (typeof ALIAS_ORIGINS)[number];
export type SkillKind = (typeof SKILL_KINDS)[number];
export type SkillImportance = (typeof SKILL_IMPORTANCE)[number];
export type LadderAxis = (typeof LADDER_AXES)[number];
export type SkillFlag = (typeof SKILL_FLAGS)[number];
export type AiImpactLayer = (typeof AI_IMPACT_LAYERS)[number];
export type AiImpactAspect = (typeof AI_IMPACT_ASPECTS)[number];
export type ProgressionTrack = (typeof PROGRESSION_TRACKS)[number];
export type RoleStatementKind = (typeof ROLE_STATEMENT_KINDS)[number];
