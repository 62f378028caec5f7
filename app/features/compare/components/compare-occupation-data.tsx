import { Fragment } from "react";
import { Link } from "react-router";
import { ProfileSection } from "~/ui/profile-section";
import { SourceRef, useSource } from "~/features/sources/components/sources-context";
import type { Comparison, ComparedOccupation, ComparedTechnologyItem, PickerOccupationSearch } from "~/features/compare/comparison";
import type { ComparedRole } from "~/features/compare/role-comparison";
import { listTitles } from "~/lib/list-titles";
import { EXPOSURE_MEASURES, ExposureTableHead } from "~/features/compare/components/exposure-table-head";
import { ScrollBox } from "~/ui/scroll-box";

export { ComparePayRange } from "~/features/compare/components/compare-pay-range";

/** "O*NET 30.1 (December 2025)": a study or release named with its source's vintage (its data year), where known. */
function useRelease(sourceId: string | null | undefined, name: string): string {
  const source = useSource(sourceId ?? "");
  return source?.citation.vintage ? `${name} ${source.citation.vintage}` : name;
}

/**
 * The technologies O*NET lists for each compared occupation, with its In Demand (frequent in this occupation's job
 * postings) and Hot Technology (frequent in postings across all occupations) flags as words. Curated roles list their
 * own skills (the skills sections); for them the column says where O*NET's list is.
 */
export function CompareTechnology({ comparison }: { comparison: Comparison }) {
  const { columns, occupations } = comparison;
  const sourceId = occupations.find((o) => o.technology.sourceId)?.technology.sourceId ?? null;
  const release = useRelease(sourceId, "O*NET");
  return (
    <ProfileSection id="technology" title="Technology used on the job">
      <p>
        The software and tools {release}
        {sourceId ? (
          <>
            {" "}
            <SourceRef id={sourceId} />
          </>
        ) : null}{" "}
        lists for each occupation, with its marks: <span className="badge badge--demand">In demand</span> (frequent in that
        occupation&rsquo;s job postings) and <span className="badge badge--hot">O*NET Hot Technology</span> (frequent in postings across all
        occupations).
      </p>
      <div className="compare-grid">
        {columns.map((column) => {
          const occupation = occupations.find((o) => column.kind === "occupation" && o.socCode === column.occupation.socCode);
          return (
            <div key={column.key} className="compare-card">
              <h3 id={`technology-${column.key.replace(":", "-")}`}>{column.title}</h3>
              {occupation ? (
                <OccupationTechnology occupation={occupation} />
              ) : (
                <p>
                  A curated role: its skills are compared under Skills overlap. O*NET&rsquo;s technologies for its occupation are on the{" "}
                  <Link to={`/occupations/${column.occupation.socCode}#skills`}>{column.occupation.title}</Link> page.
                </p>
              )}
            </div>
          );
        })}
      </div>
    </ProfileSection>
  );
}

function OccupationTechnology({ occupation }: { occupation: ComparedOccupation }) {
  const { listed, inDemand, hot, sourceId } = occupation.technology;
  if (listed === 0) return <p>O*NET lists no technology for this occupation.</p>;
  const hotOnly = hot.filter((t) => !t.inDemand);
  return (
    <>
      <p className="compare-card__note">
        {listed} technologies listed: {inDemand.length} in demand, {hot.length} hot. {sourceId ? <SourceRef id={sourceId} /> : null}
      </p>
      {inDemand.length > 0 ? <TechnologyList items={inDemand} /> : <p>None is marked in demand for this occupation.</p>}
      {hotOnly.length > 0 ? (
        <details className="compare-notes">
          <summary>
            {hotOnly.length} {inDemand.length > 0 ? "more " : ""}hot technolog{hotOnly.length === 1 ? "y" : "ies"}
          </summary>
          <TechnologyList items={hotOnly} />
        </details>
      ) : null}
      <p className="compare-card__note">
        <Link to={`/occupations/${occupation.socCode}#skills`}>All {listed} on the occupation&rsquo;s page</Link>
      </p>
    </>
  );
}

