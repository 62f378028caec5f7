/**
 * The HTTP server and its time limits on a connection (issue 13, item 7; ADR 018, amendment of 2026-12-07, later): how
 * long an idle keep-alive connection stays open, and how long a request may take to arrive whole, headers and body.
 */
import { createServer, type RequestListener, type Server, type ServerOptions } from "node:http";

/** How long an idle keep-alive connection stays open (Node's default is 5 s). */
export const KEEP_ALIVE_TIMEOUT_MS = 65_000;

/**
 * How often Node looks for requests past their bound. Its default, 30 s, would let a stalled request live up to 30 s past
 * it; one look a second (a quarter of the bound when that is shorter) costs a walk over the connections still receiving.
 */
const MAX_CHECK_INTERVAL_MS = 1_000;

/**
 * The server's connection limits for a request bound of `requestTimeoutSeconds` (REQUEST_TIMEOUT_SECONDS, default 10;
 * why 10: app/lib/env.server.ts):
 *
 * - `requestTimeout`: a request not whole (headers and body) that long after its first byte, or after its connection
 *   opened for a first request, gets Node's `408 Request Timeout` with `Connection: close` (no response has begun: the app
 *   cannot answer before it has the body it reads), and its connection is closed. The app's read of the body then fails,
 *   so nothing is saved from a truncated form, and the shell logs nothing (errors.ts: the client is gone). The clock runs
 *   from the first byte, so a client that trickles a byte at a time is cut at the bound too, unlike an idle timeout.
 * - `headersTimeout` the same: Node requires it to be at most `requestTimeout` (createServer throws otherwise; set on the
 *   server afterwards, Node 20 silently swaps the two, so the longer bound would apply to the whole request). The headers
 *   get no shorter bound of their own: the whole request's is what counts.
 * - `keepAliveTimeout` stays 65 s: an idle connection between requests is not bound by the two above (Node 18 and later
 *   start their clock at a request's first byte), so the former rule that the headers timeout exceed the keep-alive one
 *   no longer applies (tests/unit/request-timeout.test.ts keeps a connection idle past the bound).
 * - `connectionsCheckingInterval`: above; a stalled request is closed between the bound and the bound plus one second.
 */
export function connectionLimits(requestTimeoutSeconds: number): ServerOptions {
  const requestTimeout = requestTimeoutSeconds * 1_000;
  return {
    requestTimeout,
    headersTimeout: requestTimeout,
    keepAliveTimeout: KEEP_ALIVE_TIMEOUT_MS,
    connectionsCheckingInterval: Math.min(MAX_CHECK_INTERVAL_MS, Math.floor(requestTimeout / 4)),
  };
}

/** The HTTP server of `app` with the limits above; the caller listens. */
export function createHttpServer(app: RequestListener, { requestTimeoutSeconds }: { requestTimeoutSeconds: number }): Server {
  return createServer(connectionLimits(requestTimeoutSeconds), app);
}
