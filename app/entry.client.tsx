import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { HydratedRouter } from "react-router/dom";
import { listenToTermNotes } from "~/features/glossary/term-notes.client";
import { markAppStarted } from "~/lib/app-started";
import { listenToSourceNotes } from "~/features/sources/source-notes.client";

markAppStarted();
listenToSourceNotes(document);
listenToTermNotes(document);

startTransition(() => {
  hydrateRoot(
    document,
    <StrictMode>
      <HydratedRouter />
    </StrictMode>,
  );
});
