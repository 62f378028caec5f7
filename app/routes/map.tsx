import { data, isRouteErrorResponse, Link, useLocation, useRouteError, type ShouldRevalidateFunction } from "react-router";
import type { Route } from "./+types/map";
import { errorMeta, GeneralErrorBoundary } from "~/ui/error-boundary";
import { parametersOfError } from "~/lib/parameter-errors";
import { SkillsMap } from "~/features/map/components/skills-map";
import { loadSkillsMap } from "~/features/map/map-page.server";
import { pageHeaders } from "~/lib/http.server";
import { mapPageTitle, mapQueryString, parseFocus, sameMapExceptFocus } from "~/features/map/map-graph";
import { citedPage } from "~/features/data-pin/cite.server";
import { CiteThisPage } from "~/features/sources/components/cite-this-page";
import mapStyles from "~/features/map/map.css?url";

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: mapStyles }];

export async function loader({ request }: Route.LoaderArgs) {
  const { page, headers, dataVersion } = await loadSkillsMap(request);
  const focus = parseFocus(new URL(request.url).searchParams.get("focus"));
  const citation = citedPage({ request, title: mapPageTitle(page, focus), dataVersion, pinnable: false });
  return data({ ...page, citation }, { headers });
}

export const headers = pageHeaders;

/** Focusing a node changes only `focus`: the graph is the same, so the data is not loaded again. */
export const shouldRevalidate: ShouldRevalidateFunction = ({ currentUrl, nextUrl, formMethod, defaultShouldRevalidate }) => {
  if (formMethod && formMethod.toUpperCase() !== "GET") return defaultShouldRevalidate;
  if (currentUrl.pathname === nextUrl.pathname && sameMapExceptFocus(currentUrl.searchParams, nextUrl.searchParams)) return false;
  return defaultShouldRevalidate;
};

export const meta: Route.MetaFunction = ({ data: page, error, location }) => {
  // An error names its parameter ("Bad link: “focus”", "Not found: “technology”"), not the map's usual title.
  if (!page) return errorMeta(error);
  const focus = parseFocus(new URLSearchParams(location.search).get("focus"));
  return [
    { title: `${mapPageTitle(page, focus)} — Career Atlas` },
    {
      name: "description",
      content:
        "Follow a hot skill (flagged by O*NET) to the tech roles that need it and the lead and executive roles those roles lead to, with projected growth from BLS.",
    },
  ];
};

export default function SkillsMapPage({ loaderData }: Route.ComponentProps) {
  // Choosing a node changes the address's focus without loading again (shouldRevalidate): the citation follows the
  // focus shown, with the focused node's name, at the map's own address for it (mapQueryString: the same text on the
  // server and in the browser, which write a query's ":" differently).
  const location = useLocation();
  const { citation: loaded, ...page } = loaderData;
  const focus = parseFocus(new URLSearchParams(location.search).get("focus"));
  const query = mapQueryString({
    kind: page.filters.kind ?? undefined,
    cluster: page.filters.cluster ?? undefined,
    onetOnly: page.filters.onetOnly,
    focus,
    technology: page.technology?.slug,
  });
  const citation = { ...loaded, title: mapPageTitle(page, focus), pageUrl: `${new URL(loaded.pageUrl).origin}/map${query}` };
  return (
    <>
      <SkillsMap page={page} />
      <CiteThisPage citation={citation} sources={page.sources} />
    </>
  );
}

/** An error's way on: the whole map, and the list of technologies when the technology was what was wrong. */
export function ErrorBoundary() {
  const error = useRouteError();
  const aboutTechnology = isRouteErrorResponse(error) && parametersOfError(error.statusText).includes("technology");
  return (
    <>
      <GeneralErrorBoundary />
      <p>
        <Link to="/map">Open the whole skills map</Link>
        {aboutTechnology ? (
          <>
            {" "}
            or <Link to="/technologies">choose a technology</Link>
          </>
        ) : null}
        .
      </p>
    </>
  );
}
