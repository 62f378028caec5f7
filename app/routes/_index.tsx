import { data } from "react-router";
import type { Route } from "./+types/_index";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { Dashboard } from "~/features/outlook/components/dashboard";
import { loadOutlookDashboard } from "~/features/outlook/dashboard.server";
import { pageHeaders } from "~/lib/http.server";
import { citedPage } from "~/features/data-pin/cite.server";
import { CiteThisPage } from "~/features/sources/components/cite-this-page";
import dashboardStyles from "~/features/outlook/dashboard.css?url";

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: dashboardStyles }];

export async function loader({ request }: Route.LoaderArgs) {
  const { dashboard, headers, dataVersion } = await loadOutlookDashboard(request);
  const citation = citedPage({ request, title: "Tech careers and their job outlook", dataVersion, pinnable: false });
  return data({ ...dashboard, citation }, { headers });
}

export const headers = pageHeaders;

export const meta: Route.MetaFunction = () => [
  { title: "Career Atlas — tech careers and their job outlook" },
  {
    name: "description",
    content: "Projected growth, openings and pay of tech occupations from the U.S. Bureau of Labor Statistics, and the skills in demand.",
  },
];

export default function DashboardPage({ loaderData }: Route.ComponentProps) {
  return (
    <>
      <Dashboard dashboard={loaderData} />
      <CiteThisPage citation={loaderData.citation} sources={loaderData.sources} />
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
