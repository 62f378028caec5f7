/**
 * The type size of a lesson's printed handout (app/features/lessons/handout-print-type.ts): as large as the lesson leaves
 * room for on one page. tests/e2e/handout-type.spec.ts prints lessons and checks the page count and the sizes in Chromium;
 * these tests pin the choice itself.
 */
import { describe, expect, it } from "vitest";
import { LESSON_LIMITS } from "~db/schema/lesson-limits";
import { lessonHandoutHeight, lessonHandoutPrintType, type LessonHandoutText } from "~/features/lessons/handout-print-type";
import type { LessonRole } from "~/features/lessons/lessons";
import { sourceCitation } from "./slide-fixtures";

const role = (slug: string): LessonRole => ({
  slug,
  title: slug,
  summary: null,
  entryEducation: "Bachelor's degree",
  entrySourceId: "bls-ep-2024-34",
  entryDataYear: "2024-34",
  figures: {
    socCode: "15-1252",
    occupationTitle: "Software developers",
    baseYear: 2024,
    targetYear: 2034,
    employmentBase: 1693800,
    employmentProjected: 1961400,
    changePercent: 15.8,
    annualOpenings: 115200,
    medianAnnualWage: 133080,
    wageYear: 2024,
    sourceId: "bls-ep-2024-34",
    pay: null,
    comparison: null,
  },
});

const question = (text: string, roleTitle: string | null = "Back-End Developer") => ({ text, roleSlug: null, roleTitle });

/** A lesson's handout: its title, note, roles, questions, two sources and a citation line as long as the real one. */
function lesson({
  title = "Careers in software",
  note = "Compare pay and growth, then talk about which role suits you.",
  roles = 3,
  questions = [] as ReturnType<typeof question>[],
} = {}): LessonHandoutText {
  return {
    lesson: {
      title,
      note,
      roles: Array.from({ length: roles }, (_, i) => role(`role-${i}`)),
      questions,
      sources: [sourceCitation("bls-ep-2024-34"), sourceCitation("bls-oews-2024")],
    },
    citation:
      `Source: ${"U.S. Bureau of Labor Statistics, Employment Projections program, Employment Projections 2024-34 ".repeat(3)}`.slice(
        0,
        340,
      ),
  };
}

const DATASET_QUESTION =
  "BLS expects employment of software developers to grow, yet AI tools can already write code. How could both be true?";
const longest = (n: number) => `Question ${n}: ${"which part of this work would you enjoy, and which would you find hard? ".repeat(5)}`;

/** The largest lesson the form allows: every limit at its maximum, own questions of the longest length. */
const LARGEST = lesson({
  title: "T".repeat(LESSON_LIMITS.titleMax),
  note: "A note for the class. ".repeat(40).slice(0, LESSON_LIMITS.noteMax),
  roles: LESSON_LIMITS.rolesMax,
  questions: [
    ...Array.from({ length: LESSON_LIMITS.questionsMax - LESSON_LIMITS.ownQuestionsMax }, () => question(DATASET_QUESTION)),
    ...Array.from({ length: LESSON_LIMITS.ownQuestionsMax }, (_, i) => question(longest(i + 1).slice(0, LESSON_LIMITS.questionMax), null)),
  ],
});

describe("a lesson handout's print type", () => {
  it("prints a typical lesson (three roles, three questions) at 9 pt or larger, all of it at that size", () => {
    // What would break: every lesson printed at the fullest lesson's size, 7.5 pt with its table at 8 px and details at
    // 6 px, while a lesson like this one filled a third of the page (a counselor's pass).
    const typical = lessonHandoutPrintType(lesson({ questions: [1, 2, 3].map(() => question(DATASET_QUESTION)) }));
    expect(typical.sizePt).toBeGreaterThanOrEqual(9);
    expect(typical.minPt).toBe(typical.sizePt);
  });

  it("prints the largest lesson the form allows at 7 pt, the smallest size, and nothing in it smaller", () => {
    // What would break: the fullest lesson in type below 7 pt (9.3 px), or details below its size (the table's were 6 px).
    // That it fits one page is checked in Chromium (tests/e2e/handout-type.spec.ts): the estimate errs high, by about a
    // tenth at this size.
    expect(lessonHandoutPrintType(LARGEST)).toEqual({ sizePt: 7, minPt: 7, tight: false });
  });

  it("never prints a lesson larger for holding more: a role, a question or a longer note", () => {
    // What would break: a size chosen from something other than the content's height, so that adding to a lesson could
    // make it overflow the page.
    const base = { roles: 4, questions: [1, 2, 3, 4].map(() => question(DATASET_QUESTION)) };
    const size = (text: LessonHandoutText) => lessonHandoutPrintType(text).sizePt;
    const reference = size(lesson(base));
    expect(size(lesson({ ...base, roles: 5 }))).toBeLessThanOrEqual(reference);
    expect(size(lesson({ ...base, questions: [...base.questions, question(longest(1).slice(0, 300), null)] }))).toBeLessThanOrEqual(
      reference,
    );
    expect(size(lesson({ ...base, note: "A longer note. ".repeat(40) }))).toBeLessThanOrEqual(reference);
    for (const sizePt of [7, 8, 9, 10])
      expect(lessonHandoutHeight(lesson(base), sizePt + 0.5)).toBeGreaterThan(lessonHandoutHeight(lesson(base), sizePt));
  });
});
