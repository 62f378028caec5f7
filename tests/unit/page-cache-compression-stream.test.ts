import type { AddressInfo } from "node:net";
import compression from "compression";
import express from "express";
import { afterEach, expect, it } from "vitest";
import { compressionStreamFixes } from "../../server/app";

/**
 * Issue 13, item 10: under load the server warned "11 drain listeners added to [BrotliCompress]". React Router's
 * handler waits for 'drain' with `once` and removes the listener with `off`; `compression` forwards `on('drain')` to
 * its zlib stream but not `off`, so each wait left a listener on the stream for the rest of the response.
 */
const closers: (() => void)[] = [];
afterEach(() => closers.splice(0).forEach((close) => close()));

it("leaves no 'drain' listener behind on the compressor when a large response waits for drain many times", async () => {
  const warnings: string[] = [];
  const onWarning = (warning: Error) => warnings.push(`${warning.name}: ${warning.message}`);
  process.on("warning", onWarning);
  closers.push(() => process.off("warning", onWarning));

  let waits = 0;
  const app = express();
  app.use(compression());
  app.use(compressionStreamFixes);
  app.get("/big", async (_req, res) => {
    res.type("html");
    // What @react-router/node's writeReadableStreamToWritable does with each chunk React writes.
    for (let i = 0; i < 200; i++) {
      const chunk = Buffer.from(`<p>${i} ${"x".repeat(16_000)} ${Math.random()}</p>`);
      if (!res.write(chunk)) {
        waits += 1;
        await new Promise<void>((resolve) => {
          const onDrain = () => {
            res.off("drain", onDrain);
            resolve();
          };
          res.once("drain", onDrain);
        });
      }
    }
    res.end();
  });
  const server = app.listen(0, "127.0.0.1");
  closers.push(() => server.close());
  await new Promise((resolve) => server.once("listening", resolve));
  const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/big`, {
    headers: { "accept-encoding": "br" },
  });
  expect(response.headers.get("content-encoding")).toBe("br");
  expect((await response.text()).length).toBeGreaterThan(200 * 16_000);
  await new Promise((resolve) => setImmediate(resolve));
  expect(waits).toBeGreaterThan(10);
  expect(warnings.filter((w) => w.includes("MaxListenersExceededWarning"))).toEqual([]);
});
