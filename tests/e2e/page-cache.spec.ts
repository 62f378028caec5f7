import { request as httpRequest } from "node:http";
import { expect, test } from "./fixtures";

/**
 * The page cache (ADR 006) stores what a GET renders and replays it. A HEAD response has no body: storing it served
 * every later visitor an empty page with `X-Cache: hit` until the data changed (uptime monitors send HEAD).
 */
test("a HEAD request on an uncached page leaves the cache to the next GET, which stores and replays the whole page", async ({
  baseURL,
}) => {
  const path = "/skills/kotlin?vintage=2023-33";
  const host = coldHost(baseURL!, "head");
  const head = await getWithHost(baseURL!, path, host, {}, "HEAD");
  expect(head.status).toBe(200);
  expect(head.cache).toBeUndefined();

  const first = await getWithHost(baseURL!, path, host);
  expect(first.status).toBe(200);
  expect(first.cache).toBe("miss");
  expect(first.body).toContain("<h1>Kotlin</h1>");

  const replayed = await getWithHost(baseURL!, path, host);
  expect(replayed.cache).toBe("hit");
  expect(replayed.body).toBe(first.body.replace(/ nonce="[^"]+"/g, ""));
  const headAfter = await getWithHost(baseURL!, path, host, {}, "HEAD");
  expect(headAfter.cache).toBe("hit");
  expect(Number(headAfter.length)).toBeGreaterThan(0);
});

/**
 * A Host of its own for one test: the cache keys pages by origin and address, so the page is cold under it whatever
 * other tests (the crawl follows every link) have already stored under the server's own address.
 */
function coldHost(baseURL: string, label: string): string {
  return `${label}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}.localhost:${new URL(baseURL).port}`;
}

/** A GET with the Host header as given (browsers and Playwright's request client set their own). */
function getWithHost(
  baseURL: string,
  path: string,
  host: string,
  headers: Record<string, string> = {},
  method: "GET" | "HEAD" = "GET",
): Promise<{ status: number; cache: string | undefined; body: string; policy: string | undefined; length: string | undefined }> {
  const { hostname, port } = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const request = httpRequest({ hostname, port, path, method, headers: { ...headers, Host: host } }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () =>
        resolve({
          status: response.statusCode ?? 0,
          cache: response.headers["x-cache"] as string | undefined,
          body,
          policy: response.headers["content-security-policy"] as string | undefined,
          length: response.headers["content-length"],
        }),
      );
    });
    request.on("error", reject);
    request.end();
  });
}

test("a forged Host header never reaches another visitor's page, and a Host holding markup is refused with 400", async ({ baseURL }) => {
  const path = "/roles/cto?vintage=2023-33";
  const evil = coldHost(baseURL!, "evil");
  const forged = await getWithHost(baseURL!, path, evil);
  expect([forged.status, forged.cache]).toEqual([200, "miss"]);
  // The forger's own response may name the host it asked for; it is stored under that host only.
  expect(forged.body).toContain(`http://${evil}/roles/cto`);

  // The next visitor, who names another host, gets a render of its own, never the forger's stored page.
  const own = coldHost(baseURL!, "visitor");
  const visitor = await getWithHost(baseURL!, path, own);
  expect(visitor.status).toBe(200);
  expect(visitor.cache).toBe("miss");
  expect(visitor.body).not.toContain(evil);
  expect(visitor.body).toContain(`http://${own}/roles/cto`);
  expect((await getWithHost(baseURL!, path, own)).cache).toBe("hit");

  const markup = await getWithHost(baseURL!, path, '"><script>alert(1)</script>');
  expect(markup.status).toBe(400);
  expect(markup.body).toBe("This request's Host header is not a valid host name.");
});

/**
 * A browser revalidating a page keeps the body it stored and merges the 304's headers into the stored ones: a policy
 * with a new nonce in a 304 would block every script of the stored page (whose scripts carry the old nonce). Neither
 * the page cache's 304 nor React Router's (a page the cache does not hold, here under another Host: same ETag, another
 * cache key) may carry one.
 */
