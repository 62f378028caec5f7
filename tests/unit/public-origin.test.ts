import { request as httpRequest } from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { afterEach, describe, expect, it } from "vitest";
import { parseEnv, type Env } from "~/lib/env.server";
import { guardedBy } from "../../server/rate-limit";
import { addressToPublicOrigin, isValidHost, validHostHeader } from "../../server/security";

/**
 * Issue 13, item 2: "Build absolute URLs from a configured public origin and refuse unknown hosts." A code review
 * (2026-12-06) found any well-formed Host accepted (each a render and a cache entry holding its links), `Host:
 * 127.0.0.1:99999` and `Host: [:::::]` answered 500, and X-Forwarded-Proto passed to the links unchecked.
 */
describe("isValidHost", () => {
  it("takes a name or address with a port a URL can hold", () => {
    for (const host of ["localhost", "localhost:3000", "atlas.example.org", "127.0.0.1:65535", "[::1]:3000", "[2001:db8::1]"]) {
      expect(isValidHost(host), host).toBe(true);
    }
    for (const host of ["127.0.0.1:99999", "127.0.0.1:65536", "[:::::]", "[1.2.3.4]", "evil.example/x", "a b", "<b>", ""]) {
      expect(isValidHost(host), host).toBe(false);
    }
  });
});

describe("PUBLIC_ORIGIN", () => {
  it("is an http(s) origin, nothing more", () => {
    expect(parseEnv({ PUBLIC_ORIGIN: "https://atlas.example.org/" }).PUBLIC_ORIGIN).toBe("https://atlas.example.org");
    expect(parseEnv({ PUBLIC_ORIGIN: "http://localhost:3000" }).PUBLIC_ORIGIN).toBe("http://localhost:3000");
    expect(parseEnv({}).PUBLIC_ORIGIN).toBeUndefined();
    for (const bad of [
      "atlas.example.org",
      "ftp://atlas.example.org",
      "https://atlas.example.org/atlas",
      "https://a@atlas.example.org",
      "https://atlas.example.org/?x",
    ]) {
      expect(() => parseEnv({ PUBLIC_ORIGIN: bad }), bad).toThrow(/PUBLIC_ORIGIN/);
    }
  });

  const servers: { close: () => void }[] = [];
  afterEach(() => {
    for (const server of servers.splice(0)) server.close();
  });

  /** The shell's host checks in front of a handler that answers with the origin React Router would build links from. */
  async function serve(config: Partial<Env>): Promise<number> {
    const env = { TRUST_PROXY: false, ...config } as Env;
    const app = express();
    app.set("trust proxy", env.TRUST_PROXY ? 1 : 0);
    app.use(validHostHeader(env));
    app.use(addressToPublicOrigin(env));
    app.get("*", (req, res) => void res.send(`${req.protocol}://${req.get("host")}${req.originalUrl}`));
    const server = app.listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    servers.push(server);
    return (server.address() as AddressInfo).port;
  }

  const get = (port: number, headers: Record<string, string>) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      const request = httpRequest({ host: "127.0.0.1", port, path: "/roles/cto", headers }, (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (body += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
      });
      request.on("error", reject);
      request.end();
    });

  it("refuses every other host with a 421, and gives the pages its scheme and host", async () => {
    const port = await serve({ PUBLIC_ORIGIN: "https://atlas.example.org" });
    expect(await get(port, { Host: "atlas.example.org" })).toEqual({ status: 200, body: "https://atlas.example.org/roles/cto" });
    expect(await get(port, { Host: "ATLAS.example.org" })).toMatchObject({ status: 200 });
    const evil = await get(port, { Host: "evil.example" });
    expect(evil.status).toBe(421);
    expect(evil.body).toContain("https://atlas.example.org");
  });

  it("behind a trusted proxy, judges the forwarded host, and takes only http or https as the forwarded scheme", async () => {
    const port = await serve({ PUBLIC_ORIGIN: "https://atlas.example.org", TRUST_PROXY: true, TRUST_PROXY_HOPS: 1 });
    expect(await get(port, { Host: "10.0.0.5:3000", "X-Forwarded-Host": "atlas.example.org", "X-Forwarded-Proto": "https" })).toEqual({
      status: 200,
      body: "https://atlas.example.org/roles/cto",
    });
    expect((await get(port, { Host: "10.0.0.5:3000", "X-Forwarded-Host": "evil.example" })).status).toBe(421);
    expect((await get(port, { Host: "atlas.example.org", "X-Forwarded-Proto": "javascript" })).status).toBe(400);
  });

  it("unset, links follow the Host, and a Host no URL can hold is a 400, not a 500", async () => {
    const port = await serve({});
    expect(await get(port, { Host: "localhost:3000" })).toEqual({ status: 200, body: "http://localhost:3000/roles/cto" });
    for (const host of ["127.0.0.1:99999", "[:::::]"]) expect((await get(port, { Host: host })).status, host).toBe(400);
  });
});

describe("guardedBy reads the path as React Router routes it", () => {
  it("guards a lesson lookup in any spelling: /LESSONS/<code> went past a spent limit", () => {
    for (const path of ["/LESSONS/abcdefghjk", "/lesson%73/abcdefghjk", "/Lessons/abcdefghjk/handout", "/lessons/abcdefghjk/"]) {
      expect(guardedBy("GET", path), path).toBe("lessonLookupMisses");
    }
    expect(guardedBy("POST", "/Lessons/New")).toBe("lessonCreation");
  });
});
