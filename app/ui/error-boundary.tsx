import { isRouteErrorResponse, useRouteError } from "react-router";
import type { ReactNode } from "react";

const TITLES: Record<number, string> = {
  400: "That request could not be understood",
  403: "That is not allowed",
  404: "Page not found",
  405: "That action is not allowed here",
  429: "Too many requests",
  503: "Temporarily unavailable",
};

/**
 * What React Router's own error answers say instead of their text, which names our route files ("… did not provide an
 * `action` for route "routes/roles._index" …"): a POST to a page that takes no form.
 */
export const ROUTER_MESSAGES: Record<number, string> = {
  405: "This page only shows information: it takes no form. Open it with a link or the address bar.",
};

/**
 * The one error view: expected failures (thrown Responses such as 404 Role not found) show their status and
 * message; anything else shows a generic message without internals. `notFound` follows a 404's message: what a
 * page offers instead (a search for roles, the skills catalogue).
 */
export function GeneralErrorBoundary({ notFound }: { notFound?: ReactNode } = {}) {
  const error = useRouteError();
  if (isRouteErrorResponse(error)) {
    const fromRouter = "internal" in error && error.internal === true;
    const message = fromRouter
      ? (ROUTER_MESSAGES[error.status] ?? error.statusText)
      : typeof error.data === "string" && error.data.length > 0
        ? error.data
        : error.statusText;
    return (
      <>
        <section className="error-page" aria-labelledby="error-title">
          <p className="error-page__status">Error {error.status}</p>
          <h1 id="error-title">{TITLES[error.status] ?? "Something went wrong"}</h1>
          {message ? <p>{message}</p> : null}
          <p>
            <a href="/">Go to the outlook dashboard</a> to browse every role.
          </p>
        </section>
        {error.status === 404 ? notFound : null}
      </>
    );
  }
  return (
    <section className="error-page" aria-labelledby="error-title">
      <p className="error-page__status">Error 500</p>
      <h1 id="error-title">Something went wrong on our side</h1>
      <p>The page could not be shown. Please try again in a moment.</p>
      <p>
        <a href="/">Go to the outlook dashboard</a>
      </p>
    </section>
  );
}
