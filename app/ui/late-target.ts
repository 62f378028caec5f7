import { focusWithoutScrolling, fragmentId, pageHeading } from "~/ui/route-focus";

/*
 * The focus after an in-app navigation to an address whose fragment names a section in a deferred part (ADR 026) not
 * rendered yet (a first visit to `/roles/x#skills` in the app, the part's chunk still on its way): route-focus.tsx
 * found no target and focused the page's heading, and the router left the page at its top. When the part renders, it
 * calls focusLateTarget, which moves the focus to the target and scrolls to it, as the browser does for a fragment:
 * if the heading still has the focus, the page was not scrolled since, and within LATE_TARGET_MS of the arrival. Here,
 * in the code of the pages with deferred parts, and not in route-focus.tsx, which every page loads (ADR 027).
 */

/** How long after the arrival a late target still takes the focus (a deferred chunk on a slow line). */
export const LATE_TARGET_MS = 3_000;

/**
 * Whether a fragment's target that a deferred part has just rendered takes the focus: not once the reader has moved
 * on (the focus left the heading, or the page was scrolled), nor after LATE_TARGET_MS (the heading keeps the focus).
 */
export function takesLateFocus({
  targetFound,
  readerMoved,
  elapsedMs,
}: {
  targetFound: boolean;
  readerMoved: boolean;
  elapsedMs: number;
}): boolean {
  return targetFound && !readerMoved && elapsedMs < LATE_TARGET_MS;
}

/** When, and at what scroll, the page holding a deferred part was shown (the part's first effect, after the router's). */
export interface PartArrival {
  at: number;
  top: number;
}

/** Called by a deferred part once it has rendered in the browser (app/ui/deferred-part.tsx). */
export function focusLateTarget(arrival: PartArrival): void {
  const id = fragmentId(location.hash);
  const target = id ? document.getElementById(id) : null;
  // What route-focus.tsx focuses when the fragment names nothing: only it makes the heading focusable.
  const heading = pageHeading();
  const takes = takesLateFocus({
    targetFound: target !== null,
    readerMoved: heading === null || document.activeElement !== heading || scrollY !== arrival.top,
    elapsedMs: performance.now() - arrival.at,
  });
  if (!takes || !target) return;
  target.scrollIntoView();
  focusWithoutScrolling(target);
}
