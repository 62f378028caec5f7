import type { Route } from "./+types/api.v1.skills";
import { answerApi } from "~/features/open-data/api.server";
import { apiQueries } from "~/features/open-data/api-schemas.server";
import { skillsAnswer } from "~/features/open-data/api-answers.server";

/** GET /api/v1/skills: every skill (docs/decisions/020). */
export function loader({ request, context }: Route.LoaderArgs) {
  return answerApi({ request, context }, { name: "skills", query: apiQueries.skills, load: skillsAnswer });
}
