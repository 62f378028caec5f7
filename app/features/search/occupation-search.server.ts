import { normalizeTitle } from "~db/text";
import { MAX_QUERY_LENGTH } from "~/features/search/search";
import { OCCUPATION_ANSWER_SIMILARITY, OCCUPATION_SUGGESTION_SIMILARITY, type OccupationSearchHit } from "~/features/search/title-index";
import { currentTitleIndex } from "~/features/search/title-index.server";

export type { OccupationSearchHit };
export { OCCUPATION_ANSWER_SIMILARITY, OCCUPATION_SUGGESTION_SIMILARITY };

/**
 * Searches every title of every occupation (BLS and O*NET occupation titles, O*NET alternate and reported titles,
 * BLS sample titles: ~72,000) in the title index of the current data version (ADR 014 for what counts, ADR 015 for
 * the index). One row per BLS line, its best match: exact, start-of-title and start-of-word matches first; close
 * spellings only when there are none, graded by whole-title similarity (from OCCUPATION_ANSWER_SIMILARITY an answer,
 * from OCCUPATION_SUGGESTION_SIMILARITY a "did you mean", below that nothing). One query (which data version is
 * current).
 */
export async function searchOccupations({ q, limit = 10 }: { q: string; limit?: number }): Promise<OccupationSearchHit[]> {
  if (normalizeTitle(q.slice(0, MAX_QUERY_LENGTH)).length === 0) return [];
  return (await currentTitleIndex()).searchOccupations({ q, limit });
}
