import { NavigationType } from "react-router";
import { describe, expect, it } from "vitest";
import { routeArrival } from "~/ui/route-focus";
import { LATE_TARGET_MS, takesLateFocus } from "~/ui/late-target";

const NAVIGATION_TYPES = [NavigationType.Push, NavigationType.Replace, NavigationType.Pop];
const page = { pathChanged: false, samePathAgain: false, focusMovedByPage: false, errorShown: false };

describe("routeArrival: what follows an in-app navigation", () => {
  it("moves the focus to another page reached by a link, a form or a redirect", () => {
    for (const navigationType of [NavigationType.Push, NavigationType.Replace])
      expect(routeArrival({ ...page, pathChanged: true, navigationType })).toBe("focus-page");
  });
  it("says the title, and leaves the focus, on back and forward", () => {
    expect(routeArrival({ ...page, pathChanged: true, navigationType: NavigationType.Pop })).toBe("announce-title");
  });
  it("leaves a focus the page moved itself, and says the title", () => {
    expect(routeArrival({ ...page, pathChanged: true, navigationType: NavigationType.Push, focusMovedByPage: true })).toBe(
      "announce-title",
    );
  });
  it("does nothing when only the query or the fragment changed", () => {
    for (const samePathAgain of [false, true])
      for (const navigationType of NAVIGATION_TYPES)
        for (const focusMovedByPage of [false, true])
          expect(routeArrival({ ...page, samePathAgain, navigationType, focusMovedByPage })).toBe("nothing");
  });
  // Issue 15: a filter answered 400 (or a form answered 429) showed the error view in place of the page; the focus fell
  // to <body> with the form it was in, and a screen reader said nothing.
  it("focuses the heading of an error view shown in place of the page on the same path, however it came", () => {
    for (const navigationType of NAVIGATION_TYPES)
      for (const focusMovedByPage of [false, true])
        expect(routeArrival({ ...page, samePathAgain: true, errorShown: true, navigationType, focusMovedByPage })).toBe("focus-page");
  });
  it("leaves an error view alone on a jump to a fragment and on the first render (a page load of a bad address)", () => {
    for (const navigationType of NAVIGATION_TYPES)
      expect(routeArrival({ ...page, samePathAgain: false, errorShown: true, navigationType })).toBe("nothing");
  });
  it("treats an error view on another path as any other page", () => {
    expect(routeArrival({ ...page, pathChanged: true, errorShown: true, navigationType: NavigationType.Push })).toBe("focus-page");
    expect(routeArrival({ ...page, pathChanged: true, errorShown: true, navigationType: NavigationType.Pop })).toBe("announce-title");
  });
});

// Issue 15: a first in-app visit to /roles/x#skills, whose section is in a deferred part (ADR 026) not rendered yet,
// left the focus on the page's heading and the page at its top, for good.
describe("takesLateFocus: a fragment's target that comes with a deferred part after the arrival", () => {
  it("takes the focus when it comes within the wait, the reader still on the heading", () => {
    expect(takesLateFocus({ targetFound: true, readerMoved: false, elapsedMs: 0 })).toBe(true);
    expect(takesLateFocus({ targetFound: true, readerMoved: false, elapsedMs: LATE_TARGET_MS - 1 })).toBe(true);
  });
  it("waits 2 to 3 s at most: a target that comes later leaves the heading focused", () => {
    expect(LATE_TARGET_MS).toBeGreaterThanOrEqual(2_000);
    expect(LATE_TARGET_MS).toBeLessThanOrEqual(3_000);
    expect(takesLateFocus({ targetFound: true, readerMoved: false, elapsedMs: LATE_TARGET_MS })).toBe(false);
  });
  it("never takes the focus from a reader who moved on (focused elsewhere, or scrolled)", () => {
    expect(takesLateFocus({ targetFound: true, readerMoved: true, elapsedMs: 100 })).toBe(false);
  });
  it("does nothing for a part that does not hold the target", () => {
    expect(takesLateFocus({ targetFound: false, readerMoved: false, elapsedMs: 100 })).toBe(false);
  });
});
