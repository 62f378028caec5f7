import type { AddressInfo } from "node:net";
import { setTimeout as delay } from "node:timers/promises";
import express from "express";
import { afterEach, describe, expect, it } from "vitest";
import { pageCacheMiddleware } from "../../server/page-cache";
import { PageCache } from "../../server/page-cache-store";

/**
 * The page cache middleware in a real Express server on 127.0.0.1, in front of handlers that count their renders
 * (issue 13, item 3: 24 cold URLs were rendered 1,393 times when 100 connections asked for them at once).
 */
const servers: { close: () => void }[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.close();
});

async function serve(handler: express.RequestHandler): Promise<{ base: string; cache: PageCache }> {
  const cache = new PageCache({ maxEntries: 50, maxBytes: 1_000_000, maxEntryBytes: 100_000 });
  const app = express();
  app.use(pageCacheMiddleware({ cache, dataVersionTag: () => "v1-test" }));
  app.get("*", handler);
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  servers.push(server);
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, cache };
}

async function burst(url: string, count: number) {
  return Promise.all(
    Array.from({ length: count }, async () => {
      const response = await fetch(url, { headers: { "accept-encoding": "br" } });
      return { status: response.status, cache: response.headers.get("x-cache"), body: await response.text() };
    }),
  );
}

describe("single flight", () => {
  it("renders a cold page once for concurrent requests; the others wait and replay it", async () => {
    let renders = 0;
    const { base, cache } = await serve(async (_req, res) => {
      renders += 1;
      await delay(100);
      res.set("Cache-Control", "public, max-age=300").type("html").send("<p>the page</p>");
    });
    const responses = await burst(`${base}/roles/cto`, 20);
    expect(renders).toBe(1);
    expect(responses.filter((r) => r.cache === "miss")).toHaveLength(1);
    expect(responses.filter((r) => r.cache === "hit")).toHaveLength(19);
    expect(new Set(responses.map((r) => r.body))).toEqual(new Set(["<p>the page</p>"]));
    expect(cache.size.rendering).toBe(0);
  });

  it("lets the waiters render for themselves when the first render is not storable", async () => {
    let renders = 0;
    const { base, cache } = await serve(async (_req, res) => {
      renders += 1;
      await delay(50);
      res.status(404).set("Cache-Control", "public, max-age=300").type("text").send("no such role");
    });
    const responses = await burst(`${base}/roles/nobody`, 5);
    expect(responses.map((r) => r.status)).toEqual([404, 404, 404, 404, 404]);
    expect(renders).toBe(5);
    expect(cache.size).toMatchObject({ entries: 0, rendering: 0 });
  });

  it("releases the waiters when the first render fails", async () => {
    let renders = 0;
    const { base, cache } = await serve(async (_req, res, next) => {
      renders += 1;
      await delay(50);
      if (renders === 1) return next(new Error("the database went away"));
      res.set("Cache-Control", "public, max-age=300").type("html").send("<p>back</p>");
    });
    const responses = await burst(`${base}/map`, 4);
    expect(responses.filter((r) => r.status === 500)).toHaveLength(1);
    expect(responses.filter((r) => r.status === 200)).toHaveLength(3);
    expect(cache.size.rendering).toBe(0);
  });
});

describe("cache keys", () => {
  it("spell a query string one way: a differently escaped address is the same key", async () => {
    let renders = 0;
    const { base } = await serve((_req, res) => {
      renders += 1;
      res.set("Cache-Control", "public, max-age=300").type("html").send("<p>compare</p>");
    });
    await fetch(`${base}/compare?roles=cto,qa-engineer`);
    const second = await fetch(`${base}/compare?roles=cto%2Cqa-engineer`);
    expect(second.headers.get("x-cache")).toBe("hit");
    expect(renders).toBe(1);
  });
});

describe("revalidation of a stored page", () => {
  it("answers 304 to its ETag with or without W/, in a list, or as *, and 200 to another tag", async () => {
    // What would break: a replay compared If-None-Match as one exact string (RFC 9110 §13.1.2 asks for the weak comparison).
    const { base } = await serve((_req, res) => {
      res.set("Cache-Control", "public, max-age=300").set("ETag", 'W/"v1-test-abc"').type("html").send("<p>the page</p>");
    });
    expect((await fetch(`${base}/roles/cto`)).headers.get("x-cache")).toBe("miss");
    const revalidate = (ifNoneMatch: string) => fetch(`${base}/roles/cto`, { headers: { "If-None-Match": ifNoneMatch } });
    for (const ifNoneMatch of ['W/"v1-test-abc"', '"v1-test-abc"', '"x", W/"v1-test-abc"', "*"]) {
      const answer = await revalidate(ifNoneMatch);
      expect([answer.status, answer.headers.get("x-cache")], ifNoneMatch).toEqual([304, "hit"]);
    }
    const other = await revalidate('W/"v1-test-abd"');
    expect([other.status, await other.text()]).toEqual([200, "<p>the page</p>"]);
  });
});

