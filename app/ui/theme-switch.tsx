import { useSyncExternalStore } from "react";
import { chooseTheme, shownTheme, type Theme } from "~/lib/theme";

const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const system = window.matchMedia("(prefers-color-scheme: dark)");
  system.addEventListener("change", listener);
  return () => {
    listeners.delete(listener);
    system.removeEventListener("change", listener);
  };
}

/**
 * The header's light/dark switch: one toggle button, pressed while the page is dark. It is in the server HTML (so the
 * header never shifts) but shown only where script runs (app.css: `html[data-scripted]`), since it works through
 * script; without script the page follows the system's setting. It looks pressed through CSS (the theme's own colours),
 * so it is right from the first paint, before hydration sets aria-pressed.
 */
export function ThemeSwitch() {
  // The server and the hydration render say "light"; the browser's snapshot follows right after.
  const theme = useSyncExternalStore<Theme>(subscribe, shownTheme, () => "light");
  const dark = theme === "dark";
  return (
    <button
      type="button"
      className="theme-switch"
      aria-pressed={dark}
      onClick={() => {
        chooseTheme(dark ? "light" : "dark");
        for (const listener of listeners) listener();
      }}
    >
      Dark theme
    </button>
  );
}
