/**
 * The cheap front door of the shared rate limits (app/lib/rate-limit.server.ts, ADR 017): a client whose limit is
 * spent gets a few hundred bytes of plain text with Retry-After, before the page cache, the render or any database
 * work beyond one primary-key read of its counter (and, for a lesson form carrying a creation token, one read by that
 * token: a retry of a saved creation is let through, ADR 018). The routes take the points (a created lesson, a code
 * that opened nothing); this only refuses clients that have none left.
 */
import type { Request, RequestHandler } from "express";
import { rateLimit, tooManyRequests, type RateLimitName } from "~/lib/rate-limit.server";
import { formOfBody } from "~/lib/form-body";
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
export const DRAINED_BODY_BYTES = 64 * 1024;

/**
 * The limit guarding a request, by its path as React Router routes it (canonicalPath): `/LESSONS/<code>` and
 * `/lesson%73/<code>` are lesson lookups too, and were let through once a client's misses were spent.
 */
export function guardedBy(method: string, path: string): RateLimitName | undefined {
  const routed = canonicalPath(path);
  return GUARDED.find((guard) => guard.methods.includes(method) && guard.path.test(routed))?.limit;
}

/** Whether a lesson form is a retry of a saved creation (the app's `isRetryOfSavedCreation`, app/entry.server.tsx). */
export type CreationRetryCheck = (form: URLSearchParams) => Promise<boolean>;

/**
 * Refuses a client whose limit is spent. A lesson form from such a client that is a retry of a saved creation (its
 * creation token already made a lesson: `isRetryOfSavedCreation`) is let through instead: the lesson action answers it
 * with its lesson and takes no point (ADR 018, amendments of 2026-12-06). A client whose first send committed but timed
 * out used to get this 429 on every retry until its window ended. A token that made nothing (made up, or never
 * committed) is refused as any other form, so new tokens buy no way past the limit.
 */
export function refuseThrottledClients({ isRetryOfSavedCreation }: { isRetryOfSavedCreation?: CreationRetryCheck } = {}): RequestHandler {
  return (req, res, next) => {
    const name = guardedBy(req.method, req.path);
    if (!name) return next();
    rateLimit(name)
      .then(async (limiter) => {
        const decision = await limiter.check(req.ip);
        if (decision.allowed) return next();
        if (name === "lessonCreation" && isRetryOfSavedCreation) {
          const form = await readFormPuttingItBack(req);
          if (form && (await isRetryOfSavedCreation(form))) return next();
          // Refused after all: the body put back is read to its end, as below.
          if (form) req.resume();
        }
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

/**
 * A URL-encoded form of at most DRAINED_BODY_BYTES, read whole and then put back at the front of the request
 * (`readable.unshift`, before the stream has ended), so React Router, which reads the request as a stream after this,
 * reads it again; undefined for any other body (another type, no or a larger Content-Length, a client gone first).
 */
function readFormPuttingItBack(req: Request): Promise<URLSearchParams | undefined> {
  const length = Number(req.get("content-length") ?? "0");
  const type = (req.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (type !== "application/x-www-form-urlencoded" || !(length > 0 && length <= DRAINED_BODY_BYTES)) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (form: URLSearchParams | undefined) => {
      req.off("data", onData).off("end", gone).off("error", gone).off("close", gone);
      resolve(form);
    };
    const onData = (chunk: Buffer) => {
      chunks.push(chunk);
      size += chunk.byteLength;
      if (size < length) return;
      // Paused with the whole body put back, the stream emits no 'end' until its next reader has read it.
      req.pause();
      const body = Buffer.concat(chunks);
      req.unshift(body);
      finish(formOfBody(body));
    };
    const gone = () => finish(undefined);
    req.on("data", onData).once("end", gone).once("error", gone).once("close", gone);
  });
}
