import { createHash, randomBytes } from "node:crypto";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { inlineScriptHashes, isStorable, PageCache, pickEncoding, toCachedResponse } from "../../server/page-cache-store";

const html = (nonce: string) =>
  `<!DOCTYPE html><html><head><link rel="modulepreload" href="/build/a.js"/></head><body><p>figures</p>` +
  `<script nonce="${nonce}">window.__x = 1;</script><script nonce="${nonce}" type="module" async="">import "/build/a.js";</script></body></html>`;
const sha = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

function stored(body: string, nonce?: string) {
  return toCachedResponse({
    status: 200,
    headers: new Headers({ "Content-Type": "text/html; charset=utf-8", ETag: 'W/"v1-x"', "Content-Length": "99" }),
    body: Buffer.from(body),
    nonce,
    contentSecurityPolicy: nonce ? `default-src 'self';script-src 'self' 'nonce-${nonce}';object-src 'none'` : undefined,
  });
}

describe("a stored page", () => {
  it("drops the render's nonce and authorises exactly its inline scripts by hash", () => {
    const entry = stored(html("N0nce+/=="), "N0nce+/==");
    const text = entry.identity.toString();
    expect(text).not.toContain("N0nce");
    expect(entry.contentSecurityPolicy).toBe(
      `default-src 'self';script-src 'self' ${sha("window.__x = 1;")} ${sha('import "/build/a.js";')};object-src 'none'`,
    );
  });

  it("is compressed with brotli and gzip, when asked for, to the same bytes", async () => {
    const cache = new PageCache({ maxEntries: 10, maxBytes: 100_000, maxEntryBytes: 50_000 });
    const entry = stored(html("abc"), "abc");
    cache.set("k", entry);
    expect(brotliDecompressSync(await cache.body("k", entry, "br"))).toEqual(entry.identity);
    expect(gunzipSync(await cache.body("k", entry, "gzip"))).toEqual(entry.identity);
    expect(await cache.body("k", entry, "identity")).toBe(entry.identity);
    expect(entry.headers.map(([name]) => name)).not.toContain("content-length");
    expect(entry.etag).toBe('W/"v1-x"');
  });

  it("hashes only inline scripts", () => {
    expect(inlineScriptHashes('<script src="/a.js"></script><script>b()</script>')).toEqual([sha("b()")]);
  });
});

describe("PageCache", () => {
  it("keys entries by data version, so a data load makes every old page unreachable", () => {
    const cache = new PageCache({ maxEntries: 10, maxBytes: 10_000, maxEntryBytes: 5_000 });
    cache.set(PageCache.key("v1-aaaa", "/roles"), stored("old"));
    expect(cache.get(PageCache.key("v1-aaaa", "/roles"))?.identity.toString()).toBe("old");
    expect(cache.get(PageCache.key("v2-bbbb", "/roles"))).toBeUndefined();
  });

  it("evicts the least recently used entries beyond its entry limit and refuses oversized ones", () => {
    const cache = new PageCache({ maxEntries: 2, maxBytes: 10_000, maxEntryBytes: 200 });
    cache.set("a", stored("1"));
    cache.set("b", stored("2"));
    cache.get("a");
    cache.set("c", stored("3"));
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBeDefined();
    cache.set("big", stored("x".repeat(500)));
    expect(cache.get("big")).toBeUndefined();
  });
});

describe("PageCache byte accounting (issue 13, item 10)", () => {
  it("counts the key, the headers and policy, and every compressed variant against maxBytes", async () => {
    const cache = new PageCache({ maxEntries: 10, maxBytes: 1_000_000, maxEntryBytes: 500_000 });
    const entry = stored(html("n1").repeat(50), "n1");
    const key = PageCache.key("v1-aaaa", "http://127.0.0.1:3000/roles/cto");
    cache.set(key, entry);
    const afterSet = cache.size.bytes;
    // Before: only the three bodies were counted, so keys, headers and policies grew outside the bound.
    expect(afterSet).toBeGreaterThan(entry.identity.byteLength + 2 * key.length);
    const br = await cache.body(key, entry, "br");
    const gzip = await cache.body(key, entry, "gzip");
    expect(cache.size.bytes).toBe(afterSet + br.byteLength + gzip.byteLength);
    // A second request for a variant reuses it: nothing more is counted.
    expect(await cache.body(key, entry, "br")).toBe(br);
    expect(cache.size.bytes).toBe(afterSet + br.byteLength + gzip.byteLength);
    cache.delete(key);
    expect(cache.size.bytes).toBe(0);
  });

  it("evicts to stay within maxBytes when compressed variants are added", async () => {
    // Bodies that do not compress: each brotli variant is about as large as its body.
    const body = () => randomBytes(30_000).toString("base64");
    const cache = new PageCache({ maxEntries: 10, maxBytes: 100_000, maxEntryBytes: 60_000 });
    const a = stored(body());
    const b = stored(body());
    cache.set("a", a);
    cache.set("b", b);
    expect(cache.size.entries).toBe(2);
    await cache.body("a", a, "br");
    await cache.body("b", b, "br");
    expect(cache.size.bytes).toBeLessThanOrEqual(100_000);
    expect(cache.get("a")).toBeUndefined();
    expect(cache.get("b")).toBe(b);
  });
});

describe("PageCache compression (issue 13, item 3)", () => {
  it("compresses off the event loop: timers keep firing while a large page is compressed", async () => {
    const cache = new PageCache({ maxEntries: 10, maxBytes: 64 * 1024 * 1024, maxEntryBytes: 8 * 1024 * 1024 });
    // 3 MB of hard-to-compress text: brotli-9 takes far longer than a few timer ticks on any machine.
    const entry = stored(randomBytes(2_300_000).toString("base64"));
    cache.set("big", entry);
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 1);
    try {
      // With brotliCompressSync the event loop is blocked for the whole compression and no timer can fire.
      await Promise.all([cache.body("big", entry, "br"), cache.body("big", entry, "gzip")]);
    } finally {
      clearInterval(timer);
    }
    expect(ticks).toBeGreaterThan(0);
  });

  it("makes each variant once, however many requests ask at the same time", async () => {
    const cache = new PageCache({ maxEntries: 10, maxBytes: 1_000_000, maxEntryBytes: 500_000 });
    const entry = stored(html("n").repeat(100));
    cache.set("k", entry);
    const bodies = await Promise.all(Array.from({ length: 20 }, () => cache.body("k", entry, "br")));
    expect(new Set(bodies).size).toBe(1);
  });
});

describe("isStorable", () => {
  it("stores only complete, public, cookie-free 200 responses", () => {
    expect(isStorable(200, new Headers({ "Cache-Control": "public, max-age=300" }))).toBe(true);
    expect(isStorable(404, new Headers({ "Cache-Control": "public, max-age=300" }))).toBe(false);
    expect(isStorable(200, new Headers({ "Cache-Control": "private, no-store" }))).toBe(false);
    expect(isStorable(200, new Headers())).toBe(false);
    expect(isStorable(200, new Headers({ "Cache-Control": "public", "Set-Cookie": "a=b" }))).toBe(false);
  });
});

describe("pickEncoding", () => {
  it("prefers brotli, then gzip, honouring q=0", () => {
    expect(pickEncoding("gzip, deflate, br, zstd")).toBe("br");
    expect(pickEncoding("gzip, br;q=0")).toBe("gzip");
    expect(pickEncoding(undefined)).toBe("identity");
    expect(pickEncoding("identity")).toBe("identity");
  });
});
