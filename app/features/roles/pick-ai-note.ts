import type { AiNote } from "~/features/roles/role-profile";

/**
 * The one note a summary (a slide, a handout) shows for an AI-impact layer: a note about the role or its
 * occupation before one about the whole economy, a finding before a method caveat; the given order breaks ties.
 * The layers themselves are never merged: call it once per layer.
 */
export function pickAiNote(notes: readonly AiNote[]): AiNote | null {
  const rank = (note: AiNote) => (note.scope === "economy" ? 2 : 0) + (note.aspect === "method_caveat" ? 1 : 0);
  // Array.prototype.sort is stable, so notes of the same rank keep their order.
  return [...notes].sort((a, b) => rank(a) - rank(b))[0] ?? null;
}
