import { describe, expect, it, vi } from "vitest";

/**
 * The breaker's error crosses bundles: build/server.js opens the database and creates it, the React Router build's
 * routes recognise it, each with its own copy of db/availability.ts. Two module instances stand for the two bundles.
 */
describe("isConnectionError across two copies of db/availability.ts", () => {
  it("recognises the breaker's fast rejection (no driver error in `cause`) made by the other copy", async () => {
    vi.resetModules();
    const serverBundle = await import("~db/availability");
    vi.resetModules();
    const routeBundle = await import("~db/availability");
    const rejection = new serverBundle.DatabaseUnavailableError("it did not answer");
    expect(rejection).not.toBeInstanceOf(routeBundle.DatabaseUnavailableError);
    expect(rejection.cause).toBeUndefined();
    expect(routeBundle.isConnectionError(rejection)).toBe(true);
    // Wrapped, as drizzle wraps a driver's error.
    expect(routeBundle.isConnectionError(new Error("Failed query", { cause: rejection }))).toBe(true);
    expect(routeBundle.isConnectionError(new Error("duplicate key"))).toBe(false);
  });
});
