import { problem } from "~/features/open-data/api.server";

/** Any other address under /api/v1: a 404 problem naming the API's description, not the site's HTML page. */
export function loader({ params }: { params: Record<string, string | undefined> }) {
  const asked = (params["*"] ?? "").replace(/[^\x20-\x7e]/g, "?").slice(0, 80);
  return problem(404, `There is no address /api/v1/${asked}. /api/v1/openapi.json lists every address of the API.`);
}
