import { z } from "zod";
import { vintageParam } from "~/features/periods/params.server";
import { SLUG_PATTERN } from "~db/schema/enums";

/** /paths URL state: the projection period (kept on every link; checked against the loaded ones) and the "you are here" picker. */
export const laddersQuerySchema = z.object({
  vintage: vintageParam,
  /** The "you are here" picker (a GET form, so it works without JavaScript): sends the reader to that role's ladder. */
  role: z
    .string()
    .trim()
    .max(80, "a role address is at most 80 characters long")
    .regex(SLUG_PATTERN, "must be a role address like 'back-end-developer'")
    .optional(),
});
