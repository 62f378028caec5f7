import type { Comparison } from "~/features/compare/comparison";
import { listTitles } from "~/lib/list-titles";

/**
 * "Back-End Developer and Front-End Developer are both filed under Web developers (SOC 15-1254) ...", and the same for
 * a role compared with its own occupation.
 */
export function SharedOccupationNotes({ comparison }: { comparison: Pick<Comparison, "sharedOccupations"> }) {
  if (comparison.sharedOccupations.length === 0) return null;
  return (
    <div className="notice compare-shared">
      {comparison.sharedOccupations.map((o) => (
        <p key={o.socCode}>
          <strong>{listTitles(o.columnTitles)}</strong> {o.includesOccupation ? "" : "are "}
          {o.columnTitles.length === 2 ? "both" : "all"} {o.includesOccupation ? "describe" : "filed under"} the occupation{" "}
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
