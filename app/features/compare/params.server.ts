import { z } from "zod";
import { listRoleChoices } from "~/features/compare/queries.server";
import { searchTitles } from "~/features/search/queries.server";
import { parseSearchParams } from "~/lib/params.server";
import { readProjectionPeriod, vintageParam } from "~/features/periods/params.server";
import type { LoadedPeriods, ProjectionPeriod } from "~/features/periods/periods";
import { COMPARE_CHARTS } from "~/features/compare/compare-charts";
import { compareHref, MAX_COMPARED_ROLES, type RoleChoice } from "~/features/compare/role-comparison";
import { type ProjectionVintage } from "~/features/roles/role-profile";
import { SLUG_PATTERN } from "~db/schema/enums";

const MAX_SLUG_LENGTH = 80;
/** Room for four of the longest slugs and their commas, with slack; longer is not a list of roles. */
export const MAX_ROLES_PARAM_LENGTH = 400;

const SLUG_HINT = "use lower-case letters, digits and hyphens, as in back-end-developer";
const badSlug = (slug: string) => `“${slug.slice(0, 40)}${slug.length > 40 ? "…" : ""}” is not a role address: ${SLUG_HINT}`;

/**
 * The compare page's URL state. `roles`: comma-separated role slugs, in the order shown (empty entries, as in a
 * trailing comma, are ignored). `add`: slugs to append (the picker's and the finder's GET forms send it; the
 * page then redirects to the plain `?roles=` address). Malformed values (too long, characters a slug cannot
 * have) are a 400 with a message; unknown, repeated and too many roles are judged against the data afterwards.
 */
export const compareQuerySchema = z.object({
  roles: z
    .string()
    .max(
      MAX_ROLES_PARAM_LENGTH,
      `is too long (at most ${MAX_ROLES_PARAM_LENGTH} characters): list at most ${MAX_COMPARED_ROLES} role addresses separated by commas`,
    )
    .transform((value, ctx) => {
      const slugs = value
        .split(",")
        .map((s) => s.trim())
        .filter((s) => s.length > 0);
      const bad = slugs.find((s) => s.length > MAX_SLUG_LENGTH || !SLUG_PATTERN.test(s));
      if (bad !== undefined) {
        ctx.addIssue({ code: "custom", message: `${badSlug(bad)}; separate roles with commas` });
        return z.NEVER;
      }
      return slugs;
    })
    .default([]),
  add: z
    .array(z.string().max(MAX_SLUG_LENGTH, `is too long for a role address`).regex(SLUG_PATTERN, SLUG_HINT))
    .max(60, "lists more roles than there are")
    .default([]),
  vintage: vintageParam,
});

export interface CompareProblem {
  kind: "unknown" | "too-many";
  message: string;
  /** For an unknown role: close titles from the title search, each with the address that uses it instead. */
  suggestions: { slug: string; title: string; href: string }[];
}

export interface CompareSelection {
  /** The period shown: the address's (a 400 when it is not loaded), or the newest loaded. */
  vintage: ProjectionVintage;
  period: ProjectionPeriod;
  /** The loaded periods, for the period switch and the addresses (which leave out the newest). */
  periods: LoadedPeriods;
  /** Every role, for the picker. */
  choices: RoleChoice[];
  /** The known roles asked for, in order, each once. */
  chosen: RoleChoice[];
  /** Not errors: e.g. a role listed twice is shown once. */
  notices: string[];
  /** Unknown roles or more than four: the page answers 400 with these messages and the picker. */
  problems: CompareProblem[];
  /** Set when the address used `add`: the plain `?roles=` address to redirect to (only without problems). */
  redirectTo: string | null;
}

/**
 * Reads and checks the compare URL state against the roles and periods we have. Two queries (the role list and the
 * loaded periods, run together), plus one title search when a role is unknown (for "did you mean", for the first
 * unknown one only). A period that is not loaded is a 400 naming the loaded ones.
 */
export async function readCompareSelection(url: URL): Promise<CompareSelection> {
  const query = parseSearchParams(url, compareQuerySchema);
  const requested = [...query.roles, ...query.add];
  const [choices, { period, periods }] = await Promise.all([listRoleChoices(), readProjectionPeriod(query.vintage)]);
  const { vintage } = period;
  const bySlug = new Map(choices.map((c) => [c.slug, c]));
  const hrefOf = (slugs: string[]) => compareHref(slugs, { vintage, latest: periods.latest });

  const seen = new Set<string>();
  const repeated = new Set<string>();
  const unknown: string[] = [];
  for (const slug of requested) {
    if (seen.has(slug)) repeated.add(slug);
    else if (bySlug.has(slug)) seen.add(slug);
    else if (!unknown.includes(slug)) unknown.push(slug);
  }
  const chosen = [...seen].map((slug) => bySlug.get(slug)!);
  const notices = [...repeated]
    .filter((slug) => bySlug.has(slug))
    .map((slug) => `${bySlug.get(slug)!.title} was listed more than once in the address; it is shown once.`);

  const problems: CompareProblem[] = [];
  if (unknown.length > 0) {
    const [first] = unknown as [string];
    const { results, suggestions } = await searchTitles({ q: first.replaceAll("-", " "), limit: 5 });
    const hits = (results.length > 0 ? results : suggestions).filter((h) => !seen.has(h.slug)).slice(0, 3);
    const named = unknown.map((s) => `“${s}”`).join(", ");
    problems.push({
      kind: "unknown",
      message:
        unknown.length === 1
          ? `We have no role at the address “${first}”, so it cannot be compared.`
          : `We have no roles at the addresses ${named}, so they cannot be compared.`,
      suggestions: hits.map((hit) => ({
        slug: hit.slug,
        title: hit.title,
        // The address with the unknown slug replaced in place by the suggestion (and the other unknown ones dropped).
        href: hrefOf(dedupe(requested.flatMap((s) => (s === first ? [hit.slug] : bySlug.has(s) ? [s] : [])))),
      })),
    });
  }
  if (chosen.length > MAX_COMPARED_ROLES) {
    problems.push({
      kind: "too-many",
      message: `You can compare at most ${MAX_COMPARED_ROLES} roles at a time, and this address lists ${chosen.length}. Remove ${chosen.length - MAX_COMPARED_ROLES} to see the comparison.`,
      suggestions: [],
    });
  }
  const redirectTo = query.add.length > 0 && problems.length === 0 ? hrefOf(chosen.map((c) => c.slug)) : null;
  return { vintage, period, periods, choices, chosen, notices, problems, redirectTo };
}

function dedupe(slugs: string[]): string[] {
  return [...new Set(slugs)];
}

/** /compare.csv's own parameter: one chart's rows, or (absent) the whole comparison. */
export const compareCsvQuerySchema = z.object({
  chart: z.enum(COMPARE_CHARTS, { error: `use one of ${COMPARE_CHARTS.join(", ")}, or leave it out for the whole comparison` }).optional(),
});
