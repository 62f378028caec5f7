import path from "node:path";
import { fileURLToPath } from "node:url";
import { existsSync } from "node:fs";
import { z } from "zod";

/**
 * The database part of the environment. The app's full environment (app/lib/env.server.ts) extends it;
 * the seed CLI uses it alone.
 */
export const databaseEnvShape = {
  DATABASE_URL: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v === "" ? undefined : v))
    .pipe(
      z
        .string()
        .regex(/^postgres(ql)?:\/\/\S+$/, "must be a postgres:// or postgresql:// connection URL")
        .optional(),
    ),
  DATA_DIR: z.string().trim().min(1, "must name a directory").default(".data"),
};

export const databaseEnvSchema = z.object(databaseEnvShape);
export type DatabaseEnv = z.infer<typeof databaseEnvSchema>;

/** Where the database lives: a PostgreSQL server, an embedded PGlite directory, or PGlite in memory (tests). */
export type DatabaseTarget =
  { driver: "postgres"; url: string } | { driver: "pglite"; dataDir: string } | { driver: "pglite"; dataDir: "memory" };

export function databaseTargetFromEnv(env: DatabaseEnv, root = projectRoot()): DatabaseTarget {
  if (env.DATABASE_URL) return { driver: "postgres", url: env.DATABASE_URL };
  return { driver: "pglite", dataDir: path.resolve(root, env.DATA_DIR) };
}

/** Describes a target without leaking a password, for logs. */
export function describeTarget(target: DatabaseTarget): string {
  if (target.driver === "pglite") {
    return target.dataDir === "memory" ? "PGlite (in memory)" : `PGlite at ${target.dataDir}`;
  }
  try {
    const url = new URL(target.url);
    return `PostgreSQL at ${url.hostname}:${url.port || "5432"}${url.pathname}`;
  } catch {
    return "PostgreSQL";
  }
}

let cachedRoot: string | undefined;
/**
 * The repository root, found by walking up from this module to package.json. Works from the source tree
 * (db/) and from bundles (build/), so migrations and seed files resolve the same way everywhere.
 */
export function projectRoot(): string {
  if (cachedRoot) return cachedRoot;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(path.join(dir, "package.json")) && existsSync(path.join(dir, "db", "migrations"))) {
      cachedRoot = dir;
      return dir;
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error("Cannot find the Career Atlas project root (package.json with db/migrations)");
    dir = parent;
  }
}
