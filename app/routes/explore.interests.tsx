import { data } from "react-router";
import type { Route } from "./+types/explore.interests";
import { errorMeta, GeneralErrorBoundary } from "~/ui/error-boundary";
import { InterestsExplorer } from "~/features/explore/components/interests-explorer";
import { loadInterestsExplorer } from "~/features/explore/interests-explorer.server";
import { pageHeaders } from "~/lib/http.server";
import { presentHref } from "~/features/present/deck-address";
import dashboardStyles from "~/features/outlook/dashboard.css?url";
import exploreStyles from "~/features/explore/explore.css?url";
import { citedPage } from "~/features/data-pin/cite.server";
import { CiteThisPage } from "~/features/sources/components/cite-this-page";
import dataPinStyles from "~/features/data-pin/data-pin.css?url";

export const links: Route.LinksFunction = () => [
  { rel: "stylesheet", href: dashboardStyles },
  { rel: "stylesheet", href: dataPinStyles },
  { rel: "stylesheet", href: exploreStyles },
];

export async function loader({ request }: Route.LoaderArgs) {
  const { explorer, headers } = await loadInterestsExplorer(request);
  const citation = citedPage({
    request,
    title: explorer.pickedNames.length > 0 ? `Careers for ${explorer.pickedNames.join(", ")} interests` : "Start from what you like",
    dataVersion: explorer.dataPinBanner?.pinned ?? explorer.dataVersion,
    pinnable: true,
    vintage: explorer.period.vintage,
  });
  return data({ ...explorer, citation }, { headers });
}

export const headers = pageHeaders;

export const meta: Route.MetaFunction = ({ data: page, error }) => [
  ...(error
    ? errorMeta(error)
    : [
        {
          title:
            page && page.pickedNames.length > 0
              ? `Careers for ${page.pickedNames.join(", ")} interests — Career Atlas`
              : "Start from what you like — Career Atlas",
        },
      ]),
  {
    name: "description",
    content:
      "The six interest areas explained; pick the ones that sound like you and see the tech careers whose O*NET interest profile fits.",
  },
];

export default function InterestsExplorerPage({ loaderData }: Route.ComponentProps) {
  const { picked, period, periods, dataTag } = loaderData;
  const present =
    picked.length > 0
      ? presentHref({
          slugs: [],
          explorer: { kind: "interests", like: picked },
          vintage: period.vintage,
          latestVintage: periods.latest,
          dataVersion: dataTag,
        })
      : null;
  return (
    <>
      <InterestsExplorer explorer={loaderData} presentHref={present} />
      <CiteThisPage citation={loaderData.citation} sources={loaderData.sources} />
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
