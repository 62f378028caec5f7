import { listFilterOptions, type FilterOptions, type RoleFilters } from "~/models/outlook.server";
import { parseSearchParams } from "./params.server";
import { roleQuerySchema, type RoleQuery } from "./role-filters";

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
