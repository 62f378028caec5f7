import { data } from "react-router";
import type { Route } from "./+types/technologies.$slug";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { TechnologyPage } from "~/features/skills/components/technology-page";
import { getTechnology, listTechnologyOccupations, listTechnologyRoles } from "~/features/skills/technologies.server";
import { getCurrentDataVersion } from "~/features/data-pin/data-version.server";
import { readProjectionPeriod, vintageQuerySchema } from "~/features/periods/params.server";
import { periodLabel } from "~/features/periods/periods";
import { listSourcesByIds } from "~/features/sources/queries.server";
import { onetReleaseLabel } from "~/features/skills/skills";
import { keptPayLookup } from "~/features/pay/queries.server";
import { listedLineMedian } from "~/features/pay/pay";
import { pageHeaders } from "~/lib/http.server";
import { loadPublicPage } from "~/lib/page-loader.server";
import { slugParam } from "~/lib/params.server";
import dashboardStyles from "~/features/outlook/dashboard.css?url";
import exploreStyles from "~/features/explore/explore.css?url";
import { citedPage } from "~/features/data-pin/cite.server";
import { CiteThisPage } from "~/features/sources/components/cite-this-page";
import occupationStyles from "~/features/occupations/occupations.css?url";

export const links: Route.LinksFunction = () => [
  { rel: "stylesheet", href: dashboardStyles },
  { rel: "stylesheet", href: occupationStyles },
  { rel: "stylesheet", href: exploreStyles },
];

export async function loader({ request, params }: Route.LoaderArgs) {
  const slug = slugParam(params.slug, { noun: "technology", path: "/technologies/" });
  const { result, headers } = await loadPublicPage(request, {
    query: vintageQuerySchema,
    load: async ({ vintage: asked }) => {
      const [{ period }, technology, dataVersion] = await Promise.all([
        readProjectionPeriod(asked),
        getTechnology(slug),
        getCurrentDataVersion(),
      ]);
      if (!technology) {
        throw new Response(
          `We have no technology at the address “/technologies/${slug}”. The list of hot and in-demand ones is at /technologies.`,
          {
            status: 404,
            statusText: "Not Found",
          },
        );
      }
      const [lines, roles, payOf] = await Promise.all([
        listTechnologyOccupations(technology.name, period.vintage),
        listTechnologyRoles(technology.name),
        keptPayLookup(dataVersion),
      ]);
      // Each median as the lists show it (an hourly-only one by the hour: Actors' "$23.33 an hour"); no spread here.
      const occupations = lines.map((o) => ({
        ...o,
        median: listedLineMedian({ ...o, sourceId: o.projectionSourceId }, period.baseYear, (wageYear) => payOf(o.socCode, wageYear))
          .median,
      }));
      const sources = await listSourcesByIds({
        ids: [
          technology.sourceId,
          period.sourceId,
          ...occupations.flatMap((o) => (o.projectionSourceId ? [o.projectionSourceId] : [])),
          ...occupations.flatMap((o) => (o.median ? [o.median.sourceId] : [])),
        ],
      });
      return { technology, occupations, roles, vintage: periodLabel(period), sources, dataVersion };
    },
  });
  const onetRelease = onetReleaseLabel(result.sources.find((s) => s.id === result.technology.sourceId));
  const citation = citedPage({
    request,
    title: `${result.technology.name}: occupations and tech roles that ask for it`,
    dataVersion: result.dataVersion,
    pinnable: false,
  });
  return data({ ...result, onetRelease, citation }, { headers });
}

export const headers = pageHeaders;

export const meta: Route.MetaFunction = ({ data: page }) =>
  page
    ? [
        { title: `${page.technology.name}: occupations and tech roles that ask for it — Career Atlas` },
        {
          name: "description",
          content: `The occupations O*NET lists ${page.technology.name} for, with their outlook, and the tech roles that need it.`,
        },
      ]
    : [{ title: "Technology not found — Career Atlas" }];

export default function TechnologyRoute({ loaderData }: Route.ComponentProps) {
  return (
    <>
      <TechnologyPage {...loaderData} />
      <CiteThisPage citation={loaderData.citation} sources={loaderData.sources} />
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
