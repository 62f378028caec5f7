import type { DataPinBanner as Banner } from "~/features/data-pin/data-pin";
import { formatCalendarDate } from "~/lib/format";

/**
 * What a page does with O*NET's current interest scores when its pinned version kept none (`interestScoresKept`
 * false): a list matches on them; a profile shows them.
 */
const CURRENT_INTEREST_SCORES = {
  list: "this list matches and ranks careers on O*NET’s current scores, labelled “current scores”; its outlook figures are the pinned version’s.",
  profile:
    "this page shows O*NET’s current interest scores and interest code, labelled “current scores”; its outlook and pay figures are the pinned version’s.",
} as const;

/**
 * The notice on a page pinned to an older data version (`&data=<tag>`): which version it shows, that newer data
 * exists, what changed for this page's figures, and a link to the current figures. docs/decisions/008.
 * `interestScoresOn` says how the page uses O*NET's interest scores (the interests explorer's list, or an
 * occupation's profile), for the line on a version that kept none.
 */
export function DataPinBanner({
  banner,
  interestScoresOn = "list",
}: {
  banner: Banner;
  interestScoresOn?: keyof typeof CURRENT_INTEREST_SCORES;
}) {
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
          This version was loaded before Career Atlas kept each version&rsquo;s O*NET interest scores, so{" "}
          {CURRENT_INTEREST_SCORES[interestScoresOn]}
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
