/**
 * The loader step the public lesson pages share (the student page and the one-page handout): the lesson of the
 * address's code, or the one 404 every code that opens nothing gets (counted as a lookup miss when well-formed, so codes
 * cannot be probed; a malformed one costs no query). Public but revalidated on every visit (`no-cache`), because an
 * edit changes the page while the data version, which keys the server's page cache and the pages' ETags, does not. So
 * no ETag either: the page is small, and is rendered fresh on every visit.
 */
import type { AppLoadContext } from "react-router";
import { withQueryStats } from "~/lib/db.server";
import { countMiss } from "~/lib/rate-limit.server";
import { getLessonBundle } from "~/features/lessons/queries.server";
import { isLessonCode } from "~/features/lessons/lesson-secrets.server";
import { noSuchLesson } from "~/features/lessons/lesson-form.server";

export async function loadPublicLesson({ params, context }: { params: { code?: string }; context: AppLoadContext }) {
  const code = params.code ?? "";
  if (!isLessonCode(code)) throw noSuchLesson();
  const { result: lesson, ms, queries } = await withQueryStats(() => getLessonBundle({ code }));
  if (!lesson) throw await countMiss("lessonLookupMisses", context.clientIp, noSuchLesson());
  const headers = { "Cache-Control": "public, no-cache", "Server-Timing": `db;dur=${ms.toFixed(1)};desc="${queries} queries"` };
  return { lesson, headers };
}
