import { sql } from "drizzle-orm";
import { check, integer, pgTable, primaryKey, text, timestamp, unique } from "drizzle-orm/pg-core";
import { dataVersions } from "./data-versions";
import { LESSON_LIMITS as L } from "./lesson-limits";

/*
 * Lesson bundles are counselors' content, not dataset rows: the dataset reload (seed/seed.ts) never truncates
 * them, and they name roles by slug without a foreign key to the dataset tables (the reload truncates those
 * with CASCADE). See docs/decisions/009-lesson-bundles.md.
 */

/** A counselor's lesson: a few roles and discussion questions, pinned to the data version it was made with. */
export const lessonBundles = pgTable(
  "lesson_bundles",
  {
    /** The public, random code students open (/lessons/<code>); never sequential. */
    code: text("code").primaryKey(),
    /** SHA-256 (hex) of the edit secret; the secret itself is shown once and never stored. */
    editSecretHash: text("edit_secret_hash").notNull(),
    title: text("title").notNull(),
    note: text("note").notNull().default(""),
    vintage: text("vintage").notNull(),
    /** The data version whose archived figures the bundle shows (data_versions is never truncated). */
    dataVersionId: integer("data_version_id")
      .notNull()
      .references(() => dataVersions.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    /**
     * Bumped by every saved edit. The edit form carries the version it was rendered from and the UPDATE only
     * applies to that version (compare-and-swap), so an edit from a stale page is refused instead of silently
     * overwriting a newer one (docs/decisions/018-outages-idempotency-concurrency.md).
     */
    version: integer("version").notNull().default(1),
    /**
     * SHA-256 (hex) of the creation token the new-lesson form carried: a retried submission of the same form finds
     * the lesson it already made instead of making a second one. Null for lessons made without a token.
     */
    createTokenHash: text("create_token_hash"),
  },
  (t) => [
    check("lesson_bundles_code_format", sql`${t.code} ~ '^[0-9a-hjkmnp-tv-z]{10}$'`),
    check("lesson_bundles_vintage_format", sql`${t.vintage} ~ '^[0-9]{4}-[0-9]{2}$'`),
    check("lesson_bundles_secret_hash_format", sql`${t.editSecretHash} ~ '^[0-9a-f]{64}$'`),
    check(
      "lesson_bundles_title_length",
      sql`char_length(${t.title}) between ${sql.raw(String(L.titleMin))} and ${sql.raw(String(L.titleMax))}`,
    ),
    check("lesson_bundles_note_length", sql`char_length(${t.note}) <= ${sql.raw(String(L.noteMax))}`),
    check("lesson_bundles_version_positive", sql`${t.version} >= 1`),
    unique("lesson_bundles_create_token_once").on(t.createTokenHash),
    check("lesson_bundles_create_token_hash_format", sql`${t.createTokenHash} ~ '^[0-9a-f]{64}$'`),
  ],
);

/** The roles of a bundle, in the counselor's order (by slug: no foreign key to the dataset's roles). */
export const lessonBundleRoles = pgTable(
  "lesson_bundle_roles",
  {
    bundleCode: text("bundle_code")
      .notNull()
      .references(() => lessonBundles.code, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    roleSlug: text("role_slug").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.bundleCode, t.position] }),
    unique("lesson_bundle_roles_once").on(t.bundleCode, t.roleSlug),
    check("lesson_bundle_roles_position", sql`${t.position} between 1 and ${sql.raw(String(L.rolesMax))}`),
    check("lesson_bundle_roles_slug_format", sql`${t.roleSlug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
  ],
);

/**
 * The discussion questions of a bundle: copied from a role's discussion questions (role_slug says which role)
 * or written by the counselor (role_slug null). Stored as text so a later dataset edit does not change a lesson.
 */
export const lessonBundleQuestions = pgTable(
  "lesson_bundle_questions",
  {
    bundleCode: text("bundle_code")
      .notNull()
      .references(() => lessonBundles.code, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    question: text("question").notNull(),
    roleSlug: text("role_slug"),
  },
  (t) => [
    primaryKey({ columns: [t.bundleCode, t.position] }),
    check("lesson_bundle_questions_position", sql`${t.position} between 1 and ${sql.raw(String(L.questionsMax))}`),
    check("lesson_bundle_questions_length", sql`char_length(${t.question}) between 1 and ${sql.raw(String(L.questionMax))}`),
    check("lesson_bundle_questions_slug_format", sql`${t.roleSlug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
  ],
);
