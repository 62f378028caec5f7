// Bundles the Express shell, server/index.ts and the server/ modules it imports (with the db/ code, and the seed/ code
// server/database.ts reaches), into build/server.js.
// Packages stay external: PGlite loads its WASM files relative to its own module.
import { build } from "esbuild";

await build({
  entryPoints: ["server/index.ts"],
  outfile: "build/server.js",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  sourcemap: true,
  logLevel: "warning",
});
