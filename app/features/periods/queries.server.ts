import { desc, sql } from "drizzle-orm";
import { growthBands, projectionPeriods } from "~db/schema";
import { database } from "~/lib/db.server";
import type { GrowthBand, ProjectionPeriod } from "~/features/periods/periods";

/**
 * The loaded projection periods, newest first, each with its verbal growth bands (fastest first). One query over
 * two small tables (a handful of periods, a few bands each), so every page that shows a period runs it rather
 * than keep a copy: the app caches nothing per data version, and the server's page cache already replays each
 * rendered page until the data version changes (docs/decisions/006).
 */
export async function listProjectionPeriods(): Promise<ProjectionPeriod[]> {
  const db = await database();
  return db
    .select({
      vintage: projectionPeriods.vintage,
      baseYear: projectionPeriods.baseYear,
      targetYear: projectionPeriods.targetYear,
      sourceId: projectionPeriods.sourceId,
      growthBands: sql<GrowthBand[]>`(
        select coalesce(json_agg(json_build_object(
          'rank', b.rank, 'label', b.label, 'minPercent', b.min_percent, 'maxPercent', b.max_percent,
          'isDerived', b.is_derived, 'sourceId', b.source_id
        ) order by b.rank), '[]'::json)
        from ${growthBands} b where b.vintage = ${projectionPeriods}.vintage)`,
    })
    .from(projectionPeriods)
    .orderBy(desc(projectionPeriods.baseYear));
}
