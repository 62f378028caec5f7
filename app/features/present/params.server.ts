import { data } from "react-router";
import { z } from "zod";
import { withQueryStats } from "~/lib/db.server";
import { getPresentation } from "~/features/present/queries.server";
import { compareQuerySchema } from "~/features/compare/params.server";
import { dataPinQueryShape, pinnedVersionFromTag, resolveDataPin } from "~/features/data-pin/params.server";
import { publicPageHeaders } from "~/lib/http.server";
import { parseSearchParams } from "~/lib/params.server";
import { readProjectionPeriod, vintageParam } from "~/features/periods/params.server";
import { MAX_COMPARED_ROLES, MIN_COMPARED_ROLES } from "~/features/compare/role-comparison";
import { interestsExplorerQuerySchema, skillsExplorerQuerySchema } from "~/features/explore/params.server";
import { presentExplorerList } from "~/features/present/explorer-presentation.server";
import { SLUG_PATTERN } from "~db/schema/enums";
import { socLineOf } from "~/features/occupations/params.server";
import { noDataLoaded } from "~/lib/http.server";
import { ALL_OCCUPATIONS_CODE } from "~/features/compare/occupation-comparison.server";

/**
 * The presenter's URL state (also the notes window's):
 * - what to present, one of: `role=<slug>` for one role, `roles=a,b[,c,d]` for a comparison (the compare page's
 *   format), with `occupations=15-1252,29-1141` when it compares BLS occupations too (or only them: 2 to 4 items in
 *   all, as on /compare; docs/decisions/016), or a student's explorer list: `explore=skills` with the skills explorer's `have=` (repeated) and
 *   `scope=`, or `explore=interests` with the interests explorer's `like=` (repeated);
 * - `vintage=` one of the loaded projection periods (default: the newest; one that is not loaded is a 400 naming them);
 * - `slide=` 1-based; past the last slide shows the last one (a deck can shrink when the data changes);
 * - `notes=1` shows the speaker notes below each slide;
 * - `data=<tag>` pins the figures to a data version, as on the profile and the comparison (docs/decisions/008).
 * Anything else malformed is a 400 naming the parameter; an unknown role, occupation code or data version is a 404.
 */
export const presentQuerySchema = z
  .object({
    role: z
      .string()
      .max(80, "is too long for a role address")
      .regex(SLUG_PATTERN, "use lower-case letters, digits and hyphens, as in back-end-developer")
      .optional(),
    roles: compareQuerySchema.shape.roles,
    occupations: compareQuerySchema.shape.occupations,
    explore: z.enum(["skills", "interests"], { error: "must be skills or interests (the explorer list to present)" }).optional(),
    have: skillsExplorerQuerySchema.shape.have,
    scope: skillsExplorerQuerySchema.shape.scope,
    like: interestsExplorerQuerySchema.shape.like,
    vintage: vintageParam,
    slide: z.coerce
      .number({ error: "must be a slide number such as 3" })
      .int("must be a whole slide number such as 3")
      .min(1, "starts at 1 (the title slide)")
      .max(999, "is far past the last slide")
      .optional(),
    notes: z.enum(["1", "0"], { error: "use 1 to show the speaker notes, or leave it out" }).optional(),
    ...dataPinQueryShape,
  })
  .check((ctx) => {
    const { role, roles, occupations, explore } = ctx.value;
    const problem = (path: string, message: string) => ctx.issues.push({ code: "custom", input: ctx.value, path: [path], message });
    const have = (ctx.value.have ?? []).filter((name) => name !== "");
    if (explore && (role || roles.length > 0 || occupations.length > 0)) {
      problem("explore", "present either an explorer list (explore=) or a comparison (role=, roles= or occupations=), not both");
    } else if (!explore && (have.length > 0 || ctx.value.scope || ctx.value.like)) {
      problem("explore", "have=, scope= and like= belong to an explorer list: add explore=skills or explore=interests");
    } else if (explore === "skills" && ctx.value.like) {
      problem("like", "belongs to explore=interests; a skills list takes have=");
    } else if (explore === "interests" && (ctx.value.have || ctx.value.scope)) {
      problem("have", "have= and scope= belong to explore=skills; an interests list takes like=");
    } else if (explore === "skills" && have.length === 0) {
      problem("have", "name the skills of the list to present, as in explore=skills&have=Python&have=SQL");
    } else if (explore === "interests" && !ctx.value.like?.length) {
      problem("like", "name the interest areas of the list to present, as in explore=interests&like=investigative");
    } else if (explore) {
      return;
    } else if (role && roles.length > 0) {
      problem("role", "use either role= (one role) or roles= (a comparison), not both");
    } else if (role && occupations.length > 0) {
      problem(
        "role",
        "a comparison with occupations lists its roles as roles=, as /compare does: roles=software-engineer&occupations=29-1141",
      );
    } else if (!role && roles.length === 0 && occupations.length === 0) {
      problem(
        "role",
        "name what to present: role=back-end-developer for one role, roles=back-end-developer,data-scientist for a comparison (with occupations=29-1141 for BLS occupations), or explore=skills&have=Python for a skills list",
      );
    } else if (occupations.length > 0) {
      const distinct = new Set(roles).size + new Set(occupations.map((code) => socLineOf(code) ?? code)).size;
      if (distinct < MIN_COMPARED_ROLES) {
        problem(
          "occupations",
          `a comparison needs ${MIN_COMPARED_ROLES} to ${MAX_COMPARED_ROLES} different roles and occupations; this one lists ${distinct}`,
        );
      } else if (distinct > MAX_COMPARED_ROLES) {
        problem("occupations", `lists ${distinct} roles and occupations; a comparison shows at most ${MAX_COMPARED_ROLES}`);
      }
    } else if (!role) {
      const distinct = new Set(roles).size;
      if (distinct < MIN_COMPARED_ROLES) {
        problem("roles", `a comparison needs ${MIN_COMPARED_ROLES} to ${MAX_COMPARED_ROLES} different roles; for one role use role=`);
      } else if (distinct > MAX_COMPARED_ROLES) {
        problem("roles", `lists ${distinct} roles; a comparison shows at most ${MAX_COMPARED_ROLES}`);
      }
    }
  });

