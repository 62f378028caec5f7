/**
 * Rate limits shared by every app instance on one database (ADR 017): rate-limiter-flexible's RateLimiterDrizzle
 * counts points in `rate_limit_counters` with one atomic upsert per counted event, so two instances on one PostgreSQL
 * see one count (on PGlite, the same table in the embedded database). A limit is a fixed window of `points` per
 * `durationSeconds`, keyed by policy and client network.
 *
 * When the store fails or answers slower than STORE_TIMEOUT_MS (the database is down or saturated), the same policy
 * is enforced by a per-process memory limiter instead: the limits degrade to what one instance counts, they neither
 * vanish (fail-open) nor refuse every client (fail-closed).
 *
 * The limiters live on globalThis: the server entry and the React Router build are two bundles in one process, and the
 * Express gate (server/rate-limit.ts) and the routes must count with the same ones.
 */
import { isIPv6 } from "node:net";
import { RateLimiterDrizzle, RateLimiterMemory, RateLimiterRes, RLWrapperTimeouts } from "rate-limiter-flexible";
import type { Database } from "~db/client";
import { rateLimitCounters } from "~db/schema";
import { databaseWithFallback } from "~/lib/db.server";
import { env } from "~/lib/env.server";

declare module "rate-limiter-flexible" {
  // Public in the library's JavaScript (RateLimiterStoreAbstract), missing from its type declarations.
  interface RateLimiterStoreAbstract {
    /** Milliseconds this process still refuses the key from memory (0: not blocked here). */
    getInMemoryBlockMsBeforeExpire(storeKey: string): number;
  }
}

export interface RateLimitPolicy {
  /** The key prefix in the store: one counter per policy and client. */
  prefix: string;
  points: number;
  durationSeconds: number;
  /** What a refused client reads (plain text, and the lesson form's message). */
  message: (retryAfterSeconds: number) => string;
  /**
   * The page itself refuses the first request over the limit (the lesson form, shown again with what was typed), and
   * the shell only those after it. Without it the shell refuses as soon as the points are spent.
   */
  pageRefusesFirst?: boolean;
}

export type RateLimitName = "lessonCreation" | "lessonLookupMisses";

export type RateLimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

const minutes = (seconds: number) => {
  const m = Math.max(1, Math.ceil(seconds / 60));
  return `${m} minute${m === 1 ? "" : "s"}`;
};

/** The policies, with their sizes from the validated environment. */
export function rateLimitPolicies(config = env()): Record<RateLimitName, RateLimitPolicy> {
  return {
    // Well-formed lesson submissions (the ones that reach the database): a class's worth of retries per 10 minutes.
    lessonCreation: {
      prefix: "lesson-create",
      points: config.LESSON_CREATE_LIMIT,
      durationSeconds: 10 * 60,
      pageRefusesFirst: true,
      message: (s) => `Many lessons were made from your network in the last few minutes. Try again in ${minutes(s)}.`,
    },
    // Lesson codes that open nothing and edit keys that do not match: a mistyped code now and then, not a scan.
    lessonLookupMisses: {
      prefix: "lesson-miss",
      points: config.LESSON_LOOKUP_MISS_LIMIT,
      durationSeconds: 60,
      message: (s) => `Too many lesson codes or edit links that open nothing came from your network. Try again in ${s} seconds.`,
    },
  };
}

/** Spent clients one limiter remembers in memory (each a key and a time): beyond it, the oldest are read again. */
const MAX_REMEMBERED_SPENT = 10_000;

/** How long a counter read or write may take before the per-process limiter decides instead. */
export const STORE_TIMEOUT_MS = 750;

/**
 * The key a client is counted under: its IPv4 address, or the /64 network of an IPv6 address (one household or
 * device gets a whole /64 and can pick any address in it). `req.ip` is already the address TRUST_PROXY_HOPS allows.
 */
export function clientKey(ip: string | undefined): string {
  if (!ip) return "unknown";
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return mapped[1]!;
  if (!isIPv6(ip)) return ip;
  const [head = "", tail] = ip.split("::") as [string, string | undefined];
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = tail === undefined ? left : [...left, ...Array<string>(8 - left.length - right.length).fill("0"), ...right];
  return `${groups
    .slice(0, 4)
    .map((g) => parseInt(g, 16).toString(16))
    .join(":")}::/64`;
}

/** One policy's limiter over one database. */
export class SharedRateLimit {
  private readonly store: RateLimiterDrizzle;
  private readonly limiter: RLWrapperTimeouts;
  /** Clients this process found spent in the store, until their window ends: later checks read no counter. */
  private readonly spentUntil = new Map<string, number>();

