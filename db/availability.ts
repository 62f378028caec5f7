/**
 * Failing fast while PostgreSQL is unreachable (issue 13, item 5; docs/decisions/018-outages-idempotency-concurrency.md).
 *
 * postgres.js queues a query while its connections are down and reconnects with a back-off that grows to 20 s, so
 * during an outage every request used to wait until PostgreSQL was back. The serving client is wrapped here:
 *
 * - a query that fails with a connection error (refused, reset, closed, the server shutting down) marks the database
 *   down: every query waiting at that moment is rejected with `DatabaseUnavailableError` (one no connection has taken
 *   yet is also withdrawn from postgres.js's queue), and every new one is rejected at once, without reaching
 *   postgres.js;
 * - while down, a separate one-connection client probes `select 1` every 250 ms; the first success marks it up;
 * - health checks ask the same probe connection, one `select 1` at a time shared by every check that comes meanwhile;
 *   an error marks the database down, silence only when it lasts two deadlines (see `sharedProbe`);
 * - a transaction whose caller was already answered "unavailable" is rolled back when it eventually runs, so a write
 *   the client was told failed does not commit minutes later.
 *
 * This is a circuit breaker with one threshold (one connection error opens it) and a probe instead of a timed
 * half-open state: a dozen lines of state did not justify a library.
 */
import type { Sql } from "postgres";
import postgres from "postgres";

const DATABASE_UNAVAILABLE = "DATABASE_UNAVAILABLE";

/**
 * The database cannot be reached (or is shutting down); callers answer 503 and try again later.
 *
 * Recognised by its `code`, not by `instanceof`: the server entry (build/server.js, which opens the database and so
 * creates these errors) and the React Router build (whose routes catch them) are two bundles with a copy of this class
 * each, and the breaker's fast rejection carries no driver error in `cause` to recognise it by.
 */
export class DatabaseUnavailableError extends Error {
  override readonly name = "DatabaseUnavailableError";
  readonly code = DATABASE_UNAVAILABLE;
  constructor(reason: string, options?: { cause?: unknown }) {
    super(`The database is unreachable: ${reason}`, options);
  }
}

/** Node socket errors and postgres.js connection errors that mean "the server is not there" (and the breaker's own). */
const CONNECTION_ERROR_CODES = new Set([
  DATABASE_UNAVAILABLE,
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
  "CONNECTION_CLOSED",
  "CONNECTION_DESTROYED",
  "CONNECT_TIMEOUT",
]);
/** SQLSTATEs of a server going away: admin_shutdown, crash_shutdown, cannot_connect_now (starting up, shutting down). */
const SHUTDOWN_SQLSTATES = new Set(["57P01", "57P02", "57P03"]);

function errorChain(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let e = error; e && typeof e === "object" && chain.length < 5; e = (e as { cause?: unknown }).cause) chain.push(e);
  return chain;
}

/** Whether `error` (or what it wraps: drizzle wraps driver errors) says the database server cannot be reached. */
export function isConnectionError(error: unknown): boolean {
  return errorChain(error).some((e) => {
    if (e instanceof DatabaseUnavailableError) return true;
    const code = (e as { code?: unknown }).code;
    if (typeof code !== "string") return false;
    return CONNECTION_ERROR_CODES.has(code) || SHUTDOWN_SQLSTATES.has(code) || code.startsWith("08");
  });
}

/** Whether `error` is the statement timeout of the serving connections (SQLSTATE 57014 query_canceled). */
export function isStatementTimeout(error: unknown): boolean {
  return errorChain(error).some((e) => (e as { code?: unknown }).code === "57014");
}

export interface DatabaseAvailability {
  /** True while the last contact with the server failed and no probe has succeeded since. */
  readonly down: boolean;
  /**
   * Whether the server answers `select 1` within `deadlineMs` on the probe connection (never queued behind the
   * pages' queries; concurrent checks share one `select 1`). An error marks the database down; no answer within the
   * deadline answers false but marks it down only if the `select 1` stays unanswered for a second deadline. Answers
   * false at once while it is already down.
   */
  check(deadlineMs: number): Promise<boolean>;
  close(): Promise<void>;
}

/** How often a down database is probed: recovery is noticed within this plus one connection set-up. */
const PROBE_INTERVAL_MS = 250;
const PROBE_DEADLINE_MS = 1000;
/** How many deadlines in a row a probe's `select 1` may go unanswered before the database is marked down. */
export const PROBE_SILENT_DEADLINES_TO_OPEN = 2;

