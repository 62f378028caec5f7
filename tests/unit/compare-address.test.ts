import { describe, expect, it } from "vitest";
import { parseSearchParams } from "~/lib/params.server";
import { compareQuerySchema } from "~/features/compare/params.server";
import { comparedHeading, compareHref } from "~/features/compare/role-comparison";
import { comparisonColumns, sharedOccupationsOf, type ComparedOccupation } from "~/features/compare/comparison";
import type { ComparedRole } from "~/features/compare/role-comparison";
import type { PayPercentiles } from "~/features/pay/pay";

const parse = (query: string) => parseSearchParams(new URL(`http://x/compare${query}`), compareQuerySchema);

/** The 400 a malformed address is answered with (parseSearchParams throws it), as status and text. */
async function rejection(query: string): Promise<{ status: number; text: string }> {
  try {
    parse(query);
  } catch (thrown) {
    if (thrown instanceof Response) return { status: thrown.status, text: await thrown.text() };
    throw thrown;
  }
  throw new Error(`${query} was accepted`);
}

describe("the compare address", () => {
  it("reads a role-only address exactly as before occupations existed", () => {
    expect(parse("?roles=back-end-developer,data-scientist")).toEqual({
      roles: ["back-end-developer", "data-scientist"],
      add: [],
      occupations: [],
    });
  });

  it("reads occupation codes in order, ignoring empty entries and spaces", () => {
    expect(parse("?roles=cto&occupations=15-1252,%2029-1141%20,")).toMatchObject({ roles: ["cto"], occupations: ["15-1252", "29-1141"] });
    expect(parse("?occupations=29-1141").roles).toEqual([]);
  });

  it("takes the picker's words or code as typed, trimmed", () => {
    expect(parse("?find=%20registered%20nurse%20").find).toBe("registered nurse");
    expect(parse("?find=29-1141").find).toBe("29-1141");
  });

  it("answers a malformed occupation code with a 400 that names the parameter and the code", async () => {
    for (const [query, message] of [
      ["?occupations=15-12", "“occupations”: “15-12” is not an occupation code"],
      ["?occupations=15-1252.1", "“15-1252.1” is not an occupation code"],
      ["?occupations=nurse", "“nurse” is not an occupation code"],
      ["?occupations=15-1252;29-1141", "is not an occupation code"],
      [`?occupations=${"15-1252,".repeat(11)}`, "is too long"],
      [`?find=${"x".repeat(101)}`, "“find”: is too long"],
    ] as const) {
      const { status, text } = await rejection(query);
      expect(status, query).toBe(400);
      expect(text, query).toContain(message);
    }
  });

  it("writes roles first, then occupations, leaving both out when empty and the newest period out", () => {
    const latest = "2024-34";
    expect(compareHref(["cto", "qa-engineer"], { vintage: latest, latest })).toBe("/compare?roles=cto,qa-engineer");
    expect(compareHref(["cto"], { vintage: "2022-32", latest, occupations: ["29-1141", "15-1252"] })).toBe(
      "/compare?roles=cto&occupations=29-1141,15-1252&vintage=2022-32",
    );
    expect(compareHref([], { vintage: latest, latest, occupations: ["29-1141"], path: "/compare.csv", extra: { chart: "pay" } })).toBe(
      "/compare.csv?occupations=29-1141&chart=pay",
    );
  });
});

const projection = {
  vintage: "2024-34",
  baseYear: 2024,
  targetYear: 2034,
  changePercent: 4.9,
  changeNumeric: 166100,
  employmentBase: 3391000,
  employmentProjected: 3557100,
  annualOpenings: 189100,
  medianAnnualWage: 93600,
  wageYear: 2024,
  sourceId: "bls-ep-2024-34",
};

function occupation(socCode: string, title: string): ComparedOccupation {
  return {
    socCode,
    title,
    sourceId: "bls-ep-2024-34",
    kind: "detailed",
    projection: { ...projection },
    growthBand: null,
    growthComparison: null,
    entryEducation: "Bachelor's degree",
    workExperience: "None",
    laborForceExits: null,
    occupationalTransfers: null,
    technology: { listed: 0, inDemand: [], hot: [], sourceId: null },
    ai: { exposure: [], applicability: [] },
  };
}

const role = {
  slug: "back-end-developer",
  title: "Back-End Developer",
  level: "mid",
  occupation: { socCode: "15-1254", title: "Web developers", onetCode: "15-1254.00", sourceId: "onet-30-1" },
  projection: null,
  growthBand: null,
  growthComparison: null,
  otherWages: [],
  entryEducation: "Bachelor's degree",
  workExperience: "None",
  entrySourceId: "bls-ep-2024-34",
  entryDataYear: "2024-34",
} as unknown as ComparedRole;

const pay = (sourceId: string) => ({ wageYear: 2024, sourceId }) as PayPercentiles;

describe("the columns of a comparison", () => {
  it("puts the roles first, then the occupations, each with its occupation's percentiles and its profile", () => {
    const columns = comparisonColumns(
      [role],
      [occupation("29-1141", "Registered nurses")],
      new Map([
        ["15-1254", pay("oews-web")],
        ["29-1141", pay("oews-nurses")],
      ]),
    );
    expect(columns.map((c) => [c.key, c.kind, c.href, c.pay?.sourceId])).toEqual([
      ["back-end-developer", "role", "/roles/back-end-developer", "oews-web"],
      ["occupation:29-1141", "occupation", "/occupations/29-1141", "oews-nurses"],
    ]);
    // An occupation's entry education is BLS's, dated by the projection it comes with; it has no curated level.
    expect(columns[1]).toMatchObject({ entrySourceId: "bls-ep-2024-34", entryDataYear: "2024-34", level: null });
  });

  it("says nothing of entry education's source where BLS published no line for the period", () => {
    const [column] = comparisonColumns(
      [],
      [{ ...occupation("29-1141", "Registered nurses"), projection: null, entryEducation: null }],
      new Map(),
    );
    expect(column).toMatchObject({ projection: null, entryEducation: null, entrySourceId: null, entryDataYear: null, pay: null });
  });

  it("finds occupations two columns show: a role and the occupation it is filed under", () => {
    const columns = comparisonColumns(
      [role],
      [occupation("15-1254", "Web developers"), occupation("29-1141", "Registered nurses")],
      new Map(),
    );
    expect(sharedOccupationsOf(columns)).toEqual([
      { socCode: "15-1254", title: "Web developers", columnTitles: ["Back-End Developer", "Web developers"], includesOccupation: true },
    ]);
  });
});

describe("the picker's heading", () => {
  it("counts what is compared against the limit, and for more than the limit says how many were asked for apart from it", () => {
    expect(comparedHeading({ roles: 0, occupations: 0 })).toBe("Choose roles or occupations to compare");
    expect(comparedHeading({ roles: 3, occupations: 0 })).toBe("Roles compared (3 of at most 4)");
    expect(comparedHeading({ roles: 2, occupations: 2 })).toBe("Roles and occupations compared (4 of at most 4)");
    // "5 of at most 4" read as a contradiction (a user pass on /compare?roles=a,b,c,d,e).
    expect(comparedHeading({ roles: 5, occupations: 0 })).toBe("Roles listed: 5; at most 4 can be compared");
    expect(comparedHeading({ roles: 3, occupations: 2 })).not.toMatch(/of at most/);
  });
});