function TechnologyList({ items }: { items: ComparedTechnologyItem[] }) {
  return (
    <ul className="compare-skill-list">
      {items.map((t) => (
        <li key={t.example}>
          <span className="skill-name">{t.example}</span> <span className="compare-skill-kind">{t.commodityTitle}</span>
          {t.inDemand ? <span className="badge badge--demand">In demand</span> : null}
          {t.hotTechnology ? <span className="badge badge--hot">Hot technology</span> : null}
        </li>
      ))}
    </ul>
  );
}

/**
 * The compared occupations' two research layers, named and kept apart: GPTs are GPTs (share of tasks an LLM could
 * speed up, per O*NET occupation, rated by GPT-4 and by people) and Working with AI (how much of the work people
 * used an AI assistant for, per SOC code). Scores as the studies give them; never blended or ranked.
 */
export function OccupationAiEvidence({ occupations }: { occupations: ComparedOccupation[] }) {
  const exposureSource = occupations.flatMap((o) => o.ai.exposure)[0]?.sourceId;
  const applicabilitySource = occupations.flatMap((o) => o.ai.applicability)[0]?.sourceId;
  const exposureRelease = useRelease(exposureSource, "GPTs are GPTs,");
  const applicabilityRelease = useRelease(applicabilitySource, "Working with AI,");
  const heading = (release: string) => release.replace(/,$/, "");
  const rated = occupations.filter((o) => o.ai.exposure.length > 0);
  const scored = occupations.filter((o) => o.ai.applicability.length > 0);
  return (
    <div className="ai-layer">
      <h3 id="ai-occupations-exposure">Occupations: exposure to large language models ({heading(exposureRelease)})</h3>
      {rated.length > 0 ? (
        <>
          <p>
            Share of each O*NET occupation&rsquo;s tasks that large language models could speed up, from 0 (none) to 1 (all), rated by GPT-4
            and by human annotators: α counts tasks an LLM alone could do at least twice as fast; β adds half, and γ all, of the tasks that
            need software built on an LLM. Shown to two decimals; the comparison&rsquo;s CSV has each score exactly as the study&rsquo;s
            file gives it. {exposureSource ? <SourceRef id={exposureSource} /> : null}
          </p>
          <ScrollBox label="Exposure to large language models, by compared occupation’s O*NET occupations">
            <table className="data-table exposure-compare">
              <caption>Exposure to large language models, by compared occupation&rsquo;s O*NET occupations</caption>
              <ExposureTableHead rows="Occupation (O*NET occupation)" />
              <tbody>
                {rated.map((occupation) => {
                  const codes = [...new Map(occupation.ai.exposure.map((e) => [e.onetCode, e.onetTitle])).entries()];
                  return (
                    <Fragment key={occupation.socCode}>
                      {codes.map(([onetCode, onetTitle]) => (
                        <tr key={onetCode}>
                          <th scope="row">
                            {occupation.title}{" "}
                            <span className="compare-skill-kind">
                              {onetTitle} ({onetCode})
                            </span>
                          </th>
                          {EXPOSURE_MEASURES.flatMap(({ measure }) =>
                            (["gpt4", "human"] as const).map((rater) => {
                              const score = occupation.ai.exposure.find(
                                (e) => e.onetCode === onetCode && e.measure === measure && e.rater === rater,
                              )?.score;
                              return (
                                <td key={`${measure}-${rater}`} className="num">
                                  {score === undefined ? "—" : <data value={String(score)}>{score.toFixed(2)}</data>}
                                </td>
                              );
                            }),
                          )}
                        </tr>
                      ))}
                    </Fragment>
                  );
                })}
              </tbody>
            </table>
          </ScrollBox>
        </>
      ) : null}
      {occupations
        .filter((o) => o.ai.exposure.length === 0)
        .map((o) => (
          <p key={o.socCode}>The GPTs are GPTs study rated no O*NET occupation under {o.title}.</p>
        ))}

      <h3 id="ai-occupations-applicability">Occupations: measured AI applicability ({heading(applicabilityRelease)})</h3>
      <p>
        How much of an occupation&rsquo;s work people were seen using an AI assistant for, in 2024 conversations, on a 0–1 scale: measured
        use, not a forecast. A separate study from the exposure scores above; the two are never combined.{" "}
        {applicabilitySource ? <SourceRef id={applicabilitySource} /> : null}
      </p>
      {scored.length > 0 ? (
        <ul>
          {scored.flatMap((occupation) =>
            occupation.ai.applicability.map((a) => (
              <li key={`${occupation.socCode}-${a.socCode}`}>
                {occupation.title}
                {a.socCode !== occupation.socCode ? ` (${a.title}, ${a.socCode})` : ""}: applicability score{" "}
                <data value={String(a.score)}>{a.score.toFixed(3)}</data> <SourceRef id={a.sourceId} />
              </li>
            )),
          )}
        </ul>
      ) : null}
      {occupations
        .filter((o) => o.ai.applicability.length === 0)
        .map((o) => (
          <p key={o.socCode}>The Working with AI study scored no SOC occupation under {o.title}.</p>
        ))}
      <p className="compare-note">
        Applicability shown to three decimals; the comparison&rsquo;s CSV has each score exactly as the study publishes it.
      </p>
    </div>
  );
}

