import type { AppLoadContext, LoaderFunctionArgs } from "react-router";

/**
 * The arguments React Router passes a loader or action, for calling route modules directly in db tests.
 * `path` is a path (`/roles/cto?data=v1-…`) on http://localhost, or a whole Request (for POSTs).
 */
export function routeArgs(
  request: Request | string,
  params: Record<string, string> = {},
  context: AppLoadContext = {},
): LoaderFunctionArgs {
  const req = typeof request === "string" ? new Request(`http://localhost${request}`) : request;
  return { request: req, params, context, url: new URL(req.url), pattern: "" };
}
