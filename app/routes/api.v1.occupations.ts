import type { Route } from "./+types/api.v1.occupations";
import { answerApi } from "~/features/open-data/api.server";
import { apiQueries } from "~/features/open-data/api-schemas.server";
import { occupationsAnswer } from "~/features/open-data/api-answers.server";

/** GET /api/v1/occupations[?q=][&page=][&vintage=][&data=]: BLS lines with their projections, 100 a page (docs/decisions/020). */
export function loader({ request, context }: Route.LoaderArgs) {
  return answerApi({ request, context }, { name: "occupations", query: apiQueries.occupations, load: occupationsAnswer });
}
