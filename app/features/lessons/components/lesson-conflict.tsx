import { formatCalendarDate } from "~/lib/format";
import type { LessonFieldChange } from "~/features/lessons/lessons";

/**
 * What an editor sees when someone else saved the lesson after their page was rendered (a 409): that their changes
 * are not saved but still in the form, what the saved lesson has now where it differs, and the two ways on.
 */
export function LessonConflict({ savedAt, changes, reloadHref }: { savedAt: string; changes: LessonFieldChange[]; reloadHref: string }) {
  const time = new Date(savedAt).toISOString().slice(11, 16);
  return (
    <div className="lesson-form__problems lesson-conflict" role="alert" aria-labelledby="lesson-conflict-title">
      <h2 id="lesson-conflict-title">Someone else saved this lesson first</h2>
      <p>
        The lesson was saved on {formatCalendarDate(savedAt)} at {time} UTC, after you opened this page. Your changes are not saved yet:
        they are still in the form below.
      </p>
      {changes.length > 0 ? (
        <>
          <p>Where the saved lesson now differs from your form:</p>
          <dl className="lesson-conflict__changes">
            {changes.map((c) => (
              <div key={c.field}>
                <dt>{c.label}</dt>
                <dd>{c.saved}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : (
        <p>The saved lesson has the same contents as your form.</p>
      )}
      <p>
        To keep your version, check the form and press “Save changes” again: it replaces the saved one. To start from the saved one instead,{" "}
        <a href={reloadHref}>reload the edit page</a> (what you typed here is then lost).
      </p>
    </div>
  );
}
