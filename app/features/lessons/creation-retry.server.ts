/**
 * What the shell's rate-limit gate (server/rate-limit.ts) asks before it refuses a lesson form from a client whose
 * creations are spent: whether the form is a retry of a submission that was saved (ADR 018, amendment of 2026-12-06).
 * Such a retry is answered by the lesson action with its lesson (`findLessonMadeWithToken`) and takes no point, so the
 * gate lets it through; every other form of that client is refused as before. The shell reaches this through the
 * build's entry module (app/entry.server.tsx), as it may not import features.
 */
import { readCreateToken } from "~/features/lessons/lesson-form.server";
import { findLessonMadeWithToken } from "~/features/lessons/queries.server";
import { isDatabaseUnavailable } from "~/lib/db.server";

/**
 * True when the form carries a well-formed creation token that already made a lesson; false for anything else: no
 * token, a malformed one, one that made nothing (made up, or its first send never committed), or a database that cannot
 * answer now. One read by the token's unique column, and only for a form that carries a well-formed token.
 */
export async function isRetryOfSavedCreation(form: URLSearchParams): Promise<boolean> {
  const token = readCreateToken(form);
  if (!token.ok || token.token === undefined) return false;
  try {
    return (await findLessonMadeWithToken({ createToken: token.token })) !== undefined;
  } catch (error) {
    // Unreachable, too slow, or known to be down (database() throws its 503): the gate refuses, as it did before.
    if (isDatabaseUnavailable(error)) return false;
    throw error;
  }
}
