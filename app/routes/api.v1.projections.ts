import type { Route } from "./+types/api.v1.projections";
import { answerApi } from "~/features/open-data/api.server";
import { apiQueries } from "~/features/open-data/api-schemas.server";
import { projectionsAnswer } from "~/features/open-data/api-answers.server";

/** GET /api/v1/projections?soc=15-1252,15-1254[&vintage=][&data=]: BLS projection lines by SOC code (docs/decisions/020). */
export function loader({ request, context }: Route.LoaderArgs) {
  return answerApi({ request, context }, { name: "projections", query: apiQueries.projections, load: projectionsAnswer });
}
