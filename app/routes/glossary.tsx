import { data, Link, useLoaderData } from "react-router";
import type { Route } from "./+types/glossary";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { GlossaryFilterForm } from "~/features/glossary/components/glossary-filter";
import { GlossaryLetterIndex, GlossaryList } from "~/features/glossary/components/glossary-list";
import { ProfileSourcesProvider } from "~/features/sources/components/sources-context";
import { SourceList } from "~/features/sources/components/source-list";
import { getCurrentDataVersion } from "~/features/data-pin/data-version.server";
import { listGlossaryTerms } from "~/features/glossary/queries.server";
import { listSourcesByIds } from "~/features/sources/queries.server";
import { pageHeaders } from "~/lib/http.server";
import { loadPublicPage } from "~/lib/page-loader.server";
import { glossaryQuerySchema } from "~/features/glossary/params.server";
import profileStyles from "~/features/roles/profile.css?url";
import styles from "~/features/glossary/glossary.css?url";

export async function loader({ request }: Route.LoaderArgs) {
  const { query, result, headers } = await loadPublicPage(request, {
    query: glossaryQuerySchema,
    load: async ({ q }) => {
      const [entries, dataVersion] = await Promise.all([listGlossaryTerms({ q: q || undefined }), getCurrentDataVersion()]);
      const sources = await listSourcesByIds({ ids: entries.map((e) => e.sourceId) });
      return { entries, dataVersion, sources };
    },
  });
  return data({ q: query.q || undefined, entries: result.entries, sources: result.sources }, { headers });
}

export const headers = pageHeaders;

export const links: Route.LinksFunction = () => [
  { rel: "stylesheet", href: profileStyles },
  { rel: "stylesheet", href: styles },
];

export const meta: Route.MetaFunction = ({ data: page }) => [
  { title: page?.q ? `Glossary: terms matching “${page.q}” — Career Atlas` : "Glossary of tech career terms — Career Atlas" },
  {
    name: "description",
    content: "Tech career words explained for students: API, back end, authentication, scalability, SOC codes, projections and more.",
  },
];

export default function GlossaryPage() {
  const { q, entries, sources } = useLoaderData<typeof loader>();
  return (
    <ProfileSourcesProvider sources={sources}>
      <div className="glossary-page">
        <h1>Glossary</h1>
        <p className="lede">
          The words you meet on role profiles and in job ads, explained in plain language. Role profiles link here: an underlined term there
          shows its definition when you point at it or tab to it.
        </p>
        <GlossaryFilterForm q={q} />
        <p className="glossary-results" role="status">
          {entries.length === 0
            ? `No term matches “${q}”.`
            : q
              ? `${entries.length === 1 ? "1 term matches" : `${entries.length} terms match`} “${q}”.`
              : `${entries.length} terms, A to Z.`}
        </p>
        {entries.length > 0 ? (
          <>
            <GlossaryLetterIndex entries={entries} />
            <GlossaryList entries={entries} />
          </>
        ) : (
          <p>
            Try a shorter word, or <Link to="/glossary">show every term</Link>.
          </p>
        )}
        {sources.length > 0 ? (
          <section className="glossary-sources" aria-labelledby="sources-title" id="sources">
            <h2 id="sources-title">Sources</h2>
            <SourceList sources={sources} bare />
          </section>
        ) : null}
      </div>
    </ProfileSourcesProvider>
  );
}

export function ErrorBoundary() {
  return (
    <>
      <GeneralErrorBoundary />
      <p>
        <Link to="/glossary">Show the whole glossary</Link>
      </p>
    </>
  );
}
