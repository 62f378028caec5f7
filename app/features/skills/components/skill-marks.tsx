import { Link } from "react-router";
import { SourceRef, useSource } from "~/features/sources/components/sources-context";
import type { SkillSummaryMarks, SkillTechnology } from "~/features/skills/skills";
import { IN_DEMAND_SCOPE, inDemandCount } from "~/features/roles/in-demand-count";

/**
 * A skill's hot / in-demand marks as text badges (never colour alone), each naming where it comes from: the
 * O*NET release and source for O*NET's Hot Technology and In Demand flags, the source and role for a source highlight.
 * The In Demand occupations are listed on demand (a native <details>, no JavaScript needed). The count says which
 * occupations it counts: a student read "In Demand for 22 occupations of our tech roles" beside the technology page's
 * "In Demand for 49" and could not tell why (22 O*NET occupations under our roles' BLS occupations; 49 BLS occupations
 * in all). `technologies` (the skill page) links each O*NET name to its page, which counts every occupation.
 */
export function SkillMarkList({
  skillName,
  marks,
  onetRelease,
  technologies,
  scopeInLegend = false,
}: {
  skillName: string;
  marks: SkillSummaryMarks;
  onetRelease: string;
  technologies?: Pick<SkillTechnology, "name" | "slug">[];
  /**
   * The page's legend (SkillMarksLegend) says once which occupations an In Demand count counts, so each row need not:
   * the catalogue's 108 rows each saying it made the printed /skills two Letter pages longer.
   */
  scopeInLegend?: boolean;
}) {
  const { hotTechnologies, inDemand, highlights, onetSourceId } = marks;
  // Inside <summary> (a button to assistive technology) the source is its number as text: a link there is a control
  // nested in a control (axe: nested-interactive).
  const onetNumber = useSource(onetSourceId ?? "")?.number;
  const onetRef = onetSourceId ? (
    <>
      {" "}
      <SourceRef id={onetSourceId} />
    </>
  ) : null;
  if (hotTechnologies.length === 0 && inDemand.length === 0 && highlights.length === 0) {
    return <span className="muted">No hot or in-demand mark</span>;
  }
  return (
    <ul className="mark-list">
      {hotTechnologies.length > 0 ? (
        <li>
          <span className="badge badge--hot">Hot Technology</span> <span className="mark-release">{onetRelease}</span>
          {onetRef}
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
              <span className="badge badge--demand">{inDemandCount(inDemand.length)}</span> {scopeInLegend ? null : <>{IN_DEMAND_SCOPE} </>}
              <span className="mark-release">{onetRelease}</span>
              {onetNumber ? <span className="mark-release"> [{onetNumber}]</span> : null}
            </summary>
            <ul className="mark-details__list">
              {inDemand.map((d) => (
                <li key={d.onetCode}>
                  {d.onetTitle} <span className="mark-evidence">({d.onetCode})</span>
                </li>
              ))}
            </ul>
            {technologies && technologies.length > 0 ? (
              <p className="mark-details__all">
                Every occupation, counted by BLS occupation, is on the technology page{technologies.length === 1 ? "" : "s"}{" "}
                <TechnologyLinks technologies={technologies} />.
              </p>
            ) : null}
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

/** Each O*NET name linked to its technology page: "“Python”, “Flask”". */
export function TechnologyLinks({ technologies }: { technologies: Pick<SkillTechnology, "name" | "slug">[] }) {
  return technologies.map((t, i) => (
    <span key={t.slug}>
      {i > 0 ? ", " : null}
      <Link to={`/technologies/${t.slug}`}>“{t.name}”</Link>
    </span>
  ));
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
          <span className="badge badge--demand">In Demand for …</span>: it appears often in job postings for that many O*NET occupations,
          counted here among those filed under the BLS occupations our tech roles map to, which hold O*NET occupations no role is filed
          under as well. A <Link to="/technologies">technology&rsquo;s own page</Link> counts every occupation, by BLS occupation.
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
