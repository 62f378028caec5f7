import { data, type ShouldRevalidateFunction } from "react-router";
import type { Route } from "./+types/map";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { SkillsMap } from "~/features/map/components/skills-map";
import { loadSkillsMap } from "~/features/map/map-page.server";
import { pageHeaders } from "~/lib/http.server";
import { parseFocus, sameMapExceptFocus } from "~/features/map/map-graph";
import mapStyles from "~/features/map/map.css?url";

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: mapStyles }];

export async function loader({ request }: Route.LoaderArgs) {
  const { page, headers } = await loadSkillsMap(request);
  return data(page, { headers });
}

export const headers = pageHeaders;

/** Focusing a node changes only `focus`: the graph is the same, so the data is not loaded again. */
export const shouldRevalidate: ShouldRevalidateFunction = ({ currentUrl, nextUrl, formMethod, defaultShouldRevalidate }) => {
  if (formMethod && formMethod.toUpperCase() !== "GET") return defaultShouldRevalidate;
  if (currentUrl.pathname === nextUrl.pathname && sameMapExceptFocus(currentUrl.searchParams, nextUrl.searchParams)) return false;
  return defaultShouldRevalidate;
};

export const meta: Route.MetaFunction = ({ data: page, location }) => {
  const focus = parseFocus(new URLSearchParams(location.search).get("focus"));
  const focusName =
    focus && page
      ? focus.type === "skill"
        ? page.graph.skills.find((s) => s.slug === focus.slug)?.name
        : [...page.graph.roles, ...page.graph.progressionRoles].find((r) => r.slug === focus.slug)?.title
      : page?.technology?.name;
  return [
    {
      title: focusName
        ? `${focusName} on the skills map — Career Atlas`
        : "Skills map: hot skills, the roles that need them and where they lead — Career Atlas",
    },
    {
      name: "description",
      content:
        "Follow a hot skill (flagged by O*NET) to the tech roles that need it and the lead and executive roles those roles lead to, with projected growth from BLS.",
    },
  ];
};

export default function SkillsMapPage({ loaderData }: Route.ComponentProps) {
  return <SkillsMap page={loaderData} />;
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
