/**
 * Career Atlas HTTP server. Boot order: validate the environment, open the database, migrate and load the dataset,
 * then listen. In development (`npm run dev`) Vite serves the app with hot reload instead of the production build.
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "react-router";
import type { ViteDevServer } from "vite";
import { closeDatabase } from "~db/client";
import { projectRoot } from "~db/config";
import { EnvError, parseEnv, type Env } from "~/lib/env.server";
import { createApp } from "./app";
import { DataVersionWatch, isDatasetError, openPreparedDatabase } from "./database";
import { createHttpServer } from "./http-server";
import { shutdown, shutdownOnSignals } from "./shutdown";

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
  const handle = await openPreparedDatabase(config);

  const vite = config.NODE_ENV === "development" ? await startVite() : undefined;
  const build = vite
    ? () => vite.ssrLoadModule("virtual:react-router/server-build") as Promise<ServerBuild>
    : ((await import(pathToFileURL(path.join(projectRoot(), "build", "server", "index.js")).href)) as ServerBuild);
  const dataVersion = new DataVersionWatch(handle.db);
  await dataVersion.refresh();
  const app = createApp({ config, build, dataVersionTag: () => dataVersion.tag, vite });

  // Idle keep-alive connections stay open longer than the proxies and clients in front of us keep theirs (load balancers
  // commonly 60 s): with Node's default of 5 s the server closed sockets that clients and proxies still held as reusable,
  // and a request sent on one as it closed was reset (ECONNRESET, a 502 behind a proxy). A request must arrive whole
  // within REQUEST_TIMEOUT_SECONDS, or it gets a 408 and its connection closes (Node's default, 300 s, let a client that
  // stopped sending hold a socket and its parser for five minutes). Both in http-server.ts.
  const server = createHttpServer(app, { requestTimeoutSeconds: config.REQUEST_TIMEOUT_SECONDS }).listen(config.PORT, config.HOST, () => {
    const shownHost = config.HOST === "0.0.0.0" || config.HOST === "::" ? "localhost" : config.HOST;
    console.log(`Career Atlas is serving http://${shownHost}:${config.PORT}`);
  });
  server.on("error", (error: NodeJS.ErrnoException) => {
    console.error(error.code === "EADDRINUSE" ? `Port ${config.PORT} is already in use: set PORT to a free port.` : error.message);
    void shutdown(server, 1);
  });
  shutdownOnSignals(server, vite);
}

/** Vite's dev server in middleware mode: modules compiled on request, hot reload. Imported only in development. */
async function startVite(): Promise<ViteDevServer> {
  const { createServer } = await import("vite");
  return createServer({ server: { middlewareMode: true } });
}

main().catch(async (error: unknown) => {
  if (isDatasetError(error)) {
    console.error(`Cannot start: the curated dataset is invalid, so nothing was loaded.\n${error.message}`);
  } else {
    console.error("Cannot start:", error instanceof Error ? (error.stack ?? error.message) : error);
  }
  await closeDatabase();
  process.exit(1);
});
