import { describe, expect, it } from "vitest";
import { z } from "zod";
import { etagWithBuild, noDataLoaded, pageHeaders } from "~/lib/http.server";
import { loadPublicPage } from "~/lib/page-loader.server";

const query = z.object({ vintage: z.enum(["2023-33", "2024-34"]).default("2024-34") });
const version = { tag: "v3-1a2b3c4d" };

async function thrown(promise: Promise<unknown>): Promise<Response> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof Response) return error;
    throw error;
  }
  throw new Error("expected a thrown Response");
}

describe("loadPublicPage, the steps every public page's loader shares", () => {
  it("hands load the parsed parameters and returns cache headers tied to the data version and the address", async () => {
    const page = await loadPublicPage(new Request("http://atlas.test/roles?vintage=2023-33"), {
      query,
      load: async ({ vintage }) => ({ vintage, dataVersion: version }),
    });
    expect(page.query).toEqual({ vintage: "2023-33" });
    expect(page.result).toEqual({ vintage: "2023-33", dataVersion: version });
    expect(page.headers.get("Cache-Control")).toBe("public, max-age=300, s-maxage=3600, stale-while-revalidate=86400");
    expect(page.headers.get("ETag")).toMatch(/^W\/"v3-1a2b3c4d-[0-9a-f]{12}"$/);
    expect(page.headers.get("Server-Timing")).toMatch(/^db;dur=\d+\.\d;desc="0 queries"$/);

    const other = await loadPublicPage(new Request("http://atlas.test/roles?vintage=2024-34"), {
      query,
      load: async () => ({ dataVersion: version }),
    });
    expect(other.headers.get("ETag"), "each view of a page has its own ETag").not.toBe(page.headers.get("ETag"));
  });

  it("gives a document the loader's ETag with the build's version, weak or strong as the loader's was", () => {
    expect(etagWithBuild('W/"v3-1a2b3c4d-0123456789ab"', "49a71923")).toBe('W/"v3-1a2b3c4d-0123456789ab-49a71923"');
    expect(etagWithBuild('"v3-1a2b3c4d"', "49a71923")).toBe('"v3-1a2b3c4d-49a71923"');
    expect(etagWithBuild('W/"v3-x"', "a")).not.toBe(etagWithBuild('W/"v3-x"', "b"));
  });

  it("answers a bad parameter with a 400 naming it, before any query runs", async () => {
    let loaded = false;
    const response = await thrown(
      loadPublicPage(new Request("http://atlas.test/roles?vintage=1999"), {
        query,
        load: async () => {
          loaded = true;
          return { dataVersion: version };
        },
      }),
    );
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("“vintage”");
    expect(loaded).toBe(false);
  });

  it("answers 503 with the command that loads data while the database holds none", async () => {
    const response = await thrown(loadPublicPage(new Request("http://atlas.test/"), { load: async () => ({ dataVersion: undefined }) }));
    expect(response.status).toBe(503);
    expect(await response.text()).toBe(await noDataLoaded().text());
    expect(await noDataLoaded().text()).toContain("npm run seed -- load");
  });

  it("lets a page's own thrown response through (a 404 stays a 404)", async () => {
    const response = await thrown(
      loadPublicPage(new Request("http://atlas.test/roles/nobody"), {
        load: async () => {
          throw new Response("We have no role at the address “/roles/nobody”.", { status: 404 });
        },
      }),
    );
    expect(response.status).toBe(404);
  });
});

describe("pageHeaders", () => {
  it("sends an error's own headers, so a 404 or 400 is never cached as the page", () => {
    const loaderHeaders = new Headers({ "Cache-Control": "public, max-age=300" });
    const errorHeaders = new Headers({ "Cache-Control": "no-store" });
    expect(pageHeaders({ loaderHeaders })).toBe(loaderHeaders);
    expect(pageHeaders({ loaderHeaders, errorHeaders })).toBe(errorHeaders);
  });
});
