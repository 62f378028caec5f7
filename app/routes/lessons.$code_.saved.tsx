import { data, Link, useLoaderData } from "react-router";
import type { Route } from "./+types/lessons.$code_.saved";
import { withQueryStats } from "~/lib/db.server";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { LessonCreated } from "~/features/lessons/components/lesson-created";
import { getLessonForKeeper } from "~/features/lessons/queries.server";
import { isLessonCode } from "~/features/lessons/lesson-secrets.server";
import { noSuchLesson, PRIVATE } from "~/features/lessons/lesson-form.server";
import { keepLessonKey, LESSON_KEY_MAX_AGE_SECONDS, readLessonKey } from "~/features/lessons/lesson-key-cookie.server";
import { lessonEditLinkHref, lessonHref } from "~/features/lessons/lessons";
import { createQrCodeSvg } from "~/features/handout/qr.server";
import { countMiss } from "~/lib/rate-limit.server";
import styles from "~/features/lessons/lessons.css?url";

/**
 * /lessons/<code>/saved[?replayed=1 | ?forgotten=1]: where saving a lesson leads (a 303 from /lessons/new), so a reload shows the
 * result again. The student link, its QR code and the handout for anyone; the edit link only while this browser keeps
 * the lesson's key (the cookie, checked against the stored hash, and renewed by this page). Private, never cached.
 * An unknown code is the student page's 404, counted as a lookup miss. Two queries at most (the lesson, the miss).
 */
export async function loader({ request, params, context }: Route.LoaderArgs) {
  const code = params.code ?? "";
  if (!isLessonCode(code)) throw noSuchLesson();
  const key = await readLessonKey(request);
  const { result: lesson, ms, queries } = await withQueryStats(() => getLessonForKeeper({ code, secret: key }));
  if (!lesson) throw await countMiss("lessonLookupMisses", context.clientIp, noSuchLesson());
  const url = new URL(request.url);
  const studentUrl = `${url.origin}${lessonHref(code)}`;
  const headers = new Headers({ ...PRIVATE, "Server-Timing": `db;dur=${ms.toFixed(1)};desc="${queries} queries"` });
  if (lesson.keyMatches && key) headers.append("Set-Cookie", await keepLessonKey(request, code, key));
  return data(
    {
      lesson: { code, title: lesson.title },
      studentUrl,
      editUrl: lesson.keyMatches && key ? `${url.origin}${lessonEditLinkHref(code, key)}` : null,
      qr: createQrCodeSvg(studentUrl),
      replayed: url.searchParams.get("replayed") === "1",
      forgotten: url.searchParams.get("forgotten") === "1" && !lesson.keyMatches,
      keyMinutes: LESSON_KEY_MAX_AGE_SECONDS / 60,
    },
    { headers },
  );
}

export const headers: Route.HeadersFunction = ({ loaderHeaders, errorHeaders }) => errorHeaders ?? loaderHeaders;

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export const meta: Route.MetaFunction = ({ data: loaderData }) => [
  { title: loaderData ? `Lesson saved: “${loaderData.lesson.title}” — Career Atlas` : "Lesson not found — Career Atlas" },
  { name: "robots", content: "noindex" },
];

export default function LessonSavedPage() {
  const { lesson, studentUrl, editUrl, qr, replayed, forgotten, keyMinutes } = useLoaderData<typeof loader>();
  return (
    <div className="lessons-page">
      <h1>Lesson saved</h1>
      {forgotten ? (
        <p className="lesson-edit__saved" role="status">
          This browser has forgotten the lesson's edit link. The link you saved still works.
        </p>
      ) : null}
      <LessonCreated
        title={lesson.title}
        code={lesson.code}
        studentUrl={studentUrl}
        editUrl={editUrl}
        keyMinutes={keyMinutes}
        qr={qr}
        replayed={replayed}
      />
      <p>
        <Link to="/lessons/new">Make another lesson</Link>
      </p>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
