import { describe, expect, it } from "vitest";
import { z } from "zod";
import { brokenQueryEscape, parseSearchParams } from "~/lib/params.server";
import { apiQueries } from "~/features/open-data/api-schemas.server";

/** The 400's message parseSearchParams throws for an address, or a failure when it parses. */
async function messageFor(address: string, schema: z.ZodObject): Promise<string> {
  try {
    parseSearchParams(new URL(`http://x${address}`), schema);
  } catch (thrown) {
    if (thrown instanceof Response && thrown.status === 400) return thrown.text();
    throw thrown;
  }
  throw new Error(`${address} parsed`);
}

describe("messages for parameters an address cannot use", () => {
  it("say that a required parameter is missing, with what it takes where the schema describes it", async () => {
    // What would break: /api/v1/projections said "This address has a parameter we cannot use. “soc” is required."
    expect(await messageFor("/api/v1/projections", apiQueries.projections)).toBe(
      "This address needs the parameter “soc”: one or more SOC codes, comma-separated (at most 50), e.g. 15-1252,15-1254.",
    );
    // A blank value is no value: still missing.
    expect(await messageFor("/api/v1/projections?soc=", apiQueries.projections)).toMatch(/^This address needs the parameter “soc”/);
    const bare = z.object({ code: z.string(), page: z.string().regex(/^\d+$/, "must be digits") });
    expect(await messageFor("/x?page=a", bare)).toBe(
      "This address needs the parameter “code”. This address has a parameter we cannot use. “page”: must be digits.",
    );
  });

  it("end a message that ends a sentence already with no second full stop", async () => {
    // What would break: /api/v1/occupations?page=0 said "must be a page number: 1, 2, 3 …." (a doubled full stop).
    expect(await messageFor("/api/v1/occupations?page=0", apiQueries.occupations)).toBe(
      "This address has a parameter we cannot use. “page”: must be a page number: 1, 2, 3 …",
    );
    const dotted = z.object({ a: z.string().regex(/^\d$/, "must be one digit.") });
    expect(await messageFor("/x?a=xx", dotted)).toBe("This address has a parameter we cannot use. “a”: must be one digit.");
  });

  it("name each bad parameter, in the plural when there are several", async () => {
    const two = z.object({ a: z.string().regex(/^\d$/, "must be one digit"), b: z.string().regex(/^\d$/, "must be one digit") });
    expect(await messageFor("/x?a=xx&b=yy", two)).toBe(
      "This address has parameters we cannot use. “a”: must be one digit; “b”: must be one digit.",
    );
    // A review: one parameter with two problems is one parameter.
    const twice = z.object({ a: z.string().min(3, "must have 3 characters").regex(/^\d+$/, "must be digits") });
    expect(await messageFor("/x?a=x", twice)).toBe(
      "This address has a parameter we cannot use. “a”: must have 3 characters; “a”: must be digits.",
    );
  });

  it("keep a name or an initialism at the start of a description as written", async () => {
    const described = z.object({ code: z.string().describe("O*NET-SOC codes, e.g. 15-1252.00") });
    expect(await messageFor("/x", described)).toBe("This address needs the parameter “code”: O*NET-SOC codes, e.g. 15-1252.00.");
    const plain = z.object({ code: z.string().describe("A code such as 15-1252") });
    expect(await messageFor("/x", plain)).toBe("This address needs the parameter “code”: a code such as 15-1252.");
  });

  it("say that a %-escape is broken rather than judge the U+FFFD URLSearchParams reads it as", async () => {
    // What would break: q=%E0%A4 (a cut-off character) answered "“q”: must be at least 2 characters".
    expect(await messageFor("/api/v1/occupations?q=%E0%A4", apiQueries.occupations)).toBe(
      "The parameter “q” has a broken %-escape (“q=%E0%A4”): a %-escape must spell UTF-8 text, as encodeURIComponent writes it.",
    );
    expect(await messageFor("/api/v1/occupations?q%FF=nurse", apiQueries.occupations)).toMatch(/^A parameter's name has a broken %-escape/);
    // UTF-8 text, a literal % (escaped, or bare where no two hex digits follow, as URLSearchParams reads it) and a +
    // for a space are all well formed: "?q=100%" and a tracker's "utm_campaign=50%off" were 400s in a first version.
    for (const address of [
      "/api/v1/occupations?q=caf%C3%A9",
      "/api/v1/occupations?q=100%25",
      "/api/v1/occupations?q=100%",
      "/api/v1/occupations?q=web+developers",
    ]) {
      expect(() => parseSearchParams(new URL(`http://x${address}`), apiQueries.occupations), address).not.toThrow();
    }
    expect(brokenQueryEscape("?utm_campaign=50%off&q=nurse")).toBeNull();
    expect(brokenQueryEscape("?q=ab%E0%A4")).toEqual({ pair: "q=ab%E0%A4", key: "q" });
    expect(brokenQueryEscape("q%FF=1")).toEqual({ pair: "q%FF=1", key: null });
  });
});
