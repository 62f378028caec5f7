import { describe, expect, it } from "vitest";
import { parseSearchParams } from "~/lib/params.server";
import { roleQueryString } from "~/features/outlook/role-filters";
import { roleQuerySchema } from "~/features/outlook/params.server";

const parse = (query: string) => parseSearchParams(new URL(`http://x/roles${query}`), roleQuerySchema);

async function status(fn: () => unknown): Promise<{ status: number; text: string }> {
  try {
    fn();
  } catch (thrown) {
    if (thrown instanceof Response) return { status: thrown.status, text: await thrown.text() };
    throw thrown;
  }
  return { status: 200, text: "" };
}

describe("role query parameters", () => {
  it("leave the period to the data when the address names none (the page shows the newest loaded)", () => {
    expect(parse("")).toEqual({});
  });

  it("ignore empty values (an unselected <select>) and keep the last of repeated ones", () => {
    expect(parse("?cluster=&industry=&sort=growth&sort=pay")).toEqual({ sort: "pay" });
  });

  it("take any well-formed period (whether it is loaded is checked against the data, tests/db/periods.test.ts)", () => {
    expect(parse("?vintage=2030-40")).toEqual({ vintage: "2030-40" });
  });

  it("answer 400 naming the parameter and its allowed values, never a 500", async () => {
    const bad = await status(() => parse("?vintage=2099"));
    expect(bad.status).toBe(400);
    expect(bad.text).toContain(
      "“vintage”: write a projection period as its base year and the last two digits of its target year, as in 2024-34",
    );
    for (const query of [
      "?vintage=2024-2034",
      "?vintage=24-34",
      "?cluster=%3Cscript%3E",
      "?level=god",
      "?sort=1;drop",
      `?industry=${"a".repeat(200)}`,
      "?skill=Py%20thon",
      "?dir=sideways",
    ]) {
      expect((await status(() => parse(query))).status, query).toBe(400);
    }
  });

  it("refuse control characters in any parameter with a 400 before anything reaches the database", async () => {
    const nul = await status(() => parse("?industry=health%00care"));
    expect(nul.status).toBe(400);
    // What would break: "contains characters that cannot be used" named none of them.
    expect(nul.text).toBe("The parameter “industry” contains a null character (U+0000), which no parameter can hold.");
    expect((await status(() => parse("?q=%07bell"))).status).toBe(400);
  });

  it("write short, stable links that omit defaults, the newest loaded period among them", () => {
    expect(roleQueryString({ vintage: "2024-34" }, { vintage: "2024-34" })).toBe("");
    expect(roleQueryString({ vintage: "2022-32", cluster: "security", sort: "pay", dir: "desc" }, { vintage: "2024-34" })).toBe(
      "?vintage=2022-32&cluster=security&sort=pay&dir=desc",
    );
    expect(roleQueryString({ vintage: "2024-34", sort: "title", dir: "asc" }, { vintage: "2024-34", sort: "title", dir: "asc" })).toBe("");
    // Once a newer period is loaded, a link to 2024-34 must name it: "the newest" has moved on.
    expect(roleQueryString({ vintage: "2024-34" }, { vintage: "2025-35" })).toBe("?vintage=2024-34");
  });
});
