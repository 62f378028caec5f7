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
 * each is compressed at most once per encoding (brotli, gzip), when a client first asks for that encoding, in
 * zlib's thread pool rather than on the event loop. See docs/decisions/006.
 *
 * The byte bound counts everything an entry holds: the key, headers, policy, the body and each compressed variant
 * (strings at two bytes per UTF-16 unit, an upper bound).
 */
import { createHash } from "node:crypto";
import { promisify } from "node:util";
import { brotliCompress, constants as zlib, gzip } from "node:zlib";

export type Encoding = "br" | "gzip" | "identity";
type Compressed = Exclude<Encoding, "identity">;

/** zlib's callback forms run in libuv's thread pool: the event loop serves other requests while a body compresses. */
const compressors: Record<Compressed, (body: Buffer) => Promise<Buffer>> = {
  gzip: (body) => promisify(gzip)(body, { level: 9 }),
  br: (body) =>
    promisify(brotliCompress)(body, {
      params: { [zlib.BROTLI_PARAM_QUALITY]: 9, [zlib.BROTLI_PARAM_SIZE_HINT]: body.byteLength },
    }),
};

export interface CachedResponse {
  status: number;
  /** Response headers except Content-Length, Content-Encoding and Content-Security-Policy. */
  headers: [string, string][];
  /** The body as rendered (nonce removed). Compressed variants are made when first asked for: see PageCache.body. */
  identity: Buffer;
  etag: string | undefined;
  /** The policy to send with a replay: the render's policy with its nonce replaced by script hashes. */
  contentSecurityPolicy: string | undefined;
}

interface Slot {
  entry: CachedResponse;
  /** The compressed bodies made so far, and those being made (one compression per entry and encoding). */
  encoded: Partial<Record<Compressed, Buffer>>;
  pending: Partial<Record<Compressed, Promise<Buffer>>>;
  /** What this slot counts against maxBytes: key, headers, policy and every body it holds. */
  bytes: number;
}

/** How a render that other requests waited for ended: stored (they replay it) or not (they render themselves). */
export type RenderOutcome = "stored" | "not-stored";

export class PageCache {
  private readonly slots = new Map<string, Slot>();
  private readonly renders = new Map<string, Promise<RenderOutcome>>();
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
    const slot = this.slots.get(key);
    if (!slot) return undefined;
    // Re-insert: Map order is the LRU order.
    this.slots.delete(key);
    this.slots.set(key, slot);
    return slot.entry;
  }

  set(key: string, entry: CachedResponse): void {
    const size = 2 * key.length + entryOverhead(entry) + entry.identity.byteLength;
    if (entry.identity.byteLength > this.limits.maxEntryBytes) return;
    this.delete(key);
    this.slots.set(key, { entry, encoded: {}, pending: {}, bytes: size });
    this.bytes += size;
    this.evict();
  }

  delete(key: string): void {
    const existing = this.slots.get(key);
    if (!existing) return;
    this.slots.delete(key);
    this.bytes -= existing.bytes;
  }

  /**
   * The stored body in the encoding asked for. A compressed variant is made the first time a client asks for it,
   * off the event loop, and kept (and counted) while the entry stays; concurrent requests share one compression.
   */
  async body(key: string, entry: CachedResponse, encoding: Encoding): Promise<Buffer> {
    if (encoding === "identity") return entry.identity;
    const slot = this.slots.get(key);
    if (!slot || slot.entry !== entry) return compressors[encoding](entry.identity);
    const done = slot.encoded[encoding];
    if (done) return done;
    let pending = slot.pending[encoding];
    if (!pending) {
      pending = compressors[encoding](entry.identity).then((compressed) => {
        delete slot.pending[encoding];
        // Counted only if the entry is still the one stored under its key (a data load or eviction may have dropped it).
        if (this.slots.get(key) === slot) {
          slot.encoded[encoding] = compressed;
          slot.bytes += compressed.byteLength;
          this.bytes += compressed.byteLength;
          this.evict();
        }
        return compressed;
      });
      slot.pending[encoding] = pending;
    }
    return pending;
  }

  /**
   * Single flight: the first request to miss a key renders it (`lead` returns a function to call with the outcome);
   * later requests for the same key get `undefined` and call `waitForRender` instead of rendering again.
   */
  lead(key: string): ((outcome: RenderOutcome) => void) | undefined {
    if (this.renders.has(key)) return undefined;
    let finish!: (outcome: RenderOutcome) => void;
    this.renders.set(
      key,
      new Promise<RenderOutcome>((resolve) => {
        finish = resolve;
      }),
    );
    let finished = false;
    return (outcome) => {
      if (finished) return;
      finished = true;
      this.renders.delete(key);
      finish(outcome);
    };
  }

  /** The outcome of the render in flight for `key`, or undefined when there is none. */
  waitForRender(key: string): Promise<RenderOutcome> | undefined {
    return this.renders.get(key);
  }

  get size(): { entries: number; bytes: number; rendering: number } {
    return { entries: this.slots.size, bytes: this.bytes, rendering: this.renders.size };
  }

  private evict(): void {
    for (const [oldest, slot] of this.slots) {
      if (this.slots.size <= this.limits.maxEntries && this.bytes <= this.limits.maxBytes) break;
      this.slots.delete(oldest);
      this.bytes -= slot.bytes;
    }
  }
}

/** The bytes an entry holds besides its bodies: header names and values, policy and ETag (UTF-16 strings: 2 per unit). */
function entryOverhead(entry: CachedResponse): number {
  let chars = (entry.contentSecurityPolicy?.length ?? 0) + (entry.etag?.length ?? 0);
  for (const [name, value] of entry.headers) chars += name.length + value.length;
  return 2 * chars;
}

/** Whether a response may be stored: a complete 200, public, no cookie. */
export function isStorable(status: number, headers: Headers): boolean {
  if (status !== 200 || headers.has("Set-Cookie")) return false;
  const cacheControl = headers.get("Cache-Control") ?? "";
  return /\bpublic\b/.test(cacheControl) && !/\b(no-store|private|no-cache)\b/.test(cacheControl);
}

const SKIPPED_HEADERS = new Set(["content-length", "content-encoding", "content-security-policy"]);

/** Builds the stored form of a rendered response: nonce removed, policy hashed (compression comes later: PageCache.body). */
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
    identity,
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
