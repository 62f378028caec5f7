import { Sourced, SourceRef } from "~/features/sources/components/sources-context";
import { PAY_POINT_LABELS, payCell, type PayPointKey } from "~/features/pay/pay";
import { NotAStartingSalary } from "~/features/pay/components/pay-spread";
import { wholeOccupationNote } from "~/features/roles/occupation-scope";
import { formatWageYear } from "~/lib/format";
import type { CompareColumn } from "~/features/compare/comparison";

const POINTS = Object.keys(PAY_POINT_LABELS) as PayPointKey[];

/**
 * Each column's OEWS annual pay percentiles (its occupation's, for a role), as published, with the survey's May year
 * and source: the spread of pay the median alone hides. The low percentiles are said not to be a starting salary. A
 * pinned page shows those archived with its version; where that version kept none (`percentilesKept` false, loaded
 * before migration 0015), it says so instead of listing occupations as having none.
 */
export function ComparePayRange({ columns, percentilesKept = true }: { columns: CompareColumn[]; percentilesKept?: boolean }) {
  if (!percentilesKept) {
    return (
      <p className="compare-note">
        The pay percentiles of this pinned data version were not kept (it was loaded before Career Atlas archived them), so this comparison
        leaves them out.
      </p>
    );
  }
  const years = [...new Set(columns.flatMap((c) => (c.pay ? [c.pay.wageYear] : [])))];
  const title = `Pay range: annual pay percentiles${years.length === 1 ? `, ${formatWageYear(years[0]!)}` : ""}`;
  return (
    <>
      <h3 id="pay-range">{title}</h3>
      <div className="table-scroll">
        <table className="data-table compare-pay-range">
          <caption className="visually-hidden">{title}, by role or occupation</caption>
          <thead>
            <tr>
              <th scope="col">Role or occupation</th>
              {POINTS.map((point) => (
                <th key={point} scope="col" className="num">
                  {PAY_POINT_LABELS[point].label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {columns.map((column) => {
              const pay = column.pay;
              const year = pay ? formatWageYear(pay.wageYear) : "";
              return (
                <tr key={column.key}>
                  <th scope="row">
                    {column.title}
                    {column.kind === "role" ? (
                      <span className="compare-skill-kind">
                        {" "}
                        {column.occupation.title} ({column.occupation.socCode}):{" "}
                        {wholeOccupationNote(column.title, column.occupation.title)}
                      </span>
                    ) : null}
                  </th>
                  {pay ? (
                    POINTS.map((point) => (
                      <td key={point} className="num">
                        <Sourced sourceId={pay.sourceId} dataYear={year}>
                          {payCell(pay, point, "annual")}
                        </Sourced>
                      </td>
                    ))
                  ) : (
                    <td colSpan={POINTS.length} className="muted">
                      OEWS publishes no wage estimates for {column.occupation.title}.
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="compare-note">
        Occupational Employment and Wage Statistics, national estimates
        {years.length > 0 ? ` (${years.map(formatWageYear).join(", ")})` : ""}
        {columns.find((c) => c.pay) ? (
          <>
            {" "}
            <SourceRef id={columns.find((c) => c.pay)!.pay!.sourceId} />
          </>
        ) : null}
        . Hourly figures are on each occupation&rsquo;s page.
      </p>
      <NotAStartingSalary quarter className="compare-note" />
    </>
  );
}
