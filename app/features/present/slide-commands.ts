/** Moving through a deck from the keyboard: shared by the presenter and the speaker-notes window. */

export type SlideCommand = "next" | "previous" | "first" | "last";

/**
 * What a key press does in the presenter: arrows, Page Up / Page Down (presentation clickers send these),
 * space and shift+space, Home and End. Keys with Ctrl, Alt or Meta belong to the browser.
 */
export function slideCommandForKey(event: {
  key: string;
  shiftKey?: boolean;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
}): SlideCommand | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  switch (event.key) {
    case "ArrowRight":
    case "ArrowDown":
    case "PageDown":
      return "next";
    case "ArrowLeft":
    case "ArrowUp":
    case "PageUp":
      return "previous";
    case " ":
    case "Spacebar":
      return event.shiftKey ? "previous" : "next";
    case "Home":
      return "first";
    case "End":
      return "last";
    default:
      return null;
  }
}

/** The 0-based index a command leads to; it stops at the first and the last slide (no wrapping). */
export function applySlideCommand(index: number, count: number, command: SlideCommand): number {
  if (count < 1) return 0;
  switch (command) {
    case "next":
      return Math.min(index + 1, count - 1);
    case "previous":
      return Math.max(index - 1, 0);
    case "first":
      return 0;
    case "last":
      return count - 1;
  }
}
