/**
 * The request's address, in one spelling (issue 13, items 3 and 4 of a code review on 2026-12-06; ADR 006).
 *
 * React Router matches routes whatever their case, with or without a trailing slash, and after decoding %-escapes:
 * `/Roles/cto`, `/roles/cto/` and `/roles/%63to` are all `/roles/cto`. Each spelling was a page-cache key of its own
 * (a render, and an entry pushing others out), and the lesson-lookup limiter, matching the path as sent, let
 * `/LESSONS/<code>` through after a client's misses were spent. Here every GET or HEAD in another spelling is sent
 * to the canonical one with a 301 before the page cache, the limits and the render see it; other methods are matched
 * by their canonical path (rate-limit.ts). The spelling itself is canonical-path.ts's.
 */
import type { RequestHandler } from "express";
import { canonicalPath } from "./canonical-path";
import { sendShellError } from "./request-hygiene";

/**
 * A GET or HEAD for a path in another spelling: 301 to the canonical path, with the query string as sent. Nothing is
 * rendered for it, and the redirect, being the same for every client, may be cached.
 */
export function canonicalPathRedirect(): RequestHandler {
  return (req, res, next) => {
    if (req.method !== "GET" && req.method !== "HEAD") return next();
    const canonical = canonicalPath(req.path);
    if (canonical === req.path) return next();
    const mark = req.originalUrl.indexOf("?");
    res
      .status(301)
      .set({ Location: `${canonical}${mark === -1 ? "" : req.originalUrl.slice(mark)}`, "Cache-Control": "public, max-age=3600" })
      .end();
  };
}

/**
 * The request target's forms other than a path (RFC 9112 §3.2). The absolute form (`GET http://host/roles/cto`, which
 * proxies send) is served as its path when it names the host the Host header names, as RFC 9112 §3.2.2 allows; the
 * asterisk form is OPTIONS' alone (204 with the methods, as allowedMethods answers). Anything else, or an absolute form
 * naming another host, is a 400: passed on, each reached React Router's Request constructor, which threw (a 500 with
 * a stack in the log).
 */
export function requestTargetForms(): RequestHandler {
  return (req, res, next) => {
    if (req.url.startsWith("/")) return next();
    if (req.url === "*" && req.method === "OPTIONS") {
      res.set({ Allow: "GET, HEAD, POST", "Cache-Control": "no-store" });
      return void res.status(204).end();
    }
    let target: URL | undefined;
    try {
      target = /^https?:\/\//i.test(req.url) ? new URL(req.url) : undefined;
    } catch {
      target = undefined;
    }
    if (target && target.host.toLowerCase() === (req.get("host") ?? "").toLowerCase()) {
      req.url = `${target.pathname}${target.search}`;
      req.originalUrl = req.url;
      return next();
    }
    const text = "This request's target is not a path on this site.";
    sendShellError(req, res, 400, { api: text, page: text });
  };
}
