import { Link } from "react-router";
import { MATCH_QUALITY_LABELS, type MatchQuality } from "~/features/search/search";

/** One search hit as the results page lists it: the role, why it matched, and its summary. */
export interface SearchResultView {
  slug: string;
  title: string;
  summary: string;
  quality: MatchQuality;
  why: string;
}

/** A list of search hits, each linking to its role, with the match's quality badge and reason. */
export function ResultList({ items, label, heading: Heading = "h2" }: { items: SearchResultView[]; label: string; heading?: "h2" | "h3" }) {
  return (
    <ol className="search-results" aria-label={label}>
      {items.map((item) => (
        <li key={item.slug} className="search-result">
          <Heading className="search-result__title">
            <Link to={`/roles/${item.slug}`}>{item.title}</Link>
          </Heading>
          <p className="search-result__why">
            <span className={`match-badge match-badge--${item.quality}`}>{MATCH_QUALITY_LABELS[item.quality]}</span> {item.why}
          </p>
          <p className="search-result__summary">{item.summary}</p>
        </li>
      ))}
    </ol>
  );
}
