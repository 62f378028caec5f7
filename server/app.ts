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
import { sql } from "drizzle-orm";
import { getDatabase } from "~db/client";
import { databaseTargetFromEnv, projectRoot } from "~db/config";
import type { Env } from "~/lib/env.server";
import { handleError } from "./errors";
import { PageCache } from "./page-cache-store";
import { pageCacheMiddleware } from "./page-cache";
import { allowedMethods, closeWhenBodyUnread } from "./request-hygiene";
import { refuseThrottledClients } from "./rate-limit";
import { cspNonce, sameOriginUnsafeMethods, securityHeaders, strictTransportSecurityOverHttps, validHostHeader } from "./security";

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
  app.use(cspNonce());
  app.use(securityHeaders(config));
  app.use(strictTransportSecurityOverHttps());
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

  app.get("/healthz", async (_req, res) => {
    res.set("Cache-Control", "no-store");
    try {
      const handle = await getDatabase(databaseTargetFromEnv(config));
      await handle.db.execute(sql`select 1`);
      res.json({ status: "ok", database: handle.driver });
    } catch (error) {
      console.error("Health check failed:", error instanceof Error ? error.message : error);
      res.status(503).json({ status: "unavailable", database: "unreachable" });
    }
  });

  app.use(validHostHeader(config));
  app.use(sameOriginUnsafeMethods());
  app.use(refuseThrottledClients());

  if (config.PAGE_CACHE) {
    const cache = new PageCache({ maxEntries: 500, maxBytes: 64 * 1024 * 1024, maxEntryBytes: 2 * 1024 * 1024 });
    app.use(pageCacheMiddleware({ cache, dataVersionTag }));
  }
  app.all(
    "*",
    createRequestHandler({
      build,
      mode: config.NODE_ENV === "production" ? "production" : "development",
      // req.ip honours TRUST_PROXY_HOPS (X-Forwarded-For only behind a proxy): rate limits key on it.
      getLoadContext: (req, res) => ({ cspNonce: res.locals.cspNonce as string, clientIp: req.ip }),
    }),
  );
  app.use(handleError);
  return app;
}
