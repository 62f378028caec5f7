import { data, useLoaderData } from "react-router";
import type { Route } from "./+types/lessons.$code_.handout";
import { withQueryStats } from "~/lib/db.server";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { HandoutSheet } from "~/features/handout/components/handout-sheet";
import { handoutCitation } from "~/features/handout/handout";
import { createQrCodeSvg } from "~/features/handout/qr.server";
import { LessonHandoutBody } from "~/features/lessons/components/lesson-handout";
import { getLessonBundle } from "~/features/lessons/queries.server";
import { isLessonCode } from "~/features/lessons/lesson-secrets.server";
import { noSuchLesson } from "~/features/lessons/lesson-form.server";
import { lessonHref } from "~/features/lessons/lessons";
import { formatCalendarDate, formatVintage, formatWageYear } from "~/lib/format";
import { pageHeaders } from "~/lib/http.server";
import { countMiss } from "~/lib/rate-limit.server";
import handoutStyles from "~/features/handout/handout.css?url";
import styles from "~/features/lessons/lessons.css?url";

/**
 * /lessons/<code>/handout: the lesson on one printed page (Letter or A4), with a QR code to the lesson's public page.
 * The student page's query (the figures of the lesson's own data version and period) and its caching: public (no
 * secret, no personal data) but revalidated, since an edit changes it while the data version does not; no ETag, as on
 * the student page (a 304 would pair the old body with a new CSP nonce). Unknown
 * codes are the student page's 404, counted as lookup misses.
 */
export async function loader({ request, params, context }: Route.LoaderArgs) {
  const code = params.code ?? "";
  if (!isLessonCode(code)) throw noSuchLesson();
  const { result: lesson, ms, queries } = await withQueryStats(() => getLessonBundle({ code }));
  if (!lesson) throw await countMiss("lessonLookupMisses", context.clientIp, noSuchLesson());
  const studentUrl = `${new URL(request.url).origin}${lessonHref(code)}`;
  const figures = lesson.roles.find((r) => r.figures)?.figures;
  const citation = handoutCitation({
    statistics: lesson.sources.find((s) => s.id === figures?.sourceId),
    periodLabel: formatVintage(lesson.vintage),
    wageYearLabel: figures?.wageYear ? formatWageYear(figures.wageYear) : null,
    dataVersion: lesson.dataVersion.tag,
    loadedOn: formatCalendarDate(lesson.dataVersion.loadedAt),
  });
  return data(
    { lesson, qr: createQrCodeSvg(studentUrl), citation },
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
  { rel: "stylesheet", href: handoutStyles },
  { rel: "stylesheet", href: styles },
];

export const meta: Route.MetaFunction = ({ data: loaderData }) => [
  { title: loaderData ? `${loaderData.lesson.title}: one-page lesson handout — Career Atlas` : "Lesson not found — Career Atlas" },
  { name: "robots", content: "noindex" },
];

export default function LessonHandoutPage() {
  const { lesson, qr, citation } = useLoaderData<typeof loader>();
  const period = formatVintage(lesson.vintage);
  const paragraphs = lesson.note ? lesson.note.split(/\n{2,}/) : [];
  return (
    <HandoutSheet
      kicker={`Career Atlas lesson ${lesson.code} · BLS projections ${period}`}
      title={lesson.title}
      lede={
        <>
          {paragraphs.map((paragraph, i) => (
            <p key={i}>{paragraph}</p>
          ))}
          <p>
            Figures from Career Atlas data version {lesson.dataVersion.tag} (loaded {formatCalendarDate(lesson.dataVersion.loadedAt)}): the
            same all term. Scan the code for the lesson page.
          </p>
        </>
      }
      qr={qr}
      qrDescription={`opens the lesson “${lesson.title}”`}
      backHref={lessonHref(lesson.code)}
      backLabel="Back to the lesson"
      citation={citation}
      sources={lesson.sources}
      dense={lesson.roles.length > 4 || lesson.questions.length > 6}
    >
      <LessonHandoutBody lesson={lesson} />
    </HandoutSheet>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
