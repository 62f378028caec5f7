import { data, useLoaderData } from "react-router";
import type { Route } from "./+types/data";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { DataPage } from "~/features/open-data/components/data-page";
import { loadDataPage } from "~/features/open-data/data-page.server";
import { pageHeaders } from "~/lib/http.server";

export async function loader({ request }: Route.LoaderArgs) {
  const { page, headers } = await loadDataPage(request);
  return data(page, { headers });
}

export const headers = pageHeaders;

export const meta: Route.MetaFunction = () => [
  { title: "Open data: CSV files, the whole dataset and a JSON API — Career Atlas" },
  {
    name: "description",
    content:
      "Download Career Atlas's figures as CSV or as one zip of the whole dataset, or read them from a JSON API, with their sources and licences.",
  },
];

export default function DataRoute() {
  return <DataPage page={useLoaderData<typeof loader>()} />;
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
