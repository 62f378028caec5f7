/** At most this many skills in one list (the form stops offering the box at this many). */
export const MAX_PICKED_SKILLS = 20;

/** Skills still to learn named per career (the rest are counted). */
export const MISSING_SHOWN = 4;

/**
 * The address of a skills-explorer view: the skills in the order picked, then what differs from the defaults
 * (tech careers, the newest period) and the data version it is pinned to, so each view has one address to share.
 */
export function explorerHref(
  state: { have: readonly string[]; scope: "tech" | "all"; vintage: string; data?: string },
  latest: string,
): string {
  const params = new URLSearchParams();
  for (const name of state.have) params.append("have", name);
  if (state.scope !== "tech") params.set("scope", state.scope);
  if (state.vintage !== latest) params.set("vintage", state.vintage);
  if (state.data) params.set("data", state.data);
  const text = params.toString();
  return text ? `/explore/skills?${text}` : "/explore/skills";
}

/** The address of an interests view: the areas in the order picked, the period unless the newest, and its data pin. */
export function interestsHref(ids: readonly string[], vintage: string, latest: string, data?: string): string {
  const params = new URLSearchParams();
  for (const id of ids) params.append("like", id);
  if (vintage !== latest) params.set("vintage", vintage);
  if (data) params.set("data", data);
  const text = params.toString();
  return text ? `/explore/interests?${text}` : "/explore/interests";
}

/** A name as the skills box read it (SkillReading, queries.server.ts): what was typed, and the name offered for it when unknown. */
type TypedName = { input: string; status: "exact" | "contained" } | { input: string; status: "unknown"; suggestion: string | null };

/**
 * The skills of a "did you mean" link: every name as typed, in order, known or not, with the suggestion put in place of
 * the unknown name at `accept` (its index in `readings`), or of every unknown name that has one ("all"). A link built
 * from the names read alone fixed its own typo and dropped every other unknown name, with its suggestion (a tester's
 * pass: "pyhton", "sql", "exel" → Python offered `?have=SQL&have=Python`).
 */
export function namesWithSuggestions(readings: readonly TypedName[], accept: number | "all"): string[] {
  return readings.map((reading, i) =>
    reading.status === "unknown" && reading.suggestion !== null && (accept === "all" || accept === i) ? reading.suggestion : reading.input,
  );
}
