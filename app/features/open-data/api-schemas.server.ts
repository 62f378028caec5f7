/**
 * The JSON API's contract, as zod schemas (docs/decisions/020): the parameters each address takes and the body each
 * answers with. The OpenAPI document (openapi.server.ts) is generated from these, and the contract test validates
 * every answer with them, so the document, the checks and the code cannot drift apart. Answers are strict objects:
 * a field the document does not describe fails the test.
 */
import { z } from "zod";
import { SOC_CODE_PATTERN } from "~/features/occupations/params.server";
import { dataPinQueryShape } from "~/features/data-pin/params.server";
import { vintageParam } from "~/features/periods/params.server";

/** Schemas named in the OpenAPI document's components (by their id). */
export const apiSchemas = z.registry<{ id: string; description?: string }>();

const named = <T extends z.ZodType>(id: string, schema: T, description?: string): T => {
  apiSchemas.add(schema, { id, ...(description ? { description } : {}) });
  return schema;
};

// Parameters ------------------------------------------------------------------------------------------------------

const vintage = vintageParam.describe("A BLS projection period such as 2024-34; the newest loaded period when left out.");
const data = dataPinQueryShape.data.describe(
  "A data version tag such as v3-1a2b3c4d: the projections and wages archived with that version, as a pinned page shows them.",
);

export const API_PAGE_SIZE = 100;

/**
 * `page=` of a paged list: any page number, as digits. One past the last page is a page number all the same, answered
 * with a 404 saying how many pages there are (pastLastPage); until 2026-12-06 a page of five digits or more was a 400
 * saying "must be a page number". Its digits are kept for that message, since a long one is no exact JS number.
 */
function pageParam(items: string) {
  return z
    .string()
    .max(40, "is too long for a page number: at most 40 digits")
    .regex(/^[1-9]\d*$/, "must be a page number: 1, 2, 3 …")
    .transform((digits) => ({ digits, number: Number(digits) }))
    .optional()
    .describe(`Page of ${API_PAGE_SIZE} ${items}, from 1; past the last page, a 404 says how many there are.`);
}

export const apiQueries = {
  roles: z.object({ vintage, data }),
  role: z.object({ vintage, data }),
  occupations: z.object({
    vintage,
    data,
    q: z
      .string()
      .trim()
      .min(2, "must be at least 2 characters")
      .max(100, "must be at most 100 characters")
      .optional()
      .describe("Words the occupation's BLS title contains (case-insensitive)."),
    page: pageParam("occupations"),
  }),
  occupation: z.object({ data }),
  skills: z.object({}),
  skill: z.object({}),
  projections: z.object({
    soc: z
      .string()
      .max(600, "is too long: at most 50 codes")
      .transform((v) => v.split(",").map((code) => code.trim()))
      .pipe(
        z
          .array(z.string().regex(SOC_CODE_PATTERN, "each code must be a SOC code such as 15-1252"))
          .min(1)
          .max(50, "lists more than 50 codes"),
      )
      .describe("One or more SOC codes, comma-separated (at most 50), e.g. 15-1252,15-1254."),
    vintage: vintageParam.describe("A BLS projection period such as 2024-34; every loaded period when left out."),
    data,
  }),
} as const;

// Answers ---------------------------------------------------------------------------------------------------------

const sourceId = z.string().describe("The id of the figure's source; its citation is in the answer's `sources`.");

const Figure = named(
  "Figure",
  z.strictObject({
    value: z.number(),
    unit: z.enum(["jobs", "percent", "USD a year", "USD an hour"]),
    dataYear: z
      .string()
      .describe('The year the figure is of: a year ("2024"), an OEWS survey month ("May 2024") or a projection period ("2024-34").'),
    source: sourceId,
  }),
  "One published figure, exactly as its source publishes it, with its unit, data year and source.",
);

