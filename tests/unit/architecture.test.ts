import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

const appFiles = sourceFiles(path.join(root, "app"));
const relative = (file: string) => path.relative(root, file);
const isServerOnly = (file: string) => /\.server\.tsx?$/.test(file) || file.includes(`${path.sep}models${path.sep}`);

describe("module boundaries", () => {
  it("keeps zod out of modules the browser can load (it alone is ~90 KB gzip of first-load JS)", () => {
    const offenders = appFiles.filter((file) => !isServerOnly(file) && /from "zod"/.test(readFileSync(file, "utf8"))).map(relative);
    expect(offenders, "put schemas in a .server.ts module").toEqual([]);
  });

  it("keeps components presentational: no models, no db (STYLE: data flows route -> model -> db)", () => {
    const components = appFiles.filter((file) => file.includes(`${path.sep}components${path.sep}`));
    const offenders = components
      // Type-only imports are erased at build time; value imports would pull server code into the browser.
      .filter((file) =>
        /^import (?!type )[^;]*from "(~\/models\/|~\/db\.server|(\.\.\/)+db\/(?!schema\/enums))/m.test(readFileSync(file, "utf8")),
      )
      .map(relative);
    expect(offenders).toEqual([]);
  });

  it("reaches the database from routes only through .server modules (a plain db/ import leaks PGlite to the browser)", () => {
    const routes = appFiles.filter((file) => file.includes(`${path.sep}routes${path.sep}`));
    const offenders = routes.filter((file) => /from "(\.\.\/)+db\/client"/.test(readFileSync(file, "utf8"))).map(relative);
    expect(offenders).toEqual([]);
  });

  it("keeps db/ independent of app/", () => {
    const dbFiles = sourceFiles(path.join(root, "db"));
    const offenders = dbFiles.filter((file) => /from "(~\/|(\.\.\/)+app\/)/.test(readFileSync(file, "utf8"))).map(relative);
    expect(offenders).toEqual([]);
  });
});
