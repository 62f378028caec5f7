/**
 * The Express app around React Router's request handler (@react-router/express). The order of the middleware is
 * the design: headers first, then compression, logs, static files and /healthz, then the checks that can refuse a request,
 * and only then the page cache and the render.
 */
import path from "node:path";
import { createRequestHandler } from "@react-router/express";
import type { ServerBuild } from "react-router";
import type { ViteDevServer } from "vite";
import compression from "compression";
import express from "express";
import morgan from "morgan";
import { projectRoot } from "~db/config";
import type { Env } from "~/lib/env.server";
import { handleError } from "./errors";
import { healthCheck } from "./health";
import { PageCache } from "./page-cache-store";
import { pageCacheMiddleware } from "./page-cache";
import { allowedMethods, closeWhenBodyUnread } from "./request-hygiene";
import { cspNonce, sameOriginUnsafeMethods, securityHeaders, validHostHeader } from "./security";

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
  if (config.TRUST_PROXY) app.set("trust proxy", true);

  app.use(closeWhenBodyUnread());
  app.use(cspNonce());
  app.use(securityHeaders(config));
  app.use(allowedMethods());
  app.use(compression());
  // @react-router/express flushes the compressor after every chunk React writes (for streamed Suspense boundaries).
  // Our pages render whole, so let zlib fill its blocks: smaller responses, and no pile-up of 'drain' listeners.
  app.use((_req, res, next) => {
    delete (res as { flush?: unknown }).flush;
    next();
  });
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
  app.use(sameOriginUnsafeMethods());

  if (config.PAGE_CACHE) {
    const cache = new PageCache({ maxEntries: 500, maxBytes: 64 * 1024 * 1024, maxEntryBytes: 2 * 1024 * 1024 });
    app.use(pageCacheMiddleware({ cache, dataVersionTag }));
  }
  app.all(
    "*",
    createRequestHandler({
      build,
      mode: config.NODE_ENV === "production" ? "production" : "development",
      // req.ip honours TRUST_PROXY (X-Forwarded-For only behind a proxy): rate limits key on it (lesson creation).
      getLoadContext: (req, res) => ({ cspNonce: res.locals.cspNonce as string, clientIp: req.ip }),
    }),
  );
  app.use(handleError);
  return app;
}
