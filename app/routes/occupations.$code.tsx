import { data } from "react-router";
import type { Route } from "./+types/occupations.$code";
import { errorMeta, GeneralErrorBoundary } from "~/ui/error-boundary";
import { OccupationProfile } from "~/features/occupations/components/occupation-profile";
import { loadOccupationProfile } from "~/features/occupations/profile.server";
import { pageHeaders } from "~/lib/http.server";
import profileStyles from "~/features/roles/profile.css?url";
import occupationStyles from "~/features/occupations/occupations.css?url";
import dataPinStyles from "~/features/data-pin/data-pin.css?url";

export const links: Route.LinksFunction = () => [
  { rel: "stylesheet", href: profileStyles },
  { rel: "stylesheet", href: occupationStyles },
  { rel: "stylesheet", href: dataPinStyles },
];

export async function loader({ request, params }: Route.LoaderArgs) {
  const { profile, headers } = await loadOccupationProfile(request, params.code);
  return data(profile, { headers });
}

export const headers = pageHeaders;

export const meta: Route.MetaFunction = ({ loaderData, error }) =>
  loaderData
    ? [
        { title: `${loaderData.occupation.title} — Career Atlas` },
        {
          name: "description",
          content: `${loaderData.occupation.title} (SOC ${loaderData.occupation.socCode}): projected growth, openings, pay percentiles, tasks, technology and AI evidence, each with its source.`,
        },
      ]
    : errorMeta(error, "Occupation not found");

export default function OccupationPage({ loaderData }: Route.ComponentProps) {
  return <OccupationProfile profile={loaderData} />;
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
