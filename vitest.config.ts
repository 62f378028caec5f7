import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = { "~": path.resolve(import.meta.dirname, "app"), "~db": path.resolve(import.meta.dirname, "db") };

export default defineConfig({
  resolve: { alias },
  test: {
    setupFiles: ["tests/setup/fail-on-console-error.ts"],
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.{ts,tsx}", "tests/data/**/*.test.ts", "app/**/*.test.{ts,tsx}", "seed/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        extends: true,
        test: {
          name: "db",
          include: ["tests/db/**/*.test.ts"],
          environment: "node",
          // PGlite starts in 1.5-2.5 s and each file seeds the whole dataset; the server run adds more.
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
