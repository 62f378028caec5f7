import { beforeEach, describe, expect, it, vi } from "vitest";

// Fresh modules for each test: whether the app has started is module state.
async function modules() {
  vi.resetModules();
  const started = await import("~/lib/app-started");
  const { deferredModule } = await import("~/ui/deferred-part");
  return { ...started, deferredModule };
}

describe("deferredModule: when a part's chunk is asked for", () => {
  let load: ReturnType<typeof vi.fn<() => Promise<{ Part: () => null }>>>;
  beforeEach(() => {
    load = vi.fn(async () => ({ Part: () => null }));
  });

  it("not while a page's first load evaluates its route's code (the parts ask for it as they hydrate)", async () => {
    const { deferredModule } = await modules();
    deferredModule(load, undefined).startIfNavigating();
    expect(load).not.toHaveBeenCalled();
  });

  it("at once when an in-app navigation evaluates the route's code, once for all of the module's parts", async () => {
    const { deferredModule, markAppStarted } = await modules();
    markAppStarted();
    const laterParts = deferredModule(load, undefined);
    laterParts.startIfNavigating();
    laterParts.startIfNavigating();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("never on the server, where the module is given (eager)", async () => {
    const { deferredModule, markAppStarted } = await modules();
    markAppStarted();
    deferredModule(load, { Part: () => null }).startIfNavigating();
    expect(load).not.toHaveBeenCalled();
  });

  it("again after a refused chunk, with nothing left unhandled", async () => {
    const { deferredModule, markAppStarted } = await modules();
    markAppStarted();
    load.mockRejectedValueOnce(new Error("refused"));
    const laterParts = deferredModule(load, undefined);
    laterParts.startIfNavigating();
    await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(1));
    await new Promise((resolve) => setTimeout(resolve, 0));
    laterParts.startIfNavigating();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
