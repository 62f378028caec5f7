import { useState } from "react";
import { useHydrated } from "~/lib/use-hydrated";

type Outcome = "copied" | "selected" | null;

const MESSAGES: Record<NonNullable<Outcome>, string> = {
  copied: "Copied",
  selected: "Could not copy automatically: the link is selected, press Ctrl+C (⌘C on a Mac) to copy it.",
};

/** Selects the contents of the element `id`, so the reader can copy them with the keyboard. */
function selectContents(id: string): void {
  const element = document.getElementById(id);
  const selection = window.getSelection();
  if (!element || !selection) return;
  const range = document.createRange();
  range.selectNodeContents(element);
  selection.removeAllRanges();
  selection.addRange(range);
}

/**
 * A line with a button that copies `text` to the clipboard and says so in a live region ("Copied"). It appears only
 * once the page is hydrated: without JavaScript it could do nothing, and `text` stays on the page (in the element
 * `selectId`) to copy by hand. When the browser refuses the clipboard (a denied permission, an insecure origin), that
 * element's text is selected instead and the live region says to press Ctrl+C.
 */
export function CopyButton({ text, selectId, label = "Copy link" }: { text: string; selectId: string; label?: string }) {
  const hydrated = useHydrated();
  const [outcome, setOutcome] = useState<Outcome>(null);
  if (!hydrated) return null;

  async function copy() {
    // Cleared first, so a second copy is announced again.
    setOutcome(null);
    try {
      await navigator.clipboard.writeText(text);
      setOutcome("copied");
    } catch {
      selectContents(selectId);
      setOutcome("selected");
    }
  }

  return (
    <p className="copy-button">
      <button type="button" className="copy-button__button" onClick={() => void copy()}>
        {label}
      </button>{" "}
      <span role="status" aria-live="polite" className="copy-button__status">
        {outcome ? MESSAGES[outcome] : ""}
      </span>
    </p>
  );
}
