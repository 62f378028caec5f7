import { request as httpRequest } from "node:http";
import { expect, test } from "./fixtures";

/**
 * The page cache (ADR 006) stores what a GET renders and replays it. A HEAD response has no body: storing it served
 * every later visitor an empty page with `X-Cache: hit` until the data changed (uptime monitors send HEAD).
 */
test("a HEAD request on an uncached page leaves the cache to the next GET, which stores and replays the whole page", async ({
  request,
}) => {
  // A query string no other test uses: this address is not in the cache yet.
  const path = "/skills/kotlin?from=page-cache-test";
  const head = await request.head(path);
  expect(head.status()).toBe(200);
  expect(head.headers()["x-cache"]).toBeUndefined();

  const first = await request.get(path);
  expect(first.status()).toBe(200);
  expect(first.headers()["x-cache"]).toBe("miss");
  const body = await first.text();
  expect(body).toContain("<h1>Kotlin</h1>");

  const replayed = await request.get(path);
  expect(replayed.headers()["x-cache"]).toBe("hit");
  expect(await replayed.text()).toBe(body.replace(/ nonce="[^"]+"/g, ""));
  const headAfter = await request.head(path);
  expect(headAfter.headers()["x-cache"]).toBe("hit");
  expect(Number(headAfter.headers()["content-length"])).toBeGreaterThan(0);
});

/** A GET with the Host header as given (browsers and Playwright's request client set their own). */
function getWithHost(baseURL: string, path: string, host: string): Promise<{ status: number; cache: string | undefined; body: string }> {
  const { hostname, port } = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const request = httpRequest({ hostname, port, path, headers: { Host: host } }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () =>
        resolve({ status: response.statusCode ?? 0, cache: response.headers["x-cache"] as string | undefined, body }),
      );
    });
    request.on("error", reject);
    request.end();
  });
}

test("a forged Host header never reaches another visitor's page, and a Host holding markup is refused with 400", async ({ baseURL }) => {
  // Uncached: a query string no other test uses.
  const path = "/roles/cto?from=host-test";
  const forged = await getWithHost(baseURL!, path, "evil.example");
  expect(forged.status).toBe(200);
  // The forger's own response may name the host it asked for; it is stored under that host only.
  expect(forged.body).toContain("http://evil.example/roles/cto");

  const visitor = await getWithHost(baseURL!, path, new URL(baseURL!).host);
  expect(visitor.status).toBe(200);
  expect(visitor.cache).toBe("miss");
  expect(visitor.body).not.toContain("evil.example");
  expect(visitor.body).toContain(`${baseURL}/roles/cto`);

  const markup = await getWithHost(baseURL!, path, '"><script>alert(1)</script>');
  expect(markup.status).toBe(400);
  expect(markup.body).toBe("This request's Host header is not a valid host name.");
});
