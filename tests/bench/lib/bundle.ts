/**
 * Client JavaScript per page, from React Router's build manifest (build/client/assets/manifest-*.js).
 *
 * First-load JS of a page = the entry module and its imports + every matched route module (root, layouts,
 * the leaf) and their imports, closed over static `import ... from "./chunk.js"` statements between the built
 * chunks. That is the set React Router modulepreloads in the page's HTML; when a server is running, the set is
 * cross-checked against the served HTML. Lazily-loaded chunks are those reached only through a literal
 * `import("./chunk.js")`.
 *
 * Sizes are per file, gzip at zlib's default level (6): what the server's compression middleware sends.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { matchRoutes, type RouteObject } from "react-router";

export const FIRST_LOAD_BUDGET_BYTES = 120 * 1024;

interface ManifestRoute {
  id: string;
  parentId?: string;
  path?: string;
  index?: boolean;
  module: string;
  imports?: string[];
}
interface Manifest {
  entry: { module: string; imports: string[] };
  routes: Record<string, ManifestRoute>;
}

/** Libraries worth naming when they show up in a chunk (a marker string each library's code contains). */
const LIBRARY_MARKERS: [name: string, marker: string][] = [
  ["react-dom", "__SECRET_INTERNALS_DO_NOT_USE_OR_YOU_WILL_BE_FIRED"],
  ["recharts", "recharts-surface"],
  ["zod", "ZodError"],
  ["redux", "@@redux/INIT"],
  ["drizzle", "drizzle-orm"],
  ["pglite", "PGlite"],
];

export interface ChunkSize {
  file: string;
  bytes: number;
  gzipBytes: number;
  libraries: string[];
}

export interface PageBundle {
  page: string;
  routeIds: string[];
  files: ChunkSize[];
  gzipBytes: number;
  bytes: number;
  /** Literal dynamic imports reachable from the first load, with their own static imports not already loaded. */
  lazy: ChunkSize[];
  chartCodeInFirstLoad: boolean;
  /** False when only the catch-all route ($) matches: the page does not exist in this build. */
  routeExists: boolean;
  withinBudget: boolean;
  /** Set when the page's served HTML was compared: files it preloads that the manifest set lacks, and vice versa. */
  htmlCheck?: { status: number; onlyInHtml: string[]; onlyInManifest: string[]; inlineScriptGzipBytes: number };
}

export function readManifest(appDir: string): Manifest {
  const buildDir = path.join(appDir, "build", "client", "assets");
  const file = readdirSync(buildDir).find((name) => /^manifest-[a-z0-9]+\.js$/.test(name));
  if (!file) throw new Error(`No manifest-*.js in ${buildDir}: was the app built for production?`);
  const text = readFileSync(path.join(buildDir, file), "utf8");
  const json = text.replace(/^window\.__reactRouterManifest=/, "").replace(/;\s*$/, "");
  return JSON.parse(json) as Manifest;
}

/** The route tree of the manifest, in the shape React Router matches URLs against. */
function routeTree(manifest: Manifest): RouteObject[] {
  const byParent = new Map<string | undefined, ManifestRoute[]>();
  for (const route of Object.values(manifest.routes)) {
    const list = byParent.get(route.parentId) ?? [];
    list.push(route);
    byParent.set(route.parentId, list);
  }
  const build = (parentId: string | undefined): RouteObject[] =>
    (byParent.get(parentId) ?? []).map((route): RouteObject =>
      route.index ? { id: route.id, path: route.path, index: true } : { id: route.id, path: route.path, children: build(route.id) },
    );
  return build(undefined);
}

