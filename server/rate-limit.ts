/**
 * The cheap front door of the shared rate limits (app/lib/rate-limit.server.ts, ADR 017): a client whose limit is
 * spent gets a few hundred bytes of plain text with Retry-After, before the page cache, the render or any database
 * work beyond one primary-key read of its counter. The routes take the points (a created lesson, a code that opened
 * nothing); this only refuses clients that have none left.
 */
import type { RequestHandler } from "express";
import { rateLimit, tooManyRequests, type RateLimitName } from "~/lib/rate-limit.server";
import { canonicalPath } from "./canonical-path";

/** The requests each limit guards; `.data` is React Router's address for the same request from a hydrated page. */
const GUARDED: { methods: readonly string[]; path: RegExp; limit: RateLimitName }[] = [
  { methods: ["POST"], path: /^\/lessons\/new(?:\.data)?\/?$/, limit: "lessonCreation" },
  {
    methods: ["GET", "HEAD", "POST"],
    path: /^\/lessons\/(?!new(?:\.data)?\/?$)[^/]+(?:\/(?:edit|saved|handout|forget)(?:\.data)?)?\/?$/,
    limit: "lessonLookupMisses",
  },
];

/** The largest body read before a refusal (the lesson form's own limit is 64 KiB). */
const DRAINED_BODY_BYTES = 64 * 1024;

/**
 * The limit guarding a request, by its path as React Router routes it (canonicalPath): `/LESSONS/<code>` and
 * `/lesson%73/<code>` are lesson lookups too, and were let through once a client's misses were spent.
 */
export function guardedBy(method: string, path: string): RateLimitName | undefined {
  const routed = canonicalPath(path);
  return GUARDED.find((guard) => guard.methods.includes(method) && guard.path.test(routed))?.limit;
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
        const text = await answer.text();
        const send = () => {
          res.status(answer.status);
          answer.headers.forEach((value, header) => res.setHeader(header, value));
          res.send(text);
        };
        // Read a form-sized body to its end, so the connection stays usable for the client's next request; a larger or
        // unannounced one is left unread, and the connection closes after the answer (request-hygiene.ts).
        const length = Number(req.get("content-length") ?? "0");
        if (req.complete || !(length > 0 && length <= DRAINED_BODY_BYTES)) return send();
        req.resume();
        req.once("end", send);
      })
      .catch(next);
  };
}
