/**
 * The page cache as Express middleware (ADR 006): replays stored public responses, and stores what React Router
 * renders for a GET by watching what the request handler writes. It is installed after `compression`, so it sees
 * the uncompressed body; the store compresses its copy per encoding when first asked for it.
 *
 * Keys: the data version, the origin and the URL with its query string in one spelling. Parameters a page does not
 * read never make a key of their own: the page's loader answers them with a redirect to its own address
 * (`loadPublicPage`, from the zod schemas it parsed), and a redirect is not stored. Concurrent misses for one key
 * render once (single flight, PageCache.lead).
 */
import type { NextFunction, Request, RequestHandler, Response } from "express";
import { ifNoneMatchHits } from "~/lib/http.server";
import { isStorable, PageCache, pickEncoding, toCachedResponse, type CachedResponse } from "./page-cache-store";
import { brokenQueryEscape } from "~/lib/params.server";
import { hostHeaders } from "~/lib/same-origin.server";
import { canonicalAddress, searchParamReadsOfThisRequest } from "~/lib/search-param-reads.server";

export function pageCacheMiddleware({
  cache,
  dataVersionTag,
  publicOrigin,
}: {
  cache: PageCache;
  dataVersionTag: () => string;
  /** PUBLIC_ORIGIN: every page's links are built from it (security.ts), so the key need not name the request's host. */
  publicOrigin?: string;
}): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== "GET" && req.method !== "HEAD") return next();
    const origin = publicOrigin ?? requestOrigin(req);
    serveOrRender(cache, PageCache.key(dataVersionTag(), `${origin}${normalizedUrl(req.originalUrl)}`), req, res, next).catch(next);
  };
}

/**
 * A hit is replayed. A miss while another request renders the same key waits for that render (single flight) and
 * then replays it; if it was not stored (not a public 200, or its client went away), the waiter renders for itself.
 * Otherwise this request renders, and what it writes is stored.
 */
async function serveOrRender(cache: PageCache, key: string, req: Request, res: Response, next: NextFunction): Promise<void> {
  for (;;) {
    const hit = cache.get(key);
    if (hit) return sendCached(cache, key, req, res, hit);
    const rendering = cache.waitForRender(key);
    if (!rendering) break;
    if ((await rendering) === "not-stored") return next();
  }
  // A HEAD response has no body: it is answered fresh and never stored.
  if (req.method === "HEAD") return next();
  // A GET that comes with a body may be answered before it has all arrived, with `Connection: close`
  // (request-hygiene.ts): it renders for itself and leads no one.
  if (req.headers["transfer-encoding"] !== undefined || Number(req.headers["content-length"] ?? "0") > 0) return next();
  // A conditional request leads no one: its answer may be a bodiless 304 (entry.server.tsx), with nothing to store, and
  // every request waiting on it would then render for itself (a cold page revalidated with `If-None-Match: *` brought
  // the stampede back). It is answered alone, and the next plain request leads.
  if (req.headers["if-none-match"] !== undefined || req.headers["if-modified-since"] !== undefined) {
    res.setHeader("X-Cache", "miss");
    return next();
  }
  const finish = cache.lead(key)!;
  res.setHeader("X-Cache", "miss");
  // Whatever happens to the render (error, oversized body, client gone), the waiters are released.
  res.once("close", () => finish("not-stored"));
  // What the page's loaders read is known once they ran: an address with a parameter none of them read is answered,
  // never stored. loadPublicPage redirects such addresses; routes without it (CSV files, /about) rendered and stored
  // each `?x=<random>`, and about 80 of `/occupations.csv` (787 KB each) filled the cache.
  const reads = searchParamReadsOfThisRequest();
  captureBody(res, cache.maxEntryBytes, (body) => {
    const headers = responseHeaders(res);
    if (!body || !isStorable(res.statusCode, headers)) return finish("not-stored");
    if (reads && canonicalAddress(new URL(req.originalUrl, "http://localhost"), reads) !== null) return finish("not-stored");
    const nonce = res.locals.cspNonce as string | undefined;
    const policy = res.getHeader("Content-Security-Policy");
    cache.set(
      key,
      toCachedResponse({
        status: res.statusCode,
        headers,
        body,
        nonce,
        contentSecurityPolicy: typeof policy === "string" ? policy : undefined,
      }),
    );
    finish("stored");
  });
  next();
}

