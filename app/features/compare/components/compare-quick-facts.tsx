import { Link } from "react-router";
import { ProfileSection } from "~/ui/profile-section";
import { Sourced, SourceRef } from "~/features/sources/components/sources-context";
import { formatCount, formatCountChange, formatPercentChange, formatVintage } from "~/lib/format";
import { LEVEL_LABELS } from "~/features/roles/labels";
import type { ComparedRole, RoleComparison } from "~/features/compare/role-comparison";
import { CompareFactRow, notApplicable, notPublished, projectedCell } from "~/features/compare/components/compare-fact-row";
import { CountRow, EmploymentCell, RoleGrowthCell, RolePayCell, TotalPayCell } from "~/features/compare/components/compare-fact-cells";
import { SharedOccupationNotes } from "~/features/compare/components/shared-occupation-notes";

/**
 * The roles' quick facts side by side (one column per role, then all occupations), each figure with its source
 * and data year. Roles filed under the same occupation show the same figures, and the page says so.
 */
export function CompareQuickFacts({ comparison }: { comparison: RoleComparison }) {
  const { roles, allOccupations: total, vintage } = comparison;
  const period = formatVintage(vintage);
  const baseYear = roles.find((r) => r.projection)?.projection?.baseYear ?? total?.baseYear;
  const entryDataYear = (role: ComparedRole) => (role.entryDataYear ? formatVintage(role.entryDataYear) : "not dated");

  return (
    <ProfileSection id="quick-facts" title="Quick facts">
      <SharedOccupationNotes comparison={comparison} />
      <div className="table-scroll">
        <table className="data-table compare-facts">
          <caption>Each role's occupation side by side: BLS projections {period}, median pay as of the year shown</caption>
          <thead>
            <tr>
              <td />
              {roles.map((role) => (
                <th key={role.slug} scope="col">
                  <Link to={`/roles/${role.slug}`}>{role.title}</Link>
                </th>
              ))}
              <th scope="col">All occupations</th>
            </tr>
          </thead>
          <tbody>
            <CompareFactRow
              header="Occupation the figures describe"
              roles={roles}
              cell={(role) => (
                <>
                  {role.occupation.title} (SOC {role.occupation.socCode}) <SourceRef id={role.occupation.sourceId} />
                </>
              )}
              total="Total, all occupations (00-0000)"
            />
            <CompareFactRow
              header="Median annual pay"
              roles={roles}
              cell={(role) => projectedCell(role, period, (p) => <RolePayCell role={role} projection={p} />)}
              total={<TotalPayCell total={total} />}
            />
            <CompareFactRow
              header={`Projected growth, ${period}`}
              roles={roles}
              cell={(role) => projectedCell(role, period, (p) => <RoleGrowthCell role={role} projection={p} period={period} />)}
              total={
                total ? (
                  <Sourced sourceId={total.sourceId} dataYear={period}>
                    <span className="compare-facts__value">{formatPercentChange(total.changePercent)}</span>
                  </Sourced>
                ) : (
                  notPublished
                )
              }
            />
            <CountRow
              header={`Change in jobs, ${period}`}
              roles={roles}
              total={total}
              period={period}
              count={(f) => f.changeNumeric}
              format={formatCountChange}
            />
            <CountRow
              header={`Openings each year, ${period} average`}
              roles={roles}
              total={total}
              period={period}
              count={(f) => f.annualOpenings}
              format={formatCount}
            />
            <CompareFactRow
              header={`Employment, ${baseYear ?? "base year"}`}
              roles={roles}
              cell={(role) => projectedCell(role, period, (p) => <EmploymentCell figures={p} />)}
              total={total ? <EmploymentCell figures={total} /> : notPublished}
            />
            <CompareFactRow
              header="Typical entry education"
              roles={roles}
              cell={(role) => (
                <Sourced sourceId={role.entrySourceId} dataYear={entryDataYear(role)}>
                  {role.entryEducation}
                </Sourced>
              )}
              total={notApplicable}
            />
            <CompareFactRow
              header="Work experience needed"
              roles={roles}
              cell={(role) => (
                <Sourced sourceId={role.entrySourceId} dataYear={entryDataYear(role)}>
                  {role.workExperience}
                </Sourced>
              )}
              total={notApplicable}
            />
            <CompareFactRow
              header="Career level (Career Atlas)"
              roles={roles}
              cell={(role) => LEVEL_LABELS[role.level]}
              total={notApplicable}
            />
          </tbody>
        </table>
      </div>
      <p className="compare-note">
        Openings each year include jobs that open when workers retire or change occupation. Hover over, focus or tap a figure for its source
        and data year.
      </p>
    </ProfileSection>
  );
}
