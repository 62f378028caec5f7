import { Link } from "react-router";
import { Sourced, SourceRef } from "~/features/sources/components/sources-context";
import { formatDollars, formatPercentChange, formatVintage, formatWageYear } from "~/lib/format";
import { LEVEL_LABELS } from "~/features/roles/labels";
import { NotAStartingSalary, PaySpread } from "~/features/pay/components/pay-spread";
import type { SkillDetail, SkillRole } from "~/features/skills/skills";
import { TechnologyLinks } from "~/features/skills/components/skill-marks";

/**
 * The roles that need a skill, core first, with the level at which it starts to matter and each role's
 * occupation figures (growth for the chosen BLS projection period, median pay for its May year), each figure
 * with its source on hover, focus or tap.
 */
export function SkillRolesTable({ detail }: { detail: SkillDetail }) {
  const { skill, roles, vintage, allOccupations, technologies } = detail;
  const period = formatVintage(vintage);
  // Said plainly: "No role on record" read as a gap in the data, not as "none of our roles lists it".
  if (roles.length === 0) {
    return (
      <p>
        No curated role lists {skill.name} yet, so there is no role&rsquo;s growth or pay to show.
        {technologies.length > 0 ? (
          <>
            {" "}
            The occupations that list it in O*NET are on its technology page{technologies.length === 1 ? "" : "s"}:{" "}
            <TechnologyLinks technologies={technologies} />.
          </>
        ) : null}
      </p>
    );
  }
  const core = roles.filter((r) => r.importance === "core").length;
  return (
    <>
      <p>
        {roles.length} role{roles.length === 1 ? "" : "s"} list {skill.name}: {core} as a core skill, {roles.length - core} as a useful one.
        Growth and pay are those of the whole occupation each role belongs to, every level of experience included (BLS projections {period}
        {allOccupations ? (
          <>
            ; all occupations:{" "}
            <Sourced sourceId={allOccupations.sourceId} dataYear={period}>
              {formatPercentChange(allOccupations.changePercent)}
            </Sourced>
          </>
        ) : null}
        ), so roles that share an occupation share its figures.
      </p>
      <div className="table-scroll">
        <table className="data-table skill-roles-table">
          <caption>
            Roles that need {skill.name}, core first; occupation growth {period} and median pay
          </caption>
          <thead>
            <tr>
              <th scope="col">Role</th>
              <th scope="col">Core or useful</th>
              <th scope="col">Starts to matter</th>
              <th scope="col" className="num">
                Projected growth, {period}
              </th>
              <th scope="col" className="num">
                Median pay
              </th>
            </tr>
          </thead>
          <tbody>
            {roles.map((role) => (
              <RoleRow key={role.slug} role={role} period={period} />
            ))}
          </tbody>
        </table>
      </div>
      {roles.some((r) => r.pay) ? <NotAStartingSalary quarter={false} className="muted" /> : null}
    </>
  );
}

function RoleRow({ role, period }: { role: SkillRole; period: string }) {
  const { projection } = role;
  return (
    <tr>
      <th scope="row">
        <Link to={`/roles/${role.slug}`} className="skill-name">
          {role.title}
        </Link>
        <span className="skill-description">
          {LEVEL_LABELS[role.roleLevel]} · {role.occupationTitle} ({role.socCode})
        </span>
      </th>
      <td>
        <span className={`badge badge--${role.importance}`}>{role.importance === "core" ? "Core" : "Useful"}</span>{" "}
        <SourceRef id={role.sourceId} />
      </td>
      <td>{LEVEL_LABELS[role.level]}</td>
      {projection ? (
        <>
          <td className="num">
            <Sourced sourceId={projection.sourceId} dataYear={period}>
              {formatPercentChange(projection.changePercent)}
            </Sourced>
          </td>
          <td className="num">
            {projection.medianAnnualWage !== null && projection.wageYear !== null ? (
              <>
                <Sourced sourceId={projection.sourceId} dataYear={formatWageYear(projection.wageYear)}>
                  {formatDollars(projection.medianAnnualWage)}
                </Sourced>
                <span className="figure-year">{formatWageYear(projection.wageYear)}</span>
                {role.pay ? <PaySpread pay={role.pay} plain /> : null}
              </>
            ) : (
              "not published"
            )}
          </td>
        </>
      ) : (
        <td colSpan={2} className="muted">
          No BLS projection for this occupation in {period}.
        </td>
      )}
    </tr>
  );
}
