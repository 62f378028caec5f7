import { listTitles } from "~/lib/list-titles";

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
  // A pinned address always names its period (ADR 008): the latest is another once BLS's next period loads.
  if (state.vintage !== latest || state.data) params.set("vintage", state.vintage);
  if (state.data) params.set("data", state.data);
  const text = params.toString();
  return text ? `/explore/skills?${text}` : "/explore/skills";
}

/** The address of an interests view: the areas in the order picked, the period unless the newest, and its data pin. */
export function interestsHref(ids: readonly string[], vintage: string, latest: string, data?: string): string {
  const params = new URLSearchParams();
  for (const id of ids) params.append("like", id);
  if (vintage !== latest || data) params.set("vintage", vintage);
  if (data) params.set("data", data);
  const text = params.toString();
  return text ? `/explore/interests?${text}` : "/explore/interests";
}

/**
 * A name as the skills box read it (SkillReading, queries.server.ts): what was typed, the skill it was read as when known,
 * and the name offered for it when unknown.
 */
type TypedName =
  | { input: string; status: "exact" | "contained"; pick: { name: string } }
  | { input: string; status: "unknown"; suggestion: string | null };

/**
 * The skills of a "did you mean" link: every name as typed, in order, known or not, with the suggestion put in place of
 * the unknown name at `accept` (its index in `readings`), or of every unknown name that has one ("all"). A link built
 * from the names read alone fixed its own typo and dropped every other unknown name, with its suggestion (a tester's
 * pass: "pyhton", "sql", "exel" → Python offered `?have=SQL&have=Python`). Each skill once: a suggestion already on the
 * list (Python picked, "pyhton" typed too), or taken for an earlier typo, replaces its typo by nothing, and a name typed
 * twice is kept once (a student's pass: "Did you mean Python?" led to `?have=Python&have=Python`).
 */
export function namesWithSuggestions(readings: readonly TypedName[], accept: number | "all"): string[] {
  const seen = new Set<string>();
  return readings.flatMap((reading, i) => {
    const taken = reading.status === "unknown" && reading.suggestion !== null && (accept === "all" || accept === i);
    const name = taken ? reading.suggestion! : reading.input;
    // What the name stands for: the skill it was read as, the suggestion taken, or the unknown name as typed.
    const key = (reading.status === "unknown" ? name : reading.pick.name).toLowerCase();
    if (seen.has(key)) return [];
    seen.add(key);
    return [name];
  });
}

/** Whether a suggestion is already one of the skills picked (the student typed it right elsewhere in the list). */
export function alreadyPicked(picks: readonly { name: string }[], name: string): boolean {
  return picks.some((p) => p.name.toLowerCase() === name.toLowerCase());
}

/** The list of skills as one render showed it: the names picked and what was typed, in order. */
export interface SkillsShown {
  picked: readonly string[];
  typed: readonly string[];
}

/**
 * What a screen reader hears, politely, when the list of skills changes without a page load (JavaScript on): what was
 * added or removed, a name not known with its "did you mean", then the skills now picked. Empty when nothing changed.
 * A sighted student sees the chip appear; the status line says it for one who cannot (issue 14's explorer, a student's
 * pass: after Enter the page gave no sign that Python was added, and the focus left the box).
 */
export function skillsChangeText(
  before: SkillsShown,
  after: SkillsShown & { unknown: readonly { input: string; suggestion: string | null }[] },
): string {
  const added = after.picked.filter((name) => !before.picked.includes(name));
  const removed = before.picked.filter((name) => !after.picked.includes(name));
  const unknown = after.unknown.filter((u) => !before.typed.includes(u.input));
  const parts = [
    ...(added.length > 0 ? [`Added ${listTitles(added)}.`] : []),
    ...(removed.length > 0 ? [`Removed ${listTitles(removed)}.`] : []),
    ...unknown.map(
      (u) =>
        `No skill called “${u.input}” is known${
          !u.suggestion
            ? "."
            : alreadyPicked(
                  after.picked.map((name) => ({ name })),
                  u.suggestion,
                )
              ? `; ${u.suggestion} is already on your list.`
              : `; did you mean ${u.suggestion}?`
        }`,
    ),
  ];
  if (added.length > 0 || removed.length > 0)
    parts.push(after.picked.length > 0 ? `Your skills: ${listTitles(after.picked)}.` : "No skills picked.");
  return parts.join(" ");
}
