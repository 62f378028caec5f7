import { describe, expect, it } from "vitest";
import { z } from "zod";
import { loadPublicPage } from "~/lib/page-loader.server";
import { parseSearchParams } from "~/lib/params.server";
import { trackSearchParamReads } from "~/lib/search-param-reads.server";

/**
 * Canonical addresses (issue 13, item 3): a parameter the page's zod schemas do not read (`?x=<random>`, the cache
 * buster) made a page cache key and a full render of its own. Now loadPublicPage redirects to the address without it.
 */
const pageQuery = z.object({ vintage: z.string().optional(), roles: z.array(z.string()).optional() });
const pinQuery = z.object({ data: z.string().optional() });

/** What the page answers for `address` inside a request, as the server runs it (trackSearchParamReads). */
async function answer(address: string, { pinParsedInLoad = false } = {}): Promise<{ status: number; location: string | null }> {
  try {
    await trackSearchParamReads(() =>
      loadPublicPage(new Request(`http://127.0.0.1${address}`), {
        query: pageQuery,
        load: async (_query, url) => {
          if (pinParsedInLoad) parseSearchParams(url, pinQuery);
          return { dataVersion: { tag: "v1-test" } };
        },
      }),
    );
    return { status: 200, location: null };
  } catch (thrown) {
    if (!(thrown instanceof Response)) throw thrown;
    return { status: thrown.status, location: thrown.headers.get("Location") };
  }
}

describe("a page's canonical address", () => {
  it("redirects a parameter no schema reads to the page without it", async () => {
    expect(await answer("/roles/cto?x=1764780000-1")).toEqual({ status: 301, location: "/roles/cto" });
    expect(await answer("/roles/cto?vintage=2024-34&x=2")).toEqual({ status: 301, location: "/roles/cto?vintage=2024-34" });
  });

  it("keeps every parameter some schema of the page read, including one parsed inside load", async () => {
    expect(await answer("/roles/cto?vintage=2024-34&data=v1-abcd1234", { pinParsedInLoad: true })).toEqual({
      status: 200,
      location: null,
    });
    expect(await answer("/roles/cto?vintage=2024-34&data=v1-abcd1234")).toEqual({ status: 301, location: "/roles/cto?vintage=2024-34" });
  });

  it("drops blank values and all but the last value of a single-valued parameter (what the schema reads)", async () => {
    expect(await answer("/roles/cto?vintage=&vintage=2024-34")).toEqual({ status: 301, location: "/roles/cto?vintage=2024-34" });
    expect(await answer("/roles/cto?vintage=2022-32&vintage=2024-34")).toEqual({ status: 301, location: "/roles/cto?vintage=2024-34" });
    expect(await answer("/roles/cto?&&vintage=2024-34")).toEqual({ status: 301, location: "/roles/cto?vintage=2024-34" });
  });

  it("keeps the repeated values of an array parameter, and commas and colons as they are written in our links", async () => {
    expect(await answer("/compare?roles=cto&roles=qa-engineer")).toEqual({ status: 200, location: null });
    expect(await answer("/compare?roles=cto,qa-engineer&vintage=2024-34")).toEqual({ status: 200, location: null });
    expect(await answer("/compare?roles=cto,qa-engineer&utm_source=mail")).toEqual({
      status: 301,
      location: "/compare?roles=cto,qa-engineer",
    });
    // What a loader sees after React Router re-serialised the address.
    expect(await answer("/compare?roles=cto%2Cqa-engineer&vintage=2024-34&x=1")).toEqual({
      status: 301,
      location: "/compare?roles=cto,qa-engineer&vintage=2024-34",
    });
  });

  it("changes nothing outside a request the server tracks (a test calling a loader directly)", async () => {
    const page = await loadPublicPage(new Request("http://127.0.0.1/roles/cto?x=1"), {
      query: pageQuery,
      load: async () => ({ dataVersion: { tag: "v1-test" } }),
    });
    expect(page.url.search).toBe("?x=1");
  });
});
