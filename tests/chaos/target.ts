/**
 * A chaos target: the production build on one driver, on data of its own (a fresh PGlite directory, or a throwaway
 * PostgreSQL), which a scenario may kill and restart. Used by `npm run chaos` and by tests/outage/chaos.test.ts.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { startThrowawayPostgres } from "../../scripts/postgres-throwaway.mjs";
import { startBuiltServer, stopServer, type BuiltServer } from "../outage/built-server";
import { CHAOS_ENV, type ChaosTarget, type Driver } from "./scenarios";

export interface RunningTarget extends ChaosTarget {
  /** What the server printed, for a failure message. */
  log(): string;
  /** Stops the server (SIGTERM, then SIGKILL) and removes its data: "exited", or what went wrong. */
  close(): Promise<string>;
}

export async function startTarget(driver: Driver): Promise<RunningTarget> {
  const pg = driver === "postgres" ? await startThrowawayPostgres() : null;
  const dataDir = driver === "pglite" ? await mkdtemp(path.join(tmpdir(), "atlas-chaos-pglite-")) : null;
  const env = { ...CHAOS_ENV, ...(pg ? { DATABASE_URL: pg.url } : { DATABASE_URL: "", DATA_DIR: dataDir! }) };
  let server: BuiltServer = await startBuiltServer(env);
  const earlierLogs: string[] = [];
  const target: RunningTarget = {
    driver,
    base: server.base,
    pid: server.child.pid!,
    ...(pg ? { postgres: { pause: () => pg.pause(), resume: () => pg.resume() } } : {}),
    async killAndRestart(extra = {}) {
      server.child.kill("SIGKILL");
      await new Promise<void>((resolve) =>
        server.child.exitCode !== null || server.child.signalCode !== null ? resolve() : server.child.once("exit", () => resolve()),
      );
      earlierLogs.push(server.log());
      server = await startBuiltServer({ ...env, ...extra });
      target.base = server.base;
      target.pid = server.child.pid!;
    },
    log: () => [...earlierLogs, server.log()].join("\n--- restarted ---\n"),
    async close() {
      const stopped = await stopServer(server.child);
      try {
        pg?.resume();
      } catch {
        // Already running.
      }
      await pg?.stop();
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
      return stopped;
    },
  };
  return target;
}
