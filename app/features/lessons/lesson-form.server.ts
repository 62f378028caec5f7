/**
 * The lesson form's schema (zod, server only: the browser gets the same limits as HTML constraints from
 * app/features/lessons/lessons.ts) and the checks every lesson POST goes through: body size and same-origin.
 */
import { z } from "zod";
import { formOfBody } from "~/lib/form-body";
import { PROJECTION_VINTAGE_PATTERN, SLUG_PATTERN } from "~db/schema/enums";
import { LESSON_CODE_PATTERN, LESSON_LIMITS as L } from "~db/schema/lesson-limits";
import type { LessonFormErrors, LessonFormField, LessonFormValues } from "~/features/lessons/lessons";
import { addressedHost, isSameOriginRequest } from "~/lib/same-origin.server";
import { CREATE_TOKEN_PATTERN } from "~/features/lessons/lesson-secrets.server";
import { unusableCharacters } from "~/lib/unusable-characters";
import { listTitles } from "~/lib/list-titles";

/** Line breaks as one character (browsers send a textarea's as CR LF but count them as one for maxlength). */
const normalize = (value: string) => value.replace(/\r\n?/g, "\n").trim();

function text({ name, min, max, multiline = false }: { name: string; min: number; max: number; multiline?: boolean }) {
  return z
    .string({ error: `${name} must be text.` })
    .transform(normalize)
    .pipe(
      z
        .string()
        .min(min, { error: min === 1 ? `${name} is required.` : `${name} needs at least ${min} characters.` })
        .max(max, { error: `${name} can have at most ${max} characters.` })
        // Control characters (a tab too, but for a note's) and the bidirectional overrides, named in the message, as a
        // counselor cannot see what to take out: both are invisible in the box.
        .superRefine((v, context) => {
          const refused = unusableCharacters(v, { lineBreaks: multiline });
          if (refused.length > 0) {
            context.addIssue({
              code: "custom",
              message: `${name} contains ${listTitles(refused)}, which cannot be used.`,
            });
          }
        }),
    );
}

export const lessonFormSchema = z
  .object({
    title: text({ name: "The title", min: L.titleMin, max: L.titleMax }),
    note: text({ name: "The note", min: 0, max: L.noteMax, multiline: true }),
    // The form of a period only: whether it is loaded is the dataset's to say (checked with the roles, queries.server.ts).
    // Left blank (a form the page did not make), the lesson takes the newest loaded period.
    vintage: z.string().regex(PROJECTION_VINTAGE_PATTERN, { error: "Choose one of the projection periods in the list." }).optional(),
    roles: z
      .array(z.string().max(80).regex(SLUG_PATTERN, { error: "A picked role is not one of Career Atlas's roles." }))
      .min(L.rolesMin, { error: "Pick at least one role." })
      .max(L.rolesMax, { error: `Pick at most ${L.rolesMax} roles.` })
      .refine((slugs) => new Set(slugs).size === slugs.length, { error: "A role was picked twice." }),
    questions: z
      .array(
        z
          .string()
          .max(90)
          .regex(/^[a-z0-9-]+:[1-9][0-9]?$/, { error: "A ticked question is not one of the roles' discussion questions." }),
      )
      .max(L.questionsMax, { error: `Tick at most ${L.questionsMax} questions.` }),
    ownQuestions: z
      .array(z.string({ error: "Your questions must be text." }))
      .max(L.ownQuestionsMax, { error: `Write at most ${L.ownQuestionsMax} questions of your own.` })
      .transform((boxes) => boxes.map(normalize).filter((q) => q !== ""))
      .pipe(z.array(text({ name: "Each question of your own", min: L.questionMin, max: L.questionMax }))),
  })
  .refine((form) => form.questions.length + form.ownQuestions.length <= L.questionsMax, {
    error: `A lesson can have at most ${L.questionsMax} questions in all (ticked and your own).`,
    path: ["questions"],
  });

export type LessonInput = z.infer<typeof lessonFormSchema>;

export type LessonFormResult =
  { ok: true; input: LessonInput; values: LessonFormValues } | { ok: false; errors: LessonFormErrors; values: LessonFormValues };

/** Parses a submitted lesson form: the input, or a message per refused field and the values to show again. */
export function readLessonForm(form: URLSearchParams): LessonFormResult {
  const single = (name: string) => form.get(name) ?? "";
  const many = (name: string) => form.getAll(name);
  const raw = {
    title: single("title"),
    note: single("note"),
    vintage: single("vintage") === "" ? undefined : single("vintage"),
    roles: many("roles"),
    questions: many("questions"),
    ownQuestions: many("ownQuestion"),
  };
  const result = lessonFormSchema.safeParse(raw);
  if (result.success) return { ok: true, input: result.data, values: formValues(raw) };
  const errors: LessonFormErrors = {};
  for (const issue of result.error.issues) {
    const field = (typeof issue.path[0] === "string" ? issue.path[0] : "form") as LessonFormField | "form";
    errors[field] ??= issue.message;
  }
  return { ok: false, errors, values: formValues(raw) };
}

