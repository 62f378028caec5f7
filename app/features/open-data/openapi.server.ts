/**
 * The OpenAPI 3.1 description of the JSON API, generated from the zod schemas the API parses its parameters and
 * the contract test validates its answers with (api-schemas.server.ts; docs/decisions/020 says why generated, not
 * written by hand). OpenAPI 3.1's schemas are JSON Schema 2020-12, which zod writes itself (z.toJSONSchema).
 */
import { z } from "zod";
import { SLUG_PATTERN } from "~db/schema/enums";
import { SOC_CODE_PATTERN } from "~/features/occupations/params.server";
import { apiQueries, apiSchemas, type ApiAnswerName } from "~/features/open-data/api-schemas.server";

interface Operation {
  path: string;
  name: ApiAnswerName;
  summary: string;
  description: string;
  pathParameter?: { name: string; description: string; pattern: RegExp };
  answer: string;
}

/** Every address of the API, in the order the document and the /data page list them. */
export const API_OPERATIONS: readonly Operation[] = [
  {
    path: "/api/v1/roles",
    name: "roles",
    summary: "Every curated tech role",
    description:
      "Each role with its primary BLS occupation and that occupation's projection in the period (the whole occupation's figures).",
    answer: "RoleList",
  },
  {
    path: "/api/v1/roles/{slug}",
    name: "role",
    summary: "One role",
    description:
      "The role, its entry education, every occupation it is filed under with that line's projection and its OEWS wage " +
      "percentiles (10th, 25th, median, 75th, 90th: the whole occupation's, as the role's page says), and its skills.",
    pathParameter: { name: "slug", description: "The role's address name, e.g. back-end-developer.", pattern: SLUG_PATTERN },
    answer: "Role",
  },
  {
    path: "/api/v1/occupations",
    name: "occupations",
    summary: "BLS occupations with their projections",
    description:
      "One page of the BLS lines with a projection in the period (detailed occupations, summary groups, all occupations), by SOC code.",
    answer: "OccupationList",
  },
  {
    path: "/api/v1/occupations/{code}",
    name: "occupation",
    summary: "One BLS occupation",
    description: "Its projections in every loaded period, its OEWS wage percentiles and the roles filed under it.",
    pathParameter: { name: "code", description: "A SOC code as BLS publishes a line, e.g. 15-1252.", pattern: SOC_CODE_PATTERN },
    answer: "Occupation",
  },
  {
    path: "/api/v1/skills",
    name: "skills",
    summary: "Every skill",
    description: "Each skill of the catalog with the number of roles that list it.",
    answer: "SkillList",
  },
  {
    path: "/api/v1/skills/{slug}",
    name: "skill",
    summary: "One skill",
    description: "The skill, its O*NET marks (Hot Technology, In Demand) and the roles that list it, core or useful.",
    pathParameter: { name: "slug", description: "The skill's address name, e.g. python.", pattern: SLUG_PATTERN },
    answer: "Skill",
  },
  {
    path: "/api/v1/projections",
    name: "projections",
    summary: "Projection lines by SOC code",
    description:
      "The BLS projection lines of the given occupations, in one period or every loaded period (newest first). A code that is " +
      "no BLS occupation is a 404 naming it, even beside known codes; a known occupation with no line in the period adds none.",
    answer: "ProjectionList",
  },
];

const problemResponse = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
});

/** The whole document, as served at /api/v1/openapi.json. */
export function openApiDocument(): Record<string, unknown> {
  const { schemas } = z.toJSONSchema(apiSchemas, {
    target: "draft-2020-12",
    uri: (id) => `#/components/schemas/${id}`,
    unrepresentable: "any",
  }) as { schemas: Record<string, Record<string, unknown>> };
  const components = Object.fromEntries(Object.entries(schemas).map(([id, { $schema: _schema, $id: _id, ...schema }]) => [id, schema]));
  const paths = Object.fromEntries(
    API_OPERATIONS.map((operation) => [
      operation.path,
      {
        get: {
          operationId: operation.name,
          summary: operation.summary,
          description: operation.description,
          parameters: [
            ...(operation.pathParameter
              ? [
                  {
                    name: operation.pathParameter.name,
                    in: "path",
                    required: true,
                    description: operation.pathParameter.description,
                    schema: { type: "string", pattern: operation.pathParameter.pattern.source },
                  },
                ]
              : []),
            ...queryParameters(apiQueries[operation.name]),
          ],
          responses: {
            "200": {
              description: "The answer, with an ETag tied to the data version and X-Data-Version naming the figures' version.",
              headers: {
                ETag: { schema: { type: "string" } },
                "X-Data-Version": { schema: { type: "string" }, description: "The data version of the figures." },
              },
              content: { "application/json": { schema: { $ref: `#/components/schemas/${operation.answer}` } } },
            },
            "304": { description: "Not modified: If-None-Match named the current ETag." },
            "400": problemResponse("A parameter is malformed, not taken by this address, repeated or blank, or names no loaded period."),
            "404": problemResponse("No such item, page or data version."),
            "405": problemResponse("Any method but GET, HEAD and OPTIONS: the API is read-only (Allow: GET, HEAD, OPTIONS)."),
            "503": problemResponse("No data loaded, or the database is unreachable; try again after Retry-After seconds."),
          },
        },
      },
    ]),
  );
  return {
    openapi: "3.1.0",
    info: {
      title: "Career Atlas open data API",
      version: "1",
      summary: "Read-only JSON for Career Atlas's tech roles, BLS occupations, skills and projections.",
      description:
        "Every figure carries its unit, data year and source; each answer lists the sources it cites with their licences. " +
        "Figures are as published: BLS (public domain), O*NET (CC BY 4.0), Working with AI (CC BY 4.0), GPTs are GPTs (MIT). See /data.",
      // No `url`: OpenAPI's License Object wants an absolute URL, the app has no configured origin (it builds links from
      // the request's), and this document is built once for every host. No SPDX `identifier` either: the data is under
      // several licences, one of them public domain. So the name says them all.
      license: {
        name:
          "Each figure under its source's licence, named with every answer: BLS public domain (U.S. government work), " +
          "O*NET CC BY 4.0, Working with AI CC BY 4.0, GPTs are GPTs MIT",
      },
    },
    servers: [{ url: "/" }],
    paths,
    components: { schemas: components },
  };
}

/** A query schema's keys as OpenAPI parameters, each with its JSON Schema (as the address writes it) and description. */
function queryParameters(schema: z.ZodObject) {
  return Object.entries(schema.shape).map(([name, field]) => {
    const type = field as z.ZodType;
    const { $schema: _schema, ...json } = z.toJSONSchema(type, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
    return {
      name,
      in: "query",
      required: !type.safeParse(undefined).success,
      ...(type.description ? { description: type.description } : {}),
      schema: json,
    };
  });
}
