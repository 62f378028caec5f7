/**
 * Career Atlas HTTP server: Express around the Remix request handler.
 * Boot order: validate the environment, open the database, migrate and load the dataset, then listen.
 */
import { randomBytes } from "node:crypto";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Server } from "node:http";
import { createRequestHandler } from "@remix-run/express";
import { broadcastDevReady, type ServerBuild } from "@remix-run/node";
import compression from "compression";
import express from "express";
import helmet from "helmet";
import morgan from "morgan";
import { sql } from "drizzle-orm";
import { closeDatabase, getDatabase } from "./db/client";
import { databaseTargetFromEnv, describeTarget, projectRoot } from "./db/config";
import { EnvError, parseEnv, type Env } from "./app/env.server";
import { prepareDatabase } from "./seed/prepare";
import { DatasetError } from "./seed/errors";

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
  if (config.sessionSecretIsEphemeral) {
    console.warn("SESSION_SECRET is not set: using a random secret for this process (sessions end on restart).");
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

  const buildPath = path.join(projectRoot(), "build", "index.js");
  const build = (await import(pathToFileURL(buildPath).href)) as ServerBuild;
  const app = createApp(config, build);

  const server = app.listen(config.PORT, config.HOST, () => {
    const shownHost = config.HOST === "0.0.0.0" || config.HOST === "::" ? "localhost" : config.HOST;
    console.log(`Career Atlas is serving http://${shownHost}:${config.PORT}`);
    if (config.NODE_ENV === "development") void broadcastDevReady(build);
  });
  server.on("error", (error: NodeJS.ErrnoException) => {
    console.error(
      error.code === "EADDRINUSE" ? `Port ${config.PORT} is already in use: set PORT to a free port.` : error.message,
    );
    void shutdown(server, 1);
  });
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.once(signal, () => {
      console.log(`${signal} received: closing the HTTP server and the database.`);
      void shutdown(server, 0);
      // A second signal forces the exit.
      process.once(signal, () => process.exit(1));
    });
  }
}

function createApp(config: Env, build: ServerBuild): express.Express {
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
          // Remix's inline hydration scripts carry this nonce (entry.server.tsx, root.tsx).
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
  if (config.REQUEST_LOG !== "off") {
    app.use(morgan(config.REQUEST_LOG, { skip: (req) => req.url === "/healthz" }));
  }

  app.use("/build", express.static(path.join(projectRoot(), "public", "build"), { immutable: true, maxAge: "1y" }));
  app.use(express.static(path.join(projectRoot(), "public"), { maxAge: "1h" }));

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

  app.all(
    "*",
    createRequestHandler({
      build,
      mode: config.NODE_ENV === "production" ? "production" : "development",
      getLoadContext: (_req, res) => ({ cspNonce: res.locals.cspNonce as string }),
    }),
  );
  return app;
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
