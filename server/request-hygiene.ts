/**
 * Requests the app has no use for are answered by the shell, cheaply and without a stack in the log
 * (issue 13, item 7).
 */
import type { Request, RequestHandler, Response } from "express";
import { PROBLEM_CONTENT_TYPE, problemDetails, READ_ONLY_ALLOW, readOnlyRefusal } from "~/lib/http.server";
import { canonicalPath } from "./canonical-path";

/** Every page is read with GET (or HEAD) and every form posts: nothing else reaches React Router. */
const ALLOWED_METHODS = ["GET", "HEAD", "POST"] as const;
const ALLOW = ALLOWED_METHODS.join(", ");

/** The JSON API (docs/decisions/020): every address under it is read-only, the ones it does not have too. */
const API_ROOT = "/api/v1";

/**
 * 405 with `Allow` for any other method. TRACE and CONNECT would otherwise reach the Fetch `Request` constructor,
 * which refuses them (a 500), and PUT or DELETE a route without an action (React Router logs a stack for each).
 * OPTIONS gets the same `Allow` list with a 204.
 *
 * Under /api/v1/ (the read-only JSON API, readable from any origin) only GET, HEAD and OPTIONS are served: any other
 * method, POST included, is a 405 problem+json like the API's other errors (a POST reached React Router, which
 * answered "Unexpected Server Error" without `Allow`), and OPTIONS is a CORS preflight's answer too: any origin may
 * GET, with If-None-Match.
 */
export function allowedMethods(): RequestHandler {
  return (req, res, next) => {
    if (isApiPath(req.path)) return apiMethods(req, res, next);
    if ((ALLOWED_METHODS as readonly string[]).includes(req.method)) return next();
    res.set("Allow", ALLOW).set("Cache-Control", "no-store");
    if (req.method === "OPTIONS") return void res.status(204).end();
    res
      .status(405)
      .type("text/plain")
      .send(`This address answers ${ALLOW} requests only, not ${req.method.slice(0, 20)}.`);
  };
}

/**
 * Whether a path is the JSON API's, judged by its canonical spelling (canonical-path.ts), the one the shell redirects
 * GETs to and matches the limits by: "/API/v1/roles", "/api/v%31/roles" and "/api/v1/" are the API too, and must not
 * take the pages' POST. A broken escape elsewhere in the path ("/api/v%31/roles/%ZZ") is kept as sent, so the prefix
 * stays readable and the shell's error answer for it is the API's (errors.ts). An escaped slash ("/api%2Fv1/roles")
 * is not the API's, as React Router does not route it there.
 */
export function isApiPath(path: string): boolean {
  const routed = canonicalPath(path);
  return routed === API_ROOT || routed.startsWith(`${API_ROOT}/`);
}

/**
 * An error the shell answers itself (a broken %-escape in the path, a bad Host header, an outage, a 500): under
 * /api/v1/ a problem+json readable from any origin, like every other answer of the API (docs/decisions/020), elsewhere
 * short plain text. A counselor's pass (2026-12-06) found /api/v1/roles/%ZZ answered 400 in text/plain.
 */
export function sendShellError(req: Request, res: Response, status: number, text: { api: string; page: string }): void {
  res.status(status).set("Cache-Control", "no-store");
  if (isApiPath(req.path)) {
    res.set({ "Content-Type": PROBLEM_CONTENT_TYPE, "Access-Control-Allow-Origin": "*" }).send(problemDetails(status, text.api));
    return;
  }
  res.type("text/plain").send(text.page);
}

const apiMethods: RequestHandler = (req, res, next) => {
  if (req.method === "GET" || req.method === "HEAD") return next();
  res.set({ Allow: READ_ONLY_ALLOW, "Cache-Control": "no-store", "Access-Control-Allow-Origin": "*" });
  if (req.method === "OPTIONS") {
    res.set({
      "Access-Control-Allow-Methods": "GET, HEAD",
      "Access-Control-Allow-Headers": "If-None-Match",
      "Access-Control-Max-Age": "86400",
    });
    return void res.status(204).end();
  }
  res
    .status(405)
    .set("Content-Type", PROBLEM_CONTENT_TYPE)
    .send(problemDetails(405, readOnlyRefusal(req.method)));
};

/**
 * A response sent before its request's body has fully arrived (a 405, a 413 for a too-large form, a 403 from the
 * same-origin rule) closes the connection. Kept alive, the socket would still hold the unread body, and the
 * client's next request on it would stall until the server gave up on it and reset it (about 6 s).
 */
export function closeWhenBodyUnread(): RequestHandler {
  return (req, res, next) => {
    const writeHead = res.writeHead;
    res.writeHead = function (this: typeof res, ...args: Parameters<typeof writeHead>) {
      if (!req.complete && !res.headersSent) res.setHeader("Connection", "close");
      return writeHead.apply(this, args);
    } as typeof writeHead;
    next();
  };
}
