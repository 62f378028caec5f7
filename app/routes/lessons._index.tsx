import { data, Form, Link, redirect, useLoaderData } from "react-router";
import type { Route } from "./+types/lessons._index";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { lessonCodeQuerySchema } from "~/features/lessons/lesson-form.server";
import { lessonHref } from "~/features/lessons/lessons";
import styles from "~/features/lessons/lessons.css?url";
import { pageHeaders } from "~/lib/http.server";

/** /lessons: open a lesson by its code (`?code=` redirects to it) or make one. No database work. */
export async function loader({ request }: Route.LoaderArgs) {
  const url = new URL(request.url);
  const parsed = lessonCodeQuerySchema.safeParse({ code: url.searchParams.get("code")?.slice(0, 100) || undefined });
  if (parsed.success && parsed.data.code) return redirect(lessonHref(parsed.data.code));
  const problem = parsed.success ? null : `That is not a lesson code: ${parsed.error.issues[0]?.message ?? "check it"}.`;
  return data(
    { problem, typed: url.searchParams.get("code")?.slice(0, 40) ?? "" },
    { status: problem ? 400 : 200, headers: { "Cache-Control": problem ? "private, no-store" : "public, max-age=300" } },
  );
}

export const headers = pageHeaders;

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export const meta: Route.MetaFunction = () => [
  { title: "Lessons — Career Atlas" },
  {
    name: "description",
    content: "Open a lesson your counselor shared, or make one for your class: a few roles, discussion questions and a note.",
  },
];

export default function LessonsPage() {
  const { problem, typed } = useLoaderData<typeof loader>();
  return (
    <div className="lessons-page">
      <h1>Lessons</h1>
      <p className="lede">
        A lesson is a few roles, their key figures and questions to discuss, shared by a short code. No accounts, and nothing about students
        is collected.
      </p>
      <section aria-labelledby="open-lesson-title" className="lessons-open">
        <h2 id="open-lesson-title">Open a lesson</h2>
        <Form method="get" action="/lessons">
          <label htmlFor="lesson-code">Lesson code</label>
          <input
            id="lesson-code"
            name="code"
            type="text"
            required
            maxLength={40}
            autoComplete="off"
            spellCheck={false}
            defaultValue={typed}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? "lesson-code-hint lesson-code-error" : "lesson-code-hint"}
          />
          <button type="submit">Open</button>
          <p className="lesson-form__hint" id="lesson-code-hint">
            10 letters and digits, from your counselor or teacher.
          </p>
          {problem ? (
            <p className="lesson-form__error" id="lesson-code-error" role="alert">
              {problem}
            </p>
          ) : null}
        </Form>
      </section>
      <section aria-labelledby="make-lesson-title">
        <h2 id="make-lesson-title">For counselors and teachers</h2>
        <p>
          <Link to="/lessons/new">Make a lesson</Link>: pick 1 to 8 roles and their discussion questions, add a note, and share the code,
          link or QR code. The figures stay pinned to the data of the day you make it.
        </p>
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
