import type { RoleFilterOptions, RoleQuery } from "~/features/outlook/params.server";
import type { RoleSort } from "~/features/outlook/queries.server";
import type { ProjectionVintage } from "~/features/periods/periods";
import { CLUSTER_LABELS, LEVEL_LABELS } from "~/features/roles/labels";
import { formatDollars } from "~/lib/format";
import { FINDER_FIRST_DIRECTION, type SortDirection } from "~/lib/table-sort";

export type { RoleQuery };

/** The address's keys in the order links write them. */
const ROLE_QUERY_KEYS = ["vintage", "cluster", "level", "education", "pay", "band", "industry", "skill", "sort", "dir", "data"] as const;
type RoleQueryKey = (typeof ROLE_QUERY_KEYS)[number];

/** The parameters that narrow the list of roles (the period and the sort do not: they change the figures shown). */
export const ROLE_FILTER_KEYS = [
  "cluster",
  "level",
  "education",
  "pay",
  "band",
  "industry",
  "skill",
] as const satisfies readonly RoleQueryKey[];
export type RoleFilterKey = (typeof ROLE_FILTER_KEYS)[number];

/**
 * The query string for a role query, omitting defaults and blank values, so shared links stay short and stable.
 * `defaults.vintage` is the newest loaded period (LoadedPeriods.latest), which the page shows when the address names
 * none. Takes a parsed query or a filter form's fields as typed.
 */
export function roleQueryString(
  query: Partial<Record<RoleQueryKey, string | number | undefined>>,
  defaults: Partial<Record<RoleQueryKey, string | number>> & { vintage: ProjectionVintage },
): string {
  const params = new URLSearchParams();
  const sortWritten = query.sort !== undefined && query.sort !== "" && query.sort !== defaults.sort;
  for (const key of ROLE_QUERY_KEYS) {
    const value = query[key];
    if (value === undefined || value === "") continue;
    // The direction goes with its sort: left out only beside the default sort, whose default it is. Compared alone with
    // the default "asc", it was left out of "sort=pay&dir=asc", which the loader reads as pay's first direction,
    // descending, so the finder never sorted a figure smallest first.
    if (key === "dir" ? !sortWritten && value === defaults.dir : value === defaults[key]) continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** What an address without `dir` is read as: the finders' shared first directions. */
export const DEFAULT_DIRECTION: Readonly<Record<RoleSort, SortDirection>> = FINDER_FIRST_DIRECTION;

/** The field labels of the finder's filters: the form and the list of filters in use say the same. */
export const ROLE_FILTER_LABELS: Record<RoleFilterKey, string> = {
  cluster: "Career cluster",
  level: "Level",
  education: "Education needed: at most",
  pay: "Median pay at least",
  band: "Growth",
  industry: "Industry",
  skill: "Hot skill",
};

/**
 * How many roles the finder lists, in words: the heading of the filters in use ("20 roles match these filters") and the
 * polite status line that says it again after each change, for a screen reader ("All 34 roles" with none in use).
 */
export function roleCountText(count: number, filtersInUse: number): string {
  if (filtersInUse === 0) return count === 1 ? "1 role" : `All ${count} roles`;
  if (count === 0) return `No role matches ${filtersInUse === 1 ? "this filter" : "these filters"}`;
  return `${count} role${count === 1 ? "" : "s"} match${count === 1 ? "es" : ""} ${filtersInUse === 1 ? "this filter" : "these filters"}`;
}

/** One filter the address applies, in words ("Education needed: at most Associate's degree"). */
export interface ActiveRoleFilter {
  key: RoleFilterKey;
  text: string;
}

/**
 * The filters a role query applies, in the form's order, each in words as the form's labels put it.
 * `periodLabel` is the shown period ("2024–34"), whose band a growth filter is.
 */
export function activeRoleFilters(
  query: Partial<Pick<RoleQuery, RoleFilterKey>>,
  options: Pick<RoleFilterOptions, "bands" | "industries" | "hotSkills">,
  periodLabel: string,
): ActiveRoleFilter[] {
  const { cluster, level, education, pay, band, industry, skill } = ROLE_FILTER_LABELS;
  const textOf: { [K in RoleFilterKey]: (value: NonNullable<RoleQuery[K]>) => string } = {
    cluster: (c) => `${cluster}: ${CLUSTER_LABELS[c]}`,
    level: (l) => `${level}: ${LEVEL_LABELS[l]}`,
    education: (e) => `${education} ${e}`,
    pay: (p) => `${pay} ${formatDollars(p)} a year`,
    band: (rank) => `${band}, ${periodLabel}: ${options.bands.find((b) => b.rank === rank)?.label ?? `band ${rank}`}`,
    industry: (slug) => `${industry}: ${options.industries.find((i) => i.slug === slug)?.name ?? slug}`,
    skill: (slug) => `${skill}: ${options.hotSkills.find((s) => s.slug === slug)?.name ?? slug}`,
  };
  return ROLE_FILTER_KEYS.flatMap((key) => {
    const value = query[key];
    if (value === undefined) return [];
    return [{ key, text: (textOf[key] as (v: typeof value) => string)(value) }];
  });
}
