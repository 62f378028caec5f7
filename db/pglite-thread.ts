/**
 * The embedded database in a worker thread, seen from the server's main thread (ADR 025).
 *
 * `PGliteThread` offers the part of PGlite's interface that drizzle's PGlite driver uses (`query`, `exec`,
 * `transaction`, `close`), and sends each call to db/pglite-worker.ts, which owns the PGlite instance. A page's
 * statements then run beside the event loop instead of on it: a request that needs no database (a static file, a
 * cached page) no longer waits for another request's statements, and the WebAssembly work runs on the second core
 * while React renders on the first.
 */
import { Worker } from "node:worker_threads";
import type { QueryOptions, Results, Transaction } from "@electric-sql/pglite";
import type { ErrorData, Ready, Reply, Request } from "./pglite-protocol";

type WithoutId<T> = T extends unknown ? Omit<T, "id"> : never;

/** A statement's failure as the caller's own error, with PostgreSQL's fields (code, detail, constraint …). */
export class EmbeddedDatabaseError extends Error {
  [field: string]: unknown;
  constructor(data: ErrorData) {
    super(data.message);
    Object.assign(this, data.fields);
    this.name = data.name === "Error" ? "EmbeddedDatabaseError" : data.name;
  }
}

/**
 * The worker: build/pglite-worker.js beside the built server; from TypeScript (tsx, vitest), db/pglite-worker.ts,
 * loaded through tsx's loader, which a worker thread does not inherit from its parent.
 */
function createWorker(dataDir: string | undefined): Worker {
  const options = { workerData: { dataDir } };
  if (!import.meta.url.endsWith(".ts")) return new Worker(new URL("./pglite-worker.js", import.meta.url), options);
  const script = JSON.stringify(new URL("./pglite-worker.ts", import.meta.url).href);
  const bootstrap = `import("tsx/esm/api").then(({ register }) => { register(); return import(${script}); });`;
  return new Worker(bootstrap, { ...options, eval: true });
}

export class PGliteThread {
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  private nextId = 1;
  /** Set once the worker has stopped: every later call fails with it at once. */
  private stopped: Error | undefined;
  /** When the worker last answered a call (or started), and who waits for its next answer (`isProgressing`). */
  private lastAnswer = performance.now();
  private readonly answerWaiters = new Set<() => void>();

  private constructor(private readonly worker: Worker) {
    worker.on("message", (message: Reply) => this.settle(message));
    worker.on("error", (error) => this.stop(error, { unexpected: true }));
    worker.on("exit", (code) => this.stop(new Error(`The embedded database's worker thread exited (code ${code})`), { unexpected: true }));
    worker.unref();
  }

  /** Starts the worker and opens the database in `dataDir` (in memory when undefined). */
  static async start({ dataDir }: { dataDir: string | undefined }): Promise<PGliteThread> {
    const worker = createWorker(dataDir);
    const listeners: { message?: (ready: Ready) => void; error?: (error: Error) => void; exit?: (code: number) => void } = {};
    const ready = await new Promise<Ready>((resolve, reject) => {
      listeners.message = resolve;
      listeners.error = reject;
      listeners.exit = (code) => reject(new Error(`The embedded database's worker thread exited (code ${code}) while opening`));
      worker.once("message", listeners.message).once("error", listeners.error).once("exit", listeners.exit);
    }).finally(() => {
      // Only our own listeners: removeAllListeners() would also detach the worker's message port.
      if (listeners.message) worker.off("message", listeners.message);
      if (listeners.error) worker.off("error", listeners.error);
      if (listeners.exit) worker.off("exit", listeners.exit);
    });
    if (!ready.ready) {
      await worker.terminate();
      throw new EmbeddedDatabaseError(ready.error);
    }
    return new PGliteThread(worker);
  }

  async query<T>(sql: string, params: unknown[] = [], options: QueryOptions = {}, tx?: number): Promise<Results<T>> {
    if (options.serializers || options.blob || options.onNotice) {
      throw new Error("PGliteThread.query: serializers, blob and onNotice cannot cross to the database's thread");
    }
    const rawTypes = Object.keys(options.parsers ?? {}).map(Number);
    return (await this.call({
      op: "query",
      sql,
      params,
      rowMode: options.rowMode,
      rawTypes,
      paramTypes: options.paramTypes,
      tx,
    })) as Results<T>;
  }

