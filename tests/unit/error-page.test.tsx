import { renderToStaticMarkup } from "react-dom/server";
import { UNSAFE_ErrorResponseImpl as ErrorResponse } from "react-router";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parameterStatusText, parametersOfError } from "~/lib/parameter-errors";
import { parseSearchParams } from "~/lib/params.server";
import { errorMeta, errorTitle, ErrorView } from "~/ui/error-boundary";

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

const thrownBy = (run: () => unknown): Response => {
  try {
    run();
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
  throw new Error("nothing thrown");
};

const roleSearch = <section>Search for a role</section>;

describe("which parameters an error is about", () => {
  it("are named in the statusText, and read back; anything that is not a parameter name is left out", () => {
    expect(parameterStatusText(404, ["data"])).toBe("Not Found (data)");
    expect(parameterStatusText(400, ["vintage", "band", "vintage"])).toBe("Bad Request (vintage, band)");
    expect(parametersOfError("Bad Request (vintage, band)")).toEqual(["vintage", "band"]);
    // A statusText must stay a valid reason phrase: a key typed into the address is not quoted back unless it is a name.
    expect(parameterStatusText(400, ["q\u0000", "a b", "é"])).toBe("Bad Request");
    expect(() => new Response("", { status: 400, statusText: parameterStatusText(400, ["a".repeat(40)]) })).not.toThrow();
    expect(parametersOfError("Not Found")).toEqual([]);
    expect(parametersOfError("Bad Request")).toEqual([]);
  });

  it("are the ones parseSearchParams judged, in its 400", () => {
    const schema = z.object({
      data: z.string().regex(/^v\d+$/, "a tag"),
      vintage: z
        .string()
        .regex(/^\d{4}-\d{2}$/, "a period")
        .optional(),
    });
    expect(thrownBy(() => parseSearchParams("http://x/roles/cto?data=garbage", schema)).statusText).toBe("Bad Request (data)");
    expect(thrownBy(() => parseSearchParams("http://x/roles/cto?data=v1&vintage=x", schema)).statusText).toBe("Bad Request (vintage)");
    // A missing required one too.
    expect(thrownBy(() => parseSearchParams("http://x/roles/cto", schema)).statusText).toBe("Bad Request (data)");
    // A broken %-escape in a parameter's value names the parameter; in its name, none.
    expect(thrownBy(() => parseSearchParams("http://x/roles/cto?data=%E0%A4", schema)).statusText).toBe("Bad Request (data)");
    expect(thrownBy(() => parseSearchParams("http://x/roles/cto?%E0%A4=1", schema)).statusText).toBe("Bad Request");
  });
});

// A counselor's pass (2026-12-06): /roles/back-end-developer?data=garbage (400) and ?data=v1-00000000 (404) were
// titled "Role not found — Career Atlas", and the 404 offered "Search for a role — The role may have another name…",
// though the role exists and only the pin was wrong. What would break: a bad pin titled or treated as a missing role.
describe("an error page's title and help", () => {
  const unknownPin = new ErrorResponse(404, parameterStatusText(404, ["data"]), "There is no data version “v1-00000000”.");
  const malformedPin = new ErrorResponse(400, parameterStatusText(400, ["data"]), "“data”: use a data version tag such as v3-1a2b3c4d.");
  const unknownRole = new ErrorResponse(404, "Not Found", "We have no role at the address “/roles/astronaut”.");

  it("names the pin, not the page's subject, when the pin is what is wrong", () => {
    expect(errorTitle(unknownPin, "Role not found")).toBe("Pinned data version not found");
    expect(errorTitle(malformedPin, "Role not found")).toBe("Bad link: data version");
    expect(errorMeta(malformedPin, "Occupation not found")).toEqual([{ title: "Bad link: data version — Career Atlas" }]);
    expect(errorTitle(new ErrorResponse(400, parameterStatusText(400, ["vintage", "slide"]), ""))).toBe(
      "Bad link: projection period and “slide”",
    );
  });

  it("says the page's subject is not found only for a 404 about it, and nothing of the kind for another status", () => {
    expect(errorTitle(unknownRole, "Role not found")).toBe("Role not found");
    expect(errorTitle(unknownRole)).toBe("Page not found");
    expect(errorTitle(new ErrorResponse(400, "Bad Request", "Ask for one chart."), "Role not found")).toBe(
      "That request could not be understood",
    );
    expect(errorTitle(new Error("boom"), "Role not found")).toBe("Something went wrong on our side");
    expect(errorMeta(undefined, "Role not found")).toEqual([{ title: "Something went wrong on our side — Career Atlas" }]);
  });

  it("offers the search for a role only under a 404 about the role, and heads a pin's error with what is wrong", () => {
    const pin = renderToStaticMarkup(<ErrorView error={unknownPin} notFound={roleSearch} />);
    expect(text(pin)).toContain("Error 404 Pinned data version not found There is no data version “v1-00000000”.");
    expect(pin).not.toContain("Search for a role");
    const malformed = renderToStaticMarkup(<ErrorView error={malformedPin} notFound={roleSearch} />);
    expect(text(malformed)).toContain("Error 400 Bad link: data version");
    expect(malformed).not.toContain("Search for a role");
    const role = renderToStaticMarkup(<ErrorView error={unknownRole} notFound={roleSearch} />);
    expect(text(role)).toContain("Error 404 Page not found We have no role at the address “/roles/astronaut”.");
    expect(role).toContain("Search for a role");
  });
});
