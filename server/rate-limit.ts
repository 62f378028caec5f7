/**
 * The cheap front door of the shared rate limits (app/lib/rate-limit.server.ts, ADR 017): a client whose limit is
 * spent gets a few hundred bytes of plain text with Retry-After, before the page cache, the render or any database
 * work beyond one primary-key read of its counter. The routes take the points (a created lesson, a code that opened
 * nothing); this only refuses clients that have none left.
 */
import type { RequestHandler } from "express";
import { rateLimit, tooManyRequests, type RateLimitName } from "~/lib/rate-limit.server";

/** The requests each limit guards; `.data` is React Router's address for the same request from a hydrated page. */
const GUARDED: { methods: readonly string[]; path: RegExp; limit: RateLimitName }[] = [
  { methods: ["POST"], path: /^\/lessons\/new(?:\.data)?\/?$/, limit: "lessonCreation" },
  {
    methods: ["GET", "HEAD", "POST"],
    path: /^\/lessons\/(?!new(?:\.data)?\/?$)[^/]+(?:\/edit(?:\.data)?)?\/?$/,
    limit: "lessonLookupMisses",
  },
];

export function guardedBy(method: string, path: string): RateLimitName | undefined {
  return GUARDED.find((guard) => guard.methods.includes(method) && guard.path.test(path))?.limit;
}

export function refuseThrottledClients(): RequestHandler {
  return (req, res, next) => {
    const name = guardedBy(req.method, req.path);
    if (!name) return next();
    rateLimit(name)
      .then(async (limiter) => {
        const decision = await limiter.check(req.ip);
        if (decision.allowed) return next();
        const answer = tooManyRequests(limiter.policy, decision.retryAfterSeconds);
        res.status(answer.status);
        answer.headers.forEach((value, header) => res.setHeader(header, value));
        res.send(await answer.text());
      })
      .catch(next);
  };
}
