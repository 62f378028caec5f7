import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { HydratedRouter } from "react-router/dom";
import { listenToTermNotes } from "~/features/glossary/term-notes.client";
import { listenToSourceNotes } from "~/features/sources/source-notes.client";

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
