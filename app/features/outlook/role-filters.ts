import { LATEST_PROJECTION_VINTAGE } from "~db/schema/enums";
import type { RoleQuery } from "~/features/outlook/params.server";
import type { RoleSort } from "~/features/outlook/queries.server";

export type { RoleQuery };

/** The query string for a role query, omitting defaults, so shared links stay short and stable. */
export function roleQueryString(query: Partial<RoleQuery>, defaults: Partial<RoleQuery> = {}): string {
  const params = new URLSearchParams();
  for (const key of ["vintage", "cluster", "level", "education", "industry", "skill", "sort", "dir"] as const) {
    const value = query[key];
    if (value !== undefined && value !== defaults[key] && !(key === "vintage" && value === LATEST_PROJECTION_VINTAGE)) {
      params.set(key, value);
    }
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
