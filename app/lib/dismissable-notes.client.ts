import { NOTES_RENEWED, type PageChange } from "~/lib/notes-renewal";

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
 * - A dismissal lasts for the page it was made on, and for what its host showed: when an in-app navigation changes the
 *   page in place (renewDismissableNotes), another path ends every dismissal, and another query alone ends those of
 *   hosts whose text is no longer what it was at Escape (React kept the element for other content); then each host
 *   pointed at or focused whose note shows counts as just reached.
 */
export function listenToDismissableNotes(doc: Document, host: string, onReveal?: (element: HTMLElement) => void) {
  const hostOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLElement>(host) : null);
  const reveal = (element: HTMLElement) => {
    delete element.dataset.dismissed;
    onReveal?.(element);
  };
  const showing = () => doc.querySelectorAll<HTMLElement>(`${host}:hover, ${host}:focus-within`);
  // What each dismissed host showed at Escape (a term and its definition, a figure and its source), to tell after a
  // change of the query alone whether React kept the element for the same content (a filter that left it as it was)
  // or for other content. Its text is what the reader saw; the element alone says nothing, React keeps it either way.
  const dismissedText = new WeakMap<HTMLElement, string | null>();
  // In the capture phase: React listens on the document too, and stops an event aimed at a part of the page it has not
  // hydrated yet from going on down (it replays it to its own handlers later), so a listener in the bubble phase never
  // heard a focus, a pointer or an Escape in a deferred part whose code was still loading (ADR 026): the note showed
  // by CSS but was not placed, and Escape did not hide it. Every listener on the document itself still runs. React
  // then replays what it held once the part hydrates, as a copy dispatched by script (not trusted): heard a second time,
  // a held focus arriving after Escape undid the dismissal, so only the browser's own events count.
  const onTrusted = <K extends keyof DocumentEventMap>(type: K, handle: (event: DocumentEventMap[K]) => void) =>
    doc.addEventListener(type, (event) => event.isTrusted && handle(event), true);
  onTrusted("keydown", (event) => {
    if (event.key !== "Escape") return;
    for (const element of showing()) {
      element.dataset.dismissed = "";
      dismissedText.set(element, element.textContent);
    }
  });
  onTrusted("focusin", (event) => {
    const element = hostOf(event.target);
    if (element) reveal(element);
  });
  onTrusted("mouseover", (event) => {
    const element = hostOf(event.target);
    // mouseover fires again for each element inside the host; only an arrival from outside shows the note again.
    if (element && !(event.relatedTarget instanceof Node && element.contains(event.relatedTarget))) reveal(element);
  });
  doc.addEventListener(NOTES_RENEWED, (event) => {
    const queryOnly = (event as CustomEvent<PageChange>).detail === "query";
    for (const element of doc.querySelectorAll<HTMLElement>(`${host}[data-dismissed]`)) {
      const unchanged = dismissedText.has(element) && dismissedText.get(element) === element.textContent;
      if (!(queryOnly && unchanged)) delete element.dataset.dismissed;
    }
    for (const element of showing()) if (!("dismissed" in element.dataset)) reveal(element);
  });
}
