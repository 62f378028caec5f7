import { sql } from "drizzle-orm";
import { check, jsonb, pgTable, serial, text, timestamp } from "drizzle-orm/pg-core";

/**
 * One row per data load, newest last. The newest row's id and hash identify the data a page shows
 * (ETags, pinned share links); older rows are the history of loads.
 */
export const dataVersions = pgTable(
  "data_versions",
  {
    id: serial("id").primaryKey(),
    datasetHash: text("dataset_hash").notNull(),
    loadedAt: timestamp("loaded_at", { withTimezone: true }).notNull().defaultNow(),
    /** Row counts per table, for the "what changed" summary. */
    summary: jsonb("summary").$type<Record<string, number>>().notNull(),
  },
  (t) => [check("data_versions_hash_format", sql`${t.datasetHash} ~ '^[0-9a-f]{64}$'`)],
);
