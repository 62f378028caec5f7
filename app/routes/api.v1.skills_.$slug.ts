import type { Route } from "./+types/api.v1.skills_.$slug";
import { answerApi } from "~/features/open-data/api.server";
import { apiQueries } from "~/features/open-data/api-schemas.server";
import { skillAnswer } from "~/features/open-data/api-answers.server";

/** GET /api/v1/skills/:slug: one skill and the roles that list it (docs/decisions/020). */
export function loader({ request, context, params }: Route.LoaderArgs) {
  return answerApi({ request, context }, { name: "skill", query: apiQueries.skill, load: () => skillAnswer(params.slug) });
}