  constructor(
    readonly policy: RateLimitPolicy,
    db: Database,
    options: { timeoutMs?: number; clearExpired?: boolean } = {},
  ) {
    const common = { keyPrefix: policy.prefix, points: policy.points, duration: policy.durationSeconds };
    this.store = new RateLimiterDrizzle({
      ...common,
      storeClient: db,
      schema: rateLimitCounters,
      // Once this process has seen a client over the limit, it refuses it from memory until the window ends.
      inMemoryBlockOnConsumed: policy.points + 1,
      insuranceLimiter: new RateLimiterMemory(common),
      clearExpiredByTimeout: options.clearExpired ?? true,
    });
    this.limiter = new RLWrapperTimeouts({ limiter: this.store, timeoutMs: options.timeoutMs ?? STORE_TIMEOUT_MS });
  }

  /** Takes one point for the client; refused once the window's points are spent. */
  async consume(ip: string | undefined): Promise<RateLimitDecision> {
    try {
      await this.limiter.consume(clientKey(ip));
      return { allowed: true };
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) return { allowed: false, retryAfterSeconds: retryAfter(rejection) };
      throw rejection;
    }
  }

  /**
   * Whether the shell should refuse the client now, without taking a point: its points are spent (or, with
   * `pageRefusesFirst`, it has already been refused once in this window).
   */
  async check(ip: string | undefined): Promise<RateLimitDecision> {
    const key = clientKey(ip);
    const now = Date.now();
    const blockedMs = Math.max(this.store.getInMemoryBlockMsBeforeExpire(this.store.getKey(key)), (this.spentUntil.get(key) ?? 0) - now);
    if (blockedMs > 0) return { allowed: false, retryAfterSeconds: Math.ceil(blockedMs / 1000) };
    const state = await this.limiter.get(key);
    const spentAt = this.policy.points + (this.policy.pageRefusesFirst ? 1 : 0);
    if (!state || state.consumedPoints < spentAt) return { allowed: true };
    this.rememberSpent(key, now + state.msBeforeNext, now);
    return { allowed: false, retryAfterSeconds: retryAfter(state) };
  }

  private rememberSpent(key: string, until: number, now: number) {
    if (this.spentUntil.size >= MAX_REMEMBERED_SPENT) {
      for (const [k, end] of this.spentUntil) if (end <= now) this.spentUntil.delete(k);
      // Still full of live blocks (a flood of distinct clients): forget the oldest; the store still has them.
      for (const k of this.spentUntil.keys()) {
        if (this.spentUntil.size < MAX_REMEMBERED_SPENT) break;
        this.spentUntil.delete(k);
      }
    }
    this.spentUntil.set(key, until);
  }
}

function retryAfter(res: RateLimiterRes): number {
  return Math.max(1, Math.ceil(res.msBeforeNext / 1000));
}

/** A refusal as the gate sends it: plain text, a few hundred bytes, never cached. */
export function tooManyRequests(policy: RateLimitPolicy, retryAfterSeconds: number): Response {
  return new Response(policy.message(retryAfterSeconds), {
    status: 429,
    statusText: "Too Many Requests",
    headers: {
      "Content-Type": "text/plain; charset=utf-8",
      "Cache-Control": "private, no-store",
      "Retry-After": String(retryAfterSeconds),
    },
  });
}

const LIMITERS = Symbol.for("career-atlas.rate-limits");
type GlobalWithLimiters = typeof globalThis & { [LIMITERS]?: WeakMap<Database, Map<RateLimitName, SharedRateLimit>> };

/**
 * The process's limiter for a policy, over the process's database (tests install one database per suite). Reached
 * even while the database is known to be down: the limiter then counts per process (its store's queries are rejected
 * at once by the breaker), so neither the shell's check nor a route's count turns an outage into an error.
 */
export async function rateLimit(name: RateLimitName): Promise<SharedRateLimit> {
  const db = await databaseWithFallback();
  const byDatabase = ((globalThis as GlobalWithLimiters)[LIMITERS] ??= new WeakMap());
  let limiters = byDatabase.get(db);
  if (!limiters) byDatabase.set(db, (limiters = new Map()));
  let limiter = limiters.get(name);
  if (!limiter) limiters.set(name, (limiter = new SharedRateLimit(rateLimitPolicies()[name], db)));
  return limiter;
}

/**
 * Counts one miss against a policy (a lesson code that opened nothing, an edit key that did not match) and returns
 * the answer to throw: the route's own, or a 429 once the client has spent its misses.
 */
export async function countMiss(name: RateLimitName, ip: string | undefined, answer: Response): Promise<Response> {
  const limiter = await rateLimit(name);
  const decision = await limiter.consume(ip);
  return decision.allowed ? answer : tooManyRequests(limiter.policy, decision.retryAfterSeconds);
}
