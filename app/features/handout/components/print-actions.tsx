import { Link } from "react-router";

/**
 * Screen-only controls above the sheet (hidden in print): back to the page the handout summarises, and a Print
 * button where JavaScript runs (in the server HTML, shown by `.scripted-only`, so the sheet does not move when the
 * page hydrates). The browser's own Print command does the same, with or without JavaScript, and the page says so.
 */
export function PrintActions({ backHref, backLabel }: { backHref: string; backLabel: string }) {
  return (
    <div className="handout-actions">
      <p className="handout-actions__back">
        <Link to={backHref}>← {backLabel}</Link>
      </p>
      <div className="handout-actions__print">
        <button type="button" className="handout-print-button scripted-only" onClick={() => window.print()}>
          Print this handout
        </button>
        <p>Your browser's Print command (Ctrl+P, or ⌘P on a Mac) prints it: the handout fits one Letter or A4 page, in black and white.</p>
      </div>
    </div>
  );
}
