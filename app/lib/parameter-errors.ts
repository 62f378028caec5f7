/**
 * Which of an address's search parameters an error answer is about, so that its page can say so. A page's 404 means
 * "what this page shows does not exist" (its title says "Role not found" and its boundary offers a role search), but a
 * 404 or 400 caused by a parameter, such as a pin to a data version that does not exist (`?data=v1-00000000`) or a
 * malformed one (`?data=garbage`), is about the link, not the page's subject. A counselor's pass (2026-12-06) found
 * /roles/back-end-developer?data=garbage titled "Role not found" and offering a search for the role.
 *
 * The thrown Response names the parameters in its statusText ("Not Found (data)", "Bad Request (vintage, band)"): React
 * Router keeps the statusText in the ErrorResponse that meta functions and error boundaries receive, on the server and
 * after a client navigation, while the body stays the plain-text message the page shows (and tests read). Browser-safe.
 */

const NAME = /^[A-Za-z][\w-]{0,39}$/;
const STATUS_TEXT = /^(Bad Request|Not Found) \(([^()]+)\)$/;
const REASONS = { 400: "Bad Request", 404: "Not Found" } as const;

/**
 * The statusText of a 400 or 404 about `parameters`: the plain reason when none of them is a parameter name (anything
 * typed into an address could be; a statusText must stay a valid HTTP reason phrase, and only names are quoted back).
 */
export function parameterStatusText(status: 400 | 404, parameters: readonly string[]): string {
  const names = [...new Set(parameters)].filter((p) => NAME.test(p));
  return names.length > 0 ? `${REASONS[status]} (${names.join(", ")})` : REASONS[status];
}

/** The parameters an error's statusText names (parameterStatusText), or none: the error is about the page's subject. */
export function parametersOfError(statusText: string): string[] {
  const match = STATUS_TEXT.exec(statusText);
  return match ? match[2]!.split(", ").filter((p) => NAME.test(p)) : [];
}
