#!/usr/bin/env node
/**
 * `npm test`: the whole suite, in order.
 *   1. typecheck (React Router's route types, then tsc) and lint (ESLint with zero warnings, Prettier, the
 *      dependency rules of .dependency-cruiser.cjs)
 *   2. unit + db tests (vitest): db tests on PGlite, and on a real PostgreSQL server, either DATABASE_URL's or a
 *      throwaway one started here from the installed server binaries
 *   3. production build, then the tests of the built server (tests/outage: the server while a throwaway PostgreSQL
 *      stops and starts; two instances on one database; the short cases of `npm run chaos` on PGlite and PostgreSQL)
 *   4. browser tests (Playwright) in Debian's Chromium, against the built server
 * Whatever cannot run is named as SKIPPED, loudly. Under CI=true a skip is a failure.
 * Ends with the line `N passed, N failed, N skipped`.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startThrowawayPostgres } from "./postgres-throwaway.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const reports = path.join(root, "tests", ".reports");
const isCI = process.env.CI === "true" || process.env.CI === "1";
const totals = { passed: 0, failed: 0, skipped: 0 };
const skips = [];
const failures = [];
/** Each failed test by name, with the first line of its error: the summary repeats them, so the end of a long log says what failed. */
const failedTests = [];

/** The first line of a failure message, without colour codes, kept short. */
function firstLine(message) {
  const line = String(message ?? "")
    // eslint-disable-next-line no-control-regex -- the escape that starts a terminal colour code
    .replace(/\x1b\[[0-9;]*m/g, "")
    .split("\n")
    .find((l) => l.trim() !== "");
  return (line ?? "").trim().slice(0, 300);
}

function banner(text) {
  console.log(`\n\x1b[1m━━ ${text} ━━\x1b[0m`);
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...options.env } });
  return result.status ?? 1;
}

/** A step that is one check: it passes or fails as a whole. */
function check(name, command, args, options) {
  banner(name);
  if (run(command, args, options) === 0) totals.passed += 1;
  else {
    totals.failed += 1;
    failures.push(name);
  }
}

function skip(reason, count) {
  skips.push(`${reason}${count ? ` (${count} test${count === 1 ? "" : "s"})` : ""}`);
  console.log(`\n\x1b[33;1m!! SKIPPED: ${reason}\x1b[0m`);
}

rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

check("typecheck", "npm", ["run", "--silent", "typecheck"]);
check("lint (ESLint, zero warnings)", "npx", ["eslint", ".", "--max-warnings=0"]);
check("format (Prettier)", "npx", ["prettier", "--check", "--log-level=warn", "."]);
check("dependency rules (dependency-cruiser, ADR 012)", "npx", [
  "depcruise",
  "app",
  "server",
  "db",
  "seed",
  "--config",
  ".dependency-cruiser.cjs",
]);

/** Runs a vitest config and adds its counts to the totals (and its skipped suites to the skips). */
function vitestRun(name, args, env = {}) {
  const report = path.join(reports, `${name}.json`);
  const status = run("npx", ["vitest", "run", ...args, "--reporter=default", "--reporter=json", `--outputFile.json=${report}`], { env });
  if (!existsSync(report)) {
    totals.failed += 1;
    failures.push(`${name} (no report)`);
    return;
  }
  const result = JSON.parse(readFileSync(report, "utf8"));
  totals.passed += result.numPassedTests;
  totals.failed += result.numFailedTests;
  totals.skipped += result.numPendingTests + result.numTodoTests;
  if (result.numFailedTests > 0 || status !== 0) failures.push(name);
  if (result.numFailedTests === 0 && status !== 0) totals.failed += 1; // e.g. a file that failed to load
  for (const file of result.testResults) {
    for (const t of file.assertionResults.filter((a) => a.status === "failed")) {
      failedTests.push(`${name} · ${path.relative(root, file.name)} › ${t.fullName}: ${firstLine(t.failureMessages?.[0])}`);
    }
    // A hook or a file that failed outside any test (afterAll, an import).
    if (file.status === "failed" && file.message) {
      failedTests.push(`${name} · ${path.relative(root, file.name)}: ${firstLine(file.message)}`);
    }
  }
  const skippedSuites = result.testResults
    .flatMap((file) => file.assertionResults)
    .filter((t) => t.status === "skipped" || t.status === "pending")
    .map((t) => t.ancestorTitles.find((title) => title.includes("SKIPPED")) ?? t.ancestorTitles.join(" > "));
  for (const suite of new Set(skippedSuites)) skip(`${name}: ${suite}`, skippedSuites.filter((s) => s === suite).length);
}

