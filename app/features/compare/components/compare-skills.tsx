import { Link } from "react-router";
import { ProfileSection } from "~/ui/profile-section";
import { SourceRef } from "~/features/sources/components/sources-context";
import { SKILL_KIND_LABELS } from "~/features/roles/labels";
import type { ComparedSkill, RoleComparison } from "~/features/compare/role-comparison";
import { SKILL_WEIGHTS, type PairOverlap, type SkillPresence } from "~/features/compare/skill-overlap";
import { listTitles } from "~/lib/list-titles";
import { ScrollBox } from "~/ui/scroll-box";

/**
 * Skills overlap: the weighted overlap figure (one pair) or matrix (3-4 roles) with its formula spelled out,
 * then the skills all roles share, those some share, and each role's own.
 */
export function CompareSkills({ comparison }: { comparison: RoleComparison }) {
  const { roles, skills } = comparison;
  const titles = roles.map((r) => r.title);
  const pair = skills.overlaps.length === 1 ? skills.overlaps[0]! : null;
  return (
    <ProfileSection id="skills-overlap" title="Skills overlap">
      {pair ? (
        <p className="overlap-figure">
          <span className="overlap-figure__value">{pair.percent}%</span>{" "}
          <span>
            weighted skill overlap between {titles[0]} and {titles[1]}: {pair.sharedPoints} shared points out of {pair.totalPoints} (
            {pair.sharedSkills} of the {pair.unionSkills} skills they list are in both lists).
          </span>
        </p>
      ) : (
        <OverlapMatrix titles={titles} overlaps={skills.overlaps} />
      )}
      <details className="overlap-formula" open>
        <summary>How the overlap is worked out</summary>
        <p>
          Each skill a role lists counts <strong>{SKILL_WEIGHTS.core} points</strong> where the role lists it as <em>core</em> and{" "}
          <strong>{SKILL_WEIGHTS.useful} point</strong> where it is <em>useful</em>. The overlap of two roles A and B is the points they
          share divided by the points of every skill either of them lists:
        </p>
        <p className="overlap-formula__math">
          overlap(A, B) = Σ<sub>skills in both</sub> min(w<sub>A</sub>, w<sub>B</sub>) ÷ Σ<sub>skills in either</sub> max(w<sub>A</sub>, w
          <sub>B</sub>)
        </p>
        <p>
          For example, a skill that is core for A and useful for B adds 1 point above the line and 2 below it; a skill only A lists adds its
          own weight below the line and nothing above. 100% means the same skills with the same importance, 0% nothing in common. This is a
          weighted Jaccard index that Career Atlas calculates from the skill lists below; it is not a published statistic.
        </p>
      </details>

      <h3 id="skills-shared-by-all">
        {roles.length === 2 ? "Skills both roles need" : `Skills all ${roles.length} roles need`} ({skills.sharedByAll.length})
      </h3>
      {skills.sharedByAll.length > 0 ? (
        <PresenceTable caption={`Skills ${listTitles(titles)} all list`} titles={titles} skills={skills.sharedByAll} />
      ) : (
        <p>No skill is on every list.</p>
      )}

      {roles.length > 2 ? (
        <>
          <h3 id="skills-shared-by-some">Skills some of them share ({skills.sharedBySome.length})</h3>
          {skills.sharedBySome.length > 0 ? (
            <PresenceTable caption="Skills two or more of the roles list, but not all" titles={titles} skills={skills.sharedBySome} />
          ) : (
            <p>No skill is shared by only some of the roles.</p>
          )}
        </>
      ) : null}

      <h3 id="skills-only-in">Skills only one of them needs</h3>
      <div className="compare-grid">
        {roles.map((role, index) => (
          <div key={role.slug} className="compare-card">
            <h4 id={`only-in-${role.slug}`}>
              Only {role.title} ({skills.onlyIn[index]!.length})
            </h4>
            {skills.onlyIn[index]!.length > 0 ? (
              <ul className="compare-skill-list">
                {skills.onlyIn[index]!.map((skill) => (
                  <li key={skill.slug}>
                    <span className="skill-name">{skill.name}</span> <ImportanceBadge importance={skill.importance} />{" "}
                    <SourceRef id={skill.sourceId} />
                    <span className="compare-skill-kind">{SKILL_KIND_LABELS[skill.kind]}</span>
                  </li>
                ))}
              </ul>
            ) : (
              <p>Every skill of this role is also on another list.</p>
            )}
          </div>
        ))}
      </div>
      <p className="compare-note">
        Each role's full list, with the level where each skill starts to matter, is on its profile:{" "}
        {roles.map((r, i) => (
          <span key={r.slug}>
            {i > 0 ? ", " : ""}
            <Link to={`/roles/${r.slug}#skills`}>{r.title}</Link>
          </span>
        ))}
        .
      </p>
    </ProfileSection>
  );
}

function OverlapMatrix({ titles, overlaps }: { titles: string[]; overlaps: PairOverlap[] }) {
  const cell = (a: number, b: number) => overlaps.find((o) => (o.a === a && o.b === b) || (o.a === b && o.b === a));
  const best = [...overlaps].sort((x, y) => y.ratio - x.ratio)[0];
  return (
    <>
      {best ? (
        <p>
          The closest pair is <strong>{titles[best.a]}</strong> and <strong>{titles[best.b]}</strong>, with a weighted skill overlap of{" "}
          {best.percent}%.
        </p>
      ) : null}
      <ScrollBox label="Weighted skill overlap of each pair of roles">
        <table className="data-table overlap-matrix">
          <caption>Weighted skill overlap of each pair of roles (shared points ÷ all points)</caption>
          <thead>
            <tr>
              <td />
              {titles.map((t) => (
                <th key={t} scope="col">
                  {t}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {titles.map((rowTitle, a) => (
              <tr key={rowTitle}>
                <th scope="row">{rowTitle}</th>
                {titles.map((colTitle, b) => {
                  const o = a === b ? undefined : cell(a, b);
                  return (
                    <td key={colTitle} className="num">
                      {o ? (
                        <>
                          <strong>{o.percent}%</strong>
                          <span className="overlap-matrix__points">
                            {o.sharedPoints} ÷ {o.totalPoints}
                          </span>
                        </>
                      ) : (
                        <>
                          <span aria-hidden="true">—</span>
                          <span className="visually-hidden">same role</span>
                        </>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </>
  );
}

function PresenceTable({ caption, titles, skills }: { caption: string; titles: string[]; skills: SkillPresence<ComparedSkill>[] }) {
  return (
    <div className="table-scroll">
      <table className="data-table presence-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Skill</th>
            {titles.map((t) => (
              <th key={t} scope="col">
                {t}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {skills.map((presence) => {
            const first = presence.byRole.find((s) => s !== null)!;
            return (
              <tr key={presence.slug}>
                <th scope="row">
                  <SkillName skill={first} />
                </th>
                {presence.byRole.map((skill, i) => (
                  <td key={titles[i]}>
                    {skill ? (
                      <>
                        <ImportanceBadge importance={skill.importance} /> <SourceRef id={skill.sourceId} />
                      </>
                    ) : (
                      <span className="muted">Not listed</span>
                    )}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function SkillName({ skill }: { skill: ComparedSkill }) {
  return (
    <>
      <span className="skill-name">{skill.name}</span> <span className="compare-skill-kind">{SKILL_KIND_LABELS[skill.kind]}</span>
    </>
  );
}

function ImportanceBadge({ importance }: { importance: ComparedSkill["importance"] }) {
  return <span className={`badge badge--${importance}`}>{importance === "core" ? "Core" : "Useful"}</span>;
}
