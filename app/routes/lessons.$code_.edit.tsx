import { data, useActionData, useLoaderData } from "react-router";
import type { Route } from "./+types/lessons.$code_.edit";
import { isDatabaseUnavailable, withQueryStats } from "~/lib/db.server";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { LessonForm } from "~/features/lessons/components/lesson-form";
import { LessonConflict } from "~/features/lessons/components/lesson-conflict";
import { getLessonBundleForEdit, listLessonRoleChoices, updateLessonBundle } from "~/features/lessons/queries.server";
import { PRIVATE, readEditVersion, readLessonForm, readLessonPost, SAVE_UNAVAILABLE_MESSAGE } from "~/features/lessons/lesson-form.server";
import { isLessonCode } from "~/features/lessons/lesson-secrets.server";
import { lessonChanges, lessonEditHref, lessonHref } from "~/features/lessons/lessons";
import styles from "~/features/lessons/lessons.css?url";
import { readProjectionPeriod } from "~/features/periods/params.server";
import { countMiss } from "~/lib/rate-limit.server";

/**
 * One answer for a missing or wrong key and for an unknown code alike: it tells no more than the public
 * lesson page already does.
 */
function refused(): Response {
  return new Response(
    "This edit link is not valid. Check that you copied all of it; an edit link cannot be recovered, so without it the lesson can no longer be changed (make a new one instead).",
    { status: 403, statusText: "Forbidden", headers: PRIVATE },
  );
}

/** The edit page: only with the key (the edit secret) in its address; private, never cached. */
export async function loader({ request, params, context }: Route.LoaderArgs) {
  const code = params.code ?? "";
  const key = new URL(request.url).searchParams.get("key") ?? undefined;
  if (!isLessonCode(code)) throw refused();
  const { result } = await withQueryStats(() =>
    Promise.all([getLessonBundleForEdit({ code, secret: key }), listLessonRoleChoices(), readProjectionPeriod(undefined)]),
  );
  const [bundle, choices, { periods }] = result;
  // A key or code that opens nothing counts against the client, as on the student page.
  if (!bundle || !key) throw await countMiss("lessonLookupMisses", context.clientIp, refused());
  return data({ bundle, choices, periods, key }, { headers: PRIVATE });
}

/**
 * Saves an edit: the key is checked first (403), then the form as on creation (400), then the version the form was
 * rendered from (409 with the lesson as saved now when someone else saved since); a refusal changes nothing and shows
 * the form again as typed. A database that cannot be reached is a 503 with the form kept. A wrong key counts as a
 * lookup miss (rate-limit.server.ts).
 */
export async function action({ request, params, context }: Route.ActionArgs) {
  const code = params.code ?? "";
  const form = await readLessonPost(request);
  // The key travels in the address, as the edit link gives it, for the save and for the page that answers it: a
  // key only in the form would save, then fail the page's own check (a 403 after a save). So it is refused first.
  const key = new URL(request.url).searchParams.get("key") ?? "";
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
  return data({ status: "saved" as const }, { headers: PRIVATE });
}

export const headers: Route.HeadersFunction = () => PRIVATE;

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export const meta: Route.MetaFunction = ({ data: loaderData }) => [
  { title: loaderData ? `Edit “${loaderData.bundle.title}” — Career Atlas` : "Edit a lesson — Career Atlas" },
  { name: "robots", content: "noindex" },
];

export default function EditLessonPage() {
  const { bundle, choices, periods, key } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const studentHref = lessonHref(bundle.code);
  return (
    <div className="lessons-page">
      <h1>Edit “{bundle.title}”</h1>
      <p className="lesson-edit__warning">
        This page's address is your private edit link: anyone who has it can change the lesson. Students use{" "}
        <a href={studentHref}>{studentHref}</a> (code <strong className="lesson-code">{bundle.code}</strong>). Figures stay pinned to data
        version {bundle.dataVersion}.
      </p>
      {result?.status === "saved" ? (
        <p className="lesson-edit__saved" role="status">
          Saved. Students see the changes at <a href={studentHref}>{studentHref}</a>.
        </p>
      ) : null}
      {result?.status === "conflict" ? (
        <LessonConflict
          savedAt={result.current.updatedAt}
          changes={lessonChanges(result.current, result.values, choices)}
          reloadHref={lessonEditHref(bundle.code, key)}
        />
      ) : null}
      <LessonForm
        key={result && result.status !== "saved" ? `${result.status}-${result.version}-${JSON.stringify(result.values)}` : "edit"}
        choices={choices}
        periods={periods}
        values={result && result.status !== "saved" ? result.values : bundle.values}
        errors={result?.status === "invalid" ? result.errors : undefined}
        action={lessonEditHref(bundle.code, key)}
        submitLabel="Save changes"
        hiddenFields={{ version: String((result && result.status !== "saved" ? result.version : undefined) ?? bundle.version) }}
      />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
