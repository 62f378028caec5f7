import { data, redirect, useActionData, useLoaderData, type ShouldRevalidateFunction } from "react-router";
import type { Route } from "./+types/lessons.new";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { LessonForm } from "~/features/lessons/components/lesson-form";
import { formatCalendarDate } from "~/lib/format";
import { getCurrentDataVersion } from "~/features/data-pin/data-version.server";
import { createLessonBundle, findLessonMadeWithToken, listLessonRoleChoices } from "~/features/lessons/queries.server";

import { loadPublicPage } from "~/lib/page-loader.server";
import { PRIVATE, readCreateToken, readLessonForm, readLessonPost, SAVE_UNAVAILABLE_MESSAGE } from "~/features/lessons/lesson-form.server";
import { generateCreateToken } from "~/features/lessons/lesson-secrets.server";
import { isDatabaseUnavailable } from "~/lib/db.server";
import { lessonSavedHref, type LessonFormValues } from "~/features/lessons/lessons";
import { keepLessonKey } from "~/features/lessons/lesson-key-cookie.server";
import { rateLimit } from "~/lib/rate-limit.server";
import styles from "~/features/lessons/lessons.css?url";
import { readProjectionPeriod } from "~/features/periods/params.server";

export async function loader({ request }: Route.LoaderArgs) {
  const { result, headers } = await loadPublicPage(request, {
    load: async () => {
      const [choices, { periods }, dataVersion] = await Promise.all([
        listLessonRoleChoices(),
        readProjectionPeriod(undefined),
        getCurrentDataVersion(),
      ]);
      return { choices, periods, dataVersion };
    },
  });
  const { choices, periods, dataVersion } = result;
  // Each rendering carries its own creation token, so the page is private: a cached copy would share one token.
  headers.set("Cache-Control", PRIVATE["Cache-Control"]);
  headers.delete("ETag");
  return data(
    { choices, periods, dataVersion: { tag: dataVersion.tag, loadedAt: dataVersion.loadedAt }, createToken: generateCreateToken() },
    { headers },
  );
}

/**
 * No new token after a submission: the form keeps the one it was rendered with, so pressing the button again after a
 * refusal or an outage (or a client retrying a timed-out request) finds the lesson a first send may have made.
 */
export const shouldRevalidate: ShouldRevalidateFunction = ({ formMethod, defaultShouldRevalidate }) =>
  formMethod === "POST" ? false : defaultShouldRevalidate;

/**
 * Creates a lesson: same-origin URL-encoded form only, validated (zod, then role slugs and questions against
 * the dataset), rate-limited per client IP (a retry of a saved submission is not counted). A saved lesson is a 303 to
 * its saved page with the edit secret in a cookie for that lesson's private pages (lesson-key-cookie.server.ts); a
 * refusal shows the form again as typed.
 */
export async function action({ request, context }: Route.ActionArgs) {
  const form = await readLessonPost(request);
  const parsed = readLessonForm(form);
  const token = readCreateToken(form);
  // Shown again with the form, so a page rendered after this answer (without JavaScript) keeps the same token.
  const createToken = token.ok ? token.token : undefined;
  if (!parsed.ok || !token.ok) {
    const errors = parsed.ok ? {} : parsed.errors;
    if (!token.ok) errors.form = token.error;
    return data({ status: "invalid" as const, errors, values: parsed.values, createToken }, { status: 400, headers: PRIVATE });
  }
  let saved: Awaited<ReturnType<typeof createLessonBundle>> | undefined;
  try {
    // A retry of a submission that was saved (its first send committed, then timed out for the client) gets its lesson
    // back before any limit is counted: its network may have spent its creations meanwhile, and a 429 here would lose
    // the edit link for good. Read-only; a send that finds nothing goes on to the transaction below, which looks again.
    if (createToken !== undefined) saved = await findLessonMadeWithToken({ createToken });
    if (!saved) {
      // Only well-formed submissions that are not a replay cost a point: they are the ones that may write. The count is
      // shared by every instance on the database; a client already over it is refused by the shell before this
      // (server/rate-limit.ts), unless its form is a retry of a saved creation, answered above.
      const limiter = await rateLimit("lessonCreation");
      const decision = await limiter.consume(context.clientIp);
      if (!decision.allowed) {
        return data(
          {
            status: "invalid" as const,
            errors: { form: limiter.policy.message(decision.retryAfterSeconds) },
            values: parsed.values,
            createToken,
          },
          { status: 429, headers: { ...PRIVATE, "Retry-After": String(decision.retryAfterSeconds) } },
        );
      }
      // Two sends of one token at once both reach this; the token's unique constraint makes one lesson of them.
      saved = await createLessonBundle({ input: parsed.input, createToken });
    }
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    return data(
      { status: "invalid" as const, errors: { form: SAVE_UNAVAILABLE_MESSAGE }, values: parsed.values, createToken },
      { status: 503, headers: { ...PRIVATE, "Retry-After": "5" } },
    );
  }
  if (!saved.ok)
    return data(
      { status: "invalid" as const, errors: saved.errors, values: parsed.values, createToken },
      { status: 400, headers: PRIVATE },
    );
  // Post-redirect-get: the result has an address of its own (a reload or Back shows it again, not an empty form), and
  // the edit secret goes to this browser in a cookie for that lesson's private pages only, never into an address.
  return redirect(lessonSavedHref(saved.code, { replayed: saved.replayed === true }), {
    status: 303,
    headers: { ...PRIVATE, "Set-Cookie": await keepLessonKey(request, saved.code, saved.secret) },
  });
}

export const headers: Route.HeadersFunction = ({ actionHeaders, loaderHeaders, errorHeaders }) =>
  errorHeaders ?? (actionHeaders.has("Cache-Control") ? actionHeaders : loaderHeaders);

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export const meta: Route.MetaFunction = () => [
  { title: "Make a lesson — Career Atlas" },
  { name: "description", content: "Pick a few roles and discussion questions and share them with students by a short code: no accounts." },
];

/** A new lesson: nothing chosen yet (the form preselects the newest loaded period). */
const EMPTY_FORM: LessonFormValues = {
  title: "",
  note: "",
  vintage: "",
  roles: [],
  questions: [],
  ownQuestions: [],
};

export default function NewLessonPage() {
  const { choices, periods, dataVersion, createToken } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <div className="lessons-page">
      <h1>Make a lesson</h1>
      <p className="lede">
        Pick a few roles and discussion questions, add a short note, and get a short code and link for your class. Students open it without
        an account; nothing about them is collected.
      </p>
      <p className="muted">
        The lesson's figures are pinned to the current data (version {dataVersion.tag}, loaded {formatCalendarDate(dataVersion.loadedAt)}):
        students see the same numbers all term.
      </p>
      <LessonForm
        key={result ? JSON.stringify(result.errors) : "new"}
        choices={choices}
        periods={periods}
        values={result?.values ?? EMPTY_FORM}
        errors={result?.errors}
        action="/lessons/new"
        submitLabel="Save the lesson"
        hiddenFields={{ createToken: result?.createToken ?? createToken }}
      />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
