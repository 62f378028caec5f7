import { Link } from "react-router";
import { useEffect, useEffectEvent, useRef, useState, type MouseEvent } from "react";
import { useHydrated } from "~/lib/use-hydrated";
import type { DataPinBanner } from "~/features/data-pin/data-pin";
import { deckAddress, presentHref } from "~/features/present/deck-address";
import type { Deck } from "~/features/present/slides";
import { formatCalendarDate } from "~/lib/format";
import { SlideView } from "~/features/present/components/slide-view";
import { deckChannelName, useDeckChannel, useSlideKeys, useSlideNavigation } from "~/features/present/components/use-slide-navigation";

const FULLSCREEN_FALLBACK =
  "Full screen is not available in this browser window. Use the browser's own full-screen command instead: F11 on Windows and Linux, Control+Command+F on a Mac.";

/**
 * The presenter. Server-rendered (and without JavaScript) it is a long page of slides with anchors; once
 * hydrated it shows one slide at a time with keyboard, clicker and on-screen navigation, full screen, and a
 * notes window kept in step over a BroadcastChannel. A deck pinned to an older data version (`&data=`) says in its
 * bar that newer data exists, with a link to the same slide with the current figures.
 */
export function Presenter({
  deck,
  latestVintage,
  exitHref,
  exitLabel,
  newerData,
}: {
  deck: Deck;
  latestVintage: string;
  exitHref: string;
  exitLabel: string;
  /** The pinned and the current data version, when the deck is pinned to an older one (else null). */
  newerData: Pick<DataPinBanner, "pinned" | "current" | "interestScoresKept"> | null;
}) {
  const hydrated = useHydrated();
  const count = deck.slides.length;
  const { index, goTo, run, latest, showNotes } = useSlideNavigation(count);
  const slideRefs = useRef<(HTMLElement | null)[]>([]);
  const rootRef = useRef<HTMLDivElement>(null);
  const controlsRef = useRef<HTMLDivElement>(null);
  const focusSlide = useRef(false);
  const [isFullscreen, setIsFullscreen] = useState(false);
  const [fullscreenMessage, setFullscreenMessage] = useState<string | null>(null);
  const current = deck.slides[index]!;
  const dataAsOf = formatCalendarDate(deck.dataAsOf);
  const address = deckAddress(deck, latestVintage);
  const notesToggleHref = presentHref(address, { slide: index + 1, notes: !showNotes });
  const notesWindowHref = presentHref(address, { path: "/present/notes", slide: index + 1 });
  const currentFiguresHref = presentHref({ ...address, dataVersion: undefined }, { slide: index + 1, notes: showNotes });

  const post = useDeckChannel(deckChannelName(address), (message, reply) => {
    if (message.type === "go") goTo(message.index);
    else if (message.type === "hello") reply({ type: "slide", index: latest.current.index });
  });

  useSlideKeys((command, fromOutsideControls) => {
    focusSlide.current = fromOutsideControls;
    run(command);
  }, controlsRef);

  // Tell the notes window; move focus to the new slide when it was on the page rather than on the controls
  // (or would otherwise be left on a hidden slide).
  const shownIndex = useRef(index);
  useEffect(() => {
    post({ type: "slide", index });
    if (!hydrated || shownIndex.current === index) return;
    shownIndex.current = index;
    const active = document.activeElement;
    const lostFocus =
      active === document.body ||
      (active instanceof HTMLElement && active.closest(".slide") !== null && active.closest(".slide") !== slideRefs.current[index]);
    if (focusSlide.current || lostFocus) slideRefs.current[index]?.focus({ preventScroll: true });
    focusSlide.current = false;
  }, [index, hydrated, post]);

  // Fit the slide on screen: shrink its type in steps (down to 55%) while it is taller than the window less
  // the bar. Phones scroll instead. Runs after each move, on resize and on entering or leaving full screen.
  const fitSlide = useEffectEvent(() => {
    const root = rootRef.current;
    const bar = controlsRef.current;
    const slide = slideRefs.current[latest.current.index];
    if (!root || !bar || !slide) return;
    root.style.setProperty("--bar-height", `${bar.offsetHeight}px`);
    slide.style.removeProperty("--fit");
    const frame = slide.querySelector<HTMLElement>(".slide__frame");
    if (!frame || window.innerWidth < 640) return;
    let fit = 1;
    while (frame.offsetHeight > parseFloat(getComputedStyle(frame).minHeight) + 1 && fit > 0.55) {
      fit = Math.round((fit - 0.05) * 100) / 100;
      slide.style.setProperty("--fit", String(fit));
    }
  });

  useEffect(() => {
    if (hydrated) fitSlide();
  }, [index, hydrated, showNotes]);

  useEffect(() => {
    const onFullscreen = () => {
      setIsFullscreen(document.fullscreenElement !== null && document.fullscreenElement === rootRef.current);
      // The new size applies after the transition's layout.
      requestAnimationFrame(() => fitSlide());
    };
    const onResize = () => fitSlide();
    document.addEventListener("fullscreenchange", onFullscreen);
    window.addEventListener("resize", onResize);
    return () => {
      document.removeEventListener("fullscreenchange", onFullscreen);
      window.removeEventListener("resize", onResize);
    };
  }, []);

  async function toggleFullscreen() {
    if (document.fullscreenElement) {
      await document.exitFullscreen().catch(() => undefined);
      return;
    }
    const element = rootRef.current;
    if (!element || !document.fullscreenEnabled || typeof element.requestFullscreen !== "function") {
      setFullscreenMessage(FULLSCREEN_FALLBACK);
      return;
    }
    try {
      await element.requestFullscreen();
      setFullscreenMessage(null);
    } catch {
      setFullscreenMessage(FULLSCREEN_FALLBACK);
    }
  }

  function openNotesWindow(event: MouseEvent<HTMLAnchorElement>) {
    const opened = window.open(notesWindowHref, "career-atlas-speaker-notes", "popup,width=960,height=720");
    // A blocked pop-up falls back to the link's own target (a new tab).
    if (opened) event.preventDefault();
  }

  return (
    <div
      ref={rootRef}
      className={`present ${hydrated ? "present--deck" : "present--long"}${showNotes ? " present--notes-shown" : ""}${isFullscreen ? " present--fullscreen" : ""}`}
    >
      <div ref={controlsRef} className="present-bar">
        <h1 className="present-bar__title">
          <span className="visually-hidden">Presenting: </span>
          {deck.title}
        </h1>
        {hydrated ? (
          <div className="present-bar__nav" role="group" aria-label="Slide navigation">
            <button
              type="button"
              className="present-button"
              onClick={() => goTo(index - 1)}
              disabled={index === 0}
              aria-keyshortcuts="ArrowLeft PageUp"
            >
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
            <button
              type="button"
              className="present-button"
              onClick={() => goTo(index + 1)}
              disabled={index === count - 1}
              aria-keyshortcuts="ArrowRight PageDown Space"
            >
              Next <span aria-hidden="true">→</span>
            </button>
            <button type="button" className="present-button" onClick={toggleFullscreen} aria-pressed={isFullscreen}>
              {isFullscreen ? "Exit full screen" : "Full screen"}
            </button>
          </div>
        ) : (
          <p className="present-bar__count">{count} slides</p>
        )}
        <ul className="present-bar__links">
          <li>
            <Link to={notesToggleHref} replace preventScrollReset>
              {showNotes ? "Hide speaker notes" : "Show speaker notes"}
            </Link>
          </li>
          <li>
            <a href={notesWindowHref} target="career-atlas-speaker-notes" onClick={hydrated ? openNotesWindow : undefined}>
              Notes window
            </a>
          </li>
          <li>
            <Link to={exitHref}>{exitLabel}</Link>
          </li>
        </ul>
        {newerData ? (
          <p className="present-bar__pin" data-testid="present-newer-data">
            These slides show data version {newerData.pinned.tag} loaded {formatCalendarDate(newerData.pinned.loadedAt)}. Newer data exists
            (version {newerData.current.tag}, loaded {formatCalendarDate(newerData.current.loadedAt)}):{" "}
            <Link to={currentFiguresHref}>present the current figures</Link>.
            {newerData.interestScoresKept === false
              ? " That version was loaded before Career Atlas kept each version’s O*NET interest scores, so these slides match careers on O*NET’s current scores."
              : null}
          </p>
        ) : null}
        {fullscreenMessage ? (
          <p className="present-bar__message" role="status">
            {fullscreenMessage}
          </p>
        ) : null}
      </div>

      {hydrated ? (
        <p className="present-help">Keys: → / Page Down / Space next, ← / Page Up / Shift+Space back, Home first, End last.</p>
      ) : (
        <nav className="present-toc" aria-label="Slides">
          <ol>
            {deck.slides.map((slide) => (
              <li key={slide.id}>
                <a href={`#${slide.id}`}>{slide.title}</a>
              </li>
            ))}
          </ol>
        </nav>
      )}

      <div className="present-slides">
        {deck.slides.map((slide, i) => (
          <SlideView
            key={slide.id}
            ref={(el) => {
              slideRefs.current[i] = el;
            }}
            slide={slide}
            total={count}
            dataAsOf={dataAsOf}
            dataVersion={deck.pinnedDataVersion}
            showNotes={showNotes}
            hidden={hydrated && i !== index}
            current={hydrated && i === index}
          />
        ))}
      </div>
    </div>
  );
}
