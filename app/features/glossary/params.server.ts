import { z } from "zod";
import { MAX_GLOSSARY_QUERY_LENGTH } from "~/features/glossary/glossary-terms";

/** The glossary's URL state. Anything else is a 400 naming the parameter and what it accepts. */
export const glossaryQuerySchema = z.object({
  q: z.string().trim().max(MAX_GLOSSARY_QUERY_LENGTH, `a search can be at most ${MAX_GLOSSARY_QUERY_LENGTH} characters long`).optional(),
});
