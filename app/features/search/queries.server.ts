import { asc, sql } from "drizzle-orm";
import { normalizeTitle } from "~db/text";
import { roles } from "~db/schema";
import { CAREER_CLUSTERS, type CareerCluster } from "~db/schema/enums";
import { database } from "~/lib/db.server";
import { MAX_QUERY_LENGTH, type TitleSearchHit } from "~/features/search/search";
import { SEARCH_THRESHOLDS, type TitleSearchOutcome } from "~/features/search/title-index";
import { currentTitleIndex } from "~/features/search/title-index.server";

export type { TitleSearchHit, TitleSearchOutcome };
export { SEARCH_THRESHOLDS };

/**
 * Searches role titles and aliases in the title index of the current data version (ADR 007 for the ranking, ADR 015
 * for the index): exact > prefix > fuzzy, one result per role, its best match; the closest titles as suggestions
 * when nothing matched. One query (which data version is current); none when the query has no letters or digits
 * left after normalization.
 */
export async function searchTitles({ q, limit = 20 }: { q: string; limit?: number }): Promise<TitleSearchOutcome> {
  if (normalizeTitle(q.slice(0, MAX_QUERY_LENGTH)).length === 0) return { normalized: "", results: [], suggestions: [] };
  return (await currentTitleIndex()).searchRoles({ q, limit });
}

export interface BrowseRole {
  slug: string;
  title: string;
  careerCluster: CareerCluster;
}

/**
 * A short list to browse when there is nothing (or nothing found) to show: one role per career cluster, the
 * most junior one (then by title), in the clusters' display order. One query.
 */
export async function listBrowseRoles(): Promise<BrowseRole[]> {
  const db = await database();
  const rows = await db
    .selectDistinctOn([roles.careerCluster], { slug: roles.slug, title: roles.title, careerCluster: roles.careerCluster })
    .from(roles)
    .orderBy(asc(roles.careerCluster), asc(roles.level), sql`${roles.title} collate "C"`);
  return rows.sort((a, b) => CAREER_CLUSTERS.indexOf(a.careerCluster) - CAREER_CLUSTERS.indexOf(b.careerCluster));
}