/** The request's address with its query string in one spelling (`a%2Cb` and `a,b` are the same page). */
function normalizedUrl(originalUrl: string): string {
  const mark = originalUrl.indexOf("?");
  if (mark === -1) return originalUrl;
  // Re-serialised, a broken %-escape would become U+FFFD's and share that address's entry: "?q=ab%E0%A4" (a 400) would
  // be answered with "?q=ab%EF%BF%BD"'s stored 200. Such an address is keyed as sent.
  if (brokenQueryEscape(originalUrl.slice(mark))) return originalUrl;
  const search = new URLSearchParams(originalUrl.slice(mark + 1)).toString();
  return search ? `${originalUrl.slice(0, mark)}?${search}` : originalUrl.slice(0, mark);
}

/**
 * Everything a page's absolute links (citations, QR codes, lesson links) are built from: the scheme, the Host header,
 * and X-Forwarded-Host when Express trusts the proxy. A response is only ever replayed to requests that name the
 * same origin, so a forged Host cannot put its links into the pages other visitors get.
 */
function requestOrigin(req: Request): string {
  // The forwarded entry links are built from (Express's and React Router's rule: the first), not the whole header.
  const { host, forwardedHost } = hostHeaders((name) => req.get(name), { trustProxy: req.app.enabled("trust proxy") });
  return `${req.protocol}://${host ?? ""}${forwardedHost ? ` (${forwardedHost})` : ""}`;
}

/**
 * Calls `done` once the response has ended: with the whole body, or with undefined if it grew past `limit` bytes or the
 * client went away first. The response itself is written as usual.
 */
function captureBody(res: Response, limit: number, done: (body: Buffer | undefined) => void): void {
  const chunks: Buffer[] = [];
  let size = 0;
  let overflow = false;
  const collect = (chunk: unknown, encoding: unknown) => {
    if (overflow || chunk === undefined || chunk === null || typeof chunk === "function") return;
    const buffer = Buffer.isBuffer(chunk)
      ? chunk
      : typeof chunk === "string"
        ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8")
        : Buffer.from(chunk as Uint8Array);
    size += buffer.byteLength;
    if (size > limit) {
      overflow = true;
      chunks.length = 0;
    } else {
      chunks.push(Buffer.from(buffer));
    }
  };
  const write = res.write;
  const end = res.end;
  res.write = function (this: Response, chunk: unknown, ...rest: unknown[]) {
    collect(chunk, rest[0]);
    return write.apply(this, [chunk, ...rest] as Parameters<typeof write>);
  } as typeof res.write;
  res.end = function (this: Response, chunk?: unknown, ...rest: unknown[]) {
    collect(chunk, rest[0]);
    done(overflow || res.destroyed ? undefined : Buffer.concat(chunks));
    return end.apply(this, [chunk, ...rest] as Parameters<typeof end>);
  } as typeof res.end;
}

/**
 * Headers about one connection, not the page (RFC 9110 §7.6.1): never stored. A render answered with `Connection:
 * close` (its request's body unread) was replayed with it to every later visitor, closing their keep-alive connections.
 */
const HOP_BY_HOP = new Set(["connection", "keep-alive", "proxy-connection", "transfer-encoding", "te", "trailer", "upgrade"]);

function responseHeaders(res: Response): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(res.getHeaders())) {
    if (value === undefined || name === "x-cache" || HOP_BY_HOP.has(name)) continue;
    for (const v of Array.isArray(value) ? value : [String(value)]) headers.append(name, v);
  }
  return headers;
}

/** Replays a stored response in the encoding the client prefers (the compression middleware leaves it alone). */
async function sendCached(cache: PageCache, key: string, req: Request, res: Response, entry: CachedResponse): Promise<void> {
  for (const [name, value] of entry.headers) {
    if (name !== "server-timing") res.setHeader(name, value);
  }
  if (entry.contentSecurityPolicy) res.setHeader("Content-Security-Policy", entry.contentSecurityPolicy);
  res.setHeader("Server-Timing", 'cache;desc="hit";dur=0');
  res.setHeader("X-Cache", "hit");
  res.setHeader("Vary", "Accept-Encoding");
  if (ifNoneMatchHits(req.headers["if-none-match"], entry.etag)) {
    res.status(304).end();
    return;
  }
  const encoding = pickEncoding(req.headers["accept-encoding"]);
  const body = await cache.body(key, entry, encoding);
  if (encoding !== "identity") res.setHeader("Content-Encoding", encoding);
  res.setHeader("Content-Length", body.byteLength);
  res.status(entry.status).end(req.method === "HEAD" ? undefined : body);
}
