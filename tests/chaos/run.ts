/**
 * `npm run chaos [-- --short] [-- --driver=pglite|postgres] [-- --item=N] [-- --soak=SECONDS]`: replays issue 13's hostile, faulty and heavy
 * scenarios (tests/chaos/scenarios.ts) against the production build on each driver, and prints one table. Needs
 * `npm run build` first, and PostgreSQL's server binaries for the postgres column (a driver that cannot run is named
 * as skipped). Bounded: 127.0.0.1 only, every request with a client timeout, every loop limited in count and time
 * (about 3 minutes in all). `--item=10 --soak=600` runs only the memory scenario, for ten minutes (the soak of
 * item 10). Exits 1 when a scenario fails.
 */
import { findPostgresBin } from "../../scripts/postgres-throwaway.mjs";
import { BUILD_READY } from "../outage/built-server";
import { SCENARIOS, type Driver, type Outcome, type Scenario } from "./scenarios";
import { startTarget, type RunningTarget } from "./target";

const args = process.argv.slice(2);
const short = args.includes("--short");
const only = args.find((a) => a.startsWith("--driver="))?.slice("--driver=".length) as Driver | undefined;
const onlyItem = args.find((a) => a.startsWith("--item="))?.slice("--item=".length);
const soak = args.find((a) => a.startsWith("--soak="))?.slice("--soak=".length);
const soakSeconds = soak === undefined ? undefined : Number(soak);
if (soakSeconds !== undefined && !(Number.isInteger(soakSeconds) && soakSeconds >= 10 && soakSeconds <= 1800)) {
  console.error("--soak= takes the memory run's length in seconds, from 10 to 1800 (e.g. --soak=600).");
  process.exit(2);
}
/** A scenario that runs longer than this has hung: it fails, and the run goes on. */
const SCENARIO_LIMIT_MS = 120_000 + (soakSeconds ?? 0) * 1000;

if (!BUILD_READY) {
  console.error("npm run chaos replays against the production build: run `npm run build` first.");
  process.exit(2);
}

async function bounded(scenario: Scenario, target: RunningTarget | null): Promise<Outcome & { ms: number }> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    const outcome = await Promise.race([
      scenario.run(target, { long: !short, soakSeconds }),
      new Promise<Outcome>((resolve) => {
        timer = setTimeout(
          () => resolve({ ok: false, figures: "-", problem: `no result within ${SCENARIO_LIMIT_MS / 1000} s` }),
          SCENARIO_LIMIT_MS,
        );
      }),
    ]);
    return { ...outcome, ms: performance.now() - started };
  } catch (error) {
    return { ok: false, figures: "-", problem: error instanceof Error ? error.message : String(error), ms: performance.now() - started };
  } finally {
    clearTimeout(timer);
  }
}

const drivers: Driver[] = (["pglite", "postgres"] as const).filter((d) => !only || d === only);
const chosen = SCENARIOS.filter((s) => (!short || s.short) && (onlyItem === undefined || String(s.item) === onlyItem));
const results = new Map<string, Map<string, (Outcome & { ms: number }) | string>>();
const cell = (scenario: Scenario) => {
  const key = `${scenario.item}|${scenario.name}`;
  if (!results.has(key)) results.set(key, new Map());
  return results.get(key)!;
};

for (const driver of drivers) {
  if (driver === "postgres" && !findPostgresBin()) {
    for (const s of chosen) if (s.drivers !== "once") cell(s).set(driver, "SKIPPED: no PostgreSQL server binaries");
    console.warn("SKIPPED: the postgres column (no PostgreSQL server binaries; .ci/run installs them)");
    continue;
  }
  console.log(`Starting the production build on ${driver}…`);
  const target = await startTarget(driver);
  try {
    for (const scenario of chosen) {
      if (scenario.drivers === "once" || !scenario.drivers.includes(driver)) continue;
      const outcome = await bounded(scenario, target);
      cell(scenario).set(driver, outcome);
      console.log(
        `  ${outcome.ok ? "pass" : "FAIL"}  ${scenario.name}: ${outcome.figures}${outcome.problem ? ` — ${outcome.problem}` : ""}`,
      );
    }
  } finally {
    const stopped = await target.close();
    if (stopped !== "exited") console.error(`The ${driver} server ${stopped}.\n${target.log()}`);
  }
}
for (const scenario of chosen.filter((s) => s.drivers === "once")) cell(scenario).set("once", await bounded(scenario, null));

// The table: one row per scenario, one column per driver (a driver-independent scenario fills both).
const columns = drivers;
const rows = chosen.map((scenario) => {
  const byDriver = cell(scenario);
  const text = (driver: string) => {
    const r = byDriver.get(scenario.drivers === "once" ? "once" : driver);
    if (r === undefined) return "n/a";
    if (typeof r === "string") return r;
    return `${r.ok ? "pass" : "FAIL"} ${r.figures}${r.problem ? ` (${r.problem})` : ""}`;
  };
  return [String(scenario.item || "audit"), scenario.name, ...columns.map(text)];
});
const header = ["item", "scenario", ...columns];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
console.log(`\nChaos ${short ? "(short cases)" : "(all cases)"} on ${new Date().toISOString()}\n`);
console.log(line(header));
console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
for (const r of rows) console.log(line(r));
const failed = [...results.values()].flatMap((m) => [...m.values()]).filter((r) => typeof r !== "string" && !r.ok).length;
console.log(`\n${failed === 0 ? "Every scenario passed." : `${failed} scenario run(s) failed.`}`);
process.exit(failed === 0 ? 0 : 1);
