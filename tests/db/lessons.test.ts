/**
 * Lesson bundles (docs/decisions/009-lesson-bundles.md): create, read as a student, edit with the secret,
 * refuse a wrong secret, refuse bad input without writing anything, survive a dataset reload with their figures
 * pinned, and the routes' answers (403 cross-origin, 429 rate limit, private caching, no secret on the student page).
 */
import { createHash } from "node:crypto";
import { count, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { withQueryStats } from "~db/client";
import * as t from "~db/schema";
import { loadDataset } from "../../seed/load";
import { seedDatabase } from "../../seed/seed";
import { createLessonBundle, getLessonBundle, getLessonBundleForEdit, updateLessonBundle } from "~/features/lessons/queries.server";
import { action as editAction, loader as editLoader } from "~/routes/lessons.$code_.edit";
import { loader as studentLoader } from "~/routes/lessons.$code";
import { action as newAction, loader as newLoader } from "~/routes/lessons.new";
import { readLessonForm, type LessonInput } from "~/features/lessons/lesson-form.server";
import { editSecretForCreateToken, hashCreateToken } from "~/features/lessons/lesson-secrets.server";
import { changedPayDataset, curatedDataset, describeEachDriver, dumpDatabase, SOFTWARE_DEVELOPERS_PAY } from "./harness";
import { answerOf, cookieFrom, redirectOf, routeArgs, thrownResponse } from "./route-args";
import { loader as savedLoader } from "~/routes/lessons.$code_.saved";
import { action as forgetAction } from "~/routes/lessons.$code_.forget";
import { loader as handoutLoader } from "~/routes/lessons.$code_.handout";

const LESSON_TABLES = ["lesson_bundles", "lesson_bundle_roles", "lesson_bundle_questions"];

function input(overrides: Partial<LessonInput> = {}): LessonInput {
  return {
    title: "Careers in building software",
    note: "Look at pay and growth first.\n\nThen pick a question.",
    vintage: "2024-34",
    roles: ["software-engineer", "data-scientist"],
    questions: ["software-engineer:1", "data-scientist:2"],
    ownQuestions: ["Which of these would you try first, and why?"],
    ...overrides,
  };
}

async function lessonDump(db: Parameters<typeof dumpDatabase>[0]) {
  const all = await dumpDatabase(db);
  return Object.fromEntries(LESSON_TABLES.map((name) => [name, all[name]]));
}

function form(fields: Record<string, string | string[]>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) params.append(key, v);
  return params.toString();
}

/** A GET of `path` as a browser sends it with the cookie a response set (`cookieFrom`). */
function withCookie(path: string, cookie: string): Request {
  return new Request(`http://localhost${path}`, { headers: { Cookie: cookie } });
}

function post(path: string, body: string, headers: Record<string, string> = {}): Request {
  return new Request(`http://localhost${path}`, {
    method: "POST",
    body,
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: "http://localhost", Host: "localhost", ...headers },
  });
}

/** An action's data narrowed to one outcome (`created`, `saved`, `invalid`), failing with what it answered instead. */
function outcome<Data extends { status: string }, Status extends Data["status"]>(
  data: Data,
  status: Status,
): Extract<Data, { status: Status }> {
  if (data.status !== status) throw new Error(`expected ${status}, got ${JSON.stringify(data)}`);
  return data as Extract<Data, { status: Status }>;
}