/** What a probe found: an answer, an error (the server said no, or the connection failed), or nothing in time. */
export type ProbeOutcome = { answered: true } | { answered: false; error: unknown } | { answered: false; late: true };
type Settled = Exclude<ProbeOutcome, { late: true }>;

/** Runs `then` once the event loop has read what arrived meanwhile: I/O callbacks (poll phase) run before immediates. */
function afterPendingIo(then: () => void): void {
  setImmediate(then);
}

/**
 * One question at a time to the database, shared: every check that comes while a `select 1` is unanswered waits for
 * that one (a burst of `/healthz` requests is one query, not a queue of them on the probe's single connection).
 *
 * Silence is judged carefully, because a timer can fire late or before an answer already in the socket is read: a
 * render that holds the event loop for a second fires every deadline at once when it ends, ahead of the I/O that
 * carries the answer. So at each deadline the outcome is read only after the pending I/O has run (`afterPendingIo`,
 * as PGlite's `isProgressing` does), and a check that still finds no answer answers `late` without accusing the
 * database. What marks it down (`onFailure`) is an error, whenever it comes (after the checks gave
 * up too: a connect timeout ends a little after the deadline), or the same `select 1` still unanswered at
 * `silentDeadlines` deadlines in a row, each read the same way: a watch kept per question, not per check, so a
 * thousand checks count once.
 */
export function sharedProbe(
  ask: () => PromiseLike<unknown>,
  { onFailure, silentDeadlines = PROBE_SILENT_DEADLINES_TO_OPEN }: { onFailure: (cause: unknown) => void; silentDeadlines?: number },
): { probe(deadlineMs: number): Promise<ProbeOutcome>; close(): void } {
  interface Question {
    outcome: Settled | undefined;
    settled: Promise<void>;
    watch?: NodeJS.Timeout;
  }
  let current: Question | undefined;
  let closed = false;

  function watch(question: Question, deadlineMs: number, silentSoFar: number): void {
    question.watch = setTimeout(
      () =>
        afterPendingIo(() => {
          if (question.outcome || closed) return;
          const silent = silentSoFar + 1;
          if (silent >= silentDeadlines) onFailure(new DatabaseUnavailableError(`no answer to select 1 within ${silent * deadlineMs} ms`));
          else watch(question, deadlineMs, silent);
        }),
      deadlineMs,
    );
    question.watch.unref();
  }

  function currentQuestion(deadlineMs: number): Question {
    if (current) return current;
    const question: Question = { outcome: undefined, settled: Promise.resolve() };
    const done = (outcome: Settled) => {
      question.outcome = outcome;
      clearTimeout(question.watch);
      if (current === question) current = undefined;
      if (!outcome.answered && !closed) onFailure(outcome.error);
    };
    let asked: PromiseLike<unknown>;
    try {
      asked = ask();
    } catch (error) {
      asked = Promise.reject(error);
    }
    question.settled = Promise.resolve(asked).then(
      () => done({ answered: true }),
      (error: unknown) => done({ answered: false, error }),
    );
    current = question;
    watch(question, deadlineMs, 0);
    return question;
  }

  return {
    async probe(deadlineMs) {
      const question = currentQuestion(deadlineMs);
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        question.settled,
        new Promise<void>((resolve) => (timer = setTimeout(() => afterPendingIo(resolve), deadlineMs))),
      ]);
      clearTimeout(timer);
      return question.outcome ?? { answered: false, late: true };
    },
    close() {
      closed = true;
      if (current) clearTimeout(current.watch);
    },
  };
}

interface Pending {
  cancel(): void;
  reject(error: Error): void;
}

/** A postgres.js query (lazy: it runs when awaited), as far as drizzle uses it. */
type LazyQuery = PromiseLike<unknown> & { values(): unknown; cancel(): unknown };

/**
 * Withdraws a query that no connection has taken yet: postgres.js removes it from its queue and rejects it, with no
 * network traffic. A query already handed to a connection (`state` is set then) is left alone: its connection ends it
 * (it is closed in an outage) or the statement timeout does. Cancelling it would send a CancelRequest over a new
 * connection, and postgres.js drops that request's promise (`Query.cancel` returns null), so a refused connection
 * became an unhandled rejection that ended the server process (seen when PostgreSQL stopped under load).
 */
function withdraw(query: LazyQuery): void {
  if ((query as { state?: unknown }).state) return;
  try {
    query.cancel();
  } catch {
    // Nothing to withdraw.
  }
}

/**
 * Wraps the serving client `sql` (drizzle calls `unsafe` and `begin` on it) with the breaker, and returns the wrapped
 * client with its availability. `url` opens the separate probe connection.
 */
