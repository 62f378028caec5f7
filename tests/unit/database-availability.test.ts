import net from "node:net";
import { Worker } from "node:worker_threads";
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

/**
 * The probe that /healthz asks on PostgreSQL (db/availability.ts, ADR 018 amended 2026-12-06). It used to send one
 * `select 1` per check on the probe's single connection, and its first timeout marked the database down: a burst of
 * /healthz requests queued up past the deadline, and a render that held the event loop for a second fired the deadline
 * before the answer already in the socket was read, either way turning a working database into 503s for every page.
 */
describe("sharedProbe: one question for concurrent checks, silence judged after pending I/O", () => {
  function deferred() {
    let resolve!: () => void;
    let reject!: (error: Error) => void;
    const promise = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
    return { promise, resolve, reject };
  }

  it("asks once for a burst of checks, and again after the answer", async () => {
    const { sharedProbe } = await import("~db/availability");
    const answers: ReturnType<typeof deferred>[] = [];
    const ask = vi.fn(() => {
      answers.push(deferred());
      return answers.at(-1)!.promise;
    });
    const onFailure = vi.fn();
    const probe = sharedProbe(ask, { onFailure });
    const burst = Array.from({ length: 200 }, () => probe.probe(1000));
    expect(ask).toHaveBeenCalledTimes(1);
    answers[0]!.resolve();
    expect(await Promise.all(burst)).toEqual(Array.from({ length: 200 }, () => ({ answered: true })));
    const again = probe.probe(1000);
    answers[1]!.resolve();
    expect(await again).toEqual({ answered: true });
    expect(ask).toHaveBeenCalledTimes(2);
    expect(onFailure).not.toHaveBeenCalled();
    probe.close();
  });

  it("reports an error at once, and a late answer without accusing the database until a second deadline passes unanswered", async () => {
    const { sharedProbe } = await import("~db/availability");
    const refused = Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" });
    const refusedFailure = vi.fn();
    const failing = sharedProbe(() => Promise.reject(refused), { onFailure: refusedFailure });
    expect(await failing.probe(1000)).toEqual({ answered: false, error: refused });
    expect(refusedFailure).toHaveBeenCalledExactlyOnceWith(refused);

    const silent = deferred();
    const onFailure = vi.fn();
    const probe = sharedProbe(() => silent.promise, { onFailure });
    const checks = Array.from({ length: 20 }, () => probe.probe(40));
    expect(await Promise.all(checks)).toEqual(Array.from({ length: 20 }, () => ({ answered: false, late: true })));
    // One deadline of silence: the checks answered "late", the database is not marked down.
    expect(onFailure).not.toHaveBeenCalled();
    await new Promise((resolve) => setTimeout(resolve, 80));
    // The same question unanswered at a second deadline: marked down once, however many checks waited for it.
    expect(onFailure).toHaveBeenCalledTimes(1);
    expect(String(onFailure.mock.calls[0]![0])).toMatch(/no answer to select 1 within 80 ms/);
    probe.close();
  });

  it("reports an error that comes after the check stopped waiting (a connect timeout ends just past the deadline)", async () => {
    const { sharedProbe } = await import("~db/availability");
    const timedOut = Object.assign(new Error("write CONNECT_TIMEOUT"), { code: "CONNECT_TIMEOUT" });
    const onFailure = vi.fn();
    const probe = sharedProbe(() => new Promise((_, reject) => setTimeout(() => reject(timedOut), 60)), { onFailure });
    expect(await probe.probe(30)).toEqual({ answered: false, late: true });
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(onFailure).toHaveBeenCalledExactlyOnceWith(timedOut);
    probe.close();
  });

  it("counts an answer that arrived while the event loop was held past the deadline", async () => {
    const { sharedProbe } = await import("~db/availability");
    // The database's side in another thread, so it answers while this thread is busy, as PostgreSQL would.
    const echo = new Worker(
      `const net = require("node:net");
       const { parentPort } = require("node:worker_threads");
       const server = net.createServer((s) => s.on("data", (d) => s.write(d))).listen(0, "127.0.0.1", () => parentPort.postMessage(server.address().port));
       parentPort.on("message", () => server.close(() => process.exit(0)));`,
      { eval: true },
    );
    const port = await new Promise<number>((resolve) => echo.once("message", resolve));
    const socket = net.connect(port, "127.0.0.1");
    await new Promise((resolve) => socket.once("connect", resolve));
    try {
      const ask = () =>
        new Promise<void>((resolve) => {
          socket.once("data", () => resolve());
          socket.write("select 1");
        });
      const onFailure = vi.fn();
      const probe = sharedProbe(ask, { onFailure, silentDeadlines: 1 });
      expect(await probe.probe(200)).toEqual({ answered: true });
      const checking = probe.probe(200);
      // A render holds the event loop past the deadline; the answer comes back meanwhile and waits in the socket.
      const heldUntil = performance.now() + 400;
      while (performance.now() < heldUntil) {
        // busy
      }
      expect(await checking).toEqual({ answered: true });
      // Even with one silent deadline enough to mark the database down, the held loop did not.
      expect(onFailure).not.toHaveBeenCalled();
      probe.close();
    } finally {
      socket.destroy();
      echo.postMessage("stop");
      await new Promise((resolve) => echo.once("exit", resolve));
    }
  });
});
