/**
 * The shared rate limits (app/lib/rate-limit.server.ts, ADR 017) on both drivers: counters in rate_limit_counters,
 * shared by every limiter over the same database (two app instances are two store clients), a per-process fallback
 * when the store fails or stalls, and the lesson lookup routes counting misses per client.
 */
import { randomBytes } from "node:crypto";
import { connect, type AddressInfo } from "node:net";
import { createReadableStreamFromReadable } from "@react-router/node";
import { eq, sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import express, { type Request as ExpressRequest, type Response as ExpressResponse } from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { guardPostgres } from "~db/availability";
import { installDatabase, openDatabase, withQueryStats, type Database, type DatabaseHandle } from "~db/client";
import * as schema from "~db/schema";
import { rateLimitCounters } from "~db/schema";
import { SharedRateLimit, rateLimit, rateLimitPolicies, type RateLimitPolicy } from "~/lib/rate-limit.server";
import { action as newLessonAction } from "~/routes/lessons.new";
import { isRetryOfSavedCreation } from "~/features/lessons/creation-retry.server";
import { DRAINED_BODY_BYTES, refuseThrottledClients } from "../../server/rate-limit";
import { closeWhenBodyUnread } from "../../server/request-hygiene";
import { action as editAction, loader as editLoader } from "~/routes/lessons.$code_.edit";
import { loader as studentLoader } from "~/routes/lessons.$code";
import { describeEachDriver } from "./harness";
import { answerOf, routeArgs, thrownResponse } from "./route-args";

function policy(prefix: string, points: number, durationSeconds = 60): RateLimitPolicy {
  return { prefix, points, durationSeconds, message: (s) => `wait ${s} s` };
}

function limiter(p: RateLimitPolicy, db: Database, timeoutMs?: number) {
  return new SharedRateLimit(p, db, { timeoutMs, clearExpired: false });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describeEachDriver("shared rate limits", { seed: false }, (ctx) => {
  /** A second app instance: its own client (a second connection pool on PostgreSQL; PGlite has one per process). */
  async function secondInstance(): Promise<{ db: Database; close: () => Promise<void> }> {
    if (ctx.driver === "pglite") return { db: ctx.db, close: async () => {} };
    const other: DatabaseHandle = await openDatabase(ctx.handle.target);
    return { db: other.db, close: () => other.close() };
  }

  it("two instances on one database share one count: 10 points in all, then both refuse", async () => {
    const other = await secondInstance();
    try {
      const p = policy(`shared-${ctx.driver}`, 10);
      const a = limiter(p, ctx.db);
      const b = limiter(p, other.db);
      const decisions = [];
      for (let i = 0; i < 10; i++) decisions.push(await (i % 2 ? b : a).consume("203.0.113.5"));
      expect(decisions.every((d) => d.allowed)).toBe(true);
      // B has never seen this client over its limit: it learns it from the shared counter.
      expect(await b.check("203.0.113.5")).toMatchObject({ allowed: false });
      const refused = await b.consume("203.0.113.5");
      expect(refused.allowed).toBe(false);
      expect(refused.allowed ? 0 : refused.retryAfterSeconds).toBeGreaterThan(0);
      expect(refused.allowed ? 0 : refused.retryAfterSeconds).toBeLessThanOrEqual(60);
      expect((await a.consume("203.0.113.5")).allowed).toBe(false);
      // Another client, and the same client under another policy, are counted apart.
      expect((await a.consume("203.0.113.6")).allowed).toBe(true);
      expect((await limiter(policy(`other-${ctx.driver}`, 10), other.db).consume("203.0.113.5")).allowed).toBe(true);
      const [row] = await ctx.db
        .select()
        .from(rateLimitCounters)
        .where(eq(rateLimitCounters.key, `shared-${ctx.driver}:203.0.113.5`));
      // 10 allowed, B's refused 11th, A's refused 12th (A had not yet seen the client over the limit); from then on both
      // refuse from memory without writing.
      expect(row!.points).toBe(12);
      expect((await a.consume("203.0.113.5")).allowed).toBe(false);
      const [after] = await ctx.db
        .select()
        .from(rateLimitCounters)
        .where(eq(rateLimitCounters.key, `shared-${ctx.driver}:203.0.113.5`));
      expect(after!.points).toBe(12);
    } finally {
      await other.close();
    }
  });

  it("concurrent consumes from two instances never let more than the limit through (one atomic upsert each)", async () => {
    const other = await secondInstance();
    try {
      const p = policy(`race-${ctx.driver}`, 10);
      const a = limiter(p, ctx.db);
      const b = limiter(p, other.db);
      const decisions = await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? b : a).consume("198.51.100.20")));
      expect(decisions.filter((d) => d.allowed)).toHaveLength(10);
    } finally {
      await other.close();
    }
  });

  it("lets the page give the first refusal itself when the policy says so; the shell refuses the ones after it", async () => {
    const l = limiter({ ...policy(`page-first-${ctx.driver}`, 2), pageRefusesFirst: true }, ctx.db);
    const strict = limiter(policy(`page-first-${ctx.driver}`, 2), ctx.db);
    await l.consume("192.0.2.30");
    await l.consume("192.0.2.30");
    expect(await l.check("192.0.2.30")).toEqual({ allowed: true });
    expect(await strict.check("192.0.2.30")).toMatchObject({ allowed: false });
    expect((await l.consume("192.0.2.30")).allowed).toBe(false);
    expect(await l.check("192.0.2.30")).toMatchObject({ allowed: false });
  });

  it("reads a spent client's counter once per process: later checks are answered from memory", async () => {
    const other = await secondInstance();
    try {
      const p = policy(`remember-${ctx.driver}`, 2);
      const a = limiter(p, ctx.db);
      await a.consume("192.0.2.40");
      await a.consume("192.0.2.40");
      // B never consumed for this client: its first check reads the counter, the next ones do not.
      const b = limiter(p, other.db);
      const first = await withQueryStats(() => b.check("192.0.2.40"));
      expect(first.result).toMatchObject({ allowed: false });
      expect(first.queries).toBe(1);
      const again = await withQueryStats(() => b.check("192.0.2.40"));
      expect(again.result).toMatchObject({ allowed: false });
      expect(again.queries).toBe(0);
    } finally {
      await other.close();
    }
  });

  it("counts an IPv6 client by its /64: rotating addresses inside it does not help", async () => {
    const l = limiter(policy(`v6-${ctx.driver}`, 3), ctx.db);
    const answers = [];
    for (const ip of ["2001:db8:5:6::1", "2001:db8:5:6::2", "2001:db8:5:6:ffff::9", "2001:db8:5:6:1:2:3:4"])
      answers.push((await l.consume(ip)).allowed);
    expect(answers).toEqual([true, true, true, false]);
  });

  it("starts a new window when the old one ends", async () => {
    const l = limiter(policy(`window-${ctx.driver}`, 2, 1), ctx.db);
    expect((await l.consume("192.0.2.1")).allowed).toBe(true);
    expect((await l.consume("192.0.2.1")).allowed).toBe(true);
    expect((await l.consume("192.0.2.1")).allowed).toBe(false);
    await sleep(1_100);
    expect(await l.check("192.0.2.1")).toEqual({ allowed: true });
    expect((await l.consume("192.0.2.1")).allowed).toBe(true);
  });

  it("when the store stalls, decides within its timeout from the per-process count instead (no hang, no free pass)", async () => {
    const l = limiter(policy(`stall-${ctx.driver}`, 3), ctx.db, 200);
    // Another transaction holds the counter row (on PGlite, the whole database) for 1.5 s.
    await ctx.db
      .insert(rateLimitCounters)
      .values({ key: `stall-${ctx.driver}:192.0.2.9`, points: 0, expire: new Date(Date.now() + 60_000) });
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const holder = ctx.db.transaction(async (tx) => {
      await tx.execute(sql`select * from rate_limit_counters where key = ${`stall-${ctx.driver}:192.0.2.9`} for update`);
      await Promise.race([held, sleep(1_500)]);
    });
    await sleep(50);
    const started = performance.now();
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push((await l.consume("192.0.2.9")).allowed);
    const ms = performance.now() - started;
    release();
    await holder;
    expect(answers).toEqual([true, true, true, false]);
    expect(ms).toBeLessThan(4 * 200 + 400);
  });

  it("when the store fails (the database is gone), limits per process instead of failing or letting everyone through", async () => {
    // A PostgreSQL client whose server is not there (nothing listens on port 9 of 127.0.0.1): every query fails at once.
    const client = postgres("postgres://atlas@127.0.0.1:9/atlas", { connect_timeout: 1, max: 1, onnotice: () => {} });
    const gone = drizzle(client, { schema }) as unknown as Database;
    const l = limiter(policy(`down-${ctx.driver}`, 2), gone);
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push((await l.consume("192.0.2.50")).allowed);
    expect(answers).toEqual([true, true, false]);
    expect(await l.check("192.0.2.50")).toMatchObject({ allowed: false });
    await client.end({ timeout: 1 });
  });
});

