import { z } from "zod";
import { SLUG_PATTERN } from "~db/schema/enums";
import { recordSearchParamReads } from "~/lib/search-param-reads.server";
import { parameterStatusText } from "~/lib/parameter-errors";
import { controlCharactersInParameter, quoteFromAddress, unusableCharactersSentence } from "~/lib/unusable-characters";

/**
 * Parses URL search parameters with a zod object schema. Repeated keys become arrays only where the schema
 * says so (use z.array); otherwise the last value wins. Invalid input is answered with a 400 whose message
 * names each bad parameter and what it accepts: never a 500. The schema's keys are recorded as what this request's
 * page reads (see search-param-reads.server.ts).
 */
export function parseSearchParams<S extends z.ZodObject>(url: URL | string, schema: S): z.infer<S> {
  const address = typeof url === "string" ? new URL(url) : url;
  refuseBrokenQueryEscapes(address);
  const params = address.searchParams;
  // The schema is the page's list of parameters: loadPublicPage redirects away any other (search-param-reads.server.ts).
  recordSearchParamReads(Object.entries(schema.shape).map(([key, field]) => [key, isArraySchema(field as z.ZodType)]));
  for (const [key, value] of params) {
    const found = controlCharactersInParameter(value);
    if (found.length > 0) {
      throw new Response(`The parameter “${quoteFromAddress(key, 40)}” contains ${found.join(", ")}, which no parameter can hold.`, {
        status: 400,
        statusText: parameterStatusText(400, key in schema.shape ? [key] : []),
      });
    }
  }
  const raw: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key).filter((v) => v !== "");
    if (values.length === 0) continue;
    const field = schema.shape[key] as z.ZodType | undefined;
    raw[key] = field && isArraySchema(field) ? values : values[values.length - 1]!;
  }
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  throw new Response(parameterProblemText(schema, raw, result.error.issues), {
    status: 400,
    // The page's title names what is wrong with the link (parameter-errors.ts): the schema's own keys only.
    statusText: parameterStatusText(
      400,
      result.error.issues.flatMap((issue) => (typeof issue.path[0] === "string" ? [issue.path[0]] : [])),
    ),
  });
}

/**
 * A query whose %-escapes do not spell UTF-8 text (`q=%E0%A4`: a cut-off character) is a 400 that says so.
 * URLSearchParams reads each such escape as U+FFFD, so the schema judged "�" instead ("must be at least 2
 * characters") and a parameter name with one was "not a parameter of this address".
 */
export function refuseBrokenQueryEscapes(url: URL): void {
  const broken = brokenQueryEscape(url.search);
  if (!broken) return;
  // The raw pair is ASCII (URL escapes the rest), so it can be quoted as sent.
  const which = broken.key === null ? "A parameter's name" : `The parameter “${quoteFromAddress(broken.key, 40)}”`;
  throw new Response(
    `${which} has a broken %-escape (“${broken.pair.slice(0, 80)}”): a %-escape must spell UTF-8 text, as encodeURIComponent writes it.`,
    { status: 400, statusText: parameterStatusText(400, broken.key === null ? [] : [broken.key]) },
  );
}

/**
 * The first key=value pair of a query string (`?` optional) whose %-escapes spell no UTF-8 text, with its key when the
 * key itself reads, or null. A "%" not followed by two hex digits is a plain "%", as URLSearchParams reads it
 * ("?utm_campaign=50%off", "?q=100%"): only a well-formed escape that is no character is broken. The page cache keys
 * such an address as sent, since URLSearchParams would turn it into another one's (server/page-cache.ts).
 */
export function brokenQueryEscape(search: string): { pair: string; key: string | null } | null {
  if (!search.includes("%")) return null;
  for (const pair of search.replace(/^\?/, "").split("&")) {
    const at = pair.indexOf("=");
    const key = decodeQueryPart(at === -1 ? pair : pair.slice(0, at));
    if (key !== null && decodeQueryPart(at === -1 ? "" : pair.slice(at + 1)) !== null) continue;
    return { pair, key };
  }
  return null;
}

function decodeQueryPart(part: string): string | null {
  try {
    return decodeURIComponent(part.replace(/\+/g, " ").replace(/%(?![0-9A-Fa-f]{2})/g, "%25"));
  } catch {
    return null;
  }
}

/**
 * The 400's message: a required parameter the address lacks is said to be missing, with what it takes where the
 * schema describes it ("This address needs the parameter “soc”: one or more SOC codes, …"); the others are named
 * with what is wrong ("This address has a parameter we cannot use. “page”: must be a page number: 1, 2, 3 …"). A
 * message that already ends a sentence (".", "…", "?") gets no second full stop.
 */
