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
  it("default to the latest vintage with no filters", () => {
    expect(parse("")).toEqual({ vintage: "2024-34" });
  });

  it("ignore empty values (an unselected <select>) and keep the last of repeated ones", () => {
    expect(parse("?cluster=&industry=&sort=growth&sort=pay")).toEqual({ vintage: "2024-34", sort: "pay" });
  });

  it("answer 400 naming the parameter and its allowed values, never a 500", async () => {
    const bad = await status(() => parse("?vintage=2099-09"));
    expect(bad.status).toBe(400);
    expect(bad.text).toContain("“vintage”: must be one of: 2022-32, 2023-33, 2024-34");
    for (const query of [
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
    expect(nul.text).toContain("“industry” contains characters that cannot be used");
    expect((await status(() => parse("?q=%07bell"))).status).toBe(400);
  });

  it("write short, stable links that omit defaults", () => {
    expect(roleQueryString({ vintage: "2024-34" })).toBe("");
    expect(roleQueryString({ vintage: "2022-32", cluster: "security", sort: "pay", dir: "desc" })).toBe(
      "?vintage=2022-32&cluster=security&sort=pay&dir=desc",
    );
    expect(roleQueryString({ vintage: "2024-34", sort: "title", dir: "asc" }, { sort: "title", dir: "asc" })).toBe("");
  });
});
