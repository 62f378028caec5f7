import type { AiImpactAspect, AiImpactLayer, AliasOrigin, CareerCluster, ProgressionTrack, RoleLevel, SkillKind } from "~db/schema/enums";

export const CLUSTER_LABELS: Record<CareerCluster, string> = {
  "software-development": "Software development",
  "data-ai": "Data & AI",
  "infrastructure-cloud": "Infrastructure & cloud",
  security: "Cybersecurity",
  "design-content": "Design & content",
  "it-support": "IT support",
  leadership: "Leadership & management",
};

export const LEVEL_LABELS: Record<RoleLevel, string> = {
  entry: "Entry level",
  mid: "Mid level",
  senior: "Senior",
  lead: "Lead",
  executive: "Executive",
};

export const SKILL_KIND_LABELS: Record<SkillKind, string> = {
  language: "Programming languages",
  database: "Databases",
  framework: "Frameworks & tools",
  cloud: "Cloud & hosting",
  practice: "Practices",
  security: "Security",
  ai_data: "AI & data",
  soft_skill: "People skills",
};

/** One skill of a kind, for naming a skill out of context ("Go (a programming language)"). */
export const SKILL_KIND_SINGULAR: Record<SkillKind, string> = {
  language: "a programming language",
  database: "a database",
  framework: "a framework or tool",
  cloud: "a cloud or hosting skill",
  practice: "a practice",
  security: "a security skill",
  ai_data: "an AI and data skill",
  soft_skill: "a people skill",
};

export const ALIAS_ORIGIN_LABELS: Record<AliasOrigin, string> = {
  seed_article: "named in a source article",
  onet_alternate_title: "O*NET alternate title",
  onet_reported_title: "O*NET reported job title",
  bls_sample_title: "BLS sample job title",
  curated: "Career Atlas editors",
};

export const AI_LAYER_LABELS: Record<AiImpactLayer, string> = {
  official: "Official statements (BLS)",
  research: "Research: exposure to AI",
  editorial: "Editorial notes",
};

export const AI_ASPECT_LABELS: Record<AiImpactAspect, string> = {
  automation_of_routine_work: "Automation of routine work",
  new_skills: "New skills",
  demand: "Demand",
  competition: "Competition",
  role_evolution: "How the role evolves",
  productivity: "Productivity",
  exposure: "Exposure",
  method_caveat: "How to read this",
};

export const TRACK_LABELS: Record<ProgressionTrack, string> = {
  technical: "Technical track",
  management: "Management track",
};
