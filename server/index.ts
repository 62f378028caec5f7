/**
 * Career Atlas HTTP server: Express around React Router's request handler (@react-router/express).
 * Boot order: validate the environment, open the database, migrate and load the dataset, then listen.
 * In development (`npm run dev`) Vite serves the app with hot reload instead of the production build.
 */
import { randomBytes } from "node:crypto";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Server } from "node:http";
import { createRequestHandler } from "@react-router/express";
import type { ServerBuild } from "react-router";
import type { ViteDevServer } from "vite";
import compression from "compression";
import express from "express";
import helmet from "helmet";
import morgan from "morgan";
import { sql } from "drizzle-orm";
import { closeDatabase, getDatabase } from "~db/client";
import { databaseTargetFromEnv, describeTarget, projectRoot } from "~db/config";
import { EnvError, parseEnv, type Env } from "~/lib/env.server";
import { addressedHost, isSameOriginRequest } from "~/lib/same-origin.server";
import { PageCache } from "./page-cache-store";
import { pageCacheMiddleware } from "./page-cache";
import { prepareDatabase } from "../seed/prepare";
import { DatasetError } from "../seed/errors";
import { latestDataVersion } from "../seed/seed";

async function main(): Promise<void> {
  let config: Env;
  try {
    config = parseEnv();
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const target = databaseTargetFromEnv(config);
  const started = performance.now();
  const handle = await getDatabase(target);
  const outcome = await prepareDatabase(handle, config.SEED_ON_START);
  const ms = Math.round(performance.now() - started);
  const what =
    outcome.status === "loaded"
      ? `loaded the curated dataset as data version ${outcome.dataVersionId}`
      : outcome.status === "unchanged"
        ? `dataset unchanged (data version ${outcome.dataVersionId})`
        : `dataset not loaded (${outcome.reason})`;
  console.log(`Database: ${describeTarget(target)}; migrations applied; ${what} (${ms} ms).`);

  const vite = config.NODE_ENV === "development" ? await startVite() : undefined;
  const build = vite
    ? () => vite.ssrLoadModule("virtual:react-router/server-build") as Promise<ServerBuild>
    : ((await import(pathToFileURL(path.join(projectRoot(), "build", "server", "index.js")).href)) as ServerBuild);
  const dataVersion = new DataVersionWatch(handle.db);
  await dataVersion.refresh();
  const app = createApp(config, build, dataVersion, vite);

  const server = app.listen(config.PORT, config.HOST, () => {
    const shownHost = config.HOST === "0.0.0.0" || config.HOST === "::" ? "localhost" : config.HOST;
    console.log(`Career Atlas is serving http://${shownHost}:${config.PORT}`);
  });
  server.on("error", (error: NodeJS.ErrnoException) => {
    console.error(error.code === "EADDRINUSE" ? `Port ${config.PORT} is already in use: set PORT to a free port.` : error.message);
    void shutdown(server, 1);
  });
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.once(signal, () => {
      console.log(`${signal} received: closing the HTTP server and the database.`);
      void vite?.close();
      void shutdown(server, 0);
      // A second signal forces the exit.
      process.once(signal, () => process.exit(1));
    });
  }
}

/**
 * The tag of the newest loaded data version, re-read every 10 s so a load by another process (the seed CLI
 * against a PostgreSQL server) reaches the page cache's keys within seconds.
 */
class DataVersionWatch {
  tag = "none";
  private readonly timer: NodeJS.Timeout;
  constructor(private readonly db: Parameters<typeof latestDataVersion>[0]) {
    this.timer = setInterval(() => void this.refresh().catch(() => undefined), 10_000);
    this.timer.unref();
  }
  async refresh(): Promise<void> {
    const latest = await latestDataVersion(this.db);
    this.tag = latest ? `v${latest.id}-${latest.datasetHash.slice(0, 8)}` : "none";
  }
}

