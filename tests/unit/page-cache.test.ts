import { createHash } from "node:crypto";
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
    const text = entry.bodies.identity.toString();
    expect(text).not.toContain("N0nce");
    expect(entry.contentSecurityPolicy).toBe(
      `default-src 'self';script-src 'self' ${sha("window.__x = 1;")} ${sha('import "/build/a.js";')};object-src 'none'`,
    );
  });

  it("is pre-compressed with brotli and gzip to the same bytes", () => {
    const entry = stored(html("abc"), "abc");
    expect(brotliDecompressSync(entry.bodies.br)).toEqual(entry.bodies.identity);
    expect(gunzipSync(entry.bodies.gzip)).toEqual(entry.bodies.identity);
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
    expect(cache.get(PageCache.key("v1-aaaa", "/roles"))?.bodies.identity.toString()).toBe("old");
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
