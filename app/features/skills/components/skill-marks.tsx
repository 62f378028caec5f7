import { Link } from "react-router";
import { SourceRef } from "~/features/sources/components/sources-context";
import type { SkillSummaryMarks } from "~/features/skills/skills";

/**
 * A skill's hot / in-demand marks as text badges (never colour alone), each naming where it comes from: the
 * O*NET release for O*NET's Hot Technology and In Demand flags, the source and role for a source highlight.
 * The In Demand occupations are listed on demand (a native <details>, no JavaScript needed).
 */
export function SkillMarkList({ skillName, marks, onetRelease }: { skillName: string; marks: SkillSummaryMarks; onetRelease: string }) {
  const { hotTechnologies, inDemand, highlights } = marks;
  if (hotTechnologies.length === 0 && inDemand.length === 0 && highlights.length === 0) {
    return <span className="muted">No hot or in-demand mark</span>;
  }
  return (
    <ul className="mark-list">
      {hotTechnologies.length > 0 ? (
        <li>
          <span className="badge badge--hot">Hot Technology</span> <span className="mark-release">{onetRelease}</span>
          {hotTechnologies.length > 1 || hotTechnologies[0] !== skillName ? (
            <span className="mark-evidence"> as {quoteList(hotTechnologies)}</span>
          ) : null}
        </li>
      ) : null}
      {inDemand.length > 0 ? (
        <li>
          <details className="mark-details">
            <summary>
              {/* The badge stays short (it does not wrap); which occupations it counts runs on as text. */}
              <span className="badge badge--demand">
                In Demand for {inDemand.length} occupation{inDemand.length === 1 ? "" : "s"}
              </span>{" "}
              of our tech roles <span className="mark-release">{onetRelease}</span>
            </summary>
            <ul className="mark-details__list">
              {inDemand.map((d) => (
                <li key={d.onetCode}>
                  {d.onetTitle} <span className="mark-evidence">({d.onetCode})</span>
                </li>
              ))}
            </ul>
          </details>
        </li>
      ) : null}
      {highlights.map((h) => (
        <li key={`${h.roleSlug} ${h.evidence}`}>
          <span className="badge badge--highlight">Source highlight</span> <span className="mark-evidence">“{h.evidence}”</span>, for{" "}
          <Link to={`/roles/${h.roleSlug}`}>{h.roleTitle}</Link> <SourceRef id={h.sourceId} />
        </li>
      ))}
    </ul>
  );
}

export function quoteList(names: string[]): string {
  return names.map((n) => `“${n}”`).join(", ");
}

/** What the three marks mean, with the O*NET release they come from. */
export function SkillMarksLegend({ onetRelease, onetSourceId }: { onetRelease: string; onetSourceId: string | null }) {
  return (
    <div className="skills-legend">
      <p>What the marks mean:</p>
      <ul>
        <li>
          <span className="badge badge--hot">Hot Technology</span>: the technology appears often in job postings across all occupations.
        </li>
        <li>
          <span className="badge badge--demand">In Demand for …</span>: it appears often in job postings for those O*NET occupations
          (counted here among the occupations our tech roles are filed under; a technology&rsquo;s own page counts every occupation).
        </li>
        <li>
          <span className="badge badge--highlight">Source highlight</span>: an article names it a hot or future skill for a role.
        </li>
      </ul>
      <p>
        Hot Technology and In Demand are O*NET’s own flags, from the {onetRelease} release
        {onetSourceId ? (
          <>
            {" "}
            <SourceRef id={onetSourceId} />
          </>
        ) : null}
        , shown with the O*NET technology names they were found under.
      </p>
    </div>
  );
}
