import type { ReactNode } from "react";
import type { ComparedRole } from "~/features/compare/role-comparison";

/** One row of the compare table: what it measures, a cell per role (in the comparison's order), then all occupations. */
export function CompareFactRow({
  header,
  roles,
  cell,
  total,
}: {
  header: ReactNode;
  roles: ComparedRole[];
  cell: (role: ComparedRole) => ReactNode;
  total: ReactNode;
}) {
  return (
    <tr>
      <th scope="row">{header}</th>
      {roles.map((role) => (
        <td key={role.slug}>{cell(role)}</td>
      ))}
      <td className="compare-facts__total">{total}</td>
    </tr>
  );
}

export type ComparedProjection = NonNullable<ComparedRole["projection"]>;

/** A role's cell drawn from its projection, or the reason it has none (BLS published no projection for the vintage). */
export function projectedCell(role: ComparedRole, period: string, render: (projection: ComparedProjection) => ReactNode): ReactNode {
  return role.projection ? render(role.projection) : <span className="muted">No BLS projection for {period}</span>;
}

/** A figure the source does not give: said in words, never left blank or shown as 0. */
export const notPublished = <span className="muted">Not published</span>;
/** A row that has no all-occupations figure by its nature (education, career level). */
export const notApplicable = <span className="muted">Not applicable</span>;
