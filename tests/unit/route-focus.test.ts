import { NavigationType } from "react-router";
import { describe, expect, it } from "vitest";
import { routeArrival } from "~/ui/route-focus";

const NAVIGATION_TYPES = [NavigationType.Push, NavigationType.Replace, NavigationType.Pop];
const page = { pathChanged: false, samePathAgain: false, remounted: false, focusMovedByPage: false, errorShown: false, errorBefore: false };

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
  // Issue 15: the map's "Open the whole skills map" under the error view of a bad ?technology= (same path, another query)
  // rendered the map in place of the view; the focused link went with the view, and the focus fell to <body>.
  it("treats the page that replaces an error view on the same path as another page", () => {
    const afterError = { ...page, samePathAgain: true, errorBefore: true };
    for (const navigationType of [NavigationType.Push, NavigationType.Replace])
      expect(routeArrival({ ...afterError, navigationType })).toBe("focus-page");
    expect(routeArrival({ ...afterError, navigationType: NavigationType.Pop })).toBe("announce-title");
    expect(routeArrival({ ...afterError, navigationType: NavigationType.Push, focusMovedByPage: true })).toBe("announce-title");
  });
  it("leaves the page after an error view alone on a jump to a fragment, and an error view after another in place focused", () => {
    for (const navigationType of NAVIGATION_TYPES) {
      expect(routeArrival({ ...page, errorBefore: true, navigationType })).toBe("nothing");
      expect(routeArrival({ ...page, samePathAgain: true, errorBefore: true, errorShown: true, navigationType })).toBe("focus-page");
    }
  });
  // Issue 15: an error the root's boundary took (a route lookup that failed: React Router's /__manifest answered by
  // something else) rendered the whole layout anew, route focus with it, which took that for a page load and moved
  // nothing: the focus fell to <body>, and the same when a navigation gave the page back.
  it("focuses the error view of a layout mounted anew after the app started, however it came", () => {
    for (const navigationType of NAVIGATION_TYPES)
      for (const focusMovedByPage of [false, true])
        expect(routeArrival({ ...page, remounted: true, errorShown: true, navigationType, focusMovedByPage })).toBe("focus-page");
  });
  it("treats a page in a layout mounted anew (the root's error view let go) as another page", () => {
    expect(routeArrival({ ...page, remounted: true, navigationType: NavigationType.Push })).toBe("focus-page");
    expect(routeArrival({ ...page, remounted: true, navigationType: NavigationType.Pop })).toBe("announce-title");
    expect(routeArrival({ ...page, remounted: true, navigationType: NavigationType.Push, focusMovedByPage: true })).toBe("announce-title");
  });
});

// Issue 15: a first in-app visit to /roles/x#skills, whose section is in a deferred part (ADR 026) not rendered yet,
// left the focus on the page's heading and the page at its top, for good.
