import { Link } from "react-router";
import { FEW_OCCUPATIONS_DIVISOR } from "~/features/occupations/nearest-roles";
import type { NearestTechRole } from "~/features/occupations/nearest-roles.server";
import { shortSourceTitle } from "~/features/sources/citations";
import { SourceRef } from "~/features/sources/components/sources-context";
import { formatCount } from "~/lib/format";
import { listTitles } from "~/lib/list-titles";

/**
 * The tech roles nearest to an occupation (`nearTo`: its title), each with why: O*NET relates its occupation, or the
 * technologies the two have in common (listNearestTechRoles), naming the O*NET release the count comes from, and
 * numbered to the page's source list where the page has one (the occupation profile; the search page has none).
 */
export function NearestRoleList({ roles, nearTo }: { roles: NearestTechRole[]; nearTo: string }) {
  return (
    <ul className="nearest-roles">
      {roles.map((r) => (
        <li key={r.slug}>
          <Link to={`/roles/${r.slug}`}>{r.title}</Link>{" "}
          <span className="muted">
            {r.reason === "related"
              ? `(${shortSourceTitle(r.sourceTitle)} lists ${r.via} as a related occupation)`
              : `(${r.viaPrimary ? `its O*NET occupation, ${r.via},` : `${r.via}, an O*NET occupation it is also filed under,`} has ${formatCount(r.shared ?? 0)} technologies in common with ${nearTo} in ${shortSourceTitle(r.sourceTitle)}, among them ${listTitles(r.examples ?? [])}, each listed for fewer than one in ${FEW_OCCUPATIONS_DIVISOR} of the occupations O*NET lists technologies for)`}
          </span>{" "}
          <SourceRef id={r.sourceId} />
        </li>
      ))}
    </ul>
  );
}

/**
 * What introduces the list: the roles are near either because O*NET relates their occupations, or only because their
 * occupations list some of the same less common software, which says less ("Systems Analyst" for accountants, through
 * Oracle Taleo): the words say which, and not that the role is a next step.
 */
export function nearestRolesLead(roles: readonly NearestTechRole[]): string {
  return roles.every((r) => r.reason === "related")
    ? "Tech roles in occupations O*NET lists as related to it:"
    : "Tech roles whose occupations use some of the same less common software (a shared tool, not a known path into the role):";
}

/** What the page says when no role is near. */
export const NO_NEAREST_ROLES = "O*NET relates none of our tech roles to it, and none uses enough of the same less common technologies.";
