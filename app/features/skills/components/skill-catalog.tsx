import { Link } from "react-router";
import { SKILL_KIND_LABELS, SKILL_KIND_SINGULAR } from "~/features/roles/labels";
import type { SkillKindGroup, SkillSummary } from "~/features/skills/skills";
import { SkillMarkList } from "~/features/skills/components/skill-marks";

/** Anchor id of a kind's section, e.g. "kind-ai-data". */
export function kindSectionId(kind: string): string {
  return `kind-${kind.replace(/_/g, "-")}`;
}

/** Skills by kind: one table per kind with what each skill is, how many roles need it, and its marks. */
export function SkillCatalog({ groups, onetRelease }: { groups: SkillKindGroup[]; onetRelease: string }) {
  return (
    <>
      {groups.length > 1 ? (
        <nav className="skill-kinds-nav" aria-label="Kinds of skill">
          <ul>
            {groups.map((g) => (
              <li key={g.kind}>
                <a href={`#${kindSectionId(g.kind)}`}>
                  {SKILL_KIND_LABELS[g.kind]} ({g.skills.length})
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {groups.map((group) => (
        <section
          key={group.kind}
          id={kindSectionId(group.kind)}
          className="skill-kind"
          aria-labelledby={`${kindSectionId(group.kind)}-title`}
        >
          <h2 id={`${kindSectionId(group.kind)}-title`}>
            {SKILL_KIND_LABELS[group.kind]} <span className="skill-kind__count">({group.skills.length})</span>
          </h2>
          <div className="table-scroll">
            <table className="data-table skill-catalog-table">
              <caption className="visually-hidden">
                {SKILL_KIND_LABELS[group.kind]}: what each skill is, how many roles need it, and its hot or in-demand marks
              </caption>
              <colgroup>
                <col className="skill-catalog-table__skill" />
                <col className="skill-catalog-table__roles" />
                <col />
              </colgroup>
              <thead>
                <tr>
                  <th scope="col">Skill</th>
                  <th scope="col">Roles that need it</th>
                  <th scope="col">Hot / in-demand marks</th>
                </tr>
              </thead>
              <tbody>
                {group.skills.map((skill) => (
                  <SkillRow key={skill.slug} skill={skill} onetRelease={onetRelease} />
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </>
  );
}

function SkillRow({ skill, onetRelease }: { skill: SkillSummary; onetRelease: string }) {
  const total = skill.coreRoles + skill.usefulRoles;
  return (
    <tr>
      <th scope="row">
        <Link to={`/skills/${skill.slug}`} className="skill-name">
          {skill.name}
          {/* Names like "Go" or "R" say little out of context (link lists, screen readers). */}
          <span className="visually-hidden">({SKILL_KIND_SINGULAR[skill.kind]})</span>
        </Link>
        <span className="skill-description">{skill.description}</span>
      </th>
      <td>
        {total === 0 ? (
          <span className="muted">No curated role lists it yet</span>
        ) : (
          <>
            <span className="skill-role-count">
              {total} role{total === 1 ? "" : "s"}
            </span>
            <span className="skill-role-split">
              {skill.coreRoles} core · {skill.usefulRoles} useful
            </span>
          </>
        )}
      </td>
      <td>
        <SkillMarkList skillName={skill.name} marks={skill.marks} onetRelease={onetRelease} scopeInLegend />
      </td>
    </tr>
  );
}
