import { Link } from "react-router";
import type { ReactNode } from "react";
import { ProfileSection } from "~/ui/profile-section";
import { Sourced, SourceRef } from "~/features/sources/components/sources-context";
import { formatCount, formatCountChange, formatDollars, formatPercentChange, formatVintage, formatWageYear } from "~/lib/format";
import { LEVEL_LABELS } from "~/features/roles/labels";
import type { ComparedRole, RoleComparison } from "~/features/compare/role-comparison";
import type { GrowthComparison } from "~/features/roles/role-profile";

/**
 * The roles' quick facts side by side (one column per role, then all occupations), each figure with its source
 * and data year. Roles filed under the same occupation show the same figures, and the page says so.
 */
export function CompareQuickFacts({ comparison }: { comparison: RoleComparison }) {
  const { roles, allOccupations: total, vintage } = comparison;
  const period = formatVintage(vintage);
  const baseYear = roles.find((r) => r.projection)?.projection?.baseYear ?? total?.baseYear;
  const row = (header: ReactNode, cell: (role: ComparedRole) => ReactNode, totalCell: ReactNode) => (
    <tr>
      <th scope="row">{header}</th>
      {roles.map((role) => (
        <td key={role.slug}>{cell(role)}</td>
      ))}
      <td className="compare-facts__total">{totalCell}</td>
    </tr>
  );
  const projected = (role: ComparedRole, render: (p: NonNullable<ComparedRole["projection"]>) => ReactNode) =>
    role.projection ? render(role.projection) : <span className="muted">No BLS projection for {period}</span>;
  const notPublished = <span className="muted">Not published</span>;
  const notApplicable = <span className="muted">Not applicable</span>;

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
            {row(
              "Occupation the figures describe",
              (role) => (
                <>
                  {role.occupation.title} (SOC {role.occupation.socCode}) <SourceRef id={role.occupation.sourceId} />
                </>
              ),
              "Total, all occupations (00-0000)",
            )}
            {row(
              "Median annual pay",
              (role) =>
                projected(role, (p) =>
                  p.medianAnnualWage !== null && p.wageYear !== null ? (
                    <>
                      <Sourced sourceId={p.sourceId} dataYear={formatWageYear(p.wageYear)}>
                        <span className="compare-facts__value">{formatDollars(p.medianAnnualWage)}</span>
                      </Sourced>
                      <span className="figure-year">{formatWageYear(p.wageYear)}</span>
                      {role.otherWages.length > 0 ? (
                        <span className="compare-facts__conflict">
                          Sources disagree; also published:{" "}
                          {role.otherWages.map((w, i) => (
                            <span key={`${w.sourceId}-${w.wageYear}`}>
                              {i > 0 ? ", " : ""}
                              <Sourced sourceId={w.sourceId} dataYear={formatWageYear(w.wageYear)}>
                                {formatDollars(w.medianAnnualWage)}
                              </Sourced>{" "}
                              ({formatWageYear(w.wageYear)})
                            </span>
                          ))}
                        </span>
                      ) : null}
                    </>
                  ) : (
                    notPublished
                  ),
                ),
              total && total.medianAnnualWage !== null && total.wageYear !== null ? (
                <>
                  <Sourced sourceId={total.sourceId} dataYear={formatWageYear(total.wageYear)}>
                    <span className="compare-facts__value">{formatDollars(total.medianAnnualWage)}</span>
                  </Sourced>
                  <span className="figure-year">{formatWageYear(total.wageYear)}</span>
                </>
              ) : (
                notPublished
              ),
            )}
            {row(
              `Projected growth, ${period}`,
              (role) =>
                projected(role, (p) => (
                  <>
                    <Sourced sourceId={p.sourceId} dataYear={period}>
                      <span className="compare-facts__value">{formatPercentChange(p.changePercent)}</span>
                    </Sourced>
                    {role.growthComparison ? <span className="compare-facts__detail">{growthRelation(role.growthComparison)}</span> : null}
                  </>
                )),
              total ? (
                <Sourced sourceId={total.sourceId} dataYear={period}>
                  <span className="compare-facts__value">{formatPercentChange(total.changePercent)}</span>
                </Sourced>
              ) : (
                notPublished
              ),
            )}
            {row(
              `Change in jobs, ${period}`,
              (role) =>
                projected(role, (p) =>
                  p.changeNumeric !== null ? (
                    <Sourced sourceId={p.sourceId} dataYear={period}>
                      {formatCountChange(p.changeNumeric)}
                    </Sourced>
                  ) : (
                    notPublished
                  ),
                ),
              total && total.changeNumeric !== null ? (
                <Sourced sourceId={total.sourceId} dataYear={period}>
                  {formatCountChange(total.changeNumeric)}
                </Sourced>
              ) : (
                notPublished
              ),
            )}
            {row(
              `Openings each year, ${period} average`,
              (role) =>
                projected(role, (p) =>
                  p.annualOpenings !== null ? (
                    <Sourced sourceId={p.sourceId} dataYear={period}>
                      {formatCount(p.annualOpenings)}
                    </Sourced>
                  ) : (
                    notPublished
                  ),
                ),
              total && total.annualOpenings !== null ? (
                <Sourced sourceId={total.sourceId} dataYear={period}>
                  {formatCount(total.annualOpenings)}
                </Sourced>
              ) : (
                notPublished
              ),
            )}
            {row(
              `Employment, ${baseYear ?? "base year"}`,
              (role) =>
                projected(role, (p) => (
                  <>
                    <Sourced sourceId={p.sourceId} dataYear={String(p.baseYear)}>
                      {formatCount(p.employmentBase)}
                    </Sourced>
                    <span className="compare-facts__detail">
                      Projected {formatCount(p.employmentProjected)} in {p.targetYear}
                    </span>
                  </>
                )),
              total ? (
                <>
                  <Sourced sourceId={total.sourceId} dataYear={String(total.baseYear)}>
                    {formatCount(total.employmentBase)}
                  </Sourced>
                  <span className="compare-facts__detail">
                    Projected {formatCount(total.employmentProjected)} in {total.targetYear}
                  </span>
                </>
              ) : (
                notPublished
              ),
            )}
            {row(
              "Typical entry education",
              (role) => (
                <Sourced sourceId={role.entrySourceId} dataYear={role.entryDataYear ? formatVintage(role.entryDataYear) : "not dated"}>
                  {role.entryEducation}
                </Sourced>
              ),
              notApplicable,
            )}
            {row(
              "Work experience needed",
              (role) => (
                <Sourced sourceId={role.entrySourceId} dataYear={role.entryDataYear ? formatVintage(role.entryDataYear) : "not dated"}>
                  {role.workExperience}
                </Sourced>
              ),
              notApplicable,
            )}
            {row("Career level (Career Atlas)", (role) => LEVEL_LABELS[role.level], notApplicable)}
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

/** "Back-End Developer and Front-End Developer are both filed under Web developers (SOC 15-1254) ..." */
function SharedOccupationNotes({ comparison }: { comparison: RoleComparison }) {
  if (comparison.sharedOccupations.length === 0) return null;
  const titleOf = (slug: string) => comparison.roles.find((r) => r.slug === slug)?.title ?? slug;
  return (
    <div className="notice compare-shared">
      {comparison.sharedOccupations.map((o) => (
        <p key={o.socCode}>
          <strong>{listTitles(o.roleSlugs.map(titleOf))}</strong> are {o.roleSlugs.length === 2 ? "both" : "all"} filed under the occupation{" "}
          <strong>
            {o.title} (SOC {o.socCode})
          </strong>
          . Statistics exist per occupation, not per job title, so their pay, growth, openings and employment figures are identical: compare
          their skills, industries and next steps instead.
        </p>
      ))}
    </div>
  );
}

export function listTitles(titles: string[]): string {
  if (titles.length <= 1) return titles.join("");
  return `${titles.slice(0, -1).join(", ")} and ${titles[titles.length - 1]}`;
}

function growthRelation(c: GrowthComparison): string {
  switch (c.relation) {
    case "multiple":
      return `About ${c.ratio} times the all-occupations rate`;
    case "close":
      return "Close to the all-occupations rate";
    case "above":
      return "Above the all-occupations rate";
    case "below":
      return "Below the all-occupations rate";
    case "decline":
      return "A decline, while all occupations change by the rate shown";
    case "no_growth":
      return "No change, while all occupations change by the rate shown";
  }
}