export function guardPostgres(
  sql: Sql,
  url: string,
  { log = (line: string) => console.log(line) }: { log?: (line: string) => void } = {},
): { sql: Sql; availability: DatabaseAvailability } {
  const probeClient = postgres(url, { max: 1, connect_timeout: 1, idle_timeout: 30, backoff: () => 0, onnotice: () => {} });
  const pending = new Set<Pending>();
  let down = false;
  let downSince = 0;
  let probing: NodeJS.Timeout | undefined;
  let closed = false;

  const unavailable = (cause?: unknown) =>
    new DatabaseUnavailableError(
      cause instanceof Error ? ((cause as { code?: string }).code ?? cause.message) : "it did not answer",
      cause ? { cause } : undefined,
    );

  function markDown(cause: unknown): void {
    if (down || closed) return;
    down = true;
    downSince = performance.now();
    const reason = unavailable(cause).message;
    log(`${reason}. Answering 503 until it is back; probing every ${PROBE_INTERVAL_MS} ms.`);
    for (const p of [...pending]) {
      pending.delete(p);
      p.cancel();
      p.reject(unavailable(cause));
    }
    scheduleProbe();
  }

  function markUp(): void {
    if (!down) return;
    down = false;
    log(`The database is reachable again (down for ${((performance.now() - downSince) / 1000).toFixed(1)} s).`);
  }

  // An error marks the database down (before the check that asked answers), silence only when it lasts.
  const questions = sharedProbe(() => probeClient`select 1`, { onFailure: markDown });

  /** Whether the server answered `select 1` within `deadlineMs`. */
  async function probe(deadlineMs: number): Promise<boolean> {
    return (await questions.probe(deadlineMs)).answered;
  }

  function scheduleProbe(): void {
    if (probing || closed) return;
    probing = setTimeout(() => {
      probing = undefined;
      void probe(PROBE_DEADLINE_MS).then((ok) => (ok ? markUp() : scheduleProbe()));
    }, PROBE_INTERVAL_MS);
    probing.unref();
  }

  /** Runs `start` unless the database is down; a connection error marks it down, which rejects every waiting run. */
  function guard<T>(start: () => PromiseLike<T>, cancel: () => void): Promise<T> {
    if (down) return Promise.reject(unavailable());
    return new Promise<T>((resolve, reject) => {
      const entry: Pending = { cancel, reject };
      pending.add(entry);
      start().then(
        (value) => {
          pending.delete(entry);
          resolve(value);
        },
        (error: unknown) => {
          pending.delete(entry);
          if (isConnectionError(error)) markDown(error);
          reject(error instanceof Error ? error : new Error(String(error)));
        },
      );
    });
  }

  /** The query as drizzle sees it (`.values()`, then awaited), running under the guard when awaited. */
  function guardedQuery(query: LazyQuery): LazyQuery {
    let running: Promise<unknown> | undefined;
    const run = () =>
      (running ??= guard(
        () => query,
        () => withdraw(query),
      ));
    const wrapper: LazyQuery = {
      values() {
        query.values();
        return wrapper;
      },
      cancel: () => withdraw(query),
      then: (onFulfilled, onRejected) => run().then(onFulfilled, onRejected),
    };
    return wrapper;
  }

  const unsafe = (...args: Parameters<Sql["unsafe"]>) => guardedQuery(sql.unsafe(...args) as unknown as LazyQuery);

  const begin = (...args: unknown[]) => {
    const fn = args.pop() as (tx: unknown) => Promise<unknown>;
    const options = args as [string?];
    let abandoned = false;
    // If the caller was answered "unavailable" before the transaction ran (or finished), roll it back.
    const body = async (tx: unknown) => {
      if (abandoned) throw unavailable();
      const result = await fn(tx);
      if (abandoned) throw unavailable();
      return result;
    };
    return guard(
      () => (sql.begin as (...a: unknown[]) => Promise<unknown>)(...options, body),
      () => {
        abandoned = true;
      },
    );
  };

  const guarded = new Proxy(sql, {
    get(target, property, receiver) {
      if (property === "unsafe") return unsafe;
      if (property === "begin") return begin;
      return Reflect.get(target, property, receiver) as unknown;
    },
  });

  const availability: DatabaseAvailability = {
    get down() {
      return down;
    },
    check: (deadlineMs) => (down ? Promise.resolve(false) : probe(deadlineMs)),
    async close() {
      closed = true;
      clearTimeout(probing);
      questions.close();
      await probeClient.end({ timeout: 1 });
    },
  };
  return { sql: guarded, availability };
}
