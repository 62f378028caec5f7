import { listenToDismissableNotes } from "~/lib/dismissable-notes.client";
import { noteRoom, noteShift, type Span } from "~/features/sources/note-placement";

/**
 * Source notes (SourcedFigure) show by CSS alone, on :hover and :focus-within, so they work without JavaScript. With
 * it, one set of listeners on the document, for every figure on any page:
 * - Escape hides the notes that are showing, and the focus stays on the figure (WCAG 1.4.13: content shown on
 *   hover or focus can be dismissed without moving either); pointing at the figure or focusing it again shows it, and
 *   nothing else does: moving the pointer off a focused figure leaves its note hidden (listenToDismissableNotes). An
 *   in-app navigation ends the dismissals (after a query alone, those of figures whose text changed) and places again
 *   the note of a figure pointed at or focused, whose element React may have kept for the new page's figure
 *   (renewDismissableNotes).
 * - A note, as it shows, moves sideways into the viewport and any sideways-scrolling frame around its figure
 *   (note-placement.ts). The page does not move: the note is positioned absolutely.
 * Enter and a click on the figure do what they did: nothing but the focus, which shows the note.
 */
export function listenToSourceNotes(doc: Document) {
  listenToDismissableNotes(doc, ".sourced", (figure) => {
    place(figure);
    // The browser scrolls a focused figure into view after the focus event: in a table that scrolls sideways that moves
    // the figure, and its note with it, so the note is placed again once the scroll is done.
    requestAnimationFrame(() => place(figure));
  });
}

function place(figure: HTMLElement) {
  const note = figure.querySelector<HTMLElement>(".sourced__note");
  if (!note) return;
  note.style.removeProperty("--sourced-note-shift");
  const box = note.getBoundingClientRect();
  if (box.width === 0) return; // not showing (dismissed, printing, or no longer pointed at nor focused)
  const room = noteRoom(figure.ownerDocument.documentElement.clientWidth, clippingFrames(figure));
  const shift = noteShift(box, room);
  if (shift !== 0) note.style.setProperty("--sourced-note-shift", `${shift}px`);
}

/** The inner extents of the figure's ancestors that cut off what overflows them sideways (a .table-scroll). */
function clippingFrames(figure: HTMLElement): Span[] {
  const frames: Span[] = [];
  const root = figure.ownerDocument.documentElement;
  for (
    let element = figure.parentElement;
    element && element !== root && element !== figure.ownerDocument.body;
    element = element.parentElement
  ) {
    if (getComputedStyle(element).overflowX === "visible") continue;
    const left = element.getBoundingClientRect().left + element.clientLeft;
    frames.push({ left, right: left + element.clientWidth });
  }
  return frames;
}
