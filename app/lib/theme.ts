/**
 * The colour theme (ADR 021): the page follows the system's light or dark setting (CSS prefers-color-scheme) unless the
 * reader chose the other one with the header's switch, which is remembered in this browser (localStorage) and set as
 * `<html data-theme>` by a tiny inline script in the <head>, before the first paint (no flash of the other theme). The
 * server's HTML is the same for every reader, so the page cache (ADR 006) needs no variant per theme.
 */
export type Theme = "light" | "dark";

export const THEME_STORAGE_KEY = "career-atlas-theme";

/**
 * Runs in the <head> before anything is painted (authorised by the request's nonce, or by its hash in a cached
 * replay): applies a remembered theme, and marks the document as scripted so the switch shows (it can do nothing
 * without JavaScript). Storage can throw (disabled cookies, some private modes): the system's theme then applies.
 */
export const THEME_SCRIPT = `(function(d){try{var t=localStorage.getItem("${THEME_STORAGE_KEY}");if(t==="light"||t==="dark")d.dataset.theme=t}catch(e){}d.dataset.scripted=""})(document.documentElement)`;

/** The theme the system asks for. */
export function systemTheme(): Theme {
  return window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}

/** The theme the page shows: the reader's choice, or else the system's. */
export function shownTheme(): Theme {
  const chosen = document.documentElement.dataset.theme;
  return chosen === "light" || chosen === "dark" ? chosen : systemTheme();
}

/**
 * Shows `theme` and remembers it; a choice equal to the system's is forgotten instead, so the page follows the system
 * again (switching the system to dark later then darkens the page too).
 */
export function chooseTheme(theme: Theme): void {
  const root = document.documentElement;
  const followsSystem = theme === systemTheme();
  if (followsSystem) delete root.dataset.theme;
  else root.dataset.theme = theme;
  try {
    if (followsSystem) localStorage.removeItem(THEME_STORAGE_KEY);
    else localStorage.setItem(THEME_STORAGE_KEY, theme);
  } catch {
    // Not remembered (storage refused): the choice still holds on this page.
  }
}
