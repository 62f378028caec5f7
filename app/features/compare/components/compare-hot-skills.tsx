import { ProfileSection } from "~/ui/profile-section";
import { SourceRef, useSource } from "~/features/sources/components/sources-context";
import { SKILL_KIND_LABELS } from "~/features/roles/labels";
import type { RoleComparison } from "~/features/compare/role-comparison";
import { ScrollBox } from "~/ui/scroll-box";

/** Skills two or more of the roles need that O*NET marks Hot Technology or In Demand, with the O*NET release. */
export function CompareHotSkills({ comparison }: { comparison: RoleComparison }) {
  const { roles, hotSkillsInCommon: hot } = comparison;
  const onetSourceId = hot.find((h) => h.onetSourceId)?.onetSourceId ?? null;
  const onet = useSource(onetSourceId ?? "");
  const release = onet?.citation.vintage ? `O*NET release ${onet.citation.vintage}` : "O*NET";
  return (
    <ProfileSection id="hot-skills" title="Hot skills in common">
      {hot.length === 0 ? (
        <p>None of the skills these roles share carries an O*NET Hot Technology or In Demand mark.</p>
      ) : (
        <>
          <p>
            Skills that {roles.length === 2 ? "both roles need" : "at least two of these roles need"} and that {release}
            {onetSourceId ? (
              <>
                {" "}
                <SourceRef id={onetSourceId} />
              </>
            ) : null}{" "}
            marks as <span className="badge badge--hot">O*NET Hot Technology</span> (frequent in job postings across all occupations) or{" "}
            <span className="badge badge--demand">In demand</span> (frequent in postings for one of these roles' O*NET occupations).
          </p>
          <ScrollBox label="Hot and in-demand skills the roles share">
            <table className="data-table hot-common-table">
              <caption className="visually-hidden">Hot and in-demand skills the roles share</caption>
              <thead>
                <tr>
                  <th scope="col">Skill</th>
                  <th scope="col">O*NET marks</th>
                  {roles.map((r) => (
                    <th key={r.slug} scope="col">
                      {r.title}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {hot.map((skill) => (
                  <tr key={skill.slug}>
                    <th scope="row">
                      <span className="skill-name">{skill.name}</span>{" "}
                      <span className="compare-skill-kind">{SKILL_KIND_LABELS[skill.kind]}</span>
                    </th>
                    <td>
                      <ul className="mark-list">
                        {skill.hotTechnology ? (
                          <li>
                            <span className="badge badge--hot">O*NET Hot Technology</span>
                          </li>
                        ) : null}
                        {skill.inDemandFor.map((d) => (
                          <li key={d.onetCode}>
                            <span className="badge badge--demand">In demand for {d.onetTitle}</span>{" "}
                            <span className="mark-evidence">(O*NET {d.onetCode})</span>
                          </li>
                        ))}
                      </ul>
                    </td>
                    {skill.byRole.map((importance, i) => (
                      <td key={roles[i]!.slug}>
                        {importance ? (
                          <span className={`badge badge--${importance}`}>{importance === "core" ? "Core" : "Useful"}</span>
                        ) : (
                          <span className="muted">Not listed</span>
                        )}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
        </>
      )}
    </ProfileSection>
  );
}