describeEachDriver("lesson lookups count misses per client", { seed: true }, (ctx) => {
  const misses = rateLimitPolicies().lessonLookupMisses.points;
  const unknownCode = (i: number) => `zz${String(i).padStart(8, "0")}`;
  const lookup = (code: string, clientIp: string) =>
    thrownResponse(() => studentLoader(routeArgs(`/lessons/${code}`, { code }, { clientIp })));

  it(`answers ${misses} unknown codes with 404, then 429 with Retry-After; another client is unaffected`, async () => {
    const ip = `198.51.100.${ctx.driver === "pglite" ? 1 : 2}`;
    for (let i = 0; i < misses; i++) expect((await lookup(unknownCode(i), ip)).status).toBe(404);
    const limited = await lookup(unknownCode(misses), ip);
    expect(limited.status).toBe(429);
    const retryAfter = Number(limited.headers.get("Retry-After"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(await limited.text()).toMatch(
      /^Too many lesson codes or edit links that open nothing came from your network\. Try again in \d+ seconds\.$/,
    );
    expect((await lookup(unknownCode(0), "198.51.100.99")).status).toBe(404);
    // Malformed codes never reach the database, so they cost nothing (and still answer the one 404).
    expect((await lookup("not-a-code", "198.51.100.99")).status).toBe(404);
  });

  it("counts wrong edit links (loader and action) the same way", async () => {
    const ip = "192.0.2.77";
    const code = unknownCode(1);
    const edit = (i: number) =>
      thrownResponse(() =>
        i % 2
          ? editLoader(routeArgs(`/lessons/${code}/edit?key=wrong${i}`, { code }, { clientIp: ip }))
          : editAction(
              routeArgs(
                new Request(`http://localhost/lessons/${code}/edit?key=wrong${i}`, {
                  method: "POST",
                  headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: "http://localhost" },
                  body: "title=x",
                }),
                { code },
                { clientIp: ip },
              ),
            ),
      );
    for (let i = 0; i < misses; i++) expect((await edit(i)).status).toBe(403);
    expect((await edit(misses)).status).toBe(429);
    // The student page shares the count: the client is refused there too until its window ends.
    expect((await lookup(unknownCode(2), ip)).status).toBe(429);
  });
});

/**
 * The shell's gate (server/rate-limit.ts) in front of the lesson action over real HTTP, as server/app.ts orders them:
 * the body reaches the action as @react-router/express hands it to React Router, read from the Node request as a stream
 * (createReadableStreamFromReadable), so a body the gate read must still be there. A client whose first send committed
 * but timed out, on a network whose creations are now spent, got the gate's plain-text 429 on every retry until its
 * window ended, although the action would have answered the retry with its lesson without taking a point (ADR 018,
 * amendments of 2026-12-06). The gate's reading of a spent client's body is bounded in bytes, kind and time, and ends
 * when the client leaves (amendment of 2026-12-07); requests written by hand (rawPost) send part of a body, or leave.
 */
describeEachDriver("the shell's lesson-creation gate over HTTP", { seed: true }, (ctx) => {
  let base: string;
  /**
   * The gate as server/app.ts has it, waiting BODY_DEADLINE_MS (5 s) for a body: longer than the tests here wait for an
   * answer (2 s), so a gate that waited for a body it should not read fails them. hastyPort's waits
   * BODY_DEADLINE_IN_TESTS_MS, for the tests of the deadline and of clients that leave.
   */
  let port: number;
  let hastyPort: number;
  const closers: (() => void)[] = [];
  /** Every form the gate asked the app about (isRetryOfSavedCreation), in order. */
  const asked: URLSearchParams[] = [];
  /** While set, the gate's question to the app waits for it. */
  let asksWaitFor: Promise<void> | undefined;
  /** The requests that reached the lesson action, by their X-Test-Request. */
  const reached = new Set<string>();
  /**
   * Each request by its X-Test-Request as the gate got it: the listeners its stream had then, whether anything was
   * written as its answer, and the events listened for once its client had left (a listener that is never called).
   */
  const seen = new Map<string, { req: ExpressRequest; listeners: Record<string, number>; answered: boolean; listenedWhenGone: string[] }>();
  const BODY_DEADLINE_IN_TESTS_MS = 300;

  async function startGate(bodyDeadlineMs: number | undefined): Promise<number> {
    const app = express();
    // Each test is its own client by X-Forwarded-For, as behind one proxy (TRUST_PROXY_HOPS=1).
    app.set("trust proxy", 1);
    app.use(closeWhenBodyUnread());
    app.use((req, res, next) => {
      const tag = req.get("x-test-request");
      if (tag) {
        const got = { req, listeners: listenersOf(req), answered: false, listenedWhenGone: [] as string[] };
        seen.set(tag, got);
        const end = res.end;
        res.end = function (this: ExpressResponse, ...args: Parameters<typeof end>) {
          got.answered = true;
          return end.apply(this, args);
        } as typeof end;
        const on = req.on;
        req.on = req.addListener = function (this: ExpressRequest, event: string | symbol, listener: (...args: unknown[]) => void) {
          if (this.destroyed) got.listenedWhenGone.push(String(event));
          return on.call(this, event, listener);
        } as typeof on;
      }
      // The gate starts once the client has left, as when it leaves while the gate reads its counter.
      if (req.get("x-test-hold") === "until-gone") return void req.once("close", () => next());
      next();
    });
    app.use(
      refuseThrottledClients({
        isRetryOfSavedCreation: async (form) => {
          asked.push(form);
          await asksWaitFor;
          return isRetryOfSavedCreation(form);
        },
        bodyDeadlineMs,
      }),
    );
    app.post("/lessons/new", (req, res, next) => {
      const tag = req.get("x-test-request");
      if (tag) reached.add(tag);
      const request = new Request(`http://localhost${req.originalUrl}`, {
        method: "POST",
        headers: req.headers as Record<string, string>,
        body: createReadableStreamFromReadable(req),
        duplex: "half",
      } as RequestInit);
      newLessonAction(routeArgs(request, {}, { clientIp: req.ip }))
        .then(async (answer) => {
          if (answer instanceof Response) {
            res.status(answer.status);
            answer.headers.forEach((value, name) => res.setHeader(name, value));
            return void res.send(await answer.text());
          }
          res.status(answer.init?.status ?? 200).json(answer.data);
        })
        .catch(next);
    });
    const server = app.listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    closers.push(() => server.close());
    return (server.address() as AddressInfo).port;
  }
  beforeAll(async () => {
    port = await startGate(undefined);
    base = `http://127.0.0.1:${port}`;
    hastyPort = await startGate(BODY_DEADLINE_IN_TESTS_MS);
  });
  afterAll(() => closers.forEach((close) => close()));

  const send = async (client: string, fields: Record<string, string>) => {
    const form = new URLSearchParams({ title: "Made before the limit", vintage: "2024-34", roles: "software-engineer", ...fields });
    const response = await fetch(`${base}/lessons/new`, {
      method: "POST",
      redirect: "manual",
      headers: { "Content-Type": "application/x-www-form-urlencoded", "X-Forwarded-For": client },
      body: form.toString(),
    });
    return {
      status: response.status,
      type: response.headers.get("content-type"),
      location: response.headers.get("location"),
      cookie: response.headers.get("set-cookie"),
      body: await response.text(),
    };
  };
  const pointsOf = async (client: string) =>
    (
      await ctx.db
        .select()
        .from(rateLimitCounters)
        .where(eq(rateLimitCounters.key, `lesson-create:${client}`))
    )[0]?.points;
  const lessonCount = async () => (await ctx.db.select({ n: sql<number>`count(*)::int` }).from(schema.lessonBundles))[0]!.n;
  /** A lesson made by `client` with a creation token of its own, after which the client's creations are spent. */
  const spentClientWithSavedCreation = async (client: string) => {
    const token = randomBytes(32).toString("base64url");
    expect((await send(client, { createToken: token })).status).toBe(303);
    const limiter = await rateLimit("lessonCreation");
    for (let i = 0; i < limiter.policy.points; i++) await limiter.consume(client);
    return token;
  };
  /** The lesson form as the page sends it, with a creation token. */
  const lessonForm = (token: string) =>
    new URLSearchParams({ title: "Made before the limit", vintage: "2024-34", roles: "software-engineer", createToken: token }).toString();

  it("lets a retry of a saved creation through to its lesson once the client's creations are spent, taking no point", async () => {
    const client = `203.0.113.${ctx.driver === "pglite" ? 61 : 62}`;
    const token = "k".repeat(43);
    const first = await send(client, { createToken: token });
    expect(first.status).toBe(303);
    const code = /^\/lessons\/([0-9a-z]{10})\/saved$/.exec(first.location ?? "")?.[1];
    expect(code).toBeDefined();
    // The network's other creations spend the window, the last one refused by the form itself (pageRefusesFirst).
    const limiter = await rateLimit("lessonCreation");
    for (let i = 0; i < limiter.policy.points; i++) await limiter.consume(client);
    const spent = await send(client, { createToken: "n".repeat(43) });
    expect([spent.status, spent.type]).toEqual([429, "text/plain; charset=utf-8"]);
    const points = await pointsOf(client);
    const lessons = await lessonCount();

    for (let i = 0; i < 2; i++) {
      const retry = await send(client, { createToken: token });
      expect(retry.status, retry.body).toBe(303);
      expect(retry.location).toBe(`/lessons/${code}/saved?replayed=1`);
      // The same edit key as the first answer: the lesson can still be edited.
      expect(retry.cookie?.split(";")[0]).toBe(first.cookie?.split(";")[0]);
    }
    expect(await pointsOf(client)).toBe(points);
    expect(await lessonCount()).toBe(lessons);
  });

  it("refuses the spent client's other forms as before: a made-up or malformed token, or none, makes nothing", async () => {
    const client = `203.0.113.${ctx.driver === "pglite" ? 63 : 64}`;
    const limiter = await rateLimit("lessonCreation");
    for (let i = 0; i <= limiter.policy.points; i++) await limiter.consume(client);
    const points = await pointsOf(client);
    const lessons = await lessonCount();
    const forms: Record<string, string>[] = [{ createToken: "m".repeat(43) }, { createToken: "short" }, {}];
    for (const fields of forms) {
      const refused = await send(client, fields);
      expect([refused.status, refused.type], JSON.stringify(fields)).toEqual([429, "text/plain; charset=utf-8"]);
      expect(refused.body).toMatch(/^Many lessons were made from your network in the last few minutes\. Try again in \d+ minutes?\.$/);
    }
    expect(await pointsOf(client)).toBe(points);
    expect(await lessonCount()).toBe(lessons);
  });

  // The gate reads a body only when it is an announced, form-sized URL-encoded form: the only kind the page sends, and
  // the only kind whose reading ends in bounded bytes. Anything else from a spent client is refused without asking the
  // app (no database read); a body the gate does not read stays unread, and the connection closes after the 429.

  it("refuses a body announced over the form's 64 KiB without reading it, although it is a retry of a saved creation", async () => {
    const client = `203.0.113.${ctx.driver === "pglite" ? 65 : 66}`;
    const token = await spentClientWithSavedCreation(client);
    const form = lessonForm(token);
    const asks = asked.length;
    // The form and some of the rest: the remainder never comes, so only a gate that does not wait for it answers.
    const post = rawPost(port, {
      client,
      tag: `over-cap-${client}`,
      headers: { "Content-Type": "application/x-www-form-urlencoded", "Content-Length": String(DRAINED_BODY_BYTES + 1) },
      body: `${form}&note=${"x".repeat(1000)}`,
    });
    try {
      const answer = await within(2000, post.answer, "the answer to an over-cap body");
      expect([answer.status, answer.headers["content-type"], answer.headers.connection]).toEqual([
        429,
        "text/plain; charset=utf-8",
        "close",
      ]);
      expect(asked.length).toBe(asks);
      expect(reached.has(`over-cap-${client}`)).toBe(false);
    } finally {
      post.socket.destroy();
    }
  });

  it("refuses a chunked body (no Content-Length) without reading it, although it starts as a retry of a saved creation", async () => {
    const client = `203.0.113.${ctx.driver === "pglite" ? 67 : 68}`;
    const token = await spentClientWithSavedCreation(client);
    const form = lessonForm(token);
    const asks = asked.length;
    // One chunk holding the whole form, and no last chunk: an unannounced body may never end.
    const post = rawPost(port, {
      client,
      tag: `chunked-${client}`,
      headers: { "Content-Type": "application/x-www-form-urlencoded", "Transfer-Encoding": "chunked" },
      body: `${form.length.toString(16)}\r\n${form}\r\n`,
    });
    try {
      const answer = await within(2000, post.answer, "the answer to a chunked body");
      expect([answer.status, answer.headers["content-type"], answer.headers.connection]).toEqual([
        429,
        "text/plain; charset=utf-8",
        "close",
      ]);
      expect(asked.length).toBe(asks);
      expect(reached.has(`chunked-${client}`)).toBe(false);
    } finally {
      post.socket.destroy();
    }
  });

  it("refuses a body of another type (multipart, JSON, plain text) without asking the app, though it carries a saved creation's token", async () => {
    const client = `203.0.113.${ctx.driver === "pglite" ? 69 : 70}`;
    const token = await spentClientWithSavedCreation(client);
    const boundary = "----gate13";
    const bodies = {
      // Its preamble (ignored by multipart readers) reads as the URL-encoded retry: only the type tells them apart.
      [`multipart/form-data; boundary=${boundary}`]: `${lessonForm(token)}\r\n--${boundary}\r\nContent-Disposition: form-data; name="createToken"\r\n\r\n${token}\r\n--${boundary}--\r\n`,
      "application/json": JSON.stringify({ createToken: token, title: "Made before the limit" }),
      "text/plain": lessonForm(token),
    };
    for (const [type, body] of Object.entries(bodies)) {
      const asks = asked.length;
      const tag = `${type.split(";")[0]}-${client}`;
      const post = rawPost(port, {
        client,
        tag,
        headers: { "Content-Type": type, "Content-Length": String(Buffer.byteLength(body)) },
        body,
      });
      try {
        const answer = await within(2000, post.answer, `the answer to a ${type} body`);
        // Read to its end (and dropped), so the connection stays usable.
        expect([answer.status, answer.headers["content-type"], answer.headers.connection], type).toEqual([
          429,
          "text/plain; charset=utf-8",
          "keep-alive",
        ]);
        expect(asked.length, type).toBe(asks);
        expect(reached.has(tag), type).toBe(false);
      } finally {
        post.socket.destroy();
      }
    }
  });

  // Reading a spent client's body is bounded. It stops when the client leaves: the gate kept its listeners on a request
  // whose client left mid-body, and waited forever on one whose client left before the read began. And it ends at its
  // deadline with the 429: it waited for Node's requestTimeout (300 s), holding a socket and up to 64 KiB each time.

  it("stops when the client leaves (before the read, during it, during the look-up, before the answer): no answer, nothing passed on, no listener left", async () => {
    const client = `203.0.113.${ctx.driver === "pglite" ? 71 : 72}`;
    const token = await spentClientWithSavedCreation(client);
    const form = lessonForm(token);
    const whole = { "Content-Type": "application/x-www-form-urlencoded", "Content-Length": String(form.length) };
    const part = { ...whole, "Content-Length": String(form.length + 100) };
    const overCap = { ...whole, "Content-Length": String(DRAINED_BODY_BYTES + 1) };
    const held = { "X-Test-Hold": "until-gone" };
    /** When the client leaves: once the gate has the request (held until then), reads its body, or asks the app. */
    const cases: { when: string; headers: Record<string, string>; leaveOnce: (tag: string, asks: number) => boolean }[] = [
      { when: "before the read", headers: { ...part, ...held }, leaveOnce: (tag) => seen.has(tag) },
      {
        when: "during the read",
        headers: part,
        leaveOnce: (tag) => {
          const got = seen.get(tag);
          return got !== undefined && got.req.listenerCount("data") > got.listeners.data!;
        },
      },
      { when: "during the look-up", headers: whole, leaveOnce: (tag, asks) => seen.has(tag) && asked.length > asks },
      // A body the gate does not read: the 429 would have been its next step.
      { when: "before the answer", headers: { ...overCap, ...held }, leaveOnce: (tag) => seen.has(tag) },
    ];
    for (const { when, headers, leaveOnce } of cases) {
      const tag = `gone-${when}-${client}`;
      const asks = asked.length;
      let release = () => {};
      asksWaitFor = new Promise<void>((resolve) => (release = resolve));
      try {
        const post = rawPost(hastyPort, { client, tag, headers, body: form });
        await within(
          2000,
          until(() => leaveOnce(tag, asks)),
          `the gate's progress ${when}`,
        );
        post.socket.destroy();
        const got = seen.get(tag)!;
        const { req, listeners } = got;
        if (!req.destroyed) await within(2000, new Promise((resolve) => req.once("close", resolve)), `the request's close ${when}`);
        // The read stops with the client, not at its deadline.
        expect(listenersOf(req), when).toEqual(listeners);
        release();
        // Past the deadline, so a timer left running would have fired by now.
        await sleep(2 * BODY_DEADLINE_IN_TESTS_MS);
        expect(got.answered, when).toBe(false);
        expect(got.listenedWhenGone, when).toEqual([]);
        expect(reached.has(tag), when).toBe(false);
        expect(listenersOf(req), when).toEqual(listeners);
        expect(asked.length, when).toBe(when === "during the look-up" ? asks + 1 : asks);
      } finally {
        release();
        asksWaitFor = undefined;
      }
    }
  });

  it("answers a body not whole within its deadline with the 429, unread, and closes the connection (a form read for a retry, or another body)", async () => {
    const client = `203.0.113.${ctx.driver === "pglite" ? 73 : 74}`;
    const token = await spentClientWithSavedCreation(client);
    const form = lessonForm(token);
    const types = ["application/x-www-form-urlencoded", "multipart/form-data; boundary=----gate13"];
    for (const type of types) {
      const tag = `late-${type.split(";")[0]}-${client}`;
      const asks = asked.length;
      // Half of the form, then nothing: a stalled upload, or a client holding the gate's read open.
      const post = rawPost(hastyPort, {
        client,
        tag,
        headers: { "Content-Type": type, "Content-Length": String(form.length) },
        body: form.slice(0, form.length / 2),
      });
      try {
        const closed = new Promise((resolve) => post.socket.once("close", resolve));
        const answer = await within(2000, post.answer, `the answer to a stalled ${type} body`);
        expect([answer.status, answer.headers["content-type"], answer.headers.connection], type).toEqual([
          429,
          "text/plain; charset=utf-8",
          "close",
        ]);
        expect(answer.body, type).toMatch(/^Many lessons were made from your network in the last few minutes\./);
        await within(2000, closed, `the server's close after a stalled ${type} body`);
        const { req, listeners } = seen.get(tag)!;
        expect(listenersOf(req), type).toEqual(listeners);
        expect(asked.length, type).toBe(asks);
        expect(reached.has(tag), type).toBe(false);
      } finally {
        post.socket.destroy();
      }
    }
  });
});

/**
 * The listeners a request stream has for the events the gate listens to, not counting Node's own (its HTTP server adds
 * `clearIncoming` on 'end' when an answer is sent before the request has ended).
 */
function listenersOf(req: ExpressRequest): Record<string, number> {
  return Object.fromEntries(
    ["data", "end", "error", "close"].map((event) => [
      event,
      req.listeners(event).filter((listener) => listener.name !== "clearIncoming").length,
    ]),
  );
}

/** Resolves once `condition` holds, looking every 10 ms. */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await sleep(10);
}

