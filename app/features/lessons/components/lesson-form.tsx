import { Form, useNavigation } from "react-router";
import type { ReactNode } from "react";
import { formatVintage } from "~/lib/format";
import type { LoadedPeriods } from "~/features/periods/periods";
import { CLUSTER_LABELS } from "~/features/roles/labels";
import {
  LESSON_LIMITS as L,
  questionValue,
  type LessonFormErrors,
  type LessonFormField,
  type LessonFormValues,
  type LessonRoleChoice,
} from "~/features/lessons/lessons";

const FIELD_IDS: Record<LessonFormField, string> = {
  title: "lesson-title",
  note: "lesson-note",
  vintage: "lesson-vintage",
  roles: "lesson-roles",
  questions: "lesson-questions",
  ownQuestions: "lesson-own-question-1",
};

const FIELD_NAMES: Record<LessonFormField, string> = {
  title: "Title",
  note: "Note",
  vintage: "Projection period",
  roles: "Roles",
  questions: "Discussion questions",
  ownQuestions: "Your own questions",
};

/**
 * The lesson form (new and edit): title, note, projection period (the loaded ones, newest first), 1-8 roles with
 * their discussion questions to tick, and up to four questions of the counselor's own. HTML constraints mirror the
 * server's zod schema (app/features/lessons/lesson-form.server.ts), which decides; refused fields show their message
 * and the form keeps what was typed. A period the form holds that is not loaded (an edited lesson made with a
 * period since removed) stays selectable, marked as such.
 */
