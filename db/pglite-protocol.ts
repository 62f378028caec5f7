/**
 * The messages between the server's main thread and the worker thread that owns the embedded database
 * (db/pglite-thread.ts, db/pglite-worker.ts; ADR 025). Plain data only: everything crosses by structured clone.
 */

export interface QueryRequest {
  id: number;
  op: "query";
  sql: string;
  params: unknown[];
  rowMode: "array" | "object" | undefined;
  /**
   * Types whose values come back as PostgreSQL's text, unparsed. drizzle passes parsers that return the text as it is
   * for dates, timestamps, intervals and their arrays; functions cannot cross threads, so their type ids do.
   */
  rawTypes: number[];
  paramTypes: number[] | undefined;
  /** The transaction the statement belongs to; none: PGlite runs it on its own, after any open transaction. */
  tx: number | undefined;
}
export interface ExecRequest {
  id: number;
  op: "exec";
  sql: string;
  tx: number | undefined;
}
/** Opens a transaction; the reply's result is its id, sent once BEGIN has run. */
export interface BeginRequest {
  id: number;
  op: "begin";
}
/** Ends a transaction: COMMIT, or ROLLBACK when `commit` is false. */
export interface EndRequest {
  id: number;
  op: "end";
  tx: number;
  commit: boolean;
}
export interface CloseRequest {
  id: number;
  op: "close";
}
export type Request = QueryRequest | ExecRequest | BeginRequest | EndRequest | CloseRequest;

/** A database error's fields (PostgreSQL's error response: code, detail, constraint …), as plain data. */
export interface ErrorData {
  name: string;
  message: string;
  fields: Record<string, string | number>;
}

export type Reply = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: ErrorData };

/** The first message of the worker: the database is open (or could not be). */
export type Ready = { ready: true } | { ready: false; error: ErrorData };

/** The error's own string and number fields (PGlite's DatabaseError carries PostgreSQL's error response in them). */
export function errorData(error: unknown): ErrorData {
  if (!(error instanceof Error)) return { name: "Error", message: String(error), fields: {} };
  const fields: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(error)) {
    if ((typeof value === "string" || typeof value === "number") && !["name", "message", "stack"].includes(key)) fields[key] = value;
  }
  // PGlite's DatabaseError names itself "error" (the protocol message's type) and its class name is minified; a
  // SQLSTATE code says what it is.
  return { name: typeof fields.code === "string" && fields.severity ? "DatabaseError" : error.name, message: error.message, fields };
}
