/**
 * The loader step the public lesson pages share (the student page and the one-page handout): the lesson of the
 * address's code, or the one 404 every code that opens nothing gets (counted as a lookup miss when well-formed, so codes
 * cannot be probed; a malformed one costs no query). Public but revalidated on every visit (`no-cache`), because an
 * edit changes the page while the data version, which keys the server's page cache and the pages' ETags, does not. So
 * no ETag either: the page is small, and is rendered fresh on every visit.
 *
 * A code in capitals (the handout prints it so: "CAREER ATLAS LESSON SN9MH6Y8ED") is a 301 to the lower-case address
 * before any lookup, whether or not the lesson exists, so it tells nothing about codes. The query is dropped: these
 * pages read none. The edit, saved and forget addresses are not redirected (their links are written in lower case).
 */
import type { AppLoadContext } from "react-router";
import { withQueryStats } from "~/lib/db.server";
import { countMiss } from "~/lib/rate-limit.server";
import { redirectToLowerCaseSegment } from "~/lib/params.server";
import { getLessonBundle } from "~/features/lessons/queries.server";
import { isLessonCode } from "~/features/lessons/lesson-secrets.server";
import { noSuchLesson } from "~/features/lessons/lesson-form.server";

export async function loadPublicLesson({
  request,
  params,
  context,
}: {
  request: Request;
  params: { code?: string };
  context: AppLoadContext;
}) {
  redirectToLowerCaseSegment(request, params.code, { isValid: isLessonCode, keepQuery: false });
  const code = params.code ?? "";
  if (!isLessonCode(code)) throw noSuchLesson();
  const { result: lesson, ms, queries } = await withQueryStats(() => getLessonBundle({ code }));
  if (!lesson) throw await countMiss("lessonLookupMisses", context.clientIp, noSuchLesson());
  const headers = { "Cache-Control": "public, no-cache", "Server-Timing": `db;dur=${ms.toFixed(1)};desc="${queries} queries"` };
  return { lesson, headers };
}