/** Vite's dev server in middleware mode: modules compiled on request, hot reload. Imported only in development. */
async function startVite(): Promise<ViteDevServer> {
  const { createServer } = await import("vite");
  return createServer({ server: { middlewareMode: true } });
}

function createApp(
  config: Env,
  build: ServerBuild | (() => Promise<ServerBuild>),
  dataVersion: DataVersionWatch,
  vite: ViteDevServer | undefined,
): express.Express {
  const app = express();
  app.disable("x-powered-by");
  if (config.TRUST_PROXY) app.set("trust proxy", true);

  app.use((_req, res, next) => {
    res.locals.cspNonce = randomBytes(16).toString("base64");
    next();
  });
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          // React Router's inline hydration scripts carry this nonce (entry.server.tsx, root.tsx).
          scriptSrc: ["'self'", (_req, res) => `'nonce-${(res as express.Response).locals.cspNonce}'`],
          // React renders style attributes (chart boxes); no inline <style> or script is allowed without the nonce.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", "data:"],
          fontSrc: ["'self'"],
          connectSrc: config.NODE_ENV === "development" ? ["'self'", "ws:"] : ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
        },
      },
      // Plain-HTTP local installs must keep working; HSTS belongs to the TLS-terminating proxy.
      strictTransportSecurity: config.TRUST_PROXY ? undefined : false,
      crossOriginEmbedderPolicy: false,
    }),
  );
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

  // Absolute links are built from the Host header (and X-Forwarded-Host behind a trusted proxy): refuse one that is
  // not a host name or address with an optional port, rather than let markup or a path into a page (or a 500).
  app.use((req, res, next) => {
    const hosts = [req.get("host"), ...(config.TRUST_PROXY ? [req.get("x-forwarded-host")?.split(",")[0]?.trim()] : [])];
    if (hosts.every((host) => host === undefined || HOST_HEADER.test(host)) && req.get("host")) return next();
    res.status(400).set("Cache-Control", "no-store").type("text/plain").send("This request's Host header is not a valid host name.");
  });

  // Form POSTs must come from our own pages (app/utils/same-origin.server.ts). React Router's own check would answer
  // a cross-origin one with a bare error, and also a same-origin native form POST, which carries `Origin: null` under
  // our `Referrer-Policy: no-referrer`: so judge here (403), and hand on only requests judged same-origin.
  app.use((req, res, next) => {
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
  });

  if (config.PAGE_CACHE) {
    const cache = new PageCache({ maxEntries: 500, maxBytes: 64 * 1024 * 1024, maxEntryBytes: 2 * 1024 * 1024 });
    app.use(pageCacheMiddleware({ cache, dataVersionTag: () => dataVersion.tag }));
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

/** A DNS name or an IPv4 address, or an IPv6 address in brackets, with an optional port. */
const HOST_HEADER =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/**
 * The last word on errors that reach Express. A client that went away mid-response is not an error of ours;
 * an error Express raises with a 4xx status (a path with a malformed %-escape is a URIError with status 400)
 * gets a short message, and its stack stays out of the log; anything else is logged whole and answered with a
 * plain 500 that reveals nothing.
 */
function handleError(error: unknown, req: express.Request, res: express.Response, next: express.NextFunction): void {
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
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  res.status(500).send("Something went wrong on our side. Please try again in a moment.");
}

let shuttingDown = false;
async function shutdown(server: Server, code: number): Promise<void> {
  if (shuttingDown) return;
  shuttingDown = true;
  const forced = setTimeout(() => {
    console.error("Shutdown took longer than 10 s: exiting.");
    process.exit(1);
  }, 10_000);
  forced.unref();
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections();
  });
  await closeDatabase();
  process.exit(code);
}

main().catch(async (error: unknown) => {
  if (error instanceof DatasetError) {
    console.error(`Cannot start: the curated dataset is invalid, so nothing was loaded.\n${error.message}`);
  } else {
    console.error("Cannot start:", error instanceof Error ? (error.stack ?? error.message) : error);
  }
  await closeDatabase();
  process.exit(1);
});
