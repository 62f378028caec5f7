import type { AddressInfo } from "node:net";
import { request as httpRequest } from "node:http";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allowedMethods } from "../../server/request-hygiene";
import { action as rolesCsvAction } from "~/routes/roles[.]csv";
import { action as outlookCsvAction } from "~/routes/outlook[.]csv";
import { action as occupationsCsvAction } from "~/routes/occupations[.]csv";
import { action as figuresCsvAction } from "~/routes/occupations_.$code.figures[.csv]";
import { action as chartCsvAction } from "~/routes/roles_.$slug.$chart[.csv]";
import { action as compareCsvAction } from "~/routes/compare[.]csv";
import { action as bulkDownloadAction } from "~/routes/data_.$file";
import { action as titlesAction } from "~/routes/api.titles";

/**
 * A method other than GET, HEAD or OPTIONS at a read-only address. Under /api/v1/ the shell answers it as the API
 * answers its other errors; a CSV file or the dataset answers from its route's `action`. Both reached React Router
 * before, which answered 405 `{"message":"Unexpected Server Error"}` in JSON with no `Allow`.
 */
describe("the JSON API's methods (the shell, server/request-hygiene.ts)", () => {
  let base: string;
  let close: () => void;
  beforeAll(async () => {
    const app = express();
    app.use(allowedMethods());
    // Stands for React Router: whatever passes the shell reaches it.
    app.all("*", (_req, res) => void res.status(200).send("reached the app"));
    const server = app.listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => server.close();
  });
  afterAll(() => close());

  /** fetch() refuses TRACE: a plain node request sends any method. */
  function send(method: string, path: string): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
    return new Promise((resolve, reject) => {
      const request = httpRequest(`${base}${path}`, { method }, (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (body += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
      });
      request.on("error", reject);
      request.end();
    });
  }

  it("answers any method but GET, HEAD and OPTIONS with a 405 problem+json, Allow: GET, HEAD, OPTIONS", async () => {
    // React Router routes whatever the case and after decoding: "/API/v1/roles" and "/api/v%31/roles" are the API too
    // (a review found both took the pages' POST and reached React Router's "Unexpected Server Error").
    for (const path of [
      "/api/v1/roles",
      "/api/v1/roles/back-end-developer",
      "/api/v1/openapi.json",
      "/api/v1/nothing-here",
      "/API/v1/roles",
      "/api/v%31/roles",
    ]) {
      for (const method of ["POST", "PUT", "DELETE", "PATCH", "TRACE"]) {
        const answer = await send(method, path);
        expect(answer.status, `${method} ${path}`).toBe(405);
        expect(answer.headers["content-type"], `${method} ${path}`).toBe("application/problem+json; charset=utf-8");
        expect(answer.headers.allow, `${method} ${path}`).toBe("GET, HEAD, OPTIONS");
        expect(answer.headers["access-control-allow-origin"]).toBe("*");
        expect(JSON.parse(answer.body)).toEqual({
          type: "about:blank",
          title: "Method Not Allowed",
          status: 405,
          detail: `This address answers GET, HEAD, OPTIONS requests only, not ${method}.`,
        });
      }
    }
  });

  it("answers OPTIONS as a CORS preflight with the API's own Allow, and lets GET and HEAD through", async () => {
    const options = await send("OPTIONS", "/api/v1/roles");
    expect(options.status).toBe(204);
    expect(options.headers.allow).toBe("GET, HEAD, OPTIONS");
    expect(options.headers["access-control-allow-methods"]).toBe("GET, HEAD");
    for (const method of ["GET", "HEAD"]) expect((await send(method, "/api/v1/roles")).status, method).toBe(200);
  });

  it("keeps the pages' rule: forms may POST, other methods are a plain 405", async () => {
    expect((await send("POST", "/lessons/new")).status).toBe(200);
    const put = await send("PUT", "/roles");
    expect(put.status).toBe(405);
    expect(put.headers.allow).toBe("GET, HEAD, POST");
    expect(put.headers["content-type"]).toContain("text/plain");
  });
});

describe("the read-only files' actions", () => {
  it("answer a POST with a plain 405 and Allow: GET, HEAD, OPTIONS, as the shell answers a method no page takes", async () => {
    for (const [path, action] of [
      ["/roles.csv", rolesCsvAction],
      ["/outlook.csv", outlookCsvAction],
      ["/occupations.csv", occupationsCsvAction],
      ["/occupations/15-1252/figures.csv", figuresCsvAction],
      ["/roles/back-end-developer/growth.csv", chartCsvAction],
      ["/compare.csv", compareCsvAction],
      ["/data/career-atlas-latest.zip", bulkDownloadAction],
      ["/api/titles", titlesAction],
    ] as const) {
      const answer = action({ request: new Request(`http://localhost${path}`, { method: "POST" }) });
      expect(answer.status, path).toBe(405);
      expect(answer.headers.get("Allow"), path).toBe("GET, HEAD, OPTIONS");
      expect(answer.headers.get("Content-Type"), path).toBe("text/plain; charset=utf-8");
      expect(await answer.text(), path).toBe("This address answers GET, HEAD, OPTIONS requests only, not POST.");
    }
  });
});
