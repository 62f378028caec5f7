import type { RoleQuery } from "~/features/outlook/params.server";
import type { RoleSort } from "~/features/outlook/queries.server";
import type { ProjectionVintage } from "~/features/periods/periods";

export type { RoleQuery };

/**
 * The query string for a role query, omitting defaults, so shared links stay short and stable. `defaults.vintage`
 * is the newest loaded period (LoadedPeriods.latest), which the page shows when the address names none.
 */
export function roleQueryString(query: Partial<RoleQuery>, defaults: Partial<RoleQuery> & { vintage: ProjectionVintage }): string {
  const params = new URLSearchParams();
  for (const key of ["vintage", "cluster", "level", "education", "industry", "skill", "sort", "dir"] as const) {
    const value = query[key];
    if (value !== undefined && value !== defaults[key]) params.set(key, value);
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** Numbers read best largest first; titles A to Z. */
export const DEFAULT_DIRECTION: Record<RoleSort, "asc" | "desc"> = {
  title: "asc",
  growth: "desc",
  change: "desc",
  openings: "desc",
  pay: "desc",
  employment: "desc",
};
