import type { DataVersion } from "~/features/data-pin/data-version.server";
import { slugWords, type RoleNotFoundData, type RoleSuggestion } from "~/features/roles/role-not-found";
import { answerTitleSearch, type RoleResultView, type TitleSearchAnswer } from "~/features/search/search-page.server";
import { isDatabaseUnavailable } from "~/lib/db.server";
import { slugParam } from "~/lib/params.server";

/**
 * More roles than this answering the address's words is no answer to offer ("data" is four roles' words): the search
 * box, filled with the words, lists them all.
 */
export const MAX_SUGGESTED_ROLES = 3;

/** Where a suggested role leads: the same kind of page as the address asked for (`/paths/<slug>`, its handout …). */
export type SuggestionHref = (slug: string) => string;

/**
 * The 404 of a role's address that is no role (and no other name of one, which the routes redirect): the message,
 * with the address's words and the roles the title search answers them with (ADR 007, amended 2026-12-07), as JSON,
 * which React Router hands the error view as the error's data (RoleNotFoundSearch). Still a 404: the address is not a
 * role, and a guess is offered, never followed. `dataVersion` is the current version the page read (the search then
 * costs no query). A database that fails meanwhile leaves the suggestion out, never the 404.
 */
export async function roleNotFound({
  slug,
  message,
  href,
  dataVersion,
}: {
  slug: string;
  message: string;
  href: SuggestionHref;
  dataVersion?: Pick<DataVersion, "tag">;
}): Promise<Response> {
  const words = slugWords(slug);
  const found = words ? await suggestRoles(words, { href, dataVersion }) : NONE;
  const body: RoleNotFoundData = { message, words, ...found };
  return Response.json(body, { status: 404, statusText: "Not Found" });
}

/**
 * A role route's `:slug`, or its 404 (slugParam's message) with the words and suggestions: "frontend_developer" is no
 * slug, but reads as one's words.
 */
export async function roleSlugParam(value: string | undefined, { path, href }: { path: string; href: SuggestionHref }): Promise<string> {
  try {
    return slugParam(value, { noun: "role", path });
  } catch (error) {
    if (!(error instanceof Response) || error.status !== 404) throw error;
    throw await roleNotFound({ slug: value ?? "", message: await error.text(), href });
  }
}

const NONE: Pick<RoleNotFoundData, "suggestions" | "spelling"> = { suggestions: [], spelling: "match" };

async function suggestRoles(
  words: string,
  { href, dataVersion }: { href: SuggestionHref; dataVersion?: Pick<DataVersion, "tag"> },
): Promise<Pick<RoleNotFoundData, "suggestions" | "spelling">> {
  let answer: TitleSearchAnswer;
  try {
    answer = await answerTitleSearch({ q: words, limit: 20, dataVersion });
  } catch (error) {
    if (!isDatabaseUnavailable(error)) console.error("The suggestions of a role's 404 could not be searched.", error);
    return NONE;
  }
  const { roles, spelling } = rolesToSuggest(answer);
  if (roles.length === 0 || roles.length > MAX_SUGGESTED_ROLES) return NONE;
  const suggestions = roles.flatMap(({ href: profile, title, why }): RoleSuggestion[] => {
    const slug = slugOf(profile);
    return slug === null ? [] : [{ href: href(slug), title, why }];
  });
  return suggestions.length > 0 ? { suggestions, spelling } : NONE;
}

/**
 * The roles the search answers with confidence: its exact matches, or failing those its partial ones (a title or
 * another name that has the words; not one where they only begin a longer word, "art" in "Artificial …", unless each
 * of several words starts a word of it in order). None when the search puts occupations first ("writer": Writers and
 * authors is the title typed). Failing all that, the close spellings the search page counts as answers (close enough,
 * and nearly as close as the closest of any kind: ROLE_ANSWER_CLOSENESS), said to be close spellings; a look-alike it
 * only offers as "did you mean" is never offered here.
 */
function rolesToSuggest(answer: TitleSearchAnswer): { roles: RoleResultView[]; spelling: RoleNotFoundData["spelling"] } {
  if (answer.occupationsFirst) return { roles: [], spelling: "match" };
  const exact = answer.roles.filter((r) => r.quality === "exact");
  if (exact.length > 0) return { roles: exact, spelling: "match" };
  const partial = answer.roles.filter((r) => r.quality === "prefix" && (!r.partWord || r.wordStarts));
  if (partial.length > 0 || answer.roles.some((r) => r.quality === "prefix")) return { roles: partial, spelling: "match" };
  return { roles: answer.roles.filter((r) => r.quality === "fuzzy"), spelling: "close" };
}

/**
 * A role's slug from the profile address the search gives it ("/roles/front-end-developer": roleView); null for any
 * other address, which is then not offered (a 404 stays a 404, never a 500).
 */
function slugOf(profile: string): string | null {
  return profile.startsWith(PROFILE) ? profile.slice(PROFILE.length) : null;
}
const PROFILE = "/roles/";
