import { createHash } from "node:crypto";
import { CORS_HEADERS, problem } from "~/features/open-data/api.server";
import { ifNoneMatchHits } from "~/lib/http.server";
import { openApiDocument } from "~/features/open-data/openapi.server";

/**
 * GET /api/v1/openapi.json: the API's OpenAPI 3.1 description, generated from its zod schemas (docs/decisions/020). It
 * changes with the code, not the data: cached for an hour, with the document's own hash as its ETag.
 */
export function loader({ request }: { request: Request }) {
  if (new URL(request.url).search !== "") return problem(400, "/api/v1/openapi.json takes no parameters.");
  const { body, etag } = documentOnce();
  const headers = new Headers({ ...CORS_HEADERS, "Cache-Control": "public, max-age=3600", ETag: etag });
  if (ifNoneMatchHits(request.headers.get("If-None-Match"), etag)) return new Response(null, { status: 304, headers });
  headers.set("Content-Type", "application/json; charset=utf-8");
  return new Response(body, { headers });
}

let built: { body: string; etag: string } | undefined;

function documentOnce() {
  if (!built) {
    const body = JSON.stringify(openApiDocument(), null, 2);
    built = { body, etag: `"${createHash("sha256").update(body).digest("hex").slice(0, 16)}"` };
  }
  return built;
}
