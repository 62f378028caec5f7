/**
 * Which occupations Career Atlas counts as tech, by family, as SOC 2018 code prefixes. An editorial
 * classification (ours, not BLS's): the computer and mathematical occupations, engineers and engineering
 * technicians, the managers of computing and engineering, and the design and technical-writing occupations
 * our curated roles draw on. Every occupation a curated tech role is filed under counts as tech as well,
 * whatever its code (that part is data: role_occupations).
 */
export const TECH_FAMILIES = [
  { id: "computer", label: "Computer", prefixes: ["15-12"] },
  { id: "math", label: "Mathematics and data", prefixes: ["15-2"] },
  { id: "engineering", label: "Engineering", prefixes: ["17-2", "17-3"] },
  { id: "management", label: "Tech management", prefixes: ["11-3021", "11-9041"] },
  { id: "design", label: "Design and technical writing", prefixes: ["27-1014", "27-1021", "27-1024", "27-3042"] },
] as const;

export type TechFamilyId = (typeof TECH_FAMILIES)[number]["id"];
export const TECH_FAMILY_IDS = TECH_FAMILIES.map((f) => f.id) as [TechFamilyId, ...TechFamilyId[]];

/** The tech family a SOC code belongs to by its code, if any. */
export function techFamilyOf(socCode: string): (typeof TECH_FAMILIES)[number] | undefined {
  return TECH_FAMILIES.find((f) => f.prefixes.some((p) => socCode.startsWith(p)));
}

/** SOC major group of a code: "15-1252" → "15-0000". */
export function majorGroupCode(socCode: string): string {
  return `${socCode.slice(0, 2)}-0000`;
}
