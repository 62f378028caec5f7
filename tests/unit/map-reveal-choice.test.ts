import { describe, expect, it } from "vitest";
import { planReveal, type Box, type RevealInput } from "~/features/map/reveal-choice";

// A fresh-eyes pass (issue 15): on a phone (390×844), choosing a role in "The map as lists" put the focus panel above
// the list while the browser kept the tapped link still, so the panel ("Paths through Back-End Developer") was 7,500 px
// above the screen and the chosen node ~8,000 px up and off the right of the diagram's frame. What would break: a
// choice left off-screen, the page scrolled when the choice is already in view, or a keyboard's focus scrolled away.

const phone = { width: 390, height: 844 };
const box = (top: number, left: number, height: number, width: number): Box => ({
  top,
  bottom: top + height,
  left,
  right: left + width,
});
/** The diagram's frame on a phone: 358 px shown of a 1,048 px diagram, with a 1 px border. */
const frame = (top: number, scrollLeft = 0): NonNullable<RevealInput["frame"]> => ({
  box: box(top, 16, 2000, 358),
  scrollLeft,
  clientWidth: 356,
  scrollWidth: 1048,
  borderLeft: 1,
});

describe("bringing a chosen node into view", () => {
  it("scrolls to the focus panel after a tap in the lists left both it and the node off-screen, and the frame to the node", () => {
    // As measured at 390×844 after tapping Back-End Developer in the lists: the node at x 373, 356 px into the diagram.
    const plan = planReveal({
      viewport: phone,
      node: box(-8170, 373, 34, 243),
      frame: frame(-8900),
      panelHeading: box(-7480, 39, 65, 312),
      scrollPage: true,
    });
    expect(plan.toPanel).toBe(true);
    // The node's right edge (356 + 243 = 599 px into the diagram) shown, with 16 px to spare.
    expect(plan.frameLeft).toBe(599 - 356 + 16);
  });

  it("leaves the page where it is when the panel's heading or the node is on screen", () => {
    const offRight = box(-1331, 373, 34, 243);
    expect(
      planReveal({ viewport: phone, node: offRight, frame: frame(-2000), panelHeading: box(92, 39, 65, 312), scrollPage: true }),
    ).toEqual({
      toPanel: false,
      frameLeft: 259,
    });
    const nodeInView = planReveal({
      viewport: phone,
      node: box(400, 130, 34, 243),
      frame: frame(0, 243),
      panelHeading: box(1454, 39, 65, 312),
      scrollPage: true,
    });
    expect(nodeInView).toEqual({ toPanel: false, frameLeft: null });
  });

  it("keeps a keyboard's choice on screen: the frame follows, the page does not scroll", () => {
    const plan = planReveal({
      viewport: phone,
      node: box(-8170, 373, 34, 243),
      frame: frame(-8900),
      panelHeading: box(-7480, 39, 65, 312),
      scrollPage: false,
    });
    expect(plan).toEqual({ toPanel: false, frameLeft: 259 });
  });

  it("scrolls the frame back to a node left of what it shows, and never past its ends", () => {
    // The frame scrolled to the right column; Python is at the left edge of the diagram.
    expect(
      planReveal({ viewport: phone, node: box(300, 17 + 12 - 690, 34, 290), frame: frame(0, 690), panelHeading: null, scrollPage: true })
        .frameLeft,
    ).toBe(0);
    // A node wider than the frame shows its left edge (its name).
    const wide = planReveal({
      viewport: phone,
      node: box(300, 17 + 600 - 0, 34, 500),
      frame: frame(0, 0),
      panelHeading: null,
      scrollPage: true,
    });
    expect(wide.frameLeft).toBe(600 - 16);
    // At the right end of the diagram the frame stops at its last position.
    const last = planReveal({
      viewport: phone,
      node: box(300, 17 + 1000, 34, 48),
      frame: frame(0, 0),
      panelHeading: null,
      scrollPage: true,
    });
    expect(last.frameLeft).toBe(1048 - 356);
  });

  it("does nothing for a node the filters leave off the diagram, or when there is no panel", () => {
    expect(planReveal({ viewport: phone, node: null, frame: null, panelHeading: box(-3000, 39, 65, 312), scrollPage: true })).toEqual({
      toPanel: true,
      frameLeft: null,
    });
    expect(planReveal({ viewport: phone, node: null, frame: null, panelHeading: null, scrollPage: true })).toEqual({
      toPanel: false,
      frameLeft: null,
    });
  });
});
