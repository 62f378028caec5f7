import type { HeadersFunction, LoaderFunctionArgs } from "react-router";
import { withQueryStats } from "~/lib/db.server";
import { searchTitles } from "~/features/search/queries.server";
import { parseSearchParams } from "~/lib/params.server";
import { describeMatch, type TitleSuggestionsPayload } from "~/features/search/search";
import { titleSearchParams } from "~/features/search/params.server";

const SUGGESTION_COUNT = 8;

/**
 * GET /api/titles?q= — the as-you-type box's data: `{ query, results }`, the top matches with the reason each
 * matched. Bad input is a 400 with `{ message }` in JSON (not the HTML error page). Cacheable for a short
 * time: the answer only changes when the dataset is reloaded.
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
    q ? searchTitles({ q, limit: SUGGESTION_COUNT }) : Promise.resolve(undefined),
  );
  const payload: TitleSuggestionsPayload = {
    query: q,
    results: (result?.results ?? []).map((hit) => ({
      slug: hit.slug,
      title: hit.title,
      quality: hit.match.quality,
      why: describeMatch(hit),
    })),
  };
  return Response.json(payload, {
    headers: {
      "Cache-Control": "public, max-age=60, s-maxage=300, stale-while-revalidate=3600",
      "Server-Timing": `db;dur=${ms.toFixed(1)};desc="${queries} queries"`,
    },
  });
}

// The search box loads this through a fetcher (Remix's single-fetch `.data` request): pass the same headers on.
export const headers: HeadersFunction = ({ loaderHeaders }) => loaderHeaders;
