import { data, useLoaderData } from "react-router";
import type { Route } from "./+types/lessons.$code_.handout";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { HandoutSheet } from "~/features/handout/components/handout-sheet";
import { handoutCitation } from "~/features/handout/handout";
import { createQrCodeSvg } from "~/features/handout/qr.server";
import { LessonHandoutBody } from "~/features/lessons/components/lesson-handout";
import { lessonHandoutPrintType } from "~/features/lessons/handout-print-type";
import { loadPublicLesson } from "~/features/lessons/public-lesson.server";
import { lessonHref } from "~/features/lessons/lessons";
import { formatCalendarDate, formatVintage, formatWageYear } from "~/lib/format";
import { pageHeaders } from "~/lib/http.server";
import handoutStyles from "~/features/handout/handout.css?url";
import styles from "~/features/lessons/lessons.css?url";

/**
 * /lessons/<code>/handout: the lesson on one printed page (Letter or A4), with a QR code to the lesson's public page.
 * The student page's loader step (loadPublicLesson: the figures of the lesson's own data version and period, its
 * caching and its 404).
 */
export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { lesson, headers } = await loadPublicLesson({ request, params, context });
  const code = lesson.code;
  const studentUrl = `${new URL(request.url).origin}${lessonHref(code)}`;
  const figures = lesson.roles.find((r) => r.figures)?.figures;
  const citation = handoutCitation({
    statistics: lesson.sources.find((s) => s.id === figures?.sourceId),
    periodLabel: formatVintage(lesson.vintage),
    wageYearLabel: figures?.wageYear ? formatWageYear(figures.wageYear) : null,
    dataVersion: lesson.dataVersion.tag,
    loadedOn: formatCalendarDate(lesson.dataVersion.loadedAt),
  });
  return data({ lesson, qr: createQrCodeSvg(studentUrl), citation }, { headers });
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
      printType={lessonHandoutPrintType({ lesson, citation })}
    >
      <LessonHandoutBody lesson={lesson} />
    </HandoutSheet>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
