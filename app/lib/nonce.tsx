import { createContext, useContext } from "react";

/** The per-request CSP nonce, provided by entry.server.tsx; undefined in the browser (not needed there). */
const NonceContext = createContext<string | undefined>(undefined);
export const NonceProvider = NonceContext.Provider;
export const useNonce = () => useContext(NonceContext);
