import { data, useLoaderData } from "react-router";
import type { Route } from "./+types/lessons.$code";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { LessonView } from "~/features/lessons/components/lesson-view";
import { loadPublicLesson } from "~/features/lessons/public-lesson.server";
import profileStyles from "~/features/roles/profile.css?url";
import styles from "~/features/lessons/lessons.css?url";
import { pageHeaders } from "~/lib/http.server";
import { citedPage } from "~/features/data-pin/cite.server";

/** The student view: public (no secret, no personal data, no cookies), revalidated on every visit (loadPublicLesson). */
export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { lesson, headers } = await loadPublicLesson({ request, params, context });
  // The lesson keeps its own data version: its address already shows the same figures for good, so nothing to pin.
  const citation = citedPage({ request, title: lesson.title, dataVersion: lesson.dataVersion, pinnable: false });
  return data({ lesson, citation }, { headers });
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
  const { lesson, citation } = useLoaderData<typeof loader>();
  return <LessonView lesson={lesson} citation={citation} />;
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
