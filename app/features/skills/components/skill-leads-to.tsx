import { Link } from "react-router";
import { SourceRef } from "~/features/sources/components/sources-context";
import { LEVEL_LABELS, TRACK_LABELS } from "~/features/roles/labels";
import type { SkillDetail } from "~/features/skills/skills";

/**
 * Where a skill can take someone: the typical moves on which people add it (progression edges whose
 * "skills to add" include it), and the lead and executive roles that need it.
 */
export function SkillLeadsTo({ detail }: { detail: SkillDetail }) {
  const { skill, leadsTo } = detail;
  return (
    <>
      <h3 id="leads-to-moves">Moves on which people add {skill.name}</h3>
      {leadsTo.steps.length === 0 ? (
        <p>No typical move on record lists {skill.name} among the skills to add.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">Typical moves that list {skill.name} among the skills to add</caption>
            <thead>
              <tr>
                <th scope="col">Move</th>
                <th scope="col">Track</th>
                <th scope="col" className="num">
                  Typical years first
                </th>
              </tr>
            </thead>
            <tbody>
              {leadsTo.steps.map((step) => (
                <tr key={`${step.fromSlug} ${step.toSlug}`}>
                  <th scope="row">
                    <Link to={`/roles/${step.fromSlug}`}>{step.fromTitle}</Link> <span aria-hidden="true">→</span>
                    <span className="visually-hidden"> to </span> <Link to={`/roles/${step.toSlug}`}>{step.toTitle}</Link>{" "}
                    <SourceRef id={step.sourceId} />
                    <span className="skill-description">Next role: {LEVEL_LABELS[step.toLevel]}</span>
                  </th>
                  <td>{TRACK_LABELS[step.track]}</td>
                  <td className="num">
                    {step.typicalYearsMin === step.typicalYearsMax
                      ? step.typicalYearsMin
                      : `${step.typicalYearsMin}–${step.typicalYearsMax}`}{" "}
                    years
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {leadsTo.steps.length > 0 ? (
        <p className="muted">Typical years are editorial estimates of the time usually spent in the first role; they vary widely.</p>
      ) : null}
      <h3 id="leads-to-leadership">Lead and executive roles that need {skill.name}</h3>
      {leadsTo.leadershipRoles.length === 0 ? (
        <p>No lead or executive role on record lists {skill.name}.</p>
      ) : (
        <ul className="skill-leadership-list">
          {leadsTo.leadershipRoles.map((role) => (
            <li key={role.slug}>
              <Link to={`/roles/${role.slug}`}>{role.title}</Link> <span className="muted">({LEVEL_LABELS[role.roleLevel]})</span>:{" "}
              <span className={`badge badge--${role.importance}`}>{role.importance === "core" ? "Core" : "Useful"}</span>{" "}
              <SourceRef id={role.sourceId} then=";" /> starts to matter: {LEVEL_LABELS[role.level]}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
