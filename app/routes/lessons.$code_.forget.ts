import { redirect } from "react-router";
import type { Route } from "./+types/lessons.$code_.forget";
import { isLessonCode } from "~/features/lessons/lesson-secrets.server";
import { noSuchLesson, PRIVATE, readLessonPost } from "~/features/lessons/lesson-form.server";
import { forgetLessonKey } from "~/features/lessons/lesson-key-cookie.server";
import { lessonSavedHref } from "~/features/lessons/lessons";

/**
 * POST /lessons/<code>/forget: this browser drops the lesson's key (the cookie of its private pages) at once, then
 * shows the saved page without the edit link. Same-origin forms only, like every lesson POST; no database work, so
 * nothing to count. A GET changes nothing and goes to the saved page.
 */
export async function action({ request, params }: Route.ActionArgs) {
  const code = params.code ?? "";
  await readLessonPost(request);
  if (!isLessonCode(code)) throw noSuchLesson();
  return redirect(`${lessonSavedHref(code)}?forgotten=1`, {
    status: 303,
    headers: { ...PRIVATE, "Set-Cookie": await forgetLessonKey(request, code) },
  });
}

export function loader({ params }: Route.LoaderArgs) {
  const code = params.code ?? "";
  if (!isLessonCode(code)) throw noSuchLesson();
  return redirect(lessonSavedHref(code), { headers: PRIVATE });
}
