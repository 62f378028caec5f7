/**
 * Where the focus goes when the item at `removedIndex` of a list has been removed, `remaining` items left: the item
 * that took its place (the next), else the new last one (the previous), else null (the list is empty: the caller's
 * fallback, such as the box that adds items). A removed item takes the focused control with it, and the focus fell to
 * the page's body.
 */
export function indexAfterRemoval(removedIndex: number, remaining: number): number | null {
  if (remaining <= 0) return null;
  return Math.min(Math.max(removedIndex, 0), remaining - 1);
}
