import { useState } from "react";

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
 * A line with a button that copies `text` to the clipboard and says so in a live region ("Copied"). It is in the server
 * HTML, so nothing below it moves when the page hydrates, but shown only where script runs (`.scripted-only`, app.css):
 * without JavaScript it could do nothing, and `text` stays on the page (in the element `selectId`) to copy by hand.
 * When the browser refuses the clipboard (a denied permission, an insecure origin), that element's text is selected
 * instead and the live region says to press Ctrl+C.
 */
export function CopyButton({ text, selectId, label = "Copy link" }: { text: string; selectId: string; label?: string }) {
  const [outcome, setOutcome] = useState<Outcome>(null);

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
    <p className="copy-button scripted-only">
      <button type="button" className="copy-button__button" onClick={() => void copy()}>
        {label}
      </button>{" "}
      <span role="status" aria-live="polite" className="copy-button__status">
        {outcome ? MESSAGES[outcome] : ""}
      </span>
    </p>
  );
}
