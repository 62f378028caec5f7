/**
 * The type size of a lesson's printed handout: the largest that keeps the lesson on one page. A lesson holds 1 to 8
 * roles, up to 12 questions of up to 300 characters and a note of up to 600 (db/schema/lesson-limits.ts), so one size
 * does not fit all: a size small enough for the fullest lesson left a two-role lesson in 8 px type on the top third of
 * the page. The page's height is estimated line by line (lessons.css and handout.css set what each line holds) for the
 * narrower and the shorter of the two papers (A4's width, Letter's height), with a glyph width that errs wide; the
 * figures were checked against Chromium's print layout of lessons from one role to the largest the form allows.
 * Browser-safe: plain values.
 */
import { sourceCredit } from "~/features/sources/citations";
import { handoutAttributions } from "~/features/handout/handout";
import type { HandoutPrintType } from "~/features/handout/print-type";
import type { LessonBundleView } from "~/features/lessons/lessons";

/** Type sizes tried, largest first (points). 10.5 pt is as large as a handout's text needs to be. */
const SIZES_PT = [10.5, 10, 9.5, 9, 8.5, 8, 7.5, 7] as const;

/** The printable area in CSS px: A4's width (210 mm less 2 × 10 mm margins) and Letter's height (11 in less 2 × 10 mm). */
const PAGE = { width: 718, height: 980 } as const;

/**
 * The share of the page the estimate may fill: room for what it cannot know (the reader's fonts, how a table's columns
 * share the width). On the lessons it was checked against, from one role to the largest lesson the form allows, at every
 * size tried, it erred high by 2% to 17%.
 */
const FILL = 0.97;

/**
 * Average glyph widths in em. DejaVu Sans, the widest common sans-serif (Debian's default), averages about 0.55 em on
 * mixed-case text; bold about 0.62 em. A narrower font (Helvetica, Arial, Segoe UI) only leaves more room.
 */
const GLYPH = 0.56;
const BOLD_GLYPH = 0.63;

/** The QR code's box (handout.css): 1.1 in square under a caption of up to three lines, 1.45 in wide. */
const QR = { codePx: 105.6, widthPx: 139.2 } as const;

/**
 * Lines of a row of the roles table: its median pay with the 10th–90th spread under it ("10th–90th percentile: $48,560
 * to $162,870 [2]"), wrapped to its column, is the tallest cell. Measured in Chromium at A4's width: 3 lines up to 7.5 pt,
 * 4 to 9 pt, 5 above (the column's width does not grow with the type).
 */
function tableRowLines(sizePt: number): number {
  if (sizePt <= 7.5) return 3;
  if (sizePt <= 9) return 4;
  return 5;
}

/** Lines a text of `chars` characters takes in a box `widthPx` wide, at `fontPx`, wrapped at spaces (a few characters lost per line). */
function lines(chars: number, widthPx: number, fontPx: number, glyph = GLYPH): number {
  if (chars === 0) return 0;
  const perLine = Math.max(1, Math.floor(widthPx / (glyph * fontPx)) - 4);
  return Math.ceil(chars / perLine);
}

/** What the handout prints: the lesson, and the citation line of its footer. */
export interface LessonHandoutText {
  lesson: Pick<LessonBundleView, "title" | "note" | "roles" | "questions" | "sources">;
  citation: string;
}

/** The estimated height, in CSS px, of the lesson's handout printed at `sizePt`. */
export function lessonHandoutHeight({ lesson, citation }: LessonHandoutText, sizePt: number): number {
  const s = (sizePt * 4) / 3;
  const line = 1.2 * s;
  const { width } = PAGE;
  const paragraphs = lesson.note ? lesson.note.split(/\n{2,}/) : [];
  // Kicker; title (1.75em, bold, lines of 1.1); the note and the data-version sentence (1.05em); the header's margins.
  const header =
    line +
    lines(lesson.title.length, width, 1.75 * s, BOLD_GLYPH) * 1.925 * s +
    [...paragraphs.map((p) => p.length), 150].reduce((sum, chars) => sum + lines(chars, width, 1.05 * s) * 1.26 * s, 0) +
    0.95 * s;
  // A section's heading: 1.12em on a line, its rule and margins; a section's bottom margin.
  const sectionHead = 1.12 * s * 1.2 + 0.45 * 1.12 * s + 2;
  const sectionEnd = 0.55 * s;
  const headRowLines = sizePt <= 9 ? 2 : 3;
  const rows = lesson.roles.reduce((sum, role) => sum + (role.figures ? tableRowLines(sizePt) : 2) * line + 0.3 * s + 1, 0);
  const caveat = lines(230, width, s) * line + 0.2 * s;
  const roles = sectionHead + headRowLines * line + 0.3 * s + 2 + rows + caveat + sectionEnd;
  const questionWidth = width - 2 * s;
  const questions =
    lesson.questions.length === 0
      ? 0
      : sectionHead +
        lesson.questions.reduce(
          (sum, q) => sum + lines(q.text.length + (q.roleTitle ? q.roleTitle.length + 9 : 0), questionWidth, s) * line + 0.1 * s,
          0,
        ) +
        0.5 * s +
        sectionEnd;
  // The footer: the citation, the numbered sources in two columns and the attributions beside the QR code, in fine print.
  const fine = 0.85 * s;
  const fineLine = 1.2 * fine;
  const textWidth = width - QR.widthPx - 1.25 * fine;
  const sourceLines = lesson.sources.reduce(
    (sum, source) => sum + lines(sourceCredit(source).length + 2, textWidth / 2 - 1.5 * fine, fine),
    0,
  );
  const footerText =
    lines(citation.length, textWidth, fine, BOLD_GLYPH) * fineLine +
    Math.ceil(sourceLines / 2 + 1) * fineLine +
    lines(handoutAttributions(lesson.sources).join(" ").length, textWidth, fine) * fineLine +
    0.5 * fine;
  const qr = QR.codePx + 3 * fineLine + 0.15 * fine;
  const footer = Math.max(footerText, qr) + 0.85 * fine + 2;
  return header + roles + questions + footer;
}

/** The largest size at which the lesson fits one page (by the estimate); the smallest size tried if none does. */
export function lessonHandoutPrintType(text: LessonHandoutText): HandoutPrintType {
  const sizePt = SIZES_PT.find((size) => lessonHandoutHeight(text, size) <= PAGE.height * FILL) ?? SIZES_PT.at(-1)!;
  // Every text of the sheet at its size: a lesson's table and notes are what the class reads.
  return { sizePt, minPt: sizePt, tight: false };
}
