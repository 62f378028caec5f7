import { Link, type ShouldRevalidateFunction, useLoaderData } from "react-router";
import type { Route } from "./+types/present";
import { errorMeta, GeneralErrorBoundary } from "~/ui/error-boundary";
import { Presenter } from "~/features/present/components/presenter";
import { loadPresentation } from "~/features/present/params.server";
import { withDataPin } from "~/features/data-pin/data-pin";
import { compareHref } from "~/features/compare/role-comparison";
import { formatVintage } from "~/lib/format";
import { sameDeckAddress } from "~/features/present/deck-address";
import type { Deck } from "~/features/present/slides";
import { explorerHref, interestsHref } from "~/features/explore/explorer-address";
import styles from "~/features/present/present.css?url";
import { pageHeaders } from "~/lib/http.server";

/**
 * /present?role=<slug>, /present?roles=a,b[,c,d] (with &occupations=29-1141[,…] for BLS occupations, as /compare takes
 * them; or occupations= alone), or a student's explorer list (/present?explore=skills&have=…,
 * /present?explore=interests&like=…), with optional vintage=, data=, slide= and notes=1: one insight
 * per slide, for a projector. `data=<tag>` shows the figures archived with that data version, named in each slide's
 * footer, with a notice in the bar when newer data exists (docs/decisions/008). Bad parameters (a malformed data
 * tag included) are a 400 with a message, unknown roles and data versions a 404. 14 queries (13 for a pinned comparison).
 */
export async function loader({ request }: Route.LoaderArgs) {
  return loadPresentation(request);
}

export const headers = pageHeaders;

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: styles }];

/** Moving between slides or showing the notes changes only the view: no new data. */
export const shouldRevalidate: ShouldRevalidateFunction = ({ currentUrl, nextUrl, formMethod, defaultShouldRevalidate }) =>
  !formMethod && sameDeckAddress(currentUrl, nextUrl) ? false : defaultShouldRevalidate;

export const meta: Route.MetaFunction = ({ data: loaderData, error }) => {
  if (!loaderData) return errorMeta(error, "Presentation not available");
  const { deck } = loaderData;
  return [
    { title: `Presenting ${deck.title} (${formatVintage(deck.vintage)}) — Career Atlas` },
    { name: "description", content: `Slides for a class: ${deck.title}, with BLS and O*NET figures and their sources.` },
  ];
};

export default function PresentPage() {
  const { deck, latestVintage, newerData } = useLoaderData<typeof loader>();
  const { href, label } = deckPage(deck, latestVintage);
  // A pinned deck leads back to the same figures.
  const exitHref = deck.pinnedDataVersion ? withDataPin(href, deck.pinnedDataVersion) : href;
  return <Presenter deck={deck} latestVintage={latestVintage} newerData={newerData} exitHref={exitHref} exitLabel={label} />;
}

/** The page a deck was presented from: the profile, the comparison or the explorer list. */
function deckPage(deck: Deck, latestVintage: string): { href: string; label: string } {
  const latest = deck.vintage === latestVintage;
  switch (deck.explorer?.kind) {
    case "skills":
      return { href: explorerHref({ ...deck.explorer, vintage: deck.vintage }, latestVintage), label: "Back to the list" };
    case "interests":
      return { href: interestsHref(deck.explorer.like, deck.vintage, latestVintage), label: "Back to the list" };
    default:
      return deck.kind === "role"
        ? { href: `/roles/${deck.slugs[0]}${latest ? "" : `?vintage=${deck.vintage}`}`, label: "Back to the profile" }
        : {
            href: compareHref(deck.slugs, { vintage: deck.vintage, latest: latestVintage, occupations: deck.occupations }),
            label: "Back to the comparison",
          };
  }
}

export function ErrorBoundary() {
  return (
    <>
      <GeneralErrorBoundary />
      <p>
        <Link to="/roles">Pick a role to present</Link>, <Link to="/compare">build a comparison</Link> or start from{" "}
        <Link to="/explore/skills">your skills</Link>.
      </p>
    </>
  );
}
