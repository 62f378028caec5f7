import { z } from "zod";
import { MAX_QUERY_LENGTH } from "~/features/search/search";

/**
 * The `q` parameter of /search and /api/titles. Surrounding whitespace is dropped (whitespace-only = no
 * search); longer than MAX_QUERY_LENGTH is a 400 with this message (the search box's maxLength stops a
 * person from typing more, so only a hand-made URL gets here). Repeated `q`: the last one wins.
 */
export const titleSearchParams = z.object({
  q: z.string().trim().max(MAX_QUERY_LENGTH, `a search can be at most ${MAX_QUERY_LENGTH} characters long`).default(""),
});
