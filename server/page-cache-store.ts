/**
 * An in-process cache of rendered public responses (pages, .data, CSV), keyed by data version and URL.
 *
 * Public pages depend only on their URL and the loaded data (they send `Cache-Control: public` and an ETag tied
 * to the data version), so a rendered response can be replayed until the data changes: the cache key includes
 * the data version, which the server re-reads every few seconds. Only 200 responses marked `public` without
 * cookies are stored. Bounded by entry count and bytes, least recently used first out.
 *
 * Content-Security-Policy: a fresh render authorises its inline scripts with a per-request nonce. A replayed
 * page is static, so it is stored without the nonce and served with a hash-based policy listing the SHA-256 of
 * each of its inline scripts (the "strict CSP" recipe for static pages). That makes the stored bytes fixed, so
 * they are compressed once (brotli and gzip) instead of on every request. See docs/decisions/006.
 */
import { createHash } from "node:crypto";
import { brotliCompressSync, constants as zlib, gzipSync } from "node:zlib";

export type Encoding = "br" | "gzip" | "identity";

export interface CachedResponse {
  status: number;
  /** Response headers except Content-Length, Content-Encoding and Content-Security-Policy. */
  headers: [string, string][];
  bodies: Record<Encoding, Buffer>;
  etag: string | undefined;
  /** The policy to send with a replay: the render's policy with its nonce replaced by script hashes. */
  contentSecurityPolicy: string | undefined;
}

export class PageCache {
  private readonly entries = new Map<string, CachedResponse>();
  private bytes = 0;

  constructor(private readonly limits: { maxEntries: number; maxBytes: number; maxEntryBytes: number }) {}

  /** The largest uncompressed body worth collecting for storage. */
  get maxEntryBytes(): number {
    return this.limits.maxEntryBytes;
  }

  static key(dataVersion: string, url: string): string {
    return `${dataVersion} ${url}`;
  }

  get(key: string): CachedResponse | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    // Re-insert: Map order is the LRU order.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  set(key: string, entry: CachedResponse): void {
    const size = entrySize(entry);
    if (size > this.limits.maxEntryBytes) return;
    this.delete(key);
    this.entries.set(key, entry);
    this.bytes += size;
    for (const [oldest, value] of this.entries) {
      if (this.entries.size <= this.limits.maxEntries && this.bytes <= this.limits.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= entrySize(value);
    }
  }

  delete(key: string): void {
    const existing = this.entries.get(key);
    if (!existing) return;
    this.entries.delete(key);
    this.bytes -= entrySize(existing);
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }
}

const entrySize = (entry: CachedResponse) => entry.bodies.identity.byteLength + entry.bodies.gzip.byteLength + entry.bodies.br.byteLength;

/** Whether a response may be stored: a complete 200, public, no cookie. */
export function isStorable(status: number, headers: Headers): boolean {
  if (status !== 200 || headers.has("Set-Cookie")) return false;
  const cacheControl = headers.get("Cache-Control") ?? "";
  return /\bpublic\b/.test(cacheControl) && !/\b(no-store|private|no-cache)\b/.test(cacheControl);
}

const SKIPPED_HEADERS = new Set(["content-length", "content-encoding", "content-security-policy"]);

/** Builds the stored form of a rendered response: nonce removed, policy hashed, bodies pre-compressed. */
export function toCachedResponse({
  status,
  headers,
  body,
  nonce,
  contentSecurityPolicy,
}: {
  status: number;
  headers: Headers;
  body: Buffer;
  /** The nonce the render used, when the body is HTML. */
  nonce: string | undefined;
  /** The policy the render was sent with. */
  contentSecurityPolicy: string | undefined;
}): CachedResponse {
  let identity = body;
  let policy = contentSecurityPolicy;
  const isHtml = (headers.get("Content-Type") ?? "").startsWith("text/html");
  if (isHtml && nonce) {
    const html = body.toString("utf8").replaceAll(` nonce="${nonce}"`, "");
    identity = Buffer.from(html, "utf8");
    if (policy) policy = policy.replace(`'nonce-${nonce}'`, inlineScriptHashes(html).join(" "));
  }
  return {
    status,
    headers: [...headers].filter(([name]) => !SKIPPED_HEADERS.has(name)),
    bodies: {
      identity,
      gzip: gzipSync(identity, { level: 9 }),
      br: brotliCompressSync(identity, { params: { [zlib.BROTLI_PARAM_QUALITY]: 9, [zlib.BROTLI_PARAM_SIZE_HINT]: identity.byteLength } }),
    },
    etag: headers.get("ETag") ?? undefined,
    contentSecurityPolicy: policy,
  };
}

/** CSP source expressions ('sha256-...') for every inline <script> of a document, in order. */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\bsrc\s*=/i.test(match[1] ?? "")) continue;
    hashes.push(
      `'sha256-${createHash("sha256")
        .update(match[2] ?? "", "utf8")
        .digest("base64")}'`,
    );
  }
  return [...new Set(hashes)];
}

/** The best encoding the client accepts: brotli, then gzip, then none. */
export function pickEncoding(acceptEncoding: string | undefined): Encoding {
  const accepted = (acceptEncoding ?? "")
    .split(",")
    .map((part) => part.trim().split(";"))
    .filter(([, q]) => !q || !/^q=0(\.0*)?$/.test(q.trim()))
    .map(([name]) => name!.trim().toLowerCase());
  if (accepted.includes("br")) return "br";
  if (accepted.includes("gzip")) return "gzip";
  return "identity";
}
