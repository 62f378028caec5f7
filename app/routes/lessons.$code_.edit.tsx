import { data, redirect, useActionData, useLoaderData } from "react-router";
import type { Route } from "./+types/lessons.$code_.edit";
import { isDatabaseUnavailable, withQueryStats } from "~/lib/db.server";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { LessonForm } from "~/features/lessons/components/lesson-form";
import { LessonConflict } from "~/features/lessons/components/lesson-conflict";
import { getLessonBundleForEdit, getLessonForKeeper, listLessonRoleChoices, updateLessonBundle } from "~/features/lessons/queries.server";
import { keepLessonKey, LESSON_KEY_MAX_AGE_SECONDS, readLessonKey } from "~/features/lessons/lesson-key-cookie.server";
import { ForgetKey } from "~/features/lessons/components/lesson-created";
import { CopyButton } from "~/ui/copy-button";
import { PRIVATE, readEditVersion, readLessonForm, readLessonPost, SAVE_UNAVAILABLE_MESSAGE } from "~/features/lessons/lesson-form.server";
import { isLessonCode } from "~/features/lessons/lesson-secrets.server";
import { lessonChanges, lessonEditHref, lessonEditLinkHref, lessonHref } from "~/features/lessons/lessons";
import styles from "~/features/lessons/lessons.css?url";
import { readProjectionPeriod } from "~/features/periods/params.server";
import { countMiss } from "~/lib/rate-limit.server";

/**
 * One answer for a missing or wrong key and for an unknown code alike: it tells no more than the public
 * lesson page already does.
 */
function refused(): Response {
  return new Response(
    `This edit link is not valid, or this browser no longer keeps it (it forgets it ${LESSON_KEY_MAX_AGE_SECONDS / 60} minutes after the lesson's last page, or when asked to). Open your edit link again, and check that you copied all of it; an edit link cannot be recovered, so without it the lesson can no longer be changed (make a new one instead).`,
    { status: 403, statusText: "Forbidden", headers: PRIVATE },
  );
}

/**
 * The edit page. Opened with the edit link (`?key=<secret>`, a document request), a right key is traded for the
 * lesson's key cookie and a 303 to the address without it, so the key leaves the address bar, the history entry the
 * page gets and every later request's address (reloads, `.data` requests, the form's POST). Without `key=`, the key
 * is the cookie's; each page renews it. Private, never cached.
 */
export async function loader({ request, params, context }: Route.LoaderArgs) {
  const code = params.code ?? "";
  const url = new URL(request.url);
  const linkKey = url.searchParams.get("key");
  if (!isLessonCode(code)) throw refused();
  if (linkKey !== null) {
    const { result: lesson } = await withQueryStats(() => getLessonForKeeper({ code, secret: linkKey }));
    if (!lesson?.keyMatches) throw await countMiss("lessonLookupMisses", context.clientIp, refused());
    throw redirect(lessonEditHref(code), {
      status: 303,
      headers: { ...PRIVATE, "Set-Cookie": await keepLessonKey(request, code, linkKey) },
    });
  }
  const key = await readLessonKey(request);
  const { result } = await withQueryStats(() =>
    Promise.all([getLessonBundleForEdit({ code, secret: key }), listLessonRoleChoices(), readProjectionPeriod(undefined)]),
  );
  const [bundle, choices, { periods }] = result;
  // A key or code that opens nothing counts against the client, as on the student page.
  if (!bundle || !key) throw await countMiss("lessonLookupMisses", context.clientIp, refused());
  const editUrl = `${url.origin}${lessonEditLinkHref(code, key)}`;
  // A save redirects here with `?saved=1` (below), so the page says so and a reload asks for the page, not the save again.
  const saved = url.searchParams.get("saved") === "1";
  return data(
    { bundle, choices, periods, editUrl, saved, keyMinutes: LESSON_KEY_MAX_AGE_SECONDS / 60 },
    { headers: { ...PRIVATE, "Set-Cookie": await keepLessonKey(request, code, key) } },
  );
}

/**
 * Saves an edit: the key is checked first (403), then the form as on creation (400), then the version the form was
 * rendered from (409 with the lesson as saved now when someone else saved since); a refusal changes nothing and shows
 * the form again as typed. A save answers a 303 to the edit page (`?saved=1`), so that reloading the page after it does
 * not send the form again from the version it replaced (a false "someone else saved this lesson first"). A database
 * that cannot be reached is a 503 with the form kept. A wrong key counts as a lookup miss (rate-limit.server.ts).
 */
