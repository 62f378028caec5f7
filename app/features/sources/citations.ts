import type { SourceKind } from "~db/schema/enums";
import { formatCalendarDate } from "~/lib/format";
import { listTitles } from "~/lib/list-titles";

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

/**
 * A source's title for a one-line reason: without its closing parenthesis, which lists the tables or files taken
 * ("O*NET 30.1 Database (Occupation Data, …)" -> "O*NET 30.1 Database"; one inside the title, as in "Projected growth
 * (2024-2034) categories (from …)", stays), and without the brackets of an untitled document's description.
 */
export function shortSourceTitle(title: string): string {
  const unbracketed = /^\[.*\]$/s.test(title) ? title.slice(1, -1) : title;
  const short = unbracketed.replace(/\s*\([^()]*\)$/, "").trim();
  return short.length > 0 ? short : unbracketed;
}

/** The source's name as one line of text (tooltips, CSV columns, sources slides; footers take shortSourceCredit). */
export function sourceCredit(source: Credited): string {
  const { publisher, title, quoted, details } = sourceCreditParts(source);
  return [publisher, quoted ? `“${title}”` : title, details].filter((part) => part !== null).join(", ");
}

/**
 * The source's name as a slide footer gives it: an article's credit in full (its title is what names it), another
 * source's publisher and its title without the closing parenthesis that lists the tables or files taken ("U.S. Bureau
 * of Labor Statistics, Employment Projections program, Employment Projections 2024-34, occupation.xlsx").
 * The deck's sources slides give each in full.
 */
export function shortSourceCredit(source: Credited): string {
  return source.kind === "article" ? sourceCredit(source) : sourceCredit({ ...source, title: shortSourceTitle(source.title) });
}

/**
 * What a page's "Cite this page" block cites (components/cite-this-page.tsx): the page's title, its address (the
 * pinned one where the page offers it, so the citation keeps pointing at the same figures), and the data version.
 */
export interface PageCitation {
  title: string;
  /** The page's absolute address, showing the latest figures. */
  pageUrl: string;
  /** The absolute address pinned to the data version shown (`data=`), on pages that take one; else null. */
  pinnedUrl: string | null;
  dataVersion: { tag: string; loadedAt: string };
}

/**
 * The sources a citation names, each once, in the order first cited: an article by its own credit (title, author or
 * "author not given"); a publisher's one source of statistics, data or research by its credit and release; a
 * publisher's several as one credit with their releases ("U.S. Bureau of Labor Statistics, releases 2022-32, 2023-33,
 * 2024-34 and May 2024"), since the page lists each table and file in full (a profile's citation named 16 sources in
 * 2,500 characters).
 */
export function citedSources(sources: readonly (Credited & Pick<SourceCitation, "vintage">)[]): string[] {
  const groups: (typeof sources)[number][][] = [];
  const byPublisher = new Map<string, (typeof sources)[number][]>();
  const articles = new Set<string>();
  for (const source of sources) {
    if (source.kind === "article" || source.publisher === null) {
      const credit = sourceCredit(source);
      if (!articles.has(credit)) groups.push([source]);
      articles.add(credit);
      continue;
    }
    const group = byPublisher.get(source.publisher);
    if (group) group.push(source);
    else {
      byPublisher.set(source.publisher, [source]);
      groups.push(byPublisher.get(source.publisher)!);
    }
  }
  const withRelease = (text: string, releases: string[]) =>
    releases.length === 0 ? text : `${text}, ${releases.length === 1 ? "release" : "releases"} ${listTitles(releases)}`;
  return groups.map((group) => {
    const releases = [...new Set(group.flatMap((s) => (s.vintage ? [s.vintage] : [])))];
    const credits = new Set(group.map((s) => sourceCredit(s)));
    return credits.size === 1 ? withRelease([...credits][0]!, releases) : withRelease(group[0]!.publisher!, releases);
  });
}

/**
 * The citation as one line of text: “Title.” Career Atlas, data version (loaded date). Sources with their data years
 * (citedSources). Address. Accessed date (when known: the reader's own date, so only in the browser).
 */
export function pageCitationText(
  citation: PageCitation,
  sources: readonly (Credited & Pick<SourceCitation, "vintage">)[],
  accessedOn: string | null,
): string {
  const credits = citedSources(sources);
  return [
    `“${citation.title}.” Career Atlas, data version ${citation.dataVersion.tag} (loaded ${formatCalendarDate(citation.dataVersion.loadedAt)}).`,
    ...(credits.length > 0 ? [`Sources: ${credits.join("; ")}.`] : []),
    `${citation.pinnedUrl ?? citation.pageUrl}.`,
    ...(accessedOn ? [`Accessed ${formatCalendarDate(accessedOn)}.`] : []),
  ].join(" ");
}
