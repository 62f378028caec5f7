import { isRouteErrorResponse, useRouteError, type MetaDescriptor } from "react-router";
import type { ReactNode } from "react";
import { listTitles } from "~/lib/list-titles";
import { parametersOfError } from "~/lib/parameter-errors";

const TITLES: Record<number, string> = {
  400: "That request could not be understood",
  403: "That is not allowed",
  404: "Page not found",
  405: "That action is not allowed here",
  429: "Too many requests",
  503: "Temporarily unavailable",
};

/** The id of the error view's heading: route-focus.tsx knows an error view by it, and focuses it (ADR 027). */
export const ERROR_HEADING_ID = "error-title";

/**
 * What React Router's own error answers say instead of their text, which names our route files ("… did not provide an
 * `action` for route "routes/roles._index" …"): a POST to a page that takes no form.
 */
export const ROUTER_MESSAGES: Record<number, string> = {
  405: "This page only shows information: it takes no form. Open it with a link or the address bar.",
};

/**
 * The address parameters every pinnable page shares, in words, for an error page's title; any other is named as the
 * address writes it (“slide”).
 */
const PARAMETER_NAMES: Record<string, string> = { data: "data version", vintage: "projection period", band: "growth band" };

/**
 * What an error answer is about, as a page's title and heading say it. An error about the address's parameters
 * (app/lib/parameter-errors.ts) names them: "Bad link: data version" for `?data=garbage`, "Pinned data version not
 * found" for a pin to a version that does not exist. Only a 404 about the page's own subject is `notFound` ("Role not
 * found"): a counselor's pass (2026-12-06) found a bad pin on a role profile titled "Role not found" and offering a
 * search for the role.
 */
export function errorTitle(error: unknown, notFound: string = TITLES[404]!): string {
  if (!isRouteErrorResponse(error)) return "Something went wrong on our side";
  const parameters = parametersOfError(error.statusText);
  if (parameters.length > 0) {
    if (error.status === 404 && parameters.length === 1 && parameters[0] === "data") return "Pinned data version not found";
    const names = listTitles(parameters.map((p) => PARAMETER_NAMES[p] ?? `“${p}”`));
    return error.status === 404 ? `Not found: ${names}` : `Bad link: ${names}`;
  }
  if (error.status === 404) return notFound;
  return TITLES[error.status] ?? "Something went wrong";
}

/** A page's meta when its loader threw: the title errorTitle gives, so the tab says what the page says. */
export function errorMeta(error: unknown, notFound?: string): MetaDescriptor[] {
  return [{ title: `${errorTitle(error, notFound)} — Career Atlas` }];
}

/**
 * The one error view: expected failures (thrown Responses such as 404 Role not found) show their status and
 * message; anything else shows a generic message without internals. `notFound` follows the message of a 404 about the
 * page's subject: what a page offers instead (a search for roles, the skills catalogue); a 404 about a parameter (an
 * unknown data version) is not about the subject, and its message says what to do.
 */
export function GeneralErrorBoundary({ notFound }: { notFound?: ReactNode } = {}) {
  return <ErrorView error={useRouteError()} notFound={notFound} />;
}

/** GeneralErrorBoundary's view of an error, given it (so a test can render one without a router). */
export function ErrorView({ error, notFound }: { error: unknown; notFound?: ReactNode }) {
  if (isRouteErrorResponse(error)) {
    const fromRouter = "internal" in error && error.internal === true;
    const message = fromRouter ? (ROUTER_MESSAGES[error.status] ?? error.statusText) : (messageOf(error.data) ?? error.statusText);
    const aboutParameters = parametersOfError(error.statusText).length > 0;
    return (
      <>
        <section className="error-page" aria-labelledby={ERROR_HEADING_ID}>
          <p className="error-page__status">Error {error.status}</p>
          <h1 id={ERROR_HEADING_ID}>{aboutParameters ? errorTitle(error) : (TITLES[error.status] ?? "Something went wrong")}</h1>
          {message ? <p>{message}</p> : null}
          <p>
            <a href="/">Go to the outlook dashboard</a> to browse every role.
          </p>
        </section>
        {error.status === 404 && !aboutParameters ? notFound : null}
      </>
    );
  }
  return (
    <section className="error-page" aria-labelledby={ERROR_HEADING_ID}>
      <p className="error-page__status">Error 500</p>
      <h1 id={ERROR_HEADING_ID}>Something went wrong on our side</h1>
      <p>The page could not be shown. Please try again in a moment.</p>
      <p>
        <a href="/">Go to the outlook dashboard</a>
      </p>
    </section>
  );
}

/**
 * The message a thrown Response carries: its plain text, or the `message` of a JSON body that carries more for the
 * page's own help (a role's 404 and its suggestions: app/features/roles/role-not-found.ts).
 */
function messageOf(data: unknown): string | null {
  const message = typeof data === "object" && data !== null && "message" in data ? data.message : data;
  return typeof message === "string" && message.length > 0 ? message : null;
}