/**
 * The new-lesson form's creation token (a hidden field, docs/decisions/018-outages-idempotency-concurrency.md):
 * undefined when the form has none (a form not made by the page: each submission then makes a lesson), an error
 * message when it is malformed.
 */
export function readCreateToken(form: URLSearchParams): { ok: true; token: string | undefined } | { ok: false; error: string } {
  const token = form.get("createToken");
  if (token === null || token === "") return { ok: true, token: undefined };
  return CREATE_TOKEN_PATTERN.test(token)
    ? { ok: true, token }
    : { ok: false, error: "This form is damaged (its hidden token is not one Career Atlas made): open Make a lesson again." };
}

/**
 * The version of the lesson the edit form was rendered from (a hidden field): required, so an edit from a page that
 * does not say which version it changes cannot overwrite a newer one.
 */
export function readEditVersion(form: URLSearchParams): { ok: true; version: number } | { ok: false; error: string } {
  const raw = form.get("version") ?? "";
  const version = /^[1-9][0-9]{0,8}$/.test(raw) ? Number(raw) : NaN;
  return Number.isInteger(version)
    ? { ok: true, version }
    : { ok: false, error: "This form does not say which version of the lesson it changes: open your edit link again." };
}

/** The message of a lesson save the database could not take (the form is shown again with everything typed). */
export const SAVE_UNAVAILABLE_MESSAGE =
  "The lesson was not saved: Career Atlas cannot reach its database right now. Everything you typed is still here: press the button again in a few seconds.";

/** The submitted values as the form shows them again (strings only, cut to their limits). */
function formValues(raw: Record<string, unknown>): LessonFormValues {
  const str = (v: unknown, max: number) => (typeof v === "string" ? v.slice(0, max) : "");
  const strings = (v: unknown, maxItems: number, max: number) => (Array.isArray(v) ? v.slice(0, maxItems).map((x) => str(x, max)) : []);
  // A well-formed period is shown again as chosen (the form marks one that is not loaded); anything else, none.
  const vintage = typeof raw.vintage === "string" && PROJECTION_VINTAGE_PATTERN.test(raw.vintage) ? raw.vintage : "";
  return {
    title: str(raw.title, L.titleMax * 2),
    note: str(raw.note, L.noteMax * 2),
    vintage,
    roles: strings(raw.roles, 40, 80),
    questions: strings(raw.questions, 120, 90),
    ownQuestions: strings(raw.ownQuestions, L.ownQuestionsMax, L.questionMax * 2),
  };
}

/** Largest lesson form accepted, in bytes (the biggest valid one is under 10 KB). */
export const LESSON_FORM_MAX_BYTES = 64 * 1024;

/**
 * Reads a lesson POST's form, refusing what it must never be: from another site (403: a page elsewhere cannot
 * submit our forms; there are no cookies, so this is the CSRF defence, app/lib/same-origin.server.ts), not a
 * URL-encoded form (415) or oversized (413, counted while reading, whatever Content-Length says).
 */
export async function readLessonPost(request: Request): Promise<URLSearchParams> {
  const get = (name: string) => request.headers.get(name);
  const host = addressedHost(get) ?? new URL(request.url).host;
  if (!isSameOriginRequest({ secFetchSite: get("Sec-Fetch-Site"), origin: get("Origin"), host })) {
    throw new Response("This form can only be sent from Career Atlas's own pages.", {
      status: 403,
      statusText: "Forbidden",
      headers: PRIVATE,
    });
  }
  const type = (request.headers.get("Content-Type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (type !== "application/x-www-form-urlencoded") {
    throw new Response("Send this form from its page (as a URL-encoded form).", {
      status: 415,
      statusText: "Unsupported Media Type",
      headers: PRIVATE,
    });
  }
  const tooLarge = () => new Response("This form is too large.", { status: 413, statusText: "Payload Too Large", headers: PRIVATE });
  if (Number(request.headers.get("Content-Length") ?? "0") > LESSON_FORM_MAX_BYTES) throw tooLarge();
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > LESSON_FORM_MAX_BYTES) {
        await reader.cancel();
        throw tooLarge();
      }
      chunks.push(value);
    }
  }
  return formOfBody(Buffer.concat(chunks));
}

/** Responses with a secret or a counselor's submission: never stored by a browser, proxy or the page cache. */
export const PRIVATE = { "Cache-Control": "private, no-store" } as const;

/** One answer for every code that opens no lesson (malformed or unknown), on every lesson page, so codes cannot be probed. */
export function noSuchLesson(): Response {
  return new Response("There is no lesson with this code. Check the code or link with the person who shared it.", {
    status: 404,
    statusText: "Not Found",
  });
}

/**
 * A lesson code as someone typed it: case, spaces and dashes don't matter, and the letters Crockford's alphabet
 * leaves out read as the digits they look like (i, l -> 1; o -> 0). Invalid codes are a 400 with a message.
 */
export const lessonCodeQuerySchema = z.object({
  code: z
    .string()
    .transform((v) => v.toLowerCase().replace(/[\s-]/g, "").replace(/[il]/g, "1").replace(/o/g, "0"))
    .pipe(z.string().regex(LESSON_CODE_PATTERN, { error: "a lesson code has 10 letters and digits, like 7k2m9q4xbd" }))
    .optional(),
});
