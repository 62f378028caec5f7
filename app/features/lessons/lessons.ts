/**
 * Lesson bundles as pages receive them (built by app/features/lessons/queries.server.ts), the form's field names and
 * limits (the same limits the server's zod schema and the table constraints use), and their addresses.
 * Plain data only: this module is loaded by the browser.
 */
import { LESSON_LIMITS } from "~db/schema/lesson-limits";
import { formatVintage } from "~/lib/format";
import type { ProjectionVintage } from "~db/schema/enums";
import type { SourceCitation } from "~/features/sources/citations";
import type { GrowthComparison } from "~/features/roles/role-profile";
import type { PayPercentiles } from "~/features/pay/pay";

export { LESSON_LIMITS };

/** A role a counselor can pick, with the discussion questions the dataset gives it. */
export interface LessonRoleChoice {
  slug: string;
  title: string;
  careerCluster: string;
  questions: { position: number; text: string }[];
}

/** What the form holds: on a new form, after a refused submission (to show it again), and on the edit page. */
export interface LessonFormValues {
  title: string;
  note: string;
  /** "" when none is chosen (the form preselects the newest loaded period). */
  vintage: ProjectionVintage;
  roles: string[];
  /** Picked dataset questions, as `<role slug>:<position>`. */
  questions: string[];
  /** The counselor's own questions, one per box (blank boxes allowed). */
  ownQuestions: string[];
}

export type LessonFormField = "title" | "note" | "vintage" | "roles" | "questions" | "ownQuestions";

/** One message per field that was refused, plus `form` for what concerns the whole submission. */
export type LessonFormErrors = Partial<Record<LessonFormField | "form", string>>;

export function questionValue(slug: string, position: number): string {
  return `${slug}:${position}`;
}

/** A lesson's editable fields as saved now (questions as their text): what an edit conflict shows. */
export interface LessonSnapshot {
  title: string;
  note: string;
  vintage: string;
  roles: string[];
  questions: string[];
  /** ISO time of the save that moved the version on. */
  updatedAt: string;
  version: number;
}

/** One field where the saved lesson differs from the editor's form: its label and the saved value, as text. */
export interface LessonFieldChange {
  field: LessonFormField;
  label: string;
  saved: string;
}

/**
 * Where the lesson saved by someone else differs from the form the editor is sending, field by field (roles by title,
 * ticked questions by their text, in order): what the conflict message lists, so nothing is overwritten unseen.
 */
export function lessonChanges(saved: LessonSnapshot, mine: LessonFormValues, choices: LessonRoleChoice[]): LessonFieldChange[] {
  const roleTitle = (slug: string) => choices.find((c) => c.slug === slug)?.title ?? slug;
  const questionText = (value: string) => {
    const [slug, position] = value.split(":");
    return choices.find((c) => c.slug === slug)?.questions.find((q) => String(q.position) === position)?.text ?? value;
  };
  const myQuestions = [...mine.roles.flatMap((slug) => mine.questions.filter((v) => v.startsWith(`${slug}:`)).map(questionText))];
  myQuestions.push(...mine.ownQuestions.map((q) => q.replace(/\r\n?/g, "\n").trim()).filter((q) => q !== ""));
  const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  const list = (items: string[]) => (items.length === 0 ? "(none)" : items.join("; "));
  const changes: LessonFieldChange[] = [];
  if (saved.title !== mine.title.trim()) changes.push({ field: "title", label: "Title", saved: saved.title });
  if (saved.note !== mine.note.replace(/\r\n?/g, "\n").trim())
    changes.push({ field: "note", label: "Note", saved: saved.note || "(empty)" });
  if (mine.vintage !== "" && saved.vintage !== mine.vintage)
    changes.push({ field: "vintage", label: "Projection period", saved: formatVintage(saved.vintage) });
  if (!same(saved.roles, mine.roles)) changes.push({ field: "roles", label: "Roles", saved: list(saved.roles.map(roleTitle)) });
  if (!same(saved.questions, myQuestions)) changes.push({ field: "questions", label: "Questions", saved: list(saved.questions) });
  return changes;
}

/** A role's key figures in a lesson: its occupation's projection, archived with the bundle's data version. */
export interface LessonRoleFigures {
  socCode: string;
  occupationTitle: string;
  baseYear: number;
  targetYear: number;
  employmentBase: number;
  employmentProjected: number;
  changePercent: number;
  annualOpenings: number | null;
  medianAnnualWage: number | null;
  wageYear: number | null;
  sourceId: string;
  /** The OEWS percentiles of the survey the median comes from (its 10th-90th spread), if loaded. */
  pay: PayPercentiles | null;
  comparison: GrowthComparison | null;
}

export interface LessonRole {
  slug: string;
  /** Null when the role is no longer in Career Atlas (the dataset changed after the lesson was made). */
  title: string | null;
  summary: string | null;
  entryEducation: string | null;
  entrySourceId: string | null;
  /** The entry source's vintage (the data year of the education figure). */
  entryDataYear: string | null;
  /** Null when the archive has no projection for the role's occupation in the lesson's vintage. */
  figures: LessonRoleFigures | null;
}

/** What a student sees: no secret, no personal data. */
export interface LessonBundleView {
  code: string;
  title: string;
  note: string;
  vintage: ProjectionVintage;
  /**
   * False when the lesson's period is no longer in the current data: its figures (archived with its data version)
   * are still shown, but the profiles have no such period to link to.
   */
  periodLoaded: boolean;
  dataVersion: { tag: string; loadedAt: string };
  updatedAt: string;
  roles: LessonRole[];
  questions: { text: string; roleSlug: string | null; roleTitle: string | null }[];
  sources: SourceCitation[];
}

export function lessonHref(code: string): string {
  return `/lessons/${code}`;
}

/**
 * The edit link given to the counselor: opening it trades the key for a cookie and redirects to
 * `lessonEditHref(code)` (lesson-key-cookie.server.ts). Only ever shown as text to copy, never linked or navigated
 * to by the app, so the key is in no address the app's own requests use.
 */
export function lessonEditLinkHref(code: string, secret: string): string {
  return `/lessons/${code}/edit?key=${secret}`;
}

/** The edit page itself: the key comes from the cookie, never from this address. */
export function lessonEditHref(code: string): string {
  return `/lessons/${code}/edit`;
}

/** The page that shows a saved lesson's links (the edit link while this browser keeps its key). */
export function lessonSavedHref(code: string, { replayed = false }: { replayed?: boolean } = {}): string {
  return `/lessons/${code}/saved${replayed ? "?replayed=1" : ""}`;
}

/** The lesson's one-page handout. */
export function lessonHandoutHref(code: string): string {
  return `/lessons/${code}/handout`;
}

/** Where a lesson's private pages post to make this browser forget the lesson's key. */
export function lessonForgetHref(code: string): string {
  return `/lessons/${code}/forget`;
}
