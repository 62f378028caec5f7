import { describe, expect, it } from "vitest";
import { TokenBucketLimiter } from "~/lib/rate-limit.server";

function limiter(capacity = 10, windowMs = 600_000, maxKeys?: number) {
  let now = 0;
  const bucket = new TokenBucketLimiter({ capacity, windowMs, maxKeys }, () => now);
  return { bucket, advance: (ms: number) => (now += ms) };
}

describe("token bucket rate limiter", () => {
  it("allows `capacity` takes at once, then refuses with the seconds until a token is back", () => {
    const { bucket } = limiter();
    for (let i = 0; i < 10; i++) expect(bucket.take("1.2.3.4").allowed).toBe(true);
    // One token comes back every 60 s (10 per 10 minutes).
    expect(bucket.take("1.2.3.4")).toEqual({ allowed: false, retryAfterSeconds: 60 });
  });

  it("refills continuously: one token per window / capacity", () => {
    const { bucket, advance } = limiter();
    for (let i = 0; i < 10; i++) bucket.take("a");
    advance(59_000);
    expect(bucket.take("a")).toEqual({ allowed: false, retryAfterSeconds: 1 });
    advance(1_000);
    expect(bucket.take("a").allowed).toBe(true);
    expect(bucket.take("a").allowed).toBe(false);
    advance(10 * 600_000);
    // Never more than capacity, however long the wait.
    for (let i = 0; i < 10; i++) expect(bucket.take("a").allowed).toBe(true);
    expect(bucket.take("a").allowed).toBe(false);
  });

  it("keeps one bucket per key", () => {
    const { bucket } = limiter(1);
    expect(bucket.take("a").allowed).toBe(true);
    expect(bucket.take("a").allowed).toBe(false);
    expect(bucket.take("b").allowed).toBe(true);
  });

  it("stays bounded in memory: past maxKeys it forgets full and least recently used buckets", () => {
    const { bucket } = limiter(10, 600_000, 100);
    for (let i = 0; i < 1_000; i++) bucket.take(`client-${i}`);
    expect(bucket.size).toBeLessThanOrEqual(100);
  });
});
