import { createReadableStreamFromReadable } from "@react-router/node";
import {
  isRouteErrorResponse,
  ServerRouter,
  type AppLoadContext,
  type EntryContext,
  type HandleDocumentRequestFunction,
} from "react-router";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import { deferHydrationScripts } from "~/lib/after-paint-scripts.server";
import { NonceProvider } from "~/lib/nonce";
import { warmTitleIndex } from "~/features/search/title-index.server";
import { etagWithBuild, ifNoneMatchHits } from "~/lib/http.server";
import { ROUTER_MESSAGES } from "~/ui/error-boundary";

// The server imports this module once the database is prepared: build the search's title index now, in the
// background, rather than on the first search (ADR 015).
warmTitleIndex();

/** How long deferred data may stream before React Router rejects it; the render is aborted a second later. */
export const streamTimeout = 5_000;

const handleRequest: HandleDocumentRequestFunction = (
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  routerContext: EntryContext,
  loadContext: AppLoadContext,
) => {
  // A page whose data version, URL and build are unchanged need not be sent again.
  const dataEtag = responseHeaders.get("ETag");
  const etag = dataEtag ? etagWithBuild(dataEtag, routerContext.manifest.version) : null;
  if (etag) responseHeaders.set("ETag", etag);
  if (etag && responseStatusCode === 200 && ifNoneMatchHits(request.headers.get("If-None-Match"), etag)) {
    return new Response(null, { status: 304, headers: responseHeaders });
  }
  // A POST to a page with no form (no action) is React Router's 405: it names no method, and its error, sent with the
  // page for hydration, names our route files. Answered as the shell answers a method no page takes: a short plain
  // text, with the methods the page does take.
  if (responseStatusCode === 405) {
    return new Response(ROUTER_MESSAGES[405], {
      status: 405,
      headers: { Allow: "GET, HEAD", "Cache-Control": "no-store", "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  const nonce = typeof loadContext.cspNonce === "string" ? loadContext.cspNonce : undefined;
  // Crawlers and tools get the whole document at once; browsers get the shell as soon as it is ready.
  const readyEvent = isbot(request.headers.get("user-agent") ?? "") ? "onAllReady" : "onShellReady";

  return new Promise((resolve, reject) => {
    let shellRendered = false;
    const { pipe, abort } = renderToPipeableStream(
      <NonceProvider value={nonce}>
        <ServerRouter context={routerContext} url={request.url} nonce={nonce} />
      </NonceProvider>,
      {
        nonce,
        // React 19.2 moves a finished Suspense boundary bigger than this many bytes out of place, into a hidden element a
        // script swaps in later (facebook/react#35460): without JavaScript its content would never show. Our pages
        // render every boundary before the shell is sent (the compare page's deferred parts, deferred-parts.tsx), so
        // nothing is gained by outlining, and every page must read whole without scripts.
        progressiveChunkSize: Number.MAX_SAFE_INTEGER,
        [readyEvent]() {
          shellRendered = true;
          // Hydration scripts load after the first paint (after-paint-scripts.server.ts, ADR 010).
          const body = deferHydrationScripts(nonce);
          responseHeaders.set("Content-Type", "text/html; charset=utf-8");
          resolve(
            new Response(createReadableStreamFromReadable(body), {
              headers: responseHeaders,
              status: responseStatusCode,
            }),
          );
          // Once React has written everything, the timer would only keep this render's state alive for 6 s more.
          body.once("finish", () => clearTimeout(abortTimer));
          pipe(body);
        },
        onShellError(error: unknown) {
          clearTimeout(abortTimer);
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          // Errors after the shell are logged here; before it, handleError below logs them.
          if (shellRendered) console.error(error);
        },
      },
    );
    // React starts rendering on a later tick (setImmediate), so no callback above runs before this line.
    const abortTimer = setTimeout(abort, streamTimeout + 1_000);
  });
};
export default handleRequest;

/**
 * A data request (`.data`, the loader data a client-side navigation reads) carries its page's ETag with the build named
 * too, as the document does: its turbo-stream encoding and the loaders that shaped it are the build's, so a 304 after a
 * deploy with the same data would hand the new build's components the old build's data.
 */
export function handleDataRequest(response: Response, { context }: { context: AppLoadContext }): Response {
  const etag = response.headers.get("ETag");
  if (etag) response.headers.set("ETag", etagWithBuild(etag, context.buildVersion));
  return response;
}

/**
 * For the shell's rate-limit gate (server/rate-limit.ts), which may not import features and reaches this through the
 * build (server/app.ts): whether a lesson form is a retry of a saved creation, which the lesson action answers with its
 * lesson without taking a point.
 */
export { isRetryOfSavedCreation } from "~/features/lessons/creation-retry.server";

export function handleError(error: unknown, { request }: { request: Request }): void {
  // Aborted requests (a user navigating away) are not errors of ours; nor are answers to bad requests (a 404, a
  // 405 for a method a route does not take): the request log has their line, a stack would only bury real faults.
  if (request.signal.aborted) return;
  if (isRouteErrorResponse(error) && error.status < 500) return;
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
}
