/**
 * The worker thread that owns the embedded database while the server runs (ADR 025). PGlite executes each statement
 * synchronously in WebAssembly; here that time no longer holds up the server's event loop, and it runs on the second
 * core while the main thread renders. Statements arrive from db/pglite-thread.ts and run through PGlite's own
 * `query`, `exec` and `transaction`, so its ordering is kept: a statement outside a transaction waits for an open one.
 */
import { parentPort, workerData } from "node:worker_threads";
import { PGlite, type Transaction } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { errorData, type QueryRequest, type Reply, type Request } from "./pglite-protocol";

if (!parentPort) throw new Error("db/pglite-worker.ts runs as a worker thread (see db/pglite-thread.ts)");
const port = parentPort;
const { dataDir } = workerData as { dataDir: string | undefined };

const keepText = (value: string) => value;

interface OpenTransaction {
  tx: Transaction;
  end: (commit: boolean) => void;
  /** Settles when PGlite has committed or rolled back. */
  settled: Promise<void>;
}
const transactions = new Map<number, OpenTransaction>();
let nextTransaction = 1;

const reply = (message: Reply) => port.postMessage(message);

function runner(tx: number | undefined): Pick<Transaction, "query" | "exec"> {
  if (tx === undefined) return database;
  const open = transactions.get(tx);
  if (!open) throw new Error(`Transaction ${tx} is not open`);
  return open.tx;
}

function query(request: QueryRequest) {
  const parsers = Object.fromEntries(request.rawTypes.map((type) => [type, keepText]));
  return runner(request.tx).query(request.sql, request.params, {
    rowMode: request.rowMode,
    parsers,
    ...(request.paramTypes ? { paramTypes: request.paramTypes } : {}),
  });
}

/** Opens a transaction and resolves with its id once BEGIN has run; it stays open until `end` says how to finish. */
function begin(): Promise<number> {
  return new Promise((resolve, reject) => {
    const id = nextTransaction++;
    let opened = false;
    const settled = database
      .transaction(async (tx) => {
        const commit = await new Promise<boolean>((end) => {
          transactions.set(id, { tx, end, settled });
          opened = true;
          resolve(id);
        });
        if (!commit && !tx.closed) await tx.rollback();
      })
      .finally(() => transactions.delete(id));
    // BEGIN itself failed: the caller hears it from here; later failures (COMMIT) from `end`.
    settled.catch((error: unknown) => {
      if (!opened) reject(error);
    });
  });
}

async function end(tx: number, commit: boolean): Promise<void> {
  const open = transactions.get(tx);
  if (!open) throw new Error(`Transaction ${tx} is not open`);
  open.end(commit);
  await open.settled;
}

async function handle(request: Request): Promise<unknown> {
  switch (request.op) {
    case "query":
      return query(request);
    case "exec":
      return runner(request.tx).exec(request.sql);
    case "begin":
      return begin();
    case "end":
      return end(request.tx, request.commit);
    case "close":
      await database.close();
      return undefined;
  }
}

let database: PGlite;
try {
  database = await PGlite.create({ ...(dataDir ? { dataDir } : {}), extensions: { pg_trgm } });
  port.postMessage({ ready: true });
} catch (error) {
  port.postMessage({ ready: false, error: errorData(error) });
  process.exit(1);
}

port.on("message", (request: Request) => {
  handle(request).then(
    (result) => reply({ id: request.id, ok: true, result }),
    (error: unknown) => reply({ id: request.id, ok: false, error: errorData(error) }),
  );
});
