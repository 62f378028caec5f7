import { z } from "zod";
import { vintageParam } from "~/features/periods/params.server";
import { dataPinQueryShape } from "~/features/data-pin/params.server";
import { MAX_PICKED_SKILLS } from "~/features/explore/explorer-address";
import { INTEREST_AREA_IDS } from "~/features/explore/interests";

/**
 * /explore/skills: the skills picked so far, in order (`have`, repeated: the "add a skill" box uses the same
 * name, so a plain GET form adds one), which careers to rank (tech, the default, or every occupation), the
 * projection period, and `data=<tag>` to pin the outlook figures to a data version.
 */
export const skillsExplorerQuerySchema = z.object({
  have: z
    .array(z.string().trim().max(100, { error: "each skill name must be at most 100 characters" }))
    .max(MAX_PICKED_SKILLS + 1, { error: `pick at most ${MAX_PICKED_SKILLS} skills` })
    .optional(),
  scope: z.enum(["tech", "all"], { error: "must be tech (tech careers) or all (every occupation)" }).optional(),
  vintage: vintageParam,
  ...dataPinQueryShape,
});
export type SkillsExplorerQuery = z.infer<typeof skillsExplorerQuerySchema>;

/** /explore/interests: the areas picked (`like`, repeated, the checkboxes' name), the projection period and `data=<tag>`. */
export const interestsExplorerQuerySchema = z.object({
  // As the page writes them, in lower case; "Investigative" typed by hand is read the same.
  like: z
    .array(
      z
        .string()
        .toLowerCase()
        .pipe(z.enum(INTEREST_AREA_IDS, { error: `must be one of: ${INTEREST_AREA_IDS.join(", ")}` })),
    )
    .optional(),
  vintage: vintageParam,
  ...dataPinQueryShape,
});
export type InterestsExplorerQuery = z.infer<typeof interestsExplorerQuerySchema>;
