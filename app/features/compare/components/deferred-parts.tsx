import * as aiImpact from "~/features/compare/components/compare-ai-impact";
import * as occupationData from "~/features/compare/components/compare-occupation-data";
import * as quickFacts from "~/features/compare/components/compare-quick-facts";
import * as roleSections from "~/features/compare/components/role-sections";
import { deferred } from "~/ui/deferred-part";

/*
 * Parts of the compare page whose JavaScript stays out of its first load (the 120 KB budget, ADR 016): the parts only
 * a comparison with an occupation shows (pay range, O*NET technologies, what occupations lack, the picker's
 * occupation matches), the quick facts table (ADR 026, amended 2026-12-07), the AI impact section, and the role
 * sections after the charts (skills, hot skills, where each leads, industries; ADR 026), which are text and tables with
 * nothing to interact with. See
 * `deferred` (app/ui/deferred-part.tsx) for how the server renders them and the browser hydrates them.
 */
/** The modules themselves, on the server only: `import.meta.env.SSR` is false in the client build, so this is undefined there. */
const eagerModules = import.meta.env.SSR ? { aiImpact, occupationData, quickFacts, roleSections } : undefined;

const loadOccupationData = () => import("~/features/compare/components/compare-occupation-data");
const loadQuickFacts = () => import("~/features/compare/components/compare-quick-facts");
const loadAiImpact = () => import("~/features/compare/components/compare-ai-impact");
const loadRoleSections = () => import("~/features/compare/components/role-sections");

export const ComparePayRange = deferred(loadOccupationData, "ComparePayRange", eagerModules?.occupationData);
export const CompareTechnology = deferred(loadOccupationData, "CompareTechnology", eagerModules?.occupationData);
export const OccupationMatches = deferred(loadOccupationData, "OccupationMatches", eagerModules?.occupationData);
export const OccupationsNotInRoleSections = deferred(loadOccupationData, "OccupationsNotInRoleSections", eagerModules?.occupationData);
export const RoleDetailsElsewhere = deferred(loadOccupationData, "RoleDetailsElsewhere", eagerModules?.occupationData);
export const CompareQuickFacts = deferred(loadQuickFacts, "CompareQuickFacts", eagerModules?.quickFacts);
export const CompareAiImpact = deferred(loadAiImpact, "CompareAiImpact", eagerModules?.aiImpact);
export const CompareHotSkills = deferred(loadRoleSections, "CompareHotSkills", eagerModules?.roleSections);
export const CompareIndustries = deferred(loadRoleSections, "CompareIndustries", eagerModules?.roleSections);
export const CompareLeadsTo = deferred(loadRoleSections, "CompareLeadsTo", eagerModules?.roleSections);
export const CompareSkills = deferred(loadRoleSections, "CompareSkills", eagerModules?.roleSections);
