import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import * as t from "~db/schema";
import { getCurrentDataVersion } from "~/features/data-pin/data-version.server";
import { pinnedVersionFromTag } from "~/features/data-pin/params.server";
import { apiAnswers, type ApiAnswerName } from "~/features/open-data/api-schemas.server";
import { API_OPERATIONS, openApiDocument } from "~/features/open-data/openapi.server";
import { loader as rolesLoader } from "~/routes/api.v1.roles";
import { loader as roleLoader } from "~/routes/api.v1.roles_.$slug";
import { loader as occupationsLoader } from "~/routes/api.v1.occupations";
import { loader as occupationLoader } from "~/routes/api.v1.occupations_.$code";
import { loader as skillsLoader } from "~/routes/api.v1.skills";
import { loader as skillLoader } from "~/routes/api.v1.skills_.$slug";
import { loader as projectionsLoader } from "~/routes/api.v1.projections";
import { loader as openApiLoader } from "~/routes/api.v1.openapi[.json]";
import { loader as unknownAddressLoader } from "~/routes/api.v1.$";
import { loadDataset } from "../../seed/load";
import { seedDatabase } from "../../seed/seed";
import { changedPayDataset, curatedDataset, describeEachDriver, SOFTWARE_DEVELOPERS_P10, SOFTWARE_DEVELOPERS_PAY } from "./harness";
import { queriesOf, routeArgs } from "./route-args";

type Loader = (args: ReturnType<typeof routeArgs>) => Promise<Response> | Response;

/** Each operation of the OpenAPI document, its loader and the path parameter an example address fills in. */
const LOADERS: Record<ApiAnswerName, { loader: Loader; param?: [name: string, example: string] }> = {
  roles: { loader: rolesLoader },
  role: { loader: roleLoader as Loader, param: ["slug", "back-end-developer"] },
  occupations: { loader: occupationsLoader },
  occupation: { loader: occupationLoader as Loader, param: ["code", "15-1252"] },
  skills: { loader: skillsLoader },
  skill: { loader: skillLoader as Loader, param: ["slug", "python"] },
  projections: { loader: projectionsLoader },
};

/** Calls the API as a client would: the address, its path parameters, an If-None-Match when given. */
async function get(name: ApiAnswerName, address: string, init: { etag?: string } = {}): Promise<Response> {
  const { loader, param } = LOADERS[name];
  const request = new Request(`http://localhost${address}`, { headers: init.etag ? { "If-None-Match": init.etag } : {} });
  const value = param ? decodeURIComponent(new URL(request.url).pathname.split("/").at(-1)!) : undefined;
  return loader(routeArgs(request, param ? { [param[0]]: value! } : {}));
}

/** A 200 answer, validated against the schema the OpenAPI document is generated from (strict: no undocumented field). */
async function answer<Name extends ApiAnswerName>(name: Name, address: string) {
  const response = await get(name, address);
  expect(response.status, address).toBe(200);
  expect(response.headers.get("Content-Type")).toContain("application/json");
  const body: unknown = await response.json();
  const parsed = apiAnswers[name].safeParse(body);
  if (!parsed.success) throw new Error(`${address} does not match the OpenAPI schema: ${parsed.error.message}`);
  return { body: parsed.data as z.infer<(typeof apiAnswers)[Name]>, headers: response.headers };
}

async function problemOf(name: ApiAnswerName, address: string) {
  const response = await get(name, address);
  expect(response.headers.get("Content-Type")).toBe("application/problem+json; charset=utf-8");
  expect(response.headers.get("Access-Control-Allow-Origin")).toBe("*");
  const body = (await response.json()) as { status: number; detail: string; title: string; type: string };
  expect(body.status).toBe(response.status);
  return { status: response.status, detail: body.detail };
}

/** Every Figure and Fact in an answer (objects with a value, a data year and a source). */
function figuresIn(value: unknown, into: { value: unknown; dataYear: string; source: string }[] = []) {
  if (Array.isArray(value)) value.forEach((v) => figuresIn(v, into));
  else if (value && typeof value === "object") {
    const o = value as Record<string, unknown>;
    if ("value" in o && "dataYear" in o && "source" in o) into.push(o as never);
    else Object.values(o).forEach((v) => figuresIn(v, into));
  }
  return into;
}

