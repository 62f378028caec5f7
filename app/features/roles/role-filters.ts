import { PROJECTION_VINTAGES } from "~db/schema/enums";
import type { RoleQuery } from "~/features/roles/params.server";

export type { RoleQuery };

/** The query string for a role query, omitting defaults, so shared links stay short and stable. */
export function roleQueryString(query: Partial<RoleQuery>, defaults: Partial<RoleQuery> = {}): string {
  const params = new URLSearchParams();
  for (const key of ["vintage", "cluster", "level", "education", "industry", "skill", "sort", "dir"] as const) {
    const value = query[key];
    if (
      value !== undefined &&
      value !== defaults[key] &&
      !(key === "vintage" && value === PROJECTION_VINTAGES[PROJECTION_VINTAGES.length - 1])
    ) {
      params.set(key, value);
    }
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}
