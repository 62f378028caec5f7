import { Link, useLocation, useNavigate } from "react-router";
import { useEffect, useRef, type MouseEvent, type ReactNode } from "react";
import { parseFocus, type MapFocus } from "~/features/map/map-graph";
import { revealChoice } from "~/features/map/reveal-choice";

/** The id of the focused-paths panel: links without JavaScript jump to it after the page reloads. */
export const FOCUS_PANEL_ID = "map-focus";

/** How a FocusLink's choice was made, in its navigation's state: a keyboard's Enter clicks with no pointer. */
interface FocusChoice {
  choseBy: "pointer" | "keyboard";
}

/** The map's address with a focus (or none): the page's own filters stay. */
export type FocusHref = (focus: MapFocus | null) => string;

/**
 * A link that focuses the map on a node. Without JavaScript it loads the focused page and jumps to the focused
 * paths (the href carries #map-focus); with it, a plain click replaces the URL in place, without the jump and
 * without reloading the map data, and the page brings the choice into view (useRevealChoice). The href is the same
 * before and after hydration, so the hundreds of these links on the page need no second render once the page is
 * interactive. Clicks with a modifier key (a new tab) keep the browser's behaviour.
 */
export function FocusLink({
  focus,
  current,
  children,
  className,
  focusHref,
}: {
  focus: MapFocus | null;
  current?: boolean;
  children: ReactNode;
  className?: string;
  focusHref: FocusHref;
}) {
  const navigate = useNavigate();
  const href = focusHref(focus);
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (!focus || event.button !== 0 || event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    const state: FocusChoice = { choseBy: event.detail > 0 ? "pointer" : "keyboard" };
    navigate(href, { replace: true, preventScrollReset: true, state });
  };
  return (
    <Link
      to={focus ? `${href}#${FOCUS_PANEL_ID}` : href}
      replace
      preventScrollReset
      className={className}
      aria-current={current ? "true" : undefined}
      onClick={onClick}
    >
      {children}
    </Link>
  );
}

/**
 * After a FocusLink's choice (in the lists or the focus panel), brings it into view once the page shows it
 * (revealChoice: the node inside the diagram's frame and, for a tap or click, the focus panel when neither is on
 * screen). Never on the page's first render (a reload keeps the history entry's state) or for a choice made in the
 * diagram itself; the keyboard focus stays where it is.
 */
export function useRevealChoice(): void {
  const location = useLocation();
  const revealedKey = useRef(location.key);
  useEffect(() => {
    const choseBy = (location.state as FocusChoice | null)?.choseBy;
    const focus = parseFocus(new URLSearchParams(location.search).get("focus"));
    if (revealedKey.current === location.key || !choseBy || !focus) return;
    revealedKey.current = location.key;
    // Two frames: by then the browser has kept the tapped link still while the focus panel appeared above it (scroll
    // anchoring), so what is on screen is what the reader sees.
    let second = 0;
    const first = requestAnimationFrame(() => {
      second = requestAnimationFrame(() => revealChoice(focus, { scrollPage: choseBy === "pointer" }));
    });
    return () => {
      cancelAnimationFrame(first);
      cancelAnimationFrame(second);
    };
  }, [location]);
}