interface RawAnswer {
  status: number;
  /** By lower-case name. */
  headers: Record<string, string>;
  body: string;
}

/**
 * A POST to /lessons/new written by hand on a socket of its own (fetch cannot send part of a body and then wait, or
 * leave): the head with the given headers, then `body` as it is, which may be less than its Content-Length.
 * `answer` settles once the answer's body is in (keep-alive or not) and fails if the connection ends first.
 */
function rawPost(port: number, request: { client: string; tag: string; headers: Record<string, string>; body: string }) {
  const socket = connect(port, "127.0.0.1");
  const head = [
    "POST /lessons/new HTTP/1.1",
    `Host: 127.0.0.1:${port}`,
    `X-Forwarded-For: ${request.client}`,
    `X-Test-Request: ${request.tag}`,
    ...Object.entries(request.headers).map(([name, value]) => `${name}: ${value}`),
  ].join("\r\n");
  socket.write(`${head}\r\n\r\n${request.body}`);
  // Writing the rest of a body to a server that answered and closed fails; the answer is what the test reads.
  socket.on("error", () => {});
  let received = Buffer.alloc(0);
  const answer = new Promise<RawAnswer>((resolve, reject) => {
    socket.on("data", (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      const headEnd = received.indexOf("\r\n\r\n");
      if (headEnd < 0) return;
      const [statusLine, ...lines] = received.subarray(0, headEnd).toString("latin1").split("\r\n");
      const headers = Object.fromEntries(
        lines.map((line) => [line.slice(0, line.indexOf(":")).toLowerCase(), line.slice(line.indexOf(":") + 1).trim()]),
      );
      const body = received.subarray(headEnd + 4);
      if (body.byteLength < Number(headers["content-length"] ?? "0")) return;
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(statusLine!)?.[1]), headers, body: body.toString("utf8") });
    });
    socket.on("close", () =>
      reject(new Error(`the connection closed before a whole answer: ${JSON.stringify(received.toString("latin1"))}`)),
    );
  });
  // A test whose client leaves reads no answer.
  answer.catch(() => {});
  return { socket, answer };
}

