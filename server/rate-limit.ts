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
 * How long the gate waits for a spent client's body to arrive whole (ADR 018, amendment of 2026-12-07): the same 5 s as
 * the serving database's statement timeout. A browser sends the lesson form (a few KB) with its headers, and 64 KiB takes
 * about 5 s at 100 kbit/s. Unbounded, a body that stalled held the read until Node's requestTimeout (then 300 s). The
 * server's bound on a whole request (REQUEST_TIMEOUT_SECONDS, 10 s, http-server.ts) must stay above this one, or a spent
 * client's slow body meets Node's 408 first (ADR 018, amendment of 2026-12-07, later).
 */
export const BODY_DEADLINE_MS = 5_000;

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
 *
 * A spent client's form-sized body is read whole before it is answered, for at most `bodyDeadlineMs` (tests shorten
 * it): one not whole by then gets the same 429, unread, and its connection closes. A client that leaves first gets
 * nothing: no answer, and no request passed on (ADR 018, amendment of 2026-12-07).
 */
export function refuseThrottledClients({
  isRetryOfSavedCreation,
  bodyDeadlineMs = BODY_DEADLINE_MS,
}: { isRetryOfSavedCreation?: CreationRetryCheck; bodyDeadlineMs?: number } = {}): RequestHandler {
  return (req, res, next) => {
    const name = guardedBy(req.method, req.path);
    if (!name) return next();
    rateLimit(name)
      .then(async (limiter) => {
        const decision = await limiter.check(req.ip);
        if (decision.allowed) return next();
        // A form-sized body is read to its end, so the connection stays usable for the client's next request; a larger or
        // unannounced one (it may never end) is left unread, and the connection closes after the answer
        // (request-hygiene.ts), as it does for a body that is not whole by the deadline.
        const length = formSizedLength(req);
        const body = length === undefined ? "unread" : await readBodyPuttingItBack(req, length, bodyDeadlineMs);
        if (body === "gone") return;
        if (body instanceof Buffer && name === "lessonCreation" && isRetryOfSavedCreation && isUrlEncodedForm(req)) {
          const retry = await isRetryOfSavedCreation(formOfBody(body));
          if (clientGone(req)) return;
          if (retry) return next();
        }
        // Refused after all. The body put back is read to its end and dropped before the answer, which would otherwise
        // go out before Node's parser has marked the request complete, and close the connection; the rest of a late one
        // is dropped as it comes.
        if (body instanceof Buffer && (await dropToEnd(req)) === "gone") return;
        if (body === "late") req.resume();
        const answer = tooManyRequests(limiter.policy, decision.retryAfterSeconds);
        const text = await answer.text();
        if (clientGone(req)) return;
        res.status(answer.status);
        answer.headers.forEach((value, header) => res.setHeader(header, value));
        res.send(text);
      })
      .catch(next);
  };
}

/** Reads the rest of a request whose body has arrived and drops it; "gone" when the client leaves first. */
function dropToEnd(req: Request): Promise<"ended" | "gone"> {
  if (req.readableEnded) return Promise.resolve("ended");
  if (clientGone(req)) return Promise.resolve("gone");
  return new Promise((resolve) => {
    const finish = (result: "ended" | "gone") => {
      req.off("end", ended).off("error", gone).off("close", gone);
      resolve(result);
    };
    const ended = () => finish("ended");
    const gone = () => finish("gone");
    req.once("end", ended).once("error", gone).once("close", gone);
    req.resume();
  });
}

/**
 * A request whose client has left (its connection closed): nothing can be answered, and nothing should be passed on.
 * Judged by the socket: Node also destroys a request stream that was read to its end.
 */
function clientGone(req: Request): boolean {
  return req.socket.destroyed;
}

/** The body's announced length when it is one the gate reads: 1 to DRAINED_BODY_BYTES bytes by its Content-Length. */
function formSizedLength(req: Request): number | undefined {
  const length = Number(req.get("content-length") ?? "0");
  return length > 0 && length <= DRAINED_BODY_BYTES ? length : undefined;
}

/** Whether the body is a URL-encoded form, the only kind the lesson page sends and the gate looks into. */
function isUrlEncodedForm(req: Request): boolean {
  return (req.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase() === "application/x-www-form-urlencoded";
}

/**
 * A body of `length` bytes, read whole and then put back at the front of the request (`readable.unshift`, before the
 * stream has ended), so React Router, which reads the request as a stream after this, reads it again. "gone" when the
 * client left before it was whole (or before the read began); "late" when it was not whole within `deadlineMs`. Either
 * way every listener and the timer are removed.
 */
function readBodyPuttingItBack(req: Request, length: number, deadlineMs: number): Promise<Buffer | "gone" | "late"> {
  if (clientGone(req)) return Promise.resolve("gone");
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (result: Buffer | "gone" | "late") => {
      clearTimeout(timer);
      req.off("data", onData).off("end", late).off("error", gone).off("close", gone);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      chunks.push(chunk);
      size += chunk.byteLength;
      if (size < length) return;
      // Paused with the whole body put back, the stream emits no 'end' until its next reader has read it.
      req.pause();
      const body = Buffer.concat(chunks);
      req.unshift(body);
      finish(body);
    };
    const gone = () => finish("gone");
    // An end before the announced length (Node's parser does not give one; a body is whole or aborted) is answered too.
    const late = () => finish("late");
    const timer = setTimeout(late, deadlineMs);
    req.on("data", onData).once("end", late).once("error", gone).once("close", gone);
  });
}
