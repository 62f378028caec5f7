/**
 * A request must arrive whole within REQUEST_TIMEOUT_SECONDS (server/http-server.ts; issue 13, item 7; ADR 018, amendment
 * of 2026-12-07, later). Real sockets on 127.0.0.1 against the server's own limits, with a 1 s bound. What would break:
 * with Node's defaults (requestTimeout 300 s, looked at every 30 s) a client that stopped sending held its socket and
 * parser for up to five minutes; with the headers timeout above the request timeout, Node 20 swaps the two silently.
 */
import type { AddressInfo } from "node:net";
import { Agent, createServer, request as httpRequest, type Server } from "node:http";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectionLimits, createHttpServer, KEEP_ALIVE_TIMEOUT_MS } from "../../server/http-server";
import { handleError } from "../../server/errors";
import { rawExchange, requestHead } from "../outage/raw-socket";

const BOUND_MS = 1_000;
/** The bound, Node's look every 250 ms at that bound, and room for a busy machine; far below 30 s or 300 s. */
const LATEST_MS = BOUND_MS + 250 + 1_250;

describe("a request that does not arrive whole within the bound", () => {
  let server: Server;
  let port: number;
  /** Bodies the app read to their end, by X-Test-Request. */
  const bodiesRead = new Map<string, number>();
  /** Requests whose body read failed (the client cut off), by X-Test-Request. */
  const bodiesFailed = new Set<string>();

  beforeAll(async () => {
    const app = express();
    app.get("/about", (_req, res) => void res.type("text/plain").send("about"));
    // Reads the whole body before answering, as the lesson form's action does.
    app.post("/lessons/new", (req, res, next) => {
      const tag = req.get("x-test-request") ?? "";
      const chunks: Buffer[] = [];
      req.on("data", (chunk: Buffer) => chunks.push(chunk));
      req.on("error", (error) => {
        bodiesFailed.add(tag);
        next(error);
      });
      req.on("end", () => {
        const length = Buffer.concat(chunks).byteLength;
        bodiesRead.set(tag, length);
        res.type("text/plain").send(`read ${length} bytes`);
      });
    });
    // The shell's last word on errors: a body read cut off by the 408 reaches it, and must be answered with silence.
    app.use(handleError);
    server = createHttpServer(app, { requestTimeoutSeconds: BOUND_MS / 1_000 }).listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  const formHead = (tag: string, length: number) =>
    requestHead("POST /lessons/new HTTP/1.1", {
      Host: `127.0.0.1:${port}`,
      "Content-Type": "application/x-www-form-urlencoded",
      "Content-Length": length,
      "X-Test-Request": tag,
      // The exchange ends when the server closes the connection: after a 408 it does, after an answer it is asked to.
      Connection: "close",
    });

  it("a POST whose body stops after its first bytes gets a 408 and its connection closes, and the app never has the body", async () => {
    const exchange = await rawExchange(port, formHead("stalled", 200) + "title=Cut+short&roles=");
    expect(exchange.statusLine).toBe("HTTP/1.1 408 Request Timeout");
    expect(exchange.text).toContain("Connection: close");
    expect(exchange.closedAfterMs).toBeGreaterThanOrEqual(BOUND_MS - 50);
    expect(exchange.closedAfterMs).toBeLessThan(LATEST_MS);
    expect(bodiesRead.has("stalled"), "a body read to its end").toBe(false);
    await expect.poll(() => bodiesFailed.has("stalled"), { timeout: 1_000 }).toBe(true);
  });

  it("a client that trickles its body a few bytes at a time is cut at the bound too: it counts from the first byte", async () => {
    const trickle = Array.from({ length: 40 }, () => ({ text: "xxxxx", afterMs: 100 }));
    const exchange = await rawExchange(port, [{ text: formHead("trickle", 200) }, ...trickle]);
    expect(exchange.statusLine).toBe("HTTP/1.1 408 Request Timeout");
    expect(exchange.closedAfterMs).toBeLessThan(LATEST_MS);
    expect(bodiesRead.has("trickle")).toBe(false);
  });

  it("headers that stop arriving, and a connection that sends nothing, get the same 408 within the bound", async () => {
    const headers = await rawExchange(port, `GET /about HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n`);
    expect(headers.statusLine).toBe("HTTP/1.1 408 Request Timeout");
    expect(headers.closedAfterMs).toBeLessThan(LATEST_MS);
    const silent = await rawExchange(port, []);
    expect(silent.statusLine).toBe("HTTP/1.1 408 Request Timeout");
    expect(silent.closedAfterMs).toBeLessThan(LATEST_MS);
  });

  it("a whole request on a fresh connection is answered at once, a form included", async () => {
    const about = await rawExchange(port, requestHead("GET /about HTTP/1.1", { Host: `127.0.0.1:${port}`, Connection: "close" }));
    expect(about.statusLine).toBe("HTTP/1.1 200 OK");
    expect(about.closedAfterMs).toBeLessThan(BOUND_MS / 2);
    const body = "title=Whole&roles=software-engineer";
    const form = await rawExchange(port, [{ text: formHead("whole", body.length) }, { text: body, afterMs: 100 }]);
    expect(form.statusLine).toBe("HTTP/1.1 200 OK");
    expect(bodiesRead.get("whole")).toBe(body.length);
  });

  it("a kept-alive connection idle for longer than the bound still carries the next request (the clock starts at a request's first byte)", async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const get = () =>
      new Promise<{ status: number; reused: boolean }>((resolve, reject) => {
        const req = httpRequest({ host: "127.0.0.1", port, path: "/about", agent }, (response) => {
          response.resume();
          response.on("end", () => resolve({ status: response.statusCode ?? 0, reused: req.reusedSocket }));
        });
        req.on("error", reject);
        req.end();
      });
    try {
      expect(await get()).toEqual({ status: 200, reused: false });
      await new Promise((resolve) => setTimeout(resolve, LATEST_MS));
      expect(await get()).toEqual({ status: 200, reused: true });
    } finally {
      agent.destroy();
    }
  });
});

describe("connectionLimits", () => {
  it("keeps Node's rule (headers timeout at most the request timeout) for every value REQUEST_TIMEOUT_SECONDS allows", () => {
    for (const seconds of [1, 10, 300]) {
      const limits = connectionLimits(seconds);
      expect(limits.requestTimeout).toBe(seconds * 1_000);
      expect(limits.headersTimeout).toBe(limits.requestTimeout);
      // createServer refuses a headers timeout above the request timeout, and any value that is not a whole number.
      expect(() => createServer(limits)).not.toThrow();
      expect(limits.connectionsCheckingInterval).toBeLessThanOrEqual(Math.min(1_000, limits.requestTimeout! / 4));
      expect(limits.keepAliveTimeout).toBe(KEEP_ALIVE_TIMEOUT_MS);
    }
  });
});
