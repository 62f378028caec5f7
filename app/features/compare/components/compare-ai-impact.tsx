import { NoteList } from "~/features/roles/components/ai-impact";
import { ProfileSection } from "~/ui/profile-section";
import { SourceRef } from "~/features/sources/components/sources-context";
import { AI_LAYER_LABELS } from "~/features/roles/labels";
import type { RoleComparison } from "~/features/compare/role-comparison";
import { listTitles } from "~/lib/list-titles";
import type { ComparedOccupation } from "~/features/compare/comparison";
import { EXPOSURE_MEASURES, ExposureTableHead } from "~/features/compare/components/exposure-table-head";
import { OccupationAiEvidence } from "~/features/compare/components/compare-occupation-data";
import { ScrollBox } from "~/ui/scroll-box";

/**
 * AI impact per role in the three layers the profile uses (official, research, editorial), kept apart and never
 * combined into one score; notes about the whole economy are the same for every role, so they are shown once. Then
 * the compared occupations' two research layers (GPTs are GPTs, Working with AI), also kept apart.
 */
export function CompareAiImpact({ comparison, occupations }: { comparison: RoleComparison | null; occupations: ComparedOccupation[] }) {
  return (
    <ProfileSection id="ai-impact" title="AI impact">
      <p className="caveat">
        <strong>Read this first:</strong> exposure to AI measures how much of an occupation's work AI could speed up. It is{" "}
        <strong>not a forecast of job loss</strong>. The layers come from different kinds of sources and are kept apart on purpose: we never
        combine them into one score, and we do not rank the {occupations.length > 0 ? "roles or occupations" : "roles"} by them.
      </p>
      {comparison && comparison.roles.length > 0 ? <RoleAiLayers comparison={comparison} /> : null}
      {occupations.length > 0 ? <OccupationAiEvidence occupations={occupations} /> : null}
    </ProfileSection>
  );
}

function RoleAiLayers({ comparison }: { comparison: RoleComparison }) {
  const { roles, economyAiNotes: economy } = comparison;
  const withExposure = roles.filter((r) => r.aiImpact.exposure);
  const withoutEditorial = roles.filter((r) => r.aiImpact.editorial.length === 0);
  return (
    <>
      <div className="ai-layer">
        <h3 id="ai-official">{AI_LAYER_LABELS.official}</h3>
        <div className="compare-grid">
          {roles.map((role) => (
            <div key={role.slug} className="compare-card">
              <h4 id={`ai-official-${role.slug}`}>{role.title}</h4>
              <NoteList
                notes={role.aiImpact.official}
                empty={`No BLS statement about AI or automation for ${role.occupation.title.toLowerCase()} is on record.`}
              />
            </div>
          ))}
        </div>
        {economy.official.length > 0 ? (
          <>
            <h4 id="ai-official-economy">For every occupation</h4>
            <NoteList notes={economy.official} empty="" />
          </>
        ) : null}
      </div>

      <div className="ai-layer">
        <h3 id="ai-research">{AI_LAYER_LABELS.research}</h3>
        {withExposure.length > 0 ? (
          <>
            <p>
              Share of each occupation's tasks that large language models could speed up, from 0 (none) to 1 (all), rated by GPT-4 and by
              human annotators in the “GPTs are GPTs” study. α counts tasks an LLM alone could do at least twice as fast at the same
              quality; β adds half, and γ all, of the tasks that need software built on an LLM. Scores to two decimals, as the study reports
              them.
            </p>
            <ScrollBox label="Exposure to large language models, by role's O*NET occupation">
              <table className="data-table exposure-compare">
                <caption>Exposure to large language models, by role's O*NET occupation</caption>
                <ExposureTableHead rows="Role (O*NET occupation)" />
                <tbody>
                  {withExposure.map((role) => {
                    const exposure = role.aiImpact.exposure!;
                    return (
                      <tr key={role.slug}>
                        <th scope="row">
                          {role.title}{" "}
                          <span className="compare-skill-kind">
                            {exposure.onetTitle} ({exposure.onetCode})
                          </span>{" "}
                          <SourceRef id={exposure.sourceId} />
                        </th>
                        {EXPOSURE_MEASURES.flatMap(({ measure }) => {
                          const row = exposure.rows.find((r) => r.measure === measure);
                          return [
                            <td key={`${measure}-gpt4`} className="num">
                              {score(row?.gpt4 ?? null)}
                            </td>,
                            <td key={`${measure}-human`} className="num">
                              {score(row?.human ?? null)}
                            </td>,
                          ];
                        })}
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </ScrollBox>
          </>
        ) : null}
        {roles
          .filter((r) => !r.aiImpact.exposure)
          .map((r) => (
            <p key={r.slug}>No research exposure scores are on record for {r.title}'s occupation.</p>
          ))}
        {roles.some((r) => r.aiImpact.research.length > 0) ? (
          <div className="compare-grid">
            {roles.map((role) => (
              <div key={role.slug} className="compare-card">
                <h4 id={`ai-research-${role.slug}`}>{role.title}</h4>
                <NoteList notes={role.aiImpact.research} empty="No research notes about this role or its occupation." />
              </div>
            ))}
          </div>
        ) : null}
        {economy.research.length > 0 ? (
          <>
            <h4 id="ai-research-economy">How to read the research</h4>
            <NoteList notes={economy.research} empty="" />
          </>
        ) : null}
      </div>

      <div className="ai-layer">
        <h3 id="ai-editorial">{AI_LAYER_LABELS.editorial}</h3>
        {roles
          .filter((r) => r.aiImpact.editorial.length > 0)
          .map((role) => (
            <details key={role.slug} className="compare-notes">
              <summary>
                {role.title}: {role.aiImpact.editorial.length} editorial note{role.aiImpact.editorial.length === 1 ? "" : "s"}
              </summary>
              <NoteList notes={role.aiImpact.editorial} empty="" />
            </details>
          ))}
        {withoutEditorial.length > 0 ? (
          <p>No editorial notes have been written yet for {listTitles(withoutEditorial.map((r) => r.title))}.</p>
        ) : null}
        {economy.editorial.length > 0 ? <NoteList notes={economy.editorial} empty="" /> : null}
      </div>
    </>
  );
}

function score(value: number | null) {
  return value === null ? "—" : <data value={String(value)}>{value.toFixed(2)}</data>;
}
