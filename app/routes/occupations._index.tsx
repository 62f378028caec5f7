import { data } from "react-router";
import type { Route } from "./+types/occupations._index";
import { errorMeta, GeneralErrorBoundary } from "~/ui/error-boundary";
import { OccupationFinder } from "~/features/occupations/components/occupation-finder";
import { loadOccupationFinder } from "~/features/occupations/finder.server";
import { pageHeaders } from "~/lib/http.server";
import dashboardStyles from "~/features/outlook/dashboard.css?url";
import { citedPage } from "~/features/data-pin/cite.server";
import { CiteThisPage } from "~/features/sources/components/cite-this-page";
import occupationStyles from "~/features/occupations/occupations.css?url";
import dataPinStyles from "~/features/data-pin/data-pin.css?url";

export const links: Route.LinksFunction = () => [
  { rel: "stylesheet", href: dashboardStyles },
  { rel: "stylesheet", href: occupationStyles },
  { rel: "stylesheet", href: dataPinStyles },
];

export async function loader({ request }: Route.LoaderArgs) {
  const { finder, headers, dataVersion } = await loadOccupationFinder(request);
  const citation = citedPage({ request, title: "Every occupation", dataVersion, pinnable: true, vintage: finder.period.vintage });
  return data({ ...finder, citation }, { headers });
}

export const headers = pageHeaders;

export const meta: Route.MetaFunction = ({ error }) => [
  ...(error ? errorMeta(error) : [{ title: "Every occupation — Career Atlas" }]),
  {
    name: "description",
    content: "All 832 occupations BLS projects, with growth, openings, pay, entry education and O*NET job zones, filterable and sortable.",
  },
];

export default function OccupationFinderPage({ loaderData }: Route.ComponentProps) {
  return (
    <>
      <OccupationFinder finder={loaderData} />
      <CiteThisPage citation={loaderData.citation} sources={loaderData.sources} />
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
