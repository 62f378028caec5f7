import { z } from "zod";
import { CAREER_CLUSTERS, SKILL_KINDS, SLUG_PATTERN } from "~db/schema/enums";
import type { MapFilters, MapFocus } from "~/features/map/map-graph";
import { parseFocus } from "~/features/map/map-graph";
import { MAX_SLUG_LENGTH, parseSearchParams } from "~/lib/params.server";

const oneOf = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { message: `must be one of: ${values.join(", ")}` });

/**
 * URL state of /map. `hot=1` keeps only skills with an O*NET Hot Technology or In Demand flag (without it,
 * skills a source names a hot or future skill for a role are on the map too); `focus` is `skill:<slug>` or
 * `role:<slug>`; `technology` is the slug of an O*NET technology (its /technologies/:slug address) the map starts
 * from instead of one node.
 */
export const mapQuerySchema = z
  .object({
    kind: oneOf(SKILL_KINDS).optional(),
    cluster: oneOf(CAREER_CLUSTERS).optional(),
    hot: z.enum(["0", "1"], { message: "must be 1 (only O*NET hot and in-demand skills) or 0" }).optional(),
    focus: z
      .string()
      .max(100, "is too long")
      .refine((value) => parseFocus(value) !== null, "must be skill:<slug> or role:<slug>, e.g. skill:python or role:back-end-developer")
      .optional(),
    technology: z
      .string()
      .max(MAX_SLUG_LENGTH, "is too long")
      .regex(SLUG_PATTERN, "must be a technology's address, e.g. python or microsoft-excel (see /technologies)")
      .optional(),
  })
  .refine((query) => !(query.focus && query.technology), {
    path: ["technology"],
    message: "cannot be combined with “focus”: the map starts from one technology or focuses on one node",
  });

/** Parses the /map URL; bad input throws a 400 Response naming the parameter. */
export function readMapQuery(request: Request): { filters: MapFilters; focus: MapFocus | null; technology: string | null } {
  const query = parseSearchParams(new URL(request.url), mapQuerySchema);
  return {
    filters: { kind: query.kind, cluster: query.cluster, onetOnly: query.hot === "1" },
    focus: parseFocus(query.focus),
    technology: query.technology ?? null,
  };
}