  async exec(sql: string, _options?: QueryOptions, tx?: number): Promise<Results[]> {
    return (await this.call({ op: "exec", sql, tx })) as Results[];
  }

  /**
   * Runs `callback` in one transaction of the worker's database: committed when it returns, rolled back when it
   * throws or calls `rollback()`. Like PGlite's own, other statements wait until it ends.
   */
  async transaction<T>(callback: (tx: Transaction) => Promise<T>): Promise<T> {
    const id = (await this.call({ op: "begin" })) as number;
    let closed = false;
    const open = () => {
      if (closed) throw new Error("Transaction is closed");
    };
    const tx = {
      query: async <R>(sql: string, params?: unknown[], options?: QueryOptions) => (open(), this.query<R>(sql, params, options, id)),
      exec: async (sql: string, options?: QueryOptions) => (open(), this.exec(sql, options, id)),
      sql: () => Promise.reject(new Error("PGliteThread: tagged-template queries are not supported; use query()")),
      listen: () => Promise.reject(new Error("PGliteThread: LISTEN is not supported")),
      rollback: async () => {
        open();
        closed = true;
        await this.call({ op: "end", tx: id, commit: false });
      },
      get closed() {
        return closed;
      },
    } as unknown as Transaction;
    let result: T;
    try {
      result = await callback(tx);
    } catch (error) {
      if (!closed) {
        closed = true;
        // The callback's error is the one to report; a failed ROLLBACK (the thread stopped) adds nothing to it.
        await this.call({ op: "end", tx: id, commit: false }).catch(() => undefined);
      }
      throw error;
    }
    if (!closed) {
      closed = true;
      await this.call({ op: "end", tx: id, commit: true });
    }
    return result;
  }

  /**
   * Whether the database is working: idle (nothing asked of it), or it answered a call within the last `deadlineMs`
   * or answers one within the next. A busy database is healthy; a stuck one (a statement or transaction that never
   * ends) or a stopped thread is not. Asks the worker nothing: a question would wait behind every call already queued
   * (PGlite runs its queue without returning to the thread's event loop in between).
   */
  isProgressing(deadlineMs: number): Promise<boolean> {
    if (this.stopped) return Promise.resolve(false);
    if (this.pending.size === 0 || performance.now() - this.lastAnswer < deadlineMs) return Promise.resolve(true);
    const asked = performance.now();
    return new Promise((resolve) => {
      const waiter = () => {
        clearTimeout(timer);
        resolve(true);
      };
      this.answerWaiters.add(waiter);
      // When the deadline comes, answers that arrived meanwhile may still be waiting behind this timer in the event
      // loop (timers run before messages): let them in first.
      const timer = setTimeout(
        () =>
          setImmediate(() => {
            this.answerWaiters.delete(waiter);
            resolve(!this.stopped && this.lastAnswer > asked);
          }),
        deadlineMs,
      );
    });
  }

  /** Closes the database (PGlite writes what it holds) and ends the thread. */
  async close(): Promise<void> {
    if (this.stopped) return;
    try {
      await this.call({ op: "close" });
    } finally {
      this.stop(new Error("The embedded database is closed"));
      await this.worker.terminate();
    }
  }

  private call(request: WithoutId<Request>): Promise<unknown> {
    if (this.stopped) return Promise.reject(this.stopped);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      // While anything is asked, the worker keeps the process alive; idle, it does not hold a finished script open.
      if (this.pending.size === 1) this.worker.ref();
      this.worker.postMessage({ ...request, id } as Request);
    });
  }

  private settle(reply: Reply): void {
    const waiting = this.pending.get(reply.id);
    if (!waiting) return;
    this.pending.delete(reply.id);
    if (this.pending.size === 0) this.worker.unref();
    this.lastAnswer = performance.now();
    for (const waiter of this.answerWaiters) waiter();
    this.answerWaiters.clear();
    if (reply.ok) waiting.resolve(reply.result);
    else waiting.reject(new EmbeddedDatabaseError(reply.error));
  }

  private stop(reason: Error, { unexpected = false } = {}): void {
    if (this.stopped) return;
    this.stopped = reason;
    // Said once, where operators look: every page that needs the database fails from now on, and /healthz says 503.
    if (unexpected) console.error(`The embedded database stopped: ${reason.message}`);
    for (const { reject } of this.pending.values()) reject(reason);
    this.pending.clear();
  }
}