const MedianPay = named(
  "MedianPay",
  z.strictObject({
    value: z.number(),
    unit: z.enum(["USD a year", "USD an hour"]),
    atLeast: z.boolean().describe("True where OEWS top-codes the median: the value is its top code, and the median at least that."),
    dataYear: z.string().describe('The OEWS survey month the median is of ("May 2024").'),
    source: sourceId,
  }),
  "An occupation's median pay as Career Atlas's pages show it: the projection line's median annual wage; where BLS prints none, the OEWS survey of the period's base year's top code or, where OEWS publishes hourly pay only, its hourly median (unit \"USD an hour\", never turned into a yearly figure).",
);

const Fact = named(
  "Fact",
  z.strictObject({ value: z.string(), dataYear: z.string(), source: sourceId }),
  "A published statement that is not a number (typical entry education), with its data year and source.",
);

const Projection = named(
  "Projection",
  z.strictObject({
    socCode: z.string(),
    occupation: z.string(),
    period: z.string(),
    baseYear: z.number().int(),
    targetYear: z.number().int(),
    employmentBase: Figure,
    employmentProjected: Figure,
    changeNumeric: Figure.nullable(),
    changePercent: Figure,
    annualOpenings: Figure.nullable().describe("Average openings a year over the period."),
    medianAnnualWage: Figure.nullable(),
    medianPay: MedianPay.nullable().describe("Null where neither BLS nor OEWS publishes a median for the period's base year."),
    entryEducation: Fact.nullable(),
    derived: z.boolean().describe("True for a group line Career Atlas summed from published lines (said so on every page)."),
  }),
  "One BLS projection line: an occupation's employment, change, openings and wage for one projection period.",
);

const PaySurvey = named(
  "PaySurvey",
  z.strictObject({
    wageYear: z.number().int().describe("The OEWS survey's May year."),
    percentiles: z.array(
      z.strictObject({
        percentile: z.number().int().describe("10, 25, 50 (the median), 75 or 90."),
        annual: Figure.nullable().describe(
          "Null where OEWS publishes none (an occupation paid by the hour only, or a figure not available).",
        ),
        hourly: Figure.nullable().describe(
          "Null where OEWS publishes none (an occupation paid by the year only, or a figure not available).",
        ),
        atOrAboveTopCode: z
          .boolean()
          .describe(
            'OEWS publishes no figure at or above its top code: the figures are the top code, and the percentile is at least that (May 2024: "$239,200 or more", $115.00 an hour).',
          ),
      }),
    ),
  }),
  "One OEWS survey of one occupation: its 10th, 25th, 50th, 75th and 90th percentile pay, annual and hourly, exactly as published (never rounded or converted). Figures for every worker in the occupation, whatever their experience: the 10th and 25th percentiles are not a starting salary.",
);

const payPercentiles = z
  .array(PaySurvey)
  .describe(
    "OEWS wage percentiles, newest survey first (with data=, those archived with that version; empty for a version loaded before percentiles were archived).",
  );

/** Whom a role's occupation's figures describe, as the role's page says beside them (occupation-scope.ts). */
const figuresDescribe = z
  .string()
  .describe(
    "Whom the occupation's figures (projection, pay) describe, as the role's page says beside them: every worker BLS counts in the occupation, at every level, e.g. \"all computer programmers, not only junior developers\".",
  );

const Source = named(
  "Source",
  z.strictObject({
    id: z.string(),
    credit: z.string().describe("How to name the source: publisher and title, or an article's title and author."),
    publisher: z.string().nullable(),
    title: z.string(),
    vintage: z.string().nullable(),
    url: z.string().nullable(),
    license: z.string(),
    attribution: z.string(),
  }),
);

const envelope = <T extends z.ZodType, Extra extends z.ZodRawShape>(id: string, payload: T, extra: Extra) =>
  named(
    id,
    z.strictObject({
      apiVersion: z.literal("v1"),
      dataVersion: z.string().describe("The data version of the figures (the pinned one with data=, else the current one)."),
      currentDataVersion: z.string().describe("The newest loaded data version."),
      ...extra,
      data: payload,
      sources: z.record(z.string(), Source).describe("Every source the answer cites, by id."),
    }),
  );

