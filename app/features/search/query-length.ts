/**
 * Longest search we accept, in UTF-16 code units (what the input's maxLength counts). The search box cannot
 * type more; a longer `q` in a hand-made URL is answered with 400 and a message, not silently cut.
 *
 * A module of its own: the header's search box (in every page's first load, through the root) needs only this, and
 * importing it from search.ts brought that module's match descriptions, the role labels and the citation helpers
 * into the shell chunk of every page (vite.config.ts, `clientChunks`).
 */
export const MAX_QUERY_LENGTH = 100;
