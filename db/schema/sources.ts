import { sql } from "drizzle-orm";
import { check, date, pgTable, text } from "drizzle-orm/pg-core";
import { sourceKind } from "./pg-enums";

/**
 * A publisher table, article or editorial voice that figures and statements cite. An article names its author and
 * publisher only where the document states them (pages then say "author not given"); every other kind has a publisher.
 */
export const sources = pgTable(
  "sources",
  {
    id: text("id").primaryKey(),
    kind: sourceKind("kind").notNull(),
    publisher: text("publisher"),
    author: text("author"),
    title: text("title").notNull(),
    vintage: text("vintage"),
    publishedOn: date("published_on"),
    url: text("url"),
    accessedVia: text("accessed_via"),
    license: text("license").notNull(),
    attribution: text("attribution").notNull(),
    note: text("note"),
  },
  (t) => [
    check("sources_id_slug", sql`${t.id} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
    check("sources_url_when_official", sql`${t.url} is not null or ${t.kind} in ('article', 'editorial')`),
    check("sources_publisher_unless_article", sql`${t.publisher} is not null or ${t.kind} = 'article'`),
    check("sources_author_of_article", sql`${t.author} is null or ${t.kind} = 'article'`),
  ],
);
