// Bundles the Express shell, server/index.ts and the server/ modules it imports (with the db/ code, and the seed/ code
// server/database.ts reaches), into build/server.js; and the embedded database's worker thread (db/pglite-worker.ts,
// ADR 025) into build/pglite-worker.js beside it, where db/pglite-thread.ts looks for it.
// Packages stay external: PGlite loads its WASM files relative to its own module.
import { build } from "esbuild";

await build({
  entryPoints: { server: "server/index.ts", "pglite-worker": "db/pglite-worker.ts" },
  outdir: "build",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  sourcemap: true,
  logLevel: "warning",
});