export function LessonForm({
  choices,
  periods,
  values,
  errors,
  action,
  submitLabel,
  hiddenFields = {},
  children,
}: {
  choices: LessonRoleChoice[];
  periods: LoadedPeriods;
  values: LessonFormValues;
  errors: LessonFormErrors | undefined;
  /** Where the form posts (the edit form's address carries its key). */
  action: string;
  submitLabel: string;
  /**
   * Hidden fields: the new form's creation token (a retry never makes a second lesson), the edit form's lesson version
   * (a save over someone else's newer one is refused). Set as values, so a new loader answer updates them.
   */
  hiddenFields?: Record<string, string>;
  /** Extra fields (none today) or notes shown above the submit button. */
  children?: ReactNode;
}) {
  const navigation = useNavigation();
  const busy = navigation.state === "submitting";
  const problems = Object.entries(errors ?? {}) as [LessonFormField | "form", string][];
  const clusters = [...new Set(choices.map((c) => c.careerCluster))];
  const unlistedVintage = values.vintage !== "" && !periods.options.some((o) => o.vintage === values.vintage) ? values.vintage : null;
  const ownBoxes = Math.max(L.ownQuestionsMax, values.ownQuestions.length);
  const describedBy = (field: LessonFormField, hint?: string) =>
    [hint, errors?.[field] ? `${FIELD_IDS[field]}-error` : undefined].filter(Boolean).join(" ") || undefined;
  const fieldError = (field: LessonFormField) =>
    errors?.[field] ? (
      <p className="lesson-form__error" id={`${FIELD_IDS[field]}-error`}>
        {errors[field]}
      </p>
    ) : null;

  return (
    <Form method="post" action={action} className="lesson-form" aria-describedby={problems.length > 0 ? "lesson-form-problems" : undefined}>
      {Object.entries(hiddenFields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {problems.length > 0 ? (
        <div className="lesson-form__problems" id="lesson-form-problems" role="alert">
          <h2>The lesson was not saved</h2>
          <ul>
            {problems.map(([field, message]) => (
              <li key={field}>{field === "form" ? message : <a href={`#${FIELD_IDS[field]}`}>{`${FIELD_NAMES[field]}: ${message}`}</a>}</li>
            ))}
          </ul>
        </div>
      ) : null}

      <div className="lesson-form__field">
        <label htmlFor={FIELD_IDS.title}>Title</label>
        <input
          id={FIELD_IDS.title}
          name="title"
          type="text"
          required
          minLength={L.titleMin}
          maxLength={L.titleMax}
          defaultValue={values.title}
          aria-invalid={errors?.title ? true : undefined}
          aria-describedby={describedBy("title", "lesson-title-hint")}
        />
        <p className="lesson-form__hint" id="lesson-title-hint">
          {L.titleMin}–{L.titleMax} characters, e.g. “Careers in building software”. Students see it.
        </p>
        {fieldError("title")}
      </div>

      <div className="lesson-form__field">
        <label htmlFor={FIELD_IDS.note}>Note for students (optional)</label>
        <textarea
          id={FIELD_IDS.note}
          name="note"
          rows={4}
          maxLength={L.noteMax}
          defaultValue={values.note}
          aria-invalid={errors?.note ? true : undefined}
          aria-describedby={describedBy("note", "lesson-note-hint")}
        />
        <p className="lesson-form__hint" id="lesson-note-hint">
          Up to {L.noteMax} characters. Don't write students' names or anything personal: the lesson page is public to anyone with its code.
        </p>
        {fieldError("note")}
      </div>

      <div className="lesson-form__field">
        <label htmlFor={FIELD_IDS.vintage}>Projection period</label>
        <select
          id={FIELD_IDS.vintage}
          name="vintage"
          defaultValue={values.vintage || periods.latest}
          aria-invalid={errors?.vintage ? true : undefined}
          aria-describedby={describedBy("vintage")}
        >
          {periods.options.map((o) => (
            <option key={o.vintage} value={o.vintage}>
              BLS projections {o.label}
            </option>
          ))}
          {unlistedVintage ? (
            <option value={unlistedVintage}>BLS projections {formatVintage(unlistedVintage)} (not in the current data)</option>
          ) : null}
        </select>
        {fieldError("vintage")}
      </div>

      <fieldset className="lesson-form__roles" id={FIELD_IDS.roles} aria-describedby={describedBy("roles", "lesson-roles-hint")}>
        <legend>
          Roles ({L.rolesMin} to {L.rolesMax}) and their discussion questions
        </legend>
        <p className="lesson-form__hint" id="lesson-roles-hint">
          Tick the roles the lesson is about, then any of their discussion questions (they appear under a role once it is ticked).
        </p>
        {fieldError("roles")}
        <div id={FIELD_IDS.questions} tabIndex={-1}>
          {fieldError("questions")}
        </div>
        {clusters.map((cluster) => (
          <fieldset key={cluster} className="lesson-form__cluster">
            <legend>{CLUSTER_LABELS[cluster as keyof typeof CLUSTER_LABELS] ?? cluster}</legend>
            <ul className="lesson-form__role-list">
              {choices
                .filter((c) => c.careerCluster === cluster)
                .map((role) => (
                  <li key={role.slug} className="lesson-role">
                    <label className="lesson-role__pick">
                      <input type="checkbox" name="roles" value={role.slug} defaultChecked={values.roles.includes(role.slug)} />{" "}
                      {role.title}
                    </label>
                    {role.questions.length > 0 ? (
                      <ul className="lesson-role__questions" aria-label={`Discussion questions for ${role.title}`}>
                        {role.questions.map((q) => {
                          const value = questionValue(role.slug, q.position);
                          return (
                            <li key={value}>
                              <label>
                                <input type="checkbox" name="questions" value={value} defaultChecked={values.questions.includes(value)} />{" "}
                                {q.text}
                              </label>
                            </li>
                          );
                        })}
                      </ul>
                    ) : null}
                  </li>
                ))}
            </ul>
          </fieldset>
        ))}
      </fieldset>

      <fieldset className="lesson-form__own" aria-describedby={describedBy("ownQuestions", "lesson-own-hint")}>
        <legend>Your own questions (optional)</legend>
        <p className="lesson-form__hint" id="lesson-own-hint">
          Up to {L.ownQuestionsMax}, each {L.questionMin}–{L.questionMax} characters; leave a box empty to skip it. At most {L.questionsMax}{" "}
          questions in all.
        </p>
        {fieldError("ownQuestions")}
        {Array.from({ length: ownBoxes }, (_, i) => (
          <div key={i} className="lesson-form__field">
            <label htmlFor={`lesson-own-question-${i + 1}`}>Your question {i + 1}</label>
            <textarea
              id={`lesson-own-question-${i + 1}`}
              name="ownQuestion"
              rows={2}
              minLength={L.questionMin}
              maxLength={L.questionMax}
              defaultValue={values.ownQuestions[i] ?? ""}
            />
          </div>
        ))}
      </fieldset>

      {children}
      <p>
        <button type="submit" className="lesson-form__submit" disabled={busy}>
          {busy ? "Saving…" : submitLabel}
        </button>
      </p>
    </Form>
  );
}
