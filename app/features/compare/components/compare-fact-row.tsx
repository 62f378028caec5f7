import type { ReactNode } from "react";
import type { ComparedProjection } from "~/features/compare/role-comparison";
import type { CompareColumn } from "~/features/compare/comparison";
import { Unbroken } from "~/ui/unbroken";

/** One row of the compare table: what it measures, a cell per column (in the comparison's order), then all occupations. */
export function CompareFactRow({
  header,
  columns,
  cell,
  total,
}: {
  header: ReactNode;
  columns: CompareColumn[];
  cell: (column: CompareColumn) => ReactNode;
  total: ReactNode;
}) {
  return (
    <tr>
      <th scope="row">{typeof header === "string" ? <Unbroken text={header} /> : header}</th>
      {columns.map((column) => (
        <td key={column.key}>{cell(column)}</td>
      ))}
      <td className="compare-facts__total">{typeof total === "string" ? <Unbroken text={total} /> : total}</td>
    </tr>
  );
}

export type { ComparedProjection };

/** A column's cell drawn from its projection, or the reason it has none (BLS published no projection for the vintage). */
export function projectedCell(column: CompareColumn, period: string, render: (projection: ComparedProjection) => ReactNode): ReactNode {
  return column.projection ? render(column.projection) : <span className="muted">No BLS projection for {period}</span>;
}

/** A figure the source does not give: said in words, never left blank or shown as 0. */
export const notPublished = <span className="muted">Not published</span>;
/** A row that has no all-occupations figure by its nature (education, career level). */
export const notApplicable = <span className="muted">Not applicable</span>;
