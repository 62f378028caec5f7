/** "A", "A and B", "A, B and C": titles or names as the pages, handouts and slides write them in a sentence. */
export function listTitles(titles: readonly string[]): string {
  if (titles.length <= 1) return titles[0] ?? "";
  return `${titles.slice(0, -1).join(", ")} and ${titles[titles.length - 1]}`;
}

/**
 * Whether two titles name the same occupation as written by two publishers: O*NET capitalises every word, BLS only the
 * first ("Web Developers" is the BLS line "Web developers"), so the pages say such a title once.
 */
export function sameTitle(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
