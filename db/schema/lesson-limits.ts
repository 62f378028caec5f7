/**
 * Limits of a lesson bundle, shared by the table constraints (db/schema/lessons.ts), the server-side form
 * schema (app/features/lessons/lesson-form.server.ts) and the form's HTML constraints. Plain values: safe in the browser.
 */
export const LESSON_LIMITS = {
  titleMin: 3,
  titleMax: 120,
  noteMax: 600,
  rolesMin: 1,
  rolesMax: 8,
  /** Discussion questions in a bundle, picked and written together. */
  questionsMax: 12,
  /** Questions a counselor writes in one form (blank boxes are ignored). */
  ownQuestionsMax: 4,
  questionMin: 10,
  questionMax: 300,
} as const;

/**
 * Public codes: 10 characters from Crockford's base-32 alphabet in lower case (no i, l, o, u, so a code read
 * aloud or copied from a board is unambiguous): 32^10 = 2^50 codes, drawn at random.
 */
export const LESSON_CODE_ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
export const LESSON_CODE_LENGTH = 10;
export const LESSON_CODE_PATTERN = /^[0-9a-hjkmnp-tv-z]{10}$/;
