import path from "node:path";
import { reactRouter } from "@react-router/dev/vite";
import { defineConfig, type Rollup } from "vite";

const appDir = path.resolve(import.meta.dirname, "app");

/** A module of ours that this many route modules import (directly or through others) travels in the shared chunk. */
const SHARED_BY_ROUTES = 10;

/**
 * Which client chunk each of our modules travels in (ADR 026). Rollup's default gives every set of importing route
 * modules its own chunk, so a profile loaded 38 files, 25 of them under 1 KB gzip; gzip compresses each alone, and the
 * per-file cost was about a quarter of our code's first-load bytes.
 * - `shell`: what the root route imports, directly or not. Every page loads the root, so one file costs no page
 *   anything it does not already load.
 * - `shared`: modules at least SHARED_BY_ROUTES route modules import statically. A page that uses few of them loads
 *   a little code it does not run; the bench (`npm run bench -- --only=bundle`) and tests/outage/first-load.test.ts
 *   show every page still gains.
 * Everything else (a route's own modules, lazily loaded parts, the libraries) is left to Rollup.
 */
function clientChunks(): Rollup.GetManualChunk {
  let shell: Set<string> | undefined;
  const routesReaching = new Map<string, number>();
  return (id, { getModuleInfo }) => {
    // react-dom's main module (the one React Router imports for flushSync), which every page loads: alone it was a
    // 1.3 KB file of its own on every page; in the shell it costs no page a request or gzip's per-file overhead.
    if (/[\\/]node_modules[\\/]react-dom[\\/](index\.js|cjs[\\/]react-dom\.production\.js)$/.test(id)) return "shell";
    if (!id.startsWith(appDir + path.sep)) return undefined;
    if (!shell) {
      shell = new Set();
      const stack = [path.join(appDir, "root.tsx")];
      for (let next = stack.pop(); next; next = stack.pop()) {
        if (shell.has(next) || !next.startsWith(appDir + path.sep)) continue;
        shell.add(next);
        stack.push(...(getModuleInfo(next)?.importedIds ?? []));
      }
    }
    if (shell.has(id)) return "shell";
    let routes = routesReaching.get(id);
    if (routes === undefined) {
      // Walk static importers only: a module reached through a dynamic import() is not in any page's first load.
      const entries = new Set<string>();
      const seen = new Set<string>();
      const stack = [id];
      for (let next = stack.pop(); next; next = stack.pop()) {
        if (seen.has(next)) continue;
        seen.add(next);
        const info = getModuleInfo(next);
        if (!info) continue;
        if (info.isEntry) entries.add(next);
        else stack.push(...info.importers);
      }
      routes = entries.size;
      routesReaching.set(id, routes);
    }
    return routes >= SHARED_BY_ROUTES ? "shared" : undefined;
  };
}

export default defineConfig(({ isSsrBuild }) => ({
  resolve: { alias: { "~": appDir, "~db": path.resolve(import.meta.dirname, "db") } },
  build: {
    target: "es2022",
    minify: "terser",
    terserOptions: { compress: { passes: 2 } },
    // The server build is one bundle; only the browser's files are shaped.
    rollupOptions: isSsrBuild ? {} : { output: { manualChunks: clientChunks() } },
  },
  plugins: [reactRouter()],
}));