// --- unit and database tests -------------------------------------------------------------------------
let server;
const env = {};
if (process.env.DATABASE_URL) {
  console.log(`\nDatabase tests will also run against DATABASE_URL.`);
} else {
  banner("throwaway PostgreSQL server");
  try {
    server = await startThrowawayPostgres();
    env.DATABASE_URL = server.url;
    console.log(`Started PostgreSQL ${server.version} on 127.0.0.1:${server.port} (data in ${server.dir}).`);
  } catch (error) {
    skip(`database tests against a PostgreSQL server: ${error.message}`);
  }
}
try {
  banner("unit and database tests (vitest)");
  vitestRun("vitest", [], env);
} finally {
  await server?.stop();
}

// --- build, the outage test and browser tests ----------------------------------------------------------
check("production build", "npm", ["run", "build"]);

// The built server on a throwaway PostgreSQL (tests/outage): stopped and started under it (ADR 018), and two instances
// on one database (docs/RELIABILITY.md, item 11), and the short chaos cases on each driver (tests/chaos). About 2 min.
banner("built-server tests (a throwaway PostgreSQL stopped and started; two instances on one database; short chaos cases)");
if (failures.includes("production build")) skip("built-server tests: the production build failed");
else vitestRun("outage", ["--config", "tests/outage/vitest.config.ts"]);

banner("browser tests (Playwright + Chromium)");
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const playwrightReport = path.join(reports, "playwright.json");
if (!existsSync(chromium)) {
  const listed = spawnSync("npx", ["playwright", "test", "--list", "--reporter=json"], { cwd: root, encoding: "utf8" });
  let count = 0;
  try {
    const json = JSON.parse(listed.stdout);
    const walk = (suite) =>
      (suite.specs ?? []).reduce((n, s) => n + s.tests.length, 0) + (suite.suites ?? []).reduce((n, s) => n + walk(s), 0);
    count = json.suites.reduce((n, s) => n + walk(s), 0);
  } catch {
    count = 0;
  }
  totals.skipped += count;
  skip(`browser tests: Chromium not found at ${chromium} (apt-get install -y chromium, or set CHROMIUM_PATH)`, count);
} else if (failures.includes("production build")) {
  skip("browser tests: the production build failed");
} else {
  run("npx", ["playwright", "test", "--reporter=list,json"], { env: { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport } });
  if (existsSync(playwrightReport)) {
    const report = JSON.parse(readFileSync(playwrightReport, "utf8"));
    const { stats } = report;
    const walk = (suite) => {
      for (const spec of suite.specs ?? []) {
        for (const t of spec.tests) {
          if (t.status !== "unexpected") continue;
          const error = t.results.at(-1)?.error?.message;
          failedTests.push(`playwright · ${spec.file}:${spec.line} › ${spec.title}: ${firstLine(error)}`);
        }
      }
      for (const child of suite.suites ?? []) walk(child);
    };
    for (const suite of report.suites ?? []) walk(suite);
    totals.passed += stats.expected + stats.flaky;
    totals.failed += stats.unexpected;
    totals.skipped += stats.skipped;
    if (stats.unexpected > 0) failures.push("playwright");
    if (stats.skipped > 0) skip("browser tests marked skip", stats.skipped);
  } else {
    totals.failed += 1;
    failures.push("playwright (no report)");
  }
}

// --- summary ------------------------------------------------------------------------------------------
banner("summary");
if (failures.length > 0) console.log(`Failed: ${failures.join(", ")}`);
for (const t of failedTests) console.log(`  ✗ ${t}`);
if (skips.length > 0) {
  console.log("\x1b[33;1mSKIPPED — these parts of the suite did not run:\x1b[0m");
  for (const s of skips) console.log(`\x1b[33;1m  - ${s}\x1b[0m`);
  if (isCI) console.log("Under CI nothing may be skipped: failing the run.");
}
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 || (isCI && skips.length > 0) ? 1 : 0);
