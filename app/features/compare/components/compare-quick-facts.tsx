import { Link } from "react-router";
import { ProfileSection } from "~/ui/profile-section";
import { Sourced, SourceRef } from "~/features/sources/components/sources-context";
import { formatCount, formatCountChange, formatPercentChange, formatVintage } from "~/lib/format";
import { LEVEL_LABELS } from "~/features/roles/labels";
import type { Comparison, CompareColumn } from "~/features/compare/comparison";
import { CompareFactRow, notApplicable, notPublished, projectedCell } from "~/features/compare/components/compare-fact-row";
import { CountRow, EmploymentCell, RoleGrowthCell, RolePayCell, TotalPayCell } from "~/features/compare/components/compare-fact-cells";
import { Unbroken } from "~/ui/unbroken";
import { SharedOccupationNotes } from "~/features/compare/components/shared-occupation-notes";
import { columnMedian } from "~/features/compare/compare-charts";

/**
 * The quick facts side by side (one column per role or occupation, then all occupations), each figure with its
 * source and data year. A role's figures are its occupation's; columns that show the same occupation show the same
 * figures, and the page says so. A row a BLS occupation has no figure for (a curated career level) says so.
 */
export function CompareQuickFacts({ comparison }: { comparison: Comparison }) {
  const { columns, allOccupations: total, vintage } = comparison;
  const period = formatVintage(vintage);
  // Each column says what it is once an occupation is compared (a role-only table is what it always was).
  const mixed = columns.some((c) => c.kind === "occupation");
  const baseYear = columns.find((r) => r.projection)?.projection?.baseYear ?? total?.baseYear;
  const entryDataYear = (column: CompareColumn) => (column.entryDataYear ? formatVintage(column.entryDataYear) : "not dated");
  const entryCell = (column: CompareColumn, value: string | null) =>
    value !== null && column.entrySourceId ? (
      <Sourced sourceId={column.entrySourceId} dataYear={entryDataYear(column)}>
        {value}
      </Sourced>
    ) : (
      notPublished
    );

  return (
    <ProfileSection id="quick-facts" title="Quick facts">
      <SharedOccupationNotes comparison={comparison} />
      <div className="table-scroll">
        <table className="data-table compare-facts">
          <caption>
            Each {mixed ? "role's occupation and each occupation" : "role's occupation"} side by side: BLS projections {period}, median pay
            as of the year shown
          </caption>
          <thead>
            <tr>
              <td />
              {columns.map((column) => (
                <th key={column.key} scope="col">
                  <Link to={column.href}>{column.title}</Link>
                  {mixed ? (
                    <span className="compare-facts__kind">
                      {column.kind === "role" ? "Tech role" : <Unbroken text={`BLS occupation, SOC ${column.occupation.socCode}`} />}
                    </span>
                  ) : null}
                </th>
              ))}
              <th scope="col">All occupations</th>
            </tr>
          </thead>
          <tbody>
            <CompareFactRow
              header="Occupation the figures describe"
              columns={columns}
              cell={(column) => (
                <>
                  {column.occupation.title} <Unbroken text={`(SOC ${column.occupation.socCode})`} />{" "}
                  <SourceRef id={column.occupation.sourceId} />
                </>
              )}
              total="Total, all occupations (00-0000)"
            />
            <CompareFactRow
              // A median OEWS publishes by the hour only is shown so: the row is then no longer a year's pay throughout.
              header={columns.some((c) => columnMedian(c)?.per === "hour") ? "Median pay" : "Median annual pay"}
              columns={columns}
              cell={(column) => projectedCell(column, period, (p) => <RolePayCell role={column} projection={p} />)}
              total={<TotalPayCell total={total} />}
            />
            <CompareFactRow
              header={`Projected growth, ${period}`}
              columns={columns}
              cell={(column) => projectedCell(column, period, (p) => <RoleGrowthCell role={column} projection={p} period={period} />)}
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
              columns={columns}
              total={total}
              period={period}
              count={(f) => f.changeNumeric}
              format={formatCountChange}
            />
            <CountRow
              header={`Openings each year, ${period} average`}
              columns={columns}
              total={total}
              period={period}
              count={(f) => f.annualOpenings}
              format={formatCount}
            />
            <CompareFactRow
              header={`Employment, ${baseYear ?? "base year"}`}
              columns={columns}
              cell={(column) => projectedCell(column, period, (p) => <EmploymentCell figures={p} />)}
              total={total ? <EmploymentCell figures={total} /> : notPublished}
            />
            <CompareFactRow
              header="Typical entry education"
              columns={columns}
              cell={(column) => entryCell(column, column.entryEducation)}
              total={notApplicable}
            />
            <CompareFactRow
              header="Work experience needed"
              columns={columns}
              cell={(column) => entryCell(column, column.workExperience)}
              total={notApplicable}
            />
            <CompareFactRow
              header="Career level (Career Atlas)"
              columns={columns}
              cell={(column) =>
                column.level ? LEVEL_LABELS[column.level] : <span className="muted">None: a BLS occupation spans every level</span>
              }
              total={notApplicable}
            />
          </tbody>
        </table>
      </div>
      <p className="compare-note">
        Openings each year include jobs that open when workers retire or change occupation.{" "}
        {/* On paper each figure's [n] names its source in the list at the end. */}
        <span className="screen-only">Hover over, focus or tap a figure for its source and data year.</span>
      </p>
    </ProfileSection>
  );
}
