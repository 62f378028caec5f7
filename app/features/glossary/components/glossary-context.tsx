import { createContext, type ReactNode } from "react";
import type { GlossaryDefinition } from "~/features/glossary/glossary-terms";

/*
 * The page's glossary definitions, for the sections inside the provider to mark terms with (defined-terms.tsx). Kept
 * apart from the marking code so a page whose marked sections load later (the role profile's deferred parts) does not
 * carry that code in its first load.
 */
export const GlossaryContext = createContext<readonly GlossaryDefinition[] | null>(null);

/** Gives the sections inside it the glossary, to mark terms with their definitions. */
export function GlossaryProvider({ definitions, children }: { definitions: readonly GlossaryDefinition[]; children: ReactNode }) {
  return <GlossaryContext.Provider value={definitions}>{children}</GlossaryContext.Provider>;
}
