import type { ReactNode } from "react";

/**
 * The box a wide table scrolls sideways in (never the page: app.css `.table-scroll`), for a table that holds no link or
 * other focusable element. On a phone such a table scrolls, so the box itself takes the keyboard focus (and the arrow
 * keys), named by `label` (axe: scrollable-region-focusable). A table with links in it needs only the plain box.
 */
export function ScrollBox({ label, children }: { label: string; children: ReactNode }) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="table-scroll" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
