import { data, useLoaderData } from "react-router";
import type { Route } from "./+types/lessons.$code";
import { withQueryStats } from "~/lib/db.server";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { LessonView } from "~/features/lessons/components/lesson-view";
import { getLessonBundle } from "~/features/lessons/queries.server";
import { isLessonCode } from "~/features/lessons/lesson-secrets.server";
import { noSuchLesson } from "~/features/lessons/lesson-form.server";
import profileStyles from "~/features/roles/profile.css?url";
import styles from "~/features/lessons/lessons.css?url";
import { pageHeaders } from "~/lib/http.server";
import { countMiss } from "~/lib/rate-limit.server";

/**
 * The student view: public (no secret, no personal data, no cookies), but revalidated on every visit
 * (`no-cache`), because an edit changes it while the data version, which keys the server's page cache, does not.
 * No ETag: this page is rendered fresh with a per-request CSP nonce, and a 304 would hand the browser the new
 * request's policy for the old body, whose inline scripts carry the old nonce (Chromium then blocks hydration).
 */
export async function loader({ params, context }: Route.LoaderArgs) {
  const code = params.code ?? "";
  if (!isLessonCode(code)) throw noSuchLesson();
  const { result: lesson, ms, queries } = await withQueryStats(() => getLessonBundle({ code }));
  // Each well-formed code that opens nothing counts against the client (probing); malformed ones cost no query.
  if (!lesson) throw await countMiss("lessonLookupMisses", context.clientIp, noSuchLesson());
  return data(
    { lesson },
    {
      headers: {
        "Cache-Control": "public, no-cache",
        "Server-Timing": `db;dur=${ms.toFixed(1)};desc="${queries} queries"`,
      },
    },
  );
}

export const headers = pageHeaders;

export const links: Route.LinksFunction = () => [
  { rel: "stylesheet", href: profileStyles },
  { rel: "stylesheet", href: styles },
];

export const meta: Route.MetaFunction = ({ data: loaderData }) => [
  { title: loaderData ? `${loaderData.lesson.title} — a Career Atlas lesson` : "Lesson not found — Career Atlas" },
  // Lessons are shared by code, not published: keep them out of search engines.
  { name: "robots", content: "noindex" },
];

export default function LessonPage() {
  const { lesson } = useLoaderData<typeof loader>();
  return <LessonView lesson={lesson} />;
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
