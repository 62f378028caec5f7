/**
 * Where a lesson's edit secret lives between requests (docs/decisions/009-lesson-bundles.md, amendment of December
 * 2026): a cookie for that one lesson's private pages, never an address. Saving at /lessons/new answers with this
 * cookie and a redirect to /lessons/<code>/saved, and opening an edit link (`/lessons/<code>/edit?key=…`) trades the
 * key for it at once and redirects to `/lessons/<code>/edit`; every later request (a reload, the `.data` requests of
 * client navigations, the edit form's POST) carries the secret only in this cookie. So it never appears in an address
 * the browser keeps in its history, shows in the address bar, sends as a Referer or writes to a request log, except
 * the one request that opens an edit link (whose `key=` the log redacts, server/app.ts).
 *
 * - `Path=/lessons/<code>/`: sent only to that lesson's saved, edit, handout and forget pages (and their `.data`
 *   requests), not to the student page `/lessons/<code>`, nor to any other lesson's pages.
 * - `HttpOnly`: no script reads it. `Secure` when the request came over HTTPS.
 * - `SameSite=Lax`, not Strict: an edit link clicked in webmail is a cross-site navigation, and Chromium withholds a
 *   Strict cookie from the redirect that follows it, so the edit page would refuse the link it was just given
 *   (tests/e2e/lessons-secret.spec.ts opens one from another site). Lax still keeps it off cross-site subrequests and
 *   cross-site POSTs, which the lesson actions refuse anyway (same-origin rule).
 * - Short-lived: 30 minutes after the last page of that lesson, so a shared classroom computer does not keep it; the
 *   pages also offer to forget it at once. No signature: the value is the secret itself, checked against its stored
 *   hash on every use, so a forged cookie opens nothing a forged address would not.
 */
import { createCookie } from "react-router";
import { EDIT_SECRET_PATTERN } from "~/features/lessons/lesson-secrets.server";
import { lessonHref } from "~/features/lessons/lessons";

/** How long the cookie lasts after the last page of the lesson that renewed it, in seconds. */
export const LESSON_KEY_MAX_AGE_SECONDS = 30 * 60;

const lessonKeyCookie = createCookie("atlas_lesson_key", {
  httpOnly: true,
  sameSite: "lax",
  maxAge: LESSON_KEY_MAX_AGE_SECONDS,
});

function cookieOptions(request: Request, code: string) {
  return { path: `${lessonHref(code)}/`, secure: new URL(request.url).protocol === "https:" };
}

/** The Set-Cookie value that keeps `secret` for the private pages of lesson `code` (and renews it). */
export function keepLessonKey(request: Request, code: string, secret: string): Promise<string> {
  return lessonKeyCookie.serialize(secret, cookieOptions(request, code));
}

/** The Set-Cookie value that removes the kept key of lesson `code` from this browser. */
export function forgetLessonKey(request: Request, code: string): Promise<string> {
  return lessonKeyCookie.serialize("", { ...cookieOptions(request, code), maxAge: 0 });
}

/**
 * The key this browser keeps for the page's lesson, if any: the browser sends only the cookie whose path is the
 * lesson's, so no other lesson's key is ever read here. Anything that is not a well-formed secret reads as none.
 */
export async function readLessonKey(request: Request): Promise<string | undefined> {
  let value: unknown;
  try {
    value = await lessonKeyCookie.parse(request.headers.get("Cookie"));
  } catch {
    // A cookie that does not decode (edited by hand) is no key.
    return undefined;
  }
  return typeof value === "string" && EDIT_SECRET_PATTERN.test(value) ? value : undefined;
}
