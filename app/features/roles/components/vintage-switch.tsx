import { Link } from "react-router";
import { formatVintage } from "~/lib/format";
import { PROJECTION_VINTAGES, type ProjectionVintage } from "~/features/roles/role-profile";
import { LATEST_PROJECTION_VINTAGE } from "~db/schema/enums";

/**
 * Links to the same profile for each BLS projection vintage; the choice lives in the URL (?vintage=).
 * `path` points it at another page that takes ?vintage= (e.g. a skill page); by default the role profile.
 */
export function VintageSwitch({
  slug,
  vintage,
  path = `/roles/${slug}`,
  label = "BLS projection period:",
}: {
  slug: string;
  vintage: ProjectionVintage;
  path?: string;
  label?: string;
}) {
  return (
    <nav className="vintage-switch" aria-label="Projection period">
      <span className="vintage-switch__label">{label}</span>
      <ul>
        {PROJECTION_VINTAGES.map((v) => (
          <li key={v}>
            <Link
              to={v === LATEST_PROJECTION_VINTAGE ? path : `${path}?vintage=${v}`}
              aria-current={v === vintage ? "page" : undefined}
              preventScrollReset
            >
              {formatVintage(v)}
              {v === LATEST_PROJECTION_VINTAGE ? " (latest)" : ""}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
