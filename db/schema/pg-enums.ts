import { pgEnum } from "drizzle-orm/pg-core";
import {
  AI_IMPACT_ASPECTS,
  AI_IMPACT_LAYERS,
  ALIAS_ORIGINS,
  CAREER_CLUSTERS,
  EXPOSURE_MEASURES,
  EXPOSURE_RATERS,
  LADDER_AXES,
  OCCUPATION_KINDS,
  PROGRESSION_TRACKS,
  ROLE_LEVELS,
  ROLE_STATEMENT_KINDS,
  SKILL_FLAGS,
  SKILL_IMPORTANCE,
  SKILL_KINDS,
  SOURCE_KINDS,
} from "./enums";

export const sourceKind = pgEnum("source_kind", SOURCE_KINDS);
export const occupationKind = pgEnum("occupation_kind", OCCUPATION_KINDS);
export const roleLevel = pgEnum("role_level", ROLE_LEVELS);
export const careerCluster = pgEnum("career_cluster", CAREER_CLUSTERS);
export const aliasOrigin = pgEnum("alias_origin", ALIAS_ORIGINS);
export const skillKind = pgEnum("skill_kind", SKILL_KINDS);
export const skillImportance = pgEnum("skill_importance", SKILL_IMPORTANCE);
export const ladderAxis = pgEnum("ladder_axis", LADDER_AXES);
export const skillFlag = pgEnum("skill_flag", SKILL_FLAGS);
export const aiImpactLayer = pgEnum("ai_impact_layer", AI_IMPACT_LAYERS);
export const aiImpactAspect = pgEnum("ai_impact_aspect", AI_IMPACT_ASPECTS);
export const exposureRater = pgEnum("exposure_rater", EXPOSURE_RATERS);
export const exposureMeasure = pgEnum("exposure_measure", EXPOSURE_MEASURES);
export const progressionTrack = pgEnum("progression_track", PROGRESSION_TRACKS);
export const roleStatementKind = pgEnum("role_statement_kind", ROLE_STATEMENT_KINDS);
