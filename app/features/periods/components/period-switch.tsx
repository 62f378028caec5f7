import { Link } from "react-router";
import { withPeriod, type LoadedPeriods, type ProjectionVintage } from "~/features/periods/periods";

/**
 * Links to the same page in each loaded BLS projection period, oldest to newest as on a timeline; the choice
 * lives in the address (`?vintage=`, left out for the newest). `hrefFor` builds the address of a period (by
 * default `path` with `vintage=`); the period shown is marked as the current page.
 */
export function PeriodSwitch({
  periods,
  vintage,
  path = "",
  hrefFor = (v) => withPeriod(path, { vintage: v, latest: periods.latest }),
  label = "BLS projection period:",
}: {
  periods: LoadedPeriods;
  /** The period the page shows. */
  vintage: ProjectionVintage;
  path?: string;
  hrefFor?: (vintage: ProjectionVintage) => string;
  label?: string;
}) {
  return (
    <nav className="vintage-switch" aria-label="Projection period">
      <span className="vintage-switch__label">{label}</span>
      <ul>
        {[...periods.options].reverse().map((option) => (
          <li key={option.vintage}>
            <Link to={hrefFor(option.vintage)} aria-current={option.vintage === vintage ? "page" : undefined} preventScrollReset>
              {option.label}
              {option.vintage === periods.latest ? " (latest)" : ""}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
