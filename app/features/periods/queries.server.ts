import { desc, sql } from "drizzle-orm";
import { growthBands, projectionPeriods } from "~db/schema";
import { database } from "~/lib/db.server";
import { rememberForDataVersion, type DataVersionKey } from "~/lib/data-version-memo.server";
import type { GrowthBand, ProjectionPeriod } from "~/features/periods/periods";

/**
 * The loaded projection periods, newest first, each with its verbal growth bands (fastest first). One query over
 * two small tables (a handful of periods, a few bands each). With `version` (the current data version, which the page
 * has read), the answer is kept for that version and shared by every request that reads it (no query after the
 * first; ADR 013, amended 2026-12-07): callers must not change it.
 */
export async function listProjectionPeriods({ version }: { version?: DataVersionKey } = {}): Promise<readonly ProjectionPeriod[]> {
  return rememberForDataVersion(version, "projection-periods", readProjectionPeriods);
}

async function readProjectionPeriods(): Promise<ProjectionPeriod[]> {
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
