import { Link } from "react-router";
import { SourceRef } from "~/features/sources/components/sources-context";
import type { SkillDetail } from "~/features/skills/skills";
import { quoteList } from "~/features/skills/components/skill-marks";
import { ScrollBox } from "~/ui/scroll-box";

/**
 * The evidence behind a skill's marks: the exact O*NET technology names it stands for, O*NET's Hot Technology
 * flag, the O*NET occupations that flag it In Demand (with titles), and sources' own highlights.
 */
export function SkillEvidence({ detail, onetRelease }: { detail: SkillDetail; onetRelease: string }) {
  const { skill, marks } = detail;
  return (
    <>
      <h3 id="evidence-onet">O*NET ({onetRelease})</h3>
      {skill.onetExamples.length === 0 ? (
        <p>
          {skill.name} stands for no O*NET technology name, so O*NET’s Hot Technology and In Demand flags do not apply to it. (O*NET lists
          software and technologies, not people skills or most practices.)
        </p>
      ) : (
        <>
          <p>
            The O*NET Technology Skills name{skill.onetExamples.length === 1 ? "" : "s"} {skill.name} stands for:{" "}
            <span className="onet-names">{quoteList(skill.onetExamples)}</span>.
            {marks.onetSourceId ? (
              <>
                {" "}
                Flags from O*NET {onetRelease.replace(/^O\*NET /, "")} <SourceRef id={marks.onetSourceId} then="." />
              </>
            ) : null}
          </p>
          <p>
            {marks.hotTechnologies.length > 0 ? (
              <>
                <span className="badge badge--hot">Hot Technology</span> O*NET flags {quoteList(marks.hotTechnologies)} as a Hot Technology:
                it appears often in job postings across all occupations.
              </>
            ) : (
              <>O*NET does not flag {skill.name} as a Hot Technology.</>
            )}
          </p>
          {marks.inDemand.length === 0 ? (
            <p>No O*NET occupation in our data flags {skill.name} In Demand.</p>
          ) : (
            <ScrollBox label={`O*NET occupations that flag ${skill.name} In Demand`}>
              <table className="data-table skill-demand-table">
                <caption>
                  O*NET occupations that flag {skill.name} In Demand ({marks.inDemand.length}): it appears often in their job postings
                </caption>
                <thead>
                  <tr>
                    <th scope="col">O*NET occupation</th>
                    <th scope="col">O*NET code</th>
                    <th scope="col">Technology name</th>
                  </tr>
                </thead>
                <tbody>
                  {marks.inDemand.map((d) => (
                    <tr key={d.onetCode}>
                      <th scope="row">{d.onetTitle}</th>
                      <td>{d.onetCode}</td>
                      <td>{quoteList(d.technologies)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollBox>
          )}
        </>
      )}
      <h3 id="evidence-highlights">What sources say</h3>
      {marks.highlights.length === 0 ? (
        <p>No source in our data names {skill.name} a hot or future skill.</p>
      ) : (
        <ul className="mark-list skill-highlights">
          {marks.highlights.map((h) => (
            <li key={`${h.roleSlug} ${h.evidence}`}>
              <span className="badge badge--highlight">Source highlight</span> “{h.evidence}”, for{" "}
              <Link to={`/roles/${h.roleSlug}`}>{h.roleTitle}</Link> <SourceRef id={h.sourceId} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
