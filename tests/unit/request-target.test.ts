import { connect, type AddressInfo } from "node:net";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { canonicalPath } from "../../server/canonical-path";
import { canonicalPathRedirect, requestTargetForms } from "../../server/request-target";

/**
 * One spelling per address (server/request-target.ts). A code review (2026-12-06) found `/Roles/cto`, `/roles/cto/`
 * and `/roles/%63to` each rendered and stored apart from `/roles/cto`, `/LESSONS/<code>` past the lookup limiter, and
 * an absolute-form request target (`GET http://host/roles/cto`) answered 500 with a stack in the log.
 */
describe("canonicalPath", () => {
  it("spells a path as the routes name it", () => {
    expect(canonicalPath("/roles/cto")).toBe("/roles/cto");
    expect(canonicalPath("/Roles/CTO")).toBe("/roles/cto");
    expect(canonicalPath("/roles/cto/")).toBe("/roles/cto");
    expect(canonicalPath("/roles/%63to")).toBe("/roles/cto");
    expect(canonicalPath("/roles/%43TO")).toBe("/roles/cto");
    expect(canonicalPath("/lesson%73/ABCDEFGHJK")).toBe("/lessons/abcdefghjk");
    expect(canonicalPath("/")).toBe("/");
  });

  it("keeps other escapes, in upper case, and a broken one as sent", () => {
    expect(canonicalPath("/search/a%2fb")).toBe("/search/a%2Fb");
    expect(canonicalPath("/skills/c%2b%2b")).toBe("/skills/c%2B%2B");
    expect(canonicalPath("/roles/%ZZ")).toBe("/roles/%zz");
    expect(canonicalPath("/roles/100%")).toBe("/roles/100%");
  });

  it("never leaves the site: runs of slashes are one, a backslash is escaped", () => {
    expect(canonicalPath("//evil.example/x")).toBe("/evil.example/x");
    expect(canonicalPath("/\\evil.example")).toBe("/%5Cevil.example");
    expect(canonicalPath("/%2F/evil.example")).toBe("/%2F/evil.example");
  });
});

describe("the shell's answers to other spellings and request-target forms", () => {
  let port: number;
  let close: () => void;
  beforeAll(async () => {
    const app = express();
    app.use(requestTargetForms());
    app.use(canonicalPathRedirect());
    app.all("*", (req, res) => void res.status(200).send(`reached ${req.method} ${req.originalUrl}`));
    const server = app.listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    port = (server.address() as AddressInfo).port;
    close = () => server.close();
  });
  afterAll(() => close());

  /** One request written by hand (fetch cannot send an absolute-form or asterisk target), and its status line and body. */
  const raw = (method: string, target: string, host = `127.0.0.1:${port}`) =>
    new Promise<{ status: number; location: string | undefined; body: string }>((resolve, reject) => {
      const socket = connect(port, "127.0.0.1", () =>
        socket.write(`${method} ${target} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`),
      );
      let text = "";
      socket.setEncoding("utf8");
      socket.on("data", (chunk: string) => (text += chunk));
      socket.on("error", reject);
      socket.on("end", () =>
        resolve({
          status: Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1]),
          location: /\r\nLocation: ([^\r]*)/i.exec(text)?.[1],
          body: text.slice(text.indexOf("\r\n\r\n") + 4),
        }),
      );
    });

  it("sends a GET or HEAD in another spelling to the canonical one (301), with its query string", async () => {
    expect(await raw("GET", "/Roles/cto?vintage=2022-32")).toMatchObject({ status: 301, location: "/roles/cto?vintage=2022-32" });
    expect(await raw("HEAD", "/roles/cto/")).toMatchObject({ status: 301, location: "/roles/cto" });
    expect(await raw("GET", "/roles/%63to")).toMatchObject({ status: 301, location: "/roles/cto" });
    expect(await raw("GET", "//evil.example/")).toMatchObject({ status: 301, location: "/evil.example" });
    expect(await raw("GET", "/roles/cto")).toMatchObject({ status: 200, body: "reached GET /roles/cto" });
    // A form's POST is not redirected (its body would be lost): the limits match it by its canonical path.
    expect(await raw("POST", "/Lessons/new")).toMatchObject({ status: 200 });
  });

  it("serves an absolute-form target naming this host as its path; refuses one naming another host, and other forms", async () => {
    expect(await raw("GET", `http://127.0.0.1:${port}/roles/cto?x=1`)).toMatchObject({ status: 200, body: "reached GET /roles/cto?x=1" });
    expect(await raw("GET", `http://127.0.0.1:${port}/Roles/cto`)).toMatchObject({ status: 301, location: "/roles/cto" });
    expect(await raw("GET", "http://evil.example/roles/cto")).toMatchObject({ status: 400 });
    expect(await raw("GET", "*")).toMatchObject({ status: 400 });
    expect(await raw("OPTIONS", "*")).toMatchObject({ status: 204 });
    // Express cannot route an address it cannot parse: a 404 before any middleware, not a 500.
    expect((await raw("GET", "http://[::1")).status).toBe(404);
  });
});
