import { HandoutQrCode } from "~/features/handout/components/qr-code";
import type { QrCodeSvg } from "~/features/handout/handout";

/**
 * Shown right after a lesson is saved: the short student link with its QR code, and the private edit link (not
 * stored anywhere: only its hash is, so it cannot be recovered; only a retry of the very form that made the lesson,
 * with its creation token, shows it again, marked `replayed`).
 */
export function LessonCreated({
  title,
  code,
  studentUrl,
  editUrl,
  qr,
  replayed = false,
}: {
  title: string;
  code: string;
  studentUrl: string;
  editUrl: string;
  qr: QrCodeSvg;
  /** This form had already made the lesson (it was sent twice): nothing new was stored. */
  replayed?: boolean;
}) {
  return (
    <section className="lesson-created" aria-labelledby="lesson-created-title">
      <h2 id="lesson-created-title" tabIndex={-1}>
        “{title}” is ready
      </h2>
      {replayed ? (
        <p role="status">
          This form had already been saved, so no second lesson was made: here is the lesson it made, with the same links.
        </p>
      ) : null}
      <div className="lesson-created__share">
        <div>
          <h3>For students</h3>
          <p>
            Lesson code <strong className="lesson-code">{code}</strong>. Share this link (or the QR code): students need no account, and the
            page collects nothing about them.
          </p>
          <p>
            <a href={studentUrl} className="lesson-created__url" data-testid="student-url">
              {studentUrl}
            </a>
          </p>
        </div>
        <HandoutQrCode qr={qr} description={`opens the lesson “${title}”`} />
      </div>
      <div className="lesson-created__edit" role="note" aria-labelledby="lesson-edit-title">
        <h3 id="lesson-edit-title">Your private edit link: save it now</h3>
        <p>
          Anyone with this link can change the lesson. Keep it to yourself (don't post it for students). It is shown only this once and
          cannot be recovered: Career Atlas keeps no copy of it.
        </p>
        <p>
          <label htmlFor="lesson-edit-url">Edit link</label>
          <input id="lesson-edit-url" type="text" readOnly value={editUrl} className="lesson-created__secret" data-testid="edit-url" />
        </p>
        <p>
          <a href={editUrl}>Open the edit page</a> (bookmark it).
        </p>
      </div>
    </section>
  );
}
