import { problem } from "~/features/open-data/api.server";
import { quoteFromAddress, unusableCharactersSentence } from "~/lib/unusable-characters";

/** Any other address under /api/v1: a 404 problem naming the API's description, not the site's HTML page. */
export function loader({ params }: { params: Record<string, string | undefined> }) {
  const asked = params["*"] ?? "";
  return problem(
    404,
    `There is no address /api/v1/${quoteFromAddress(asked, 80)}.${unusableCharactersSentence(asked)} /api/v1/openapi.json lists every address of the API.`,
  );
}
