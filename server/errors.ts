import type { NextFunction, Request, Response } from "express";
import { isConnectionError } from "~db/availability";

/**
 * The last word on errors that reach Express. A client that went away mid-response is not an error of ours;
 * an error Express raises with a 4xx status (a path with a malformed %-escape is a URIError with status 400)
 * gets a short message, and its stack stays out of the log; anything else is logged whole and answered with a
 * plain 500 that reveals nothing. A database that cannot be reached is a 503 that says so (no stack: the breaker in
 * db/availability.ts logs the outage once).
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
  res.set("Cache-Control", "no-store").type("text/plain");
  if (typeof status === "number" && status >= 400 && status < 500) {
    res
      .status(status)
      .send(
        error instanceof URIError
          ? "This address is not valid: it contains a broken %-escape. Check the link, or start again from the home page."
          : "This request is not valid.",
      );
    return;
  }
  if (isConnectionError(error)) {
    res
      .status(503)
      .set("Retry-After", "5")
      .send("Career Atlas cannot reach its database right now. Nothing is lost: try again in a few seconds.");
    return;
  }
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  res.status(500).send("Something went wrong on our side. Please try again in a moment.");
}
