import { useEffect, useLayoutEffect, useRef, useState } from "react";
import { NavigationType, useLocation, useNavigationType } from "react-router";
import { renewDismissableNotes } from "~/lib/notes-renewal";
import { ERROR_HEADING_ID } from "~/ui/error-boundary";

/** What to do once another page has rendered in place (an in-app navigation), before anything else moves the focus. */
export type RouteArrival = "focus-page" | "announce-title" | "nothing";

/**
 * A page load puts the focus at the top of the new document and a screen reader reads it out. An in-app navigation
 * renders the new page without either: the focus stays on the link that was clicked (or falls to <body> when that
 * link is gone), and nothing is said. So, after another page (another path) is shown:
 * - by a link, a form or a redirect, the focus goes to the page's heading, as after a load, and a screen reader reads
 *   it;
 * - by the browser's back or forward buttons, the focus stays and the page's title is read out, since the page is
 *   scrolled back to where the reader was and a focus at the top would send the next Tab there;
 * - when the page itself moved the focus in an effect as it rendered (a page that knows better), that focus stays,
 *   and the title is read out.
 * A change of the query or the fragment alone (a filter, a sort, the map's focus, a contents link) is the same page:
 * those keep their own focus rules and status lines. Except for an error view (`errorShown`) in place of the page
 * after a change of the query, or a form sent to the same address (a bad filter answered 400, a 429): the form or link
 * the reader used went with the page, and nothing said what happened, so the focus goes to the error's heading,
 * however the view came (it is short, and at the top). And the page that replaces an error view on the same path
 * (`errorBefore`: the map's "Open the whole skills map" after a bad technology) arrives as another page would: the
 * focus was in the view that went. A layout mounted anew (`remounted`: the root's error boundary took the page, or gave
 * it back, and rendered everything again) arrives likewise, its error view's heading focused however it came.
 */
export function routeArrival({
  pathChanged,
  samePathAgain,
  remounted,
  navigationType,
  focusMovedByPage,
  errorShown,
  errorBefore,
}: {
  pathChanged: boolean;
  /** The same path asked for again: another query, or the same address anew (a form sent to it); not a fragment alone. */
  samePathAgain: boolean;
  /** This component's first render, after an earlier one in this document had been shown (not the page load). */
  remounted: boolean;
  navigationType: NavigationType;
  focusMovedByPage: boolean;
  /** An error view (GeneralErrorBoundary's) is on the page now. */
  errorShown: boolean;
  /** An error view was on the page before this navigation. */
  errorBefore: boolean;
}): RouteArrival {
  if (errorShown && (remounted || (samePathAgain && !pathChanged))) return "focus-page";
  if (!(pathChanged || remounted || (samePathAgain && errorBefore))) return "nothing";
  if (navigationType === NavigationType.Pop || focusMovedByPage) return "announce-title";
  return "focus-page";
}

/**
 * Where the focus goes on arrival: the element the address's fragment names, else the page's heading, else <main>. An
 * error view's own heading whatever the fragment. A target not there yet (a section in a deferred part whose chunk is
 * on its way) is not waited for: the heading has the focus (ADR 027).
 */
function arrivalTarget(hash: string, errorShown: boolean): HTMLElement | null {
  if (errorShown) return document.getElementById(ERROR_HEADING_ID) ?? pageHeading();
  const id = fragmentId(hash);
  return (id ? document.getElementById(id) : null) ?? pageHeading();
}

/** The id a fragment names; none for a malformed one ("#50%"), which gets the heading, as without one. */
function fragmentId(hash: string): string {
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return "";
  }
}

/** What the focus goes to when a fragment names nothing: the page's heading, else <main>. */
function pageHeading(): HTMLElement | null {
  return document.querySelector<HTMLElement>("main h1") ?? document.querySelector<HTMLElement>("main");
}

function focusWithoutScrolling(element: HTMLElement) {
  // A heading is not focusable by itself: it is made so for this once, and stops being so when the focus leaves, so
  // Tab never stops on it. The scroll stays as the router set it (the top, or the fragment's target).
  if (element.tabIndex < 0 && !element.hasAttribute("tabindex")) {
    element.setAttribute("tabindex", "-1");
    element.addEventListener("blur", () => element.removeAttribute("tabindex"), { once: true });
  }
  element.focus({ preventScroll: true });
}