export type PresentQuery = z.infer<typeof presentQuerySchema>;

/**
 * The loader of /present and /present/notes: parse the address, read the loaded periods, build the deck (14
 * queries in all; 13 for a pinned comparison), answer with the public page headers. Unknown roles are a 404 naming them; a pinned deck shows
 * the archived figures, its footers name the version, and `newerData` says when a newer version exists (the
 * banner's two versions, without its list of changes). Malformed `data=`: 400; unknown version: 404.
 */
export async function loadPresentation(request: Request) {
  const url = new URL(request.url);
  const query = parseSearchParams(url, presentQuerySchema);
  if (query.explore) return presentExplorerList(request, query);
  const slugs = query.role ? [query.role] : [...new Set(query.roles)];
  // An O*NET code stands for the BLS line it is filed under, as on /compare (the schema let only such codes through).
  const occupations = [...new Set(query.occupations.map((code) => socLineOf(code) ?? code))];
  const { result, ms, queries } = await withQueryStats(async () => {
    const { period, periods } = await readProjectionPeriod(query.vintage);
    const { vintage, growthBands } = period;
    const presentation = await getPresentation({ slugs, occupations, vintage, growthBands, dataVersion: pinnedVersionFromTag(query.data) });
    return { ...presentation, latestVintage: periods.latest };
  });
  if (!result.found && (result.unknownSlugs.length > 0 || result.unknownOccupations.length > 0)) {
    throw new Response(unknownItemsMessage(result.unknownSlugs, result.unknownOccupations), { status: 404, statusText: "Not Found" });
  }
  const { current, banner } = resolveDataPin(result.dataPin, url);
  if (!result.found) throw noDataLoaded();
  return data(
    {
      deck: result.deck,
      latestVintage: result.latestVintage,
      newerData: banner ? { pinned: banner.pinned, current: banner.current } : null,
    },
    { headers: publicPageHeaders({ request, dataVersionTag: current.tag, dbMs: ms, queries }) },
  );
}

/** The 404's words for roles and occupation codes we do not have, each named as the address gives it. */
function unknownItemsMessage(slugs: readonly string[], codes: readonly string[]): string {
  const quoted = (items: readonly string[]) => items.map((item) => `“${item}”`).join(", ");
  const parts = [
    slugs.length === 1 ? `no role at the address ${quoted(slugs)}` : slugs.length > 1 ? `no roles at the addresses ${quoted(slugs)}` : null,
    codes.length === 1
      ? `no occupation with the code ${quoted(codes)}`
      : codes.length > 1
        ? `no occupations with the codes ${quoted(codes)}`
        : null,
  ].filter((part) => part !== null);
  const total = codes.includes(ALL_OCCUPATIONS_CODE)
    ? ` ${ALL_OCCUPATIONS_CODE} is all occupations together: every comparison shows it already.`
    : "";
  const hint =
    codes.length > 0
      ? " Codes are BLS's SOC 2018 codes, such as 15-1252 (Software developers); every occupation is listed at /occupations."
      : "";
  return `We have ${parts.join(" and ")}, so there is nothing to present.${total}${hint}`;
}
