import { defineConfig } from "vitest/config";

/**
 * The built-server tests (tests/outage/): the production build against a throwaway PostgreSQL that is stopped and
 * started again, and two builds on one PostgreSQL. Run by `npm test` after the build step (scripts/test.mjs), or alone: `npm run build && npm run test:outage`.
 */
export default defineConfig({
  test: {
    include: ["tests/outage/**/*.test.ts"],
    environment: "node",
    setupFiles: ["tests/setup/fail-on-console-error.ts"],
    testTimeout: 60_000,
    // Starting PostgreSQL and the server, which migrates and loads the whole dataset on first start.
    hookTimeout: 300_000,
  },
});
