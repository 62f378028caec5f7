import type { NextFunction, Request, Response } from "express";
import { isConnectionError } from "~db/availability";
import { sendShellError } from "./request-hygiene";

/**
 * The last word on errors that reach Express. A client that went away mid-response is not an error of ours;
 * an error Express raises with a 4xx status (a path with a malformed %-escape is a URIError with status 400, raised
 * when the `*` route decodes its parameter) gets a short message, and its stack stays out of the log; anything else is
 * logged whole and answered with a 500 that reveals nothing. A database that cannot be reached is a 503 that says so
 * (no stack: the breaker in db/availability.ts logs the outage once). Under /api/v1/ each is a problem+json
 * (sendShellError), elsewhere plain text.
 */
export function handleError(error: unknown, req: Request, res: Response, next: NextFunction): void {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "ERR_STREAM_PREMATURE_CLOSE" || req.destroyed) return;
  if (res.headersSent) {
    next(error);
    return;
  }
  const status =
    (error as { status?: unknown; statusCode?: unknown } | null)?.status ?? (error as { statusCode?: unknown } | null)?.statusCode;
  if (typeof status === "number" && status >= 400 && status < 500) {
    sendShellError(
      req,
      res,
      status,
      error instanceof URIError
        ? {
            api: "This address has a broken %-escape in its path: a %-escape must spell UTF-8 text, as encodeURIComponent writes it.",
            page: "This address is not valid: it contains a broken %-escape. Check the link, or start again from the home page.",
          }
        : { api: "This request is not valid.", page: "This request is not valid." },
    );
    return;
  }
  if (isConnectionError(error)) {
    res.set("Retry-After", "5");
    const text = "Career Atlas cannot reach its database right now. Nothing is lost: try again in a few seconds.";
    sendShellError(req, res, 503, { api: text, page: text });
    return;
  }
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  const text = "Something went wrong on our side. Please try again in a moment.";
  sendShellError(req, res, 500, { api: text, page: text });
}
