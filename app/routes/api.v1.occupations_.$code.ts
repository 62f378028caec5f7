import type { Route } from "./+types/api.v1.occupations_.$code";
import { answerApi } from "~/features/open-data/api.server";
import { apiQueries } from "~/features/open-data/api-schemas.server";
import { occupationAnswer } from "~/features/open-data/api-answers.server";

/** GET /api/v1/occupations/:code[?data=]: one BLS occupation (docs/decisions/020). */
export function loader({ request, context, params }: Route.LoaderArgs) {
  return answerApi(
    { request, context },
    {
      name: "occupation",
      query: apiQueries.occupation,
      load: (context) => occupationAnswer(params.code, context),
    },
  );
}
