import { useEffect, useRef } from "react";
import { useHydrated } from "~/lib/use-hydrated";
import { deckAddress, presentHref } from "~/features/present/deck-address";
import type { Deck } from "~/features/present/slides";
import { SpeakerNotes } from "~/features/present/components/slide-view";
import { deckChannelName, useDeckChannel, useSlideKeys, useSlideNavigation } from "~/features/present/components/use-slide-navigation";

/**
 * The speaker-notes window (/present/notes?...): the current slide's talking points and what comes next, kept
 * in step with the presenter window over a BroadcastChannel; moving here moves the presenter too. Without
 * JavaScript (or alone) it lists every slide's notes.
 */
export function NotesWindow({ deck, latestVintage }: { deck: Deck; latestVintage: string }) {
  const hydrated = useHydrated();
  const count = deck.slides.length;
  const { index, goTo, run, latest } = useSlideNavigation(count);
  const controlsRef = useRef<HTMLDivElement>(null);
  const fromPresenter = useRef(false);
  const current = deck.slides[index]!;
  const next = deck.slides[index + 1];
  const address = deckAddress(deck, latestVintage);
  const presenterHref = presentHref(address, { slide: index + 1 });

  const post = useDeckChannel(deckChannelName(address), (message) => {
    if (message.type === "slide" && message.index !== latest.current.index) {
      fromPresenter.current = true;
      goTo(message.index);
    }
  });
  useSlideKeys((command) => run(command), controlsRef);

  // Ask the presenter where it is once, then tell it about every move made here (not the ones it reported).
  useEffect(() => {
    post({ type: "hello" });
  }, [post]);
  const lastIndex = useRef(index);
  useEffect(() => {
    if (lastIndex.current === index) return;
    lastIndex.current = index;
    if (fromPresenter.current) fromPresenter.current = false;
    else post({ type: "go", index });
  }, [index, post]);

  return (
    <div className="present-notes">
      <div ref={controlsRef} className="present-bar">
        <h1 className="present-bar__title">Speaker notes: {deck.title}</h1>
        {hydrated ? (
          <div className="present-bar__nav" role="group" aria-label="Slide navigation">
            <button type="button" className="present-button" onClick={() => run("previous")} disabled={index === 0}>
              <span aria-hidden="true">←</span> Previous
            </button>
            <p className="present-bar__counter" role="status" aria-live="polite" aria-atomic="true">
              <span aria-hidden="true" data-testid="slide-counter">
                {index + 1} / {count}
              </span>
              <span className="visually-hidden">
                Slide {index + 1} of {count}: {current.title}
              </span>
            </p>
            <button type="button" className="present-button" onClick={() => run("next")} disabled={index === count - 1}>
              Next <span aria-hidden="true">→</span>
            </button>
          </div>
        ) : null}
        <ul className="present-bar__links">
          <li>
            <a href={presenterHref}>Open the slides</a>
          </li>
        </ul>
      </div>
      {hydrated ? (
        <>
          <p className="present-help">
            This window follows the slides in the presenter window of this browser; the keys and buttons here move both.
          </p>
          <section className="notes-current" aria-labelledby="notes-current-title">
            <p className="notes-current__kicker">
              Slide {index + 1} of {count}
            </p>
            <h2 id="notes-current-title" className="notes-current__title">
              {current.title}
            </h2>
            <SpeakerNotes slide={current} />
            <p className="notes-current__next">{next ? <>Next: {next.title}</> : "This is the last slide."}</p>
          </section>
        </>
      ) : (
        deck.slides.map((slide) => (
          <section key={slide.id} className="notes-current" aria-labelledby={`notes-${slide.id}`}>
            <p className="notes-current__kicker">
              Slide {slide.number} of {count}
            </p>
            <h2 id={`notes-${slide.id}`} className="notes-current__title">
              {slide.title}
            </h2>
            <SpeakerNotes slide={slide} />
          </section>
        ))
      )}
    </div>
  );
}
