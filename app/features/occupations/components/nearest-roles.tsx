import { Link } from "react-router";
import type { NearestTechRole } from "~/features/occupations/nearest-roles.server";
import { formatCount } from "~/lib/format";
import { listTitles } from "~/lib/list-titles";

/**
 * The tech roles nearest to an occupation (`nearTo`: its title), each with why: O*NET relates its occupation, or the
 * technologies the two have in common (listNearestTechRoles).
 */
export function NearestRoleList({ roles, nearTo }: { roles: NearestTechRole[]; nearTo: string }) {
  return (
    <ul className="nearest-roles">
      {roles.map((r) => (
        <li key={r.slug}>
          <Link to={`/roles/${r.slug}`}>{r.title}</Link>{" "}
          <span className="muted">
            {r.reason === "related"
              ? `(O*NET lists ${r.via} as a related occupation)`
              : `(its O*NET occupation, ${r.via}, has ${formatCount(r.shared ?? 0)} technologies in common with ${nearTo}, among them ${listTitles(r.examples ?? [])}, which few occupations use)`}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** What the page says when no role is near. */
export const NO_NEAREST_ROLES = "O*NET relates none of our tech roles to it, and none uses enough of the same less common technologies.";
