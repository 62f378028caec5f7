import { listenToDismissableNotes } from "~/lib/dismissable-notes.client";

/**
 * A glossary term's definition (DefinedTerm) shows by CSS alone, on :hover and :focus-within. With JavaScript, Escape
 * hides it, whether it shows for the pointer or the focus, and it stays hidden until the focus moves to the term again,
 * the pointer comes back onto it, or an in-app navigation changes the page (WCAG 1.4.13; listenToDismissableNotes,
 * renewDismissableNotes). One set of listeners for every term on the page.
 */
export function listenToTermNotes(doc: Document) {
  listenToDismissableNotes(doc, ".term");
}
