/**
 * The normalized form of a job title used for alias uniqueness and search: accents stripped, lowercase,
 * punctuation and hyphens turned into single spaces. "Back-End Developer" and "back end  developer" match;
 * '+' and '#' survive so C++ and C# stay distinct from C.
 */
export function normalizeTitle(title: string): string {
  return title
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}+#]+/gu, " ")
    .trim();
}
