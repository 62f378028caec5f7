import type { RoleComparison } from "~/features/compare/role-comparison";
import { listTitles } from "~/features/compare/list-titles";

/** "Back-End Developer and Front-End Developer are both filed under Web developers (SOC 15-1254) ..." */
export function SharedOccupationNotes({ comparison }: { comparison: RoleComparison }) {
  if (comparison.sharedOccupations.length === 0) return null;
  const titleOf = (slug: string) => comparison.roles.find((r) => r.slug === slug)?.title ?? slug;
  return (
    <div className="notice compare-shared">
      {comparison.sharedOccupations.map((o) => (
        <p key={o.socCode}>
          <strong>{listTitles(o.roleSlugs.map(titleOf))}</strong> are {o.roleSlugs.length === 2 ? "both" : "all"} filed under the occupation{" "}
          <strong>
            {o.title} (SOC {o.socCode})
          </strong>
          . Statistics exist per occupation, not per job title, so their pay, growth, openings and employment figures are identical: compare
          their skills, industries and next steps instead.
        </p>
      ))}
    </div>
  );
}
