import { listFilterOptions, type FilterOptions, type RoleFilters } from "~/features/outlook/queries.server";
import { parseSearchParams } from "~/lib/params.server";
import { z } from "zod";
import {
  CAREER_CLUSTERS,
  ENTRY_EDUCATION,
  LATEST_PROJECTION_VINTAGE,
  PROJECTION_VINTAGES,
  ROLE_LEVELS,
  SLUG_PATTERN,
} from "~db/schema/enums";

const slugParam = z.string().max(80, "is too long").regex(SLUG_PATTERN, "must be a slug such as 'healthcare'");
const oneOf = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { message: `must be one of: ${values.join(", ")}` });

/** URL state of the dashboard and the role finder: filters, vintage and sort. */
export const roleQuerySchema = z.object({
  vintage: oneOf(PROJECTION_VINTAGES).default(LATEST_PROJECTION_VINTAGE),
  cluster: oneOf(CAREER_CLUSTERS).optional(),
  level: oneOf(ROLE_LEVELS).optional(),
  education: oneOf(ENTRY_EDUCATION).optional(),
  industry: slugParam.optional(),
  skill: slugParam.optional(),
  sort: oneOf(["title", "growth", "change", "openings", "pay", "employment"] as const).optional(),
  dir: oneOf(["asc", "desc"] as const).optional(),
});
export type RoleQuery = z.infer<typeof roleQuerySchema>;

/**
 * Parses the dashboard / finder URL state and checks industry and skill slugs against the data:
 * an unknown slug is a 400 naming it, never an empty page that looks like "no roles".
 */
export async function readRoleQuery(request: Request): Promise<{ query: RoleQuery; filters: RoleFilters; options: FilterOptions }> {
  const query = parseSearchParams(new URL(request.url), roleQuerySchema);
  const options = await listFilterOptions();
  if (query.industry && !options.industries.some((i) => i.slug === query.industry)) {
    throw new Response(`There is no industry “${query.industry}”. Remove it from the address or pick one from the list.`, { status: 400 });
  }
  if (query.skill && !options.hotSkills.some((s) => s.slug === query.skill)) {
    throw new Response(`“${query.skill}” is not one of the hot or in-demand skills we can filter by.`, { status: 400 });
  }
  const filters: RoleFilters = {
    cluster: query.cluster,
    level: query.level,
    education: query.education,
    industry: query.industry,
    skill: query.skill,
  };
  return { query, filters, options };
}
