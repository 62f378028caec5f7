import type { AddressInfo } from "node:net";
import { createServer, request as httpRequest } from "node:http";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseEnv } from "~/lib/env.server";
import { clientKey } from "~/lib/rate-limit.server";
import { guardedBy } from "../../server/rate-limit";
import { cspNonce, securityHeaders, strictTransportSecurityOverHttps } from "../../server/security";

describe("clientKey", () => {
  it("counts an IPv4 client by its address, also when Node reports it IPv4-mapped", () => {
    expect(clientKey("203.0.113.9")).toBe("203.0.113.9");
    expect(clientKey("::ffff:203.0.113.9")).toBe("203.0.113.9");
  });

  it("counts an IPv6 client by its /64, however the address is written (a client picks any address in its /64)", () => {
    expect(clientKey("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(clientKey("2001:0db8:0001:0002:ffff:ffff:ffff:ffff")).toBe("2001:db8:1:2::/64");
    expect(clientKey("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(clientKey("::1")).toBe("0:0:0:0::/64");
  });

  it("gives requests without an address (a closed socket) one shared key", () => {
    expect(clientKey(undefined)).toBe("unknown");
  });
});

describe("guardedBy: the requests the shell refuses once a client's limit is spent", () => {
  it("guards the lesson form's POST, from a document or a hydrated page (.data)", () => {
    expect(guardedBy("POST", "/lessons/new")).toBe("lessonCreation");
    expect(guardedBy("POST", "/lessons/new.data")).toBe("lessonCreation");
    expect(guardedBy("GET", "/lessons/new")).toBeUndefined();
  });

  it("guards every lesson lookup by code or edit link, and nothing else", () => {
    const pages = ["", "/edit", "/saved", "/handout"].map((page) => `/lessons/ABCDEFGHJK${page}`);
    for (const path of pages.flatMap((page) => [page, `${page}.data`])) {
      expect(guardedBy("GET", path), path).toBe("lessonLookupMisses");
    }
    expect(guardedBy("POST", "/lessons/ABCDEFGHJK/edit")).toBe("lessonLookupMisses");
    expect(guardedBy("POST", "/lessons/ABCDEFGHJK/forget")).toBe("lessonLookupMisses");
    for (const path of ["/lessons", "/lessons/", "/roles/cto", "/lessons/ABCDEFGHJK/other"])
      expect(guardedBy("GET", path), path).toBeUndefined();
  });
});

describe("TRUST_PROXY_HOPS", () => {
  it("defaults to no proxy; the former TRUST_PROXY=true means one; a contradiction or a bad count is refused by name", () => {
    expect(parseEnv({})).toMatchObject({ TRUST_PROXY_HOPS: 0, TRUST_PROXY: false });
    expect(parseEnv({ TRUST_PROXY: "true" })).toMatchObject({ TRUST_PROXY_HOPS: 1, TRUST_PROXY: true });
    expect(parseEnv({ TRUST_PROXY_HOPS: "2" })).toMatchObject({ TRUST_PROXY_HOPS: 2, TRUST_PROXY: true });
    expect(() => parseEnv({ TRUST_PROXY_HOPS: "0", TRUST_PROXY: "true" })).toThrow(/TRUST_PROXY: contradicts TRUST_PROXY_HOPS/);
    expect(() => parseEnv({ TRUST_PROXY_HOPS: "all" })).toThrow(/TRUST_PROXY_HOPS: must be a number of proxies/);
    expect(() => parseEnv({ TRUST_PROXY_HOPS: "-1" })).toThrow(/TRUST_PROXY_HOPS: must be between 0 and 10/);
  });
});

/** A bare Express app with the server's proxy setting and headers, answering with what it took the client to be. */
function probeServer(hops: string | undefined) {
  const config = parseEnv(hops === undefined ? {} : { TRUST_PROXY_HOPS: hops });
  const app = express();
  app.set("trust proxy", config.TRUST_PROXY_HOPS);
  app.use(cspNonce(), securityHeaders(config), strictTransportSecurityOverHttps());
  app.get("/", (req, res) => void res.json({ ip: req.ip, key: clientKey(req.ip) }));
  return createServer(app);
}

function get(server: ReturnType<typeof createServer>, headers: Record<string, string>) {
  const { port } = server.address() as AddressInfo;
  return new Promise<{ body: { ip: string; key: string }; headers: Record<string, unknown> }>((resolve, reject) => {
    httpRequest({ host: "127.0.0.1", port, path: "/", headers }, (res) => {
      let text = "";
      res.on("data", (chunk: Buffer) => (text += chunk.toString()));
      res.on("end", () => resolve({ body: JSON.parse(text) as { ip: string; key: string }, headers: res.headers }));
    })
      .on("error", reject)
      .end();
  });
}

describe("the client address and headers behind 0, 1 and 2 proxies (real HTTP on 127.0.0.1)", () => {
  const servers = { none: probeServer(undefined), one: probeServer("1"), two: probeServer("2") };
  beforeAll(() => Promise.all(Object.values(servers).map((s) => new Promise<void>((ok) => s.listen(0, "127.0.0.1", ok)))));
  afterAll(() => Promise.all(Object.values(servers).map((s) => new Promise((ok) => s.close(ok)))));

  it("takes the entry that many hops from the right; whatever the client wrote further left is ignored", async () => {
    // The client forged "6.6.6.6"; one proxy appended the address it saw (198.51.100.7), a second one its peer's.
    const forwarded = { "X-Forwarded-For": "6.6.6.6, 198.51.100.7, 10.0.0.2" };
    expect((await get(servers.none, forwarded)).body.ip).toBe("127.0.0.1");
    expect((await get(servers.one, forwarded)).body.ip).toBe("10.0.0.2");
    expect((await get(servers.two, forwarded)).body.ip).toBe("198.51.100.7");
    // Rotating the forged entries changes nothing: the limiter's key stays the proxy-written one.
    const keys = new Set<string>();
    for (const forged of ["1.1.1.1", "2.2.2.2", "3.3.3.3, 4.4.4.4"]) {
      keys.add((await get(servers.two, { "X-Forwarded-For": `${forged}, 198.51.100.7, 10.0.0.2` })).body.key);
    }
    expect([...keys]).toEqual(["198.51.100.7"]);
  });

  it("sends X-Frame-Options DENY with frame-ancestors 'none', and HSTS only for HTTPS through a trusted proxy, never for loopback", async () => {
    const plain = await get(servers.one, { Host: "atlas.example" });
    expect(plain.headers["x-frame-options"]).toBe("DENY");
    expect(String(plain.headers["content-security-policy"])).toContain("frame-ancestors 'none'");
    expect(plain.headers["strict-transport-security"]).toBeUndefined();
    const https = await get(servers.one, { Host: "atlas.example", "X-Forwarded-Proto": "https" });
    expect(https.headers["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
    // Without a trusted proxy, X-Forwarded-Proto is the client's word.
    expect(
      (await get(servers.none, { Host: "atlas.example", "X-Forwarded-Proto": "https" })).headers["strict-transport-security"],
    ).toBeUndefined();
    for (const host of ["localhost:3000", "127.0.0.1:3000", "app.localhost", "[::1]:3000"]) {
      const answer = await get(servers.one, { Host: host, "X-Forwarded-Proto": "https" });
      expect(answer.headers["strict-transport-security"], host).toBeUndefined();
    }
  });
});
