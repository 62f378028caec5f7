/**
 * A lesson form whose body stops arriving (issue 13, item 7; ADR 018, amendment of 2026-12-07, later): the server's
 * request bound (server/http-server.ts, here 1 s) answers 408 and closes the connection, and the lesson actions, which
 * read the body as @react-router/express hands it to React Router (a web stream over the Node request), save nothing of
 * what did arrive, even when that part is a whole, valid form. What would break: a body stream that ended cleanly when
 * its connection was cut would hand the action the truncated form, and a lesson would be created or changed from it.
 */
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { createReadableStreamFromReadable } from "@react-router/node";
import express, { type Request as ExpressRequest, type Response as ExpressResponse, type NextFunction } from "express";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createLessonBundle, findLessonMadeWithToken, getLessonBundleForEdit } from "~/features/lessons/queries.server";
import { action as newLessonAction } from "~/routes/lessons.new";
import { action as editAction } from "~/routes/lessons.$code_.edit";
import { handleError } from "../../server/errors";
import { createHttpServer } from "../../server/http-server";
import { closeWhenBodyUnread } from "../../server/request-hygiene";
import { rawExchange, requestHead } from "../outage/raw-socket";
import { sql } from "drizzle-orm";
import { describeEachDriver, rowsOf } from "./harness";
import { routeArgs } from "./route-args";

const BOUND_SECONDS = 1;

/** What a lesson save writes: the lessons, their roles and questions, and the rate limits' counts. */
const WRITTEN_TABLES = ["lesson_bundles", "lesson_bundle_roles", "lesson_bundle_questions", "rate_limit_counters"];

describeEachDriver("a lesson form cut short by the request bound", { seed: true }, (ctx) => {
  let server: Server;
  let port: number;
  /** Requests whose action has finished (answered or failed), by X-Test-Request. */
  const settled = new Set<string>();

  /** A route action served as @react-router/express serves it: the body as a stream, aborted when the response closes. */
  const serve =
    (action: (args: ReturnType<typeof routeArgs<{ code: string }>>) => Promise<unknown>) =>
    (req: ExpressRequest, res: ExpressResponse, next: NextFunction) => {
      const controller = new AbortController();
      res.on("close", () => controller.abort());
      const request = new Request(`http://127.0.0.1:${port}${req.originalUrl}`, {
        method: "POST",
        headers: req.headers as Record<string, string>,
        body: createReadableStreamFromReadable(req),
        duplex: "half",
        signal: controller.signal,
      } as RequestInit);
      action(routeArgs(request, { code: req.params.code ?? "" }, { clientIp: req.ip }))
        .then(async (answer) => {
          if (!(answer instanceof Response)) throw new Error("the test expects a lesson action to answer with a Response here");
          res.status(answer.status);
          answer.headers.forEach((value, name) => res.setHeader(name, value));
          res.send(await answer.text());
        })
        .catch((error: unknown) => (error instanceof Response ? res.status(error.status).send() : next(error)))
        .finally(() => settled.add(req.get("x-test-request") ?? ""));
    };

  beforeAll(async () => {
    const app = express();
    app.use(closeWhenBodyUnread());
    app.post("/lessons/new", serve(newLessonAction));
    app.post("/lessons/:code/edit", serve(editAction));
    // The shell's last word: the action's failed read reaches it, and it must log nothing (an unexpected console.error
    // fails the test).
    app.use(handleError);
    server = createHttpServer(app, { requestTimeoutSeconds: BOUND_SECONDS }).listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  /** Every row of the tables a save writes, ordered. */
  const written = async () => {
    const rows: Record<string, unknown[]> = {};
    for (const table of WRITTEN_TABLES) {
      const result = await ctx.db.execute(sql.raw(`select to_jsonb(t) as row from "${table}" t order by to_jsonb(t)::text`));
      rows[table] = rowsOf<{ row: unknown }>(result).map((r) => r.row);
    }
    return rows;
  };

  /** Sends the head of a POST announcing more than `body`, then `body`, then nothing more. */
  const stalledPost = (path: string, tag: string, body: string) =>
    rawExchange(
      port,
      requestHead(`POST ${path} HTTP/1.1`, {
        Host: `127.0.0.1:${port}`,
        Origin: `http://127.0.0.1:${port}`,
        "Content-Type": "application/x-www-form-urlencoded",
        "Content-Length": body.length + 100,
        "X-Test-Request": tag,
      }) + body,
    );

  it("a new lesson's form cut short gets a 408 and creates nothing; the same form sent whole then creates the lesson", async () => {
    const createToken = "cut-short-creation-token-".padEnd(43, "x");
    const form = new URLSearchParams({
      title: "A lesson cut short",
      vintage: "2024-34",
      roles: "software-engineer",
      createToken,
    }).toString();
    const before = await written();
    const exchange = await stalledPost("/lessons/new", "new", form);
    expect(exchange.statusLine).toBe("HTTP/1.1 408 Request Timeout");
    expect(exchange.closedAfterMs).toBeLessThan(BOUND_SECONDS * 1_000 + 2_000);
    await expect.poll(() => settled.has("new"), { timeout: 2_000 }).toBe(true);
    expect(await written(), "the database after the cut-off form").toEqual(before);
    // Sent whole, the same form (and token) makes a new lesson, not a replay of one the cut-off send made.
    const whole = await fetch(`http://127.0.0.1:${port}/lessons/new`, {
      method: "POST",
      redirect: "manual",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: `http://127.0.0.1:${port}`, "X-Test-Request": "whole" },
      body: form,
    });
    expect(whole.status).toBe(303);
    expect(whole.headers.get("location")).toMatch(/^\/lessons\/[0-9a-z]{10}\/saved$/);
    expect(await findLessonMadeWithToken({ createToken })).toMatchObject({ ok: true, title: "A lesson cut short" });
  });

  it("an edit cut short gets a 408 and changes nothing", async () => {
    const made = await createLessonBundle({
      input: {
        title: "Saved before the edit",
        note: "",
        vintage: "2024-34",
        roles: ["software-engineer"],
        questions: [],
        ownQuestions: [],
      },
    });
    if (!made.ok) throw new Error("the lesson was not created");
    const before = await written();
    const edit = new URLSearchParams({
      title: "Changed by a cut-off edit",
      vintage: "2024-34",
      roles: "data-scientist",
      version: "1",
    }).toString();
    const exchange = await stalledPost(`/lessons/${made.code}/edit?key=${made.secret}`, "edit", edit);
    expect(exchange.statusLine).toBe("HTTP/1.1 408 Request Timeout");
    await expect.poll(() => settled.has("edit"), { timeout: 2_000 }).toBe(true);
    expect(await written(), "the database after the cut-off edit").toEqual(before);
    expect((await getLessonBundleForEdit({ code: made.code, secret: made.secret }))?.title).toBe("Saved before the edit");
    // Sent whole, the same edit is saved: what stopped the cut-off one was its missing end, not the form.
    const whole = await fetch(`http://127.0.0.1:${port}/lessons/${made.code}/edit?key=${made.secret}`, {
      method: "POST",
      redirect: "manual",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: `http://127.0.0.1:${port}` },
      body: edit,
    });
    expect(whole.status).toBe(303);
    expect((await getLessonBundleForEdit({ code: made.code, secret: made.secret }))?.title).toBe("Changed by a cut-off edit");
  });
});
