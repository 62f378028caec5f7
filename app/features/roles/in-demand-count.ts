/*
 * What a skill's O*NET In Demand count counts, in the same words wherever one is shown: /skills and a skill page, the
 * dashboard's hot skills and the skills map. seed/seed.ts keeps O*NET's In Demand flags only for the O*NET occupations
 * filed under (their bls_code) the BLS occupations our curated roles map to, Blockchain Engineers among them though no
 * role is filed there; a technology page counts every occupation, by BLS occupation. Read side by side, a bare
 * "in demand in 22 occupations" and a technology page's 49 looked like a contradiction, so each count names its unit
 * (O*NET occupations) and, once on the page, its scope. Kept in roles, below outlook, map and skills, so all three can
 * use it (.dependency-cruiser.cjs, FEATURE_LAYERS).
 */

/** Which O*NET occupations an In Demand count counts, as it runs on after the count or after "O*NET occupations". */
export const IN_DEMAND_SCOPE = "filed under our tech roles’ BLS occupations";

/** "In Demand for 22 O*NET occupations": the count with its unit (its scope is IN_DEMAND_SCOPE). */
export function inDemandCount(occupations: number): string {
  return `In Demand for ${occupations} O*NET occupation${occupations === 1 ? "" : "s"}`;
}
