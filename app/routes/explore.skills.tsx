import { data } from "react-router";
import type { Route } from "./+types/explore.skills";
import { errorMeta, GeneralErrorBoundary } from "~/ui/error-boundary";
import { SkillsExplorer } from "~/features/explore/components/skills-explorer";
import { loadSkillsExplorer } from "~/features/explore/skills-explorer.server";
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
  const { explorer, headers } = await loadSkillsExplorer(request);
  const citation = citedPage({
    request,
    title: explorer.picks.length > 0 ? `Careers for ${explorer.picks.map((p) => p.name).join(", ")}` : "Start from your skills",
    dataVersion: explorer.dataPinBanner?.pinned ?? explorer.dataVersion,
    pinnable: true,
    vintage: explorer.period.vintage,
  });
  return data({ ...explorer, citation }, { headers });
}

export const headers = pageHeaders;

export const meta: Route.MetaFunction = ({ data: page, error }) => {
  const names = page?.picks.map((p) => p.name) ?? [];
  return [
    ...(error
      ? errorMeta(error)
      : [{ title: names.length > 0 ? `Careers for ${names.join(", ")} — Career Atlas` : "Start from your skills — Career Atlas" }]),
    {
      name: "description",
      content: "Pick the skills you have and see the tech roles and occupations that use them, their outlook, and what to learn next.",
    },
  ];
};

export default function SkillsExplorerPage({ loaderData }: Route.ComponentProps) {
  const { picks, scope, period, periods, dataTag } = loaderData;
  const present =
    picks.length > 0
      ? presentHref({
          slugs: [],
          explorer: { kind: "skills", have: picks.map((p) => p.name), scope },
          vintage: period.vintage,
          latestVintage: periods.latest,
          dataVersion: dataTag,
        })
      : null;
  return (
    <>
      <SkillsExplorer explorer={loaderData} presentHref={present} />
      <CiteThisPage citation={loaderData.citation} sources={loaderData.sources} />
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
