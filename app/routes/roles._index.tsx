import { data } from "react-router";
import type { Route } from "./+types/roles._index";
import { errorMeta, GeneralErrorBoundary } from "~/ui/error-boundary";
import { RoleFinder } from "~/features/outlook/components/role-finder";
import { loadRoleFinder } from "~/features/outlook/finder.server";
import { pageHeaders } from "~/lib/http.server";
import { citedPage } from "~/features/data-pin/cite.server";
import { CiteThisPage } from "~/features/sources/components/cite-this-page";
import dashboardStyles from "~/features/outlook/dashboard.css?url";

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: dashboardStyles }];

export async function loader({ request }: Route.LoaderArgs) {
  const { finder, headers, dataVersion } = await loadRoleFinder(request);
  const citation = citedPage({ request, title: "Find a tech role", dataVersion, pinnable: true, vintage: finder.query.vintage });
  return data({ ...finder, citation }, { headers });
}

export const headers = pageHeaders;

export const meta: Route.MetaFunction = ({ error }) => [
  ...(error ? errorMeta(error) : [{ title: "Find a tech role — Career Atlas" }]),
  {
    name: "description",
    content: "Every tech role with its projected growth, openings, median pay and employment, sortable and filterable.",
  },
];

export default function RoleFinderPage({ loaderData }: Route.ComponentProps) {
  return (
    <>
      <RoleFinder finder={loaderData} />
      <CiteThisPage citation={loaderData.citation} sources={loaderData.sources} />
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
