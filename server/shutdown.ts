/** Stopping the server: finish in-flight requests and close the database, within 10 s. */
import type { Server } from "node:http";
import type { ViteDevServer } from "vite";
import { closeDatabase } from "~db/client";

// A failed listen and a signal can both ask to stop; only the first one closes anything.
let shuttingDown = false;

export async function shutdown(server: Server, code: number): Promise<void> {
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

export function shutdownOnSignals(server: Server, vite: ViteDevServer | undefined): void {
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