export function measureBundles(appDir: string, pages: string[]): { pages: PageBundle[]; allLazy: ChunkSize[] } {
  const manifest = readManifest(appDir);
  const clientDir = path.join(appDir, "build", "client");
  const sizes = new Map<string, ChunkSize>();
  const sourceOf = (url: string) => readFileSync(path.join(clientDir, url));
  const sizeOf = (url: string): ChunkSize => {
    let size = sizes.get(url);
    if (!size) {
      const source = sourceOf(url);
      const text = source.toString("utf8");
      size = {
        file: url,
        bytes: source.length,
        gzipBytes: gzipSync(source).length,
        libraries: LIBRARY_MARKERS.filter(([, marker]) => text.includes(marker)).map(([name]) => name),
      };
      sizes.set(url, size);
    }
    return size;
  };
  // Built chunks import each other by relative specifiers ("./chunk-A.js"): resolve them to /assets/ URLs.
  const resolve = (from: string, specifier: string) => new URL(specifier, `http://bench.invalid${from}`).pathname;
  const staticImports = (url: string) =>
    [
      ...sourceOf(url)
        .toString("utf8")
        .matchAll(/(?:from|import)\s*"(\.{1,2}\/[^"]+\.js|\/assets\/[^"]+\.js)"/g),
    ].map((m) => resolve(url, m[1]!));
  const dynamicImports = (url: string) =>
    [
      ...sourceOf(url)
        .toString("utf8")
        .matchAll(/import\(\s*"(\.{1,2}\/[^"]+\.js|\/assets\/[^"]+\.js)"\s*\)/g),
    ].map((m) => resolve(url, m[1]!));
  const closure = (start: Iterable<string>): Set<string> => {
    const seen = new Set<string>();
    const queue = [...start];
    while (queue.length > 0) {
      const url = queue.pop()!;
      if (seen.has(url)) continue;
      seen.add(url);
      queue.push(...staticImports(url));
    }
    return seen;
  };

  const tree = routeTree(manifest);
  const allLazyUrls = new Set<string>();
  const results = pages.map((page): PageBundle => {
    const pathname = new URL(page, "http://bench.invalid").pathname;
    const matches = matchRoutes(tree, pathname) ?? [];
    const routeIds = matches.map((m) => m.route.id!).filter(Boolean);
    const roots = [manifest.entry.module, ...manifest.entry.imports];
    for (const id of routeIds) {
      const route = manifest.routes[id]!;
      roots.push(route.module, ...(route.imports ?? []));
    }
    const firstLoad = closure(roots);
    const lazyRoots = [...firstLoad].flatMap(dynamicImports).filter((url) => !firstLoad.has(url));
    const lazy = [...closure(lazyRoots)].filter((url) => !firstLoad.has(url));
    for (const url of lazy) allLazyUrls.add(url);
    const files = [...firstLoad].map(sizeOf).sort((a, b) => b.gzipBytes - a.gzipBytes);
    const gzipBytes = files.reduce((sum, f) => sum + f.gzipBytes, 0);
    return {
      page,
      routeIds,
      files,
      gzipBytes,
      bytes: files.reduce((sum, f) => sum + f.bytes, 0),
      lazy: lazy.map(sizeOf).sort((a, b) => b.gzipBytes - a.gzipBytes),
      chartCodeInFirstLoad: files.some((f) => f.libraries.includes("recharts")),
      routeExists: routeIds.length > 0 && !routeIds.at(-1)!.endsWith("/$"),
      withinBudget: gzipBytes <= FIRST_LOAD_BUDGET_BYTES,
    };
  });
  return { pages: results, allLazy: [...allLazyUrls].map(sizeOf).sort((a, b) => b.gzipBytes - a.gzipBytes) };
}

/** Compares the manifest-derived set with what the served page actually preloads and imports. */
export async function checkAgainstHtml(bundle: PageBundle, baseUrl: string): Promise<void> {
  const response = await fetch(new URL(bundle.page, baseUrl), { signal: AbortSignal.timeout(15_000) });
  const html = await response.text();
  const served = new Set<string>();
  for (const m of html.matchAll(/<link rel="modulepreload" href="(\/assets\/[^"]+\.js)"/g)) served.add(m[1]!);
  for (const m of html.matchAll(/import(?:\s*\*\s*as\s+\w+\s+from)?\s*"(\/assets\/[^"]+\.js)"/g)) served.add(m[1]!);
  const inManifest = new Set(bundle.files.map((f) => f.file));
  const inline = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join("\n");
  bundle.htmlCheck = {
    status: response.status,
    onlyInHtml: [...served].filter((url) => !inManifest.has(url)),
    onlyInManifest: [...inManifest].filter((url) => !served.has(url)),
    inlineScriptGzipBytes: gzipSync(Buffer.from(inline)).length,
  };
}
