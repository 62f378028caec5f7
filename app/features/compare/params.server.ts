import { z } from "zod";
import { listRoleChoices } from "~/features/compare/queries.server";
import { searchTitles } from "~/features/search/queries.server";
import { parseSearchParams } from "~/lib/params.server";
import type { DataVersionKey } from "~/lib/data-version-memo.server";
import { readProjectionPeriod, vintageParam } from "~/features/periods/params.server";
import type { LoadedPeriods, ProjectionPeriod } from "~/features/periods/periods";
import { COMPARE_CHARTS } from "~/features/compare/compare-charts";
import { COMPARE_CSV_TABLES } from "~/features/compare/compare-csv-tables";
import { compareHref, MAX_COMPARED_ROLES, type RoleChoice } from "~/features/compare/role-comparison";
import { type ProjectionVintage } from "~/features/roles/role-profile";
import { SLUG_PATTERN } from "~db/schema/enums";
import { ONET_CODE_PATTERN, socLineOf } from "~/features/occupations/params.server";
import { listOccupationChoices, ALL_OCCUPATIONS_CODE } from "~/features/compare/occupation-comparison.server";
import type { OccupationChoice } from "~/features/compare/comparison";
import { searchOccupations } from "~/features/search/occupation-search.server";
import { describeOccupationMatch } from "~/features/search/search";

const MAX_SLUG_LENGTH = 80;
/** Room for four of the longest slugs and their commas, with slack; longer is not a list of roles. */
export const MAX_ROLES_PARAM_LENGTH = 400;

/** Room for four codes and their commas, with slack; longer is not a list of occupations. */
export const MAX_OCCUPATIONS_PARAM_LENGTH = 80;
/** The picker's words are a title search: as long as the search box takes. */
const MAX_FIND_LENGTH = 100;
const CODE_HINT = "use BLS occupation codes (SOC 2018) such as 15-1252, or O*NET codes such as 15-1252.00, separated by commas";
const badCode = (code: string) => `“${code.slice(0, 20)}${code.length > 20 ? "…" : ""}” is not an occupation code: ${CODE_HINT}`;

const SLUG_HINT = "use lower-case letters, digits and hyphens, as in back-end-developer";
const badSlug = (slug: string) => `“${slug.slice(0, 40)}${slug.length > 40 ? "…" : ""}” is not a role address: ${SLUG_HINT}`;

/**
 * A comma-separated list parameter (`roles=a,b`, `occupations=15-1252,29-1141`): at most `maxLength` characters, empty
 * entries (a trailing comma) ignored, spaces around entries trimmed; the first entry `bad` describes is the 400's message.
 */