/**
 * Whether a RouteFocus has been on screen in this document. One mounted after that came with the whole layout rendered
 * anew: when the root's error boundary (app/root.tsx) takes an error, React Router renders `<Layout>` around the error
 * view under another element than the page's, so React mounts the layout (this component with it) again, and again when
 * a navigation lets the error go. Read when the component first renders, and set only in an effect: StrictMode's second
 * run of the effects sees what the first saw, and the server, which runs no effect, always renders a first time.
 */
let shownInThisDocument = false;

/**
 * Moves the focus, or says the page's title, after an in-app navigation (routeArrival), and renews the glossary and
 * source notes (renewDismissableNotes). Rendered once, in the root layout; its live region is empty until a navigation
 * has something to say.
 */
export function RouteFocus() {
  const location = useLocation();
  const navigationType = useNavigationType();
  // The location shown, and whether it showed an error view (read after its effects).
  const shown = useRef({ location, errorShown: false });
  const [remounted] = useState(shownInThisDocument);
  const shownPage = useRef(location.pathname + location.search);
  const focusBeforePageEffects = useRef<Element | null>(null);
  const liveRegion = useRef<HTMLDivElement>(null);

  // Every layout effect runs before any passive effect: what has the focus here is what the navigation left (the
  // clicked link, or <body>), not what a page's useEffect chose. A page that moved the focus in a layout effect (this
  // runs after those of <main>, its earlier sibling) would be taken for none and overridden; no page does (ADR 027).
  // And before the new page is painted, another path or query ends the old page's note dismissals (a query alone, only
  // where a host's text changed; a #hash jump stays on the page; hydration changes nothing the reader sees).
  useLayoutEffect(() => {
    focusBeforePageEffects.current = document.activeElement;
    const page = location.pathname + location.search;
    if (shownPage.current === page) return;
    shownPage.current = page;
    // `shown` is still the location before this navigation: the passive effect below moves it on.
    renewDismissableNotes(document, shown.current.location.pathname === location.pathname ? "query" : "path");
  }, [location.key, location.pathname, location.search]);

  // Passive effects run in tree order, and this sits after <main>: by now the new page's own effects have run.
  useEffect(() => {
    shownInThisDocument = true;
    const { location: before, errorShown: errorBefore } = shown.current;
    const errorShown = !!document.getElementById(ERROR_HEADING_ID);
    shown.current = { location, errorShown };
    const arrival = routeArrival({
      pathChanged: before.pathname !== location.pathname,
      // A new entry (the first run has none), not a fragment alone: in-page anchors keep the key "default" (root.tsx).
      samePathAgain: before.key !== location.key && (before.search !== location.search || before.hash === location.hash),
      // Only the first run of this component (StrictMode's second one included): it has shown nothing before.
      remounted: remounted && before === location,
      navigationType,
      focusMovedByPage: document.activeElement !== focusBeforePageEffects.current,
      errorShown,
      errorBefore,
    });
    if (arrival === "focus-page") {
      // The title said after an earlier back or forward would stay at the end of the page, stale.
      liveRegion.current?.replaceChildren();
      const target = arrivalTarget(location.hash, errorShown);
      if (target) focusWithoutScrolling(target);
    } else if (arrival === "announce-title") {
      // The title is read a frame later: after back or forward, the new location could be committed a render before
      // the new <title> (route-focus.spec.ts said the page left behind, 1 run in 6). A new node for each announcement,
      // so the same title said twice (there and back) is read twice; React renders no children here to lose.
      const region = liveRegion.current;
      const frame = requestAnimationFrame(() => {
        const said = document.createElement("p");
        said.textContent = document.title;
        region?.replaceChildren(said);
      });
      return () => cancelAnimationFrame(frame);
    }
  }, [location, navigationType, remounted]);

  return <div ref={liveRegion} className="visually-hidden" aria-live="polite" aria-atomic="true" data-route-announcer="" />;
}
