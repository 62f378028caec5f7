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

/** The rows the explorers' occupation tables print (explore.css); the role tables print three, without a count. */
export const PRINTED_ROWS = { techOccupations: 3, otherOccupations: 2 } as const;
