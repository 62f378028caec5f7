import { check, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";

/**
 * The request counters of every app instance on this database (app/lib/rate-limit.server.ts, ADR 017): one row per
 * limited key (`<policy>:<client address>`), in the column layout rate-limiter-flexible's RateLimiterDrizzle reads
 * and writes with one atomic upsert. Not dataset rows: the dataset reload never touches it. Rows past their window are
 * reused by the next upsert and swept by the limiter an hour after they expire.
 */
export const rateLimitCounters = pgTable(
  "rate_limit_counters",
  {
    key: text("key").primaryKey(),
    /** Points consumed in the current window. */
    points: integer("points").notNull().default(0),
    /** When the current window ends (null: never, which no policy here uses). */
    expire: timestamp("expire", { withTimezone: true }),
  },
  (t) => [check("rate_limit_counters_key_length", sql`length(${t.key}) between 1 and 200`)],
);