/** The picker's occupation matches: each a link whose address adds it (no JavaScript needed), or what to try instead. */
export function OccupationMatches({ search }: { search: PickerOccupationSearch }) {
  return (
    <div className="compare-picker__matches" role="status">
      {search.matches.length > 0 ? (
        <>
          <h3 id="compare-find-results">Occupations matching “{search.query}”</h3>
          <ul>
            {search.matches.map((match) => (
              <li key={match.socCode}>
                <Link to={match.href} preventScrollReset>
                  Add {match.title}
                  <span className="visually-hidden"> to the comparison</span>
                </Link>{" "}
                <span className="muted">
                  (SOC {match.socCode}): {match.why}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>
          No occupation title matches “{search.query}”. Try another word, or find it among <Link to="/occupations">every occupation</Link>{" "}
          and use its code.
        </p>
      )}
    </div>
  );
}

const beingOccupations = (occupations: readonly ComparedOccupation[]) =>
  `${listTitles(occupations.map((o) => o.title))} ${occupations.length === 1 ? "is a BLS occupation" : "are BLS occupations"}`;

/** Above the roles' own sections: the compared occupations are not in them, and why. */
export function OccupationsNotInRoleSections({ occupations }: { occupations: ComparedOccupation[] }) {
  return (
    <p className="notice compare-occupation-note">
      {beingOccupations(occupations)}, not a curated tech role: Career Atlas has no curated skill list, next steps or industries for{" "}
      {occupations.length === 1 ? "it" : "them"}, so these sections compare the roles only.
    </p>
  );
}

/** In place of the roles' own sections when fewer than two roles are compared: what is missing, and where it is. */
export function RoleDetailsElsewhere({ roles, occupations }: { roles: ComparedRole[]; occupations: ComparedOccupation[] }) {
  const [role] = roles;
  return (
    <ProfileSection id="role-details" title="Skills, next steps and industries">
      <p>
        Career Atlas curates skill lists, typical next moves and the industries that hire for its tech roles only; the skills overlap needs
        two of them.{" "}
        {occupations.length > 0
          ? `${beingOccupations(occupations)}, with no such curated data: O*NET's technologies for ${occupations.length === 1 ? "it" : "each"} are under Technology used on the job.`
          : null}
      </p>
      {role && roles.length === 1 ? (
        <p>
          For {role.title}, see its profile: <Link to={`/roles/${role.slug}#skills`}>skills</Link>,{" "}
          <Link to={`/roles/${role.slug}#progression`}>where it leads</Link> and{" "}
          <Link to={`/roles/${role.slug}#industries`}>who hires</Link>.
        </p>
      ) : null}
    </ProfileSection>
  );
}