const RoleSummary = named(
  "RoleSummary",
  z.strictObject({
    slug: z.string(),
    title: z.string(),
    summary: z.string(),
    careerCluster: z.string(),
    level: z.string(),
    href: z.string().describe("The role's page on Career Atlas."),
    occupation: z.strictObject({ socCode: z.string(), title: z.string(), mappingSource: sourceId, figuresDescribe }),
    projection: Projection.nullable().describe("The primary occupation's projection in the period (the whole occupation's figures)."),
  }),
);

const RoleDetail = named(
  "RoleDetail",
  z.strictObject({
    slug: z.string(),
    title: z.string(),
    summary: z.string(),
    whatTheyDo: z.array(z.string()),
    careerCluster: z.string(),
    level: z.string(),
    href: z.string(),
    entryEducation: Fact,
    workExperience: Fact,
    occupations: z.array(
      z.strictObject({
        socCode: z.string(),
        title: z.string(),
        onetCode: z.string().nullable(),
        primary: z.boolean(),
        mappingSource: sourceId,
        figuresDescribe,
        projection: Projection.nullable(),
        payPercentiles: payPercentiles.describe(
          "The occupation's OEWS wage percentiles, as /api/v1/occupations/{code} gives them (the same surveys, with data= the same version's), newest survey first: the whole occupation's pay, not the role's alone. The survey of the projection's median's May year (projection.medianPay.dataYear) is the one the role's page shows beside that median. Empty where none is loaded (with data=, for a version loaded before percentiles were archived).",
        ),
      }),
    ),
    skills: z.array(
      z.strictObject({ slug: z.string(), name: z.string(), kind: z.string(), importance: z.string(), level: z.string(), source: sourceId }),
    ),
  }),
);

const OccupationDetail = named(
  "OccupationDetail",
  z.strictObject({
    socCode: z.string(),
    title: z.string(),
    kind: z.string(),
    href: z.string(),
    projections: z.array(Projection).describe("Every loaded period, newest first."),
    payPercentiles,
    roles: z.array(z.strictObject({ slug: z.string(), title: z.string(), primary: z.boolean(), mappingSource: sourceId })),
  }),
);

const SkillSummary = named(
  "SkillSummary",
  z.strictObject({
    slug: z.string(),
    name: z.string(),
    kind: z.string(),
    description: z.string(),
    href: z.string(),
    roleCount: z.number().int(),
  }),
);

const SkillDetail = named(
  "SkillDetail",
  SkillSummary.omit({ roleCount: true }).extend({
    onetExamples: z.array(z.string()),
    flags: z.array(
      z.strictObject({
        flag: z.string(),
        onetCode: z.string().nullable(),
        roleSlug: z.string().nullable(),
        evidence: z.string(),
        source: sourceId,
      }),
    ),
    roles: z.array(z.strictObject({ slug: z.string(), title: z.string(), importance: z.string(), level: z.string(), source: sourceId })),
  }),
);

export const apiAnswers = {
  roles: envelope("RoleList", z.array(RoleSummary), { period: z.string() }),
  role: envelope("Role", RoleDetail, { period: z.string() }),
  occupations: envelope("OccupationList", z.array(Projection), {
    period: z.string(),
    page: z.number().int(),
    pageSize: z.number().int(),
    total: z.number().int(),
  }),
  occupation: envelope("Occupation", OccupationDetail, {}),
  skills: envelope("SkillList", z.array(SkillSummary), {}),
  skill: envelope("Skill", SkillDetail, {}),
  projections: envelope("ProjectionList", z.array(Projection), {}),
} as const;

export type ApiAnswerName = keyof typeof apiAnswers;
export type ApiData<Name extends ApiAnswerName> = z.infer<(typeof apiAnswers)[Name]>["data"];
export type ApiFigure = z.infer<typeof Figure>;
export type ApiFact = z.infer<typeof Fact>;
export type ApiProjection = z.infer<typeof Projection>;
export type ApiPaySurvey = z.infer<typeof PaySurvey>;
export type ApiSource = z.infer<typeof Source>;

export const Problem = named(
  "Problem",
  z.strictObject({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
  }),
  "An error as RFC 9457 describes it (application/problem+json).",
);
