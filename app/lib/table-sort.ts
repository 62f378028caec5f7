export type SortDirection = "asc" | "desc";

/**
 * The direction a sortable table's column heading links to: the other way round when the table is sorted by that
 * column already, else the column's first direction (`firstDirection`: what an address without a direction is read as).
 * The role finder and the occupation finder share it, so their headings toggle alike.
 */
export function headingSortDirection<Sort extends string>(
  shown: { sort: Sort; dir: SortDirection },
  column: Sort,
  firstDirection: Readonly<Record<Sort, SortDirection>>,
): SortDirection {
  if (shown.sort !== column) return firstDirection[column];
  return shown.dir === "asc" ? "desc" : "asc";
}

/**
 * The finders' columns (the role finder's and the occupation finder's are the same six) and the direction each is read
 * in first: a title A to Z, every figure largest first. What an address without `dir` is read as.
 */
export const FINDER_FIRST_DIRECTION = {
  title: "asc",
  growth: "desc",
  change: "desc",
  openings: "desc",
  pay: "desc",
  employment: "desc",
} as const satisfies Record<string, SortDirection>;