/** `promise`, or a failure naming `what` once `ms` have passed without it. */
async function within<T>(ms: number, promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} took over ${ms} ms`)), ms))),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The serving PostgreSQL client behind the fail-fast breaker (db/availability.ts) while its server is gone: the
 * breaker rejects every query at once with its own error. The limits must count per process then (ADR 017), the
 * shell's check must let the request through to its page, and a lesson form must be answered 503 with what was typed
 * (ADR 018), not a 500. Driver-independent: nothing listens on port 9 of 127.0.0.1, so no PostgreSQL is needed.
 */
describe("shared rate limits while the database breaker is open", () => {
  const url = "postgres://atlas@127.0.0.1:9/atlas";
  const client = postgres(url, { connect_timeout: 1, max: 2, onnotice: () => {} });
  const guarded = guardPostgres(client, url, { log: () => {} });
  const db = drizzle(guarded.sql, { schema }) as unknown as Database;

  beforeAll(async () => {
    // A first contact fails and opens the breaker.
    expect(await guarded.availability.check(1000)).toBe(false);
    expect(guarded.availability.down).toBe(true);
    installDatabase({
      db,
      driver: "postgres",
      target: { driver: "postgres", url },
      availability: guarded.availability,
      close: async () => {},
    });
  });
  afterAll(async () => {
    installDatabase(undefined);
    await guarded.availability.close();
    await client.end({ timeout: 1 });
  });

  it("counts per process from the breaker's fast rejection: no error, no free pass, no wait for the store timeout", async () => {
    const l = limiter(policy("breaker", 2), db);
    const started = performance.now();
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push((await l.consume("192.0.2.70")).allowed);
    expect(answers).toEqual([true, true, false]);
    expect(await l.check("192.0.2.70")).toMatchObject({ allowed: false });
    expect(await l.check("192.0.2.71")).toEqual({ allowed: true });
    // The breaker answers at once: far below the 750 ms store timeout per decision.
    expect(performance.now() - started).toBeLessThan(500);
  });

  it("gives the process's limiter while the database is known to be down (it used to throw the pages' 503)", async () => {
    const l = await rateLimit("lessonCreation");
    expect(await l.consume("192.0.2.80")).toEqual({ allowed: true });
  });

  it("lets the shell's check pass a lesson form to its page instead of answering 500", async () => {
    const outcome = await new Promise<unknown>((resolve) => {
      const req = { method: "POST", path: "/lessons/new", ip: "192.0.2.81", get: () => undefined, complete: true };
      const res = { status: () => resolve("answered by the shell") };
      refuseThrottledClients()(req as unknown as ExpressRequest, res as unknown as ExpressResponse, (error?: unknown) =>
        resolve(error ?? "next"),
      );
    });
    expect(outcome).toBe("next");
  });

  it("lets the shell refuse a spent client's lesson form it cannot check for a saved creation, instead of answering 500", async () => {
    expect(await isRetryOfSavedCreation(new URLSearchParams({ createToken: "b".repeat(43) }))).toBe(false);
  });

  it("answers a lesson form 503 with what was typed, through the lesson-creation limit", async () => {
    const body = new URLSearchParams({
      title: "Typed while the database is down",
      vintage: "2024-34",
      roles: "software-engineer",
      createToken: "b".repeat(43),
    }).toString();
    const request = new Request("http://localhost/lessons/new", {
      method: "POST",
      body,
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: "http://localhost", Host: "localhost" },
    });
    const answer = await answerOf(newLessonAction(routeArgs(request, {}, { clientIp: "192.0.2.82" })));
    expect(answer.status).toBe(503);
    expect(answer.headers.get("Retry-After")).toBe("5");
    expect(answer.data).toMatchObject({ status: "invalid", values: { title: "Typed while the database is down" } });
  });
});
