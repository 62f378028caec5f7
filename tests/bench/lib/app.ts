/**
 * Builds the production app and runs it for the benchmark.
 *
 * The build happens in a snapshot of the working tree under a temporary directory (node_modules is a
 * symlink), with the project's own `npm run build`. The benchmark therefore measures exactly the code in the
 * checkout, but never rewrites the checkout's build/ while someone else's browser tests or
 * dev server use them, and an edit made during a run cannot change the build under measurement.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { processCpuSeconds } from "./cpu";

/** What the build needs from the checkout (build/ is output and is left out). */
const SNAPSHOT_ENTRIES = [
  "app",
  "db",
  "seed",
  "public",
  "scripts",
  "server",
  "server.ts", // before the layout move (ADR 012) the shell was one file at the root
  "package.json",
  "react-router.config.ts",
  "vite.config.ts",
  "tsconfig.json",
  "tests/bench", // the 10x database is built from the snapshot's code (synthetic-cli.ts)
];

export interface Workspace {
  /** The temporary directory holding the snapshot, its build, and the benchmark databases. */
  dir: string;
  /** The built project (a project root: package.json + db/migrations). */
  appDir: string;
  buildMs: number;
}

/**
 * `ref` set: the snapshot is that commit's tree (`git archive`, read-only) instead of the working tree, with the
 * working tree's tests/bench (the harness is not under measurement).
 */
export function createWorkspace(root: string, { keep, ref }: { keep: boolean; ref?: string }): Workspace {
  const dir = mkdtempSync(path.join(os.tmpdir(), "atlas-bench-"));
  if (!keep) registerCleanup(() => rmSync(dir, { recursive: true, force: true }));
  const appDir = path.join(dir, "app");
  mkdirSync(appDir);
  if (ref) {
    // server.ts became server/index.ts; an older commit has one, a newer the other.
    const inRef = (entry: string) => spawnSync("git", ["cat-file", "-e", `${ref}:${entry}`], { cwd: root }).status === 0;
    const entries = SNAPSHOT_ENTRIES.filter((entry) => entry !== "tests/bench" && inRef(entry));
    const archive = spawnSync("git", ["archive", "--format=tar", ref, "--", ...entries], { cwd: root, maxBuffer: 512 * 1024 * 1024 });
    if (archive.status !== 0) throw new Error(`git archive ${ref} failed: ${archive.stderr.toString()}`);
    const untar = spawnSync("tar", ["-x", "-C", appDir], { input: archive.stdout });
    if (untar.status !== 0) throw new Error(`tar failed: ${untar.stderr.toString()}`);
  }
  for (const entry of ref ? ["tests/bench"] : SNAPSHOT_ENTRIES) {
    const from = path.join(root, entry);
    if (!existsSync(from)) continue;
    mkdirSync(path.dirname(path.join(appDir, entry)), { recursive: true });
    cpSync(from, path.join(appDir, entry), { recursive: true });
  }
  symlinkSync(path.join(root, "node_modules"), path.join(appDir, "node_modules"), "dir");
  const started = performance.now();
  const build = spawnSync("npm", ["run", "--silent", "build"], { cwd: appDir, encoding: "utf8", timeout: 180_000 });
  if (build.status !== 0) {
    throw new Error(`npm run build failed (exit ${build.status ?? build.signal}):\n${build.stdout}\n${build.stderr}`);
  }
  return { dir, appDir, buildMs: performance.now() - started };
}

/** A workspace kept by an earlier `--keep` run: its build is reused as it is; its databases are made afresh. */
export function reuseWorkspace(root: string, dir: string): Workspace {
  const appDir = path.join(dir, "app");
  if (!existsSync(path.join(appDir, "build", "server.js"))) throw new Error(`${dir} holds no built app (app/build/server.js)`);
  // The harness is not under measurement: use the checkout's current version.
  rmSync(path.join(appDir, "tests", "bench"), { recursive: true, force: true });
  cpSync(path.join(root, "tests", "bench"), path.join(appDir, "tests", "bench"), { recursive: true });
  for (const entry of readdirSync(dir)) if (entry.startsWith("data-")) rmSync(path.join(dir, entry), { recursive: true, force: true });
  return { dir, appDir, buildMs: 0 };
}

