import { SourceRef } from "~/features/sources/components/sources-context";
import type { ComparisonHandout } from "~/features/handout/handout";
import { HandoutSection } from "~/features/handout/components/handout-sheet";

/**
 * The marked skills the compared roles share, their marks in words and how many of the roles need each. Only curated
 * roles list skills: a comparison with fewer than two says so instead of "none".
 */
export function ComparisonHotSkills({ handout }: { handout: ComparisonHandout }) {
  const roleCount = handout.roles.filter((r) => r.kind === "role").length;
  return (
    <HandoutSection id="handout-skills" title="Hot skills in common">
      {roleCount < 2 ? (
        <p>
          Career Atlas lists skills for its curated tech roles only, so skills in common need two of them. The comparison page lists each
          occupation&rsquo;s O*NET technologies.
        </p>
      ) : handout.hotSkillsInCommon.length === 0 ? (
        <p>None of the skills these roles share carries an O*NET Hot Technology or In Demand mark.</p>
      ) : (
        <>
          <p className="handout-note">
            Shared skills that O*NET{" "}
            {handout.onetSourceId ? (
              <>
                <SourceRef id={handout.onetSourceId} />{" "}
              </>
            ) : null}
            marks <em>Hot Technology</em> (frequent in postings across all occupations) or <em>In demand</em> (for one of their
            occupations).
          </p>
          <table className="handout-table handout-skills">
            <caption className="visually-hidden">Hot skills the roles have in common</caption>
            <thead>
              <tr>
                <th scope="col">Skill</th>
                <th scope="col">O*NET marks</th>
                <th scope="col">Roles</th>
              </tr>
            </thead>
            <tbody>
              {handout.hotSkillsInCommon.map((skill) => (
                <tr key={skill.slug}>
                  <th scope="row">{skill.name}</th>
                  <td>
                    {[...(skill.hotTechnology ? ["Hot Technology"] : []), ...(skill.inDemandFor.length > 0 ? ["In demand"] : [])].join(
                      ", ",
                    )}
                  </td>
                  <td>{skill.roleCount === roleCount ? `All ${roleCount}` : `${skill.roleCount} of ${roleCount}`}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {handout.hotSkillsInCommonCount > handout.hotSkillsInCommon.length ? (
            <p className="handout-more">
              {handout.hotSkillsInCommon.length} of {handout.hotSkillsInCommonCount}; the comparison lists them all.
            </p>
          ) : null}
        </>
      )}
    </HandoutSection>
  );
}
