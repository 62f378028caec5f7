import { format } from "node:util";
import { afterEach, beforeEach, expect, vi } from "vitest";

// An unexpected console.error is a bug the test did not look for: fail the test that caused it.
// Tests that expect one mock console.error themselves (vi.spyOn(console, "error").mockImplementation(...)).
let errors: string[] = [];
beforeEach(() => {
  errors = [];
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    errors.push(format(...args));
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  expect(errors, "unexpected console.error output").toEqual([]);
});
