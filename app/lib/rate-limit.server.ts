/**
 * In-memory token buckets, one per key (a client IP): `capacity` tokens, refilled continuously at
 * capacity / windowMs. One process holds the buckets (Career Atlas runs one server process; a restart forgets
 * them, which only ever lets a client in earlier). Old buckets are swept so memory stays bounded.
 */
export interface RateLimitDecision {
  allowed: boolean;
  /** Whole seconds until one token is back (0 when allowed). */
  retryAfterSeconds: number;
}

export class TokenBucketLimiter {
  private readonly buckets = new Map<string, { tokens: number; updatedAt: number }>();
  private readonly refillPerMs: number;

  constructor(
    private readonly options: { capacity: number; windowMs: number; maxKeys?: number },
    private readonly now: () => number = Date.now,
  ) {
    this.refillPerMs = options.capacity / options.windowMs;
  }

  /** Takes one token for `key` if there is one. */
  take(key: string): RateLimitDecision {
    const now = this.now();
    const bucket = this.refill(key, now);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true, retryAfterSeconds: 0 };
    }
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / this.refillPerMs / 1000)) };
  }

  private refill(key: string, now: number) {
    let bucket = this.buckets.get(key);
    if (bucket) {
      bucket.tokens = Math.min(this.options.capacity, bucket.tokens + (now - bucket.updatedAt) * this.refillPerMs);
      bucket.updatedAt = now;
      // Re-insert: Map order is least recently used first.
      this.buckets.delete(key);
    } else {
      bucket = { tokens: this.options.capacity, updatedAt: now };
    }
    this.buckets.set(key, bucket);
    this.sweep(now);
    return bucket;
  }

  /** Forgets full buckets (nothing to remember) and, past maxKeys, the least recently used ones. */
  private sweep(now: number) {
    const maxKeys = this.options.maxKeys ?? 10_000;
    if (this.buckets.size <= maxKeys) return;
    for (const [key, bucket] of this.buckets) {
      const full = bucket.tokens + (now - bucket.updatedAt) * this.refillPerMs >= this.options.capacity;
      if (full || this.buckets.size > maxKeys) this.buckets.delete(key);
      if (this.buckets.size <= maxKeys / 2) break;
    }
  }

  get size(): number {
    return this.buckets.size;
  }
}

/** Lesson bundles a client may create: 10 per 10 minutes (a class's worth of retries), per client IP. */
export const lessonCreationLimiter = new TokenBucketLimiter({ capacity: 10, windowMs: 10 * 60_000 });
