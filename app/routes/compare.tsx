import { data, Link } from "react-router";
import type { Route } from "./+types/compare";
import { ComparisonPage } from "~/features/compare/components/comparison-page";
import { listTitles } from "~/features/compare/list-titles";
import { loadComparisonPage } from "~/features/compare/comparison-page.server";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { formatVintage } from "~/lib/format";
import { pageHeaders } from "~/lib/http.server";
import { presentHref } from "~/features/present/deck-address";
import { compareHandoutHref } from "~/features/handout/handout";
import profileStyles from "~/features/roles/profile.css?url";
import dataPinStyles from "~/features/data-pin/data-pin.css?url";
import styles from "~/features/compare/compare.css?url";
import type { ProjectionVintage } from "~/features/periods/periods";

/**
 * /compare?roles=a,b[,c,d][&vintage=2022-32]: 2 to 4 roles side by side. The address is the whole state.
 *
 * Input, never a 500:
 * - malformed `roles` (longer than 400 characters, or an entry that is not a slug) or `vintage`: 400 with a message;
 * - `vintage` a period that is not loaded: 400 naming the loaded ones (without it, the newest);
 * - an unknown role: 400, the page names it, offers "did you mean" from the title search and keeps the picker;
 * - more than 4 roles: 400, the page asks to remove some (each role has its remove link);
 * - a role listed twice: shown once, with a notice (200): the address stays usable, as a shared link should;
 * - fewer than 2 roles: not an error: the picker asks for another role (200);
 * - `add=<slug>` (the picker's and the finder's GET forms): redirect to the plain `?roles=` address;
 * - `data=<tag>`: the figures archived with that data version, with a banner when newer data exists; its
 *   presenter, handout and download links keep the pin (malformed: 400; unknown or unarchived version: 404;
 *   docs/decisions/008).
 *
 * Queries: 3 for the picker (role list, loaded periods, data version), 13 for any comparison of 2 to 4 roles; with
 * `data=`, 12 (the archived projections take one query instead of two), plus the banner's four when the version is
 * an older one.
 */
export async function loader({ request }: Route.LoaderArgs) {
  const { page, status, headers } = await loadComparisonPage(request);
  const { comparison, vintage, periods, dataPinBanner } = page;
  // The slides and the handout show the same figures as the page, pinned when the page is.
  const actions = comparison
    ? comparisonActions(
        comparison.roles.map((r) => r.slug),
        { vintage, latest: periods.latest, dataVersion: dataPinBanner?.pinned.tag },
      )
    : null;
  return data({ ...page, actions }, { status, headers });
}

/**
 * The comparison's slides and handout, on the same figures as the page (`dataVersion`: an older pinned version;
 * `latest`: the newest loaded period, which addresses leave out).
 */
function comparisonActions(
  slugs: string[],
  { vintage, latest, dataVersion }: { vintage: ProjectionVintage; latest: ProjectionVintage; dataVersion: string | undefined },
) {
  return {
    present: presentHref({ slugs, vintage, latestVintage: latest, dataVersion }),
    handout: compareHandoutHref(slugs, { vintage, latest, dataVersion }),
  };
}

export const headers = pageHeaders;

export const links: Route.LinksFunction = () => [
  { rel: "stylesheet", href: profileStyles },
  { rel: "stylesheet", href: dataPinStyles },
  { rel: "stylesheet", href: styles },
];

export const meta: Route.MetaFunction = ({ data: loaderData }) => {
  const titles = loaderData?.comparison?.roles.map((r) => r.title) ?? [];
  return [
    {
      title:
        titles.length > 0
          ? `Compare ${listTitles(titles)} (${formatVintage(loaderData!.vintage)}) — Career Atlas`
          : "Compare roles — Career Atlas",
    },
    {
      name: "description",
      content: "Two to four tech roles side by side: pay, growth, skills overlap, AI impact, next steps and industries, with sources.",
    },
  ];
};

export default function CompareRoute({ loaderData }: Route.ComponentProps) {
  return <ComparisonPage page={loaderData} actions={loaderData.actions} />;
}

export function ErrorBoundary() {
  return (
    <>
      <GeneralErrorBoundary />
      <p>
        <Link to="/compare">Start a new comparison</Link>
      </p>
    </>
  );
}
