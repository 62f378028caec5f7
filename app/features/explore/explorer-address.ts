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
