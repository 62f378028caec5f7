/**
 * Notes that CSS alone shows while their host is pointed at or holds the focus (`host:hover`, `host:focus-within`: a
 * figure's source, a glossary term's definition), made dismissable as WCAG 1.4.13 asks, by one set of listeners on the
 * document per kind of host, for every host on any page:
 * - Escape hides the notes that show: each such host gets `data-dismissed`, and the feature's CSS hides its note while
 *   the attribute is there. Neither the pointer nor the focus has to move.
 * - The note stays hidden while the pointer and the focus do what they did: moving the pointer off the host (or within
 *   it), or the focus leaving, does not show it again.
 * - It shows again when the focus moves into the host, or the pointer comes onto it from outside: `onReveal` then runs
 *   (a source note moves onto the screen).
 */
export function listenToDismissableNotes(doc: Document, host: string, onReveal?: (element: HTMLElement) => void) {
  const hostOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLElement>(host) : null);
  const reveal = (element: HTMLElement) => {
    delete element.dataset.dismissed;
    onReveal?.(element);
  };
  doc.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    for (const element of doc.querySelectorAll<HTMLElement>(`${host}:hover, ${host}:focus-within`)) element.dataset.dismissed = "";
  });
  doc.addEventListener("focusin", (event) => {
    const element = hostOf(event.target);
    if (element) reveal(element);
  });
  doc.addEventListener("mouseover", (event) => {
    const element = hostOf(event.target);
    // mouseover fires again for each element inside the host; only an arrival from outside shows the note again.
    if (element && !(event.relatedTarget instanceof Node && element.contains(event.relatedTarget))) reveal(element);
  });
}
