import type { MapFocus } from "~/features/map/map-graph";

/**
 * After a node is chosen from the lists or the focus panel, what comes into view. On a phone the diagram is 2,000 px
 * above the lists and three times the screen's width, and choosing a role in "The map as lists" inserts the focus
 * panel above the list: the browser keeps the tapped link still, so neither the chosen node nor its paths were on
 * screen (a fresh-eyes pass, issue 15). Choices made in the diagram need nothing: the node is where it was tapped.
 */

/** A box in viewport coordinates (getBoundingClientRect). */
export interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface RevealInput {
  viewport: { width: number; height: number };
  /** The chosen node in the diagram, and the sideways-scrolling frame it is drawn in (none when the filters hide it). */
  node: Box | null;
  frame: { box: Box; scrollLeft: number; clientWidth: number; scrollWidth: number; borderLeft: number } | null;
  /** The focus panel's heading ("Paths through Back-End Developer"). */
  panelHeading: Box | null;
  /**
   * Whether the page may scroll: a choice made by pointer or touch. A keyboard's choice keeps the page where it is,
   * so the link that has the keyboard focus stays on screen; the status line announces the choice.
   */
  scrollPage: boolean;
}

export interface RevealPlan {
  /** The frame's new scrollLeft, so that the chosen node is inside it; null: leave the frame as it is. */
  frameLeft: number | null;
  /** Scroll the page to the focus panel (its heading at the top); false: the choice is already in view. */
  toPanel: boolean;
}

/** Room kept between the node and the frame's edge, in CSS pixels. */
const FRAME_MARGIN = 16;

const inViewVertically = (box: Box, viewport: RevealInput["viewport"]) => box.top >= 0 && box.bottom <= viewport.height;

/**
 * The smallest sideways scroll of the frame that shows the whole node (its left edge first when it is wider than
 * the frame), and a scroll of the page to the focus panel only when neither the panel's heading nor the node is
 * in view.
 */
export function planReveal({ viewport, node, frame, panelHeading, scrollPage }: RevealInput): RevealPlan {
  let frameLeft: number | null = null;
  if (node && frame) {
    // The node's edges in the frame's scrolled content, and the part of it the frame shows.
    const origin = frame.box.left + frame.borderLeft - frame.scrollLeft;
    const nodeLeft = node.left - origin;
    const nodeRight = node.right - origin;
    const shownRight = frame.scrollLeft + frame.clientWidth;
    if (nodeLeft < frame.scrollLeft || nodeRight > shownRight) {
      const showRight = nodeRight - frame.clientWidth + FRAME_MARGIN;
      const showLeft = nodeLeft - FRAME_MARGIN;
      const wanted = nodeLeft < frame.scrollLeft ? showLeft : Math.min(showRight, showLeft);
      const target = Math.round(Math.min(Math.max(0, wanted), Math.max(0, frame.scrollWidth - frame.clientWidth)));
      if (target !== frame.scrollLeft) frameLeft = target;
    }
  }
  const panelInView = panelHeading !== null && inViewVertically(panelHeading, viewport);
  const nodeInView = node !== null && inViewVertically(node, viewport);
  return { frameLeft, toPanel: scrollPage && panelHeading !== null && !panelInView && !nodeInView };
}

/** Follows planReveal in the page, smoothly unless the reader asks for reduced motion. Never moves the keyboard focus. */
export function revealChoice(focus: MapFocus, { scrollPage }: { scrollPage: boolean }): void {
  const node = document.querySelector(`svg.map-svg [data-node="${CSS.escape(`${focus.type}:${focus.slug}`)}"]`);
  const frame = node?.closest<HTMLElement>(".map-frame") ?? null;
  const heading = document.getElementById("map-focus-title");
  const plan = planReveal({
    viewport: { width: window.innerWidth, height: window.innerHeight },
    node: node ? node.getBoundingClientRect() : null,
    frame: frame
      ? {
          box: frame.getBoundingClientRect(),
          scrollLeft: frame.scrollLeft,
          clientWidth: frame.clientWidth,
          scrollWidth: frame.scrollWidth,
          borderLeft: frame.clientLeft,
        }
      : null,
    panelHeading: heading ? heading.getBoundingClientRect() : null,
    scrollPage,
  });
  const behavior: ScrollBehavior = window.matchMedia("(prefers-reduced-motion: reduce)").matches ? "auto" : "smooth";
  if (frame && plan.frameLeft !== null) frame.scrollTo({ left: plan.frameLeft, behavior });
  if (plan.toPanel) heading?.closest("section")?.scrollIntoView({ block: "start", behavior });
}