/** Runs the snapshot's tests/bench/synthetic-cli.ts: the curated dataset plus `copies` synthetic copies of each role. */
export function createSyntheticDatabase(workspace: Workspace, { dataDir, copies }: { dataDir: string; copies: number }) {
  const result = spawnSync(
    path.join(workspace.appDir, "node_modules", ".bin", "tsx"),
    ["tests/bench/synthetic-cli.ts", dataDir, String(copies)],
    {
      cwd: workspace.appDir,
      encoding: "utf8",
      timeout: 300_000,
    },
  );
  if (result.status !== 0)
    throw new Error(`Building the synthetic database failed (exit ${result.status ?? result.signal}):\n${result.stderr}`);
  const last = result.stdout.trim().split("\n").at(-1) ?? "";
  return JSON.parse(last) as { realRoles: number; totalRoles: number; totalAliases: number; ms: number };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export interface RunningApp {
  baseUrl: string;
  pageCache: boolean;
  dataDir: string;
  /** Milliseconds from spawn to the first healthy /healthz (includes migrations and seeding when the dir is new). */
  startMs: number;
  /** The server's CPU seconds so far (Linux; undefined elsewhere). */
  cpuSeconds(): number | undefined;
  stop(): Promise<void>;
}

/**
 * Starts `node build/server.js` on 127.0.0.1 with its own PGlite directory and waits for /healthz.
 * `seedOnStart` is the server's SEED_ON_START (a fresh directory with "if-changed" loads the curated dataset).
 */
export async function startApp(
  workspace: Workspace,
  {
    dataDir,
    seedOnStart = "if-changed",
    pageCache = true,
    databaseUrl = "",
  }: { dataDir: string; seedOnStart?: "if-changed" | "never"; pageCache?: boolean; databaseUrl?: string },
): Promise<RunningApp> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    HOST: "127.0.0.1",
    PORT: String(port),
    DATA_DIR: dataDir,
    // Empty: the embedded PGlite database in DATA_DIR; else a PostgreSQL server (the search step measures both).
    DATABASE_URL: databaseUrl,
    REQUEST_LOG: "off",
    SEED_ON_START: seedOnStart,
    PAGE_CACHE: String(pageCache),
  };
  const started = performance.now();
  const child = spawn(process.execPath, ["build/server.js"], { cwd: workspace.appDir, env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-8000);
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const stop = () => stopChild(child, exited);
  const unregister = registerCleanup(() => child.kill("SIGKILL"));

  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The server exited (code ${child.exitCode}) before it was healthy:\n${output}`);
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`The server was not healthy within 120 s:\n${output}`);
    }
    try {
      const response = await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (response.ok) break;
    } catch {
      // Not listening yet.
    }
    await sleep(250);
  }
  return {
    baseUrl,
    pageCache,
    dataDir,
    startMs: performance.now() - started,
    cpuSeconds: () => processCpuSeconds(child.pid),
    async stop() {
      await stop();
      unregister();
    },
  };
}

async function stopChild(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
  await exited;
  clearTimeout(timer);
}

export const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

// Synchronous clean-up that also runs when the benchmark fails or is interrupted (no orphaned servers).
const cleanups = new Set<() => void>();
export function registerCleanup(fn: () => void): () => void {
  cleanups.add(fn);
  return () => cleanups.delete(fn);
}
export function runCleanups(): void {
  for (const fn of [...cleanups].reverse()) {
    try {
      fn();
    } catch {
      // Best effort.
    }
  }
  cleanups.clear();
}
process.once("exit", runCleanups);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    runCleanups();
    process.exit(130);
  });
}
