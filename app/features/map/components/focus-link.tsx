import { Link, useNavigate } from "react-router";
import type { MouseEvent, ReactNode } from "react";
import type { MapFocus } from "~/features/map/map-graph";

/** The id of the focused-paths panel: links without JavaScript jump to it after the page reloads. */
export const FOCUS_PANEL_ID = "map-focus";

/** The map's address with a focus (or none): the page's own filters stay. */
export type FocusHref = (focus: MapFocus | null) => string;

/**
 * A link that focuses the map on a node. Without JavaScript it loads the focused page and jumps to the focused
 * paths (the href carries #map-focus); with it, a plain click replaces the URL in place, without the jump and
 * without reloading the map data. The href is the same before and after hydration, so the hundreds of these
 * links on the page need no second render once the page is interactive. Clicks with a modifier key (a new tab)
 * keep the browser's behaviour.
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
    navigate(href, { replace: true, preventScrollReset: true });
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
