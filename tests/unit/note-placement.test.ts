import { describe, expect, it } from "vitest";
import { NOTE_MARGIN, noteRoom, noteShift, type Span } from "~/features/sources/note-placement";

// A keyboard pass (issue 15): on a phone a figure's source note hung from the figure's left edge, 288 px (18rem) wide,
// so at 390×844 the note of "+7.5%" on /roles/back-end-developer spanned x 211–499: its text cut off and the page
// scrolling sideways (7 of the profile's 13 figures). In the comparison's table, which scrolls sideways, the frame
// cut notes off. What would break: a note left past the screen's or the frame's edge, or a note that fits moved away
// from its figure.

const span = (left: number, width: number): Span => ({ left, right: left + width });
const NOTE_WIDTH = 288;

describe("a source note's room", () => {
  it("is the viewport less the margin a side, within any frame that cuts off the figure's overflow", () => {
    expect(noteRoom(390)).toEqual({ left: NOTE_MARGIN, right: 390 - NOTE_MARGIN });
    // The comparison's .table-scroll at 390 px: 1 px border inside x 16–374.
    expect(noteRoom(390, [{ left: 17, right: 373 }])).toEqual({ left: 17, right: 373 });
    // A frame wider than the screen (a table scrolled sideways inside another) leaves the viewport's edges.
    expect(
      noteRoom(360, [
        { left: -200, right: 900 },
        { left: 17, right: 343 },
      ]),
    ).toEqual({ left: 17, right: 343 });
  });
});

describe("moving a source note into its room", () => {
  it("moves a note that ran off the right edge back onto the screen, as measured at 360, 390 and 412 px", () => {
    // "+7.5%" in the quick facts' right column, and "+3.1%" late in the growth sentence at 360 px.
    for (const [viewport, left] of [
      [390, 211],
      [360, 196],
      [360, 247],
      [412, 222],
    ] as const) {
      const note = span(left, NOTE_WIDTH);
      const shift = noteShift(note, noteRoom(viewport));
      expect(shift).toBeLessThan(0);
      expect(note.right + shift).toBe(viewport - NOTE_MARGIN);
      expect(note.left + shift).toBeGreaterThanOrEqual(NOTE_MARGIN);
    }
  });

  it("leaves a note that fits under its figure", () => {
    expect(noteShift(span(28, NOTE_WIDTH), noteRoom(390))).toBe(0);
    expect(noteShift(span(89, NOTE_WIDTH), noteRoom(390))).toBe(0); // right edge at 377, 13 px to spare
  });

  it("moves a note that starts left of the room to the right", () => {
    // A figure in the comparison's table half scrolled out at the frame's left (x -22).
    expect(noteShift(span(-22, NOTE_WIDTH), noteRoom(390, [{ left: 17, right: 373 }]))).toBe(39);
  });

  it("keeps the start of a note wider than its room in the room, where its text begins", () => {
    const room = { left: 17, right: 200 };
    const note = span(150, NOTE_WIDTH);
    expect(note.left + noteShift(note, room)).toBe(17);
  });
});