function parameterProblemText(schema: z.ZodObject, raw: Record<string, unknown>, issues: readonly z.core.$ZodIssue[]): string {
  const missing = new Set<string>();
  const problems: string[] = [];
  const named = new Set<string>();
  for (const issue of issues) {
    // The parameter's name as the address has it ("like", not "like.0" for a repeated one's first value).
    const key = issue.path[0];
    const name = typeof key === "string" ? key : "query";
    if (typeof key === "string" && raw[key] === undefined && issue.code === "invalid_type") missing.add(key);
    else {
      problems.push(`“${name}”: ${issue.message}`);
      named.add(name);
    }
  }
  const sentences = [...missing].map((key) => {
    const what = (schema.shape[key] as z.ZodType | undefined)?.description;
    return endSentence(`This address needs the parameter “${key}”${what ? `: ${lowerFirst(what)}` : ""}`);
  });
  if (problems.length > 0) {
    // One parameter with two problems is still one parameter (a review).
    const lead = named.size === 1 ? "This address has a parameter we cannot use." : "This address has parameters we cannot use.";
    sentences.push(`${lead} ${endSentence(problems.join("; "))}`);
  }
  return sentences.join(" ");
}

const endSentence = (text: string) => (/[.!?…]$/.test(text) ? text : `${text}.`);

/**
 * "One or more codes" -> "one or more codes" inside a sentence, "A list" -> "a list"; an initialism or a name ("SOC codes",
 * "O*NET codes") stays as it is.
 */
const lowerFirst = (text: string) => (/^[A-Z](?=[a-z]|\s)/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text);

/**
 * A whole number written as digits only (no commas, signs or symbols: what a number field sends), at most `max`:
 * `wholeNumberParam("dollars", 1_000_000)` for "at least this pay".
 */
export function wholeNumberParam(what: string, max: number) {
  return z
    .string()
    .regex(/^\d{1,9}$/, `must be a whole number of ${what}, without commas or symbols`)
    .transform(Number)
    .pipe(z.number().max(max, `must be at most ${max.toLocaleString("en-US")}`));
}

function isArraySchema(schema: z.ZodType): boolean {
  const def = (schema as unknown as { def?: { type?: string; innerType?: z.ZodType } }).def;
  if (!def) return false;
  if (def.type === "array") return true;
  return def.innerType ? isArraySchema(def.innerType) : false;
}

/**
 * The longest address segment a slug may be: a bound on what reaches the database, above the longest slug in the data
 * (O*NET 30.1's longest technology name makes a 111-character slug; an 80-character bound answered 404 for 14 of them,
 * one of them listed on /technologies).
 */
export const MAX_SLUG_LENGTH = 160;

/**
 * A slug typed with capitals (`/roles/Back-End-Developer`) names the same page as in lower case: a permanent redirect
 * to that address, its query kept. Does nothing for anything else (slugParam then judges it).
 */
export function redirectToLowerCaseSlug(request: Request, value: string | undefined): void {
  redirectToLowerCaseSegment(request, value, { isValid: (lower) => lower.length <= MAX_SLUG_LENGTH && SLUG_PATTERN.test(lower) });
}

/**
 * A path segment typed with capitals that is valid in lower case (`isValid`): a permanent redirect to the address with
 * it in lower case. `keepQuery: false` drops the query, for pages that read none, so nothing stray in it (a pasted
 * secret, say) is repeated in a Location header. Does nothing for anything else (the route's own check judges it).
 */
export function redirectToLowerCaseSegment(
  request: Request,
  value: string | undefined,
  { isValid, keepQuery = true }: { isValid: (lowerCase: string) => boolean; keepQuery?: boolean },
): void {
  if (value === undefined || value === value.toLowerCase() || !isValid(value.toLowerCase())) return;
  const url = new URL(request.url);
  // The route's value is decoded and the path is not ("/lessons/%53N9…" is "SN9…"): the segment is found by its decoded
  // form and replaced whole. A review found the string replace leaving such a path as it was, a 301 to itself.
  const segments = url.pathname.split("/");
  const at = segments.findIndex((segment) => safeDecode(segment) === value);
  if (at === -1) return;
  segments[at] = encodeURIComponent(value.toLowerCase());
  const path = segments.join("/");
  if (path === url.pathname) return;
  throw new Response(null, {
    status: 301,
    headers: { Location: `${path}${keepQuery ? url.search : ""}`, "Cache-Control": "public, max-age=300" },
  });
}

function safeDecode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/**
 * A route's `:slug` segment, or a 404 naming what was asked for. Anything that is not a slug (control bytes,
 * spaces, upper case, a 5,000-character path) can name no role or skill, so it never reaches the database.
 */
export function slugParam(value: string | undefined, what: { noun: string; path: string }): string {
  if (value !== undefined && value.length <= MAX_SLUG_LENGTH && SLUG_PATTERN.test(value)) return value;
  const asked = value ?? "";
  throw new Response(
    `We have no ${what.noun} at the address “${what.path}${quoteFromAddress(asked, MAX_SLUG_LENGTH)}”.${unusableCharactersSentence(asked)}`,
    { status: 404, statusText: "Not Found" },
  );
}
