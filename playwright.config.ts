import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;

// Debian's Chromium (Playwright cannot download its own browser here).
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // A hang still fails within a minute. 30 s was too tight for the heavier tests (axe with every chart drawn, the
  // 517-address bad-input sweep) on a loaded 2-core CI machine, where the whole suite's time varies by a third from
  // run to run: the sweep, ~13 s alone beside a load, took over 30 s there once (2026-12-04). `test.slow()` triples it.
  timeout: 60_000,
  reporter: [["list"]],
  use: {
    baseURL,
    // Recording a trace of every test (kept only on failure) costs about a tenth of the suite's CPU on 2 cores: CI keeps
    // the traces of its failures; locally, rerun a failing test with --trace on.
    trace: process.env.CI ? "retain-on-failure" : "off",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath,
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
          ],
        },
      },
    },
  ],
  // The production build on a fresh embedded database, seeded at start exactly as `npm start` does.
  webServer: {
    command: "rm -rf .cache/e2e-data && node build/server.js",
    url: `${baseURL}/healthz`,
    reuseExistingServer: false,
    timeout: 90_000,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      NODE_ENV: "production",
      PORT: String(port),
      HOST: "127.0.0.1",
      DATA_DIR: ".cache/e2e-data",
      REQUEST_LOG: "off",
      // As behind one reverse proxy: tests pose as distinct clients with X-Forwarded-For (tests/e2e/rate-limits.spec.ts).
      TRUST_PROXY_HOPS: "1",
      DATABASE_URL: "",
    },
  },
});
