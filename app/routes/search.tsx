import { data, Link, useLoaderData } from "react-router";
import type { Route } from "./+types/search";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { TitleSearch } from "~/features/search/components/title-search";
import { getCurrentDataVersion } from "~/features/data-pin/data-version.server";
import { listBrowseRoles, searchTitles, type TitleSearchHit } from "~/features/search/queries.server";
import { CLUSTER_LABELS } from "~/features/roles/labels";
import { pageHeaders } from "~/lib/http.server";
import { loadPublicPage } from "~/lib/page-loader.server";
import { describeMatch } from "~/features/search/search";
import { ResultList, type SearchResultView } from "~/features/search/components/result-list";
import { titleSearchParams } from "~/features/search/params.server";

/** Searches a student might try, chosen to show that other names and misspellings work too. */
const EXAMPLE_SEARCHES = ["server side dev", "SRE", "devops", "data sceintist", "UX designer", "help desk"];

export async function loader({ request }: Route.LoaderArgs) {
  const { query, result, headers } = await loadPublicPage(request, {
    query: titleSearchParams,
    load: async ({ q }) => {
      const [dataVersion, search] = await Promise.all([getCurrentDataVersion(), q ? searchTitles({ q, limit: 20 }) : undefined]);
      const found = search ? search.results.length + search.suggestions.length : 0;
      // Something to browse when there is no search, or nothing near it.
      const browse = found === 0 ? await listBrowseRoles() : [];
      return { dataVersion, search, browse };
    },
  });
  const { search, browse } = result;
  return data(
    {
      query: query.q,
      /** False when the query has no letters or digits to search for (e.g. only punctuation). */
      searchable: search ? search.normalized.length > 0 : false,
      results: search?.results.map(toView) ?? [],
      suggestions: search?.suggestions.map(toView) ?? [],
      browse,
    },
    { headers },
  );
}

function toView(hit: TitleSearchHit): SearchResultView {
  return { slug: hit.slug, title: hit.title, summary: hit.summary, quality: hit.match.quality, why: describeMatch(hit) };
}

export const headers = pageHeaders;

const SEARCH_DESCRIPTION =
  "Find a tech role by any of its job titles, including other names from O*NET, BLS and career articles, with typos forgiven.";

// Results pages stay indexable: they are public, the same for everyone, and answer what people search for
// ("server side developer"), each linking to the role it names (ADR 007).
export const meta: Route.MetaFunction = ({ data: page }) => {
  if (!page) return [{ title: "Search — Career Atlas" }, { name: "description", content: SEARCH_DESCRIPTION }];
  if (!page.query) return [{ title: "Search job titles — Career Atlas" }, { name: "description", content: SEARCH_DESCRIPTION }];
  const count = page.results.length;
  const best = page.results[0];
  return [
    { title: `“${page.query}”: ${count === 0 ? "no roles" : count === 1 ? "1 role" : `${count} roles`} — Career Atlas search` },
    {
      name: "description",
      content: best
        ? `Tech roles matching “${page.query}”, best match ${best.title}, with what each role does, pays and how fast it grows.`
        : SEARCH_DESCRIPTION,
    },
  ];
};

export default function SearchPage() {
  const { query, searchable, results, suggestions, browse } = useLoaderData<typeof loader>();
  return (
    <div className="search-page">
      <h1>{query ? <>Search results for “{query}”</> : "Search job titles"}</h1>
      <TitleSearch key={query} variant="page" defaultQuery={query} />

      {query ? (
        <p className="search-page__summary" role="status">
          {results.length > 0
            ? `${results.length === 1 ? "1 role matches" : `${results.length} roles match`} “${query}”, best match first.`
            : searchable
              ? `No role title or other name matches “${query}”.`
              : `“${query}” has no letters or numbers to search for.`}
        </p>
      ) : (
        <p className="lede">
          Type a job title as you have seen it in a job ad or heard it at school. Other names (“Server-Side Developer” for a back-end
          developer) and small misspellings are found too; each result says why it matched.
        </p>
      )}

      {results.length > 0 ? <ResultList items={results} label="Matching roles" /> : null}

      {suggestions.length > 0 ? (
        <section aria-labelledby="suggestions-title">
          <h2 id="suggestions-title">Did you mean one of these?</h2>
          <ResultList items={suggestions} label="Closest titles" heading="h3" />
        </section>
      ) : null}

      {browse.length > 0 ? (
        <section aria-labelledby="browse-title">
          <h2 id="browse-title">{query ? "Browse roles instead" : "Start browsing"}</h2>
          <ul className="browse-list">
            {browse.map((role) => (
              <li key={role.slug}>
                <span className="browse-list__area">{CLUSTER_LABELS[role.careerCluster]}</span>
                <Link to={`/roles/${role.slug}`}>{role.title}</Link>
              </li>
            ))}
          </ul>
          <p>
            <Link to="/roles">See all roles</Link> in one table you can sort and filter.
          </p>
          <h3 className="search-page__examples-title">Or try a search</h3>
          <ul className="example-searches">
            {EXAMPLE_SEARCHES.map((example) => (
              <li key={example}>
                <Link to={`/search?q=${encodeURIComponent(example)}`}>{example}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

export function ErrorBoundary() {
  // The header box is hidden on /search (the page has its own), so the error page brings one back.
  return (
    <>
      <GeneralErrorBoundary />
      <TitleSearch variant="page" />
    </>
  );
}
