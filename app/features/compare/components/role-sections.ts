/*
 * The comparison's role sections after its charts (skills, hot skills, where each leads, industries): text, tables and
 * links, nothing to interact with. One lazily loaded chunk (deferred-parts.tsx).
 */
export { CompareHotSkills } from "~/features/compare/components/compare-hot-skills";
export { CompareIndustries, CompareLeadsTo } from "~/features/compare/components/compare-leads-and-industries";
export { CompareSkills } from "~/features/compare/components/compare-skills";
