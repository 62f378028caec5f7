/**
 * The short cases of `npm run chaos` (tests/chaos/scenarios.ts) in `npm test`: issue 13's hostile requests against the
 * production build, on PGlite and on a throwaway PostgreSQL, plus the seed CLI's rejection of bad figures. The long
 * cases (kill -9 during writes, PostgreSQL stopped, memory under load) run with `npm run chaos`; PostgreSQL stopping
 * is also tested here by postgres-outage.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findPostgresBin } from "../../scripts/postgres-throwaway.mjs";
import { SCENARIOS, type Driver } from "../chaos/scenarios";
import { startTarget, type RunningTarget } from "../chaos/target";
import { BUILD_READY } from "./built-server";

const SHORT = SCENARIOS.filter((s) => s.short);

for (const driver of ["pglite", "postgres"] as const satisfies readonly Driver[]) {
  const ready = BUILD_READY && (driver === "pglite" || !!findPostgresBin());
  const why = BUILD_READY ? "PostgreSQL binaries" : "npm run build";
  describe.skipIf(!ready)(`chaos, short cases, on ${driver}${ready ? "" : ` [SKIPPED: needs ${why}]`}`, () => {
    let target: RunningTarget;
    beforeAll(async () => {
      target = await startTarget(driver);
    });
    afterAll(async () => {
      const stopped = await target?.close();
      if (stopped !== "exited") throw new Error(`The server ${stopped}. Its log:\n${target?.log()}`);
    });

    for (const scenario of SHORT.filter((s) => s.drivers !== "once" && s.drivers.includes(driver))) {
      it(`item ${scenario.item}: ${scenario.name}`, async () => {
        const outcome = await scenario.run(target, { long: false });
        console.log(`chaos ${driver} · ${scenario.name}: ${outcome.figures}`);
        expect(outcome.problem ?? "", outcome.figures).toBe("");
        expect(outcome.ok).toBe(true);
        // No stack trace in what the server logged.
        expect(target.log()).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
      });
    }
  });
}

describe("chaos, short cases, without a server", () => {
  for (const scenario of SHORT.filter((s) => s.drivers === "once")) {
    it(`item ${scenario.item}: ${scenario.name}`, async () => {
      const outcome = await scenario.run(null, { long: false });
      console.log(`chaos · ${scenario.name}: ${outcome.figures}`);
      expect(outcome.problem ?? "", outcome.figures).toBe("");
    }, 120_000);
  }
});
