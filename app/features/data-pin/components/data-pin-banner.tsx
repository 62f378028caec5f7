import type { DataPinBanner as Banner } from "~/features/data-pin/data-pin";
import { formatCalendarDate } from "~/lib/format";

/**
 * The notice on a page pinned to an older data version (`&data=<tag>`): which version it shows, that newer data
 * exists, what changed for this page's figures, and a link to the current figures. docs/decisions/008.
 */
export function DataPinBanner({ banner }: { banner: Banner }) {
  const { pinned, current, changes, currentHref, percentilesKept, interestScoresKept } = banner;
  return (
    <aside className="data-pin-banner" aria-label="Pinned data version" data-testid="data-pin-banner">
      <p>
        <strong>
          These figures are pinned to data version {pinned.tag} loaded {formatCalendarDate(pinned.loadedAt)}.
        </strong>{" "}
        Newer data exists (version {current.tag}, loaded {formatCalendarDate(current.loadedAt)}):{" "}
        {changes.length === 0
          ? "none of the figures on this page changed"
          : `${changes.length === 1 ? "one figure" : `${changes.length} figures`} on this page changed`}{" "}
        — <a href={currentHref}>see the current figures</a>.
      </p>
      {percentilesKept ? null : (
        <p data-testid="percentiles-not-kept">
          This version was loaded before Career Atlas kept each version&rsquo;s OEWS pay percentiles, so this page shows no pay spread (10th
          to 90th percentile) beside its medians.
        </p>
      )}
      {interestScoresKept === false ? (
        <p data-testid="interest-scores-not-kept">
          This version was loaded before Career Atlas kept each version&rsquo;s O*NET interest scores, so this list matches and ranks
          careers on O*NET&rsquo;s current scores, labelled &ldquo;current scores&rdquo;; its outlook figures are the pinned
          version&rsquo;s.
        </p>
      ) : null}
      {changes.length > 0 ? (
        <ul className="data-pin-banner__changes">
          {changes.map((change) => (
            <li key={change.label}>
              {change.label}: {change.before} <span aria-hidden="true">→</span>
              <span className="visually-hidden"> changed to</span> {change.after}
            </li>
          ))}
        </ul>
      ) : null}
    </aside>
  );
}
