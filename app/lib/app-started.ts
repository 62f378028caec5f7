/*
 * Whether the app's entry (app/entry.client.tsx) has run. A page's first load evaluates its route modules before the
 * entry (React Router's inline module script imports them, then the entry), so code at a route module's top level
 * that finds this false runs for the first load, and true for an in-app navigation. Nothing on the server sets it.
 */
let started = false;

/** Called once, first thing, by app/entry.client.tsx. */
export function markAppStarted() {
  started = true;
}

export function appHasStarted(): boolean {
  return started;
}
