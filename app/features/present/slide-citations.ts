/**
 * The citations in a slide's footer: each names its source and the data year of what the slide takes from it,
 * because a projected slide outlives the page it came from and must say which release its figures are.
 */
import type { SourceCitation } from "~/features/sources/citations";
import { formatVintage } from "~/lib/format";
import type { SlideCitation } from "~/features/present/slides";
import { shortSourceCredit } from "~/features/sources/citations";

/** Cites a source by id; the data year is computed from the source (its vintage) or given by the slide. */
export type Citer = (sourceId: string, dataYear: (source: SourceCitation | undefined) => string) => SlideCitation;

/**
 * A citer over a deck's sources, each named short (shortSourceCredit: the footer is set at a fixed size, and a long
 * credit there shrank the slide above it; the sources slides name each in full). An id with no source is cited by
 * its id, so a missing source shows instead of vanishing.
 */
export function citer(sources: SourceCitation[]): Citer {
  const byId = new Map(sources.map((s) => [s.id, s]));
  return (sourceId, dataYear) => {
    const source = byId.get(sourceId);
    const label = source ? shortSourceCredit(source) : sourceId;
    return { sourceId, label, dataYear: withoutNamedRelease(label, dataYear(source)) };
  };
}

/**
 * A data year that repeats the release its label already names, without the repeat: O*NET's is "30.1 (December
 * 2025)", and its label "O*NET 30.1 Database", so the footer read "O*NET 30.1 Database (30.1 (December 2025))"; it
 * reads "O*NET 30.1 Database (December 2025)". Any other data year is kept as given.
 */
export function withoutNamedRelease(label: string, dataYear: string): string {
  const match = /^(\S+) \(([^()]+)\)$/.exec(dataYear);
  if (!match) return dataYear;
  const [, release, date] = match;
  return label.split(/\s+/).includes(release!) ? date! : dataYear;
}

/** A source's own release or vintage as its data year ("30.1 (December 2025)", "2024–34"); "not dated" for articles. */
export function sourceVintage(source: SourceCitation | undefined): string {
  if (!source?.vintage) return "not dated";
  return /^\d{4}-\d{2}$/.test(source.vintage) ? formatVintage(source.vintage) : source.vintage;
}

/** One citation per source: a source cited for several figures lists each data year once ("2024–34; pay May 2024"). */
export function mergeCitations(citations: SlideCitation[]): SlideCitation[] {
  const byId = new Map<string, SlideCitation>();
  for (const c of citations) {
    const existing = byId.get(c.sourceId);
    if (!existing) {
      byId.set(c.sourceId, { ...c });
      continue;
    }
    // A data year may itself list several ("2024–34 release; pay May 2024"): each part once.
    const parts = existing.dataYear.split("; ");
    for (const part of c.dataYear.split("; ")) if (!parts.includes(part)) parts.push(part);
    existing.dataYear = parts.join("; ");
  }
  return [...byId.values()];
}

/** The citation of the "what they do" slides: Career Atlas's own summary, which has no release to date it by. */
export function editorialSummaryCitation(cite: Citer): SlideCitation {
  return cite("editorial", () => "Career Atlas summary of its cited sources");
}
