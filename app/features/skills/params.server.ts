import { z } from "zod";
import { MAX_SKILL_QUERY_LENGTH, SKILL_KINDS } from "~/features/skills/skills";

/** The skills catalogue's URL state. Anything else is a 400 naming the parameter and what it accepts. */
export const skillsQuerySchema = z.object({
  kind: z.enum(SKILL_KINDS, { error: `use one of ${SKILL_KINDS.join(", ")}, or leave it out for every kind` }).optional(),
  hot: z.enum(["1"], { error: "use hot=1 to show only skills marked hot or in demand, or leave it out" }).optional(),
  q: z.string().trim().max(MAX_SKILL_QUERY_LENGTH, `a search can be at most ${MAX_SKILL_QUERY_LENGTH} characters long`).optional(),
});
