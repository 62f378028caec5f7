import { data, Link } from "react-router";
import type { Route } from "./+types/technologies._index";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { SourceList } from "~/features/sources/components/source-list";
import { ProfileSourcesProvider, SourceRef } from "~/features/sources/components/sources-context";
import { listHotTechnologies } from "~/features/skills/technologies.server";
import { getCurrentDataVersion } from "~/features/data-pin/data-version.server";
import { listSourcesByIds } from "~/features/sources/queries.server";
import { onetReleaseLabel } from "~/features/skills/skills";
import { formatCount } from "~/lib/format";
import { pageHeaders } from "~/lib/http.server";
import { citedPage } from "~/features/data-pin/cite.server";
import { CiteThisPage } from "~/features/sources/components/cite-this-page";
import { loadPublicPage } from "~/lib/page-loader.server";
import dashboardStyles from "~/features/outlook/dashboard.css?url";
import exploreStyles from "~/features/explore/explore.css?url";

export const links: Route.LinksFunction = () => [
  { rel: "stylesheet", href: dashboardStyles },
  { rel: "stylesheet", href: exploreStyles },
];

export async function loader({ request }: Route.LoaderArgs) {
  const { result, headers } = await loadPublicPage(request, {
    load: async () => {
      const [technologies, dataVersion] = await Promise.all([listHotTechnologies(), getCurrentDataVersion()]);
      const sources = await listSourcesByIds({ ids: [...new Set(technologies.map((t) => t.sourceId))] });
      return { technologies, sources, dataVersion };
    },
  });
  const { technologies, sources, dataVersion } = result;
  const citation = citedPage({ request, title: TITLE, dataVersion, pinnable: false });
  return data({ technologies, sources, onetRelease: onetReleaseLabel(sources[0]), citation }, { headers });
}

export const headers = pageHeaders;

const TITLE = "Hot and in-demand technologies";

export const meta: Route.MetaFunction = () => [
  { title: `${TITLE} — Career Atlas` },
  { name: "description", content: "Every technology O*NET marks Hot or In Demand, with how many occupations list it and ask for it." },
];

export default function TechnologiesPage({ loaderData }: Route.ComponentProps) {
  const { technologies, sources, onetRelease, citation } = loaderData;
  return (
    <ProfileSourcesProvider sources={sources}>
      <h1>Hot and in-demand technologies</h1>
      <p className="lede">
        The {formatCount(technologies.length)} technologies {onetRelease} marks <em>Hot</em> (employers name them often in job postings,
        across all occupations) or <em>In Demand</em> for at least one occupation, most asked-for first. Open one to see the occupations and
        tech roles that ask for it.
      </p>
      <div className="table-scroll">
        <table className="data-table">
          <caption>Technologies marked Hot or In Demand in {onetRelease}</caption>
          <thead>
            <tr>
              <th scope="col">Technology</th>
              <th scope="col">Marks</th>
              <th scope="col" className="num">
                In Demand for (BLS occupations)
              </th>
              <th scope="col" className="num">
                O*NET occupations listing it
              </th>
              <th scope="col">Source</th>
            </tr>
          </thead>
          <tbody>
            {technologies.map((t) => (
              <tr key={t.slug}>
                <th scope="row">
                  <Link to={`/technologies/${t.slug}`}>{t.name}</Link>
                </th>
                <td>{[t.hot ? "Hot" : null, t.inDemand ? "In Demand" : null].filter(Boolean).join(", ")}</td>
                <td className="num">{formatCount(t.inDemandLines)}</td>
                <td className="num">{formatCount(t.listed)}</td>
                <td>
                  <SourceRef id={t.sourceId} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <SourceList sources={sources} />
      <CiteThisPage citation={citation} sources={sources} />
    </ProfileSourcesProvider>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