describeEachDriver("lesson bundles", { seed: true }, (ctx) => {
  let code: string;
  let secret: string;
  /** The lesson's version now: what an edit form rendered now carries. */
  const versionOf = async (lessonCode: string) =>
    (await ctx.db.select({ version: t.lessonBundles.version }).from(t.lessonBundles).where(eq(t.lessonBundles.code, lessonCode)))[0]!
      .version;

  beforeAll(async () => {
    const created = await createLessonBundle({ input: input() });
    if (!created.ok) throw new Error(JSON.stringify(created.errors));
    ({ code, secret } = created);
  });

  describe("creating", () => {
    it("stores the bundle under a random 10-character code, with the secret's SHA-256 only", async () => {
      expect(code).toMatch(/^[0-9a-hjkmnp-tv-z]{10}$/);
      expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
      const [row] = await ctx.db.select().from(t.lessonBundles).where(eq(t.lessonBundles.code, code));
      // If the secret were stored as such, a database leak would hand out every edit link.
      expect(row!.editSecretHash).toBe(createHash("sha256").update(secret).digest("hex"));
      expect(JSON.stringify(await lessonDump(ctx.db))).not.toContain(secret);
      expect(row!.dataVersionId).toBe(1);
    });

    it("keeps the roles in order and the questions: ticked ones (with their role) first, then the counselor's", async () => {
      const roles = await ctx.db
        .select()
        .from(t.lessonBundleRoles)
        .where(eq(t.lessonBundleRoles.bundleCode, code))
        .orderBy(t.lessonBundleRoles.position);
      expect(roles.map((r) => r.roleSlug)).toEqual(["software-engineer", "data-scientist"]);
      const questions = await ctx.db
        .select()
        .from(t.lessonBundleQuestions)
        .where(eq(t.lessonBundleQuestions.bundleCode, code))
        .orderBy(t.lessonBundleQuestions.position);
      expect(questions.map((q) => q.roleSlug)).toEqual(["software-engineer", "data-scientist", null]);
      expect(questions[2]!.question).toBe("Which of these would you try first, and why?");
    });

    it("makes one lesson for one creation token sent twice in a row, with the same edit secret", async () => {
      const [{ n: before }] = (await ctx.db.select({ n: count() }).from(t.lessonBundles)) as [{ n: number }];
      const token = "t".repeat(43);
      const first = await createLessonBundle({ input: input({ title: "Sent twice" }), createToken: token });
      const again = await createLessonBundle({ input: input({ title: "Sent twice" }), createToken: token });
      expect(first).toMatchObject({ ok: true, title: "Sent twice" });
      expect(again).toEqual({ ...first, replayed: true });
      const [{ n: after }] = (await ctx.db.select({ n: count() }).from(t.lessonBundles)) as [{ n: number }];
      expect(after).toBe(before + 1);
      // Only hashes are stored: neither the token nor the secret derived from it.
      const dump = JSON.stringify(await lessonDump(ctx.db));
      expect(dump).not.toContain(token);
      expect(first.ok && dump.includes(first.secret)).toBe(false);
    });

    // Two sends of one token at once both look for it, find nothing, and insert: the second insert must meet the first
    // at the token's unique constraint and answer with that lesson. Sent with Promise.all this race never happens on
    // PGlite (one transaction at a time) and only by chance on PostgreSQL, so here the other send's row is stored
    // between this send's look-up and its insert, by a trigger, on both drivers. Broken, it throws (a plain insert, or
    // no second look after the conflict: both tried by hand) or would make a second lesson (no unique constraint).
    it("makes one lesson when another send of the same token is stored between its look-up and its insert, answering with that one", async () => {
      const token = "r".repeat(43);
      const [{ n: before }] = (await ctx.db.select({ n: count() }).from(t.lessonBundles)) as [{ n: number }];
      await ctx.db.execute(
        sql.raw(`create function race_a_lesson_send() returns trigger language plpgsql as $$
          begin
            if new.title = 'Raced' and not exists (select from lesson_bundles where code = 'zzzzzzzzzz') then
              insert into lesson_bundles (code, edit_secret_hash, title, note, vintage, data_version_id, create_token_hash)
              values ('zzzzzzzzzz', new.edit_secret_hash, 'Raced, stored first', '', new.vintage, new.data_version_id, new.create_token_hash);
            end if;
            return new;
          end $$`),
      );
      await ctx.db.execute(
        sql.raw("create trigger race_a_lesson_send before insert on lesson_bundles for each row execute function race_a_lesson_send()"),
      );
      try {
        const answer = await createLessonBundle({ input: input({ title: "Raced" }), createToken: token });
        expect(answer).toEqual({
          ok: true,
          code: "zzzzzzzzzz",
          secret: editSecretForCreateToken(token),
          title: "Raced, stored first",
          replayed: true,
        });
      } finally {
        await ctx.db.execute(sql.raw("drop trigger race_a_lesson_send on lesson_bundles"));
        await ctx.db.execute(sql.raw("drop function race_a_lesson_send()"));
      }
      const rows = await ctx.db
        .select({ code: t.lessonBundles.code, title: t.lessonBundles.title })
        .from(t.lessonBundles)
        .where(eq(t.lessonBundles.createTokenHash, hashCreateToken(token)));
      expect(rows).toEqual([{ code: "zzzzzzzzzz", title: "Raced, stored first" }]);
      // One lesson in all: the one stored first. The send that met it made none of its own.
      const [{ n: after }] = (await ctx.db.select({ n: count() }).from(t.lessonBundles)) as [{ n: number }];
      expect(after).toBe(before + 1);
    });

    if (ctx.driver === "postgres") {
      // The same race between two real sends on two connections (PGlite runs one transaction at a time, so there it
      // cannot happen). data_versions is read right after the token's look-up: held here, both sends look, find
      // nothing, and wait behind it; released, both insert, and the second waits on the first at the unique constraint.
      it("makes one lesson of two sends of one token on two connections whose look-ups both found nothing", async () => {
        const token = "s".repeat(43);
        const title = "Raced on two connections";
        const waitingBehindTheLock = async () => {
          const rows = await ctx.db.execute(sql`
            select count(*)::int as n from pg_locks
            where not granted and relation = 'data_versions'::regclass
              and database = (select oid from pg_database where datname = current_database())`);
          return Array.from(rows as Iterable<{ n: number }>)[0]!.n;
        };
        let sends: Promise<Awaited<ReturnType<typeof createLessonBundle>>[]> | undefined;
        await ctx.db.transaction(async (tx) => {
          await tx.execute(sql`lock table data_versions in access exclusive mode`);
          sends = Promise.all([1, 2].map(() => createLessonBundle({ input: input({ title }), createToken: token })));
          const started = performance.now();
          while ((await waitingBehindTheLock()) < 2) {
            if (performance.now() - started > 10_000) throw new Error("the two sends never reached the lock");
            await new Promise((resolve) => setTimeout(resolve, 20));
          }
        });
        const answers = await sends!;
        const links = answers.map((answer) => (answer.ok ? { code: answer.code, secret: answer.secret } : answer));
        expect(links[0]).toMatchObject({ code: expect.stringMatching(/^[0-9a-hjkmnp-tv-z]{10}$/) });
        expect(links[1]).toEqual(links[0]);
        expect(answers.filter((answer) => answer.ok && answer.replayed === true)).toHaveLength(1);
        const rows = await ctx.db.select({ code: t.lessonBundles.code }).from(t.lessonBundles).where(eq(t.lessonBundles.title, title));
        expect(rows).toHaveLength(1);
      });
    }

    it("draws codes that are unique and spread over the whole alphabet", async () => {
      const codes = new Set<string>([code]);
      for (let i = 0; i < 20; i++) {
        const made = await createLessonBundle({ input: input({ roles: ["qa-engineer"], questions: [], ownQuestions: [] }) });
        if (!made.ok) throw new Error("not created");
        codes.add(made.code);
      }
      expect(codes.size).toBe(21);
      // 210 characters from 32 letters: a sequential or low-entropy generator would use far fewer distinct ones.
      expect(new Set([...codes].join("")).size).toBeGreaterThan(24);
    });
  });

  describe("reading as a student", () => {
    it("shows each role's key figures from the bundle's data version, the questions with their role, and the sources, in 5 queries", async () => {
      const { result: lesson, queries } = await withQueryStats(() => getLessonBundle({ code }));
      expect(queries).toBe(5);
      expect(lesson!.title).toBe("Careers in building software");
      expect(lesson!.roles.map((r) => r.title)).toEqual(["Software Engineer", "Data Scientist"]);
      expect(lesson!.roles[0]!.figures).toMatchObject({
        socCode: "15-1252",
        medianAnnualWage: 133080,
        changePercent: 15.8,
        wageYear: 2024,
      });
      expect(lesson!.roles[0]!.figures!.comparison).toMatchObject({ allOccupationsPercent: 3.1, relation: "multiple" });
      expect(lesson!.questions.map((q) => q.roleTitle)).toEqual(["Software Engineer", "Data Scientist", null]);
      expect(lesson!.sources.map((s) => s.id)).toContain("bls-ep-2024-34");
      expect(lesson!.dataVersion.tag).toMatch(/^v1-[0-9a-f]{8}$/);
    });

    it("answers an unknown code with null", async () => {
      expect(await getLessonBundle({ code: "0000000000" })).toBeNull();
    });
  });

  describe("editing", () => {
    it("loads the form values with the secret, and nothing with a wrong or missing one", async () => {
      const edit = await getLessonBundleForEdit({ code, secret });
      expect(edit!.values).toMatchObject({
        roles: ["software-engineer", "data-scientist"],
        questions: ["software-engineer:1", "data-scientist:2"],
      });
      expect(edit!.values.ownQuestions).toEqual(["Which of these would you try first, and why?"]);
      expect(await getLessonBundleForEdit({ code, secret: secret.replace(/.$/, (c) => (c === "A" ? "B" : "A")) })).toBeNull();
      expect(await getLessonBundleForEdit({ code, secret: undefined })).toBeNull();
      expect(await getLessonBundleForEdit({ code: "0000000000", secret })).toBeNull();
    });

    it("saves an edit with the secret (same data version, newer timestamp)", async () => {
      const [before] = await ctx.db.select().from(t.lessonBundles).where(eq(t.lessonBundles.code, code));
      const saved = await updateLessonBundle({
        code,
        secret,
        version: await versionOf(code),
        input: input({ title: "Software and data", roles: ["data-scientist"], questions: ["data-scientist:1"], ownQuestions: [] }),
      });
      expect(saved.ok).toBe(true);
      const lesson = await getLessonBundle({ code });
      expect(lesson!.title).toBe("Software and data");
      expect(lesson!.roles.map((r) => r.slug)).toEqual(["data-scientist"]);
      expect(lesson!.questions).toHaveLength(1);
      const [after] = await ctx.db.select().from(t.lessonBundles).where(eq(t.lessonBundles.code, code));
      expect(after!.dataVersionId).toBe(before!.dataVersionId);
      expect(after!.updatedAt.getTime()).toBeGreaterThanOrEqual(before!.updatedAt.getTime());
    });

    it("refuses an edit made from a stale version (someone saved since) with the lesson as it is now, changing nothing", async () => {
      const rendered = await versionOf(code);
      const first = await updateLessonBundle({
        code,
        secret,
        version: rendered,
        input: input({ title: "Editor A's title", roles: ["qa-engineer"], questions: [] }),
      });
      expect(first.ok).toBe(true);
      expect(await versionOf(code)).toBe(rendered + 1);
      const before = await lessonDump(ctx.db);
      // Editor B loaded the page at the same time as A, and now saves a different note from it.
      const second = await updateLessonBundle({ code, secret, version: rendered, input: input({ note: "Editor B's note" }) });
      expect(second).toEqual({
        ok: false,
        conflict: {
          title: "Editor A's title",
          note: input().note,
          vintage: "2024-34",
          roles: ["qa-engineer"],
          questions: ["Which of these would you try first, and why?"],
          updatedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
          version: rendered + 1,
        },
      });
      expect(await lessonDump(ctx.db)).toEqual(before);
    });

    it("lets exactly one of two concurrent edits from the same version win", async () => {
      const rendered = await versionOf(code);
      const results = await Promise.all(
        ["Concurrent one", "Concurrent two"].map((title) =>
          updateLessonBundle({ code, secret, version: rendered, input: input({ title }) }),
        ),
      );
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(results.filter((r) => !r.ok && "conflict" in r)).toHaveLength(1);
      expect(await versionOf(code)).toBe(rendered + 1);
    });

    it("refuses a wrong secret and an unknown code alike, changing nothing", async () => {
      const before = await lessonDump(ctx.db);
      const wrong = await updateLessonBundle({
        code,
        secret: "x".repeat(43),
        version: await versionOf(code),
        input: input({ title: "Hijacked" }),
      });
      const unknown = await updateLessonBundle({ code: "0000000000", secret, version: 1, input: input({ title: "Hijacked" }) });
      expect(wrong).toEqual({ ok: false, forbidden: true });
      expect(unknown).toEqual(wrong);
      expect(await lessonDump(ctx.db)).toEqual(before);
    });
  });

  describe("refusing bad input without writing", () => {
    it("refuses an unknown role slug and a question of a role that was not picked, naming them", async () => {
      const before = await lessonDump(ctx.db);
      const unknownRole = await createLessonBundle({
        input: input({ roles: ["software-engineer", "astronaut"], questions: ["software-engineer:1"] }),
      });
      expect(unknownRole).toEqual({ ok: false, errors: { roles: expect.stringMatching(/no role “astronaut”/) } });
      const orphan = await createLessonBundle({ input: input({ roles: ["software-engineer"], questions: ["data-scientist:1"] }) });
      expect(orphan).toEqual({
        ok: false,
        errors: { questions: expect.stringMatching(/a question of Data Scientist but did not pick that role/) },
      });
      const missing = await createLessonBundle({ input: input({ questions: ["software-engineer:99"] }) });
      expect(missing.ok).toBe(false);
      const badEdit = await updateLessonBundle({
        code,
        secret,
        version: await versionOf(code),
        input: input({ roles: ["astronaut"], questions: [] }),
      });
      expect(badEdit.ok).toBe(false);
      expect(await lessonDump(ctx.db)).toEqual(before);
    });

    it("refuses a well-formed period that is not loaded, naming the loaded ones (the form's select offers only those)", async () => {
      const before = await lessonDump(ctx.db);
      const message = "Choose one of the projection periods in the list: Career Atlas has 2024–34, 2023–33, 2022–32, not 2030-40.";
      expect(await createLessonBundle({ input: input({ vintage: "2030-40" }) })).toEqual({ ok: false, errors: { vintage: message } });
      expect(await updateLessonBundle({ code, secret, version: await versionOf(code), input: input({ vintage: "2030-40" }) })).toEqual({
        ok: false,
        errors: { vintage: message },
      });
      expect(await lessonDump(ctx.db)).toEqual(before);
    });

    it("gives a lesson whose form names no period the newest loaded one", async () => {
      const made = await createLessonBundle({ input: input({ vintage: undefined }) });
      if (!made.ok) throw new Error(JSON.stringify(made.errors));
      expect((await getLessonBundle({ code: made.code }))!.vintage).toBe("2024-34");
    });

    it("rolls a save back whole when the database refuses a row half-way", async () => {
      const before = await lessonDump(ctx.db);
      // Past the zod layer on purpose: the question is too long for the table's check constraint, which runs
      // after the bundle row (create) or after deleting the old questions (edit).
      const tooLong = input({ ownQuestions: ["x".repeat(400)] });
      await expect(createLessonBundle({ input: tooLong })).rejects.toThrow();
      await expect(updateLessonBundle({ code, secret, version: await versionOf(code), input: tooLong })).rejects.toThrow();
      expect(await lessonDump(ctx.db)).toEqual(before);
    });
  });

  describe("across dataset reloads", () => {
    it("keeps bundles (not dataset tables) and their pinned figures after a load with a changed figure", async () => {
      const dir = changedPayDataset();
      const [{ n: bundlesBefore }] = (await ctx.db.select({ n: count() }).from(t.lessonBundles)) as [{ n: number }];
      const made = await createLessonBundle({ input: input() });
      if (!made.ok) throw new Error("not created");
      await seedDatabase(ctx.db, loadDataset(dir));
      const [{ n: bundlesAfter }] = (await ctx.db.select({ n: count() }).from(t.lessonBundles)) as [{ n: number }];
      expect(bundlesAfter).toBe(bundlesBefore + 1);
      const lesson = await getLessonBundle({ code: made.code });
      expect(lesson!.roles[0]!.figures!.medianAnnualWage).toBe(SOFTWARE_DEVELOPERS_PAY.published);
      // A bundle made now pins the new version.
      const fresh = await createLessonBundle({ input: input() });
      if (!fresh.ok) throw new Error("not created");
      expect((await getLessonBundle({ code: fresh.code }))!.roles[0]!.figures!.medianAnnualWage).toBe(SOFTWARE_DEVELOPERS_PAY.changed);
      await seedDatabase(ctx.db, curatedDataset());
    });
  });

  describe("routes", () => {
    const valid = () =>
      form({
        title: "Route lesson",
        note: "",
        vintage: "2024-34",
        roles: ["software-engineer"],
        questions: ["software-engineer:1"],
        ownQuestion: ["", ""],
      });

    it("saves through the action with a 303 to the saved page: the secret only in a private, path-scoped, HttpOnly cookie", async () => {
      const answer = await redirectOf(() => newAction(routeArgs(post("/lessons/new", valid()), {}, { clientIp: "198.51.100.1" })));
      expect(answer.status).toBe(303);
      expect(answer.headers.get("Cache-Control")).toBe("private, no-store");
      const location = answer.headers.get("Location")!;
      const savedCode = /^\/lessons\/([0-9a-z]{10})\/saved$/.exec(location)?.[1];
      expect(savedCode).toBeDefined();
      const setCookie = answer.headers.get("Set-Cookie")!;
      expect(setCookie).toMatch(new RegExp(`^atlas_lesson_key=[^;]+; Max-Age=1800; Path=/lessons/${savedCode}/; HttpOnly; SameSite=Lax$`));
      // The page a reload shows: both links and the QR code, the edit link's key read back from the cookie.
      const page = await answerOf(savedLoader(routeArgs(withCookie(location, cookieFrom(answer)), { code: savedCode! })));
      expect(page.headers.get("Cache-Control")).toBe("private, no-store");
      expect(page.data.studentUrl).toBe(`http://localhost/lessons/${savedCode}`);
      expect(page.data.editUrl).toMatch(new RegExp(`^http://localhost/lessons/${savedCode}/edit\\?key=[A-Za-z0-9_-]{43}$`));
      expect(page.data.qr.text).toBe(page.data.studentUrl);
      expect(page.data.replayed).toBe(false);
      const key = new URL(page.data.editUrl!).searchParams.get("key")!;
      expect(await getLessonBundleForEdit({ code: savedCode!, secret: key })).not.toBeNull();
      expect(page.headers.get("Set-Cookie")).toContain(`Path=/lessons/${savedCode}/`);
    });

    it("shows the saved page without the edit link to a browser without the lesson's key, or with another lesson's", async () => {
      const answer = await redirectOf(() => newAction(routeArgs(post("/lessons/new", valid()), {}, { clientIp: "198.51.100.3" })));
      const location = answer.headers.get("Location")!;
      const savedCode = location.split("/")[2]!;
      const bare = await answerOf(savedLoader(routeArgs(location, { code: savedCode })));
      expect(bare.data.editUrl).toBeNull();
      expect(bare.data.studentUrl).toBe(`http://localhost/lessons/${savedCode}`);
      expect(bare.headers.get("Set-Cookie")).toBeNull();
      // The cookie of the lesson made in beforeAll's code, sent (by hand) to this one's page, opens nothing.
      const other = await redirectOf(() => editLoader(routeArgs(`/lessons/${code}/edit?key=${secret}`, { code })));
      const crossed = await answerOf(savedLoader(routeArgs(withCookie(location, cookieFrom(other)), { code: savedCode })));
      expect(crossed.data.editUrl).toBeNull();
      const unknown = await thrownResponse(() => savedLoader(routeArgs("/lessons/0000000000/saved", { code: "0000000000" })));
      expect(unknown.status).toBe(404);
    });

    it("forgets the key on request: a same-origin POST clears the cookie and leads to the saved page", async () => {
      const answer = await redirectOf(() => forgetAction(routeArgs(post(`/lessons/${code}/forget`, ""), { code })));
      expect(answer.status).toBe(303);
      expect(answer.headers.get("Location")).toBe(`/lessons/${code}/saved?forgotten=1`);
      expect(answer.headers.get("Set-Cookie")).toMatch(
        new RegExp(`^atlas_lesson_key=; Max-Age=0; Path=/lessons/${code}/; HttpOnly; SameSite=Lax$`),
      );
      const cross = await thrownResponse(() =>
        forgetAction(routeArgs(post(`/lessons/${code}/forget`, "", { Origin: "https://elsewhere.example" }), { code })),
      );
      expect(cross.status).toBe(403);
    });

    it("answers bad input with 400 and a message per field, keeping what was typed", async () => {
      const before = await lessonDump(ctx.db);
      const body = form({ title: "ab", note: "n".repeat(601), vintage: "1999", roles: [], ownQuestion: ["short"] });
      const result = await answerOf(newAction(routeArgs(post("/lessons/new", body), {}, { clientIp: "198.51.100.2" })));
      expect(result.status).toBe(400);
      const invalid = outcome(result.data, "invalid");
      expect(invalid.errors).toEqual({
        title: "The title needs at least 3 characters.",
        note: "The note can have at most 600 characters.",
        vintage: expect.stringMatching(/^Choose one of the projection periods/),
        roles: "Pick at least one role.",
        ownQuestions: "Each question of your own needs at least 10 characters.",
      });
      expect(invalid.values).toMatchObject({ title: "ab", ownQuestions: ["short"] });
      expect(await lessonDump(ctx.db)).toEqual(before);
    });

    it("refuses a cross-origin POST (403), a non-form body (415) and an oversized one (413)", async () => {
      const cross = await thrownResponse(() =>
        newAction(routeArgs(post("/lessons/new", valid(), { Origin: "https://elsewhere.example" }))),
      );
      expect(cross.status).toBe(403);
      const json = await thrownResponse(() => newAction(routeArgs(post("/lessons/new", "{}", { "Content-Type": "application/json" }))));
      expect(json.status).toBe(415);
      const huge = await thrownResponse(() => newAction(routeArgs(post("/lessons/new", `title=${"x".repeat(70_000)}`))));
      expect(huge.status).toBe(413);
    });

    it("rate-limits creation per client IP: the 11th in 10 minutes is a 429 with Retry-After, other IPs go on", async () => {
      const make = (ip: string) => newAction(routeArgs(post("/lessons/new", valid()), {}, { clientIp: ip }));
      for (let i = 0; i < 10; i++) expect((await redirectOf(() => make(`203.0.113.9-${ctx.driver}`))).status).toBe(303);
      const limited = await answerOf(make(`203.0.113.9-${ctx.driver}`));
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get("Retry-After"))).toBeGreaterThan(0);
      expect((await redirectOf(() => make(`203.0.113.10-${ctx.driver}`))).status).toBe(303);
    });

    it("serves the student page publicly (revalidated) without the secret or its hash, and 404s every unknown code the same way", async () => {
      const result = await answerOf(studentLoader(routeArgs(`/lessons/${code}`, { code })));
      expect(result.headers.get("Cache-Control")).toBe("public, no-cache");
      const text = JSON.stringify(result.data);
      expect(text).not.toContain(secret);
      expect(text).not.toContain(createHash("sha256").update(secret).digest("hex"));
      const unknown = await thrownResponse(() => studentLoader(routeArgs("/lessons/0000000000", { code: "0000000000" })));
      const malformed = await thrownResponse(() => studentLoader(routeArgs("/lessons/..%2f", { code: "../" })));
      expect(unknown.status).toBe(404);
      expect(await malformed.text()).toBe(await unknown.text());
    });

    it("serves the one-page handout publicly (revalidated): the lesson's figures, a QR code to the student page, a citation", async () => {
      const answer = await answerOf(handoutLoader(routeArgs(`/lessons/${code}/handout`, { code })));
      expect(answer.headers.get("Cache-Control")).toBe("public, no-cache");
      expect(answer.headers.get("ETag")).toBeNull();
      expect(answer.data.qr.text).toBe(`http://localhost/lessons/${code}`);
      expect(answer.data.lesson.roles.map((r) => r.slug)).toEqual((await getLessonBundle({ code }))!.roles.map((r) => r.slug));
      expect(answer.data.citation).toMatch(
        /^Source: U\.S\. Bureau of Labor Statistics.*Career Atlas data version v\d+-[0-9a-f]{8} loaded /,
      );
      const text = JSON.stringify(answer.data);
      expect(text).not.toContain(secret);
      const unknown = await thrownResponse(() => handoutLoader(routeArgs("/lessons/0000000000/handout", { code: "0000000000" })));
      expect(unknown.status).toBe(404);
    });

    it("leads a code typed in capitals, as the handout prints it, to the lower-case address, before any lookup and without the query", async () => {
      // What would break: /lessons/SN9MH6Y8ED (the printed code, typed into the address bar) answered 404 "There is no
      // lesson with this code." though the code box on /lessons accepted it.
      const upper = code.toUpperCase();
      const mixed = upper.slice(0, 5) + code.slice(5);
      for (const [path, params, location] of [
        [`/lessons/${upper}`, { code: upper }, `/lessons/${code}`],
        [`/lessons/${mixed}?key=${secret}`, { code: mixed }, `/lessons/${code}`],
        [`/lessons/${upper}/handout`, { code: upper }, `/lessons/${code}/handout`],
        // An unknown code in capitals is redirected the same way: the redirect says nothing about which codes exist.
        ["/lessons/ZZZZZZZZZZ", { code: "ZZZZZZZZZZ" }, "/lessons/zzzzzzzzzz"],
        // A letter written percent-encoded in the path (the route's value is decoded): a review found a 301 to itself.
        [`/lessons/%${upper.charCodeAt(0).toString(16).toUpperCase()}${upper.slice(1)}`, { code: upper }, `/lessons/${code}`],
      ] as const) {
        const load = path.endsWith("/handout") ? handoutLoader : studentLoader;
        const { result: moved, queries } = await withQueryStats(() => thrownResponse(() => load(routeArgs(path, params))));
        expect(moved.status, path).toBe(301);
        // The student pages read no query, so a stray one (a pasted edit key, say) is not repeated in the Location.
        expect(moved.headers.get("Location"), path).toBe(location);
        expect(queries, path).toBe(0);
      }
      // Capitals that are no code once lowered (u is not in the alphabet) keep the one 404.
      const notACode = await thrownResponse(() => studentLoader(routeArgs("/lessons/UUUUUUUUUU", { code: "UUUUUUUUUU" })));
      expect(notACode.status).toBe(404);
      expect((await answerOf(studentLoader(routeArgs(`/lessons/${code}`, { code })))).status).toBe(200);
      // The edit address is not redirected: its key, in a Location header for another address, would travel again.
      const edit = await thrownResponse(() => editLoader(routeArgs(`/lessons/${upper}/edit?key=${secret}`, { code: upper })));
      expect(edit.status).toBe(403);
      expect(edit.headers.get("Location")).toBeNull();
    });

    it("trades an edit link's key for the cookie and a 303 to the address without it; a wrong key and an unknown code get the same private 403", async () => {
      const opened = await redirectOf(() => editLoader(routeArgs(`/lessons/${code}/edit?key=${secret}`, { code })));
      expect(opened.status).toBe(303);
      expect(opened.headers.get("Location")).toBe(`/lessons/${code}/edit`);
      expect(opened.headers.get("Cache-Control")).toBe("private, no-store");
      expect(opened.headers.get("Set-Cookie")).toMatch(new RegExp(`; Path=/lessons/${code}/; HttpOnly; SameSite=Lax$`));
      const page = await answerOf(editLoader(routeArgs(withCookie(`/lessons/${code}/edit`, cookieFrom(opened)), { code })));
      expect(page.headers.get("Cache-Control")).toBe("private, no-store");
      expect(page.data.editUrl).toBe(`http://localhost/lessons/${code}/edit?key=${secret}`);
      expect(page.headers.get("Set-Cookie")).toContain("Max-Age=1800");
      const answers = await Promise.all(
        [`/lessons/${code}/edit`, `/lessons/${code}/edit?key=wrong`, `/lessons/0000000000/edit?key=${secret}`].map((p) =>
          thrownResponse(() => editLoader(routeArgs(`${p}`, { code: p.split("/")[2]! }))),
        ),
      );
      // A cookie that does not decode is no key either.
      answers.push(
        await thrownResponse(() => editLoader(routeArgs(withCookie(`/lessons/${code}/edit`, "atlas_lesson_key=%%%"), { code }))),
      );
      expect(answers.map((r) => r.status)).toEqual([403, 403, 403, 403]);
      expect(new Set(await Promise.all(answers.map((r) => r.text()))).size).toBe(1);
      expect(answers[0]!.headers.get("Cache-Control")).toBe("private, no-store");
    });

    /** An edit POST as the edit page sends it: to the address without the key, with the lesson's key cookie. */
    const editPost = async (body: string) => {
      const opened = await redirectOf(() => editLoader(routeArgs(`/lessons/${code}/edit?key=${secret}`, { code })));
      return post(`/lessons/${code}/edit`, body, { Cookie: cookieFrom(opened) });
    };

    it("saves an edit POST with the key, refuses one without (403) before judging the form", async () => {
      const body = form({
        title: "Edited through the route",
        note: "",
        vintage: "2022-32",
        roles: ["qa-engineer"],
        version: String(await versionOf(code)),
      });
      // Saved: a 303 to the edit page, which says so; a reload there asks for the page, not the save again.
      const saved = await redirectOf(async () => editAction(routeArgs(await editPost(body), { code })));
      expect(saved.status).toBe(303);
      expect(saved.headers.get("Location")).toBe(`/lessons/${code}/edit?saved=1`);
      expect(saved.headers.get("Cache-Control")).toBe("private, no-store");
      expect(saved.headers.get("Set-Cookie")).toContain(`Path=/lessons/${code}/`);
      const after = await answerOf(editLoader(routeArgs(withCookie(`/lessons/${code}/edit?saved=1`, cookieFrom(saved)), { code })));
      expect(after.data).toMatchObject({ saved: true, bundle: { values: { vintage: "2022-32" } } });
      expect((await getLessonBundle({ code }))!.vintage).toBe("2022-32");
      const refused = await thrownResponse(() => editAction(routeArgs(post(`/lessons/${code}/edit`, form({ title: "x" })), { code })));
      expect(refused.status).toBe(403);
      const invalid = await answerOf(
        editAction(routeArgs(await editPost(form({ title: "x", roles: ["qa-engineer"], version: "1" })), { code })),
      );
      expect(invalid.status).toBe(400);
      expect(invalid.data.status).toBe("invalid");
      // An edit page rendered before keys moved to the cookie posts to its `?key=` address: still saved.
      const legacy = form({ title: "Saved from an older page", roles: ["qa-engineer"], version: String(await versionOf(code)) });
      expect((await redirectOf(() => editAction(routeArgs(post(`/lessons/${code}/edit?key=${secret}`, legacy), { code })))).status).toBe(
        303,
      );
    });

    it("refuses an edit form that does not say which version it changes (400), saving nothing", async () => {
      const before = await lessonDump(ctx.db);
      const body = form({ title: "No version given", roles: ["qa-engineer"] });
      const answer = await answerOf(editAction(routeArgs(await editPost(body), { code })));
      expect(answer.status).toBe(400);
      expect(outcome(answer.data, "invalid").errors.form).toMatch(/does not say which version/);
      expect(await lessonDump(ctx.db)).toEqual(before);
    });

    it("answers an edit from a stale page with 409: the form as typed, the saved lesson's differences, the version to save over", async () => {
      const opened = await redirectOf(() => editLoader(routeArgs(`/lessons/${code}/edit?key=${secret}`, { code })));
      const page = await answerOf(editLoader(routeArgs(withCookie(`/lessons/${code}/edit`, cookieFrom(opened)), { code })));
      const rendered = String(page.data.bundle.version);
      const first = form({ title: "Saved first", vintage: "2024-34", roles: ["qa-engineer"], version: rendered });
      expect((await redirectOf(async () => editAction(routeArgs(await editPost(first), { code })))).status).toBe(303);
      const stale = form({
        title: "Typed on a stale page",
        note: "My note",
        vintage: "2024-34",
        roles: ["data-scientist"],
        version: rendered,
      });
      const before = await lessonDump(ctx.db);
      const answer = await answerOf(editAction(routeArgs(await editPost(stale), { code })));
      expect(answer.status).toBe(409);
      expect(answer.headers.get("Cache-Control")).toBe("private, no-store");
      const conflict = outcome(answer.data, "conflict");
      expect(conflict.values).toMatchObject({ title: "Typed on a stale page", note: "My note", roles: ["data-scientist"] });
      expect(conflict.current).toMatchObject({ title: "Saved first", roles: ["qa-engineer"], version: Number(rendered) + 1 });
      expect(conflict.version).toBe(Number(rendered) + 1);
      expect(await lessonDump(ctx.db)).toEqual(before);
      // Sending the form again, now with the saved version, replaces it knowingly.
      const again = form({
        title: "Typed on a stale page",
        note: "My note",
        vintage: "2024-34",
        roles: ["data-scientist"],
        version: String(conflict.version),
      });
      expect((await redirectOf(async () => editAction(routeArgs(await editPost(again), { code })))).status).toBe(303);
      expect((await getLessonBundle({ code }))!.title).toBe("Typed on a stale page");
    });

    it("makes one lesson from a form sent twice with its creation token, and shows the same links again", async () => {
      const page = await answerOf(newLoader(routeArgs("/lessons/new")));
      expect(page.headers.get("Cache-Control")).toBe("private, no-store");
      const token = page.data.createToken;
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      const other = await answerOf(newLoader(routeArgs("/lessons/new")));
      expect(other.data.createToken).not.toBe(token);
      const body = `${valid()}&createToken=${token}`;
      const [{ n: before }] = (await ctx.db.select({ n: count() }).from(t.lessonBundles)) as [{ n: number }];
      const send = () => redirectOf(() => newAction(routeArgs(post("/lessons/new", body), {}, { clientIp: "198.51.100.20" })));
      const first = await send();
      const retry = await send();
      const [{ n: after }] = (await ctx.db.select({ n: count() }).from(t.lessonBundles)) as [{ n: number }];
      expect(after).toBe(before + 1);
      const madeCode = first.headers.get("Location")!.split("/")[2]!;
      expect(first.headers.get("Location")).toBe(`/lessons/${madeCode}/saved`);
      expect(retry.headers.get("Location")).toBe(`/lessons/${madeCode}/saved?replayed=1`);
      // The same key both times: the secret was derived again from the token, not stored.
      expect(cookieFrom(retry)).toBe(cookieFrom(first));
      const saved = await answerOf(
        savedLoader(routeArgs(withCookie(retry.headers.get("Location")!, cookieFrom(retry)), { code: madeCode })),
      );
      expect(saved.data.replayed).toBe(true);
      const key = new URL(saved.data.editUrl!).searchParams.get("key")!;
      expect(await getLessonBundleForEdit({ code: madeCode, secret: key })).not.toBeNull();
      expect(JSON.stringify(await lessonDump(ctx.db))).not.toContain(token);
    });

    // Broken, a client whose first send committed but timed out, and whose network (a school's NAT) has since spent its
    // 10 creations, gets the 429 form on its retry: no cookie, no edit link, and the lesson can never be edited.
    it("answers a retry of a saved submission with its lesson and key without counting it, even once the network's creations are spent", async () => {
      const ip = `198.51.100.30-${ctx.driver}`;
      const tokenOf = async () => (await answerOf(newLoader(routeArgs("/lessons/new")))).data.createToken;
      const send = (body: string) => newAction(routeArgs(post("/lessons/new", body), {}, { clientIp: ip }));
      const token = await tokenOf();
      const first = await redirectOf(() => send(`${valid()}&createToken=${token}`));
      const madeCode = first.headers.get("Location")!.split("/")[2]!;
      for (let i = 0; i < 8; i++) expect((await redirectOf(() => send(valid()))).status).toBe(303);
      // Nine creations counted; the retry is not one of them.
      const retry = await redirectOf(() => send(`${valid()}&createToken=${token}`));
      expect(retry.headers.get("Location")).toBe(`/lessons/${madeCode}/saved?replayed=1`);
      expect(cookieFrom(retry)).toBe(cookieFrom(first));
      expect((await redirectOf(() => send(valid()))).status).toBe(303);
      const refused = await answerOf(send(`${valid()}&createToken=${await tokenOf()}`));
      expect(refused.status).toBe(429);
      // Over the limit now, the retry still finds its lesson and the same key.
      const late = await redirectOf(() => send(`${valid()}&createToken=${token}`));
      expect(late.headers.get("Location")).toBe(`/lessons/${madeCode}/saved?replayed=1`);
      expect(cookieFrom(late)).toBe(cookieFrom(first));
      const [{ n }] = (await ctx.db.select({ n: count() }).from(t.lessonBundles).where(eq(t.lessonBundles.code, madeCode))) as [
        { n: number },
      ];
      expect(n).toBe(1);
    });

    it("makes one lesson of two sends of one creation token at once, both answered with its links", async () => {
      const token = (await answerOf(newLoader(routeArgs("/lessons/new")))).data.createToken;
      const body = `${form({ title: "Sent at once", vintage: "2024-34", roles: ["software-engineer"] })}&createToken=${token}`;
      const answers = await Promise.all(
        [1, 2].map(() =>
          redirectOf(() => newAction(routeArgs(post("/lessons/new", body), {}, { clientIp: `198.51.100.31-${ctx.driver}` }))),
        ),
      );
      const codes = answers.map((a) => a.headers.get("Location")!.split("/")[2]);
      expect(codes[0]).toBe(codes[1]);
      expect(cookieFrom(answers[0]!)).toBe(cookieFrom(answers[1]!));
      const rows = await ctx.db
        .select({ code: t.lessonBundles.code })
        .from(t.lessonBundles)
        .where(eq(t.lessonBundles.title, "Sent at once"));
      expect(rows).toEqual([{ code: codes[0] }]);
    });

    it("refuses a malformed creation token (400) without making a lesson", async () => {
      const before = await lessonDump(ctx.db);
      const answer = await answerOf(
        newAction(routeArgs(post("/lessons/new", `${valid()}&createToken=short`), {}, { clientIp: "198.51.100.21" })),
      );
      expect(answer.status).toBe(400);
      expect(outcome(answer.data, "invalid").errors.form).toMatch(/hidden token/);
      expect(await lessonDump(ctx.db)).toEqual(before);
    });
  });
});

