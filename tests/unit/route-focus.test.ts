import { NavigationType } from "react-router";
import { describe, expect, it } from "vitest";
import { routeArrival } from "~/ui/route-focus";

describe("routeArrival: what follows an in-app navigation", () => {
  it("moves the focus to another page reached by a link, a form or a redirect", () => {
    for (const navigationType of [NavigationType.Push, NavigationType.Replace])
      expect(routeArrival({ pathChanged: true, navigationType, focusMovedByPage: false })).toBe("focus-page");
  });
  it("says the title, and leaves the focus, on back and forward", () => {
    expect(routeArrival({ pathChanged: true, navigationType: NavigationType.Pop, focusMovedByPage: false })).toBe("announce-title");
  });
  it("leaves a focus the page moved itself, and says the title", () => {
    expect(routeArrival({ pathChanged: true, navigationType: NavigationType.Push, focusMovedByPage: true })).toBe("announce-title");
  });
  it("does nothing when only the query or the fragment changed", () => {
    for (const navigationType of [NavigationType.Push, NavigationType.Replace, NavigationType.Pop])
      for (const focusMovedByPage of [false, true])
        expect(routeArrival({ pathChanged: false, navigationType, focusMovedByPage })).toBe("nothing");
  });
});
