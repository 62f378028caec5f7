import { redirect } from "react-router";
import { z } from "zod";
import { ENTRY_EDUCATION } from "~db/schema/enums";
import { growthBandParam, vintageParam } from "~/features/periods/params.server";
import { wholeNumberParam } from "~/lib/params.server";
import { quoteFromAddress, unusableCharactersSentence } from "~/lib/unusable-characters";
import { TECH_FAMILY_IDS } from "~/features/occupations/tech-families";
import { dataPinQueryShape } from "~/features/data-pin/params.server";

const oneOf = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { message: `must be one of: ${values.join(", ")}` });

/** `?pay=`: at least this median annual wage, in whole dollars (the occupation and role finders). */
export const minimumPayParam = wholeNumberParam("dollars", 1_000_000).optional();

export const OCCUPATION_SORTS = ["title", "growth", "change", "openings", "pay", "employment"] as const;
export type OccupationSort = (typeof OCCUPATION_SORTS)[number];

/** URL state of /occupations (and its CSV): period, filters, sort, page, and the data version it is pinned to. */
export const occupationQuerySchema = z.object({
  ...dataPinQueryShape,
  vintage: vintageParam,
  /** Words the BLS title must have (each anywhere in it, any case): "nurse" finds Registered nurses and Nurse midwives. */
  name: z
    .string()
    .trim()
    .max(80, "must be at most 80 characters")
    .refine((name) => /[\p{L}\p{N}]/u.test(name), "must have a letter or a digit")
    .optional(),
  group: z
    .string()
    .regex(/^\d{2}-0000$/, "must be a SOC major group code such as 15-0000")
    .optional(),
  tech: oneOf(["any", ...TECH_FAMILY_IDS] as const).optional(),
  /** "At most" this entry education (BLS's order, lowest first). */
  education: oneOf(ENTRY_EDUCATION).optional(),
  band: growthBandParam,
  pay: minimumPayParam,
  openings: wholeNumberParam("openings a year", 10_000_000).optional(),
  zone: z
    .string()
    .regex(/^[1-5]$/, "must be an O*NET job zone from 1 to 5")
    .transform(Number)
    .optional(),
  sort: oneOf(OCCUPATION_SORTS).optional(),
  dir: oneOf(["asc", "desc"] as const).optional(),
  page: z
    .string()
    .regex(/^\d{1,4}$/, "must be a page number")
    .transform(Number)
    .pipe(z.number().min(1, "must be 1 or more"))
    .optional(),
});
export type OccupationQuery = z.infer<typeof occupationQuerySchema>;

/** A SOC code as BLS publishes lines: "15-1252". */
export const SOC_CODE_PATTERN = /^\d{2}-\d{4}$/;

/** An O*NET-SOC code: the SOC line, then O*NET's own two digits ("15-1299.04", filed under the line 15-1299). */
export const ONET_CODE_PATTERN = /^(\d{2}-\d{4})\.\d{2}$/;

/** The BLS line a code names: a SOC code itself, an O*NET code's line ("15-1299.04" → "15-1299"), else undefined. */
export function socLineOf(code: string): string | undefined {
  return SOC_CODE_PATTERN.test(code) ? code : ONET_CODE_PATTERN.exec(code)?.[1];
}

/**
 * The `:code` of /occupations/:code and its figures, or a 404 naming it (never a query with junk in it). An O*NET
 * code, as O*NET and My Next Move print them, is answered with a permanent redirect to its BLS line when `request`
 * is given (a page: to the O*NET occupation's part of it), else with a 404 that names the line.
 */
export function occupationCodeParam(value: string | undefined, request?: Request): string {
  if (value !== undefined && SOC_CODE_PATTERN.test(value)) return value;
  const line = value === undefined ? undefined : ONET_CODE_PATTERN.exec(value)?.[1];
  if (line && request) {
    const url = new URL(request.url);
    const page = url.pathname === `/occupations/${value}`;
    url.pathname = url.pathname.replace(`/${value}`, `/${line}`);
    if (page) url.hash = `onet-${value}`;
    throw redirect(`${url.pathname}${url.search}${url.hash}`, 301);
  }
  if (line) {
    throw new Response(`${value} is an O*NET code; BLS publishes its figures under the SOC line ${line}.`, {
      status: 404,
      statusText: "Not Found",
    });
  }
  const asked = value ?? "";
  const why = unusableCharactersSentence(asked);
  throw new Response(
    `“${quoteFromAddress(asked, 40)}” is not an occupation code.${why} Codes look like 15-1252 (SOC 2018, as BLS publishes them).`,
    {
      status: 404,
      statusText: "Not Found",
    },
  );
}
