import type { ReactNode } from "react";

/**
 * A figure's column name inside its table cell, shown only where a table's rows become cards (`.card-rows` in
 * app/ui/app.css: the finders and the explorers, on a phone) and the column headings no longer sit above the figures.
 * Hidden from assistive technology, which names the cell by its column header.
 */
export function CardLabel({ children }: { children: ReactNode }) {
  return (
    <span className="card-label" aria-hidden="true">
      {children}
    </span>
  );
}
