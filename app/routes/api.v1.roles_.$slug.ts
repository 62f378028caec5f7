import type { Route } from "./+types/api.v1.roles_.$slug";
import { answerApi } from "~/features/open-data/api.server";
import { apiQueries } from "~/features/open-data/api-schemas.server";
import { roleAnswer } from "~/features/open-data/api-answers.server";

/** GET /api/v1/roles/:slug[?vintage=][&data=]: one role (docs/decisions/020). */
export function loader({ request, context, params }: Route.LoaderArgs) {
  return answerApi({ request, context }, { name: "role", query: apiQueries.role, load: (context) => roleAnswer(params.slug, context) });
}
