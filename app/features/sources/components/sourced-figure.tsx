import { useId, type ReactNode } from "react";

export interface FigureSource {
  /** Short citation, e.g. "BLS Employment Projections 2024–34, Table 1.2". */
  label: string;
  /** Data year or period the figure describes, e.g. "May 2024" or "2024–34". */
  dataYear: string;
}

/**
 * A figure whose source and data year are one hover, focus or tap away (no JavaScript needed: CSS shows the
 * note on :hover and :focus-within), and always available to screen readers through aria-describedby. With
 * JavaScript, Escape hides the note and each note moves sideways onto the screen as it shows (source-notes.client.ts,
 * one set of listeners for every figure).
 */
export function SourcedFigure({ children, source }: { children: ReactNode; source: FigureSource }) {
  const noteId = useId();
  return (
    <span className="sourced">
      <button type="button" className="sourced__value" aria-describedby={noteId}>
        {children}
      </button>
      <span role="tooltip" id={noteId} className="sourced__note">
        Source: {source.label}. Data: {source.dataYear}.
      </span>
    </span>
  );
}
