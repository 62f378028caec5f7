import type { SourceKind } from "~db/schema/enums";
import { formatCalendarDate } from "~/lib/format";

/** A source as pages cite it: enough to credit it and let a reader find it. */
export interface SourceCitation {
  id: string;
  kind: SourceKind;
  /** Null only for an article whose document names no publisher. */
  publisher: string | null;
  /** An article's author, when the document names one. */
  author: string | null;
  title: string;
  vintage: string | null;
  publishedOn: string | null;
  url: string | null;
  attribution: string;
  license: string;
}

/** How a source is named, in parts so a list can link the title (SourceName) and a line can join them (sourceCredit). */
export interface SourceCreditParts {
  /** Leads the name of statistics, databases, research and our own notes; an article leads with its title. */
  publisher: string | null;
  title: string;
  /** Whether the title is quoted: an article's own title is, a description of an untitled one is not. */
  quoted: boolean;
  /** After an article's title: its author or "author not given", then publisher and date where the document states them. */
  details: string | null;
}

type Credited = Pick<SourceCitation, "kind" | "publisher" | "author" | "title" | "publishedOn">;

/** A title in square brackets describes an untitled document (seed/schema.ts): it is not quoted as a title. */
function isDescribedTitle(title: string): boolean {
  return title.startsWith("[") && title.endsWith("]");
}

/**
 * "Publisher, Title" for statistics, databases, research and our own notes. An article is named by its title, then
 * its author or "author not given", then its publisher and date only where the document states them:
 * “Backend Developer: Building the Core of Web Applications”, author not given.
 */
export function sourceCreditParts(source: Credited): SourceCreditParts {
  if (source.kind !== "article") return { publisher: source.publisher, title: source.title, quoted: false, details: null };
  const details = [
    source.author ? `by ${source.author}` : "author not given",
    ...(source.publisher ? [source.publisher] : []),
    ...(source.publishedOn ? [formatCalendarDate(source.publishedOn)] : []),
  ].join(", ");
  return { publisher: null, title: source.title, quoted: !isDescribedTitle(source.title), details };
}

/** The source's name as one line of text (tooltips, slide footers, CSV columns). */
export function sourceCredit(source: Credited): string {
  const { publisher, title, quoted, details } = sourceCreditParts(source);
  return [publisher, quoted ? `“${title}”` : title, details].filter((part) => part !== null).join(", ");
}
