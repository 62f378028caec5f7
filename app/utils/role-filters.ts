import { z } from "zod";
import { CAREER_CLUSTERS, PROJECTION_VINTAGES, ROLE_LEVELS } from "../../db/schema/enums";

const ENTRY_EDUCATION = [
  "No formal educational credential",
  "High school diploma or equivalent",
  "Some college, no degree",
  "Postsecondary nondegree award",
  "Associate's degree",
  "Bachelor's degree",
  "Master's degree",
  "Doctoral or professional degree",
] as const;

const slugParam = z.string().max(80, "is too long").regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a slug such as 'healthcare'");
const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { message: `must be one of: ${values.join(", ")}` });

/** URL state of the dashboard and the role finder: filters, vintage and sort. */
export const roleQuerySchema = z.object({
  vintage: oneOf(PROJECTION_VINTAGES).default(PROJECTION_VINTAGES[PROJECTION_VINTAGES.length - 1]!),
  cluster: oneOf(CAREER_CLUSTERS).optional(),
  level: oneOf(ROLE_LEVELS).optional(),
  education: oneOf(ENTRY_EDUCATION).optional(),
  industry: slugParam.optional(),
  skill: slugParam.optional(),
  sort: oneOf(["title", "growth", "change", "openings", "pay", "employment"] as const).optional(),
  dir: oneOf(["asc", "desc"] as const).optional(),
});
export type RoleQuery = z.infer<typeof roleQuerySchema>;

/** The query string for a role query, omitting defaults, so shared links stay short and stable. */
export function roleQueryString(query: Partial<RoleQuery>, defaults: Partial<RoleQuery> = {}): string {
  const params = new URLSearchParams();
  for (const key of ["vintage", "cluster", "level", "education", "industry", "skill", "sort", "dir"] as const) {
    const value = query[key];
    if (value !== undefined && value !== defaults[key] && !(key === "vintage" && value === PROJECTION_VINTAGES[PROJECTION_VINTAGES.length - 1])) {
      params.set(key, value);
    }
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}