describeEachDriver("the open data JSON API", { seed: true }, (ctx) => {
  describe("the contract", () => {
    it("describes every address in OpenAPI 3.1, and every address answers as described, every figure with its data year and source", async () => {
      const document = openApiDocument() as {
        openapi: string;
        info: { license: { name: string; url?: string; identifier?: string } };
        paths: Record<string, unknown>;
        components: { schemas: Record<string, unknown> };
      };
      expect(document.openapi).toBe("3.1.0");
      // What would break: license.url was the relative "/data"; OpenAPI's License Object wants an absolute URL or none.
      expect(document.info.license.url ?? "https://absent", "an absolute URL or none").toMatch(/^https:\/\//);
      for (const licence of ["public domain", "CC BY 4.0", "MIT"]) expect(document.info.license.name).toContain(licence);
      expect(Object.keys(document.paths)).toEqual(API_OPERATIONS.map((o) => o.path));
      for (const id of ["Figure", "Fact", "Projection", "PaySurvey", "Source", "Problem", "RoleList", "Role", "Occupation", "SkillList"]) {
        expect(document.components.schemas, id).toHaveProperty(id);
      }
      // A role's occupations carry the occupation's own percentiles, in the same documented shape, and whom they describe.
      type Properties = Record<string, { items?: { $ref?: string; properties?: Properties }; properties?: Properties }>;
      const schema = (id: string) => document.components.schemas[id] as { properties: Properties };
      const roleOccupation = schema("RoleDetail").properties.occupations!.items!.properties!;
      expect(roleOccupation.payPercentiles?.items?.$ref).toBe("#/components/schemas/PaySurvey");
      expect(schema("OccupationDetail").properties.payPercentiles?.items?.$ref).toBe("#/components/schemas/PaySurvey");
      expect(roleOccupation).toHaveProperty("figuresDescribe");
      expect(schema("RoleSummary").properties.occupation!.properties).toHaveProperty("figuresDescribe");
      expect(Object.keys(schema("PaySurvey").properties.percentiles!.items!.properties!)).toEqual([
        "percentile",
        "annual",
        "hourly",
        "atOrAboveTopCode",
      ]);
      const served = await openApiLoader({ request: new Request("http://localhost/api/v1/openapi.json") });
      expect(served.headers.get("Access-Control-Allow-Origin")).toBe("*");
      expect(await served.json()).toEqual(JSON.parse(JSON.stringify(document)));

      for (const operation of API_OPERATIONS) {
        const param = LOADERS[operation.name].param;
        const address =
          operation.path.replace(/\{\w+\}/, param?.[1] ?? "") + (operation.name === "projections" ? "?soc=15-1252,15-1254" : "");
        const { body } = await answer(operation.name, address);
        const figures = figuresIn(body.data);
        // Skills carry no published figure (a role count is Career Atlas's own); the other answers carry projections.
        if (!operation.name.startsWith("skill")) expect(figures.length, address).toBeGreaterThan(0);
        for (const id of JSON.stringify(body.data).match(/"(?:source|mappingSource)":"[^"]+"/g) ?? []) {
          expect(body.sources, `${address} cites ${id}`).toHaveProperty(id.split(":")[1]!.slice(1, -1));
        }
        for (const figure of figures) {
          expect(figure.dataYear, address).toMatch(/^(\d{4}|May \d{4}|\d{4}-\d{2})$/);
          expect(body.sources, `${address} cites ${figure.source}`).toHaveProperty(figure.source);
        }
      }
    });
  });

  describe("figures as published", () => {
    it("gives a role's primary occupation's projection exactly as the seed file has it", async () => {
      const { body } = await answer("role", "/api/v1/roles/back-end-developer?vintage=2022-32");
      expect(body.period).toBe("2022-32");
      const primary = body.data.occupations.find((o) => o.primary)!;
      expect(primary.socCode).toBe("15-1254");
      expect(primary.projection!.employmentBase).toEqual({ value: 98800, unit: "jobs", dataYear: "2022", source: expect.any(String) });
      expect(primary.projection!.changePercent.value).toBe(17);
      expect(body.data.skills.length).toBe(
        curatedDataset().dataset.roles.find((r) => r.role.slug === "back-end-developer")!.role.skills.length,
      );
      expect(body.sources[primary.mappingSource]).toBeDefined();
    });

    it("lists occupations 100 a page with the number of matches, and filters by title words", async () => {
      const first = await answer("occupations", "/api/v1/occupations");
      expect(first.body.pageSize).toBe(100);
      expect(first.body.data).toHaveLength(100);
      const nurses = await answer("occupations", "/api/v1/occupations?q=registered%20nurses");
      expect(nurses.body.data.map((o) => o.socCode)).toContain("29-1141");
      const last = Math.ceil(first.body.total / 100);
      const lastPage = await answer("occupations", `/api/v1/occupations?page=${last}`);
      expect(lastPage.body.data.length).toBe(first.body.total - (last - 1) * 100);
      expect((await problemOf("occupations", `/api/v1/occupations?page=${last + 1}`)).status).toBe(404);
      expect(queriesOf(first.headers)).toBe(queriesOf(nurses.headers));
    });

    // A counselor's pass (2026-12-06): /api/v1/occupations?page=99999 was a 400 "“page”: must be a page number: 1, 2, 3 …",
    // though it is one, only past the end; page 5 of four was a 404 in other words. What would break: a page number of
    // any length refused as no page number, or a past-the-end answer that does not say how many pages there are.
    it("answers a page past the last with a 404 saying how many pages there are, however long its number", async () => {
      const { body } = await answer("occupations", "/api/v1/occupations");
      const pages = Math.ceil(body.total / 100);
      const total = body.total.toLocaleString("en-US");
      for (const page of [String(pages + 1), "99999", "9".repeat(30)]) {
        expect(await problemOf("occupations", `/api/v1/occupations?page=${page}`), page).toEqual({
          status: 404,
          detail: `There are ${pages} pages of 100 (${total} occupations); page ${page} is past the end.`,
        });
      }
      // With a filter, its own count; page 1 of no match is an empty page, not an error.
      const nurses = await answer("occupations", "/api/v1/occupations?q=registered%20nurses");
      expect(await problemOf("occupations", "/api/v1/occupations?q=registered%20nurses&page=2")).toEqual({
        status: 404,
        detail: `There is 1 page of 100 (${nurses.body.total} occupations); page 2 is past the end.`,
      });
      expect((await answer("occupations", "/api/v1/occupations?q=zzzzzz")).body).toMatchObject({ total: 0, data: [] });
      expect((await problemOf("occupations", `/api/v1/occupations?page=${"9".repeat(41)}`)).status).toBe(400);
    });

    it("gives an occupation's OEWS percentiles, with the top code marked where OEWS publishes none above it", async () => {
      const { body } = await answer("occupation", "/api/v1/occupations/15-1252");
      const survey = body.data.payPercentiles[0]!;
      const median = survey.percentiles.find((p) => p.percentile === 50)!;
      expect(median.annual).toEqual({
        value: SOFTWARE_DEVELOPERS_PAY.published,
        unit: "USD a year",
        dataYear: "May 2024",
        source: expect.any(String),
      });
      expect(body.data.projections.map((p) => p.period)).toEqual(expect.arrayContaining(["2024-34", "2022-32"]));
      expect(body.data.roles.map((r) => r.slug)).toContain("back-end-developer");
    });

    // A browser pass (issue 15, item 9): /api/v1/roles/{slug} had no OEWS percentiles, though the role's page and /roles.csv
    // show them and /api/v1/occupations/{code} had them. What would break: a role's occupations without the percentiles,
    // with other figures than the occupation's own, a top-coded one not marked, or no word that they are the whole
    // occupation's (the page's "for all computer programmers, not only junior developers").
    it("gives each of a role's occupations the occupation's own OEWS percentiles, a top code marked, and whom they describe", async () => {
      const junior = (await answer("role", "/api/v1/roles/junior-developer")).body.data;
      const programmers = junior.occupations.find((o) => o.primary)!;
      expect([programmers.socCode, programmers.figuresDescribe]).toEqual([
        "15-1251",
        "all computer programmers, not only junior developers",
      ]);
      const [survey] = programmers.payPercentiles;
      expect(survey!.wageYear).toBe(2024);
      // The seed file's May 2024 row of 15-1251, as published: 52190, 71860, 98670, 128960, 162090 a year.
      expect(survey!.percentiles.map((p) => [p.percentile, p.annual?.value, p.atOrAboveTopCode])).toEqual([
        [10, 52190, false],
        [25, 71860, false],
        [50, 98670, false],
        [75, 128960, false],
        [90, 162090, false],
      ]);
      expect(survey!.percentiles[0]!.annual).toEqual({ value: 52190, unit: "USD a year", dataYear: "May 2024", source: "bls-oews-2024" });
      for (const role of ["junior-developer", "cto"]) {
        for (const o of (await answer("role", `/api/v1/roles/${role}`)).body.data.occupations) {
          const occupation = (await answer("occupation", `/api/v1/occupations/${o.socCode}`)).body.data;
          expect(o.payPercentiles, `${role}: ${o.socCode}`).toEqual(occupation.payPercentiles);
          expect(o.payPercentiles.length, `${role}: ${o.socCode}`).toBeGreaterThan(0);
        }
      }

      // Computer and information systems managers (the CTO's occupation): OEWS top-codes the 90th percentile.
      const cto = (await answer("role", "/api/v1/roles/cto")).body.data;
      const managers = cto.occupations.find((o) => o.primary)!;
      expect(managers.socCode).toBe("11-3021");
      expect(managers.figuresDescribe).toBe("all computer and information systems managers, not only chief technology officers");
      const p90 = managers.payPercentiles[0]!.percentiles.find((p) => p.percentile === 90)!;
      expect(p90).toEqual({
        percentile: 90,
        annual: { value: 239200, unit: "USD a year", dataYear: "May 2024", source: "bls-oews-2024" },
        hourly: { value: 115, unit: "USD an hour", dataYear: "May 2024", source: "bls-oews-2024" },
        atOrAboveTopCode: true,
      });
      expect(managers.payPercentiles[0]!.percentiles.filter((p) => p.atOrAboveTopCode).map((p) => p.percentile)).toEqual([90]);

      // The list carries what the occupations list does (the median with each projection, no percentiles), and whom its figures describe.
      const listed = (await answer("roles", "/api/v1/roles")).body.data.find((r) => r.slug === "junior-developer")!;
      expect(listed.occupation).toMatchObject({ socCode: "15-1251", figuresDescribe: programmers.figuresDescribe });
      expect(listed).not.toHaveProperty("payPercentiles");
    });

    it("gives each line's median as the pages show it: hourly where OEWS publishes hourly pay only, a top code marked, never converted", async () => {
      const actors = (await answer("occupation", "/api/v1/occupations/27-2011")).body.data.projections.find((p) => p.period === "2024-34")!;
      expect(actors.medianAnnualWage).toBeNull();
      expect(actors.medianPay).toEqual({
        value: 23.33,
        unit: "USD an hour",
        atLeast: false,
        dataYear: "May 2024",
        source: "bls-oews-2024",
      });
      // 2022-32's base year has no OEWS survey loaded: no median rather than another year's.
      const older = (await answer("occupation", "/api/v1/occupations/27-2011")).body.data.projections.find((p) => p.period === "2022-32")!;
      expect(older.medianPay).toBeNull();
      const listed = await answer("occupations", "/api/v1/occupations?q=actors");
      expect(listed.body.data.find((p) => p.socCode === "27-2011")!.medianPay).toMatchObject({ value: 23.33, unit: "USD an hour" });
      const [software, anesthesiologists] = (await answer("projections", "/api/v1/projections?soc=15-1252,29-1211&vintage=2024-34")).body
        .data;
      expect(software!.medianPay).toEqual({ ...software!.medianAnnualWage, atLeast: false });
      expect(anesthesiologists!.medianPay).toMatchObject({ value: 239200, unit: "USD a year", atLeast: true, dataYear: "May 2024" });
    });

    it("answers projections for several codes, in one period or all", async () => {
      const all = await answer("projections", "/api/v1/projections?soc=15-1252,29-1141");
      const one = await answer("projections", "/api/v1/projections?soc=15-1252,29-1141&vintage=2024-34");
      expect(one.body.data.map((p) => p.socCode)).toEqual(["15-1252", "29-1141"]);
      expect(all.body.data.length).toBeGreaterThan(one.body.data.length);
    });
  });

  describe("bad input and unknown items", () => {
    it("answers 400 problem+json naming the parameter: malformed, not taken, repeated or blank", async () => {
      for (const [name, address, words] of [
        ["roles", "/api/v1/roles?vintage=2024", "“vintage”"],
        ["roles", "/api/v1/roles?vintage=2030-40", "no BLS projections for the period 2030-40"],
        ["roles", "/api/v1/roles?sort=pay", "“sort” is not a parameter of this address (it takes vintage, data)"],
        ["roles", "/api/v1/roles?vintage=2024-34&vintage=2022-32", "more than once"],
        ["roles", "/api/v1/roles?vintage=", "blank"],
        ["skills", "/api/v1/skills?x=1", "it takes none"],
        ["occupations", "/api/v1/occupations?page=0", "“page”: must be a page number: 1, 2, 3 …"],
        ["occupations", "/api/v1/occupations?q=a", "“q”"],
        // What would break: a missing parameter said "has a parameter we cannot use … is required".
        ["projections", "/api/v1/projections", "This address needs the parameter “soc”: one or more SOC codes"],
        ["projections", "/api/v1/projections?soc=15-1252,nurse", "SOC code"],
        ["roles", "/api/v1/roles?data=latest", "“data”"],
        // What would break: a broken %-escape was read as U+FFFD and judged as text ("must be at least 2 characters").
        ["occupations", "/api/v1/occupations?q=%E0%A4", "“q” has a broken %-escape (“q=%E0%A4”)"],
        ["occupations", "/api/v1/occupations?q%E0=ab", "A parameter's name has a broken %-escape"],
        ["occupations", "/api/v1/occupations?q=a%00b", "“q” contains a null character (U+0000)"],
      ] as const) {
        const { status, detail } = await problemOf(name, address);
        expect(status, address).toBe(400);
        expect(detail, address).toContain(words);
      }
    });

    it("answers 404 problem+json for an unknown role, skill, occupation or data version", async () => {
      for (const [name, address] of [
        ["role", "/api/v1/roles/nobody"],
        ["role", "/api/v1/roles/Not%20A%20Slug"],
        ["skill", "/api/v1/skills/nothing"],
        ["occupation", "/api/v1/occupations/99-9999"],
        ["occupation", "/api/v1/occupations/nurse"],
        ["roles", "/api/v1/roles?data=v999-1a2b3c4d"],
      ] as const) {
        expect((await problemOf(name, address)).status, address).toBe(404);
      }
      // What would break: /data promises a 404 for an unknown occupation; projections answered 200 with `data: []`.
      for (const [address, words] of [
        ["/api/v1/projections?soc=99-9999", "There is no BLS occupation 99-9999."],
        // One unknown code in a list is a 404 naming it, not an answer that silently leaves it out.
        ["/api/v1/projections?soc=15-1252,99-9999,98-9999", "There are no BLS occupations 99-9999 and 98-9999."],
        ["/api/v1/projections?soc=99-9999,98-9999,97-9999", "There are no BLS occupations 99-9999, 98-9999 and 97-9999."],
      ] as const) {
        const { status, detail } = await problemOf("projections", address);
        expect(status, address).toBe(404);
        expect(detail, address).toContain(words);
      }
      // What would break: a control character was shown as “?”, which names nothing.
      expect((await problemOf("occupation", "/api/v1/occupations/%00")).detail).toBe(
        "“%00” is not an occupation code. It contains a null character (U+0000). Codes look like 15-1252 (SOC 2018, as BLS publishes them).",
      );
      expect((await problemOf("role", "/api/v1/roles/%00x")).detail).toContain(
        "“/api/v1/roles/%00x”. It contains a null character (U+0000).",
      );
      const other = unknownAddressLoader({ params: { "*": "jobs" } });
      expect(other.status).toBe(404);
      expect(other.headers.get("Content-Type")).toBe("application/problem+json; charset=utf-8");
      expect(((await other.json()) as { detail: string }).detail).toContain("/api/v1/openapi.json");
    });
  });

  describe("data version, ETags and CORS", () => {
    let firstTag: string;
    let secondTag: string;

    beforeAll(async () => {
      firstTag = (await getCurrentDataVersion())!.tag;
      const outcome = await seedDatabase(ctx.db, loadDataset(changedPayDataset()));
      expect(outcome.status).toBe("loaded");
      secondTag = (await getCurrentDataVersion())!.tag;
    });

    it("answers 304 to the ETag it sent, and a new ETag once newer data is loaded", async () => {
      const first = await get("occupation", "/api/v1/occupations/15-1252");
      const etag = first.headers.get("ETag")!;
      expect(etag).toMatch(new RegExp(`^W/"${secondTag}-`));
      expect(first.headers.get("Cache-Control")).toContain("public");
      expect(first.headers.get("Access-Control-Allow-Origin")).toBe("*");
      expect(first.headers.get("Access-Control-Expose-Headers")).toContain("ETag");
      const again = await get("occupation", "/api/v1/occupations/15-1252", { etag });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe("");
      expect(again.headers.get("ETag")).toBe(etag);
      const other = await get("occupation", "/api/v1/occupations/15-1254", { etag });
      expect(other.status, "another address has another ETag").toBe(200);
      // What would break: RFC 9110's weak comparison. A list naming it, the tag without W/, and * are all 304 too.
      for (const ifNoneMatch of [`"x", ${etag}`, etag.replace(/^W\//, ""), "*"]) {
        const revalidated = await get("occupation", "/api/v1/occupations/15-1252", { etag: ifNoneMatch });
        expect(revalidated.status, ifNoneMatch).toBe(304);
        expect(revalidated.headers.get("ETag"), ifNoneMatch).toBe(etag);
      }
      expect((await get("occupation", "/api/v1/occupations/15-1252", { etag: '"x", "y"' })).status).toBe(200);
    });

    it("names the build in the ETag, so a deploy that changes an answer's shape but not the data sends the new answer", async () => {
      // What would break: a client revalidating after such a deploy got a 304 and kept the old build's JSON.
      const request = (build: string, etag?: string) =>
        rolesLoader(
          routeArgs(
            new Request("http://localhost/api/v1/roles", { headers: etag ? { "If-None-Match": etag } : {} }),
            {},
            { buildVersion: build },
          ),
        );
      const before = (await request("build-before")).headers.get("ETag")!;
      expect(before).toMatch(new RegExp(`^W/"${secondTag}-[0-9a-f]+-build-before"$`));
      const after = await request("build-after", before);
      expect(after.status).toBe(200);
      expect(after.headers.get("ETag")).toMatch(/-build-after"$/);
      expect((await request("build-before", before)).status).toBe(304);
    });

    it("pins projections and wages to an archived version with data=, naming both versions", async () => {
      const current = await answer("projections", "/api/v1/projections?soc=15-1252&vintage=2024-34");
      expect(current.body.dataVersion).toBe(secondTag);
      expect(current.headers.get("X-Data-Version")).toBe(secondTag);
      expect(current.body.data[0]!.medianAnnualWage!.value).toBe(SOFTWARE_DEVELOPERS_PAY.changed);
      const pinned = await answer("projections", `/api/v1/projections?soc=15-1252&vintage=2024-34&data=${firstTag}`);
      expect(pinned.body.dataVersion).toBe(firstTag);
      expect(pinned.body.currentDataVersion).toBe(secondTag);
      expect(pinned.headers.get("X-Data-Version")).toBe(firstTag);
      expect(pinned.body.data[0]!.medianAnnualWage!.value).toBe(SOFTWARE_DEVELOPERS_PAY.published);
      expect(pinned.headers.get("ETag")).not.toBe(current.headers.get("ETag"));
      const role = await answer("role", `/api/v1/roles/software-engineer?data=${firstTag}`);
      expect(role.body.data.occupations.find((o) => o.socCode === "15-1252")?.projection?.medianAnnualWage?.value).toBe(
        SOFTWARE_DEVELOPERS_PAY.published,
      );
      // What would break: a pinned role's percentiles from the live table rather than its version's, or other than the
      // pinned occupation's own.
      const p10 = (occupations: (typeof role.body.data.occupations)[number][]) =>
        occupations.find((o) => o.socCode === "15-1252")!.payPercentiles[0]!.percentiles.find((p) => p.percentile === 10)!.annual!.value;
      const currentRole = await answer("role", "/api/v1/roles/software-engineer");
      expect(p10(role.body.data.occupations)).toBe(SOFTWARE_DEVELOPERS_P10.published);
      expect(p10(currentRole.body.data.occupations)).toBe(SOFTWARE_DEVELOPERS_P10.changed);
      expect(role.headers.get("ETag")).not.toBe(currentRole.headers.get("ETag"));
      expect((await get("role", "/api/v1/roles/software-engineer", { etag: currentRole.headers.get("ETag")! })).status).toBe(304);
      // OEWS percentiles are archived with each version: a pinned occupation has the ones published with its medians.
      const occupation = await answer("occupation", `/api/v1/occupations/15-1252?data=${firstTag}`);
      const currentOccupation = await answer("occupation", `/api/v1/occupations/15-1252`);
      expect(occupation.body.data.payPercentiles.length).toBeGreaterThan(0);
      expect(JSON.stringify(occupation.body.data.payPercentiles[0])).toContain(String(SOFTWARE_DEVELOPERS_PAY.published));
      expect(JSON.stringify(currentOccupation.body.data.payPercentiles[0])).toContain(String(SOFTWARE_DEVELOPERS_PAY.changed));
      for (const [pinnedRole, pinnedOccupation] of [
        [role, occupation],
        [currentRole, currentOccupation],
      ] as const) {
        expect(pinnedRole.body.data.occupations.find((o) => o.socCode === "15-1252")!.payPercentiles).toEqual(
          pinnedOccupation.body.data.payPercentiles,
        );
        expect(pinnedRole.body.dataVersion).toBe(pinnedOccupation.body.dataVersion);
      }
    });

    it("knows, pinned, the codes of the pinned version's archive, though a later load dropped one from the live tables", async () => {
      // What would break: known codes came from the live occupations table, so a code the pinned version published and
      // a later load no longer has answered 404 at an address pinned to that version.
      const dropped = "15-1259";
      const archive = t.dataVersionProjections;
      const [line] = await ctx.db
        .select()
        .from(archive)
        .where(
          and(
            eq(archive.dataVersionId, pinnedVersionFromTag(firstTag)!.id),
            eq(archive.socCode, "15-1252"),
            eq(archive.vintage, "2024-34"),
          ),
        );
      await ctx.db.insert(archive).values({ ...line!, socCode: dropped, occupationTitle: "Computer occupations no longer published" });
      const pinned = await answer("projections", `/api/v1/projections?soc=15-1252,${dropped}&vintage=2024-34&data=${firstTag}`);
      expect(pinned.body.data.map((p) => p.socCode)).toEqual(["15-1252", dropped]);
      const live = await problemOf("projections", `/api/v1/projections?soc=15-1252,${dropped}&vintage=2024-34`);
      expect([live.status, live.detail]).toEqual([404, `There is no BLS occupation ${dropped}. /api/v1/occupations lists them.`]);
      // What would break: the occupation's own address, pinned, looked the code up in the live table and answered 404.
      const occupation = await answer("occupation", `/api/v1/occupations/${dropped}?data=${firstTag}`);
      expect([occupation.body.data.socCode, occupation.body.data.title]).toEqual([dropped, "Computer occupations no longer published"]);
      expect(occupation.body.data.projections.map((p) => p.period)).toEqual(["2024-34"]);
      expect((await problemOf("occupation", `/api/v1/occupations/${dropped}`)).status).toBe(404);
    });
  });
});