export async function action({ request, params, context }: Route.ActionArgs) {
  const code = params.code ?? "";
  const form = await readLessonPost(request);
  // The key is the cookie's (set when the edit link was opened). An edit page rendered before keys moved to the cookie
  // still posts to its `?key=` address: accepted, so what was typed there is not lost.
  const key = (await readLessonKey(request)) ?? new URL(request.url).searchParams.get("key") ?? "";
  if (!isLessonCode(code)) throw refused();
  const parsed = readLessonForm(form);
  const version = readEditVersion(form);
  // The version the form started from stays in it when it is shown again, so a later save is still compared with it.
  const keptVersion = version.ok ? version.version : undefined;
  if (!parsed.ok || !version.ok) {
    // Validate the key before saying anything about the form.
    if (!(await getLessonBundleForEdit({ code, secret: key }))) throw await countMiss("lessonLookupMisses", context.clientIp, refused());
    const errors = parsed.ok ? {} : parsed.errors;
    if (!version.ok) errors.form = version.error;
    return data({ status: "invalid" as const, errors, values: parsed.values, version: keptVersion }, { status: 400, headers: PRIVATE });
  }
  let saved: Awaited<ReturnType<typeof updateLessonBundle>>;
  try {
    saved = await updateLessonBundle({ code, secret: key, version: version.version, input: parsed.input });
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    return data(
      { status: "invalid" as const, errors: { form: SAVE_UNAVAILABLE_MESSAGE }, values: parsed.values, version: keptVersion },
      { status: 503, headers: { ...PRIVATE, "Retry-After": "5" } },
    );
  }
  if (!saved.ok && "forbidden" in saved) throw await countMiss("lessonLookupMisses", context.clientIp, refused());
  if (!saved.ok && "conflict" in saved) {
    // The form now carries the saved version: pressing Save again replaces it, knowingly.
    return data(
      { status: "conflict" as const, current: saved.conflict, values: parsed.values, version: saved.conflict.version },
      { status: 409, headers: PRIVATE },
    );
  }
  if (!saved.ok)
    return data(
      { status: "invalid" as const, errors: saved.errors, values: parsed.values, version: keptVersion },
      { status: 400, headers: PRIVATE },
    );
  return redirect(`${lessonEditHref(code)}?saved=1`, {
    status: 303,
    headers: { ...PRIVATE, "Set-Cookie": await keepLessonKey(request, code, key) },
  });
}

export const headers: Route.HeadersFunction = () => PRIVATE;

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export const meta: Route.MetaFunction = ({ data: loaderData }) => [
  { title: loaderData ? `Edit “${loaderData.bundle.title}” — Career Atlas` : "Edit a lesson — Career Atlas" },
  { name: "robots", content: "noindex" },
];

export default function EditLessonPage() {
  const { bundle, choices, periods, editUrl, saved, keyMinutes } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const studentHref = lessonHref(bundle.code);
  return (
    <div className="lessons-page">
      <h1>Edit “{bundle.title}”</h1>
      <p className="lesson-edit__warning">
        Anyone with your edit link can change the lesson. Students use <a href={studentHref}>{studentHref}</a> (code{" "}
        <strong className="lesson-code">{bundle.code}</strong>). Figures stay pinned to data version {bundle.dataVersion}. This browser
        keeps the edit key for {keyMinutes} minutes after your last visit to this lesson's pages; the address of this page does not contain
        it.
      </p>
      <details className="lesson-edit__link">
        <summary>Your edit link</summary>
        <p className="lesson-created__secret" id="lesson-edit-url" data-testid="edit-url">
          {editUrl}
        </p>
        <CopyButton text={editUrl} selectId="lesson-edit-url" label="Copy the edit link" />
        <ForgetKey code={bundle.code} />
      </details>
      {saved && !result ? (
        <p className="lesson-edit__saved" role="status">
          Saved. Students see the changes at <a href={studentHref}>{studentHref}</a>.
        </p>
      ) : null}
      {result?.status === "conflict" ? (
        <LessonConflict
          savedAt={result.current.updatedAt}
          changes={lessonChanges(result.current, result.values, choices)}
          reloadHref={lessonEditHref(bundle.code)}
        />
      ) : null}
      <LessonForm
        key={result ? `${result.status}-${result.version}-${JSON.stringify(result.values)}` : "edit"}
        choices={choices}
        periods={periods}
        values={result ? result.values : bundle.values}
        errors={result?.status === "invalid" ? result.errors : undefined}
        action={lessonEditHref(bundle.code)}
        submitLabel="Save changes"
        hiddenFields={{ version: String(result?.version ?? bundle.version) }}
      />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
