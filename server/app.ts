/**
 * The Express app around React Router's request handler (@react-router/express). The order of the middleware is
 * the design: headers first, then compression, logs, static files and /healthz, then the checks that can refuse a request,
 * and only then the page cache and the render.
 */
import { EventEmitter } from "node:events";
import path from "node:path";
import { constants as zlibConstants } from "node:zlib";
import { createRequestHandler } from "@react-router/express";
import type { ServerBuild } from "react-router";
import type { ViteDevServer } from "vite";
import compression from "compression";
import express from "express";
import morgan from "morgan";
import { projectRoot } from "~db/config";
import type * as AppEntry from "~/entry.server";
import type { Env } from "~/lib/env.server";
import { trackSearchParamReads } from "~/lib/search-param-reads.server";
import { handleError } from "./errors";
import { healthCheck } from "./health";
import { PageCache } from "./page-cache-store";
import { pageCacheMiddleware } from "./page-cache";
import { allowedMethods, closeWhenBodyUnread } from "./request-hygiene";
import { canonicalPathRedirect, requestTargetForms } from "./request-target";
import { refuseThrottledClients } from "./rate-limit";
import {
  addressToPublicOrigin,
  cspNonce,
  sameOriginUnsafeMethods,
  securityHeaders,
  strictTransportSecurityOverHttps,
  validHostHeader,
} from "./security";

export interface AppOptions {
  config: Env;
  /** The production build, or (under `npm run dev`) a loader that asks Vite for the current one. */
  build: ServerBuild | (() => Promise<ServerBuild>);
  dataVersionTag: () => string;
  vite: ViteDevServer | undefined;
}

export function createApp({ config, build, dataVersionTag, vite }: AppOptions): express.Express {
  const app = express();
  app.disable("x-powered-by");
  // The client's address is the X-Forwarded-For entry TRUST_PROXY_HOPS from the right; the rest is the client's own.
  app.set("trust proxy", config.TRUST_PROXY_HOPS);

  app.use(closeWhenBodyUnread());
  app.use(requestTargetForms());
  app.use(cspNonce());
  app.use(securityHeaders(config));
  app.use(strictTransportSecurityOverHttps());
  app.use(allowedMethods());
  // Brotli's default window is 4 MiB (lgwin 22), allocated per response in zlib's thread pool; the largest page we
  // measured is 264 KB (/map), so a 256 KiB window (lgwin 18) gives the same sizes (docs/PERFORMANCE.md)
  // and keeps that allocation small (issue 13, item 10).
  app.use(compression({ brotli: { params: { [zlibConstants.BROTLI_PARAM_LGWIN]: 18 } } }));
  app.use(compressionStreamFixes);
  if (config.REQUEST_LOG !== "off") {
    // Lesson edit links carry their secret as ?key=: logs get the address without it.
    morgan.token("url", (req: express.Request) => (req.originalUrl || req.url).replace(/([?&]key=)[^&#]*/g, "$1[redacted]"));
    app.use(morgan(config.REQUEST_LOG, { skip: (req) => req.url === "/healthz" }));
  }

  if (vite) {
    app.use(vite.middlewares);
  } else {
    // Vite names built assets by content hash, and copies public/ into build/client.
    const client = path.join(projectRoot(), "build", "client");
    app.use("/assets", express.static(path.join(client, "assets"), { immutable: true, maxAge: "1y" }));
    app.use(express.static(client, { maxAge: "1h" }));
  }

  // Browsers ask for /favicon.ico on responses without an icon link (CSV, plain-text errors): send them the icon.
  app.get("/favicon.ico", (_req, res) => res.redirect(301, "/favicon.svg"));

  app.get("/healthz", healthCheck(config));

  app.use(validHostHeader(config));
  app.use(addressToPublicOrigin(config));
  app.use(canonicalPathRedirect());
  app.use(sameOriginUnsafeMethods());
  app.use(refuseThrottledClients({ isRetryOfSavedCreation: async (form) => (await appEntry(build)).isRetryOfSavedCreation(form) }));

  // Each request records the search parameters its page's schemas read: loadPublicPage redirects away the others.
  app.use((_req, _res, next) => trackSearchParamReads(next));
  if (config.PAGE_CACHE) {
    const cache = new PageCache({ maxEntries: 500, maxBytes: 64 * 1024 * 1024, maxEntryBytes: 2 * 1024 * 1024 });
    app.use(pageCacheMiddleware({ cache, dataVersionTag, publicOrigin: config.PUBLIC_ORIGIN }));
  }
  app.all(
    "*",
    createRequestHandler({
      build,
      mode: config.NODE_ENV === "production" ? "production" : "development",
      // req.ip honours TRUST_PROXY_HOPS (X-Forwarded-For only behind a proxy): rate limits key on it.
      getLoadContext: async (req, res) => ({
        cspNonce: res.locals.cspNonce as string,
        clientIp: req.ip,
        // The version entry.server.tsx puts in a page's ETag (manifest.version); under `npm run dev`, the current build's.
        buildVersion: (typeof build === "function" ? await build() : build).assets.version,
      }),
    }),
  );
  app.use(handleError);
  return app;
}

/**
 * The app's server entry in the build (app/entry.server.tsx): what the shell asks the app, which it may not import
 * (ADR 012). Under `npm run dev`, the current build's.
 */
async function appEntry(build: AppOptions["build"]): Promise<typeof AppEntry> {
  const current = typeof build === "function" ? await build() : build;
  return current.entry.module as unknown as typeof AppEntry;
}

/**
 * Two mismatches between `compression` and @react-router/express, fixed per response:
 * - the handler flushes the compressor after every chunk React writes (for streamed Suspense boundaries); our pages
 *   render whole, so zlib may fill its blocks (smaller responses);
 * - the handler waits for 'drain' with `once` and removes the listener with `off`; `compression` forwards `on('drain')`
 *   to its zlib stream but not `off`, so every wait left a listener on the stream (MaxListenersExceededWarning on
 *   BrotliCompress under load). 'drain' listeners are kept here instead, behind one forwarding listener.
 */
export function compressionStreamFixes(_req: express.Request, res: express.Response, next: express.NextFunction): void {
  delete (res as { flush?: unknown }).flush;
  const drainListeners = new EventEmitter();
  const on = res.on;
  const removeListener = res.removeListener;
  let forwarding = false;
  res.on = res.addListener = function (this: express.Response, event: string | symbol, listener: (...args: unknown[]) => void) {
    if (event !== "drain") return on.call(this, event, listener);
    if (!forwarding) {
      forwarding = true;
      on.call(this, "drain", () => drainListeners.emit("drain"));
    }
    drainListeners.on("drain", listener);
    return this;
  } as typeof res.on;
  res.off = res.removeListener = function (this: express.Response, event: string | symbol, listener: (...args: unknown[]) => void) {
    if (event !== "drain") return removeListener.call(this, event, listener);
    drainListeners.removeListener("drain", listener);
    return this;
  } as typeof res.off;
  next();
}
