import { Link } from "react-router";
import { SourceRef } from "~/features/sources/components/sources-context";
import { formatYearRange, type LadderChain as Chain } from "~/features/paths/career-ladder";

/**
 * A main ladder as an ordered list of rungs, each after the typical years of the step before it, and the total.
 * The first rung is "you are here" when `current` is set; every other rung links to its own ladder page.
 */
export function LadderChain({ chain, label, search, current = false }: { chain: Chain; label: string; search: string; current?: boolean }) {
  return (
    <>
      <ol className="ladder-chain" aria-label={label}>
        {chain.rungs.map((rung, i) => (
          <li key={rung.slug} className="ladder-chain__rung">
            {i === 0 && current ? (
              <strong>
                {rung.title} <span className="ladder-chain__here">(you are here)</span>
              </strong>
            ) : (
              <Link to={`/paths/${rung.slug}${search}`}>{rung.title}</Link>
            )}
            {rung.step ? (
              <span className="ladder-chain__years">
                after {formatYearRange(rung.step.typicalYearsMin, rung.step.typicalYearsMax)} <SourceRef id={rung.step.sourceId} />
              </span>
            ) : null}
          </li>
        ))}
      </ol>
      {chain.yearsMin !== null && chain.yearsMax !== null ? (
        <p className="ladder-chain__total">
          About {formatYearRange(chain.yearsMin, chain.yearsMax)} in all if every step took its typical time: a sum of estimates, not a
          forecast. Many people move faster, slower, or skip rungs.
        </p>
      ) : null}
    </>
  );
}
