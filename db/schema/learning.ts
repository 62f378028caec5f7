import { sql } from "drizzle-orm";
import { check, pgTable, text } from "drizzle-orm/pg-core";
import { sources } from "./sources";

/** Terms a student may not know, defined for them. */
export const glossaryTerms = pgTable(
  "glossary_terms",
  {
    slug: text("slug").primaryKey(),
    term: text("term").notNull().unique("glossary_terms_term_unique"),
    definition: text("definition").notNull(),
    seeAlso: text("see_also")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    sourceId: text("source_id")
      .notNull()
      .references(() => sources.id),
  },
  (t) => [check("glossary_terms_slug_format", sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`)],
);
