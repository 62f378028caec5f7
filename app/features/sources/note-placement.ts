/**
 * Where a figure's source note sits. The note hangs below its figure from the figure's left edge, up to 18rem wide;
 * on a phone a figure in the right column of the quick facts, or late in a sentence, put it past the screen's right
 * edge (at 390×844 "+7.5%" on a role profile put it at x 211–499: its text cut off and the page scrolling
 * sideways, 7 of the profile's 13 figures), and a figure in a table that scrolls sideways (compare, a skill's
 * roles) had its note cut off by the table's frame. Issue 15: no page scrolls sideways at 360–412 px.
 */

/** A horizontal extent in viewport coordinates (CSS pixels), as getBoundingClientRect gives it. */
export interface Span {
  left: number;
  right: number;
}

/** Room kept between a note and the viewport's edges, in CSS pixels (the CSS caps the note's width to leave it). */
export const NOTE_MARGIN = 8;

/**
 * The room a note may take: the viewport less NOTE_MARGIN a side, within every frame around the figure that cuts off
 * what overflows it (a table's sideways-scrolling frame).
 */
export function noteRoom(viewportWidth: number, frames: readonly Span[] = [], margin = NOTE_MARGIN): Span {
  return {
    left: Math.max(margin, ...frames.map((frame) => frame.left)),
    right: Math.min(viewportWidth - margin, ...frames.map((frame) => frame.right)),
  };
}

/**
 * How far to move a note sideways (CSS pixels, negative to the left) so that it lies inside the room, given where it
 * would sit unmoved. A note that fits stays under its figure (0). One wider than the room keeps its start, where its
 * text begins, in the room.
 */
export function noteShift(note: Span, room: Span): number {
  let shift = 0;
  if (note.right > room.right) shift = room.right - note.right;
  if (note.left + shift < room.left) shift = room.left - note.left;
  return shift;
}
