/**
 * After "N careers match": how many the list shows on screen, and how many the one-page printout keeps (explore.css
 * prints the first rows of each table only: PRINTED_ROWS must match its `tr:nth-child(n + …)` rules).
 */
export function ShownCount({ total, shown, printed }: { total: number; shown: number; printed: number }) {
  return (
    <>
      {total > shown ? <span className="screen-only">; the best {shown} are shown</span> : null}
      {total > printed ? <span className="explore-print-inline">; the best {printed} are printed</span> : null}
    </>
  );
}

/**
 * After a role table's heading, on paper only: how many of its roles the printout keeps (a counselor's pass found three
 * of 25 printed without a word). In the heading, so the one-page printout gains no line.
 */
export function PrintedRolesNote({ total }: { total: number }) {
  return total > PRINTED_ROWS.roles ? (
    <span className="explore-print-inline">
      : the best {PRINTED_ROWS.roles} of {total} are printed
    </span>
  ) : null;
}

/** The rows the explorers' tables print (explore.css). */
export const PRINTED_ROWS = { roles: 3, techOccupations: 3, otherOccupations: 2 } as const;
