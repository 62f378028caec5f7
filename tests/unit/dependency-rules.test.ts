import { createRequire } from "node:module";
import path from "node:path";
import { cruise, type ICruiseResult } from "dependency-cruiser";
import { describe, expect, it } from "vitest";

/**
 * The house rules (.dependency-cruiser.cjs, ADR 012) are enforced by `npm run lint:deps` in `npm test`. These tests
 * show that each rule actually fails on the import it forbids: a miniature house under
 * tests/fixtures/forbidden-imports holds one forbidden import per rule, and the real config must flag every one.
 */
const root = path.resolve(import.meta.dirname, "../..");
const fixture = path.join(root, "tests/fixtures/forbidden-imports");
const config = createRequire(import.meta.url)(path.join(root, ".dependency-cruiser.cjs")) as {
  forbidden: { name: string }[];
  options: Record<string, unknown>;
};

async function violationsIn(baseDir: string): Promise<{ rule: string; from: string; to: string }[]> {
  const previous = process.cwd();
  process.chdir(baseDir); // dependency-cruiser resolves paths and reports them relative to the working directory
  try {
    const { output } = await cruise(["app", "db", "seed", "server"], {
      ruleSet: { forbidden: config.forbidden } as never,
      tsPreCompilationDeps: true,
      doNotFollow: { path: "node_modules" },
      validate: true,
    });
    return (output as ICruiseResult).summary.violations.map((v) => ({ rule: v.rule.name, from: v.from, to: v.to }));
  } finally {
    process.chdir(previous);
  }
}

describe("dependency rules", () => {
  it("flag every forbidden import of the miniature house, each under its own rule", async () => {
    const violations = await violationsIn(fixture);
    const flagged = (rule: string) => violations.filter((v) => v.rule === rule).map((v) => `${v.from} -> ${v.to}`);

    expect(flagged("lib-has-no-domain")).toEqual(["app/lib/format.ts -> app/features/roles/labels.ts"]);
    expect(flagged("feature-layers:roles")).toEqual(["app/features/roles/labels.ts -> app/features/compare/list-titles.ts"]);
    expect(flagged("ui-is-presentational")).toEqual(["app/ui/box.ts -> app/features/roles/labels.ts"]);
    expect(flagged("browser-code-stays-off-the-server")).toEqual([
      "app/features/compare/picker.ts -> app/features/compare/queries.server.ts",
    ]);
    expect(flagged("no-zod-in-the-browser")).toHaveLength(1);
    expect(flagged("no-zod-in-the-browser")[0]).toMatch(/^app\/features\/compare\/picker\.ts -> .*node_modules\/zod\//);
    expect(flagged("nothing-imports-routes")).toEqual(["app/features/map/title.ts -> app/routes/home.ts"]);
    expect(flagged("db-stands-alone")).toEqual(["db/schema.ts -> app/lib/format.ts"]);
    expect(flagged("seed-writes-to-db-only")).toEqual(["seed/load.ts -> app/lib/format.ts"]);
    expect(flagged("shell-uses-lib-not-features")).toEqual(["server/app.ts -> app/features/compare/list-titles.ts"]);
    expect(flagged("no-circular").length).toBeGreaterThan(0);
    expect(flagged("no-circular").every((edge) => edge.startsWith("app/features/map/cycle-"))).toBe(true);
  });

  it("leave the probes' allowed imports alone (a rule that flags everything proves nothing)", async () => {
    const violations = await violationsIn(fixture);
    // list-titles.ts, queries.server.ts and the route import nothing; compare -> compare is the feature's own.
    expect(violations.filter((v) => v.from === "app/features/compare/list-titles.ts")).toEqual([]);
    expect(violations.filter((v) => v.from === "app/routes/home.ts")).toEqual([]);
  });
});
