import { Link } from "react-router";
import { useHydrated } from "~/lib/use-hydrated";

/**
 * Screen-only controls above the sheet (hidden in print): back to the page the handout summarises, and a Print
 * button once JavaScript runs. Before that (or without JavaScript) the browser's own Print command does the same,
 * and the page says so.
 */
export function PrintActions({ backHref, backLabel }: { backHref: string; backLabel: string }) {
  const hydrated = useHydrated();
  return (
    <div className="handout-actions">
      <p className="handout-actions__back">
        <Link to={backHref}>← {backLabel}</Link>
      </p>
      <div className="handout-actions__print">
        {hydrated ? (
          <button type="button" className="handout-print-button" onClick={() => window.print()}>
            Print this handout
          </button>
        ) : null}
        <p>
          {hydrated ? "Or use" : "Use"} your browser's Print command (Ctrl+P, or ⌘P on a Mac). The handout fits one Letter or A4 page and
          prints in black and white.
        </p>
      </div>
    </div>
  );
}
