import type { AppLoadContext } from "react-router";

/**
 * The arguments React Router passes a loader or action, for calling route modules directly in db tests.
 * `request` is a path on http://localhost (`/roles/cto?data=v1-…`) or a whole Request (for POSTs); `params` are
 * typed as given, so they match the route's own `Route.LoaderArgs`.
 */
export function routeArgs<Params extends Record<string, string> = Record<never, never>>(
  request: Request | string,
  params: Params = {} as Params,
  context: AppLoadContext = {},
) {
  const req = typeof request === "string" ? new Request(`http://localhost${request}`) : request;
  return { request: req, params, context, url: new URL(req.url), pattern: "" };
}
