import type { Route } from "./+types/api.v1.roles";
import { answerApi } from "~/features/open-data/api.server";
import { apiQueries } from "~/features/open-data/api-schemas.server";
import { rolesAnswer } from "~/features/open-data/api-answers.server";

/** GET /api/v1/roles[?vintage=][&data=]: every curated role (docs/decisions/020; described at /api/v1/openapi.json). */
export function loader({ request, context }: Route.LoaderArgs) {
  return answerApi({ request, context }, { name: "roles", query: apiQueries.roles, load: rolesAnswer });
}
