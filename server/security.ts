/**
 * The shell's defences: the Content-Security-Policy with a per-request nonce, the Host header check, and the
 * same-origin rule for unsafe methods (the CSRF defence: the app has no cookies or sessions).
 */
import { randomBytes } from "node:crypto";
import { isIPv6 } from "node:net";
import type { Request, RequestHandler, Response } from "express";
import helmet from "helmet";
import onHeaders from "on-headers";
import type { Env } from "~/lib/env.server";
import { addressedHost, hostHeaders, isSameOriginRequest } from "~/lib/same-origin.server";
import { sendShellError } from "./request-hygiene";

/**
 * A fresh nonce per response, read by the policy below and by the render (load context).
 *
 * A 304 carries no policy. A browser revalidating a page keeps the body it stored, whose scripts carry the nonce of
 * the render that sent it, and merges the 304's headers into the stored ones (RFC 9111 §4.3.4): a policy with this
 * response's new nonce would replace the stored one and block every script of the stored page. RFC 9110 §15.4.5 asks
 * a 304 for its validators and caching fields only, so without the header the browser keeps the policy that came
 * with the body.
 */
export function cspNonce(): RequestHandler {
  return (_req, res, next) => {
    res.locals.cspNonce = randomBytes(16).toString("base64");
    onHeaders(res, () => {
      if (res.statusCode === 304) res.removeHeader("Content-Security-Policy");
    });
    next();
  };
}

export function securityHeaders(config: Env): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        // React Router's inline hydration scripts carry this nonce (entry.server.tsx, root.tsx).
        scriptSrc: ["'self'", (_req, res) => `'nonce-${(res as Response).locals.cspNonce}'`],
        // React renders style attributes (chart boxes); no inline <style> or script is allowed without the nonce.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:"],
        fontSrc: ["'self'"],
        // Vite's hot reload talks over a WebSocket.
        connectSrc: config.NODE_ENV === "development" ? ["'self'", "ws:"] : ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // Sent per request by strictTransportSecurityOverHttps below, only where the request came over HTTPS.
    strictTransportSecurity: false,
    // The legacy header says what frame-ancestors 'none' says, for browsers without CSP level 2.
    xFrameOptions: { action: "deny" },
    crossOriginEmbedderPolicy: false,
  });
}

/** Loopback names and addresses: a browser that kept HSTS for them would refuse every plain-HTTP local server. */
const LOOPBACK_HOST = /^(?:localhost|[^.]+\.localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

/**
 * HSTS only on a response to a request that arrived over HTTPS: TLS on this server, or X-Forwarded-Proto from a
 * trusted proxy (TRUST_PROXY_HOPS; Express's `req.secure`). A plain-HTTP request never gets it (browsers ignore it
 * there, and a proxy that caches would hand it on), and neither does a loopback host.
 */
export function strictTransportSecurityOverHttps(): RequestHandler {
  const hsts = helmet.strictTransportSecurity({ maxAge: 365 * 24 * 60 * 60, includeSubDomains: true });
  return (req, res, next) => (req.secure && !LOOPBACK_HOST.test(req.hostname) ? hsts(req, res, next) : next());
}

/** A DNS name or an IPv4 address, or an IPv6 address in brackets, with an optional port. */
const HOST_HEADER =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|\[([0-9A-Fa-f:.]+)\])(?::(\d{1,5}))?$/;

/**
 * Whether a Host (or X-Forwarded-Host) value is a host name or address with an optional port that a URL can hold: the
 * pattern above, an IPv6 address that is one, and a port up to 65535 (`:99999` and `[:::::]` passed the pattern alone
 * and reached React Router's URL constructor, a 500).
 */
export function isValidHost(host: string): boolean {
  const match = HOST_HEADER.exec(host);
  if (!match) return false;
  const [, ipv6, port] = match;
  if (ipv6 !== undefined && !isIPv6(ipv6)) return false;
  return port === undefined || Number(port) <= 65535;
}

/** The schemes a trusted proxy may report in X-Forwarded-Proto; Express takes its first entry as `req.protocol`. */
const FORWARDED_PROTOCOLS = new Set(["http", "https"]);

/**
 * Absolute links are built from the Host header (and X-Forwarded-Host and X-Forwarded-Proto behind a trusted proxy),
 * or from PUBLIC_ORIGIN when it is set: refuse a Host that is not a host name or address with an optional port, rather
 * than let markup or a path into a page (or a 500); with PUBLIC_ORIGIN, refuse any host but its own (421, RFC 9110
 * §15.5.20), so no address but the site's ever reaches a page, a cache key or a citation.
 */
export function validHostHeader(config: Env): RequestHandler {
  const publicHost = config.PUBLIC_ORIGIN ? new URL(config.PUBLIC_ORIGIN).host : undefined;
  return (req, res, next) => {
    const { host, forwardedHost } = hostHeaders((name) => req.get(name), { trustProxy: config.TRUST_PROXY });
    const forwardedProto = config.TRUST_PROXY ? req.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase() : undefined;
    const valid =
      host !== undefined &&
      isValidHost(host) &&
      (forwardedHost === undefined || isValidHost(forwardedHost)) &&
      (forwardedProto === undefined || FORWARDED_PROTOCOLS.has(forwardedProto));
    if (!valid) {
      const text = "This request's Host header is not a valid host name.";
      return sendShellError(req, res, 400, { api: text, page: text });
    }
    if (publicHost !== undefined && (forwardedHost ?? host).toLowerCase() !== publicHost) {
      const text = `This server answers for ${config.PUBLIC_ORIGIN} only.`;
      return sendShellError(req, res, 421, { api: text, page: text });
    }
    next();
  };
}

/**
 * With PUBLIC_ORIGIN set, the request React Router sees is addressed to it: its loaders build citations, QR codes and
 * lesson links from `request.url`, which @react-router/express makes from `req.protocol` and the host. Installed after
 * validHostHeader, which has refused every other host; this also gives the scheme when no proxy reports it.
 */
export function addressToPublicOrigin(config: Env): RequestHandler {
  if (!config.PUBLIC_ORIGIN) return (_req, _res, next) => next();
  const origin = new URL(config.PUBLIC_ORIGIN);
  const protocol = origin.protocol.slice(0, -1);
  return (req, _res, next) => {
    req.headers.host = origin.host;
    delete req.headers["x-forwarded-host"];
    // Express's req.protocol is a getter on the request prototype (X-Forwarded-Proto or the socket): this request's own.
    Object.defineProperty(req, "protocol", { value: protocol, configurable: true, enumerable: true });
    next();
  };
}

/**
 * Form POSTs must come from our own pages (app/lib/same-origin.server.ts). React Router's own check would answer
 * a cross-origin one with a bare error, and also a same-origin native form POST, which carries `Origin: null` under
 * our `Referrer-Policy: no-referrer`: so judge here (403), and hand on only requests judged same-origin.
 */
export function sameOriginUnsafeMethods(): RequestHandler {
  return (req: Request, res: Response, next) => {
    if (req.method === "GET" || req.method === "HEAD" || req.method === "OPTIONS") return next();
    const host = addressedHost((name) => req.get(name));
    if (!isSameOriginRequest({ secFetchSite: req.get("sec-fetch-site"), origin: req.get("origin"), host })) {
      res
        .status(403)
        .set("Cache-Control", "private, no-store")
        .type("text/plain")
        .send("This form can only be sent from Career Atlas's own pages.");
      return;
    }
    if (req.headers.origin === "null") delete req.headers.origin;
    next();
  };
}
