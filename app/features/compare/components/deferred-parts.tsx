import * as aiImpact from "~/features/compare/components/compare-ai-impact";
import * as occupationData from "~/features/compare/components/compare-occupation-data";
import * as quickFacts from "~/features/compare/components/compare-quick-facts";
import * as roleSections from "~/features/compare/components/role-sections";
import { deferredModule } from "~/ui/deferred-part";

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

const occupationParts = deferredModule(() => import("~/features/compare/components/compare-occupation-data"), eagerModules?.occupationData);
const quickFactsPart = deferredModule(() => import("~/features/compare/components/compare-quick-facts"), eagerModules?.quickFacts);
const aiImpactPart = deferredModule(() => import("~/features/compare/components/compare-ai-impact"), eagerModules?.aiImpact);
const roleSectionParts = deferredModule(() => import("~/features/compare/components/role-sections"), eagerModules?.roleSections);
// An in-app navigation to the comparison evaluates this with the route's code: the chunks every comparison shows then
// come with the page's data (the occupations' parts only when the comparison has an occupation).
quickFactsPart.startIfNavigating();
aiImpactPart.startIfNavigating();
roleSectionParts.startIfNavigating();

export const ComparePayRange = occupationParts.part("ComparePayRange");
export const CompareTechnology = occupationParts.part("CompareTechnology");
export const OccupationMatches = occupationParts.part("OccupationMatches");
export const OccupationsNotInRoleSections = occupationParts.part("OccupationsNotInRoleSections");
export const RoleDetailsElsewhere = occupationParts.part("RoleDetailsElsewhere");
export const CompareQuickFacts = quickFactsPart.part("CompareQuickFacts");
export const CompareAiImpact = aiImpactPart.part("CompareAiImpact");
export const CompareHotSkills = roleSectionParts.part("CompareHotSkills");
export const CompareIndustries = roleSectionParts.part("CompareIndustries");
export const CompareLeadsTo = roleSectionParts.part("CompareLeadsTo");
export const CompareSkills = roleSectionParts.part("CompareSkills");
