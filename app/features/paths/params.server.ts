import { z } from "zod";
import { PROJECTION_VINTAGES } from "~/features/roles/role-profile";
import { LATEST_PROJECTION_VINTAGE, SLUG_PATTERN } from "~db/schema/enums";

/** /paths URL state: the projection period and the "you are here" picker. */
export const laddersQuerySchema = z.object({
  vintage: z
    .enum(PROJECTION_VINTAGES, {
      error: `use one of ${PROJECTION_VINTAGES.join(", ")}, or leave it out for the latest projections (${LATEST_PROJECTION_VINTAGE})`,
    })
    .default(LATEST_PROJECTION_VINTAGE),
  /** The "you are here" picker (a GET form, so it works without JavaScript): sends the reader to that role's ladder. */
  role: z
    .string()
    .trim()
    .max(80, "a role address is at most 80 characters long")
    .regex(SLUG_PATTERN, "must be a role address like 'back-end-developer'")
    .optional(),
});
