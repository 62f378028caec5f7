import { Link } from "react-router";
import { HandoutQrCode } from "~/features/handout/components/qr-code";
import type { QrCodeSvg } from "~/features/handout/handout";
import { CopyButton } from "~/ui/copy-button";
import { lessonEditHref, lessonForgetHref, lessonHandoutHref } from "~/features/lessons/lessons";

const STUDENT_URL_ID = "lesson-student-url";
const EDIT_URL_ID = "lesson-edit-url";

/**
 * A saved lesson's links (on /lessons/<code>/saved, which a reload shows again): the short student link with its QR
 * code and the one-page handout, and the private edit link while this browser keeps the lesson's key (a cookie for
 * the lesson's private pages, lesson-key-cookie.server.ts). The edit link is not stored anywhere else (only its hash
 * is), so once this browser forgets it, this page shows the student link only.
 */
export function LessonCreated({
  title,
  code,
  studentUrl,
  editUrl,
  keyMinutes,
  qr,
  replayed = false,
}: {
  title: string;
  code: string;
  studentUrl: string;
  /** Null when this browser no longer keeps (or never kept) the lesson's key. */
  editUrl: string | null;
  /** How long the browser keeps the key after this lesson's last private page, in minutes. */
  keyMinutes: number;
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
            <a href={studentUrl} id={STUDENT_URL_ID} className="lesson-created__url" data-testid="student-url">
              {studentUrl}
            </a>
          </p>
          <CopyButton text={studentUrl} selectId={STUDENT_URL_ID} label="Copy the student link" />
          <p>
            <Link to={lessonHandoutHref(code)}>One-page handout</Link> to print: the roles' key figures with their sources and this QR code.
          </p>
        </div>
        <HandoutQrCode qr={qr} description={`opens the lesson “${title}”`} />
      </div>
      <div className="lesson-created__edit" role="note" aria-labelledby="lesson-edit-title">
        {editUrl ? (
          <>
            <h3 id="lesson-edit-title">Your private edit link: save it now</h3>
            <p>
              Anyone with this link can change the lesson. Keep it to yourself (don't post it for students). Career Atlas keeps no copy of
              it: this browser shows it here for {keyMinutes} minutes after your last visit to this lesson's pages, then it cannot be
              recovered.
            </p>
            <p className="lesson-created__secret" id={EDIT_URL_ID} data-testid="edit-url">
              {editUrl}
            </p>
            <CopyButton text={editUrl} selectId={EDIT_URL_ID} label="Copy the edit link" />
            <p>
              <Link to={lessonEditHref(code)}>Open the edit page</Link> (to come back later, use the edit link you saved).
            </p>
            <ForgetKey code={code} />
          </>
        ) : (
          <>
            <h3 id="lesson-edit-title">The private edit link</h3>
            <p>
              The edit link is shown only in the browser that saved the lesson, for {keyMinutes} minutes after its last visit to this
              lesson's pages (or until it was told to forget it). Career Atlas keeps no copy: use the edit link you saved, or make a new
              lesson if it is lost.
            </p>
          </>
        )}
      </div>
    </section>
  );
}

/** Makes this browser forget the lesson's key now (on a shared computer, once the edit link is saved elsewhere). */
export function ForgetKey({ code }: { code: string }) {
  return (
    // A document POST (not a client submission): the answer is a redirect that clears the cookie, from a route with no page.
    <form method="post" action={lessonForgetHref(code)} className="lesson-forget">
      <p>
        On a shared computer, once you have saved the edit link elsewhere:{" "}
        <button type="submit" className="lesson-forget__button">
          Forget the edit link on this computer
        </button>
      </p>
    </form>
  );
}
