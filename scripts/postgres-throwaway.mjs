/**
 * Starts a throwaway PostgreSQL server from the installed server binaries (Debian's postgresql-NN), on a free
 * loopback port, with trust auth and fsync off, in a temporary directory that stop() removes.
 * As root, the server runs as the `postgres` user (initdb refuses root).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";

/** The newest installed server's bin directory, preferring PostgreSQL 15 (the production target). */
export function findPostgresBin() {
  if (process.env.PG_BIN && existsSync(path.join(process.env.PG_BIN, "initdb"))) return process.env.PG_BIN;
  const base = "/usr/lib/postgresql";
  if (!existsSync(base)) return undefined;
  const versions = readdirSync(base)
    .filter((v) => existsSync(path.join(base, v, "bin", "initdb")))
    .sort((a, b) => Number(b) - Number(a));
  const chosen = versions.includes("15") ? "15" : versions[0];
  return chosen ? path.join(base, chosen, "bin") : undefined;
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

export async function startThrowawayPostgres() {
  const bin = findPostgresBin();
  if (!bin) throw new Error("no PostgreSQL server binaries found (apt-get install -y postgresql, or set PG_BIN)");
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(path.join(tmpdir(), "atlas-pg-"));
  const data = path.join(dir, "data");
  const socket = path.join(dir, "sock");
  mkdirSync(data, { mode: 0o700 });
  mkdirSync(socket);
  let runAs = (command, args) => [command, args];
  if (asRoot) {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    for (const p of [dir, data, socket]) chownSync(p, uid, gid);
    runAs = (command, args) => ["runuser", ["-u", "postgres", "--", command, ...args]];
  }
  const exec = (tool, args) => {
    const [command, fullArgs] = runAs(path.join(bin, tool), args);
    const result = spawnSync(command, fullArgs, { cwd: dir, encoding: "utf8" });
    if (result.status !== 0) {
      throw new Error(`${tool} failed: ${(result.stderr || result.stdout || "").trim().split("\n").slice(-3).join(" ")}`);
    }
    return result.stdout;
  };

  const port = await freePort();
  const startServer = () =>
    exec("pg_ctl", [
      "-D",
      data,
      "-l",
      path.join(dir, "server.log"),
      "-w",
      "-t",
      "30",
      "-o",
      `-p ${port} -k ${socket} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off`,
      "start",
    ]);
  try {
    exec("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]);
    startServer();
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const version = exec("postgres", ["--version"])
    .trim()
    .replace(/^postgres \(PostgreSQL\) /, "");
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    try {
      exec("pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  // Don't leave a server running if the test run is interrupted.
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.once(signal, () => {
      void stop().finally(() => process.exit(130));
    });
  }
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    dir,
    version,
    user: asRoot ? "postgres" : userInfo().username,
    stop,
    /** Stops the server (fast shutdown: sessions are ended) but keeps its data, for outage tests; `resume` starts it again. */
    pause: () => void exec("pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]),
    resume: () => void startServer(),
  };
}

// `node scripts/postgres-throwaway.mjs` starts one and prints its URL until interrupted (for manual runs).
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const server = await startThrowawayPostgres();
  console.log(`DATABASE_URL=${server.url}`);
  console.log("Press Ctrl+C to stop and remove it.");
  setInterval(() => statSync(server.dir), 60_000);
}
