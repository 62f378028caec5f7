import { data, Link } from "react-router";
import type { Route } from "./+types/compare";
import { ComparisonPage } from "~/features/compare/components/comparison-page";
import { listTitles } from "~/lib/list-titles";
import { loadComparisonPage } from "~/features/compare/comparison-page.server";
import { errorMeta, GeneralErrorBoundary } from "~/ui/error-boundary";
import { formatVintage } from "~/lib/format";
import { pageHeaders } from "~/lib/http.server";
import { presentHref } from "~/features/present/deck-address";
import { compareHandoutHref } from "~/features/handout/handout";
import profileStyles from "~/features/roles/profile.css?url";
import dataPinStyles from "~/features/data-pin/data-pin.css?url";
import styles from "~/features/compare/compare.css?url";
import type { ProjectionVintage } from "~/features/periods/periods";
import { citedPage } from "~/features/data-pin/cite.server";
import { CiteThisPage } from "~/features/sources/components/cite-this-page";

/**
 * /compare?roles=a,b[&occupations=15-1252,29-1141][&vintage=2022-32]: 2 to 4 roles and BLS occupations side by side.
 * The address is the whole state; what each input answers, and the queries it costs, are listed on
 * loadComparisonPage (app/features/compare/comparison-page.server.ts). Every comparison links its slides and its
 * one-page handout, occupations included, on the page's figures and pin.
 */
export async function loader({ request }: Route.LoaderArgs) {
  const { page, status, headers, dataVersion } = await loadComparisonPage(request);
  const { comparison, vintage, periods, dataPinBanner } = page;
  // The slides and the handout show the same figures as the page, pinned when the page is.
  const actions = comparison
    ? comparisonActions(
        comparison.roles.map((r) => r.slug),
        comparison.occupations.map((o) => o.socCode),
        { vintage, latest: periods.latest, dataVersion: dataPinBanner?.pinned.tag },
      )
    : null;
  const titles = comparison?.columns.map((c) => c.title) ?? [];
  const citation = comparison
    ? citedPage({
        request,
        title: `Compare ${listTitles(titles)} (${formatVintage(vintage)})`,
        dataVersion: dataPinBanner?.pinned ?? dataVersion,
        pinnable: true,
        vintage,
      })
    : null;
  return data({ ...page, actions, citation }, { status, headers });
}

/**
 * The comparison's slides and handout, on the same figures as the page (`dataVersion`: an older pinned version;
 * `latest`: the newest loaded period, which addresses leave out).
 */
function comparisonActions(
  slugs: string[],
  occupations: string[],
  { vintage, latest, dataVersion }: { vintage: ProjectionVintage; latest: ProjectionVintage; dataVersion: string | undefined },
) {
  return {
    present: presentHref({ slugs, occupations, vintage, latestVintage: latest, dataVersion }),
    handout: compareHandoutHref(slugs, { vintage, latest, dataVersion, occupations }),
  };
}

export const headers = pageHeaders;

export const links: Route.LinksFunction = () => [
  { rel: "stylesheet", href: profileStyles },
  { rel: "stylesheet", href: dataPinStyles },
  { rel: "stylesheet", href: styles },
];

export const meta: Route.MetaFunction = ({ data: loaderData, error }) => {
  const titles = loaderData?.comparison?.columns.map((c) => c.title) ?? [];
  return [
    ...(error
      ? errorMeta(error)
      : [
          {
            title:
              titles.length > 0
                ? `Compare ${listTitles(titles)} (${formatVintage(loaderData!.vintage)}) — Career Atlas`
                : "Compare roles and occupations — Career Atlas",
          },
        ]),
    {
      name: "description",
      content:
        "Two to four tech roles or BLS occupations side by side: pay, growth, skills overlap, technology, AI impact, next steps and industries, with sources.",
    },
  ];
};

export default function CompareRoute({ loaderData }: Route.ComponentProps) {
  const { citation, comparison } = loaderData;
  return (
    <>
      <ComparisonPage page={loaderData} actions={loaderData.actions} />
      {citation && comparison ? <CiteThisPage citation={citation} sources={comparison.sources} /> : null}
    </>
  );
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
