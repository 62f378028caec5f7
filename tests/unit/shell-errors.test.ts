import { request as httpRequest } from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { DatabaseUnavailableError } from "~db/availability";
import { handleError } from "../../server/errors";
import { isApiPath } from "../../server/request-hygiene";
import { validHostHeader } from "../../server/security";
import type { Env } from "~/lib/env.server";

/**
 * The errors the Express shell answers itself (server/errors.ts, server/security.ts): under /api/v1/ each is a
 * problem+json, as every other answer of the API (docs/decisions/020); on a page, short plain text.
 */
describe("the shell's own error answers", () => {
  let base: string;
  let close: () => void;
  beforeAll(async () => {
    const app = express();
    app.use(validHostHeader({ TRUST_PROXY: false } as Env));
    app.get("*/outage", () => {
      throw new DatabaseUnavailableError("connection refused");
    });
    app.get("*/crash", () => {
      throw new Error("a bug");
    });
    // As in server/app.ts: the `*` route decodes its parameter, and a broken %-escape is a URIError with status 400.
    app.all("*", (_req, res) => void res.status(200).send("reached the app"));
    app.use(handleError);
    const server = app.listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => server.close();
  });
  afterAll(() => close());

  const get = async (path: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`${base}${path}`, { headers });
    return {
      status: response.status,
      type: response.headers.get("content-type"),
      cors: response.headers.get("access-control-allow-origin"),
      body: await response.text(),
    };
  };

  // A counselor's pass (2026-12-06): /api/v1/roles/%ZZ answered 400 as text/plain, the API's one error that was not a
  // problem. What would break: an API client that reads problem+json getting text it cannot parse.
  it("answers a broken %-escape in an API path with a 400 problem+json, and on a page with plain text", async () => {
    for (const path of ["/api/v1/roles/%ZZ", "/api/v1/occupations/%E0%A4%A", "/API/v1/roles/%ZZ", "/api/v%31/roles/%ZZ"]) {
      const answer = await get(path);
      expect([answer.status, answer.type, answer.cors], path).toEqual([400, "application/problem+json; charset=utf-8", "*"]);
      expect(JSON.parse(answer.body), path).toEqual({
        type: "about:blank",
        title: "Bad Request",
        status: 400,
        detail: "This address has a broken %-escape in its path: a %-escape must spell UTF-8 text, as encodeURIComponent writes it.",
      });
    }
    const page = await get("/roles/%ZZ");
    expect([page.status, page.type]).toEqual([400, "text/plain; charset=utf-8"]);
    expect(page.body).toContain("broken %-escape");
  });

  it("answers an outage, a bug and a bad Host header under /api/v1/ as problems too", async () => {
    const outage = await get("/api/v1/roles/outage");
    expect([outage.status, outage.type, JSON.parse(outage.body).title]).toEqual([
      503,
      "application/problem+json; charset=utf-8",
      "Service Unavailable",
    ]);
    expect((await get("/roles/outage")).type).toBe("text/plain; charset=utf-8");
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const crash = await get("/api/v1/roles/crash");
    expect([crash.status, crash.type, JSON.parse(crash.body).detail]).toEqual([
      500,
      "application/problem+json; charset=utf-8",
      "Something went wrong on our side. Please try again in a moment.",
    ]);
    expect(logged).toHaveBeenCalledTimes(1);
    // fetch() always sends a valid Host: a plain node request sends any.
    const badHost = await new Promise<{ status: number; type: string | undefined }>((resolve, reject) => {
      const request = httpRequest(`${base}/api/v1/roles`, { headers: { Host: "not a host" } }, (response) => {
        response.resume();
        resolve({ status: response.statusCode ?? 0, type: response.headers["content-type"] });
      });
      request.on("error", reject);
      request.end();
    });
    expect(badHost).toEqual({ status: 400, type: "application/problem+json; charset=utf-8" });
    // The API's prefix is read through escapes of ASCII characters, even beside a broken one.
    expect(["/api/v1/roles", "/api/v%31/roles/%ZZ", "/api/v1", "/apis/v1"].map(isApiPath)).toEqual([true, true, true, false]);
    // Judged by the path's canonical spelling (server/canonical-path.ts), the one GETs are redirected to: a doubled or
    // trailing slash is the API's, an escaped slash is not (React Router routes "/api%2Fv1/roles" to the 404 page).
    expect(["//api/v1/roles", "/API/V1/", "/api%2Fv1/roles", "/api/v1%2Froles"].map(isApiPath)).toEqual([true, true, false, false]);
  });
});