// What would break: the key re-serialised a broken %-escape as U+FFFD's, so "?q=ab%E0%A4" (a 400 for the app) was
// answered with the stored 200 of "?q=ab%EF%BF%BD".
describe("keys", () => {
  it("keys an address with a broken %-escape as sent, apart from the U+FFFD address it would re-serialise to", async () => {
    const { base } = await serve((req, res) => {
      if (req.originalUrl.includes("%E0%A4")) return void res.status(400).type("text").send("broken %-escape");
      res.set("Cache-Control", "public, max-age=300").type("html").send("<p>results</p>");
    });
    expect((await fetch(`${base}/search?q=ab%EF%BF%BD`)).status).toBe(200);
    const broken = await fetch(`${base}/search?q=ab%E0%A4`);
    expect(broken.status).toBe(400);
    expect(broken.headers.get("x-cache")).toBe("miss");
  });
});

// A code review (2026-12-06) of what a render leaves in the store and how a leader's request shapes it.
describe("what a render stores, whatever its request", () => {
  it("never stores a header about one connection: `Connection: close` went to every later visitor", async () => {
    let renders = 0;
    const { base } = await serve((_req, res) => {
      renders += 1;
      // As request-hygiene.ts answers a request whose body it did not read.
      if (renders === 1) res.setHeader("Connection", "close");
      res.set("Cache-Control", "public, max-age=300").type("html").send("<p>kotlin</p>");
    });
    const first = await headOf(`${base}/technologies/kotlin`);
    expect(first.connection).toBe("close");
    const later = await headOf(`${base}/technologies/kotlin`);
    expect([later.cache, later.connection]).toEqual(["hit", "keep-alive"]);
    expect(renders).toBe(1);
  });

  it("lets no conditional request lead a render, so the requests after it are not left to render alone", async () => {
    // `If-None-Match: *` first on a cold page: its render answered 304, nothing was stored, and every waiter rendered.
    let renders = 0;
    const { base } = await serve(async (req, res) => {
      renders += 1;
      await delay(100);
      res.set("Cache-Control", "public, max-age=300").set("ETag", 'W/"v1-test-abc"');
      if (req.get("if-none-match")) return void res.status(304).end();
      res.type("html").send("<p>the page</p>");
    });
    const conditional = fetch(`${base}/roles/data-scientist`, { headers: { "If-None-Match": "*" } });
    await delay(10);
    const [first, ...others] = await Promise.all([conditional, ...Array.from({ length: 8 }, () => fetch(`${base}/roles/data-scientist`))]);
    expect([first!.status, first!.headers.get("x-cache")]).toEqual([304, "miss"]);
    expect(others.map((r) => r.headers.get("x-cache")).sort()).toEqual(["hit", "hit", "hit", "hit", "hit", "hit", "hit", "miss"]);
    // The conditional one's own answer, and one render for the eight.
    expect(renders).toBe(2);
    // Once stored, a conditional request is answered 304 from the store.
    const replayed = await fetch(`${base}/roles/data-scientist`, { headers: { "If-None-Match": "*" } });
    expect([replayed.status, replayed.headers.get("x-cache")]).toEqual([304, "hit"]);
    expect(renders).toBe(2);
  });
});

/** A response's status line fields fetch hides: its Connection header (undici drops it) and X-Cache, over a fresh socket. */
async function headOf(url: string): Promise<{ cache: string | undefined; connection: string | undefined }> {
  const { Agent, request } = await import("node:http");
  // A client that asks to keep the connection, as browsers do: the answer's Connection says whether the server will.
  const agent = new Agent({ keepAlive: true });
  return new Promise((resolve, reject) => {
    const req = request(url, { agent }, (res) => {
      res.resume();
      res.on("end", () => {
        agent.destroy();
        resolve({ cache: res.headers["x-cache"] as string | undefined, connection: res.headers.connection });
      });
    });
    req.on("error", reject);
    req.end();
  });
}

describe("addresses with parameters no loader read", () => {
  it("are answered and never stored: each `?x=<random>` of a CSV or /about had taken an entry", async () => {
    const { recordSearchParamReads, trackSearchParamReads } = await import("~/lib/search-param-reads.server");
    const cache = new PageCache({ maxEntries: 50, maxBytes: 1_000_000, maxEntryBytes: 100_000 });
    const app = express();
    app.use((_req, _res, next) => trackSearchParamReads(next));
    app.use(pageCacheMiddleware({ cache, dataVersionTag: () => "v1-test" }));
    app.get("/search", (_req, res) => {
      // As parseSearchParams records the schema's keys.
      recordSearchParamReads([["q", false]]);
      res.set("Cache-Control", "public, max-age=300").type("html").send("<p>results</p>");
    });
    app.get("/about", (_req, res) => void res.set("Cache-Control", "public, max-age=300").type("html").send("<p>about</p>"));
    const server = app.listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const twice = async (path: string) => {
        await fetch(`${base}${path}`);
        return (await fetch(`${base}${path}`)).headers.get("x-cache");
      };
      expect(await twice("/search?q=nurse")).toBe("hit");
      expect(await twice("/about")).toBe("hit");
      expect(await twice("/about?flush=1")).toBe("miss");
      expect(await twice("/search?q=nurse&x=2")).toBe("miss");
      expect(cache.size.entries).toBe(2);
    } finally {
      server.close();
    }
  });
});
