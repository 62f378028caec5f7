import type { OccupationSort } from "~/features/occupations/params.server";
import { FINDER_FIRST_DIRECTION, type SortDirection } from "~/lib/table-sort";

/** What an address without `dir` is read as: the finders' shared first directions. */
export const OCCUPATION_DEFAULT_DIRECTION: Readonly<Record<OccupationSort, SortDirection>> = FINDER_FIRST_DIRECTION;

/** Rows per page of the occupation finder (the whole list is one CSV away). */
export const OCCUPATIONS_PER_PAGE = 50;

// `data` last: a pinned list's every link (sort, pages, filters, CSV) keeps its pin (ADR 008).
const KEYS = ["vintage", "name", "group", "tech", "education", "band", "pay", "openings", "zone", "sort", "dir", "page", "data"] as const;

/**
 * The query string of an /occupations address: only what differs from the defaults, in a fixed order, so each
 * view has one address (and one cache entry). `latest` is the newest period, left out of the address.
 */
export function occupationQueryString(state: Partial<Record<(typeof KEYS)[number], string | number>>, latest: string | undefined): string {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = state[key];
    if (value === undefined || value === "") continue;
    if (key === "vintage" && value === latest) continue;
    if (key === "sort" && value === "title") continue;
    if (key === "dir" && value === OCCUPATION_DEFAULT_DIRECTION[(state.sort ?? "title") as OccupationSort]) continue;
    if (key === "page" && value === 1) continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}
