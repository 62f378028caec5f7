/**
 * The production build as a child process on 127.0.0.1, for the tests in tests/outage/ (the outage test and the two
 * instances on one PostgreSQL): start it, request it with a client timeout, poll it, and stop it.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { freePort } from "../../scripts/postgres-throwaway.mjs";

export const ROOT = path.resolve(import.meta.dirname, "..", "..");
export const BUILD = path.join(ROOT, "build", "server.js");
export const BUILD_READY = existsSync(BUILD);
/** Every request gives up after this long: a test never waits on a hung server. */
export const CLIENT_TIMEOUT_MS = 5000;

export interface Answer {
  status: number;
  body: string;
  ms: number;
  headers: Headers;
}

export async function request(base: string, pathname: string, init: RequestInit = {}): Promise<Answer> {
  const started = performance.now();
  try {
    const response = await fetch(`${base}${pathname}`, { ...init, signal: AbortSignal.timeout(CLIENT_TIMEOUT_MS), redirect: "manual" });
    const body = await response.text();
    return { status: response.status, body, ms: performance.now() - started, headers: response.headers };
  } catch (error) {
    return { status: 0, body: String(error), ms: performance.now() - started, headers: new Headers() };
  }
}

/** Polls `pathname` every 50 ms until it answers `status`; the milliseconds that took (or Infinity after `limitMs`). */
export async function msUntil(base: string, pathname: string, status: number, limitMs: number): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < limitMs) {
    if ((await request(base, pathname)).status === status) return performance.now() - started;
    await new Promise((r) => setTimeout(r, 50));
  }
  return Infinity;
}

export interface BuiltServer {
  base: string;
  child: ChildProcess;
  /** What it printed so far (stdout and stderr). */
  log(): string;
}

/** Starts the build with `env` on a free port and waits (up to `bootMs`) until /healthz answers 200. */
export async function startBuiltServer(env: Record<string, string>, bootMs = 240_000): Promise<BuiltServer> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  let log = "";
  const child = spawn(process.execPath, [BUILD], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: "production", HOST: "127.0.0.1", PORT: String(port), REQUEST_LOG: "off", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (chunk: Buffer) => (log += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const server = { base, child, log: () => log };
  // A server that exits at boot (a bad environment, a port taken) fails at once instead of after `bootMs`.
  const exited = new Promise<number>((resolve) => child.once("exit", () => resolve(Infinity)));
  const booted = await Promise.race([msUntil(base, "/healthz", 200, bootMs), exited]);
  if (!Number.isFinite(booted)) {
    await stopServer(child);
    throw new Error(`the server did not become healthy:\n${log}`);
  }
  return server;
}

/** Seconds the server gets to end after SIGTERM (its own shutdown forces an exit after 10 s; a page ends in ms). */
const SIGTERM_GRACE_MS = 5000;

/** Sends SIGTERM, and SIGKILL after SIGTERM_GRACE_MS: "exited", or what went wrong, for the test's failure message. */
export async function stopServer(child: ChildProcess): Promise<string> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return `had already exited before the test ended (code ${child.exitCode}, signal ${child.signalCode})`;
  }
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  let timer: NodeJS.Timeout | undefined;
  const inTime = await Promise.race([
    exited.then(() => true),
    new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), SIGTERM_GRACE_MS))),
  ]);
  clearTimeout(timer);
  if (inTime) return child.exitCode === 0 ? "exited" : `exited with code ${child.exitCode} after SIGTERM`;
  child.kill("SIGKILL");
  await exited;
  return `did not exit within ${SIGTERM_GRACE_MS / 1000} s of SIGTERM and was killed with SIGKILL`;
}