function commaList({ maxLength, what, bad }: { maxLength: number; what: string; bad: (entry: string) => string | null }) {
  return z
    .string()
    .max(maxLength, `is too long (at most ${maxLength} characters): list at most ${MAX_COMPARED_ROLES} ${what} separated by commas`)
    .transform((value, ctx) => {
      const entries = value
        .split(",")
        .map((s) => s.trim())
        .filter((s) => s.length > 0);
      for (const entry of entries) {
        const message = bad(entry);
        if (message === null) continue;
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      return entries;
    })
    .default([]);
}

/**
 * The compare page's URL state. `roles`: comma-separated role slugs, in the order shown (empty entries, as in a
 * trailing comma, are ignored). `occupations`: comma-separated BLS occupation codes, shown after the roles. `add`:
 * slugs to append (the picker's and the finder's GET forms send it; the page then redirects to the plain address, with
 * the `find` words typed alongside while there is room for an occupation).
 * `find`: the picker's occupation field: a code is appended the same way, words are a title search whose matches the
 * page offers to add. Malformed values (too long, characters a slug or code cannot have) are a 400 with a message;
 * unknown, repeated and too many items are judged against the data afterwards.
 */
export const compareQuerySchema = z.object({
  roles: commaList({
    maxLength: MAX_ROLES_PARAM_LENGTH,
    what: "role addresses",
    bad: (slug) => (slug.length > MAX_SLUG_LENGTH || !SLUG_PATTERN.test(slug) ? `${badSlug(slug)}; separate roles with commas` : null),
  }),
  add: z
    .array(z.string().max(MAX_SLUG_LENGTH, `is too long for a role address`).regex(SLUG_PATTERN, SLUG_HINT))
    .max(60, "lists more roles than there are")
    .default([]),
  // An O*NET code ("15-1299.04") stands for the BLS line it is filed under; the page then redirects to the line's code.
  occupations: commaList({
    maxLength: MAX_OCCUPATIONS_PARAM_LENGTH,
    what: "occupation codes",
    bad: (code) => (socLineOf(code) ? null : badCode(code)),
  }),
  find: z
    .string()
    .trim()
    .max(MAX_FIND_LENGTH, `is too long (at most ${MAX_FIND_LENGTH} characters): type an occupation's title or its code`)
    .optional(),
  vintage: vintageParam,
});

export interface CompareProblem {
  kind: "unknown" | "unknown-occupation" | "too-many";
  message: string;
  /** For an unknown role: close titles from the title search, each with the address that uses it instead. */
  suggestions: { slug: string; title: string; href: string }[];
}

export interface OccupationSearch {
  query: string;
  matches: { socCode: string; title: string; why: string; href: string }[];
}

export interface CompareSelection {
  /** The period shown: the address's (a 400 when it is not loaded), or the newest loaded. */
  vintage: ProjectionVintage;
  period: ProjectionPeriod;
  /** The loaded periods, for the period switch and the addresses (which leave out the newest). */
  periods: LoadedPeriods;
  /** Every role, for the picker. */
  choices: readonly RoleChoice[];
  /** The known roles asked for, in order, each once. */
  chosen: RoleChoice[];
  /** The known occupations asked for, in order, each once (shown after the roles). */
  chosenOccupations: OccupationChoice[];
  /** The picker's occupation search (`find=` words): the matching occupations, each with the address that adds it. */
  occupationSearch: OccupationSearch | null;
  /** Not errors: e.g. a role listed twice is shown once. */
  notices: string[];
  /** Unknown roles or more than four: the page answers 400 with these messages and the picker. */
  problems: CompareProblem[];
  /** Set when the address used `add` or a code in `find`: the plain address to redirect to (only without problems),
   * keeping `find` words typed alongside while the comparison has room for another item. */
  redirectTo: string | null;
}

/**
 * Reads and checks the compare URL state against the roles, occupations and periods we have. Two queries (the role
 * list and the loaded periods, run together; none once kept for `version`, the current data version the page read
 * first), one more when the address lists occupations (their titles, alongside);
 * plus one title search when a role is unknown (for "did you mean", for the first unknown one only), and one
 * occupation search for the picker's words. A period that is not loaded is a 400 naming the loaded ones.
 */
export async function readCompareSelection(url: URL, { version }: { version?: DataVersionKey } = {}): Promise<CompareSelection> {
  const query = parseSearchParams(url, compareQuerySchema);
  const requested = [...query.roles, ...query.add];
  const findCode = query.find !== undefined ? socLineOf(query.find) : undefined;
  const findWords = query.find !== undefined && findCode === undefined && query.find.length > 0 ? query.find : undefined;
  const onetCodes = query.occupations.some((code) => ONET_CODE_PATTERN.test(code));
  const requestedCodes = [...query.occupations.map((code) => socLineOf(code)!), ...(findCode ? [findCode] : [])];
  const [choices, { period, periods }, occupationChoices, found] = await Promise.all([
    listRoleChoices({ version }),
    readProjectionPeriod(query.vintage, { version }),
    requestedCodes.length > 0 ? listOccupationChoices({ codes: requestedCodes }) : ([] as OccupationChoice[]),
    findWords ? searchOccupations({ q: findWords, limit: 8 }) : null,
  ]);
  const { vintage } = period;
  const bySlug = new Map(choices.map((c) => [c.slug, c]));
  const byCode = new Map(occupationChoices.filter((o) => o.socCode !== ALL_OCCUPATIONS_CODE).map((o) => [o.socCode, o]));
  const hrefOf = (slugs: string[], codes: string[]) => compareHref(slugs, { vintage, latest: periods.latest, occupations: codes });

  const roles = sortRequested(requested, bySlug);
  const occupations = sortRequested(requestedCodes, byCode);
  const chosen = roles.known.map((slug) => bySlug.get(slug)!);
  const chosenOccupations = occupations.known.map((code) => byCode.get(code)!);
  const notices = [
    ...roles.repeated.map((slug) => `${bySlug.get(slug)!.title} was listed more than once in the address; it is shown once.`),
    ...occupations.repeated.map((code) => `${byCode.get(code)!.title} was listed more than once in the address; it is shown once.`),
  ];

  const problems: CompareProblem[] = [];
  if (roles.unknown.length > 0) {
    const [first] = roles.unknown as [string];
    const { results, suggestions } = await searchTitles({ q: first.replaceAll("-", " "), limit: 5 });
    const hits = (results.length > 0 ? results : suggestions).filter((h) => !roles.known.includes(h.slug)).slice(0, 3);
    const named = roles.unknown.map((s) => `“${s}”`).join(", ");
    problems.push({
      kind: "unknown",
      message:
        roles.unknown.length === 1
          ? `We have no role at the address “${first}”, so it cannot be compared.`
          : `We have no roles at the addresses ${named}, so they cannot be compared.`,
      suggestions: hits.map((hit) => ({
        slug: hit.slug,
        title: hit.title,
        // The address with the unknown slug replaced in place by the suggestion (and the other unknown ones dropped).
        href: hrefOf(dedupe(requested.flatMap((s) => (s === first ? [hit.slug] : bySlug.has(s) ? [s] : []))), occupations.known),
      })),
    });
  }
  if (occupations.unknown.length > 0) {
    const total = occupations.unknown.includes(ALL_OCCUPATIONS_CODE)
      ? ` ${ALL_OCCUPATIONS_CODE} is all occupations together: every comparison shows it in its last column.`
      : "";
    const named = occupations.unknown.map((c) => `“${c}”`).join(", ");
    problems.push({
      kind: "unknown-occupation",
      message:
        (occupations.unknown.length === 1
          ? `We have no occupation with the code ${named}, so it cannot be compared.`
          : `We have no occupations with the codes ${named}, so they cannot be compared.`) +
        total +
        " Codes are BLS's SOC 2018 codes, such as 15-1252 (Software developers); every occupation is listed at /occupations.",
      suggestions: [],
    });
  }
  const count = chosen.length + chosenOccupations.length;
  if (count > MAX_COMPARED_ROLES) {
    problems.push({
      kind: "too-many",
      message: `You can compare at most ${MAX_COMPARED_ROLES} roles and occupations at a time, and this address lists ${count}. Remove ${count - MAX_COMPARED_ROLES} to see the comparison.`,
      suggestions: [],
    });
  }
  const slugs = chosen.map((c) => c.slug);
  const codes = chosenOccupations.map((o) => o.socCode);
  const occupationSearch: OccupationSearch | null =
    findWords === undefined
      ? null
      : {
          query: findWords,
          matches: (found ?? [])
            .filter((hit) => hit.confident && !codes.includes(hit.socCode))
            .map((hit) => ({
              socCode: hit.socCode,
              title: hit.title,
              why: describeOccupationMatch(hit),
              href: hrefOf(slugs, [...codes, hit.socCode]),
            })),
        };
  // Roles chosen and words typed in one go (the picker is one form): the plain address, still searching the words
  // while an occupation can be added (a full comparison hides the matches).
  const plain = hrefOf(slugs, codes);
  const redirectTo =
    (query.add.length > 0 || findCode !== undefined || onetCodes) && problems.length === 0
      ? findWords === undefined || slugs.length + codes.length >= MAX_COMPARED_ROLES
        ? plain
        : `${plain}${plain.includes("?") ? "&" : "?"}${new URLSearchParams({ find: findWords })}`
      : null;
  return { vintage, period, periods, choices, chosen, chosenOccupations, occupationSearch, notices, problems, redirectTo };
}

/** The requested items split into the known ones (in order, each once), the repeated known ones and the unknown ones. */
function sortRequested(requested: readonly string[], known: ReadonlyMap<string, unknown>) {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  const unknown: string[] = [];
  for (const item of requested) {
    if (seen.has(item)) repeated.add(item);
    else if (known.has(item)) seen.add(item);
    else if (!unknown.includes(item)) unknown.push(item);
  }
  return { known: [...seen], repeated: [...repeated], unknown };
}

function dedupe(slugs: string[]): string[] {
  return [...new Set(slugs)];
}

/** /compare.csv's own parameters: one chart's rows, or one table of the comparison (docs/decisions/020). */
export const compareCsvQuerySchema = z.object({
  chart: z.enum(COMPARE_CHARTS, { error: `use one of ${COMPARE_CHARTS.join(", ")}, or a table= instead` }).optional(),
  table: z.enum(COMPARE_CSV_TABLES, { error: `use one of ${COMPARE_CSV_TABLES.join(", ")}` }).optional(),
});
