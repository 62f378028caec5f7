import { LEVEL_LABELS, SKILL_KIND_LABELS } from "~/features/roles/labels";
import type { ProfileSkill, SkillGroup } from "~/features/roles/role-profile";
import { ProfileSection, sectionTitle } from "~/ui/profile-section";
import { SourceRef, useSource } from "~/features/sources/components/sources-context";

/**
 * Skills by kind, core before useful, with the level where each starts to matter and text badges for
 * O*NET Hot Technology, O*NET In Demand and source highlights (never colour alone).
 */
export function Skills({ groups }: { groups: SkillGroup[] }) {
  // The O*NET release the marks come from: the source the skills cite for them.
  const onetSourceId = groups.flatMap((g) => g.skills).find((s) => s.marks.onetSourceId)?.marks.onetSourceId ?? "";
  const onet = useSource(onetSourceId);
  const hasOnetMarks = onetSourceId !== "";
  return (
    <ProfileSection id="skills" title={sectionTitle("skills")}>
      {groups.length === 0 ? <p>No skills are recorded for this role yet.</p> : null}
      {hasOnetMarks && onet ? (
        <p className="skills-legend">
          <span className="badge badge--hot">O*NET Hot Technology</span> means the technology appears often in job postings across all
          occupations; <span className="badge badge--demand">In demand for …</span> means it appears often in postings for that O*NET
          occupation. Both marks are from O*NET release {onet.citation.vintage ?? ""} <SourceRef id={onetSourceId} then="," /> shown with
          the O*NET technology names they were found under. <span className="badge badge--highlight">Source highlight</span> marks a skill
          an article names as hot or important for the future.
        </p>
      ) : null}
      {groups.map((group) => (
        <div key={group.kind} className="skill-group">
          <h3 id={`skills-${group.kind.replace(/_/g, "-")}`}>{SKILL_KIND_LABELS[group.kind]}</h3>
          <div className="table-scroll">
            <table className="data-table skill-table">
              <caption className="visually-hidden">{SKILL_KIND_LABELS[group.kind]}: skills for this role</caption>
              <colgroup>
                <col className="skill-table__skill" />
                <col className="skill-table__importance" />
                <col className="skill-table__level" />
                <col />
              </colgroup>
              <thead>
                <tr>
                  <th scope="col">Skill</th>
                  <th scope="col">Core or useful</th>
                  <th scope="col">Starts to matter</th>
                  <th scope="col">Marks</th>
                </tr>
              </thead>
              <tbody>
                {group.skills.map((skill) => (
                  <SkillRow key={skill.slug} skill={skill} />
                ))}
              </tbody>
            </table>
          </div>
        </div>
      ))}
    </ProfileSection>
  );
}

function SkillRow({ skill }: { skill: ProfileSkill }) {
  const { marks } = skill;
  return (
    <tr>
      <th scope="row">
        <span className="skill-name">{skill.name}</span> <SourceRef id={skill.sourceId} />
        <span className="skill-description">{skill.description}</span>
      </th>
      <td>
        <span className={`badge badge--${skill.importance}`}>{skill.importance === "core" ? "Core" : "Useful"}</span>
      </td>
      <td>{LEVEL_LABELS[skill.level]}</td>
      <td>
        <ul className="mark-list">
          {marks.hotTechnologies.length > 0 ? (
            <li>
              <span className="badge badge--hot">O*NET Hot Technology</span>{" "}
              <span className="mark-evidence">as {marks.hotTechnologies.map((t) => `“${t}”`).join(", ")}</span>
            </li>
          ) : null}
          {marks.inDemand.map((d) => (
            <li key={d.onetCode}>
              <span className="badge badge--demand">In demand for {d.onetTitle}</span>{" "}
              <span className="mark-evidence">
                (O*NET {d.onetCode}: {d.technologies.map((t) => `“${t}”`).join(", ")})
              </span>
            </li>
          ))}
          {marks.highlights.map((h) => (
            <li key={h.evidence}>
              <span className="badge badge--highlight">Source highlight</span> <span className="mark-evidence">“{h.evidence}”</span>{" "}
              <SourceRef id={h.sourceId} />
            </li>
          ))}
        </ul>
      </td>
    </tr>
  );
}
