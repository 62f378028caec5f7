/**
 * The production build bounds a request's arrival (issue 13, item 7; ADR 018, amendment of 2026-12-07, later): a client
 * that sends a lesson form's headers and part of its body, then stalls, gets `408 Request Timeout` and its connection
 * closes within REQUEST_TIMEOUT_SECONDS (here 1 s) and Node's look a quarter of it later, instead of holding the socket
 * for Node's default 300 s; nothing is saved from what did arrive (a whole, valid form, short of the announced length);
 * no stack is logged; the server goes on answering. Run by `npm test` after the build, or alone:
 * `npm run build && npx vitest run --config tests/outage/vitest.config.ts tests/outage/request-timeout.test.ts`.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BUILD_READY, request, startBuiltServer, stopServer, type BuiltServer } from "./built-server";
import { rawExchange, requestHead } from "./raw-socket";

const BOUND_SECONDS = 1;
/** The bound, Node's look every 250 ms, and room for a busy machine: far below Node's default check (30 s) and bound (300 s). */
const LATEST_MS = BOUND_SECONDS * 1_000 + 250 + 1_750;
/** A stack trace line in the server's log ("    at handler (file.js:1:2)"). */
const STACK_LINE = /\n\s+at .+:\d+:\d+\)?\n/;

describe.skipIf(!BUILD_READY)(
  `a request that stops arriving, against the build${BUILD_READY ? "" : " [SKIPPED: needs npm run build]"}`,
  () => {
    let server: BuiltServer;
    let port: number;
    let dataDir: string;

    beforeAll(async () => {
      dataDir = await mkdtemp(path.join(tmpdir(), "atlas-request-timeout-"));
      server = await startBuiltServer({ DATABASE_URL: "", DATA_DIR: dataDir, REQUEST_TIMEOUT_SECONDS: String(BOUND_SECONDS) });
      port = Number(new URL(server.base).port);
    });
    afterAll(async () => {
      const stopped = server ? await stopServer(server.child) : "never started";
      await rm(dataDir, { recursive: true, force: true });
      if (stopped !== "exited") throw new Error(`The server ${stopped}. Its log:\n${server?.log()}`);
    });

    it("a lesson form whose body stalls gets a 408 within the bound, saves nothing, logs no stack, and the next client is served", async () => {
      const createToken = `stalled-${Date.now().toString(36)}`.padEnd(43, "s");
      const form = new URLSearchParams({
        title: "A lesson cut short",
        vintage: "2024-34",
        roles: "software-engineer",
        createToken,
      }).toString();
      const head = requestHead("POST /lessons/new HTTP/1.1", {
        Host: `127.0.0.1:${port}`,
        Origin: server.base,
        "Content-Type": "application/x-www-form-urlencoded",
        // More than is sent: the body stops after a whole, valid form.
        "Content-Length": form.length + 100,
      });
      const stalled = await rawExchange(port, head + form);
      expect(stalled.statusLine).toBe("HTTP/1.1 408 Request Timeout");
      expect(stalled.text).toContain("Connection: close");
      expect(stalled.closedAfterMs).toBeGreaterThanOrEqual(BOUND_SECONDS * 1_000 - 50);
      expect(stalled.closedAfterMs).toBeLessThan(LATEST_MS);

      // A fresh connection is served at once.
      const about = await request(server.base, "/about");
      expect(about.status).toBe(200);
      expect(about.ms).toBeLessThan(3_000);

      // The same form sent whole makes the lesson now: the cut-off send made none (a retry of it would be answered as one).
      const whole = await request(server.base, "/lessons/new", {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: server.base },
        body: form,
      });
      expect(whole.status).toBe(303);
      expect(whole.headers.get("location")).toMatch(/^\/lessons\/[0-9a-z]{10}\/saved$/);

      expect(server.log()).not.toMatch(STACK_LINE);
      expect(server.log()).not.toMatch(/\bError\b/);
    });

    it("headers that stop arriving get the same 408 within the bound", async () => {
      const stalled = await rawExchange(port, `GET /about HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n`);
      expect(stalled.statusLine).toBe("HTTP/1.1 408 Request Timeout");
      expect(stalled.closedAfterMs).toBeLessThan(LATEST_MS);
      expect(server.log()).not.toMatch(STACK_LINE);
    });
  },
);
