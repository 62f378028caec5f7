import { Suspense, use, type ReactNode } from "react";
import type * as ReactDomServer from "react-dom/server";
import type * as ReactRouter from "react-router";
import type { AppLoadContext, EntryContext } from "react-router";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

/**
 * app/entry.server.tsx aborts a render that is still streaming streamTimeout + 1 s after it started. A render that
 * finished (or failed before its shell) must clear that timer: left running, each one kept its render's state (the
 * React tree, the request, the response stream) alive for 6 s more, so a busy server held 6 s worth of finished renders
 * in memory (fixed in a4d9cdf). React itself runs unchanged; only the router (the page it renders), the title index the
 * module warms on import, and `abort` (counted, then called) are stood in for. Timers are faked for setTimeout and
 * clearTimeout only: React schedules its work with setImmediate and the streams with process.nextTick, which run as usual.
 */
const stand = vi.hoisted(() => ({ page: (): ReactNode => null, aborts: 0 }));

vi.mock("~/features/search/title-index.server", () => ({ warmTitleIndex: () => {} }));
vi.mock("react-router", async (importOriginal) => ({
  ...(await importOriginal<typeof ReactRouter>()),
  ServerRouter: () => stand.page(),
}));
vi.mock("react-dom/server", async (importOriginal) => {
  const real = await importOriginal<typeof ReactDomServer>();
  return {
    ...real,
    renderToPipeableStream: (...args: Parameters<typeof real.renderToPipeableStream>) => {
      const stream = real.renderToPipeableStream(...args);
      return {
        ...stream,
        abort: (reason?: unknown) => {
          stand.aborts += 1;
          stream.abort(reason);
        },
      };
    },
  };
});

const { default: handleRequest, streamTimeout } = await import("~/entry.server");

const ABORT_AFTER = streamTimeout + 1_000;

function render(page: () => ReactNode): Promise<Response> {
  stand.page = page;
  const routerContext = { manifest: { version: "test" } } as unknown as EntryContext;
  return Promise.resolve(
    handleRequest(new Request("http://localhost/roles/cto"), 200, new Headers(), routerContext, { cspNonce: "n0nce" } as AppLoadContext),
  );
}

/** Lets pending I/O callbacks and ticks run (setImmediate is not faked). */
const settle = () => new Promise((resolve) => setImmediate(resolve));

function Document({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}

/** Suspends for good: the document's shell is sent, the rest waits until the render is aborted. */
const never = new Promise<never>(() => {});
function Forever(): ReactNode {
  return use(never);
}

describe("entry.server's abort timer", () => {
  beforeEach(() => {
    stand.aborts = 0;
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("is cleared once a render has written everything: no timer is left, and nothing is aborted later", async () => {
    const response = await render(() => (
      <Document>
        <p>Chief technology officer</p>
      </Document>
    ));
    expect(await response.text()).toContain("Chief technology officer");
    await settle();
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(ABORT_AFTER);
    expect(stand.aborts).toBe(0);
  });

  it("is cleared when the render fails before its shell", async () => {
    await expect(
      render(() => {
        throw new Error("the shell failed");
      }),
    ).rejects.toThrow("the shell failed");
    expect(vi.getTimerCount()).toBe(0);
  });

  // The control: without it the two tests above would also pass if the timer were never set, or `abort` never counted.
  it("still aborts a render that is streaming when it runs out, and not before", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const response = await render(() => (
      <Document>
        <p>Shell</p>
        <Suspense fallback={<p>Loading…</p>}>
          <Forever />
        </Suspense>
      </Document>
    ));
    const body = response.text();
    await settle();
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(ABORT_AFTER - 1);
    expect(stand.aborts).toBe(0);
    vi.advanceTimersByTime(1);
    expect(stand.aborts).toBe(1);
    // The aborted boundary is left to the browser, and its error logged once (entry.server's onError).
    expect(await body).toContain("Loading…");
    expect(logged).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });
});
