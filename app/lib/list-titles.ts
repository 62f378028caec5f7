/** "A", "A and B", "A, B and C": titles or names as the pages, handouts and slides write them in a sentence. */
export function listTitles(titles: readonly string[]): string {
  if (titles.length <= 1) return titles[0] ?? "";
  return `${titles.slice(0, -1).join(", ")} and ${titles[titles.length - 1]}`;
}
