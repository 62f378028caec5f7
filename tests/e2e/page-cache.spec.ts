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