describe("the lesson form schema", () => {
  const parse = (fields: Record<string, string | string[]>) => readLessonForm(new URLSearchParams(form(fields)));
  const base = { title: "A lesson", vintage: "2024-34", roles: ["software-engineer"] };

  it("accepts a minimal form and normalises line breaks and blank question boxes", () => {
    const result = parse({ ...base, note: "line one\r\nline two  ", ownQuestion: ["", "  What do you like to build?  ", ""] });
    expect(result).toMatchObject({
      ok: true,
      input: { note: "line one\nline two", ownQuestions: ["What do you like to build?"], questions: [] },
    });
  });

  it.each([
    ["a missing title", { ...base, title: "" }, "title", "The title needs at least 3 characters."],
    ["a title too long", { ...base, title: "t".repeat(121) }, "title", "The title can have at most 120 characters."],
    // What would break (these four): U+202E was saved and showed reversed; a tab got a message naming nothing to look for.
    [
      "a control character in the title",
      { ...base, title: "A\u0007lesson" },
      "title",
      "The title contains a control character (U+0007), which cannot be used.",
    ],
    ["a tab in the title", { ...base, title: "A\tlesson" }, "title", "The title contains a tab (U+0009), which cannot be used."],
    [
      "a right-to-left override in the title",
      { ...base, title: "RTL \u202eoverride" },
      "title",
      "The title contains a right-to-left override (U+202E), which cannot be used.",
    ],
    [
      "an isolate and an override in a note",
      { ...base, note: "Line one\n\u2067Line two\u202d" },
      "note",
      "The note contains a right-to-left isolate (U+2067) and a left-to-right override (U+202D), which cannot be used.",
    ],
    ["no role", { ...base, roles: [] }, "roles", "Pick at least one role."],
    ["nine roles", { ...base, roles: Array.from({ length: 9 }, (_, i) => `role-${i}`) }, "roles", "Pick at most 8 roles."],
    ["a role twice", { ...base, roles: ["qa-engineer", "qa-engineer"] }, "roles", "A role was picked twice."],
    ["a role that is not a slug", { ...base, roles: ["<script>"] }, "roles", "A picked role is not one of Career Atlas's roles."],
    [
      "a malformed question pick",
      { ...base, questions: ["software-engineer"] },
      "questions",
      "A ticked question is not one of the roles' discussion questions.",
    ],
    [
      "five own questions",
      { ...base, ownQuestion: Array.from({ length: 5 }, (_, i) => `Question number ${i}?`) },
      "ownQuestions",
      "Write at most 4 questions of your own.",
    ],
    [
      "an own question too long",
      { ...base, ownQuestion: ["q".repeat(301)] },
      "ownQuestions",
      "Each question of your own can have at most 300 characters.",
    ],
    [
      "thirteen questions in all",
      {
        ...base,
        questions: Array.from({ length: 10 }, (_, i) => `software-engineer:${i + 1}`),
        ownQuestion: ["Question number one?", "Question number two?", "Question number three?"],
      },
      "questions",
      "A lesson can have at most 12 questions in all (ticked and your own).",
    ],
    // Whether a well-formed period is loaded is the dataset's to say (refused by createLessonBundle, above).
    ["a malformed period", { ...base, vintage: "2030" }, "vintage", "Choose one of the projection periods in the list."],
  ])("refuses %s with a message for that field", (_name, fields, field, message) => {
    const result = parse(fields as Record<string, string | string[]>);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[field as keyof typeof result.errors]).toBe(message);
  });
});
