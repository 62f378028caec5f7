import type { HeadersFunction, LoaderFunctionArgs } from "react-router";
import { withQueryStats } from "~/lib/db.server";
import { parseSearchParams } from "~/lib/params.server";
import type { TitleSuggestionsPayload } from "~/features/search/search";
import { titleSearchParams } from "~/features/search/params.server";
import { answerTitleSearch, type TitleSearchAnswer } from "~/features/search/search-page.server";
import type { SearchResultView } from "~/features/search/components/result-list";
import { refuseWrites } from "~/lib/http.server";

const SUGGESTION_COUNT = 8;

/** Read-only: any other method is a 405 with Allow. */
export const action = refuseWrites;

/**
 * GET /api/titles?q= — the as-you-type box's data: `{ query, results }`, the top matching tech roles then
 * occupations (occupations first when one's title is what was typed and no role's is), with the reason each matched (close spellings only when nothing matched better; with no answer, the
 * titles the search page offers as "did you mean"). Bad input is a 400 with `{ message }` in JSON (not the HTML error
 * page). Cacheable for a short time: the answer only changes when the dataset is reloaded.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  let q: string;
  try {
    ({ q } = parseSearchParams(request.url, titleSearchParams));
  } catch (error) {
    if (!(error instanceof Response)) throw error;
    return Response.json({ message: await error.text() }, { status: error.status, headers: { "Cache-Control": "no-store" } });
  }
  const { result, ms, queries } = await withQueryStats(() =>
    q ? answerTitleSearch({ q, limit: SUGGESTION_COUNT }) : Promise.resolve(undefined),
  );
  const payload: TitleSuggestionsPayload = {
    query: q,
    // With no answer, the close titles the page would offer as "did you mean" (each says why it is offered).
    results: answersOrSuggestions(result).map(({ kind, href, title, quality, why }) => ({
      kind,
      href,
      title,
      quality,
      why,
    })),
  };
  return Response.json(payload, {
    headers: {
      "Cache-Control": "public, max-age=60, s-maxage=300, stale-while-revalidate=3600",
      "Server-Timing": `db;dur=${ms.toFixed(1)};desc="${queries} queries"`,
    },
  });
}

function answersOrSuggestions(result: TitleSearchAnswer | undefined): SearchResultView[] {
  if (!result) return [];
  const answers = result.occupationsFirst
    ? interleave<SearchResultView>(result.occupations, result.roles)
    : interleave<SearchResultView>(result.roles, result.occupations);
  return answers.length > 0 ? answers : result.didYouMean.slice(0, SUGGESTION_COUNT);
}

/**
 * At most FIRST_SHARE of the better kind first (roles, unless an occupation's title is what was typed and no role's
 * is), then the other kind, then any left of the first: both kinds reach the box.
 */
function interleave<T>(better: T[], other: T[]): T[] {
  const FIRST_SHARE = 5;
  return [...better.slice(0, FIRST_SHARE), ...other, ...better.slice(FIRST_SHARE)].slice(0, SUGGESTION_COUNT);
}

// The search box loads this through a fetcher (Remix's single-fetch `.data` request): pass the same headers on.
export const headers: HeadersFunction = ({ loaderHeaders }) => loaderHeaders;
