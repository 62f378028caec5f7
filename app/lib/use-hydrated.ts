import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * False during the server render and hydration, true afterwards: gate browser-only UI (charts) on it. Call it in the
 * smallest component that needs it: once hydration is done, React renders the caller again synchronously (a store's
 * update is never time-sliced), and a whole page's components rendered again in one long task.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
