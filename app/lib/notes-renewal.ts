/*
 * Kept apart from dismissable-notes.client.ts so the root layout, which every page loads first, carries only this
 * (app/ui/route-focus.tsx calls it), not the notes' listeners (the 120 KB budget, ADR 026).
 */

/** The event the notes' listeners (dismissable-notes.client.ts) take as "the page changed in place". */
export const NOTES_RENEWED = "atlas:page-changed";

/**
 * What an in-app navigation changed: the path (another page), or the query alone (the same page filtered, sorted, or
 * of another period). The event's `detail`.
 */
export type PageChange = "path" | "query";

/**
 * The page changed in place: an in-app navigation rendered another page (or another period of it) into the elements
 * React kept, with the pointer and the focus where they were. No pointer or focus event fires for that, and a host
 * React kept also keeps the `data-dismissed` of the note its old text had, so a term resting under the pointer showed
 * no definition until the pointer left and came back (a review, 2026-12-07). After another path this ends every
 * dismissal; after another query alone, only those of hosts whose text changed (a filter that left a term as it was
 * does not bring back its definition). Then `onReveal` runs for each host pointed at or focused whose note shows (a
 * source note is placed again for its new text), as if the pointer or the focus had just arrived (ADR 026, amendments
 * of 2026-12-07). Called after each in-app navigation to another path or query (app/ui/route-focus.tsx).
 */
export function renewDismissableNotes(doc: Document, change: PageChange = "path") {
  doc.dispatchEvent(new CustomEvent<PageChange>(NOTES_RENEWED, { detail: change }));
}
