import { listFilterOptions, type FilterOptions, type RoleFilters } from "~/features/outlook/queries.server";
import { minimumPayParam } from "~/features/occupations/params.server";
import { chooseGrowthBand, choosePeriod, growthBandParam, vintageParam } from "~/features/periods/params.server";
import type { GrowthBand, LoadedPeriods, ProjectionVintage } from "~/features/periods/periods";
import { dataPinQueryShape } from "~/features/data-pin/params.server";
import { z } from "zod";
import { CAREER_CLUSTERS, ENTRY_EDUCATION, ROLE_LEVELS, SLUG_PATTERN } from "~db/schema/enums";

const slugParam = z.string().max(80, "is too long").regex(SLUG_PATTERN, "must be a slug such as 'healthcare'");
const oneOf = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { message: `must be one of: ${values.join(", ")}` });

/** URL state of the dashboard and the role finder: filters, projection period (absent: the newest loaded) and sort. */
export const roleQuerySchema = z.object({
  vintage: vintageParam,
  cluster: oneOf(CAREER_CLUSTERS).optional(),
  level: oneOf(ROLE_LEVELS).optional(),
  /** At most this entry education (BLS's order, lowest first). */
  education: oneOf(ENTRY_EDUCATION).optional(),
  /** At least this median annual wage of the role's occupation, in dollars. */
  pay: minimumPayParam,
  /** One of the shown period's growth bands, by rank (1 = fastest). */
  band: growthBandParam,
  industry: slugParam.optional(),
  skill: slugParam.optional(),
  sort: oneOf(["title", "growth", "change", "openings", "pay", "employment"] as const).optional(),
  dir: oneOf(["asc", "desc"] as const).optional(),
});
/**
 * The role finder's and its CSV's URL state: the dashboard's, and `data=<tag>`, which pins the figures to a data
 * version (ADR 008). The home page shows hot skills whose flags no version keeps, so it takes no pin.
 */
export const roleFinderQuerySchema = roleQuerySchema.extend(dataPinQueryShape);

/** The dashboard / finder URL state, with the period resolved: the address's, or the newest loaded. */
export type RoleQuery = Omit<z.infer<typeof roleFinderQuerySchema>, "vintage"> & { vintage: ProjectionVintage };

/**
 * The filter values a page offers, with the loaded periods as the page lists them and the shown period's verbal
 * growth bands (none where no band table is verified for it).
 */
export type RoleFilterOptions = Omit<FilterOptions, "periods"> & { periods: LoadedPeriods; bands: GrowthBand[] };

/**
 * Checks the dashboard / finder URL state, as its schema parsed it (roleQuerySchema or roleFinderQuerySchema, through
 * loadPublicPage or parseSearchParams), against the data: the period, growth band, industry and skill (the filter
 * options' four queries). A period that is not loaded, a band the period's table does not have or an unknown slug is a
 * 400 naming it, never an empty page that looks like "no roles". A band asked of a period without bands is not
 * applied, and `growthFilterNotApplied` says so (chooseGrowthBand).
 */
export async function readRoleQuery(
  parsed: z.infer<typeof roleFinderQuerySchema>,
): Promise<{ query: RoleQuery; filters: RoleFilters; options: RoleFilterOptions; growthFilterNotApplied: string | null }> {
  const { periods: loaded, ...values } = await listFilterOptions();
  const { period, periods } = choosePeriod(loaded, parsed.vintage);
  const { band, notApplied: growthFilterNotApplied } = chooseGrowthBand(period, parsed.band, periods);
  // A band the period cannot apply is left out of the query, so the page's links, its CSV link and its list of
  // filters in use all leave it out too; the page says why (growthFilterNotApplied).
  const query: RoleQuery = { ...parsed, vintage: period.vintage, band: band?.rank };
  const options: RoleFilterOptions = { ...values, periods, bands: period.growthBands };
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
    minPay: query.pay,
    band,
    industry: query.industry,
    skill: query.skill,
  };
  return { query, filters, options, growthFilterNotApplied };
}
