import { noteRoom, noteShift, type Span } from "~/features/sources/note-placement";

/**
 * Source notes (SourcedFigure) show by CSS alone, on :hover and :focus-within, so they work without JavaScript. With
 * it, one set of listeners on the document, for every figure on any page:
 * - Escape hides the notes that are showing, and the focus stays on the figure (WCAG 1.4.13: content shown on
 *   hover or focus can be dismissed without moving either); pointing at the figure or focusing it again shows it.
 * - A note, as it shows, moves sideways into the viewport and any sideways-scrolling frame around its figure
 *   (note-placement.ts). The page does not move: the note is positioned absolutely.
 * Enter and a click on the figure do what they did: nothing but the focus, which shows the note.
 */
export function listenToSourceNotes(doc: Document) {
  doc.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    for (const figure of doc.querySelectorAll<HTMLElement>(".sourced:hover, .sourced:focus-within")) {
      figure.dataset.dismissed = "";
    }
  });
  doc.addEventListener("focusin", (event) => reveal(event.target));
  doc.addEventListener("mouseover", (event) => {
    const figure = sourcedFigureOf(event.target);
    // mouseover fires again for each element inside the figure; only an arrival from outside shows it again.
    if (figure && !(event.relatedTarget instanceof Node && figure.contains(event.relatedTarget))) reveal(figure);
  });
}

function sourcedFigureOf(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>(".sourced") : null;
}

function reveal(target: EventTarget | null) {
  const figure = sourcedFigureOf(target);
  if (!figure) return;
  delete figure.dataset.dismissed;
  place(figure);
  // The browser scrolls a focused figure into view after the focus event: in a table that scrolls sideways that moves
  // the figure, and its note with it, so the note is placed again once the scroll is done.
  requestAnimationFrame(() => place(figure));
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
