import { Link } from "react-router";
import { MATCH_QUALITY_LABELS } from "~/features/search/search";
import type { OccupationResultView, RoleResultView } from "~/features/search/search-page.server";
import { RoleLinks } from "~/features/roles/components/role-links";

export type SearchResultView = RoleResultView | OccupationResultView;

/** A list of search hits (roles or occupations), each linking to its page, with the match's quality badge and reason. */
export function ResultList({ items, label, heading: Heading = "h2" }: { items: SearchResultView[]; label: string; heading?: "h2" | "h3" }) {
  return (
    <ol className="search-results" aria-label={label}>
      {items.map((item) => (
        <li key={item.href} className="search-result">
          <Heading className="search-result__title">
            <Link to={item.href}>{item.title}</Link>
            {item.kind === "occupation" ? <span className="search-result__kind"> · occupation, SOC {item.socCode}</span> : null}
          </Heading>
          <p className="search-result__why">
            <span className={`match-badge match-badge--${item.quality}`}>{MATCH_QUALITY_LABELS[item.quality]}</span> {item.why}
          </p>
          {item.kind === "role" ? <p className="search-result__summary">{item.summary}</p> : <OccupationRoles item={item} />}
        </li>
      ))}
    </ol>
  );
}

function OccupationRoles({ item }: { item: OccupationResultView }) {
  if (item.onet) {
    // A title of one O*NET occupation in a wider line: the line's other roles are not this occupation's.
    return (
      <p className="search-result__summary">
        {item.roles.length > 0 ? (
          <>
            Tech roles filed under {item.onet.title}: <RoleLinks roles={item.roles} />.{" "}
          </>
        ) : (
          <>No curated tech role is filed under {item.onet.title} itself. </>
        )}
        Other parts of this group have <RoleLinks roles={item.onet.otherRoles} />.
      </p>
    );
  }
  if (item.roles.length > 0) {
    return (
      <p className="search-result__summary">
        Tech roles filed under it: <RoleLinks roles={item.roles} />
      </p>
    );
  }
  return (
    <p className="search-result__summary">
      {item.isTech ? "A tech occupation" : "Outside the tech careers Career Atlas curates"}: its profile has BLS projections, pay, tasks and
      skills.
    </p>
  );
}
