import { Link } from "@remix-run/react";
import { formatVintage } from "~/utils/format";
import { LATEST_PROFILE_VINTAGE, PROJECTION_VINTAGES, type ProjectionVintage } from "~/utils/role-profile";

/** Links to the same profile for each BLS projection vintage; the choice lives in the URL (?vintage=). */
export function VintageSwitch({ slug, vintage }: { slug: string; vintage: ProjectionVintage }) {
  return (
    <nav className="vintage-switch" aria-label="Projection period">
      <span className="vintage-switch__label">BLS projection period:</span>
      <ul>
        {PROJECTION_VINTAGES.map((v) => (
          <li key={v}>
            <Link
              to={v === LATEST_PROFILE_VINTAGE ? `/roles/${slug}` : `/roles/${slug}?vintage=${v}`}
              aria-current={v === vintage ? "page" : undefined}
              preventScrollReset
            >
              {formatVintage(v)}
              {v === LATEST_PROFILE_VINTAGE ? " (latest)" : ""}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