test("a 304 sends no Content-Security-Policy, so a revalidated page keeps the policy that came with its body", async ({ baseURL }) => {
  const path = "/skills/go?vintage=2023-33";
  const own = coldHost(baseURL!, "revalidate");
  const first = await getWithHost(baseURL!, path, own);
  expect(first.status).toBe(200);
  const nonce = /'nonce-([^']+)'/.exec(first.policy ?? "")?.[1];
  expect(nonce, "the rendered page's policy names its nonce").toBeTruthy();
  expect(first.body).toContain(`nonce="${nonce}"`);
  const etag = (await rawGet(baseURL!, path)).headers.get("etag")!;
  expect(first.cache).toBe("miss");
  // The page's ETag names the build whose assets its HTML loads (etagWithBuild), so a deploy never answers 304 to a page
  // that loads the previous build's scripts.
  const build = /\/assets\/manifest-([0-9a-f]+)\.js/.exec(first.body)?.[1];
  expect(build, "the page loads the build's asset manifest").toBeTruthy();
  expect(etag).toMatch(new RegExp(`^W/"v\\d+-[0-9a-f]{8}-[0-9a-f]{12}-${build}"$`));
  // So does its data request (.data, what a client-side navigation reads: entry.server.tsx handleDataRequest): its
  // encoding and the loaders that shaped it are the build's.
  const dataEtag = (await rawGet(baseURL!, path.replace("?", ".data?"))).headers.get("etag")!;
  expect(dataEtag).toMatch(new RegExp(`^W/"v\\d+-[0-9a-f]{8}-[0-9a-f]{12}-${build}"$`));

  const replayed = await getWithHost(baseURL!, path, own, { "If-None-Match": etag });
  expect([replayed.status, replayed.cache]).toEqual([304, "hit"]);
  expect(replayed.policy).toBeUndefined();

  const other = coldHost(baseURL!, "revalidate-other");
  const rendered = await getWithHost(baseURL!, path, other, { "If-None-Match": etag });
  expect([rendered.status, rendered.cache]).toEqual([304, "miss"]);
  expect(rendered.policy).toBeUndefined();
  // A 200 still carries its policy.
  expect((await getWithHost(baseURL!, path, other)).policy).toContain("script-src 'self' 'nonce-");
  // What would break: the rendered page's 304 (entry.server.tsx) compared If-None-Match as one exact string. RFC 9110's
  // weak comparison: a list naming the tag, without its W/, is a 304 too.
  const listed = await getWithHost(baseURL!, path, coldHost(baseURL!, "revalidate-list"), {
    "If-None-Match": `"stale", ${etag.replace(/^W\//, "")}`,
  });
  expect([listed.status, listed.cache]).toEqual([304, "miss"]);
});

/** A GET that does not follow redirects, with a browser's Accept-Encoding unless told otherwise. */
function rawGet(baseURL: string, path: string, headers: Record<string, string> = {}) {
  return fetch(new URL(path, baseURL), { redirect: "manual", headers: { "accept-encoding": "gzip, deflate, br, zstd", ...headers } });
}

test("a parameter the page does not read is redirected to the page's own address, so it makes no cache entry of its own", async ({
  baseURL,
}) => {
  const busted = await rawGet(baseURL!, "/skills/sql?vintage=2022-32&x=1764780000-7");
  expect(busted.status).toBe(301);
  expect(busted.headers.get("location")).toBe("/skills/sql?vintage=2022-32");
  expect(busted.headers.get("x-cache")).toBe("miss");

  // Blank and repeated single values are spelled the one way the schema reads them.
  const repeated = await rawGet(baseURL!, "/skills/sql?vintage=&vintage=2022-32");
  expect(repeated.status).toBe(301);
  expect(repeated.headers.get("location")).toBe("/skills/sql?vintage=2022-32");

  // The page's own parameters stay, with their spelling: no redirect.
  const compare = await rawGet(baseURL!, "/compare?roles=cto,qa-engineer");
  expect(compare.status).toBe(200);

  // Client-side navigations (.data) get the same answer, as React Router's redirect for the client to follow.
  const data = await rawGet(baseURL!, "/skills/sql.data?x=1764780000-8");
  expect([200, 202, 204]).toContain(data.status);
  expect(await data.text()).toContain("/skills/sql");
});

test("concurrent requests for a cold page render it once; the others wait and replay it", async ({ baseURL }) => {
  const path = "/paths/software-engineer?vintage=2023-33";
  const host = coldHost(baseURL!, "stampede");
  const responses = await Promise.all(Array.from({ length: 12 }, () => getWithHost(baseURL!, path, host)));
  expect(responses.map((r) => r.status)).toEqual(Array(12).fill(200));
  expect(responses.filter((r) => r.cache === "miss")).toHaveLength(1);
  expect(responses.filter((r) => r.cache === "hit")).toHaveLength(11);
});

test("a replay is compressed in the encoding each client asks for, to the same page", async ({ baseURL }) => {
  const path = "/skills/sql?vintage=2023-33";
  const first = await rawGet(baseURL!, path, { "accept-encoding": "identity" });
  const page = await first.text();
  for (const encoding of ["br", "gzip", "identity"]) {
    const replay = await rawGet(baseURL!, path, { "accept-encoding": encoding });
    expect(replay.headers.get("x-cache")).toBe("hit");
    expect(replay.headers.get("content-encoding") ?? "identity").toBe(encoding);
    // fetch decodes br and gzip: every encoding carries the same page (the stored copy has no nonce).
    expect(await replay.text()).toBe(page.replace(/ nonce="[^"]+"/g, ""));
  }
});
