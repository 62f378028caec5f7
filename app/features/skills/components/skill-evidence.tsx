import { Link } from "react-router";
import { SourceRef } from "~/features/sources/components/sources-context";
import type { SkillDetail } from "~/features/skills/skills";
import { quoteList } from "~/features/skills/components/skill-marks";
import { formatCount } from "~/lib/format";
import { ScrollBox } from "~/ui/scroll-box";

/**
 * The evidence behind a skill's marks: the exact O*NET technology names it stands for, O*NET's Hot Technology
 * flag, how many occupations flag each name In Demand in all (the technology page's counts, linked), the O*NET
 * occupations under our tech roles' BLS occupations that flag it In Demand (with titles), and sources' own highlights.
 * Each count says what it counts: the page's 22 for Python and its technology page's 49 read as a contradiction
 * when both said only "occupations".
 */
export function SkillEvidence({ detail, onetRelease }: { detail: SkillDetail; onetRelease: string }) {
  const { skill, marks, technologies, roleOccupationLines } = detail;
  const onetRef = marks.onetSourceId ? <SourceRef id={marks.onetSourceId} /> : null;
  const scope = `filed under the ${formatCount(roleOccupationLines)} BLS occupations our tech roles map to`;
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
          <p>
            In every occupation, {onetRelease} {onetRef} flags:
          </p>
          <ul className="skill-demand-all">
            {technologies.map((t) => (
              <li key={t.slug}>
                “{t.name}” In Demand for{" "}
                {t.inDemandOnetOccupations === 0 ? (
                  <>
                    none; {formatCount(t.listed)} O*NET occupation{t.listed === 1 ? " lists" : "s list"} it
                  </>
                ) : (
                  <>
                    {formatCount(t.inDemandOnetOccupations)} O*NET occupation{t.inDemandOnetOccupations === 1 ? "" : "s"}, filed under{" "}
                    {formatCount(t.inDemandLines)} BLS occupation{t.inDemandLines === 1 ? "" : "s"}
                  </>
                )}{" "}
                (<Link to={`/technologies/${t.slug}`}>every occupation on its technology page</Link>)
              </li>
            ))}
          </ul>
          {marks.inDemand.length === 0 ? (
            <p>
              Counted on this page: no O*NET occupation {scope} flags {skill.name} In Demand.
            </p>
          ) : (
            <ScrollBox label={`O*NET occupations that flag ${skill.name} In Demand`}>
              <table className="data-table skill-demand-table">
                <caption>
                  Counted on this page: the {formatCount(marks.inDemand.length)} O*NET occupation{marks.inDemand.length === 1 ? "" : "s"}{" "}
                  {scope} that flag {skill.name} In Demand ({onetRelease}) {onetRef}: it appears often in their job postings
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
